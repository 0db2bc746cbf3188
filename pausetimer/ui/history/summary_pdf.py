"""A page for the therapist: the period's pauses, how many came back on time, how many ran past
a day, the calm ratings and the chart, as a PDF of one or two pages.

Made with Qt (QTextDocument printed on a QPdfWriter), no browser. Notes, how the return went
and reflections stay out unless the user ticks them in: the summary is meant to be shared.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QUrl,
)
from PySide6.QtGui import QPageLayout, QPdfWriter, QTextDocument

from pausetimer.core.calm_stats import CalmFigures, calm_figures
from pausetimer.core.clock import Clock, to_local
from pausetimer.core.history_model import HistoryFilter, Statistics
from pausetimer.core.pause import Pause
from pausetimer.core.signal_summary import SignalSummary
from pausetimer.core.signals import OWN_WORDS, SignalsCard
from pausetimer.files import atomic_write
from pausetimer.service import PauseService
from pausetimer.ui.history.formatting import (
    NOTHING,
    date_text,
    duration_text,
    share_text,
    time_text,
)
from pausetimer.ui.history.summary_chart import paint_chart
from pausetimer.ui.texts import plural

# More rows than this would not fit two pages; the figures above still count every pause.
MAX_ROWS = 40
_CHART = QUrl("pausetimer-chart.png")
_SIGNALS_PLACE = "<!-- common signals -->"
# The signals and triggers named, most often first; the rest stay in the history window.
MAX_SIGNALS = 6


@dataclass(frozen=True)
class SummaryPeriod:
    since: datetime | None
    until: datetime | None
    include_notes: bool = False


def write_summary(
    service: PauseService, path: Path, period: SummaryPeriod, card: SignalsCard | None = None
) -> int:
    """Write the PDF (atomically, private to the user); returns how many pauses it covers.
    ``card``: the early signals' words, for the common signals (left out without it). Raises
    OSError when the file cannot be written."""
    flt = HistoryFilter(period.since, period.until)
    stats = service.statistics(flt)
    document = QTextDocument()
    document.addResource(
        QTextDocument.ResourceType.ImageResource,
        _CHART,
        paint_chart(service.chart_series(flt), service.clock),
    )
    pauses = service.history(since=period.since, until=period.until)
    notes = service.reflections_in(period.since, period.until) if period.include_notes else None
    html_text = summary_html(
        service.clock,
        period,
        stats,
        calm_figures(service.calm_samples(flt)),
        pauses,
        notes,
        moments=_moments_in(service, period),
    )
    if card is not None:
        common = _signals_table(service.signal_summary(flt, card.keys()), card)
        html_text = html_text.replace(_SIGNALS_PLACE, common)
    document.setHtml(html_text)
    atomic_write(path, _pdf_bytes(document))
    return stats.count


def _moments_in(service: PauseService, period: SummaryPeriod) -> int:
    """How many moments together fall in the period (one without an end takes the ones still
    ahead too). Counted only: their words stay out, like notes, whatever is ticked."""
    return sum(
        1
        for moment in service.together.all()
        if (period.since is None or moment.at >= period.since)
        and (period.until is None or moment.at < period.until)
    )


def _pdf_bytes(document: QTextDocument) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(QCoreApplication.translate("Summary", "Pausetimer summary"))
    writer.setCreator("Pausetimer")
    from pausetimer.card import page_size  # the paper of the user's region, as for the card

    writer.setPageSize(page_size())
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    # No page size of our own: print_ then lays the text out at screen resolution and scales
    # it to the page, so 9 points read as 9 points.
    document.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())


def _period_text(period: SummaryPeriod, clock: Clock) -> str:
    since = date_text(to_local(period.since, clock)) if period.since else None
    until = date_text(to_local(period.until or clock.now(), clock))
    if since is None:
        return QCoreApplication.translate("Summary", "All pauses up to %1").replace("%1", until)
    return (
        QCoreApplication.translate("Summary", "%1 to %2").replace("%1", since).replace("%2", until)
    )


def summary_html(
    clock: Clock,
    period: SummaryPeriod,
    stats: Statistics,
    calm: CalmFigures,
    pauses: list[Pause],
    notes: dict[int, dict[str, str]] | None,
    *,
    moments: int = 0,
) -> str:
    e = html.escape
    heading = QCoreApplication.translate("Summary", "Pausetimer: a summary of agreed pauses")
    parts = [
        f"<h2>{e(heading)}</h2>",
        f"<p>{e(_period_text(period, clock))}</p>",
        f"<p><i>{e(_privacy_line(notes is not None))}</i></p>",
        _figures_table(stats, calm, moments),
        f'<p><img src="{_CHART.toString()}" width="560"></p>',
        _SIGNALS_PLACE,
        _pauses_table(clock, pauses, notes),
    ]
    return "<html><body style='font-size: 9pt'>" + "".join(parts) + "</body></html>"


def _privacy_line(with_notes: bool) -> str:
    if with_notes:
        return QCoreApplication.translate(
            "Summary", "Notes and reflections are included, as the user chose."
        )
    return QCoreApplication.translate(
        "Summary", "Notes and reflections are left out; the user can add them when they choose."
    )


def _figures_table(stats: Statistics, calm: CalmFigures, moments: int) -> str:
    drop = QLocale().toString(calm.median_drop, "g", 3) if calm.median_drop is not None else NOTHING
    to_calm = (
        duration_text(calm.median_seconds_to_calm)
        if calm.median_seconds_to_calm is not None
        else NOTHING
    )
    rated, calmed = calm.rated_both, calm.calmed  # plain names: older lupdate skips expressions
    rated_text = QCoreApplication.translate(
        "Summary", "Calm change from start to return (median drop on 0-10, %n pause(s))", "", rated
    )
    calmed_text = QCoreApplication.translate(
        "Summary", "Time to calm: 3 or lower at the return (median, %n pause(s))", "", calmed
    )
    rows = (
        (QCoreApplication.translate("Summary", "Pauses"), str(stats.count)),
        (
            QCoreApplication.translate("Summary", "Back on time (within 5 minutes)"),
            share_text(stats.on_time_share),
        ),
        (QCoreApplication.translate("Summary", "Pauses past a day"), str(stats.long)),
        (
            QCoreApplication.translate("Summary", "Typical length (median)"),
            duration_text(stats.median_seconds) if stats.median_seconds is not None else NOTHING,
        ),
        (plural(rated_text, rated), drop),
        (plural(calmed_text, calmed), to_calm),
        (QCoreApplication.translate("Summary", "Moments together planned"), str(moments)),
    )
    cells = "".join(
        f"<tr><td>{html.escape(name)}</td><td align='right'><b>{html.escape(value)}</b></td></tr>"
        for name, value in rows
    )
    return f"<table cellpadding='3'>{cells}</table>"


def _pauses_table(
    clock: Clock, pauses: list[Pause], notes: dict[int, dict[str, str]] | None
) -> str:
    e = html.escape
    heads = [
        QCoreApplication.translate("Summary", "Started"),
        QCoreApplication.translate("Summary", "Agreed return"),
        QCoreApplication.translate("Summary", "Back"),
        QCoreApplication.translate("Summary", "Length"),
        QCoreApplication.translate("Summary", "Calm"),
    ]
    if notes is not None:
        heads.append(QCoreApplication.translate("Summary", "Notes"))
    rows = ["<tr>" + "".join(f"<th align='left'>{e(h)}</th>" for h in heads) + "</tr>"]
    now = clock.now()
    for pause in pauses[:MAX_ROWS]:
        cells = [
            _moment(pause.started_at, clock),
            _moment(pause.return_at, clock),
            _moment(pause.ended_at, clock)
            if pause.ended_at
            else QCoreApplication.translate("Summary", "running"),
            duration_text(pause.duration(now).total_seconds()),
            _calm_cell(pause),
        ]
        if notes is not None:
            cells.append(_notes_cell(pause, notes.get(pause.id or 0, {})))
        rows.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>")
    more = len(pauses) - MAX_ROWS
    earlier = QCoreApplication.translate(
        "Summary", "And %n earlier pause(s), counted in the figures above.", "", more
    )
    tail = f"<p>{e(plural(earlier, more))}</p>" if more > 0 else ""
    newest = QCoreApplication.translate("Summary", "The pauses, newest first")
    title = f"<h3>{e(newest)}</h3>"
    return title + "<table cellpadding='2' width='100%'>" + "".join(rows) + "</table>" + tail


def _signals_table(summary: SignalSummary, card: SignalsCard) -> str:
    """The most common early signals and triggers: words from the card, never the user's own
    words (only that they wrote some)."""
    if not summary.counts:
        return ""
    e = html.escape
    rows = []
    for signal in summary.counts[:MAX_SIGNALS]:
        name = (
            QCoreApplication.translate("History", "Something else, in my own words")
            if signal.key == OWN_WORDS
            else card.text_of(signal.key) or signal.key
        )
        count = signal.pauses  # a plain name: older lupdate skips an expression
        pauses = plural(QCoreApplication.translate("Summary", "%n pause(s)", "", count), count)
        rows.append(f"<tr><td>{e(name)}</td><td align='right'>{e(pauses)}</td></tr>")
    heading = QCoreApplication.translate("Summary", "Common early signals and triggers")
    return f"<h3>{e(heading)}</h3><table cellpadding='2'>{''.join(rows)}</table>"


def _moment(instant: datetime, clock: Clock) -> str:
    local = to_local(instant, clock)
    return f"{date_text(local)} {time_text(local)}"


def _calm_cell(pause: Pause) -> str:
    start = str(pause.calm_start) if pause.calm_start is not None else NOTHING
    end = str(pause.calm_end) if pause.calm_end is not None else NOTHING
    return NOTHING if pause.calm_start is None and pause.calm_end is None else f"{start} → {end}"


def _notes_cell(pause: Pause, reflections: dict[str, str]) -> str:
    texts = [pause.note, pause.return_note, *(f"{k}: {v}" for k, v in reflections.items())]
    return " / ".join(text for text in texts if text)
