"""The Qt-free heart of Pausetimer.

Nothing in this package may import Qt, APScheduler or plyer: it is plain Python that runs (and is
tested) without a display. Time always comes from an injected :class:`~pausetimer.core.clock.Clock`.
"""
