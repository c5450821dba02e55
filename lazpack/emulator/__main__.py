"""``python -m lazpack.emulator``."""

import sys

from lazpack.emulator.cli import main

sys.exit(main())
