"""Run the whole test suite, saying plainly whether the browser tests run or are skipped.

Browser tests need Debian's chromium at /usr/bin/chromium (or SECONDSTORY_CHROMIUM). Without it
they are skipped with a message; with SECONDSTORY_REQUIRE_BROWSER=1 (set by CI) a skip is a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

CHROMIUM = os.environ.get("SECONDSTORY_CHROMIUM", "/usr/bin/chromium")


def main() -> int:
    has_browser = shutil.which(CHROMIUM) is not None or os.path.exists(CHROMIUM)
    required = os.environ.get("SECONDSTORY_REQUIRE_BROWSER") == "1"
    if has_browser:
        print(f"Browser tests: running with {CHROMIUM}.", flush=True)
    elif required:
        print(f"Browser tests are required but {CHROMIUM} is missing.", file=sys.stderr)
        return 1
    else:
        print(
            f"Browser tests: SKIPPED ({CHROMIUM} not found; on Debian: apt-get install chromium).",
            flush=True,
        )
    args = [sys.executable, "-m", "pytest", "-q", *sys.argv[1:]]
    return subprocess.call(args)


if __name__ == "__main__":
    sys.exit(main())
