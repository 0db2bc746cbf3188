from datetime import timedelta

from pausetimer.ui import texts
from pausetimer.ui.history.formatting import duration_text


def test_the_history_and_the_tray_round_a_length_alike(qapp: object) -> None:
    # 30 minutes and 10 seconds: both say 31, as the command line does ("31m").
    assert duration_text(30 * 60 + 10) == "31 min"
    assert texts.duration(timedelta(minutes=30, seconds=10)) == "31 minutes"
    assert duration_text(62 * 60) == "1 h 2 min"
    assert duration_text(3 * 24 * 3600) == "3 days"
