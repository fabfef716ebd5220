"""Run the command line: ``python -m rewardkit``."""

import sys

from .cli import main

sys.exit(main())
