"""Guidance during a pause: breathing pacer, body scan, reflection and the safety note."""

from pausetimer.ui.guidance.window import SECTIONS, GuidanceWindow

__all__ = ["SECTIONS", "GuidanceWindow"]
