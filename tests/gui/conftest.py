"""pytest-qt tests run on the offscreen platform: real widgets, no display needed."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NO_AT_BRIDGE", "1")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QApplication

from pausetimer.context import AppContext
from pausetimer.service import PauseService
from pausetimer.services.i18n import Translations
from pausetimer.settings import Settings
from pausetimer.ui.windows import Windows
from tests.helpers.clock import FakeClock


@pytest.fixture(autouse=True)
def _no_window_outlives_its_test(qapp: QApplication) -> Iterator[None]:
    """Each GUI test runs in the application and leaves no window behind it.

    The application: Qt objects such as a local server's socket notifier need it, and a test
    that did not ask for it passed only after some other test had made it. No window left:
    qtbot closes its widgets with ``deleteLater``, which only a running event loop carries out,
    so they lived on and a later test's language switch reached them over a closed database.
    """
    yield
    for window in QApplication.topLevelWidgets():
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def ctx(service: PauseService, tmp_path: Path, qapp: object) -> Iterator[AppContext]:
    """An app context over a real store in a temporary folder and a fake clock."""
    context = AppContext.build(service, Settings(), tmp_path / "settings.json")
    yield context


@pytest.fixture
def windows(ctx: AppContext) -> Windows:
    """The app's windows as ``build_ui`` holds them (built on first use, gone with the test)."""
    return Windows(ctx)


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    """The app in Dutch for one test; its translators are taken out again after it."""
    translations = Translations(qapp)
    assert translations.apply("nl") == "nl"  # the compiled Dutch is there
    yield
    translations.remove()


@pytest.fixture
def fake_clock(clock: FakeClock) -> FakeClock:
    return clock


@pytest.fixture(autouse=True)
def system_locale() -> Iterator[None]:
    """The app makes its language's locale the default one (``services.i18n``); every test
    starts again from the system's."""
    yield
    QLocale.setDefault(QLocale.system())
