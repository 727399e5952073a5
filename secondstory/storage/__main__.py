"""Operator commands for the database (never needed by trainees or facilitators).

    python -m secondstory.storage upgrade              create or upgrade the schema
    python -m secondstory.storage cohorts              list cohorts (no codes or keys)
    python -m secondstory.storage reset-key COHORT_ID  issue a new facilitator key

The database is SECONDSTORY_DATABASE_URL (or --url), else the default SQLite file. Hashes are
keyed with SECONDSTORY_SECRET_KEY (else data/secret_key): use the replicas' key.
"""

from __future__ import annotations

import argparse
import sys

from secondstory.storage.errors import StorageError
from secondstory.storage.store import Store


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m secondstory.storage", description=__doc__)
    parser.add_argument("--url", help="database URL (default: SECONDSTORY_DATABASE_URL)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("upgrade", help="create or upgrade the schema and print its version")
    commands.add_parser("cohorts", help="list cohorts: id, created, mode, name, cases")
    reset = commands.add_parser(
        "reset-key", help="issue a new facilitator key for a cohort; the old key stops working"
    )
    reset.add_argument("cohort_id")
    args = parser.parse_args(argv)
    try:
        with Store(args.url) as store:
            if args.command == "upgrade":
                print(f"Schema version {store.schema_version()} at {store.url_for_display}")
            elif args.command == "cohorts":
                for cohort in store.list_cohorts():
                    print(
                        f"{cohort.id}\t{cohort.created_at:%Y-%m-%d}\t{cohort.mode}\t"
                        f"{cohort.name}\t{','.join(cohort.scenario_ids)}"
                    )
            else:
                key = store.reset_facilitator_key(args.cohort_id)
                print(f"New facilitator key (shown once; the old key no longer works):\n{key}")
    except StorageError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
