"""Accuracy on tests/gold_heldout: eight releases written blind (texts and gold before any extractor
ran on them; see its README for the first, untuned score). The floors are the F1 the extractors
reach there now, rounded down to 0.05: a change that loses generality fails here even when the
seeds and tests/gold_unseen still score 1.00. These releases have since guided fixes, so the
floors guard against regressions; they do not measure generality any more (the README's first
score did)."""

from __future__ import annotations

from pathlib import Path

from kg import eval as kg_eval
from kg.extract import extract_releases
from kg.ingest import ingest
from kg.resolve import resolve

GOLD = Path(__file__).parent / "gold_heldout"
FLOORS = {"people": 1.00, "roles": 0.95, "organizations": 1.00, "states": 1.00, "events": 1.00, "quotes": 1.00}


def test_heldout_gold_files_pair_with_their_inputs():
    golds = kg_eval.load_gold(GOLD)
    assert len(golds) == 8
    assert {f"{p.stem}.txt" for p in GOLD.glob("*.txt")} == set(golds)


def test_heldout_accuracy_meets_its_floors(nlp):
    golds = kg_eval.load_gold(GOLD)
    releases = ingest(sorted(str(p) for p in GOLD.glob("*.txt"))).releases
    kb = resolve(extract_releases(releases, nlp))
    report = kg_eval.evaluate(golds, kg_eval.predictions(kb, sorted(golds)))
    for kind, floor in FLOORS.items():
        assert report.counts[kind].f1 >= floor - 1e-9, (kind, report.counts[kind].as_dict())
    assert report.counts["event_dates"].recall == 1.0
