"""The early signals ticked with a pause: their table, its migration and its queries.

One row per ticked signal (its stable key from the content files); the user's own words about
what happened just before are one more row, under ``own_words``, holding the text. The rows
belong to their pause: deleting the pause deletes them (``ON DELETE CASCADE``), and the store
wipes them out of the ``-wal`` like a reflection.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from pausetimer.core.signals import OWN_WORDS, PauseSignals


def migrate_add_signals(conn: sqlite3.Connection) -> None:
    conn.executescript(
        """
        CREATE TABLE pause_signals (
            pause_id INTEGER NOT NULL REFERENCES pauses (id) ON DELETE CASCADE,
            signal TEXT NOT NULL,                 -- the signal's stable key, or 'own_words'
            words TEXT NOT NULL DEFAULT '',       -- only for 'own_words': the user's text
            PRIMARY KEY (pause_id, signal)
        );
        """
    )


def load(conn: sqlite3.Connection, pause_id: int) -> PauseSignals:
    rows = conn.execute(
        "SELECT signal, words FROM pause_signals WHERE pause_id = ?", (pause_id,)
    ).fetchall()
    words = next((text for key, text in rows if key == OWN_WORDS), "")
    return PauseSignals(frozenset(key for key, _ in rows if key != OWN_WORDS), words)


def replace(conn: sqlite3.Connection, pause_id: int, signals: PauseSignals) -> bool:
    """Make the stored signals of ``pause_id`` exactly ``signals``; call inside a transaction.
    False when there is no such pause (nothing written)."""
    if conn.execute("SELECT 1 FROM pauses WHERE id = ?", (pause_id,)).fetchone() is None:
        return False
    conn.execute("DELETE FROM pause_signals WHERE pause_id = ?", (pause_id,))
    rows = [(pause_id, key, "") for key in sorted(signals.keys)]
    if signals.own_words.strip():
        rows.append((pause_id, OWN_WORDS, signals.own_words.strip()))
    conn.executemany("INSERT INTO pause_signals (pause_id, signal, words) VALUES (?, ?, ?)", rows)
    return True


def signals_in(
    conn: sqlite3.Connection, since: datetime | None, until: datetime | None
) -> dict[int, PauseSignals]:
    """The signals of every pause started in [since, until), by pause id (for the export)."""
    found: dict[int, tuple[set[str], str]] = {}
    for pause_id, key, words in conn.execute(
        "SELECT s.pause_id, s.signal, s.words FROM pause_signals s JOIN pauses p"
        " ON p.id = s.pause_id WHERE p.started_at >= ? AND p.started_at < ?"
        " ORDER BY s.pause_id, s.signal",
        (
            int(since.timestamp()) if since else -(2**62),
            int(until.timestamp()) if until else 2**62,
        ),
    ):
        keys, _words = found.setdefault(pause_id, (set(), ""))
        if key == OWN_WORDS:
            found[pause_id] = (keys, words)
        else:
            keys.add(key)
    return {pause_id: PauseSignals(frozenset(keys), own) for pause_id, (keys, own) in found.items()}
