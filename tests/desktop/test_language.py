"""The real app follows the desktop's language: its real tray menu, opened with a real click."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.desktop.apps import AppProcess
from tests.desktop.harness import Desktop, wait_until

# What a person reads in the idle tray menu (mnemonic markers removed), per desktop language.
EXPECTED_ITEMS = {
    "nl_NL.UTF-8": ("Pauze nemen", "Geschiedenis…", "Instellingen…", "Afsluiten"),
    "en_US.UTF-8": ("Take a pause", "History…", "Settings…", "Quit"),
}


def _menu_texts(app: AppProcess) -> list[str]:
    """Texts of the visible items of the app's open menus, read from the real QMenu."""
    return [
        action["text"]
        for menu in app.inspect()["menus"]
        for action in menu["actions"]
        if not action["separator"]
    ]


@pytest.mark.parametrize("locale", sorted(EXPECTED_ITEMS))
def test_the_tray_menu_speaks_the_desktop_language(
    desktop: Desktop, data_dir: Path, locale: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only LANG says which language the desktop speaks, as on a freshly installed system: the
    # variables that would override it must not leak in from the environment running the tests.
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    expected = EXPECTED_ITEMS[locale]
    with AppProcess(desktop, data_dir, env={"LANG": locale}) as app:
        app.open_tray_menu()
        texts = wait_until(
            lambda: (found := _menu_texts(app)) and expected[0] in found and found,
            10,
            f"the tray menu in {locale}",
        )
        desktop.key("Escape")

    for item in expected:
        assert item in texts, f"{item!r} not in the {locale} tray menu: {texts}"
    # And nothing of the other language slipped through.
    for other_locale, other_items in EXPECTED_ITEMS.items():
        if other_locale != locale:
            assert not set(other_items) & set(texts), texts
