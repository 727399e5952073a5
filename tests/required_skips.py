"""A pytest plugin: where CI requires PostgreSQL (SECONDSTORY_REQUIRE_POSTGRES=1) or the browser
(SECONDSTORY_REQUIRE_BROWSER=1), a test marked `postgres` or `browser` that is skipped, for any
reason and by any mechanism, is reported as a failure instead, so a green run means they ran."""

from __future__ import annotations

import os

import pytest

REQUIREMENTS = {
    "postgres": "SECONDSTORY_REQUIRE_POSTGRES",
    "browser": "SECONDSTORY_REQUIRE_BROWSER",
}


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if not report.skipped or hasattr(report, "wasxfail"):
        return report
    required = [
        marker
        for marker, variable in REQUIREMENTS.items()
        if item.get_closest_marker(marker) and os.environ.get(variable) == "1"
    ]
    if required:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = (
            f"skipped, but {' and '.join(required)} tests are required here "
            f"({', '.join(REQUIREMENTS[m] for m in required)}=1): {reason}"
        )
    return report
