import os
import socket
from pathlib import Path

import pytest

# Qt needs a display; tests run without one.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
PAPER = REPO.parent / "shared" / "paper" / "assessing-the-anti-atrocity-toolbox.txt"


class NetworkUsed(AssertionError):
    pass


def _refuse(*args, **kwargs):
    raise NetworkUsed(f"a network connection was attempted: {args!r}")


def _refuse_non_local(original):
    # Unix-domain sockets (used by local IPC) are not the network; anything with an address is.
    def connect(self, address, *args, **kwargs):
        if self.family == getattr(socket, "AF_UNIX", None):
            return original(self, address, *args, **kwargs)
        raise NetworkUsed(f"a network connection was attempted to {address!r}")

    return connect


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """The application never opens a network connection (SPEC §8): any attempt fails the test."""
    monkeypatch.setattr(socket.socket, "connect", _refuse_non_local(socket.socket.connect))
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse_non_local(socket.socket.connect_ex))
    monkeypatch.setattr(socket.socket, "sendto", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)


@pytest.fixture(autouse=True)
def isolated_app_folders(tmp_path_factory, monkeypatch):
    """The application's data, settings and cache folders (core/paths.py) in a temporary folder:
    no test reads or writes the real user's."""
    folder = tmp_path_factory.mktemp("app-folders")
    for variable, name in (("ATROCITY_DESK_DATA_DIR", "data"), ("ATROCITY_DESK_SETTINGS_DIR", "settings"),
                           ("ATROCITY_DESK_CACHE_DIR", "cache")):
        monkeypatch.setenv(variable, str(folder / name))
    return folder
