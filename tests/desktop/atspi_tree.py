"""Print one app's accessibility tree as JSON, as a screen reader sees it over AT-SPI.

Run by the system Python, which has the AT-SPI bindings (python3-pyatspi); the app's own virtual
environment does not. Usage: ``atspi_tree.py PID [--press NAME]``; ``--press`` first does the
default action (a click) of the first push button called NAME.
"""

import json
import sys

import pyatspi

MAX_DEPTH = 40


def application(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.get_process_id() == pid:
            return app
    return None


def walk(node, window, depth, found):
    if depth > MAX_DEPTH:
        return
    try:
        role = node.getRoleName()
        entry = {
            "role": role,
            "name": node.name or "",
            "description": node.description or "",
            "window": window,
            "showing": node.getState().contains(pyatspi.STATE_SHOWING),
        }
    except Exception:  # the widget went away while being read
        return
    found.append(entry)
    if depth == 1:
        window = entry["name"]
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            walk(child, window, depth + 1, found)


def press(app, name):
    for node in pyatspi.findAllDescendants(app, lambda n: n.name == name):
        if node.getRoleName() == "push button":
            node.queryAction().doAction(0)
            return True
    return False


def main():
    pid = int(sys.argv[1])
    app = application(pid)
    if app is None:
        print(json.dumps(None))
        return
    if len(sys.argv) > 3 and sys.argv[2] == "--press" and not press(app, sys.argv[3]):
        sys.exit(f"no push button called {sys.argv[3]!r}")
    found = []
    walk(app, "", 0, found)
    print(json.dumps(found))


main()
