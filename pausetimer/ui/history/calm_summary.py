"""Time to calm in the history: the figures of the chosen period in plain words, the trend
against the period before ("Your pauses calm you faster than in October"), and the series the
chart draws. The numbers come from the core (:mod:`pausetimer.core.calm_stats`)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

from pausetimer.core.calm_stats import (
    CalmFigures,
    CalmSample,
    CalmTrend,
    calm_figures,
    judge_calm_trend,
    time_to_calm_per_bucket,
)
from pausetimer.core.clock import Clock, to_local
from pausetimer.core.history_model import ChartSeries, HistoryFilter
from pausetimer.core.statistics import Direction, Period, Span
from pausetimer.service import PauseService
from pausetimer.ui.history.formatting import duration_text
from pausetimer.ui.texts import plural


@dataclass(frozen=True)
class CalmSummary:
    samples: list[CalmSample]
    figures: CalmFigures
    trend: CalmTrend

    def per_bucket(self, series: ChartSeries) -> list[float | None]:
        """Median time to calm per chart bucket, in seconds (the last bucket runs on)."""
        edges = [int(point.start.timestamp()) for point in series.points]
        return time_to_calm_per_bucket(self.samples, [*edges, 2**62]) if edges else []


def load_calm(
    service: PauseService, flt: HistoryFilter, earlier: HistoryFilter | None
) -> CalmSummary:
    samples = service.calm_samples(flt)
    figures = calm_figures(samples)
    before = calm_figures(service.calm_samples(earlier)) if earlier is not None else None
    return CalmSummary(samples, figures, judge_calm_trend(figures, before))


def _number(value: float) -> str:
    return QLocale().toString(value, "g", 3)  # 4, 3.5 (3,5 in Dutch)


def _than(period: Period, before: Span | None, clock: Clock) -> str:
    """What the period before is called: "in October" for a month (the month most of it lies
    in), else "the week before" or "the year before"."""
    if period is Period.MONTH and before is not None and before.since and before.until:
        middle = before.since + (before.until - before.since) / 2
        month = QLocale().standaloneMonthName(to_local(middle, clock).month)
        return QCoreApplication.translate("History", "in %1", "in a month").replace("%1", month)
    if period is Period.WEEK:
        return QCoreApplication.translate("History", "the week before")
    return QCoreApplication.translate("History", "the year before")


def trend_words(trend: CalmTrend, period: Period, before: Span | None, clock: Clock) -> str:
    than = _than(period, before, clock)
    sentences = {
        Direction.DOWN: QCoreApplication.translate(
            "History", "Your pauses calm you faster than %1."
        ),
        Direction.UP: QCoreApplication.translate(
            "History", "Your pauses take longer to calm you than %1."
        ),
        Direction.SAME: QCoreApplication.translate(
            "History", "Your pauses calm you about as fast as %1."
        ),
    }
    sentence = sentences.get(trend.speed)
    return sentence.replace("%1", than) if sentence else ""


def calm_words(summary: CalmSummary, period: Period, before: Span | None, clock: Clock) -> str:
    """Everything the history says about calm, or "" when nothing was rated."""
    figures = summary.figures
    if not summary.samples:
        return QCoreApplication.translate(
            "History",
            "Rate how flooded you are at the start and before going back, and this shows "
            "whether your pauses calm you.",
        )
    parts = []
    if figures.median_drop is not None:
        drop = figures.median_drop
        count = figures.rated_both  # a plain name: older lupdate skips an expression here
        template = (
            QCoreApplication.translate(
                "History",
                "How flooded you felt dropped by a median of %1 points during a pause "
                "(%n pause(s) rated at the start and before going back).",
                "",
                count,
            )
            if drop >= 0
            else QCoreApplication.translate(
                "History",
                "How flooded you felt rose by a median of %1 points during a pause "
                "(%n pause(s) rated at the start and before going back).",
                "",
                count,
            )
        )
        parts.append(plural(template, count).replace("%1", _number(abs(drop))))
    if figures.median_seconds_to_calm is not None:
        calmed = figures.calmed
        template = QCoreApplication.translate(
            "History",
            "Calm again (3 or lower) by the return after a median of %1 (%n pause(s)).",
            "",
            calmed,
        )
        parts.append(
            plural(template, calmed).replace("%1", duration_text(figures.median_seconds_to_calm))
        )
    else:
        parts.append(
            QCoreApplication.translate("History", "No pause ended with a rating of 3 or lower yet.")
        )
    trend = trend_words(summary.trend, period, before, clock)
    return " ".join([*parts, trend] if trend else parts)
