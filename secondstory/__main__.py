"""Entry point for `python -m secondstory`."""

import sys

from secondstory.cli import main

sys.exit(main())
