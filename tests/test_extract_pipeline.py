"""The extractor registry, streaming extraction, the spaCy pipeline, and the accuracy targets on the seeds."""

from __future__ import annotations

from pathlib import Path

from kg import eval as kg_eval
from kg.extract import EXTRACTOR_VERSION, EXTRACTORS, extract_release, extract_releases
from kg.ingest import ingest
from kg.model import Extraction, Release
from kg.nlp import load_nlp
from kg.resolve import resolve

GOLD = Path(__file__).parent / "gold"
TARGETS = {"people": 0.95, "states": 0.98, "organizations": 0.85, "roles": 0.80, "quotes": 0.90}


def test_pipeline_has_the_gazetteer_ruler_before_ner_and_is_memoized(nlp):
    assert nlp.pipe_names.index("gazetteer_ruler") < nlp.pipe_names.index("ner")
    assert load_nlp() is nlp
    doc = nlp("VIENNA, 1 May 2020 – Serbia’s Minister met UNODC and the Dutch envoy.")
    assert {(e.text, e.ent_id_) for e in doc.ents if e.ent_id_} == {("Serbia", "RS"), ("UNODC", "unodc"),
                                                                     ("Dutch", "NL")}


def test_registry_and_streaming_order(nlp):
    assert list(EXTRACTORS)[:2] == ["states", "people"] and EXTRACTOR_VERSION
    releases = [Release(id=f"r{i}", title=f"Title {i}", date=None, place=None,
                        paragraphs=(f"Paragraph {i} about Malta.",)) for i in range(3)]
    out = list(extract_releases(iter(releases), nlp))
    assert [ex.release.id for ex in out] == ["r0", "r1", "r2"]
    assert all(isinstance(ex, Extraction) and ex.states[0].name == "Malta" for ex in out)


def test_extract_release_refuses_a_doc_of_other_text(nlp):
    release = Release(id="r", title="A", date=None, place=None, paragraphs=("B",))
    try:
        extract_release(release, nlp("something else"))
    except ValueError:
        return
    raise AssertionError("expected ValueError")


def test_seed_accuracy_meets_the_targets(nlp):
    golds = kg_eval.load_gold(GOLD)
    releases = ingest(sorted(str(p) for p in GOLD.glob("*.txt"))).releases
    kb = resolve(extract_releases(releases, nlp))
    report = kg_eval.evaluate(golds, kg_eval.predictions(kb, sorted(golds)))
    for kind, target in TARGETS.items():
        assert report.counts[kind].f1 >= target, (kind, report.counts[kind].as_dict())
    assert report.counts["event_dates"].recall == 1.0
    assert all(same for _f, _o, same in report.duplicates)
