"""Fixtures for the tray and window tests: a fixed locale, so times read "19:00"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale


@pytest.fixture(autouse=True)
def british_locale(qapp: object) -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(previous)
