"""Whether the guidance may move: the app's own setting, or any desktop saying "less motion".

The desktops keep this preference in different places, read elsewhere (the file and the process
are the services' business); here only the decision and the reading of their answers, so it can be
tested without a desktop.
"""

from __future__ import annotations

import re

# `gsettings get` prints "false"; the settings portal's ReadOne, through `gdbus call`, prints
# "(<false>,)" and its older Read "(<<false>>,)".
_GVARIANT_BOOL = re.compile(r"^\(?(?:<)*\s*(true|false)\s*(?:>)*,?\)?$")


def gnome_animations_off(reply: str) -> bool | None:
    """``org.gnome.desktop.interface enable-animations`` as gsettings or the portal print it:
    True when animations are off, None when the reply says nothing we understand."""
    found = _GVARIANT_BOOL.match(reply.strip())
    if found is None:
        return None
    return found[1] == "false"


def kde_animations_off(kdeglobals: str) -> bool | None:
    """KDE's ``AnimationDurationFactor`` in the ``[KDE]`` group of kdeglobals: 0 turns
    animations off. None when the file does not say."""
    group = ""
    factor: str | None = None
    for raw in kdeglobals.splitlines():
        line = raw.strip()
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
        elif group == "KDE" and "=" in line:
            key, value = (part.strip() for part in line.split("=", 1))
            # A key may carry a flag such as "[$i]" (immutable), which does not change its value.
            if key.split("[", 1)[0] == "AnimationDurationFactor":
                factor = value
    if factor is None:
        return None
    try:
        return float(factor) == 0.0
    except ValueError:
        return None


def reduced_motion(own_setting: bool, *desktop_says: bool | None) -> bool:
    """Motion-free when the user asked the app for it, or when any desktop source asks for less
    motion. A source that could not be read (None) asks for nothing."""
    return own_setting or any(said is True for said in desktop_says)
