"""Shared fixtures: the real CLI run as a subprocess on the real seeds."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def run_kg(*args: str, cwd: Path | None = None, check: bool = False, **kwargs) -> subprocess.CompletedProcess:
    """Run ``kg ARGS`` with this interpreter, as a user would from a shell."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200"}
    proc = subprocess.run(
        [sys.executable, "-m", "kg", *args],
        cwd=cwd or ROOT, env=env, capture_output=True, text=True, timeout=600, **kwargs,
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"kg {' '.join(args)} exited {proc.returncode}:\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory) -> Path:
    """``kg build`` of the seeds, once per test session: the output folder."""
    out = tmp_path_factory.mktemp("seeds-build")
    run_kg("build", str(SEEDS), "--out", str(out), check=True)
    return out


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder
