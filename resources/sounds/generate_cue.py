"""Write soft-cue.wav: a short, quiet two-tone chime (a sine with slow fades), our own sound.

Run it from this folder with any Python 3: ``python3 generate_cue.py``. Only the standard library.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
SECONDS = 0.9
VOLUME = 0.18  # quiet: a cue, not an alarm
TONES = (528.0, 792.0)  # a fifth apart, the upper one softer
FADE_IN = 0.06


def sample(t: float) -> float:
    envelope = min(1.0, t / FADE_IN) * math.exp(-4.0 * t / SECONDS)
    tone = math.sin(2 * math.pi * TONES[0] * t) + 0.35 * math.sin(2 * math.pi * TONES[1] * t)
    fade_out = min(1.0, (SECONDS - t) / 0.15)
    return VOLUME * envelope * fade_out * tone / 1.35


def main() -> None:
    frames = b"".join(
        struct.pack("<h", round(32767 * sample(i / RATE))) for i in range(int(RATE * SECONDS))
    )
    with wave.open(str(Path(__file__).with_name("soft-cue.wav")), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


if __name__ == "__main__":
    main()
