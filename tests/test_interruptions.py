"""Builds that are killed or interrupted: the previous outputs stay whole and readable, no
temporary file is left as an output, and Ctrl-C exits 130 with one line."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph

from kg.cli import INTERRUPTED
from kg.files import WRITE_SIZE, remove_stale_temps, write_all_atomic

from .conftest import ROOT, run_kg

OUTPUTS = ("graph.ttl", "ontology.ttl", "graph.html")


def start_kg(*args: str, cwd: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200"}
    return subprocess.Popen([sys.executable, "-m", "kg", *args], cwd=cwd, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.fixture(scope="module")
def many(tmp_path_factory) -> dict:
    """A hundred and fifty releases; the full build of them once (outputs and duration) to compare with."""
    folder = tmp_path_factory.mktemp("many")
    inputs = folder / "inputs"
    inputs.mkdir()
    for i in range(150):
        body = "\n".join(f"Paragraph {j} of release {i}: delegations discussed co-operation, security and "
                         "human rights in the region." for j in range(30))
        (inputs / f"r{i:03}.txt").write_text(
            f"Release number {i} on co-operation\nVIENNA, {1 + i % 28} March 2020 – Release {i} begins.\n{body}\n",
            encoding="utf-8")
    (folder / "small").mkdir()
    (folder / "small" / "one.txt").write_text("The previous build\nVIENNA, 1 May 2019 – Old text.\n", encoding="utf-8")
    started = time.monotonic()
    run_kg("build", str(inputs), "--out", str(folder / "full"), "--no-cache", check=True)
    duration = time.monotonic() - started
    return {"inputs": inputs, "small": folder / "small", "duration": duration,
            "full": {name: (folder / "full" / name).read_bytes() for name in OUTPUTS}}


def previous_build(many: dict, out: Path) -> dict[str, bytes]:
    run_kg("build", str(many["small"]), "--out", str(out), check=True)
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def assert_outputs_whole(out: Path, old: dict[str, bytes], new: dict[str, bytes]) -> str:
    """Both outputs are the previous build's or both the new build's, and graph.ttl parses;
    nothing else is visible in the folder. Returns which build they are."""
    current = {name: (out / name).read_bytes() for name in OUTPUTS}
    assert current in (old, new), "outputs are neither the previous build nor the finished new one"
    assert len(Graph().parse(out / "graph.ttl", format="turtle")) > 0
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == sorted(OUTPUTS)
    return "old" if current == old else "new"


def wait_for_temp(proc: subprocess.Popen, out: Path) -> bool:
    """Poll until ``proc`` has a temporary output file open: the moment it writes."""
    mark = f".{proc.pid}."
    while proc.poll() is None:
        if any(mark in name for name in os.listdir(out)):
            return True
    return False


def test_sigkill_at_any_moment_leaves_previous_outputs(tmp_path, many):
    out = tmp_path / "out"
    old = previous_build(many, out)
    killed = 0
    temps_left = False
    # First while a temporary file is being written, then at moments through the build.
    for fraction in ("writing", 0.1, 0.25, 0.4, 0.55, 0.7, 0.85):
        proc = start_kg("build", str(many["inputs"]), "--out", str(out), "--no-cache", cwd=tmp_path)
        if fraction == "writing":
            caught = wait_for_temp(proc, out)
        else:
            time.sleep(many["duration"] * fraction)
            caught = proc.poll() is None
        proc.kill()
        proc.communicate()
        killed += caught
        state = assert_outputs_whole(out, old, many["full"])
        if caught and fraction == "writing":
            assert state == "old"
        temps_left |= any(p.name.endswith(".tmp") for p in out.iterdir())
    assert killed >= 4, "the builds finished before they could be killed"
    assert temps_left, "no kill landed while a temporary file existed"

    # A temporary file of a build still running (this process stands in for one) is kept.
    running = out / f".graph.ttl.{os.getpid()}.inprogress.tmp"
    running.write_text("partial", encoding="utf-8")
    proc = run_kg("build", str(many["inputs"]), "--out", str(out), "--no-cache", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert assert_outputs_whole(out, old, many["full"]) == "new"
    assert [p.name for p in out.iterdir() if p.name.endswith(".tmp")] == [running.name]


def test_ctrl_c_stops_with_one_line_and_exit_130(tmp_path, many):
    out = tmp_path / "out"
    old = previous_build(many, out)
    interrupted = 0
    # While the libraries load, while reading, and while writing the outputs.
    for moment in (0.05, 0.25, 0.5, "writing"):
        proc = start_kg("build", str(many["inputs"]), "--out", str(out), "--no-cache", cwd=tmp_path)
        if moment == "writing":
            running = wait_for_temp(proc, out)
        else:
            time.sleep(many["duration"] * moment)
            running = proc.poll() is None
        proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=60)
        assert_outputs_whole(out, old, many["full"])
        assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
        if not running:
            continue
        interrupted += 1
        assert proc.returncode == 130, stderr
        assert stderr.strip() == INTERRUPTED
        assert "Traceback" not in stderr + stdout
    assert interrupted >= 3, "the builds finished before Ctrl-C"


def test_stale_temps_of_dead_processes_are_removed(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    stale = tmp_path / f".graph.ttl.{pid}.x1y2.tmp"
    alive = tmp_path / f".graph.html.{os.getpid()}.x3y4.tmp"
    other = tmp_path / f".notes.txt.{pid}.x5y6.tmp"
    for path in (stale, alive, other):
        path.write_text("partial", encoding="utf-8")
    assert remove_stale_temps(tmp_path, {"graph.ttl", "graph.html"}) == [stale]
    assert not stale.exists() and alive.exists() and other.exists()


def test_failed_write_changes_nothing(tmp_path):
    first = tmp_path / "graph.ttl"
    first.write_text("old", encoding="utf-8")
    (tmp_path / "blocker").write_text("a file where a folder should be", encoding="utf-8")
    with pytest.raises(OSError):
        write_all_atomic({first: "new", tmp_path / "blocker" / "graph.html": "new"})
    assert first.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocker", "graph.ttl"]


def test_pieces_are_written_whole_and_in_order_across_batches(tmp_path):
    # Text, bytes and views of bytes, some larger than a batch, some far smaller.
    big = bytes(range(256)) * (WRITE_SIZE // 128)
    pieces = ["é" * 3, b"x", memoryview(big)[7:], "\n" * (WRITE_SIZE - 5), b"", memoryview(b"end")]
    expected = b"".join(p.encode("utf-8") if isinstance(p, str) else bytes(p) for p in pieces)
    write_all_atomic({tmp_path / "graph.ttl": iter(pieces), tmp_path / "small.txt": "one string"})
    assert (tmp_path / "graph.ttl").read_bytes() == expected
    assert (tmp_path / "small.txt").read_text(encoding="utf-8") == "one string"


def test_unwritable_output_folder_is_one_clear_error(tmp_path):
    (tmp_path / "a.txt").write_text("A title\nVIENNA, 1 May 2019 – Text.\n", encoding="utf-8")
    (tmp_path / "out").write_text("not a folder", encoding="utf-8")
    proc = run_kg("build", "a.txt", "--out", "out/sub", cwd=tmp_path)
    assert proc.returncode == 2
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith("Error: cannot write the outputs in out/sub:") and "--out" in line
