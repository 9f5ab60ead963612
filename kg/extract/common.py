"""Helpers shared by the extractor components: evidence, token classes, lexicon matchers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import TypeVar

from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from kg import gazetteer
from kg.ingest import _DATELINE  # the one definition of a dateline
from kg.model import Evidence, Release

T = TypeVar("T")

QUOTE_CHARS = "\"“”„«»"
POSSESSIVE = {"'s", "’s", "'", "’"}
# Lower-case words allowed inside a capitalised name or title ("Office for Democratic
# Institutions and Human Rights", "Special Representative on Combating Trafficking").
CONNECTORS = {"of", "for", "on", "and", "in", "against", "to", "the", "at", "de", "des", "du"}


def joins_name(doc: Doc, k: int) -> bool:
    """Does the lower-case word at token k go on joining a name: a connector ("Ministry | of | Justice"), "with"
    between two capitalised words, the first a plural ("Persons | with | Disabilities", "Children | with | ..."), or
    "from" after a protection or a freedom ("Protection | from | Discrimination")?"""
    token = doc[k]
    if not token.is_lower:
        return False
    if token.lower_ in CONNECTORS:
        return True
    if token.lower_ == "from" and 0 < k < len(doc) - 1:
        # "Protection | from | Discrimination": what a protection or a freedom is from, no place ("the Working Group on
        # Transport and Road Infrastructure | from Tiraspol": where its members come from)
        return doc[k - 1].text in {"Protection", "Freedom"} and is_title_word(doc[k + 1]) \
            and doc[k + 1].ent_type_ not in {"GPE", "LOC", "PERSON", "NORP"}
    return token.lower_ == "with" and 0 < k < len(doc) - 1 and is_title_word(doc[k - 1]) \
        and doc[k - 1].tag_ in {"NNS", "NNPS"} and is_title_word(doc[k + 1])


def evidence(release: Release, doc: Doc, start: int, end: int) -> Evidence:
    """Evidence for ``release.text[start:end]``, with the sentence it sits in."""
    span = doc.char_span(start, end, alignment_mode="expand")
    sentence = ""
    if span is not None and len(span):
        sent = span.sent  # found by walking the tokens: once
        sentence = doc_text(doc)[sent.start_char : max(sent.end_char, span.end_char)]
    return Evidence(release.id, start, end, release.text[start:end], sentence.strip())


def evidence_spans(doc: Doc, evidence_list: Iterable[Evidence]) -> Iterator[Span]:
    """The spans of the doc that pieces of evidence cover (those that cover whole tokens of it)."""
    for ev in evidence_list:
        span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
        if span is not None:
            yield span


def dateline_end(release: Release) -> int:
    """Offset just after the dateline ("VIENNA, 6 July 2015 – "), 0 when there is none."""
    offset = len(release.title) + 2
    if not release.paragraphs:
        return 0
    match = _DATELINE.match(release.paragraphs[0])
    return offset + match.end() if match else 0


def is_title_word(token: Token) -> bool:
    """A capitalised word ("Director", "Co-", "OSCE"), not punctuation or a number."""
    return is_title_text(token.text)


def is_title_text(text: str) -> bool:
    """``is_title_word`` of a token's text (a loop over token strings makes no Token)."""
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


_ELIDED = re.compile(r"[a-z]{1,4}['’](\w+)")


def is_elided_particle(token: Token) -> bool:
    """A surname written with an elided lower-case particle: "d’Aubigny", "d'Alessio", "dell’Orto"."""
    match = _ELIDED.fullmatch(token.text)
    return match is not None and match.group(1)[0].isupper()


def is_possessive(token: Token) -> bool:
    return token.text in POSSESSIVE and token.i > 0 and not token.doc[token.i - 1].is_punct


def workplace_start(doc: Doc, i: int) -> int | None:
    """"a cutter at | the Naryn Wool Mill", "a senior adviser at | the Netherlands’ X", "a volunteer with | X": where
    the name of the place an occupation of the lexicon is exercised starts, when token i is the "at" or "with" after
    the occupation; one works at a body, never at a person."""
    if not (0 < i < len(doc) - 1 and doc[i].lower_ in {"at", "with"} and doc[i - 1].is_lower
            and (doc[i - 1].lower_ in gazetteer.lexicon().occupations or _indefinite_noun(doc, i - 1))):
        return None
    k = i + 2 if doc[i + 1].lower_ == "the" else i + 1
    if k < len(doc) and doc[k].ent_type_ == "GPE" and doc[k].ent_id_ and doc[k].ent_iob_ == "B" \
            and (state_end := ent_end(doc, k)) < len(doc) and is_possessive(doc[state_end]):
        k = state_end + 1  # "the Netherlands’ | X": the body's State
    return k if k < len(doc) and is_title_word(doc[k]) else None


def _article_before(doc: Doc, k: int) -> int | None:
    """The "a" or "an" that opens an indefinite phrase ending in token k ("a | senior | conservator", "a |
    co-|ordinator"), over up to four lower-case words that are no stop words (not "a customs officer who has worked"),
    or None."""
    j = k
    while j > max(k - 5, 1) and (doc[j - 1].is_lower and doc[j - 1].is_alpha and not doc[j - 1].is_stop
                                 or doc[j - 1].text == "-"):
        j -= 1
    return j - 1 if j >= 1 and doc[j - 1].lower_ in {"a", "an"} else None


def _indefinite_noun(doc: Doc, k: int) -> bool:
    """Is token k the noun of an indefinite apposition after a person's name ("X, a guesthouse | owner at", "X, a shop
    | steward at"): someone's occupation, though no occupation of the lexicon?"""
    if not (doc[k].is_alpha and len(doc[k]) > 2 and not doc[k].is_stop and doc[k].pos_ not in {"VERB", "AUX"}):
        return False
    article = _article_before(doc, k)
    return article is not None and article >= 2 and doc[article - 1].text == "," \
        and is_title_word(doc[article - 2]) and doc[article - 2].ent_type_ in {"", "PERSON"}


def described_workplace(doc: Doc, i: int) -> tuple[int, int] | None:
    """"a printer at | Drukarnia Nad Opawą |, a printing house in Głubczyce", "a mediator at | Základná škola Slnečná |,
    a primary school in X": where someone's occupation is exercised at a name that an apposition then describes as a
    kind of place in a town, the name is a body's, whatever its words (another language's lower-case ones too) and
    whatever the occupation. Token i is the "at" or "with"; the name's bounds, or None."""
    if not (0 < i < len(doc) - 3 and doc[i].lower_ in {"at", "with"} and doc[i - 1].is_lower
            and doc[i - 1].pos_ == "NOUN" and _article_before(doc, i - 1) is not None):
        return None  # ("a senior conservator at", "a cellar master at")
    start = i + 2 if doc[i + 1].lower_ == "the" else i + 1
    end = start
    while end < min(start + 6, len(doc)) and doc[end].is_alpha \
            and (is_title_word(doc[end]) or doc[end].is_lower and (not doc[end].is_stop or foreign_particle(doc[end]))):
        end += 1
    if end == start or end + 3 >= len(doc) or not is_title_word(doc[start]) or not is_title_word(doc[end - 1]) \
            or doc[end].text != "," or doc[end + 1].lower_ not in {"a", "an"}:
        return None
    j = end + 2
    while j < min(end + 7, len(doc)) and (doc[j].is_lower or is_possessive(doc[j])) and doc[j].lower_ != "in":
        j += 1  # ", a family | workshop | in Konjic", ", a pickers' rights group in Vakhsh"
    return (start, end) if j > end + 2 and j < len(doc) and doc[j].lower_ == "in" and doc[j - 1].pos_ == "NOUN" \
        else None


def translated_body(doc: Doc, i: int) -> tuple[int, int] | None:
    """"a director of | Kivotos Elpidas (Ark of Hope)", "compliance officer at | Jadranska štedna banka (Adriatic
    Savings Bank)", "the civic initiative | Azat Hraparak (Free Square)": a name in another language with its
    translation in brackets, where an occupation is exercised or after the kind of body it is, names a body, never a
    person. Token i is the "of", "at" or "with" after a lower-case occupation, or the kind word; the name's bounds, or
    None."""
    if not 0 < i < len(doc) - 4:
        return None
    word = doc[i]
    occupied = word.lower_ in {"of", "at", "with"} and doc[i - 1].is_lower \
        and doc[i - 1].lower_ in gazetteer.lexicon().occupations
    kind = word.is_lower and word.lower_ in TRANSLATED_KINDS \
        and any(t.lower_ == "the" for t in doc[max(i - 4, 0) : i])
    if not (occupied or kind):
        return None
    start = i + 2 if occupied and doc[i + 1].lower_ == "the" else i + 1
    start += doc[start].text == "NGO"  # "director of the NGO | X (Y)"
    end = start
    while end < min(start + 6, len(doc)) and doc[end].is_alpha and not doc[end].ent_id_ \
            and (is_title_word(doc[end]) or end > start and doc[end].is_lower and not doc[end].is_stop):
        if doc[end].lower_ in TRANSLATED_KINDS:
            return None  # "president of the Roma association | X (Y)": the name follows its kind (read there)
        end += 1
    if end == start or not is_title_word(doc[start]) or bracketed_translation(doc, end) is None:
        return None
    return start, end


def bracketed_translation(doc: Doc, k: int) -> int | None:
    """"Lëvizja Transparenca | (Transparency Movement)": where the brackets opened at token k close, when they hold a
    name's translation (capitalised words, with their connectors, possessives and particles; no acronym); else None."""
    if k + 2 >= len(doc) or doc[k].text != "(":
        return None
    close = next((j for j in range(k + 2, min(k + 10, len(doc))) if doc[j].text == ")"), None)
    if close is None or not is_title_word(doc[k + 1]) or doc[k + 1].text.isupper() \
            or not all(is_title_word(t) or is_possessive(t) or t.is_lower and (t.lower_ in CONNECTORS
                                                                                 or foreign_particle(t))
                       for t in doc[k + 1 : close]):
        return None
    return close


def lemma_is_speech(token: Token) -> bool:
    words = gazetteer.lexicon().speech_verbs
    return token.lower_ in words or (token.pos_ == "VERB" and token.lemma_.lower() in {"say", "add", "stress"})


@cache
def _make_doc(vocab: Vocab):
    return English(vocab=vocab).make_doc


@cache
def _phrase_matcher(vocab: Vocab, kind: str) -> PhraseMatcher:
    lex = gazetteer.lexicon()
    make = _make_doc(vocab)
    if kind == "role":
        matcher = PhraseMatcher(vocab)
        phrases = list(lex.role_heads)
    elif kind == "document":
        matcher = PhraseMatcher(vocab)
        phrases = list(lex.document_heads)
    elif kind == "event":
        matcher = PhraseMatcher(vocab, attr="LOWER")
        phrases = list(lex.event_heads)
    elif kind == "series":
        matcher = PhraseMatcher(vocab, attr="LOWER")
        for entry in gazetteer.event_series():
            matcher.add(entry.key, [make(t) for t in (entry.name, *entry.aliases)])
        return matcher
    else:
        raise ValueError(kind)
    matcher.add(kind, [make(p) for p in phrases])
    return matcher


def phrase_spans(doc: Doc, kind: str) -> list[Span]:
    """Longest non-overlapping matches of a lexicon list ("role", "document", "event", "series"),
    found once per doc (several extractors ask)."""
    def find() -> list[Span]:
        spans = [Span(doc, s, e, label=m) for m, s, e in _phrase_matcher(doc.vocab, kind)(doc)]
        return sorted(filter_spans(spans), key=lambda s: s.start)

    return once_per_doc(doc, f"kg.phrases.{kind}", find)


def once_per_doc(doc: Doc, key: str, make: Callable[[], T]) -> T:
    """``make()``, made once per doc and kept in its ``user_data`` under ``key``: for what several extractors, or
    one extractor many times, ask of the same doc."""
    if key not in doc.user_data:
        doc.user_data[key] = make()
    return doc.user_data[key]


def role_head_tokens(doc: Doc) -> set[int]:
    """Indices of tokens inside a role head ("Executive Director"), capitalised uses only."""
    return {t.i for s in phrase_spans(doc, "role") if is_title_word(s[0]) for t in s}


def ent_start(doc: Doc, i: int) -> int:
    """First token of the entity token i is in."""
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return i


def ent_end(doc: Doc, i: int) -> int:
    """The token after the entity token i is in (its first or any other)."""
    i += 1
    while i < len(doc) and doc[i].ent_iob_ == "I":
        i += 1
    return i


def has_org_head(text: str) -> bool:
    heads = gazetteer.lexicon().org_heads
    words = re.findall(r"[\w.-]+", text)
    # ("the Itchan Kala State Museum-Reserve": an organization word as the first part of a capitalised compound)
    return any(w in heads or "-" in w and w.istitle() and w.split("-")[0] in heads for w in words) \
        or any(h in text for h in org_heads_of_words())


@cache
def org_heads_of_words() -> tuple[str, ...]:
    """The organization words of more than one word ("Red Cross") or of more than one token ("Co-operative"), picked
    out once, not on every call."""
    return tuple(h for h in gazetteer.lexicon().org_heads if " " in h or "-" in h)


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once: spaCy joins every token's text anew on each access, which took a
    quarter of the extractors' time."""
    text = doc.user_data.get("kg.text")
    if text is None:
        text = doc.user_data["kg.text"] = doc.text
    return text


def token_strings(doc: Doc, attr: str) -> list[str]:
    """Every token's ``attr`` ("ORTH", "LOWER", "LEMMA") as a list of strings, read once per doc: a loop
    over the whole doc that looks for a few words finds them here without making a Token of every word
    (making Tokens was half of the extractors' time)."""
    strings = doc.vocab.strings
    return once_per_doc(doc, f"kg.tokens.{attr}", lambda: [strings[h] for h in doc.to_array(attr).tolist()])


def is_acronym(text: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", text)
    return 2 <= len(letters) <= 10 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 2) \
        and " " not in text


def initials(name: str) -> str:
    """"EFJ" for "European Federation of Journalists": the first letters of a name's capitalised words."""
    return "".join(w[0] for w in name.split() if w[0].isupper()) if " " in name else ""


def and_in_clause(doc: Doc, i: int, limit: int) -> int | None:
    """The token of the first "and" from token i, within ``limit`` tokens and before any punctuation, with two
    tokens after it ("X, who led the team | and is Adviser", "X, the team's coach | and a lecturer"); else None."""
    k = i
    while k + 2 < len(doc) and k - i < limit and not doc[k].is_punct and doc[k].lower_ != "and":
        k += 1
    return k if k + 2 < len(doc) and doc[k].lower_ == "and" else None


def in_portfolio_list(doc: Doc, comma: int, last: int) -> bool:
    """"Minister of Science, Higher Education and Innovation, X": a comma between capitalised words of a
    list that "and" closes before token ``last`` is inside the title."""
    return 0 < comma < last and is_title_word(doc[comma - 1]) and is_title_word(doc[comma + 1]) \
        and any(t.lower_ == "and" for t in doc[comma + 1 : last])


def before_bracketed_acronym(doc: Doc, i: int) -> int:
    """Index of the token before "(ODIHR)" when doc[i] closes a bracketed acronym, else i: "Director
    of the Office for Democratic Institutions and Human Rights (ODIHR) X" keeps its title before X."""
    if i >= 2 and doc[i].text == ")" and doc[i - 2].text == "(" and is_acronym(doc[i - 1].text):
        return i - 3
    if i >= 3 and doc[i].text == ")" and doc[i - 3].text == "(" and is_acronym(doc[i - 2].text) \
            and (doc[i - 1].is_title or is_acronym(doc[i - 1].text)):
        return i - 4  # "(UN Women)", "(OSCE PA)": a short name of an acronym and a word or another acronym
    if i >= 4 and doc[i].text == ")" and doc[i - 2].text == "," and is_acronym(doc[i - 1].text) \
            and (opened := next((j for j in range(i - 3, max(i - 14, -1), -1) if doc[j].text in "(),"), None)) \
            is not None and doc[opened].text == "(" and is_title_word(doc[opened + 1]):
        return opened - 1  # "(Mərkəzi Seçki Komissiyası, CEC)": its own-language name, then the acronym
    if i >= 3 and doc[i].text == ")" \
            and (opened := next((j for j in range(i - 2, max(i - 6, -1), -1) if doc[j].text in "(),"), None)) \
            is not None and doc[opened].text == "(" and opened >= 1 and _body_before(doc, opened) \
            and is_title_word(doc[opened + 1]) and all(t.is_alpha and not t.ent_id_ for t in doc[opened + 1 : i]):
        # "the National Assembly (Országgyűlés)", "the Bihać Safe House (Sigurna kuća Bihać)": its own-language name
        # alone
        return opened - 1
    return i


def _body_before(doc: Doc, k: int) -> bool:
    """Does a body's name end right before token k: the model's organization with an organization word, or a State
    closing one ("the National Council of the Slovak Republic")?"""
    if doc[k - 1].ent_type_ == "ORG":
        return has_org_head(doc[ent_start(doc, k - 1) : k].text)
    if doc[k - 1].ent_type_ != "GPE" or not doc[k - 1].ent_id_:
        return False
    state = ent_start(doc, k - 1)
    of = state - 1 - (state > 0 and doc[state - 1].lower_ == "the")
    return of >= 1 and doc[of].lower_ == "of" and has_org_head(doc[max(of - 5, 0) : of].text)


def spelled_by_acronym(doc: Doc, start: int, end: int) -> int | None:
    """"the Norway Post Group (NPG)": where the name that the bracketed acronym after token ``end`` spells starts,
    at token ``start`` or up to two capitalised words before it; None when it spells none (a person's name has no
    acronym)."""
    acronym = bracketed_acronym(doc, end)
    if acronym is None:
        return None
    for s in range(start, max(start - 3, -1), -1):
        if s < start and not is_title_word(doc[s]):
            return None
        if initials(doc[s:end].text) == acronym:
            return s
    return None


def bracketed_acronym(doc: Doc, end: int) -> str | None:
    """"Group of Experts on ... (GRETA)": the acronym in brackets right after a name ending at token ``end``."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
            and (is_acronym(doc[end + 1].text) or re.fullmatch(r"(?:[A-Z][a-z]{1,3}){2,3}", doc[end + 1].text)):
        return doc[end + 1].text  # (and "ElCom": an acronym of syllables)
    if end + 4 < len(doc) and doc[end].text == "(":
        # "(CRP/K)": an acronym the tokenizer split at its slash or hyphen, written without spaces
        close = next((j for j in range(end + 3, min(end + 6, len(doc))) if doc[j].text == ")"), None)
        if close is not None and not any(t.whitespace_ for t in doc[end + 1 : close - 1]) \
                and is_acronym(text := doc[end + 1 : close].text):
            return text
    if end + 4 < len(doc) and doc[end].text == "(":
        # "(Agentia Nationala Asistenta Sociala, ANAS)": its own-language name, then the acronym that spells it
        close = next((j for j in range(end + 3, min(end + 16, len(doc))) if doc[j].text in {")", "("}), None)
        if close is not None and doc[close].text == ")" and doc[close - 2].text == "," \
                and is_acronym(doc[close - 1].text) and is_title_word(doc[end + 1]) \
                and all(t.is_alpha or t.text in {"-", "’", "'"} for t in doc[end + 1 : close - 2]) \
                and re.sub(r"[^A-Z]", "", doc[close - 1].text) in {
                    initials(doc[end + 1 : close - 2].text),
                    # ("(Direzione nazionale antimafia e antiterrorismo, DNAA)", "(Medijski savjet za samoregulaciju,
                    # MSS)": a name in sentence case, its words but the particles)
                    "".join(t.text[0] for t in doc[end + 1 : close - 2] if t.is_alpha and len(t.text) > 2
                            and t.lower_ not in gazetteer.lexicon().name_particles_other_languages).upper()}:
            return doc[close - 1].text
    if end + 3 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "known":
        # "the Union of ..., known by its Slovene acronym ZOBS" / "..., known as ZOBS": the same, in words.
        for j in range(end + 3, min(end + 8, len(doc))):
            if doc[j - 1].lower_ in {"acronym", "abbreviation", "as"} and doc[j].text.isupper() \
                    and is_acronym(doc[j].text):
                return doc[j].text
            if doc[j].is_punct:
                break
    return None


def strip_the(text: str) -> str:
    return re.sub(r"^(?:the|The|THE)\s+", "", text).strip()


def strip_possessive(text: str) -> str:
    return re.sub(r"\s*['’]s?$", "", text).strip()


def clean_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token bounds without a leading article or trailing possessive and punctuation."""
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct):
        end -= 1
    return start, end


# Occupations exercised for a news outlet, and the words that name an outlet's kind.
_MEDIA_WORK = re.compile(r"(?:^|[^a-z-])(?:editor-in-chief|correspondent|journalist|reporter|editor|columnist|"
                         r"photographer|cameraman|presenter|anchor|publisher|producer)$")
OUTLET_WORDS = {"newspaper", "website", "outlet", "magazine", "portal", "broadcaster", "agency", "weekly", "daily",
                "channel", "station", "radio", "newsroom"}
# Services whose ranks are written "<rank> of <service>" ("Major General of Police", "Colonel of Justice").
SERVICES = {"Police", "Justice", "Militia"}
# Lower-case words for a place a name is one of: "the Khatlon region", "the local community of X", "Uvs province".
PLACE_NOUNS = {"region", "province", "district", "oblast", "county", "canton", "municipality", "city", "town",
               "village", "community", "settlement", "velayat", "etrap"}
# Kinds of company a name may follow: "the fruit exporter X", "the dry port operator X".
COMPANY_KINDS = {"company", "firm", "exporter", "importer", "manufacturer", "operator", "supplier", "utility",
                 "cooperative", "co-operative", "retailer", "insurer", "airline", "bank"}
# The kinds of body a name is introduced by ("the public foundation X", "the NGO X"), outlets and companies included.
BODY_KINDS = OUTLET_WORDS | COMPANY_KINDS | {"foundation", "association", "charity", "ngo", "centre", "center", "group",
                                            "network", "movement", "organization", "organisation", "watchdog",
                                            "clinic", "union", "club", "federation", "helpline", "hotline", "shelter",
                                            "society", "watch", "party", "alliance", "coalition"}
# The kinds of body a name with its translation in brackets may follow ("the civic initiative X (Y)").
TRANSLATED_KINDS = BODY_KINDS | {"initiative", "platform", "factory", "plant", "enterprise", "institute"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"}
# A protected area is a place ("a fire in the X National Park"), and a body when it has an office ("Director of the X
# National Park"); never a person.
PARK_WORDS = {"National Park", "Nature Park", "Natural Park", "Marine Park", "Regional Park", "Landscape Park",
              "Nature Reserve", "Marine Reserve", "Biosphere Reserve"}
# Sites that are bodies too when someone holds an office or works there ("Director of X Airport", "a receptionist at
# the X Hotel"), and only places or venues otherwise ("flew into X Airport").
STAFFED_SITE_WORDS = {"Airport", "Hotel", "House"}


def outlet_context(doc: Doc, start: int) -> bool:
    """Is the name starting at token ``start`` a news outlet by what precedes it: its kind ("the news
    website X", "the daily X") or a media occupation exercised for it ("a correspondent for [the
    independent] X", "the editor-in-chief of X")? Such a name is an organization, never a person."""
    end = ent_end(doc, start)
    start = _broadcaster_start(doc, start)
    if outlet_word_after(doc, end) is not None:
        return False  # "the São Paulo daily X": the outlet's seat, the outlet after its kind
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "based":
        return False  # "the editor of the Tirana-based portal X": the outlet's seat
    # The model may tag the kind a proper noun when it stands before a name ("news portal Lupa").
    if start > 0 and _kind_word(doc[start - 1]) and doc[start - 1].pos_ in {"NOUN", "ADJ", "PROPN"}:
        return True
    k = start - 1
    while k >= 0 and start - k <= 5 and doc[k].is_lower and doc[k].pos_ in {"DET", "ADJ", "NOUN", "PROPN"}:
        k -= 1
    return k >= 1 and doc[k].lower_ in {"for", "of", "with", "at"} \
        and bool(_MEDIA_WORK.search(doc[max(0, k - 5) : k].text.lower()))


def outlet_word_after(doc: Doc, k: int) -> int | None:
    """"the São Paulo | daily X", "the Podgorica | investigative news portal X": the outlet's kind (its index) after
    a place and the lower-case words that qualify the kind, when a name follows the kind; else None."""
    start = k

    def outlet(j: int) -> bool:  # ("the Batumi | news site X")
        return doc[j].is_lower and (doc[j].lower_ in OUTLET_WORDS or doc[j].lower_ == "site" and _kind_word(doc[j]))

    while k < len(doc) and k - start < 3 and doc[k].is_lower and doc[k].pos_ in {"ADJ", "NOUN", "PROPN"} \
            and not outlet(k):
        k += 1
    return k if k + 1 < len(doc) and outlet(k) and is_title_word(doc[k + 1]) else None


# Words a broadcaster's name opens with, which the model leaves out of the name it tags ("TV | Zlatni Breg").
BROADCAST_WORDS = {"TV", "Radio", "Television"}


def _broadcaster_start(doc: Doc, start: int) -> int:
    return start - 1 if start > 0 and doc[start - 1].text in BROADCAST_WORDS and doc[start - 1].ent_iob_ != "I" \
        else start


def she_or_he_subject(token: Token | None) -> bool:
    """Is ``token`` "she" or "he" as a subject ("She is the director of ...")? Such a sentence speaks of a person."""
    return token is not None and token.lower_ in {"she", "he"} and token.dep_.startswith("nsubj")


def _kind_word(token: Token) -> bool:
    if token.lower_ == "site" and token.i > 0:  # "the news site X"; not "the construction site X"
        return token.doc[token.i - 1].lower_ in {"news", "web", "media"}
    if token.lower_ == "operative" and token.i > 1:
        return token.doc[token.i - 2 : token.i + 1].text.lower() == "co-operative"  # written in three tokens
    return token.lower_ in BODY_KINDS and (token.is_lower or token.text == "NGO")


def outlet_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token bounds of the names written as news outlets (see ``outlet_context``), and of the other
    mentions of the same names ("... after X published her article"). Found once per doc."""
    return once_per_doc(doc, "kg.outlets", lambda: _outlet_spans(doc))


def _outlet_spans(doc: Doc) -> list[tuple[int, int]]:
    ents = [_closed_at_bracket(e) for e in doc.ents
            if e.label_ in NAME_LABELS and not e.ent_id_ and is_title_word(e[0])]
    names = {e.text for e in ents if outlet_context(doc, e.start)}
    untagged = list(_untagged_outlets(doc))
    names.update(doc[s:e].text for s, e in untagged)
    # ("a reporter at Zhaiyq Zhanalary, | X Y, said": the model ran the outlet's name on over a comma into a person's)
    spans = {(_broadcaster_start(doc, e.start), _untagged_words_end(doc, e.end) if (comma := _comma_in(e)) is None
              else comma) for e in ents if e.text in names}
    # ("the network Atminties Tiltai", then "the members of Atminties Tiltai": its other mentions, however tagged)
    for s, e in [b for b in untagged if b[1] - b[0] >= 2]:  # (one word, "Port", may be any other's word)
        untagged += [(m.start, m.end) for m in written_at(doc, doc[s:e].text) if m.start != s]
    for b in untagged:
        # ("Zëri | i Tokës": the name with its particles is longer than the model's word)
        inside = {(s, e) for s, e in spans if b[0] <= s and e <= b[1] and (s, e) != b}
        if not any(s < b[1] and b[0] < e for s, e in spans - inside):
            spans = (spans - inside) | {b}
    return sorted(spans)


def _closed_at_bracket(span: Span) -> Span:
    """"Bashkë-Zaedno (Together": the model's span cut before a bracket it opens and does not close."""
    opened = open_bracket(span.doc, span.start, span.end)
    return span if opened is None or opened == span.start else span.doc[span.start : opened]


def open_bracket(doc: Doc, start: int, end: int) -> int | None:
    """The first "(" between tokens ``start`` and ``end`` that is not closed before ``end``, or None."""
    opened = next((i for i in range(start, end) if doc[i].text == "("), None)
    if opened is None or any(doc[i].text == ")" for i in range(opened, end)):
        return None
    return opened


def _comma_in(span: Span) -> int | None:
    return next((t.i for t in span if t.text == ","), None)


def other_language_bodies(doc: Doc) -> list[tuple[int, int]]:
    """Token bounds of the bodies named in another language, opened by one of its organization words (lexicon) and
    running over capitalised words and that language's lower-case words between them: "the Asociación de Pastores de
    Aliste", "Italy’s Corpo Nazionale Soccorso Alpino e Speleologico". Found once per doc."""
    return once_per_doc(doc, "kg.other_language_bodies", lambda: _other_language_bodies(doc))


def _other_language_bodies(doc: Doc) -> list[tuple[int, int]]:
    lexicon = gazetteer.lexicon()
    spans = []
    i = 0
    while i < len(doc):
        last = i
        if doc[i].text in lexicon.org_words_other_languages and not (i > 0 and is_title_word(doc[i - 1])):
            # (a name in brackets after the English one keeps to the particles: the rules for such glosses read it)
            glossed = _in_brackets(doc, i)
            k = i + 1
            while k < len(doc):
                if is_title_word(doc[k]) or re.match(r"[dl][’'][A-ZÀ-Þ]", doc[k].text):  # ("Côte d’Opale")
                    last = k
                elif not (doc[k].is_lower and (doc[k].lower_ in lexicon.name_particles_other_languages
                                               or not glossed and _other_language_word(doc[k]) and k - last <= 3)
                          # ("Xatt il|-|Kenn": a hyphen inside the name's words)
                          or doc[k].text == "-" and not doc[k].whitespace_ and not doc[k - 1].whitespace_):
                    break
                k += 1
            if not glossed and k < len(doc) and doc[k].text in {",", "(", ".", ";"} and 1 < k - last <= 4 \
                    and all(t.is_lower and _other_language_word(t) for t in doc[last + 1 : k]):
                last = k - 1  # "the Centar za | građansku hrabrost,": the name ends in its language's lower-case words
            # ("the Consell General | of Andorra": the State the body is of, written in English after its name)
            state = last + 2
            if last > i and state < len(doc) and doc[last + 1].lower_ == "of" and doc[state].ent_type_ == "GPE" \
                    and doc[state].ent_id_ and doc[state].ent_iob_ == "B":
                last = next((j for j in range(state + 1, len(doc)) if doc[j].ent_iob_ != "I"), len(doc)) - 1
        if last > i:
            spans.append((i, last + 1))
        i = last + 1
    return spans


# Sentence openers that name whom the speaker speaks for ("Speaking for X, a network of ..., chairwoman Y said").
_SPEAKING_FOR = (("speaking", "for"), ("speaking", "on", "behalf", "of"), ("on", "behalf", "of"), ("for",))
# The kinds of body an apposition after such a name may call it ("a citizens’ group", "a network of women editors").
_APPOSED_KINDS = TRANSLATED_KINDS | {"committee", "league", "collective", "council"}


def spoken_for_bodies(doc: Doc) -> list[tuple[int, int]]:
    """Token bounds of the names a sentence opens by speaking for, described right after as a kind of body ("Speaking
    for Novi Korak, a network of young volunteers, chairwoman X said", "For Gun Nury, a women’s network, ..."): names
    with no organization word, often in their own language, that the model tags as people or not at all. Found once
    per doc."""
    return once_per_doc(doc, "kg.spoken_for_bodies", lambda: list(_spoken_for_bodies(doc)))


def _spoken_for_bodies(doc: Doc) -> Iterator[tuple[int, int]]:
    for sent in doc.sents:
        opening = tuple(t.lower_ for t in sent[:4])
        opener = next((o for o in _SPEAKING_FOR if opening[: len(o)] == o), None)
        if opener is None:
            continue
        start = k = sent.start + len(opener)
        while k < sent.end and (is_title_word(doc[k]) or k > start and k + 1 < sent.end and is_title_word(doc[k + 1])
                                and (foreign_particle(doc[k]) or doc[k].text == "-" and not doc[k].whitespace_)):
            k += 1
        if not start < k <= start + 6 or k + 3 >= sent.end or doc[k].text != "," \
                or doc[k + 1].lower_ not in {"a", "an"} or any(t.ent_id_ for t in doc[start:k]):
            continue  # (a State or a body the gazetteers know is read by their own rules)
        j = first = k + 2
        # "a citizens’ group", "a Roma women's association", "a network of ...": the kind, after what it serves
        while j < sent.end and j - first <= 4 and not (doc[j].is_lower and doc[j].lower_ in _APPOSED_KINDS) \
                and (doc[j].is_lower and doc[j].pos_ in {"ADJ", "NOUN"} or doc[j].ent_type_ == "NORP"
                     or is_possessive(doc[j]) or doc[j].text == "-"):
            j += 1
        if j + 1 < sent.end and doc[j].is_lower and doc[j].lower_ in _APPOSED_KINDS \
                and not (doc[j + 1].is_lower and doc[j + 1].pos_ == "NOUN"):  # ("a group leader": a person)
            yield start, k


def _in_brackets(doc: Doc, i: int) -> bool:
    """Is token i inside brackets opened in its sentence?"""
    words = doc[doc[i].sent.start : i]
    return sum(t.text == "(" for t in words) > sum(t.text == ")" for t in words)


def _other_language_word(token: Token) -> bool:
    """"the Združenje | policistk | Slovenije", "the Centar za | građansku hrabrost": a lower-case word of the body's
    own language among its capitalised ones (no English stop word or verb)."""
    return token.is_alpha and not token.is_stop and token.pos_ not in {"VERB", "AUX"}


def holds_words(name: str, words: str) -> bool:
    """Does ``name`` hold ``words`` as whole words ("the OSCE Mission to Serbia" holds "Mission"; "the Majesty
    Foundation" does not hold "His Majesty")?"""
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", name) is not None


def written_at(doc: Doc, name: str, skip: tuple[int, int] = (0, 0)) -> Iterator[Span]:
    """The spans where ``name`` is written as whole words, outside ``skip`` (the navigation and dateline, if given)."""
    for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", doc_text(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is not None and not skip[0] <= match.start() < skip[1]:
            yield span


def _untagged_words_end(doc: Doc, end: int) -> int:
    """"the daily La Crónica | Abierta": the model may end an outlet's name before its last capitalised words."""
    while end < len(doc) and is_title_word(doc[end]) and not doc[end].ent_type_ and not doc[end].is_sent_start:
        end += 1
    return end


def foreign_particle(token: Token) -> bool:
    """"Most | za | Mladi", "Zëri | i | Tokës": a short lower-case word of another language (no English stop word but
    the Albanian and Catalan "i") inside a name."""
    return token.is_lower and token.is_alpha and len(token.text) <= 3 and (not token.is_stop or token.text == "i")


def _untagged_outlets(doc: Doc) -> Iterator[tuple[int, int]]:
    """"the news portal Istraga", "the daily Jornal do Planalto", "the public foundation X": a name after
    an outlet's or a body's kind that the model tagged as nothing (or as a person), its lower-case
    particles included."""
    particles = gazetteer.lexicon().name_particles
    lowered = doc_text(doc).lower()
    if not any(word in lowered for word in BODY_KINDS):
        return  # most releases name no outlet: no need to look at every token
    lowers = token_strings(doc, "LOWER")
    for i in range(len(doc) - 1):
        if lowers[i] not in BODY_KINDS and lowers[i] != "site":
            continue  # no kind of body (its Token is not made)
        token = doc[i]
        if not _kind_word(token):
            continue
        k = token.i + 1
        # ("the Roma organization Katar Aves" tagged whole: the name goes on inside the model's span)
        inside = token.ent_type_ == "ORG" and k < len(doc) and doc[k].ent_iob_ == "I"
        while k < len(doc) and (is_title_word(doc[k]) and not doc[k].ent_id_
                                # ("the group Occhi | sulla Necropoli": a word of another language the model took
                                # for a people's)
                                and (doc[k].ent_type_ in {"", "PERSON", "NORP"} or foreign_particle(doc[k - 1])
                                     or inside and doc[k].ent_iob_ == "I"
                                     # ("the women's shelter Streha | e Dritës": the model's one-word ORG opens it)
                                     or k == token.i + 1 and doc[k].ent_type_ == "ORG" and doc[k].ent_iob_ == "B"
                                     # ("the group Too | Kyrany", the second word tagged a place by the model)
                                     or k > token.i + 1 and doc[k].ent_type_ in {"GPE", "ORG", "LOC", "NORP"})
                                or (doc[k].text in particles or foreign_particle(doc[k])) and k + 1 < len(doc)
                                and is_title_word(doc[k + 1]) and k > token.i + 1
                                or _inner_apostrophe(doc, k)
                                or k > token.i + 1 and is_elided_particle(doc[k])  # "Les Voix | d’Argent"
                                # ("the NGO Promo|-LEX": a name's hyphen, capitals after it)
                                or k > token.i + 1 and doc[k].text == "-" and not doc[k - 1].whitespace_
                                and not doc[k].whitespace_ and k + 1 < len(doc) and doc[k + 1].is_alpha
                                and doc[k + 1].text[:1].isupper()
                                # ("the broadcaster TV 25": a channel's number ends its name)
                                or k > token.i + 1 and doc[k].is_digit and len(doc[k].text) <= 3
                                # ("the broadcaster Adjara TV and Radio")
                                or doc[k].lower_ == "and" and doc[k - 1].text in BROADCAST_WORDS
                                and k + 1 < len(doc) and doc[k + 1].text in BROADCAST_WORDS):
            # (after "za", the model's tag of the word is no guide: "Most za | Mladi")
            k += 2 if doc[k].text == "-" else 1
        if k > token.i + 1 and (doc[token.i + 1].ent_type_ == "" or (doc[token.i + 1].ent_iob_ == "B" or inside)
                                and (k == len(doc) or doc[k].ent_iob_ != "I")) and outlet_context(doc, token.i + 1):
            yield token.i + 1, k


def _inner_apostrophe(doc: Doc, k: int) -> bool:
    """"Yorug | ‘ | Yo‘l": a name's letter written as an apostrophe (the Uzbek o‘ and g‘), which the tokenizer splits
    off the word it ends, when a title word follows."""
    return doc[k].text in {"‘", "ʻ", "'", "’"} and k > 0 and not doc[k - 1].whitespace_ and k + 1 < len(doc) \
        and doc[k - 1].is_alpha and is_title_word(doc[k + 1])


def list_head(doc: Doc, i: int) -> str:
    """The lower-case word a list of names and adjectives from token i qualifies ("..., Roma, Ashkali and Egyptian
    | communities", "and Italian national | minorities"); "" past the end."""
    k = i
    while k < len(doc) and k - i < 20 and (doc[k].text in {",", "and", "or", "-", "/"}
                                           or doc[k].is_title and doc[k].is_alpha
                                           or doc[k].is_lower and doc[k].pos_ == "ADJ"):
        k += 1
    return doc[k].lower_ if k < len(doc) else ""

