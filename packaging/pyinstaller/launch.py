"""Entry script of the PyInstaller bundle: the same entry point as the ``pausetimer`` command."""

import sys

from pausetimer.console import main

if __name__ == "__main__":
    sys.exit(main())
