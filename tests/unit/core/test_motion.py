"""The motion-free decision: the app's setting or the desktop's, whichever asks for less motion."""

from __future__ import annotations

import pytest

from pausetimer.core.motion import gnome_animations_off, kde_animations_off, reduced_motion


@pytest.mark.parametrize(
    ("reply", "off"),
    [
        ("false\n", True),  # gsettings get
        ("true\n", False),
        ("(<false>,)\n", True),  # the settings portal's ReadOne through gdbus call
        ("(<true>,)", False),
        ("(<<false>>,)", True),  # its older Read, a variant in a variant
        ("", None),  # no answer
        ("Error: GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown", None),
        ("No such schema “org.gnome.desktop.interface”", None),
    ],
)
def test_gnome_reply(reply: str, off: bool | None) -> None:
    assert gnome_animations_off(reply) is off


@pytest.mark.parametrize(
    ("text", "off"),
    [
        ("[KDE]\nAnimationDurationFactor=0\n", True),
        ("[KDE]\nAnimationDurationFactor=0.0\n", True),
        ("[KDE]\nAnimationDurationFactor[$i]=0\n", True),
        ("[KDE]\nAnimationDurationFactor=0.5\n", False),
        ("[General]\nAnimationDurationFactor=0\n[KDE]\nSingleClick=false\n", None),
        ("[KDE]\nAnimationDurationFactor=slow\n", None),
        ("", None),
        ("[KDE]\nAnimationDurationFactor=1\n[KDE]\nAnimationDurationFactor = 0\n", True),
    ],
)
def test_kde_globals(text: str, off: bool | None) -> None:
    assert kde_animations_off(text) is off


def test_the_app_setting_alone_turns_motion_off() -> None:
    assert reduced_motion(True) is True
    assert reduced_motion(True, False, None) is True


def test_any_desktop_source_asking_for_less_motion_turns_it_off() -> None:
    assert reduced_motion(False, None, True) is True
    assert reduced_motion(False, True, False) is True


def test_motion_stays_when_nobody_asks_or_nobody_answers() -> None:
    assert reduced_motion(False) is False
    assert reduced_motion(False, None, None) is False
    assert reduced_motion(False, False, False) is False
