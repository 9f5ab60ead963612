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
QUERIES = ROOT / "queries"
SAMPLE = ROOT / "tests" / "fixtures" / "sample.ttl"  # a hand-made graph in the shape of docs/data-model.md
ALL_QUERIES = sorted(p.name for p in QUERIES.glob("*.rq"))


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


# --------------------------------------------------------------------------- extraction
# The spaCy model loads once per test session (2 cores, shared machine).


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seed_extractions(nlp) -> dict:
    """Extraction of each seed release, by the release's first input file name."""
    from kg.extract import extract_releases
    from kg.ingest import ingest

    releases = ingest([str(SEEDS)]).releases
    return {Path(r.files[0]).name[:3]: ex for r, ex in zip(releases, extract_releases(releases, nlp), strict=True)}


@pytest.fixture
def extract_text(nlp):
    """Extract from a release written in the test: ``extract_text(title, *paragraphs, date=...)``; ``tag(doc)``, if
    given, returns the entities to put in place of the model's (as the model tagged the release a rule comes from)."""
    import datetime as dt

    from kg.extract import extract_release
    from kg.model import Release

    def run(title: str, *paragraphs: str, date: dt.date = dt.date(2021, 3, 3), place: str | None = "Vienna",
            release_id: str = "r1", tag=None):  # noqa: ANN001 - a function of a Doc
        release = Release(id=release_id, title=title, date=date, place=place, paragraphs=tuple(paragraphs))
        doc = nlp(release.text)
        if tag is not None:
            doc.ents = tag(doc)
        return extract_release(release, doc)

    return run
