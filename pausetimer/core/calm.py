"""The calm check: "How flooded are you right now?", 0 (calm) to 10 (flooded), asked once at the
start and once before going back, and what the app suggests when the answer is still high.

Gottman's advice is to go back at the agreed time even when still flooded, and then to ask for a
specific amount of extra time; so a high rating never silences the reminder, it changes what the
reminder suggests.
"""

from __future__ import annotations

from datetime import timedelta

from pausetimer.core.errors import InputError

CALM_LOWEST = 0
CALM_HIGHEST = 10
# From this rating on, the reminder suggests breathing first and asking for more time.
STILL_FLOODED = 7
# At or below this rating the user counts as calm again (the "time to calm" statistics).
CALM_AGAIN = 3


def check_calm(value: object) -> int:
    """The rating as an int, or :class:`InputError` (exit 2) for anything outside 0-10."""
    if type(value) is not int:
        raise InputError(
            "calm_malformed", "A calm rating is a whole number from 0 to 10.", text=str(value)
        )
    if not CALM_LOWEST <= value <= CALM_HIGHEST:
        raise InputError(
            "calm_out_of_range",
            f"{value} is not a calm rating; use a whole number from 0 (calm) to 10 (flooded).",
            text=str(value),
        )
    return value


def parse_calm(text: str) -> int:
    """A rating typed on the command line ("7")."""
    try:
        value = int(text.strip())
    except ValueError:
        raise InputError(
            "calm_malformed", "A calm rating is a whole number from 0 to 10.", text=text
        ) from None
    return check_calm(value)


def still_flooded(rating: int | None) -> bool:
    return rating is not None and rating >= STILL_FLOODED


def suggested_extension(rating: int) -> timedelta:
    """How much more time to ask for when still flooded: the body needs about 20 minutes to come
    down, and from 9 on a little more."""
    return timedelta(minutes=30 if rating >= 9 else 20)
