"""The one module that knows where things live.

Data goes to the platform's app-data folder (``~/.local/share/pausetimer`` on Linux), or to
``$PAUSETIMER_DATA_DIR`` when set. The folder is private to the user (0700) and so is every file the
app writes there (0600; the process umask is set accordingly by the entry points).

On Linux and the other XDG desktops the folders follow the XDG rules exactly as Qt's
QStandardPaths applies them, in plain Python: ``pausetimer status`` (a status bar runs it every
few seconds) must not pay for loading QtCore just to find a file. Elsewhere QStandardPaths itself
answers. A test holds both answers equal.
"""

from __future__ import annotations

import os
import stat
import sys
import zlib
from pathlib import Path

from pausetimer import APP_ID

DATA_DIR_ENV = "PAUSETIMER_DATA_DIR"
PRIVATE_UMASK = 0o077

_PACKAGE_DIR = Path(__file__).resolve().parent
# Windows and macOS have their own folders, which only QStandardPaths knows.
_XDG = sys.platform not in ("win32", "darwin")


def data_dir(*, create: bool = True) -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override).expanduser().absolute()
    else:
        location = _xdg_data_home() / APP_ID if _XDG else _qt_location("AppDataLocation")
        path = Path(location) if location else Path.home() / f".{APP_ID}"
    if create:
        ensure_private_dir(path)
    return path


def ensure_private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)


def database_path() -> Path:
    return data_dir() / "pausetimer.db"


def settings_path() -> Path:
    return data_dir() / "settings.json"


def instance_lock_path() -> Path:
    return data_dir() / "instance.lock"


def log_dir(*, create: bool = True) -> Path:
    """The log, the crash file and the running marker (see ``pausetimer.diagnostics``).

    ``$XDG_STATE_HOME/pausetimer`` (``~/.local/state/pausetimer``) on Linux, the platform's state
    folder elsewhere; ``$PAUSETIMER_DATA_DIR/logs`` when that is set, so a test or a portable setup
    keeps everything in one place. Private like the data folder.
    """
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override).expanduser().absolute() / "logs"
    else:
        state = _xdg_home("XDG_STATE_HOME", ".local/state")
        location = str(state / APP_ID) if _XDG else _qt_location("StateLocation")
        path = Path(location) if location else data_dir(create=False) / "logs"
    if create:
        ensure_private_dir(path)
    return path


def instance_socket_path() -> Path:
    """The local socket of the running instance.

    It lives in the user's runtime folder (private, and short enough for a Unix socket path), named
    after the data folder so that two data folders are two independent apps (tests rely on it).
    """
    # A checksum, not a secure hash: it only tells data folders apart, and hashlib would load
    # libcrypto (megabytes) into a tray app that otherwise never needs it.
    digest = f"{zlib.crc32(str(data_dir()).encode()):08x}"
    # XDG_RUNTIME_DIR, or a private folder under /tmp when that is not set (as Qt does).
    runtime = _xdg_runtime_dir() if _XDG else _qt_location("RuntimeLocation")
    base = Path(runtime) if runtime else data_dir()
    return base / f"{APP_ID}-{digest}.sock"


def _xdg_data_home() -> Path:
    return _xdg_home("XDG_DATA_HOME", ".local/share")


def _xdg_home(variable: str, default: str) -> Path:
    """``$XDG_..._HOME``, else its default under ``$HOME`` (else ``/``). Like QStandardPaths, a
    relative value is ignored: the XDG rules call it invalid."""
    configured = os.environ.get(variable, "")
    if os.path.isabs(configured):
        return Path(configured)
    return Path(os.environ.get("HOME") or "/") / default


def _xdg_runtime_dir() -> str:
    """``$XDG_RUNTIME_DIR``, else (or when that is unusable) ``$TMPDIR/runtime-USER``, created
    0700, as QStandardPaths finds it; "" when neither is a private folder of this user."""
    configured = os.environ.get("XDG_RUNTIME_DIR")
    if configured and _private_dir(configured):
        return configured
    import pwd  # a built-in module: cheap, and only needed here

    try:
        user = pwd.getpwuid(os.geteuid()).pw_name
    except KeyError:
        user = str(os.geteuid())
    fallback = f"{os.path.normpath(os.environ.get('TMPDIR') or '/tmp')}/runtime-{user}"
    return fallback if _private_dir(fallback) else ""


def _private_dir(path: str) -> bool:
    """Creates ``path`` (0700) if missing; whether it is a folder only this user can use."""
    try:
        os.mkdir(path, 0o700)
        return True
    except FileExistsError:
        pass
    except OSError:
        return False
    try:
        found = os.stat(path)
    except OSError:
        return False
    return (
        stat.S_ISDIR(found.st_mode)
        and found.st_uid == os.geteuid()
        and stat.S_IMODE(found.st_mode) == 0o700
    )


def _qt_location(name: str) -> str:
    """QStandardPaths' folder for this app (Windows, macOS): QtCore only where it is needed."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setOrganizationName("")
    location = getattr(QStandardPaths.StandardLocation, name)
    return QStandardPaths.writableLocation(location)


def resources_dir() -> Path:
    """Icons, guidance content, translations: inside the package when installed from a wheel,
    beside it in a source checkout."""
    installed = _PACKAGE_DIR / "resources"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / "resources"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def guidance_dir() -> Path:
    return resources_dir() / "guidance"


def help_lines_path() -> Path:
    """The help lines by country, with the date they were checked."""
    return resources_dir() / "help" / "helplines.json"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def sounds_dir() -> Path:
    return resources_dir() / "sounds"


def config_home() -> Path:
    """``$XDG_CONFIG_HOME`` or ``~/.config`` (for the autostart entry)."""
    configured = os.environ.get("XDG_CONFIG_HOME")
    return Path(configured) if configured else Path.home() / ".config"


def autostart_dir() -> Path:
    """Where XDG autostart entries go: the host's config folder, also from inside a Flatpak
    (whose own ``XDG_CONFIG_HOME`` points into the sandbox; the manifest grants this folder)."""
    if os.environ.get("FLATPAK_ID"):
        host = os.environ.get("HOST_XDG_CONFIG_HOME")
        return (Path(host) if host else Path.home() / ".config") / "autostart"
    return config_home() / "autostart"


def launch_agents_dir() -> Path:
    """macOS: per-user LaunchAgents, which launchd starts at login."""
    return Path.home() / "Library" / "LaunchAgents"


def kde_globals() -> Path:
    """KDE's own settings file, where the desktop keeps its animation speed."""
    return config_home() / "kdeglobals"
