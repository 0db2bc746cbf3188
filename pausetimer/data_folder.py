"""Why the data folder cannot be used, found before anything relies on it.

A data folder that cannot be created, that belongs to another user, a dangling link where the
database belongs, or a disk too full to write the instance lock: each used to end in a traceback,
"unexpected error", or the misleading "another Pausetimer is running". :func:`check_data_folder`
turns each into a :class:`DataFolderError` with a stable ``kind`` (the app picks a translated
sentence for it and shows it in a window), the path concerned, and the system's own reason.

No Qt of its own (only :mod:`pausetimer.paths`): the command line uses it as it is.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from pausetimer import paths

CANNOT_CREATE = "cannot_create"  # the folder cannot be made (a file in the way, no permission)
NOT_YOURS = "not_yours"  # the folder belongs to another user
DANGLING_LINK = "dangling_link"  # a link at the database path whose target does not exist
CANNOT_WRITE = "cannot_write"  # the folder is there but nothing can be written (full, read-only)

# What the command line says; the app shows translated sentences for the same kinds.
ENGLISH = {
    CANNOT_CREATE: "Pausetimer cannot create its data folder {path}: {reason}.",
    NOT_YOURS: "Pausetimer's data folder {path} belongs to another user, so it is not used.",
    DANGLING_LINK: "{path} is a link to {reason}, which does not exist; remove the link or "
    "restore what it points to.",
    CANNOT_WRITE: "Pausetimer cannot write in its data folder {path}: {reason}. Free some space "
    "or check the folder's permissions.",
}


class DataFolderError(Exception):
    """The data folder cannot be used; nothing was changed in it."""

    def __init__(self, kind: str, path: Path, reason: str = "") -> None:
        self.kind = kind
        self.path = path
        self.reason = reason
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return ENGLISH[self.kind].format(path=self.path, reason=self.reason)


def check_data_folder() -> Path:
    """Create the data folder if needed and return it; raise :class:`DataFolderError` when it
    cannot be used."""
    folder = paths.data_dir(create=False)
    try:
        status = folder.lstat()
    except FileNotFoundError:
        status = None
    except OSError as error:
        raise DataFolderError(CANNOT_CREATE, folder, _reason(error)) from None
    # Checked before any chmod: changing the mode of another user's folder fails with a bare
    # "Operation not permitted", and as an administrator it would even succeed.
    if status is not None and hasattr(os, "getuid") and status.st_uid != os.getuid():
        raise DataFolderError(NOT_YOURS, folder)
    try:
        paths.ensure_private_dir(folder)
    except OSError as error:
        raise DataFolderError(CANNOT_CREATE, folder, _reason(error)) from None
    database = paths.database_path()
    if database.is_symlink() and not database.exists():
        raise DataFolderError(DANGLING_LINK, database, os.readlink(database))
    return folder


def write_failure(folder: Path) -> DataFolderError:
    """Why nothing can be written in ``folder`` (asked after the instance lock could not be
    written for another reason than a running instance: a full disk, a read-only folder)."""
    probe = folder / f".pausetimer-probe-{os.getpid()}"
    try:
        descriptor = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        try:
            os.write(descriptor, b"x" * 4096)
        finally:
            os.close(descriptor)
            probe.unlink(missing_ok=True)
    except OSError as error:
        return DataFolderError(CANNOT_WRITE, folder, _reason(error))
    # Writable again by now: the condition passed (or was the lock file alone); say what we saw.
    return DataFolderError(CANNOT_WRITE, folder, os.strerror(errno.EIO))


def _reason(error: OSError) -> str:
    return error.strerror or str(error)
