"""``python -m pausetimer``: the same as the ``pausetimer`` command."""

from __future__ import annotations

import sys

from pausetimer.console import main

if __name__ == "__main__":
    sys.exit(main())
