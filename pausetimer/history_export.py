"""The history's export: the pauses of a time range, with the reflections when asked for, as CSV
or JSON, written readable by the user only."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from pausetimer import store_together
from pausetimer.core.clock import Clock
from pausetimer.core.report import history_csv as _history_csv
from pausetimer.core.report import iso, pause_to_dict, signals_to_dict, together_csv
from pausetimer.files import atomic_write
from pausetimer.history import FAR_FUTURE, FAR_PAST
from pausetimer.store import Store
from pausetimer.store_signals import signals_in


def reflections_in(
    store: Store, since: datetime | None, until: datetime | None
) -> dict[int, dict[str, str]]:
    found: dict[int, dict[str, str]] = {}
    for pause_id, prompt, answer in store.connection.execute(
        "SELECT r.pause_id, r.prompt, r.answer FROM reflections r JOIN pauses p"
        " ON p.id = r.pause_id WHERE p.started_at >= ? AND p.started_at < ?"
        " ORDER BY r.pause_id, r.prompt",
        (
            int(since.timestamp()) if since else FAR_PAST,
            int(until.timestamp()) if until else FAR_FUTURE,
        ),
    ):
        found.setdefault(pause_id, {})[prompt] = answer
    return found


def export_csv(
    store: Store,
    since: datetime | None,
    until: datetime | None,
    include_reflections: bool,
    clock: Clock,
) -> str:
    """The pauses started in [since, until), oldest first, as CSV (header row, ISO 8601 times
    with offset); reflections only when asked for."""
    pauses = list(reversed(store.history(since=since, until=until)))
    reflections = reflections_in(store, since, until) if include_reflections else None
    signals = signals_in(store.connection, since, until)
    return _history_csv(pauses, clock.now(), clock, reflections=reflections, signals=signals)


def export_json(
    store: Store,
    since: datetime | None,
    until: datetime | None,
    include_reflections: bool,
    clock: Clock,
) -> str:
    now = clock.now()
    reflections: Mapping[int, dict[str, str]] = (
        reflections_in(store, since, until) if include_reflections else {}
    )
    signals = signals_in(store.connection, since, until)
    pauses = []
    for pause in reversed(store.history(since=since, until=until)):
        item = pause_to_dict(pause, now, clock)
        item.update(signals_to_dict(signals.get(pause.id or 0)))
        if include_reflections:
            item["reflections"] = reflections.get(pause.id or 0, {})
        pauses.append(item)
    document = {
        "exported_at": iso(now, clock),
        "since": iso(since, clock),
        "until": iso(until, clock),
        "pauses": pauses,
        # Moments together are the user's data too: every one, whatever the period.
        "together": [
            {"at": iso(m.at, clock), "note": m.note, "created_at": iso(m.created_at, clock)}
            for m in store_together.moments(store.connection)
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def together_csv_path(path: Path) -> Path:
    """Where a CSV export puts the moments together: beside the pauses' file, named after it
    ("history.csv" -> "history-together.csv"). A table of their own: a spreadsheet reads one
    header row and columns that hold the same thing all the way down."""
    return path.with_name(f"{path.stem}-together{path.suffix}")


def export_together_csv(store: Store, clock: Clock) -> str | None:
    """Every moment together (whatever the period, as in the JSON export) as CSV; None when
    there are none, so an export without them leaves one file."""
    moments = store_together.moments(store.connection)
    return together_csv(moments, clock) if moments else None


def no_moments_csv(clock: Clock) -> str:
    """The moments' table with its header and no rows."""
    return together_csv((), clock)


def save_export(path: Path, text: str) -> None:
    """Write an export atomically, readable by the user only (it holds private notes)."""
    atomic_write(path, text)
