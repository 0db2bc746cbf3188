"""The two ways Pausetimer writes files outside SQLite: all at once, or not at all.

:func:`atomic_write` replaces a file so that a crash or power loss leaves the old content or the
new one, never half of either (settings, exports, autostart entries). :func:`move_aside` keeps a
file the app cannot use under a new, unique name beside it, together with its companions (the
database's ``-wal`` and ``-shm``), so that nothing the user wrote is ever deleted.

Plain Python, no Qt: the command line and the core-side modules use it as they are.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path

PRIVATE_FILE_MODE = 0o600


def atomic_write(path: Path, data: bytes | str, *, mode: int = PRIVATE_FILE_MODE) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, flushed to disk
    before it takes the old file's place (and the folder flushed after, where the OS allows)."""
    import tempfile  # here, not at the top: `pausetimer status` must start fast

    payload = data.encode("utf-8") if isinstance(data, str) else data
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(payload)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def move_aside(
    path: Path,
    *,
    now: datetime | None = None,
    label: str = "damaged",
    companions: Iterable[str] = (),
) -> Path:
    """Rename ``path`` to ``<stem>.<label>-<UTC stamp>[-N]<suffix>`` beside it and return the new
    path; each companion suffix (e.g. ``"-wal"``) that exists moves along under the same name.

    The name is unique even for two files set aside within one second: the target is reserved
    with an exclusive create before anything is renamed onto it.
    """
    target = _reserve(path, now, label)
    try:
        for suffix in companions:
            companion = path.with_name(path.name + suffix)
            if companion.exists() or companion.is_symlink():
                os.replace(companion, target.with_name(target.name + suffix))
        if path.is_dir() and not path.is_symlink():
            # A folder where a file belongs: os.replace cannot put it over the reserved file.
            target.unlink()
        os.replace(path, target)
    except BaseException:
        with suppress(OSError):
            if target.is_file() and target.stat().st_size == 0:
                target.unlink()
        raise
    return target


def copy_aside(path: Path, *, now: datetime | None = None, label: str = "damaged") -> Path:
    """Keep a copy of ``path`` under the same unique name :func:`move_aside` would give it and
    return that name. For a file that must stay where it is (a database's ``-wal``, whose valid
    part SQLite still needs) while its bytes, as they are now, must survive what comes next."""
    target = _reserve(path, now, label)
    try:
        with path.open("rb") as source, target.open("wb") as copy:
            import shutil  # here: it loads the compression modules

            shutil.copyfileobj(source, copy)
            copy.flush()
            os.fsync(copy.fileno())
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)
    return target


def _reserve(path: Path, now: datetime | None, label: str) -> Path:
    """``<stem>.<label>-<UTC stamp>[-N]<suffix>`` beside ``path``, created empty with an
    exclusive create, so two callers within one second never pick the same name."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    counter = 1
    while True:
        tail = "" if counter == 1 else f"-{counter}"
        target = path.with_name(f"{path.stem}.{label}-{stamp}{tail}{path.suffix}")
        try:
            os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE))
        except FileExistsError:
            counter += 1
            continue
        return target


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened (Windows)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)
