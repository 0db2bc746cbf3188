"""The unit tests run without a desktop: `pausetimer start` must not start a real tray app here."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def no_desktop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("LANGUAGE", "en")  # the sentences most tests compare are the English ones
