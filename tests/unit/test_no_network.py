"""The app has no network code: a rule read off the source, beside the real-desktop test that the
running app holds no IP socket. The one socket it makes is the local single-instance socket, a Unix
domain socket (or, on Windows, Qt's local socket)."""

from __future__ import annotations

import ast
from pathlib import Path

import pausetimer

PACKAGE = Path(pausetimer.__file__).resolve().parent
NETWORK_MODULES = {
    "asyncio",
    "ftplib",
    "http",
    "imaplib",
    "poplib",
    "requests",
    "smtplib",
    "ssl",
    "urllib",
    "xmlrpc",
}
# Only Qt's local socket classes, only in the Windows transport.
QT_NETWORK_ALLOWED = {
    ("qt_local_socket.py", "QLocalServer"),
    ("qt_local_socket.py", "QLocalSocket"),
}


def sources() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(), str(path))) for path in PACKAGE.rglob("*.py")]


def test_no_network_module_is_imported() -> None:
    found = []
    for path, tree in sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
                if node.module == "PySide6.QtNetwork":
                    found += [
                        f"{path.name}: {alias.name}"
                        for alias in node.names
                        if (path.name, alias.name) not in QT_NETWORK_ALLOWED
                    ]
                    continue
            else:
                continue
            found += [
                f"{path.name}: {name}" for name in names if name.split(".")[0] in NETWORK_MODULES
            ]
    assert found == []


def test_every_socket_is_a_unix_domain_socket() -> None:
    made, wrong = 0, []
    for path, tree in sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in {
                "AF_INET",
                "AF_INET6",
                "create_connection",
                "create_server",
                "getaddrinfo",
            }:
                wrong.append(f"{path.name}:{node.lineno}: {node.attr}")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "socket"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "socket"
            ):
                made += 1
                family = node.args[0] if node.args else None
                if not (isinstance(family, ast.Attribute) and family.attr == "AF_UNIX"):
                    wrong.append(f"{path.name}:{node.lineno}: a socket that is not AF_UNIX")
    assert made > 0  # the rule sees the single-instance socket, so it would see another one
    assert wrong == []
