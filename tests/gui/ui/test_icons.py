"""The painted icons look like their designs (the SVGs in resources/icons) and change with state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from pausetimer import paths
from pausetimer.ui import icon_painting, icons
from pausetimer.ui.pause_view import ViewState

SIZE = 64


def svg_image(name: str) -> QImage:
    renderer = QSvgRenderer(QByteArray((paths.icons_dir() / name).read_bytes()))
    assert renderer.isValid(), name
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def painted_image(paint: icon_painting.Painting) -> QImage:
    pixmap = icon_painting.render(paint, SIZE)
    assert pixmap.width() == SIZE  # the offscreen screen has a pixel ratio of 1
    return pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def difference(first: QImage, second: QImage) -> tuple[float, int]:
    """Mean per-channel difference over all pixels (0..255), and how many pixels differ clearly."""
    total, clearly = 0, 0
    for y in range(SIZE):
        for x in range(SIZE):
            a, b = first.pixelColor(x, y), second.pixelColor(x, y)
            channels = [
                abs(a.red() - b.red()),
                abs(a.green() - b.green()),
                abs(a.blue() - b.blue()),
                abs(a.alpha() - b.alpha()),
            ]
            total += sum(channels)
            clearly += max(channels) > 64
    return total / (SIZE * SIZE * 4), clearly


@pytest.mark.parametrize(
    ("state", "fraction", "design"),
    [
        (ViewState.IDLE, 0.0, "state-idle.svg"),
        (ViewState.RUNNING, 0.75, "state-running.svg"),  # the file shows three quarters
        (ViewState.DUE, 0.0, "state-due.svg"),
        (ViewState.LONG, 0.0, "state-long.svg"),
    ],
)
def test_each_state_icon_matches_its_design(
    qapp: object, state: ViewState, fraction: float, design: str
) -> None:
    painted = painted_image(lambda painter: icon_painting.paint_state(painter, state, fraction))
    mean, clearly = difference(painted, svg_image(design))
    # Anti-aliasing differs a little along edges; a square instead of a round cap is above this.
    assert mean < 1.0 and clearly < 5, (design, mean, clearly)


def test_the_app_icon_matches_its_design(qapp: object) -> None:
    mean, clearly = difference(painted_image(icon_painting.paint_app), svg_image("pausetimer.svg"))
    assert mean < 1.0 and clearly < 5, (mean, clearly)


def test_the_comparison_sees_a_wrong_icon(qapp: object) -> None:
    wrong = painted_image(lambda painter: icon_painting.paint_state(painter, ViewState.DUE))
    mean, clearly = difference(wrong, svg_image("state-idle.svg"))
    assert mean > 10 and clearly > 200


def test_the_ring_shrinks_with_the_time_left(qapp: object) -> None:
    full = painted_image(lambda painter: icon_painting.paint_state(painter, ViewState.RUNNING, 1.0))
    half = painted_image(lambda painter: icon_painting.paint_state(painter, ViewState.RUNNING, 0.5))
    # At 9 o'clock on the ring: lit when the ring is full, not when half is left (12 to 6).
    assert full.pixelColor(10, 32) != half.pixelColor(10, 32)
    # At 3 o'clock both are lit.
    assert full.pixelColor(54, 32) == half.pixelColor(54, 32)


def test_icons_have_every_size_for_hidpi(qapp: object) -> None:
    app = icons.app_icon()
    assert sorted(size.width() for size in app.availableSizes()) == sorted(icons.APP_ICON_SIZES)


def _channels_apart(first: QImage, second: QImage) -> int:
    """The largest difference of one colour channel between two same-sized images."""
    assert first.size() == second.size()
    first = first.convertToFormat(QImage.Format.Format_ARGB32)
    second = second.convertToFormat(QImage.Format.Format_ARGB32)
    worst = 0
    for y in range(first.height()):
        for x in range(first.width()):
            a, b = first.pixelColor(x, y), second.pixelColor(x, y)
            worst = max(
                worst,
                abs(a.red() - b.red()) * (a.alpha() > 8),  # colour is noise where all see-through
                abs(a.green() - b.green()) * (a.alpha() > 8),
                abs(a.blue() - b.blue()) * (a.alpha() > 8),
                abs(a.alpha() - b.alpha()),
            )
    return worst


@pytest.mark.parametrize("state", icons.PRERENDERED_STATES)
def test_the_prerendered_state_icons_are_what_the_code_paints(
    qapp: object, state: ViewState
) -> None:
    """If this fails after a change to the icons: run ``make icons`` and commit the PNGs."""
    for pixels in icons.PRERENDERED_PIXELS:
        stored = QImage(str(icons.prerendered_path(state, pixels)))
        assert not stored.isNull(), icons.prerendered_path(state, pixels)
        painted = icon_painting.render(
            lambda p: icon_painting.paint_state(p, state), pixels, ratio=1.0
        ).toImage()
        assert _channels_apart(stored, painted) <= 2, (state, pixels)


def test_the_tray_uses_the_prerendered_icon_at_every_pixel_ratio(qapp: object) -> None:
    icon = icons._icon_for_key(ViewState.DUE, 0)
    for size, ratio in ((22, 1.0), (22, 2.0), (32, 1.0)):
        pixmap = icon.pixmap(QSize(size, size), ratio)
        assert pixmap.width() == round(size * ratio)  # a sharp size of its own, not scaled up
    stored = QImage(str(icons.prerendered_path(ViewState.DUE, 44)))
    assert _channels_apart(icon.pixmap(QSize(22, 22), 2.0).toImage(), stored) == 0


def test_a_whole_pause_keeps_only_the_last_few_ring_icons(qapp: object) -> None:
    """A pause shows every step of the ring once; keeping each painted icon grew the app by
    1.7 MB a pause (7 MB at 200 %), seen as a slow climb in the soak's resident memory."""
    icons._icon_for_key.cache_clear()
    for step in range(icons.RING_STEPS, -1, -1):
        shown = icons._icon_for_key(ViewState.RUNNING, step)
        # The tray and the main window ask for the same icon: painted once, shared.
        assert icons._icon_for_key(ViewState.RUNNING, step).cacheKey() == shown.cacheKey()
    assert icons._icon_for_key.cache_info().currsize == icons.ICON_CACHE_SIZE
