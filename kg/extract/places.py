"""Places that are not OSCE States or Partners: the dateline city, regions, other countries.

A dateline in capitals ("VIENNA") is often labelled ORG by the model; its position, not
its label, makes it the release's place.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg import gazetteer
from kg.extract.common import dateline_end, evidence, strip_the
from kg.extract.organizations import looks_like_org
from kg.model import Extraction, PlaceMention, Release

NOT_PLACES = {"States", "State", "Partners"}


def place_name(text: str) -> str:
    text = strip_the(text)
    return text.title() if text.isupper() and len(text) > 3 else text


def extract_places(release: Release, doc: Doc, extraction: Extraction) -> None:
    found: dict[str, PlaceMention] = {}
    body_start = len(release.title) + 2
    end = dateline_end(release)
    if release.place and end:
        at = release.text.find(release.place.upper(), body_start, end)
        if at < 0:
            at = release.text.lower().find(release.place.lower(), body_start, end)
        if at >= 0:
            found[release.place] = PlaceMention(release.place, [
                evidence(release, doc, at, at + len(release.place))])
    people = {(e.start, e.end) for p in extraction.people for e in p.evidence}
    for ent in doc.ents:
        if ent.ent_id_ or body_start <= ent.start_char < end:
            continue
        # "in Ohrid" labelled ORG: a one-word name after "in" that is no organization's.
        city = (ent.label_ == "ORG" and len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ == "in"
                and not looks_like_org(ent.text))
        if ent.label_ not in {"GPE", "LOC"} and not city:
            continue
        name = place_name(ent.text)
        if name in NOT_PLACES or gazetteer.find_state(name) or gazetteer.find_org(name):
            continue
        if any(s <= ent.start_char < e for s, e in people):
            continue
        start = ent.start_char + (len(ent.text) - len(strip_the(ent.text)))
        found.setdefault(name, PlaceMention(name)).evidence.append(evidence(release, doc, start, ent.end_char))
    extraction.places.extend(sorted(found.values(), key=lambda p: p.evidence[0].start))
