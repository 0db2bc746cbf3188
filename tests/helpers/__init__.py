"""Test doubles for the app's seams (time, scheduling): kept out of the package, so they never
ship in the wheel."""
