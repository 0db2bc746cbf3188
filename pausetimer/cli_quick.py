"""``pausetimer status``, answered before the rest of the command line loads.

Status bars run it every few seconds, so it must cost little more than Python's own start-up: here
it needs neither argparse nor the other commands' code (the console script, :mod:`console`, comes
here for exactly ``status`` and ``status --json``). What it prints is what :func:`cli.main`
prints for the same arguments: the same functions answer and report.
"""

from __future__ import annotations

import os
import signal
import sys
from types import SimpleNamespace

from pausetimer import cli_i18n, paths
from pausetimer.cli_dispatch import status_response
from pausetimer.cli_output import EXIT_REFUSED, report, say, unexpected_error
from pausetimer.core.clock import SystemClock

# `status` loads only what it needs: not even the typing module.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pausetimer.core.clock import Clock


def prepare() -> None:
    """What every run of the command line does first: private files, a SIGUSR1 that cannot end
    it, and the user's language."""
    os.umask(paths.PRIVATE_UMASK)
    if hasattr(signal, "SIGUSR1"):
        # A command may hold the instance lock, and another may then ask the holder to renew
        # its socket (SIGUSR1): that must not end us. The app installs its own handler.
        signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    cli_i18n.use_language()


def quick_status(*, json_output: bool, clock: Clock | None = None) -> int:
    prepare()
    clock = clock or SystemClock()
    args = SimpleNamespace(command="status", json=json_output, csv=False, follow=False)
    try:
        return report(args, status_response(clock), clock)  # type: ignore[arg-type]
    except Exception as error:  # a bug of ours: say so plainly rather than dump a traceback
        say(sys.stderr, unexpected_error(error))
        return EXIT_REFUSED
