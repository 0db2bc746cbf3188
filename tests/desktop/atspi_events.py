"""Print, as JSON, the announcements and description changes one app sends over AT-SPI for a
while: what a screen reader would be told without moving its focus.

Run by the system Python (python3-pyatspi). Usage: ``atspi_events.py PID SECONDS``; prints
"listening" once the listeners are registered, then the events when the time is up.
"""

import json
import sys

import pyatspi
from gi.repository import GLib

KINDS = ("object:announcement", "object:property-change:accessible-description")


def main():
    pid, seconds = int(sys.argv[1]), float(sys.argv[2])
    seen = []

    def on_event(event):
        try:
            if event.source.getApplication().get_process_id() != pid:
                return
            seen.append(
                {
                    "type": str(event.type),
                    "text": str(event.any_data or ""),
                    "source": event.source.name or "",
                }
            )
        except Exception:  # the widget went away meanwhile
            return

    for kind in KINDS:
        pyatspi.Registry.registerEventListener(on_event, kind)
    GLib.timeout_add(int(seconds * 1000), pyatspi.Registry.stop)
    print("listening", flush=True)
    pyatspi.Registry.start()
    print(json.dumps(seen))


main()
