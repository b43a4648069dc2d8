"""Where the explorer listens: `make run` serves this machine only unless ADDRESS says otherwise
(issue 15)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def listening(port: int) -> set[str]:
    """Addresses with a TCP socket listening on ``port`` (from /proc/net/tcp and tcp6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:
                raw = bytes.fromhex(address)
                if len(raw) == 4:
                    found.add(socket.inet_ntop(socket.AF_INET, raw[::-1]))
                else:
                    words = b"".join(raw[i : i + 4][::-1] for i in range(0, 16, 4))
                    found.add(socket.inet_ntop(socket.AF_INET6, words))
    return found


def make_run(*overrides: str, dry: bool = False) -> subprocess.Popen | subprocess.CompletedProcess:
    """`make run` with the test's interpreter (BIN) and no setup step (STAMP is any existing
    file)."""
    argv = [
        "make",
        "--no-print-directory",
        *(["-n"] if dry else []),
        "run",
        f"BIN={BIN}",
        "STAMP=Makefile",
        *overrides,
    ]
    if dry:
        return subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=60)
    env = {
        **os.environ,
        "NEWSGRAPH_RECORDS": str(ROOT / "tests" / "fixtures" / "sample_records.json"),
    }
    return subprocess.Popen(
        argv,
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def test_server_config_serves_loopback_by_default():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["address"] == "localhost"


def test_server_make_run_passes_the_address_and_serving_a_network_is_explicit():
    default = make_run(dry=True)
    assert default.returncode == 0, default.stderr
    assert "--server.address localhost" in default.stdout
    network = make_run("ADDRESS=0.0.0.0", "PORT=8600", dry=True)
    assert "--server.address 0.0.0.0 --server.port 8600" in network.stdout


@pytest.mark.skipif(
    not Path("/proc/net/tcp").exists(), reason="reads listening sockets from /proc/net"
)
def test_server_make_run_listens_on_loopback_only():
    port = free_port()
    proc = make_run(f"PORT={port}")
    try:
        deadline = time.monotonic() + 90
        while not listening(port) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        addresses = listening(port)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert addresses, "the explorer did not start"
    assert addresses <= {"127.0.0.1", "::1"}, f"listening on {addresses}"
