"""Participating States and Partners for Co-operation named in the title or body.

The gazetteer EntityRuler tags every name, alias ("Russia") and adjective ("Polish") with
the State's ISO code as entity id, so possessive ("Serbia's") and adjectival mentions count.
Counts ("the 57 OSCE participating States") are not State names and never match.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg import gazetteer
from kg.extract.common import dateline_end, evidence
from kg.model import Extraction, Release, StateMention


def extract_states(release: Release, doc: Doc, extraction: Extraction) -> None:
    by_iso = {s.iso: s for s in gazetteer.states()}
    skip = (len(release.title), dateline_end(release))
    found: dict[str, StateMention] = {}
    for ent in doc.ents:
        state = by_iso.get(ent.ent_id_)
        if state is None or ent.label_ not in {"GPE", "NORP"} or skip[0] <= ent.start_char < skip[1]:
            continue
        mention = found.setdefault(state.iso, StateMention(name=state.name, status=state.status))
        mention.evidence.append(evidence(release, doc, ent.start_char, ent.end_char))
    extraction.states.extend(sorted(found.values(), key=lambda m: m.evidence[0].start))
