"""Give back memory that importing modules leaves behind.

PySide6 looks at the source of every module imported after it (to see whether it uses PySide's
``__feature__`` switches) through :mod:`inspect`, and :mod:`linecache` keeps each source file's
lines from then on (measured: benchmarks/README.md), held all day by a tray app that never shows a
traceback. Clearing the cache is always safe: a traceback reads the lines from disk again.
"""

from __future__ import annotations

import linecache


def release_import_caches() -> None:
    """Call once start-up has imported what it needs and before it builds the widgets, so they
    reuse that memory. Windows opened later fill it again with their own modules."""
    linecache.clearcache()
