"""Chairpersonships: "Serbia's 2015 OSCE Chairmanship", "the Polish OSCE 2022 Chairmanship",
"the Swiss Chairpersonship" -> (State, year); no year written -> the release's year."""

from __future__ import annotations

from spacy.tokens import Doc

from kg import gazetteer
from kg.extract.common import evidence, token_strings
from kg.model import ChairpersonshipMention, Extraction, Release

CHAIR_WORDS = {"chairmanship", "chairpersonship", "chairpersonship-in-office", "chairmanship-in-office"}


def _mentions(doc: Doc) -> list[tuple[int, int]]:
    """Token bounds of "<State> ['s] [year] [OSCE] [year] Chairmanship": each chairmanship word, read
    back over its optional words to the State's name (what a Matcher pattern opening with an optional
    run of entities would find, without trying that run at every place name)."""
    found = []
    # only the chairmanship words are looked at (a Token for each word of the doc cost more than the rest)
    for i, lower in enumerate(token_strings(doc, "LOWER")):
        if lower not in CHAIR_WORDS:
            continue
        token = doc[i]
        k = token.i - 1
        for wanted in ("year", "OSCE", "year"):
            if k >= 0 and (doc[k].shape_ == "dddd" if wanted == "year" else doc[k].text == wanted):
                k -= 1
        if k >= 0 and doc[k].text in {"'s", "’s"}:
            k -= 1
        end_of_state = k
        while k >= 0 and doc[k].ent_type_ in {"GPE", "NORP"}:
            k -= 1
        if k < end_of_state:
            found.append((k + 1, token.i + 1))
    return found


def extract_chairpersonships(release: Release, doc: Doc, extraction: Extraction) -> None:
    by_iso = {s.iso: s for s in gazetteer.states()}
    found: dict[tuple[str, int], ChairpersonshipMention] = {}
    for start, end in _mentions(doc):
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
