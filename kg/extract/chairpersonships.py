"""Chairpersonships: "Serbia's 2015 OSCE Chairmanship", "the Polish OSCE 2022 Chairmanship",
"the Swiss Chairpersonship" -> (State, year); no year written -> the release's year."""

from __future__ import annotations

from functools import cache

from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg import gazetteer
from kg.extract.common import evidence
from kg.model import ChairpersonshipMention, Extraction, Release

CHAIR_WORDS = ["chairmanship", "chairpersonship", "chairpersonship-in-office", "chairmanship-in-office"]


@cache
def _matcher(vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    matcher.add("CHAIR", [[
        {"ENT_TYPE": {"IN": ["GPE", "NORP"]}, "OP": "+"},
        {"TEXT": {"IN": ["'s", "’s"]}, "OP": "?"},
        {"SHAPE": "dddd", "OP": "?"},
        {"TEXT": "OSCE", "OP": "?"},
        {"SHAPE": "dddd", "OP": "?"},
        {"LOWER": {"IN": CHAIR_WORDS}},
    ]], greedy="LONGEST")
    return matcher


def extract_chairpersonships(release: Release, doc: Doc, extraction: Extraction) -> None:
    by_iso = {s.iso: s for s in gazetteer.states()}
    found: dict[tuple[str, int], ChairpersonshipMention] = {}
    for _id, start, end in _matcher(doc.vocab)(doc):
        state = by_iso.get(doc[start].ent_id_)
        if state is None:
            continue
        years = [int(t.text) for t in doc[start:end] if t.shape_ == "dddd"]
        year = years[0] if years else (release.date.year if release.date else None)
        if year is None:
            continue
        span = doc[start:end]
        mention = found.setdefault((state.name, year), ChairpersonshipMention(state.name, year))
        mention.evidence.append(evidence(release, doc, span.start_char, span.end_char))
    extraction.chairpersonships.extend(found.values())
