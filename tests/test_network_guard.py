"""The suite-wide guard of tests/conftest.py really stops network use, in-process and in the CLI."""

import socket
import subprocess
import sys

import pytest

from tests.conftest import NetworkUsed

GUARD = """
import socket, sys
def refuse(*a, **k):
    sys.stderr.write('NETWORK USED\\n'); sys.stderr.flush(); raise SystemExit(99)
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from atrocity_desk.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_guard_refuses_a_connection():
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(NetworkUsed):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM).connect(("127.0.0.1", 9))


@pytest.mark.parametrize("command", [["example", "{dir}/c.atrocase"], ["evidence", "--json"]])
def test_command_line_makes_no_connection(tmp_path, command):
    args = [a.format(dir=tmp_path) for a in command]
    result = subprocess.run([sys.executable, "-c", GUARD, *args], capture_output=True, text=True)
    assert "NETWORK USED" not in result.stderr
    assert result.returncode == 0, result.stderr
