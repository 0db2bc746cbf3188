"""The command line run in the test's own process, as a test sees it: exit code, out, err."""

from __future__ import annotations

from collections.abc import Callable

Result = tuple[int, str, str]
Cli = Callable[..., Result]
