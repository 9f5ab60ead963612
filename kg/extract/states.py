"""Participating States and Partners named in the title or body.

The gazetteer EntityRuler tags every name, alias ("Russia") and adjective ("Polish") with
the State's ISO code as entity id, so possessive ("Serbia's") and adjectival mentions count.
Counts ("the 57 OSCE participating States") are not State names and never match. An adjective
naming a language or a people ("Russian-speaking communities", "the Latvian language",
"ethnic Poles", "the Polish minority", "taught in Ukrainian") names no State.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from kg import gazetteer
from kg.extract.common import dateline_end, evidence, is_possessive, list_head
from kg.gazetteer import StateEntry
from kg.model import Extraction, Release, StateMention


def extract_states(release: Release, doc: Doc, extraction: Extraction) -> None:
    by_iso = {s.iso: s for s in gazetteer.states()}
    lexicon = gazetteer.lexicon()
    skip = (len(release.title), dateline_end(release))
    found: dict[str, StateMention] = {}
    for ent in doc.ents:
        if skip[0] <= ent.start_char < skip[1]:
            continue
        state = by_iso.get(ent.ent_id_) if ent.label_ in {"GPE", "NORP"} else None
        if ent.label_ == "ORG":
            state, ent = _state_in_name(ent)
        if state is None:
            continue
        if ent.label_ == "NORP" and names_a_people_or_language(ent):
            continue
        if _inside_place_name(ent) or _inside_one_of(ent, lexicon.former_states) \
                or _inside_one_of(ent, lexicon.churches):
            continue
        mention = found.setdefault(state.iso, StateMention(name=state.name, status=state.status))
        mention.evidence.append(evidence(release, doc, ent.start_char, ent.end_char))
    extraction.states.extend(sorted(found.values(), key=lambda m: m.evidence[0].start))


def _inside_one_of(ent: Span, names: frozenset[str]) -> bool:
    """"the German | Democratic Republic", "Austria-|Hungary", "a Greek | Catholic church": a State's name or adjective
    inside one of ``names``: a State that is no more, a church named by a people's adjective."""
    window = ent.doc[max(ent.start - 4, 0) : ent.end + 4]
    text, offset = window.text, window.start_char
    for name in names:
        for at in (m.start() for m in re.finditer(re.escape(name), text)):
            if offset + at <= ent.start_char and ent.end_char <= offset + at + len(name):
                return True
    return False


# Words that close the name of a place of nature or a landmark.
LANDMARK_WORDS = {"park", "reserve", "forest", "mountains", "valley", "gorge", "lake", "river", "island", "islands",
                  "bridge", "square", "street", "airport"}
# Waters named "X of <State>" ("the Gulf of Finland").
WATERS_OF = {"Gulf", "Bay", "Sea", "Strait", "Straits"}


def _inside_place_name(ent: Span) -> bool:
    """"the Bohemian Switzerland National Park": a State's name between a capitalised word that is no name of its
    own and capitalised words closed by a landmark's word is part of that landmark's name; "the British Virgin
    Islands": so is a State's adjective before them."""
    doc = ent.doc
    if ent.start < 1:
        return False
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].text in WATERS_OF:
        return True  # "the Gulf of Finland": waters named after a State are no mention of it
    before = doc[ent.start - 1]
    # ("the British | Virgin Islands": a State's adjective may open such a name too)
    if ent.label_ != "NORP" and not (before.is_alpha and before.text[:1].isupper() and not before.is_sent_start
                                     and not before.ent_id_):
        return False
    k = ent.end
    while k < len(doc) and k - ent.end < 3 and doc[k].is_alpha and doc[k].text[:1].isupper():
        k += 1
    return k > ent.end and doc[k - 1].lower_ in LANDMARK_WORDS


_LIST_WORDS = {",", "and", "or", "-", "/"}


def _state_in_name(ent: Span) -> tuple[StateEntry | None, Span]:
    """"Mission to Ukraine", "Environment Agency Austria": a State named at the end of an organization's
    name (the ruler tags the whole name as ORG), or its adjective opening it, is a mention of that State."""
    doc = ent.doc
    for size in range(min(4, len(ent) - 1), 0, -1):
        tail = doc[ent.end - size : ent.end]
        state = gazetteer.find_state(tail.text)
        if state is not None and tail.text[0].isupper() and tail.text != state.iso:
            if tail.text in {state.name, *state.aliases}:  # the State's name, not its adjective
                return state, tail
    # "Hellenic Parliament": a gazetteer body whose name opens with a State's adjective
    head = doc[ent.start : ent.start + 1]
    state = gazetteer.find_state(head.text) if len(ent) > 1 else None
    if state is not None and head.text in state.adjectives:
        return state, head
    return None, ent


_LISTED = {"NORP", "LANGUAGE"}  # adjectives and language names in one list ("English and Russian")
# What a people keeps or is in another State ("Uzbek schools in Kyrgyzstan", "Tajik children in Afghanistan")
_KEPT_BY_A_PEOPLE = {"school", "schools", "village", "villages", "children", "pupils", "programme", "programmes"}


def _unknown_listed_word(doc, k: int) -> bool:  # noqa: ANN001 - a spaCy Doc
    """"speak Gagauz, Bulgarian ...": a capitalised word that names no State (the model may take it for a product,
    or alone amid a list for a person or a body, or an adjective for a place), followed by a list word."""
    # ("in Tajik, Shughni and Russian": a word alone the model took for a person's or a body's name, amid the list)
    lone_name = doc[k].ent_type_ in {"PERSON", "ORG"} and doc[k].ent_iob_ == "B" \
        and (k + 1 >= len(doc) or doc[k + 1].ent_iob_ != "I") and k > 0 and doc[k - 1].text in _LIST_WORDS
    # ("in Latvian, Latgalian and Russian": an adjective the model took for a place's name)
    adjective_as_place = doc[k].ent_type_ in {"GPE", "NORP"} and doc[k].text.endswith(("ian", "ish", "ic", "ese"))
    return (doc[k].ent_type_ in {"", "PRODUCT", "WORK_OF_ART"} or lone_name or adjective_as_place) \
        and doc[k].is_title and not doc[k].ent_id_ and k + 1 < len(doc) and doc[k + 1].text in _LIST_WORDS


def _language(token) -> bool:  # noqa: ANN001 - a spaCy Token
    """A language's name: tagged so, or one of the lexicon's ("Arabic", which the model may take for a place); or a
    people's noun ("Bosniak", "Roma"): an adjective listed with either names a language or a people too."""
    lexicon = gazetteer.lexicon()
    return token.ent_type_ == "LANGUAGE" or token.text in lexicon.language_names or token.text in lexicon.peoples \
        or _closes_compound_language(token) or _opens_sign_language(token)


def _opens_sign_language(token) -> bool:  # noqa: ANN001 - a spaCy Token
    """"Macedonian | Sign Language": the adjective before it names a language, not the State."""
    return token.lower_ == "sign" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "language"


def _people_or_tagged_language(token) -> bool:  # noqa: ANN001 - a spaCy Token
    """A people's noun ("Roma") or a word the model tagged a language: no country's adjective too ("Chinese")."""
    return token.text in gazetteer.lexicon().peoples or token.ent_type_ == "LANGUAGE"


def _closes_compound_language(token) -> bool:  # noqa: ANN001 - a spaCy Token
    """"Serbo-|Croatian", "Church |Slavonic": the last word of a language named by two words, which the model
    splits."""
    text, end = token.doc.text, token.idx + len(token.text)
    return any(text[max(end - len(name), 0) : end] == name for name in _language_names_of_words())


@cache
def _language_names_of_words() -> tuple[str, ...]:
    """The language names of two words ("Serbo-Croatian", "Church Slavonic"), picked out once, not on every call."""
    return tuple(name for name in gazetteer.lexicon().language_names if "-" in name or " " in name)


def _after_language_spoken(ent: Span) -> bool:
    """"speaks Polish in church, | Russian at the market": a language spoken (or spoken in) earlier in the clause,
    with no verb between, makes the adjective after the comma one more language."""
    doc, lex = ent.doc, gazetteer.lexicon()
    for p in range(ent.start - 2, max(ent.sent.start, ent.start - 10) - 1, -1):
        token = doc[p]
        if token.pos_ in {"VERB", "AUX"}:
            return False
        if (token.ent_type_ in _LISTED or _language(token)) and (token.head.lemma_.lower() in lex.language_verbs
                                                                  or token.head.lower_ == "in"):
            return True
    return False


def names_a_people_or_language(ent: Span) -> bool:
    """Is a State adjective used of a language or an ethnic group rather than of the State?

    "Russian-speaking", "Latvian and Russian languages", "the Polish minority": the noun the
    adjective (or the list of adjectives it is in) qualifies is a language or ethnic word;
    "ethnic Russians": the adjective follows "ethnic"; "in Russian", "speak Latvian": the
    adjective is the noun itself. "Serbian authorities", "Italian Undersecretary" name the State."""
    doc = ent.doc
    lex = gazetteer.lexicon()
    if _closes_compound_language(ent[-1]):
        return True  # "Serbo-Croatian"
    i, with_language, with_people = ent.end, False, False
    while i < len(doc):
        if doc[i].text == "-" and i + 1 < len(doc) and doc[i + 1].lower_ in lex.language_heads:
            return True  # "Russian-speaking", "Ukrainian-language"
        listed = doc[i].text in _LIST_WORDS and i + 1 < len(doc) and (doc[i + 1].ent_type_ in _LISTED
                                                                       or _language(doc[i + 1]))
        if not (listed or doc[i].ent_type_ in _LISTED or _language(doc[i])):
            break
        with_language = with_language or _language(doc[i])
        with_people = with_people or _people_or_tagged_language(doc[i])
        i += 1
    if i < len(doc) and doc[i].lower_ in lex.language_heads or list_head(doc, i) in lex.language_heads:
        return True  # "the Kosovo Albanian, Kosovo Serb, ... and Egyptian communities", "Hungarian ... minorities"
    # (not "on the Chinese and Russian borders": adjectives of a thing, a language's name another country's too; but
    # "Roma and Albanian journalists": a people's)
    of_a_thing = i < len(doc) and doc[i].is_lower and doc[i].pos_ == "NOUN"
    if with_people or with_language and not of_a_thing:
        return True  # "in Russian and English": listed with a language, a language
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "than" and _language(doc[ent.start - 2]):
        return True  # "speaks better English than Bosnian"
    if ent.start >= 3 and doc[ent.start - 1].lower_ in {"to", "into"} and doc[ent.start - 3].lower_ == "from" \
            and _language(doc[ent.start - 2]):
        return True  # "schools switched from Gagauz to Russian", "translated from Uzbek into Russian"
    if ent.start >= 2 and doc[ent.start - 1].lower_ in {"and", "or"} \
            and doc[ent.start - 2].lower_ in {"language", "languages"}:
        return True  # "in the three languages and Russian": one more language
    if i + 2 < len(doc) and doc[i].text == "," \
            and any(t.lower_ in {"language", "languages"} for t in doc[i + 1 : i + 5]):
        return True  # "the teaching of Romanian, the State language"
    if ent.label_ == "NORP" and ent.end < len(doc) and doc[ent.end].ent_type_ == "NORP" and doc[ent.end].ent_id_ \
            and doc[ent.end].ent_id_ != ent.ent_id_ and doc[ent.end].ent_iob_ == "B":
        return True  # "Greek Cypriot and Turkish Cypriot women": a community of the State named second
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.text[:1].isupper() and not before.ent_id_ \
            and before.ent_type_ in {"", "GPE", "LOC", "ORG"} and before.dep_ == "compound" \
            and ent.start <= before.head.i < ent.end and before.text not in lex.honorifics:
        return True  # "Kosovo Albanian members": a community named by its place, not the State
    k = ent.start - 1
    while k >= 0 and (doc[k].text in _LIST_WORDS or doc[k].ent_type_ in _LISTED
                      or _unknown_listed_word(doc, k) or _language(doc[k])):
        if _language(doc[k]) and (not of_a_thing or _people_or_tagged_language(doc[k])):
            return True  # "in English and Russian"
        k -= 1
    # "in Serbian and Hungarian", "a hotline in Kyrgyz, Russian and Uzbek": a later one of a list after "in",
    # whatever its parse (the model may take "Russian" for the subject of the verb that follows the list).
    listed_noun = k < ent.start - 1
    if k > 0 and doc[k].lower_ in {"only", "both", "either"}:
        k -= 1  # "spoke only Russian", "in both Albanian and Serbian"
        j = k
        while j > 0 and doc[j].text in _LIST_WORDS:
            j -= 1
        if j < k and _language(doc[j]):
            return True  # "speak Romani, or only Bosnian, Croatian and Serbian": more languages, after one
    if k >= 0 and doc[k].lower_ in {"ethnic", "ethnically"}:
        return True
    # ("read Russian well": the model may take "well" for a noun)
    head_is_noun = i < len(doc) and doc[i].pos_ in {"NOUN", "PROPN"} and doc[i].is_alpha \
        and doc[i].lower_ not in {"well", "better", "badly", "poorly", "fluently"}
    # (not "the Albanian, Montenegrin and Uzbek financial intelligence units": a lower-case word goes on after them)
    # ("we want Bosnian, Croatian and Serbian | to be respected": a word of another kind may)
    goes_on = i < len(doc) and doc[i].is_lower and doc[i].is_alpha and doc[i].pos_ in {"ADJ", "NOUN"}
    if not head_is_noun and not goes_on \
            and sum(1 for t in doc[k + 1 : i] if (t.ent_type_ in _LISTED or _language(t)) and t.ent_iob_ != "I") >= 3:
        return True  # "on the bus it is Azerbaijani, Armenian or Russian": three or more listed as nouns, languages
    if head_is_noun and doc[i].lower_ in _KEPT_BY_A_PEOPLE and (
            i + 2 < len(doc) and doc[i + 1].lower_ == "in" and doc[i + 2].ent_id_ and doc[i + 2].ent_id_ != ent.ent_id_
            or ent.start >= 2 and is_possessive(doc[ent.start - 1]) and doc[ent.start - 2].ent_id_
            and doc[ent.start - 2].ent_id_ != ent.ent_id_):
        # "Uzbek schools in Kyrgyzstan", "Canada’s French programmes": a people's or a language's schools in another
        # State, not the State's
        return True
    # ("Many speak only Kazakh, and some only Russian": the verb left out after "only")
    if not head_is_noun and ent.start >= 2 and doc[ent.start - 1].lower_ in {",", "and", "only"} \
            and _after_language_spoken(ent):
        return True  # "speaks Polish in church, Russian at the market", "read Bulgarian at home and Russian on TV"
    first = ent.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    verb = first.head
    if first.dep_ in {"nsubj", "nsubjpass"} and (verb.lemma_.lower() in lex.language_verbs or verb.lemma_ == "be"
                                                 and any(c.lower_ == "official" for c in verb.children)):
        # "where Albanian, Bosnian and the Gorani language are spoken", "Italian and Hungarian are official"
        return True
    # ("published in Kazakh and Russian | today": a word for when after it)
    stands_alone = i == len(doc) or doc[i].pos_ in {"PUNCT", "ADP", "CCONJ", "SCONJ", "ADV", "PART"} \
        and doc[i].text != "-" or doc[i].dep_ == "npadvmod" and doc[i].head.i < ent.start
    if stands_alone and first.dep_ in {"dobj", "pobj"} and first.i > 0 and doc[first.i - 1].lower_ != "the":
        # "pupils master Romanian", "asked me for Russian", "Canada with French": an adjective standing alone as the
        # object of a verb or a preposition is a language (a State's people take "the": "thanks to the Swiss")
        return True
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "the" \
            and doc[ent.start - 2].lemma_.lower() in lex.language_verbs:
        return True  # "who still speaks the Russian of her ancestors"
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "of" \
            and doc[ent.start - 2].lemma_.lower() in lex.language_teachers:
        return True  # "one teacher of Romanian travels ...", whatever the model made of the word after it
    if not head_is_noun and ent.start >= 1 and doc[ent.start - 1].lower_ in {"less", "more"}:
        return True  # "a parent who wanted less Romanian"
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "to" and doc[ent.start - 2].lemma_.lower() == "switch":
        return True  # "switched to Serbian for older clients"
    if ent.root.dep_ == "nsubj" and ent.root.head.lemma_ == "be" and any(
            c.dep_ == "attr" and c.lower_ in lex.language_heads for c in ent.root.head.children):
        return True  # "Russian was the language of every career"
    if ent.root.dep_ in {"attr", "acomp"} and ent.root.head.lemma_ == "be" and any(
            c.dep_ == "nsubj" and c.lower_ in {"language", "languages"} for c in ent.root.head.children):
        return True  # "the language of advancement was Russian for everyone"
    if not head_is_noun and k >= 0:
        # "taught in Latvian", "speak Russian and Ukrainian", "interprets between Turkish and Albanian", "their
        # Romanian is weak": the adjective stands as a noun, a language.
        # "a teacher of Polish", "interpreters for Gagauz and Bulgarian": what is taught or interpreted
        return doc[k].lower_ in {"in", "into", "from"} and (ent.root.dep_ == "pobj" or listed_noun) \
            or doc[k].lemma_.lower() in lex.language_verbs or doc[k].tag_ == "PRP$" \
            or doc[k].lower_ == "between" and k > 0 and doc[k - 1].lemma_.lower() in lex.language_verbs \
            or doc[k].lower_ in {"of", "for"} and k > 0 and doc[k - 1].lemma_.lower() in lex.language_teachers
    return False
