"""The guidance content as plain data: breathing patterns (and where the pacer stands at a given
moment), body-scan steps, reflection prompts and cards.

:mod:`pausetimer.core.guidance` reads these from the content files; the guidance window shows them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Phase:
    kind: str  # "in", "hold" or "out"
    seconds: float
    label: str  # what to do, e.g. "Breathe in through your nose"
    level: float  # size of the pacer shape at the end of the phase, 0..1


@dataclass(frozen=True)
class PacerPosition:
    """Where a pattern is after some elapsed seconds."""

    cycle: int  # 1-based
    phase_index: int
    phase: Phase
    phase_progress: float  # 0..1 within the phase
    phase_seconds_left: float
    start_level: float  # size of the shape when this phase began
    finished: bool

    @property
    def level(self) -> float:
        """Linear size between the phase's start and end level (the UI adds easing)."""
        return self.start_level + (self.phase.level - self.start_level) * self.phase_progress


@dataclass(frozen=True)
class BreathingPattern:
    key: str
    name: str
    why: str
    phases: tuple[Phase, ...]
    cycles: int  # how many cycles one session has (fixed, or derived from the minutes)
    then: str = ""  # the guidance section to offer when the pattern ends ("" for none)

    @property
    def cycle_seconds(self) -> float:
        return sum(phase.seconds for phase in self.phases)

    @property
    def total_seconds(self) -> float:
        return self.cycle_seconds * self.cycles

    def position(self, elapsed: float) -> PacerPosition:
        elapsed = max(0.0, elapsed)
        if elapsed >= self.total_seconds:
            last = self.phases[-1]
            return PacerPosition(
                self.cycles, len(self.phases) - 1, last, 1.0, 0.0, self._level_before(-1), True
            )
        cycle_index, into_cycle = divmod(elapsed, self.cycle_seconds)
        for index, phase in enumerate(self.phases):
            if into_cycle < phase.seconds or index == len(self.phases) - 1:
                progress = min(1.0, into_cycle / phase.seconds)
                return PacerPosition(
                    cycle=int(cycle_index) + 1,
                    phase_index=index,
                    phase=phase,
                    phase_progress=progress,
                    phase_seconds_left=max(0.0, phase.seconds - into_cycle),
                    start_level=self._level_before(index),
                    finished=False,
                )
            into_cycle -= phase.seconds
        raise AssertionError("unreachable: a pattern has at least one phase")

    def _level_before(self, index: int) -> float:
        """The shape's size when phase ``index`` starts (a cycle starts where the last ended)."""
        return self.phases[index - 1].level if index != 0 else self.phases[-1].level


@dataclass(frozen=True)
class Breathing:
    title: str
    dizzy_note: str
    default_pattern: str
    patterns: tuple[BreathingPattern, ...]
    # The short pattern that "Breathe first" starts at once, when the return time has come.
    quick_pattern: str = ""

    def pattern(self, key: str) -> BreathingPattern:
        """The pattern with ``key``, or the default one for an unknown key (old settings)."""
        by_key = {pattern.key: pattern for pattern in self.patterns}
        return by_key.get(key) or by_key.get(self.default_pattern) or self.patterns[0]


@dataclass(frozen=True)
class BodyScanStep:
    key: str
    title: str
    text: str
    seconds: float


@dataclass(frozen=True)
class BodyScanPosition:
    step_index: int
    step_seconds_left: float
    finished: bool


@dataclass(frozen=True)
class BodyScan:
    minutes: int
    intro: str
    steps: tuple[BodyScanStep, ...]

    @property
    def total_seconds(self) -> float:
        return sum(step.seconds for step in self.steps)

    def step_start(self, index: int) -> float:
        return sum(step.seconds for step in self.steps[:index])

    def position(self, elapsed: float) -> BodyScanPosition:
        elapsed = max(0.0, elapsed)
        start = 0.0
        for index, step in enumerate(self.steps):
            if elapsed < start + step.seconds:
                return BodyScanPosition(index, start + step.seconds - elapsed, False)
            start += step.seconds
        return BodyScanPosition(len(self.steps) - 1, 0.0, True)


@dataclass(frozen=True)
class BodyScans:
    title: str
    intro: str
    versions: tuple[int, ...]  # minutes, ascending
    _steps: tuple[tuple[str, str, str, tuple[float, ...]], ...]  # key, title, text, seconds

    def version(self, minutes: int) -> BodyScan:
        """The version closest to ``minutes`` (settings allow any length; content has three)."""
        chosen = min(self.versions, key=lambda option: (abs(option - minutes), option))
        column = self.versions.index(chosen)
        steps = tuple(
            BodyScanStep(key, title, text, seconds[column])
            for key, title, text, seconds in self._steps
        )
        return BodyScan(chosen, self.intro, steps)


@dataclass(frozen=True)
class ReflectionPrompt:
    key: str  # stable: stored as the prompt of an answer in the database
    text: str
    hint: str


@dataclass(frozen=True)
class Reflection:
    title: str
    intro: str
    prompts: tuple[ReflectionPrompt, ...]


@dataclass(frozen=True)
class Card:
    title: str
    paragraphs: tuple[str, ...]
    items: tuple[str, ...]  # a short list (tips, or where to find help)


@dataclass(frozen=True)
class Guidance:
    language: str
    breathing: Breathing
    body_scan: BodyScans
    reflection: Reflection
    during: Card
    safety: Card
