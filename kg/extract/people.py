"""People: names in their fullest written form, titles stripped, later mentions resolved.

Candidates are spaCy PERSON entities, plus capitalised-name-shaped spans that the model
labelled otherwise (or missed) when the text's own structure marks them as people: a role
apposition after them ("X, Director of ..."), a role title before them, or a speech verb
beside them. A later surname-only mention ("Ms Konrad", "Special Envoy Cochetel") joins
the full name it ends.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.extract.common import (
    BODY_KINDS,
    CONNECTORS,
    PARK_WORDS,
    PLACE_NOUNS,
    QUOTE_CHARS,
    and_in_clause,
    before_bracketed_acronym,
    dateline_end,
    described_workplace,
    doc_text,
    ent_end,
    ent_start,
    evidence,
    has_org_head,
    in_portfolio_list,
    is_elided_particle,
    is_possessive,
    is_title_text,
    is_title_word,
    lemma_is_speech,
    list_head,
    org_heads_of_words,
    other_language_bodies,
    outlet_spans,
    role_head_tokens,
    she_or_he_subject,
    spelled_by_acronym,
    spoken_for_bodies,
    token_strings,
    translated_body,
    workplace_start,
)
from kg.extract.organizations import described_as_body
from kg.model import Extraction, PersonMention, Release
from kg.nlp import speaks_at

MAX_NAME_TOKENS = 6


def extract_people(release: Release, doc: Doc, extraction: Extraction) -> None:
    heads = role_head_tokens(doc)
    skip_before = dateline_end(release)
    spans: list[tuple[int, int]] = []  # token bounds of full-name candidates
    # A news outlet ("a correspondent for X") is an organization, whatever the model labelled it.
    # So is a body named in another language ("the Junta de Castilla y León"), and one spoken for ("Speaking for
    # Prona Jonë, a citizens’ group, ...").
    taken: set[int] = {i for s, e in (*outlet_spans(doc), *other_language_bodies(doc), *spoken_for_bodies(doc))
                       for i in range(s, e)}
    unmarked: list[tuple[int, int]] = []  # full names the model took for organizations, with no person's context
    runs = _name_runs(doc, heads)
    for ent in doc.ents:
        if ent.start_char < skip_before and ent.start_char >= len(release.title):
            continue
        if taken.intersection(range(ent.start, ent.end)):
            continue
        if release.place and any(doc[k : ent.end].text.casefold() == release.place.casefold()
                                 for k in range(max(ent.start - 3, 0), ent.start + 1)):
            continue  # the dateline's town, whatever the model took it for ("Kranjska | Gora": its last word alone)
        if ent.start >= 2 and doc[ent.start - 2].lower_ == "named" and doc[ent.start - 1].lower_ == "after":
            continue  # "the Centre ... named after X": a word of the body's name, the person no party to the news
        if ent.label_ == "PERSON" and _place_after_in(ent) and not _person_context(doc, ent.start, ent.end, heads) \
                and not _surname_speaks(doc, ent.start, ent.end):
            continue
        if ent.label_ == "PERSON" and _title_subject(doc, ent.start, ent.end, heads):
            continue
        if ent.label_ == "PERSON" and _town_of_holders_body(doc, ent):
            continue
        if ent.label_ == "PERSON" and not _person_context(doc, ent.start, ent.end, heads) \
                and _a_place_elsewhere(doc, ent, heads):
            continue  # "“But Bijelo Polje has shown ...”" after "a round table held in Bijelo Polje"
        if ent.label_ == "PERSON" and spelled_by_acronym(doc, ent.start, ent.end) is not None:
            continue  # "the Norway Post Group (NPG)": a body with its acronym
        if ent.label_ == "PERSON" and ent.start > 0 and doc[ent.start - 1].lower_ in {"a", "an"} \
                and ent.end < len(doc) and doc[ent.end].is_lower and doc[ent.end].pos_ == "NOUN":
            continue  # "an Art Nouveau building": the name of a style or a make, qualifying a thing
        if ent.label_ == "PERSON" and _bracketed_after_body(doc, ent.start, ent.end):
            continue  # "Statistics Iceland (Hagstofa Íslands)": a body's name in its own language
        if ent.label_ == "PERSON" and _listed_after_bodies(doc, ent.start):
            continue  # "two LGBTI associations, Duga Sjever (...) and the Centre ...": one of the bodies
        if ent.label_ == "PERSON" and described_as_body(doc, ent):
            continue  # "Temir Jolu, Kyrgyzstan’s national railway company": a body, by the kind in apposition
        if list_head(doc, ent.end) in gazetteer.lexicon().language_heads and doc[ent.end].text in {",", "and"}:
            continue  # "the Kosovo Albanian, Kosovo Serb, Bosniak ... communities": peoples listed, no person
        # ("said the City Hall had found": a body or a building the model tagged with its article is no person)
        if ent.label_ == "PERSON" or (not ent.ent_id_ and _inside_phrase(doc, ent.start, ent.end) is False
                                      and not (ent.label_ in {"ORG", "FAC"} and ent[0].lower_ == "the")
                                      and not _from_place(doc, ent.start)
                                      and _person_context(doc, ent.start, ent.end, heads)):
            end = ent.end
            if ent.label_ == "PERSON":
                # "Manizha Qodirzoda of Barki | Tojik": the model ran the name on into the body after "of".
                end = next((t.i for t in ent[2:] if t.text == "of"), end)
            bounds = _trim(doc, ent.start, end, heads)
            if bounds and _name_shaped(doc, *bounds, heads) and not _named_no_person(doc, *bounds) \
                    and not _workplace(doc, bounds[0]):
                # "Zoriana| Prybylska-Hnatiuk": the model cut the name after its first word; the name goes on.
                bounds = next((run for run in runs if run[0] == bounds[0] and run[1] > bounds[1]
                               and not taken.intersection(range(*run))), bounds)
                spans.append(bounds)
                taken.update(range(min(ent.start, bounds[0]), max(ent.end, bounds[1])))
        elif ent.label_ in {"ORG", "FAC"} and not ent.ent_id_ \
                and _inside_phrase(doc, start := _after_comma(ent), ent.end) is False:
            bounds = _trim(doc, start, ent.end, heads)
            if bounds and bounds[1] - bounds[0] >= 2 and _name_shaped(doc, *bounds, heads):
                unmarked.append(bounds)
    # "Among the speakers was Tatiana Guțu, whose ...", then "Guțu said": a full name whose last word alone is told
    # as a person's is that person's.
    alone = {doc[s].text for s, e in spans if e - s == 1}
    for start, end in unmarked:
        # ("the Muslim Community of X, | Imam Y Z": an honorific before the name the model ran a body's name into)
        if (doc[end - 1].text in alone or _called_she_or_he(doc, start, end) or _surname_speaks(doc, start, end)
                or _after_honorific(doc, start) and doc[start - 2].text == ","
                or doc[start - 1].text == "," and _person_context(doc, start, end, heads)) \
                and not taken.intersection(range(start, end)) and not _from_place(doc, start):
            spans.append((start, end))
            taken.update(range(start, end))
    # Names the model did not label at all ("Maud de Boer Buquicchio, Deputy ...").
    for start, end in runs:
        if taken.intersection(range(start, end)):
            continue
        if any(doc[i].ent_id_ for i in range(start, end)):
            continue
        if start - 1 in heads and end in heads:
            continue  # "the Deputy | Supreme Public | Prosecutor of X": words of an office, between its words
        if doc[start].idx >= skip_before and not _inside_phrase(doc, start, end) \
                and not _named_no_person(doc, start, end) and not _workplace(doc, start) \
                and not _from_place(doc, start) \
                and (_person_context(doc, start, end, heads) or _called_she_or_he(doc, start, end)
                     or _surname_speaks(doc, start, end)):
            spans.append((start, end))
            taken.update(range(start, end))
    people = _group(doc, spans)
    _add_later_mentions(doc, people, taken, heads)
    for name, bounds in people.items():
        mentions = sorted(set(bounds))
        extraction.people.append(PersonMention(
            name=name,
            evidence=[evidence(release, doc, doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for s, e in mentions],
        ))


def _after_comma(ent: Span) -> int:
    """"the University of X, | Y Z": the model ran a body's name on over a comma into the name after it; the words
    after the last comma, else the whole span."""
    return next((t.i + 1 for t in reversed(ent) if t.text == "," and t.i > ent.start), ent.start)


def _title_subject(doc: Doc, start: int, end: int, heads: set[int]) -> bool:
    """"Adviser on | Combating Anti-Semitism|, X", "X, Adviser on | Combating Anti-Semitism| at ODIHR": capitalised
    words after an office's "on" or "for", then a comma and a name or the office's body, are the office's subject,
    not a person."""
    if start < 2 or doc[start - 1].lower_ not in {"on", "for"} or start - 2 not in heads or end + 1 >= len(doc):
        return False
    return doc[end].text == "," and is_title_word(doc[end + 1]) and not doc[end + 1].ent_id_ \
        or doc[end].lower_ in {"at", "of", "in"} and (doc[end + 1].lower_ == "the" or is_title_word(doc[end + 1]))


def _called_she_or_he(doc: Doc, start: int, end: int) -> bool:
    """"X presented the findings of a survey. She is the director of ...": a full name that is its sentence's
    subject, the next sentence calling its subject "she" or "he", is a person's."""
    last = doc[end - 1]
    sentence = last.sent
    # "The session was opened by X. She is a member of ...": the agent closing its sentence, likewise.
    agent = start > 0 and doc[start - 1].lower_ == "by" and end < len(doc) and doc[end].text == "." \
        and end + 1 >= sentence.end
    if not agent and (last.dep_ not in {"nsubj", "nsubjpass"} or last.head != sentence.root
                      or start != sentence.start):
        return False
    return she_or_he_subject(next((t for t in doc[sentence.end : sentence.end + 3] if not t.is_space), None))


def _surname_speaks(doc: Doc, start: int, end: int) -> bool:
    """"... the testimony of X Hanabusa-Mori, a hibakusha", then "Hanabusa-Mori told her": the last word of a full
    name, written elsewhere beside a speech verb ("said Y", "Y told") or after "according to", is a person's."""
    surname = doc[start:end].text.split()[-1]
    if len(surname) < 3 or surname == doc[start:end].text:
        return False
    given = end - start - 1
    for match in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", doc_text(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is None or span.start < end and start < span.end:
            continue
        if span.start >= given and doc[span.start - given : span.end].text == doc[start:end].text:
            continue  # the whole name again ("the Higher Court in Bijelo Polje said"), no surname alone
        after = doc[span.end] if span.end < len(doc) else None
        before = doc[span.start - 1] if span.start > 0 else None
        if after is not None and lemma_is_speech(after) or before is not None and lemma_is_speech(before) \
                and before.i > 0 and doc[before.i - 1].text in QUOTE_CHARS + ",":
            return True
        if span.start >= 2 and doc[span.start - 2].lower_ == "according" and doc[span.start - 1].lower_ == "to":
            return True  # "According to Y, the volunteers have met ..."
    return False


def _named_no_person(doc: Doc, start: int, end: int) -> bool:
    """Is the name-shaped span a saint's, a storm's, a community's, a place's, a listed portfolio, a language's, a
    group of people's or a republic's ("Sign Language", "Older People", "the Latvian Soviet Socialist Republic"), by the
    words of its name or the list it is in?"""
    return _saint_storm_or_community(doc, start, end) or _place_by_its_kind(doc, start, end) \
        or _listed_portfolio(doc, start, end) \
        or doc[end - 1].text in {"Language", "Languages", "People", "Peoples", "Republic", "Republics"}


def _listed_portfolio(doc: Doc, start: int, end: int) -> bool:
    """"the Ministry of Labour, | Pension System|, Family and Social Policy": capitalised words between the commas of
    a body's listed portfolios, which "and" closes, are a portfolio, not a person."""
    if start < 4 or doc[start - 1].text != "," or end >= len(doc) or doc[end].text not in {",", "and"}:
        return False
    j = end
    while j < len(doc) and (doc[j].text == "," or is_title_word(doc[j])):
        j += 1
    if j + 1 >= len(doc) or doc[j].lower_ != "and" or not is_title_word(doc[j + 1]) or doc[j - 1].text == ",":
        # (not "the Ministry of Interior, | X|, thanked ... and said", nor "the Centre for Y, | X|, and Z, Director")
        return False
    org_heads = gazetteer.lexicon().org_heads
    for k in range(start - 3, max(start - 12, 0), -1):
        if doc[k].text in org_heads and doc[k + 1].lower_ in {"of", "for", "on"}:
            return True
        if not (is_title_word(doc[k]) or doc[k].text == "," or doc[k].lower_ in {"of", "for", "on", "and"}):
            return False
    return False


def _workplace(doc: Doc, start: int) -> bool:
    """Does the name at token ``start`` follow "a cutter at [the]", where an occupation is exercised: a body's?"""
    return any(workplace_start(doc, i) == start or (found := described_workplace(doc, i)) and found[0] == start
               or (named := translated_body(doc, i)) and named[0] == start
               for i in range(max(start - 5, 1), start))


def _saint_storm_or_community(doc: Doc, start: int, end: int) -> bool:
    """"the church of St Mary of ...", "Hurricane Fiona": a saint or a storm, no person of the release; nor is "Kosovo
    Serbs", a community named by its place and its people."""
    lexicon = gazetteer.lexicon()
    openers = lexicon.non_person_openers
    return doc[start].text in openers or start > 0 and doc[start - 1].text in openers \
        or end - start == 2 and doc[end - 1].text in lexicon.peoples


# Words closing the name of waters or land ("Garabogazköl Bay", "the Kola Peninsula")
_WATERS = {"Bay", "Gulf", "River", "Sea", "Lagoon", "Strait", "Peninsula", "Canal", "Darya", "Lake", "Delta",
           "Reservoir"}
# Lower-case kinds of place a place's name goes before: "the new Qosh Tepa canal", "the Zeravshan valley"
_PLACE_KINDS = PLACE_NOUNS | {"canal", "river", "lake", "valley", "dam", "reservoir", "mountains", "gorge", "pass",
                              "plain", "steppe", "delta", "basin"}


def _bracketed_after_body(doc: Doc, start: int, end: int) -> bool:
    """Is the name in brackets right after a body's or a place's name ("the X Foundation (Y)", "Statistics Iceland
    (Y)")? It gives that name in another language."""
    # The model's name may start after the bracket's first word ("(Qaraghandy | Kenshiler Kasipodaghy)"), after its
    # lower-case words ("(Međureligijsko vijeće u | Bosni i Hercegovini)"), after a list of its portfolios ("(Vazorati
    # mehnat, muhojirat va ... | Jumhurii Tojikiston)") or its name in another language ("(Skupština grada Subotice,
    # | Szabadka Város Közgyűlése)").
    tagged = start
    # ("(Türkiye | Büyük Millet Meclisi)": a State's name may open it)
    # ("(Nemzeti Média- és | Hírközlési Hatóság, NMHH)": a word cut at a hyphen, its end shared with the next one)
    while start > 1 and tagged - start < 12 and (doc[start - 1].is_alpha
                                                 and (is_title_word(doc[start - 1]) or doc[start - 1].is_lower)
                                                 or doc[start - 1].text == ","
                                                 or doc[start - 1].text[-1:] == "-"
                                                 and doc[start - 1].text[:-1].isalpha()):
        start -= 1
    # ("(Krajowa Administracja Skarbowa, KAS)", "(Qazaqstan Respublikasynyn Ishki | ister ministrligi)": the name
    # goes on in other words, or the body's acronym follows it)
    # ("(O'zbekiston Savdo|-sanoat palatasi, CCI)": the name's words joined by a hyphen)
    while end < len(doc) and (doc[end].is_alpha and (doc[end].is_lower or is_title_word(doc[end]))
                              and not doc[end].ent_id_ or doc[end].text == "-" and not doc[end].whitespace_
                              or doc[end].text == "," and end + 2 < len(doc) and doc[end + 1].text[:1].isupper()
                              and doc[end + 2].text == ")"  # ", KShH)"
                              or doc[end - 1].text == "," and doc[end].text[:1].isupper()):
        end += 1
    if not (start >= 2 and doc[start - 1].text == "(" and end < len(doc) and doc[end].text == ")"):
        return False
    # ("the Regional Centre for Cultural Heritage in Prizren (Qendra Rajonale ...)": the body's word in its language;
    # "(Departamentul pentru Relații Interetnice, DRI)": an acronym after the name, which a person has not)
    lexicon = gazetteer.lexicon()
    return doc[start - 2].text in lexicon.org_heads or doc[start - 2].ent_type_ in {"ORG", "GPE", "FAC"} \
        or _closes_body_name(doc, start - 2) \
        or any(t.text.capitalize() in lexicon.org_words_other_languages for t in doc[start:end]) \
        or doc[end - 2].text == "," and doc[end - 1].text.isupper() and len(doc[end - 1].text) > 1


def _closes_body_name(doc: Doc, i: int) -> bool:
    """Does token i close a body's name of the shape "<organization word> of [the] <place>" ("the Municipality of
    Prizren")?"""
    k = i
    while k > i - 3 and is_title_word(doc[k]):
        k -= 1
    k -= doc[k].lower_ == "the"
    return k < i and k >= 1 and doc[k].lower_ == "of" and doc[k - 1].text in gazetteer.lexicon().org_heads


def _listed_after_bodies(doc: Doc, start: int) -> bool:
    """Does the name follow "<number> <kind of body, plural>," ("two LGBTI associations, | X")?"""
    if start < 3 or doc[start - 1].text != ",":
        return False
    kind = doc[start - 2]
    return kind.tag_ == "NNS" and kind.lemma_.lower() in BODY_KINDS \
        and any(t.like_num for t in doc[max(start - 6, 0) : start - 2])


def _place_by_its_kind(doc: Doc, start: int, end: int) -> bool:
    """"Ida-Viru County", "Garabogazköl Bay", "Upper Silesia", "the new Qosh Tepa canal", "on the lower Amu Darya": a
    place named with its kind (capitalised at its end, in lower case right after it) or with "Upper" or "Lower"
    opening it or before it is no person."""
    return doc[end - 1].text.lower() in PLACE_NOUNS and doc[end - 1].is_title or doc[end - 1].text in _WATERS \
        or end - start >= 2 and doc[end - 2 : end].text in PARK_WORDS \
        or doc[start].text in {"Upper", "Lower"} \
        or start >= 2 and doc[start - 1].lower_ in {"upper", "lower", "middle"} and doc[start - 2].lower_ == "the" \
        or end < len(doc) and doc[end].is_lower and doc[end].lower_ in _PLACE_KINDS


def _trim(doc: Doc, start: int, end: int, heads: set[int]) -> tuple[int, int] | None:
    """Strip honorifics, role titles, articles and possessives from a candidate name."""
    while start < end and (_honorific_at(doc, start) or start in heads or doc[start].lower_ == "the"
                           or doc[start].is_punct):
        if start + 3 < end and _honorific_at(doc, start) and doc[start + 1].text == "-" \
                and not doc[start].whitespace_ and not doc[start + 1].whitespace_:
            start += 2  # "Imam-|Khatib X": an honorific joined to another word of one
        start += 1
    while end > start and (doc[end - 1].is_punct or is_possessive(doc[end - 1]) or doc[end - 1].text == "of"):
        end -= 1  # (the model may run a name on into "of": "X of | Latvia")
    while end > start and doc[end - 1].text in gazetteer.lexicon().name_particles:
        end -= 1
    if start >= end:
        return None
    start = _strip_portfolio(doc, start, end)
    while end - start > 2 and doc[start].text in gazetteer.lexicon().topic_words:
        start += 1  # "Co-ordinator of Economic and Environmental | Activities X Y": the title's topic ends there
    if end - start == 3 and _holder_after_opening_title(doc, start + 1, end):
        start += 1  # "Chair of the Alliance of Women | MPs X Y presented": the body's last word
    # ... and sometimes late: "Matteo |Nazarbekova" (a given name it did not take in), "Joost op den |Velde".
    particles = gazetteer.lexicon().name_particles
    while start > 0:
        k = start
        while k > 0 and doc[k - 1].text in particles and doc[k - 1].is_lower:
            k -= 1
        if k == 0 or not _given_name_word(doc, k - 1, end, heads):
            break
        start = k - 1
    # A hyphenated given name the model cut at the hyphen: "Anna-|Lena X".
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and is_title_word(doc[start - 2]) and start - 2 not in heads \
            and not doc[start - 2].ent_id_ and not doc[start - 2].text.isupper() \
            and doc[start - 2].text not in gazetteer.lexicon().org_heads:
        start -= 2
    return start, _extend(doc, end)


def _given_name_word(doc: Doc, i: int, end: int, heads: set[int]) -> bool:
    """May token i be a word of the name ending at ``end``, left out by the model?"""
    lex, token = gazetteer.lexicon(), doc[i]
    if is_title_word(token) and not token.ent_id_ and _holder_after_opening_title(doc, i, end):
        return True  # "First Deputy Chairman of the Y | X Y said": whatever the model took the given name for
    return token.pos_ == "PROPN" and is_title_word(token) and not token.text.isupper() and i not in heads \
        and not _honorific_at(doc, i) and not token.ent_id_ \
        and (token.ent_type_ in {"", "PERSON", "GPE", "NORP", "LOC"} or _lone_given_name(doc, i, end)) \
        and token.text not in lex.org_heads and token.text not in lex.portfolio_words \
        and token.text not in lex.topic_words \
        and not (i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].text in lex.org_heads) \
        and not (i >= 1 and doc[i - 1].ent_type_ == "ORG" and not doc[i - 1].ent_id_ and token.ent_type_ != "PERSON"
                 and token.tag_ in {"NNS", "NNPS"}) \
        and not (i >= 2 and (doc[i - 1].lower_ == "in" or doc[i - 1].lower_ == "to" and _is_role_word(doc[i - 2]))
                 and (token.ent_type_ == "GPE" or end - i > 2)) \
        and not (end - i > 2 and (doc[i - 1].lower_ == "of" or token.lower_ in PLACE_NOUNS
                                  or token.tag_ in {"NNS", "NNPS"})) \
        and not _holder_after_opening_title(doc, i + 1, end)
    # ("Adviser on Gender Issues | X"; "the University of | Mostar X Y": the town the body is of; "the Centre for ...
    # in Human | Beings X Y": the last word of a body's name the model cut; "the Embassy of Slovakia in | Belgrade X
    # Y": the town it is in, "Ambassador to | Kosovo X Y": the place of the posting, whatever the model tagged it,
    # before a name of two words or more; nor, before such a name, "the Republic of | Karakalpakstan X Y" after "of",
    # "Akim of Karaganda | Region X Y" a place's word, "BH | Journalists X Y" a plural)


def _lone_given_name(doc: Doc, i: int, end: int) -> bool:
    """"Fernanda| Albuquerque Ramos": a one-word entity of another label (ORG) that the parser makes a
    compound of the name after it is the given name the model cut off."""
    token = doc[i]
    return token.ent_iob_ == "B" and doc[i + 1].ent_iob_ != "I" and token.dep_ == "compound" \
        and i < token.head.i < end


def _strip_portfolio(doc: Doc, start: int, end: int) -> int:
    """"Minister of | Internal Affairs Ramziddin Qurbonzoda", "Minister of Education and | Science Anita
    Muižniece": the portfolio words that end a title are not part of the name after it."""
    portfolio = gazetteer.lexicon().portfolio_words
    # ("Co-ordinator of Economic and | Environmental Activities X Y": the portfolio's second word, then its topic word)
    listed = start >= 2 and doc[start - 1].lower_ == "and" and doc[start - 2].text in portfolio
    if start == 0 or not (doc[start - 1].lower_ in {"of", "for"} or listed or _portfolio_title_before(doc, start)):
        return start
    k = start
    while k < end and (doc[k].text in portfolio or doc[k].lower_ == "and"
                       or k > start and doc[k].text in gazetteer.lexicon().topic_words):
        k += 1
    return k if start < k < end else start


def _portfolio_title_before(doc: Doc, start: int, ended: bool = False) -> bool:
    """Do the words before ``start`` end a title with its portfolio ("Minister of Education and")?
    ``ended``: the word right before is the portfolio's last ("... and Science | X")."""
    portfolio = gazetteer.lexicon().portfolio_words
    if ended and (start == 0 or doc[start - 1].text not in portfolio):
        return False
    k = start - 1
    while k >= 0 and (doc[k].text in portfolio or doc[k].lower_ in {"and", ",", "the"}):
        k -= 1
    return k < start - 1 and k >= 1 and doc[k].lower_ in {"of", "for"} and _is_role_word(doc[k - 1])


def _extend(doc: Doc, end: int) -> int:
    """The model often stops a name early: "Henrik van der| Berg", "Valeria Fontana|-Kruger"."""
    particles = gazetteer.lexicon().name_particles
    while end < len(doc):
        if doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
                and end + 1 < len(doc) and (is_title_word(doc[end + 1]) or _hyphenated_syllable(doc[end + 1])
                                            and len(doc[end + 1]) <= 5 and doc[end + 1].tag_ not in {"VBN", "VBD"}):
            end += 2  # "Valeria Fontana|-Kruger", "Kwon Min|-ji"
            continue
        nxt = doc[end]
        # The model's PERSON ends the name, unless it took only a given name ("Paolo| D’Alessandro").
        lone_given = doc[end - 1].ent_iob_ == "B" and nxt.ent_type_ == ""
        # ... a hyphenated given name, one written word ("Hjørdis-Solvej| Brandtzæg-Omholt")
        first = end - 1
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        lone_given = lone_given or nxt.ent_type_ == "" and doc[end - 1].ent_type_ == "PERSON" and first < end - 1 \
            and not any(doc[k].whitespace_ for k in range(first, end - 1))
        # ... or the parser makes the name's words compounds of the next one ("Paulo Sequeira| Lobo").
        lone_given = lone_given or (nxt.ent_type_ == "" and doc[end - 1].dep_ == "compound"
                                    and doc[end - 1].head.i == end)
        if _loose_name_word(nxt) and nxt.ent_type_ != "PERSON" and (doc[end - 1].ent_type_ != "PERSON" or lone_given):
            end += 1
            continue
        if _split_name(doc, end):
            end += 1
            continue
        surname_end = _surname_tagged_apart(doc, end)
        if surname_end > end:
            end = surname_end
            continue
        if is_elided_particle(nxt) and not nxt.ent_id_:
            end += 1  # "Pierre-Emmanuel| d’Aubigny": a surname with its elided particle
            continue
        k = end
        while k < len(doc) and doc[k].text in particles:
            k += 1
        # After a lower-case particle the capitalised word is the surname whatever the model tagged it
        # ("Beatrice degli| Alberti" as ORG), unless the gazetteer knows it as a place or body.
        surname = doc[k].ent_type_ in {"", "PERSON"} or doc[end].is_lower and not doc[k].ent_id_ if k < len(doc) \
            else False
        if k > end and k < len(doc) and is_title_word(doc[k]) and surname:
            end = k + 1
            continue
        if _is_name_suffix(nxt) and is_title_word(doc[end - 1]):
            end += 1  # "Azamat Toktogul| uulu": a patronymic word ends the name ...
            if end < len(doc) and is_title_word(doc[end]) and not doc[end].ent_id_ and doc[end].ent_type_ in {
                    "", "PERSON"}:
                end += 1  # ... or comes before the family name ("Namiq Vüqar oğlu| Həsənzadə")
        break
    return end


def _surname_tagged_apart(doc: Doc, end: int) -> int:
    """"Jarl-Anders| Nyberg-Vikström": the model's person is one written word, a given name, and the one written word
    after it, tagged as a body or a place, is the surname; where that word ends, else ``end``."""
    nxt = doc[end]
    if doc[end - 1].ent_type_ != "PERSON" or nxt.ent_iob_ != "B" or nxt.ent_type_ not in {"ORG", "FAC", "GPE"} \
            or nxt.ent_id_ or not is_title_word(nxt) or not doc[end - 1].whitespace_:
        return end
    start, stop = ent_start(doc, end - 1), ent_end(doc, end)
    given, surname = doc[start:end].text, doc[end:stop].text
    if " " in given or " " in surname or "-" not in given + surname \
            or any(t.text in gazetteer.lexicon().org_heads for t in doc[end:stop]):
        return end
    return stop


def _split_name(doc: Doc, end: int) -> bool:
    """"Aleksandra| Wiśniewska-Holm": the model made a name two organizations, back to back, cut before the
    surname; an unlisted capitalised proper noun that opens the second goes on with the name."""
    nxt, last, lex = doc[end], doc[end - 1], gazetteer.lexicon()
    return nxt.ent_iob_ == "B" and nxt.ent_type_ == last.ent_type_ == "ORG" and not nxt.ent_id_ and not last.ent_id_ \
        and nxt.pos_ == "PROPN" and is_title_word(nxt) and not nxt.text.isupper() and nxt.text not in lex.org_heads \
        and nxt.text not in _role_words() and bool(last.whitespace_)


def _hyphenated_syllable(token) -> bool:  # noqa: ANN001
    """"Kwon Hae-|rin": the lower-case second syllable of a hyphenated given name."""
    doc, i = token.doc, token.i
    return token.is_lower and token.is_alpha and i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ \
        and not doc[i - 2].whitespace_ and is_title_word(doc[i - 2])


def _is_name_suffix(token) -> bool:  # noqa: ANN001
    return token.is_lower and token.text in gazetteer.lexicon().name_suffixes


def _loose_name_word(token) -> bool:  # noqa: ANN001
    """A capitalised proper noun left outside the name, or tagged as a place of its own ("Zeynep| Zielińska")."""
    lex = gazetteer.lexicon()
    return (token.pos_ == "PROPN" and is_title_word(token) and not token.text.isupper() and not token.ent_id_
            and token.ent_type_ in {"", "GPE", "NORP", "LOC"} and token.text not in lex.org_heads
            and token.text not in _role_words() and token.text not in lex.honorifics)


def _name_shaped(doc: Doc, start: int, end: int, heads: set[int]) -> bool:
    """Capitalised words, maybe with particles ("de", "van"); no title, org word or place."""
    lex = gazetteer.lexicon()
    tokens = doc[start:end]
    if not 1 <= len(tokens) <= MAX_NAME_TOKENS or not is_title_word(tokens[0]) \
            or not (is_title_word(tokens[-1]) or is_elided_particle(tokens[-1]) or _hyphenated_syllable(tokens[-1])
                    or len(tokens) > 2 and _is_name_suffix(tokens[-1])):
        return False
    if tokens[0].is_stop and tokens[0].pos_ != "PROPN" and not (len(tokens) > 1 and tokens[1].text == "-"):
        return False  # "In Tbilisi, the High Commissioner met ...": a sentence's capitalised first word
    for token in tokens:
        if token.i in heads or token.text in lex.org_heads or token.like_num and token.text not in lex.name_particles:
            return False
        if token.text in lex.state_words_other_languages:
            return False  # "Republika Srpska", "Lietuvos Respublikos": a State or an entity in its own language
        if not (is_title_word(token) or token.text in lex.name_particles or token.text in "-'’"
                or is_elided_particle(token) or token.i > start + 1 and _is_name_suffix(token)
                or _hyphenated_syllable(token)):
            return False
        if token.text.isupper() and len(token.text) > 1 and not re.fullmatch(r"[A-Z]\.", token.text):
            # acronyms and capitalised datelines, not initials ("John F. Kennedy")
            return False
    if any(f" {head} " in f" {tokens.text} " for head in org_heads_of_words()):
        return False  # "the Contact Point": an organization word of two words
    if tokens[-1].text in lex.topic_words:
        return False  # "... and Humanitarian Questions", "Economic and Environmental Activities": a topic
    if all(t.text in lex.portfolio_words for t in tokens):
        return False  # "Committee on Human Rights, Gender Equality, ...": a portfolio, not a person
    if tokens[0].text in GEOGRAPHIC_WORDS:
        return False  # "Lake Issyk-Kul", "Mount Ararat", "North Sámi"
    if tokens[-1].text in FACILITY_WORDS:
        return False  # "the city's restored Drama Theatre": a building, not a person
    if tokens[-1].text in lex.regions or tokens[-1].text in {"International", "Worldwide"}:
        return False  # "a policy officer at Inclusion Europe", "HelpAge International": no one's surname
    if tokens[-1].text in lex.document_heads and tokens[-1].text != "Law":
        return False  # "the Vienna Document", "the Aarhus Convention": a document ("Law" is a surname too)
    text = tokens.text
    return not (gazetteer.find_state(text) or gazetteer.find_org(text) or gazetteer.find_series(text)
                or text in lex.regions)


def _inside_phrase(doc: Doc, start: int, end: int) -> bool:
    """Part of a longer capitalised phrase ("... for Combating Trafficking in Human Beings")."""
    if _holder_after_opening_title(doc, start, end):
        return False
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and is_possessive(prev):
        return True  # "the Mission's Security Department"
    if prev is not None and prev.ent_type_ == "NORP" and start >= 3 and doc[start - 2].lower_ == "of" \
            and is_title_word(doc[start - 3]) and doc[start - 3].text in gazetteer.lexicon().org_heads:
        return True  # "the Federation of Polish | Jewish Communities": a body's name after a people's adjective
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.text == "-" and not doc[end - 1].whitespace_:
        return True  # "Security Co|-operation": part of a hyphenated word
    if prev is not None and prev.ent_type_ == "ORG" and not prev.ent_id_ and doc[start].ent_iob_ == "I" \
            and prev.i not in role_head_tokens(doc) and has_org_head(doc[ent_start(doc, start) : end].text) \
            and not _apposed_at_end(doc, start, end):
        return True  # "the Directorate for Public | Procurement Policy": inside a body's name the model tagged whole
    if prev is not None and (prev.text in gazetteer.lexicon().org_heads
                             or prev.text.isupper() and len(prev.text) > 1 and not prev.ent_id_
                             and doc[start - 2].lower_ in {"the", "of"}) \
            and speaks_at(doc, end):
        # "... of the Krāslava Municipality | X Y said", "Chairperson of the CEC | X Y said": the holder of the title,
        # after the body
        return False
    if prev is not None and is_title_word(prev) and prev.ent_type_ not in {"GPE", "NORP"} \
            and not (prev.is_stop and prev.is_sent_start) \
            and prev.text not in gazetteer.lexicon().honorifics and not _is_role_word(prev) \
            and not (prev.ent_id_ and not prev.text.isupper()) and not _portfolio_title_before(doc, start, ended=True) \
            and not (prev.text in gazetteer.lexicon().topic_words
                     and not role_head_tokens(doc).isdisjoint(range(max(start - 12, 0), start))):
        # "OSCE Economic Activities": the end of an organization's name, an acronym its prefix. A
        # gazetteer name written out is complete ("Speaker of the Saeima | X"), and so is a title's
        # portfolio ("... and Science | X") or topic ("Co-ordinator of ... Environmental Activities | X").
        return True
    if prev is not None and prev.lower_ in CONNECTORS and prev.is_lower:
        if end < len(doc) and doc[end].text == "," and _occupation_after(doc, end + 1):
            return False  # "the detention in Belarus of | X, a reporter for ...": a person, by the apposition
        # "... Affairs and International Cooperation": "and" inside a title, not between names.
        # "the detention on 28 January of | Bakyt Asanov": after a lower-case word or a date,
        # the connector joins no capitalised phrase.
        b = start - 2
        while b >= 0 and doc[b].lower_ in CONNECTORS and doc[b].is_lower:
            b -= 1  # "Special Envoy for the | Central Mediterranean Route"
        before = doc[b] if b >= 0 else None
        if before is not None and is_title_word(before) and before.ent_type_ not in {"PERSON", "DATE"}:
            return True
        if prev.lower_ != "and" and (before is None or before.ent_type_ != "DATE" and not before.is_lower):
            return True
    nxt = doc[end : end + 3]
    if len(nxt) >= 2 and nxt[0].lower_ == "and" and (_is_role_word(nxt[1]) or nxt[1].ent_id_
                                                     or nxt[1].text in gazetteer.lexicon().honorifics):
        return False  # "X and Speaker of ...", "X and UNECE Executive Secretary Y": the next person's title
    if len(nxt) >= 2 and nxt[0].lower_ == "and" and nxt[1].ent_type_ == "PERSON" and nxt[1].ent_iob_ == "B":
        return False  # "led by X and Ksawery Nowodworski": two people named together
    if _of_body_after_agent(doc, start, end):
        return False
    # "Lennart Bröckelmann of | Germany's ...": a State after "of" is the person's, no part of a longer name.
    return len(nxt) >= 2 and nxt[0].lower_ in CONNECTORS and nxt[0].is_lower and is_title_word(nxt[1]) \
        and not (nxt[0].lower_ == "of" and nxt[1].ent_type_ == "GPE" and nxt[1].ent_id_)


def _holder_after_opening_title(doc: Doc, start: int, end: int) -> bool:
    """"Director of the Kyrgyz Academy of Education | X Y said", "Secretary General of the OSCE PA | X Y said",
    "Secretary of State at the Ministry of Education and Research | X Y said", "Commissioner for Protection from
    Discrimination | X Y said": a title opens the sentence, its body's name or its remit runs on to two name words, then
    a verb of saying or another verb in the past; the two words are its holder's name."""
    # (two words: a third would be the body's last, "... Union of Industrialists and Entrepreneurs | X Y"; not after
    # "in", a town; and no person named before in the sentence: "Judge X of the Higher Court in | Bijelo Polje said")
    # (a hyphen-joined surname is one word: "X Y-Z")
    words = sum(1 for t in doc[start:end] if t.text != "-") - sum(
        1 for t in doc[start + 1 : end - 1] if t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_)
    if start < 1 or words != 2 or not speaks_at(doc, end) or doc[start - 1].lower_ == "in":
        return False
    first = doc[start].sent.start
    first += doc[first].lower_ == "the"
    # ("First Deputy Chairman of the Y | X Y said": a modifier may open the title)
    if first >= start or doc[first].is_lower or not (_is_role_word(doc[first])
                                                     or doc[first].text in gazetteer.lexicon().role_modifiers):
        return False
    words = doc[first:start]
    # (a person's name the model ran on into the body's last word is this name: "... of Women | MPs X Y")
    return any(t.lower_ in {"of", "at", "for"} for t in words) \
        and not any(t.ent_type_ == "PERSON" for t in doc[first : ent_start(doc, start)]) and all(
        is_title_word(t) or t.lower_ in CONNECTORS or t.lower_ == "from" or t.text in {",", "-"} or t.text.isupper()
        for t in words)  # ("Protection from Discrimination")


def _apposed_at_end(doc: Doc, start: int, end: int) -> bool:
    """"the State Secretary of the Ministry of Defence, | X, said": the model ran a body's name on
    over a comma into the name apposed to the office; the words after the comma end its span, and a comma follows (or a
    semicolon, in a list: "the Faculty of X of the University of Y, | Z;")."""
    return doc[start - 1].text == "," and end < len(doc) and doc[end].text in {",", ";"} \
        and doc[end - 1].ent_iob_ == "I" and doc[end].ent_iob_ != "I" \
        and not any(t.text in gazetteer.lexicon().portfolio_words for t in doc[start:end])


def _is_role_word(token) -> bool:  # noqa: ANN001
    return token.text in _role_words()


@cache
def _role_words() -> frozenset[str]:
    """Every word of a role head ("Director", "General", "Office" of "Head of Office")."""
    return frozenset(w for head in gazetteer.lexicon().role_heads for w in head.split())


def _name_runs(doc: Doc, heads: set[int]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words and particles, two words or more."""
    lexicon = gazetteer.lexicon()
    particles, org_heads, topics = lexicon.name_particles, lexicon.org_heads, lexicon.topic_words
    # The words are read as strings: making a Token of each word of the doc was a third of this extractor's time.
    texts, ent_ids = token_strings(doc, "ORTH"), token_strings(doc, "ENT_ID")
    runs, i = [], 0
    while i < len(doc):
        if is_title_text(texts[i]) and i not in heads and not ent_ids[i]:
            j = i + 1
            # A gazetteer name (a State, an organization) is never part of a person's name.
            while j < len(doc) and j not in heads and not ent_ids[j] and (
                is_title_text(texts[j]) or (texts[j] in particles and j + 1 < len(doc) and is_title_text(texts[j + 1]))
            ):
                j += 1
            j = _extend(doc, j)
            k = _strip_portfolio(doc, i, j)
            # "Head of the Education Board of the Krāslava Municipality | X Y said" (a verb after the run is looked
            # for first: this loop sees every capitalised run of the release)
            if speaks_at(doc, j) and (body := next((n for n in range(j - 3, k - 1, -1) if texts[n] in org_heads),
                                                   None)) is not None:
                k = body + 1
            while k < j and (_honorific_at(doc, k)
                             or doc[k].lower_ == "the" and k + 1 < j and _honorific_at(doc, k + 1)
                             or k == i and texts[k].isupper() and len(texts[k]) > 1
                             and 2 <= sum(texts[n] != "-" for n in range(k + 1, j)) <= 3):
                # "Mr Asante-Mensah", "The Reverend X": the honorific is no part of the name; "Chairperson of the |
                # CEC X Y said": nor is a body's acronym before it
                k += 1
            while j - k > 2 and texts[k] in topics:
                k += 1  # "Director of the Agency for the Implementation of the Language | X Y told"
            # "Commissioner for Protection from Discrimination | X Y said", "Deputy Khokim of Namangan Region | X Y-Z
            # said": the title's last words, its holder's two after them
            holder = next((n for n in (j - 2, j - 4) if k < n and _holder_after_opening_title(doc, n, j)), None)
            if holder is not None:
                k = holder
            if j - k >= 3 and k >= 2 and texts[k - 1] == "to" and k - 2 in heads and doc[k].ent_type_ == "GPE" \
                    and doc[k + 1].ent_iob_ != "I":
                k += 1  # "Ambassador to | Kosovo | X Y, whose ...": the place of the posting, then its holder
            # (not "the European Union | Border Assistance | Mission to ...": words running on into an organization
            # word name a body)
            if j - k >= 2 and _name_shaped(doc, k, j, heads) and not (j < len(doc) and texts[j] in org_heads):
                runs.append((k, j))
            i = j
        else:
            i += 1
    return runs


def _from_place(doc: Doc, start: int) -> bool:
    """"judges and prosecutors from Republika Srpska", "a volunteer firefighter from Vila Nova", "a pupil from Bačka
    Palanka", "a weekly from Novi Sad": where a group of people, one who does a job, a person or a body comes from."""
    if start < 2 or doc[start - 1].lower_ != "from" or not doc[start - 2].is_lower:
        return False
    word = doc[start - 2]
    return word.tag_ == "NNS" or word.lower_ in gazetteer.lexicon().occupations or word.lower_ in _PEOPLE_NOUNS \
        or word.lower_ in BODY_KINDS


# People named by what they are, who come "from" a place ("a pupil from X", "a family from X").
_PEOPLE_NOUNS = {"pupil", "student", "resident", "woman", "man", "girl", "boy", "villager", "refugee", "teenager",
                 "citizen", "mother", "father", "grandmother", "grandfather", "widow", "family"}
_MOTION_VERBS = frozenset({"travel", "go", "return", "fly", "drive", "move", "head", "relocate"})
_COMING_VERBS = _MOTION_VERBS | {"come", "arrive"}  # "participants came from X, Y and Z"
# Words naming the place "of" a name that follows: "the villages of X", "the port of X".
_PLACES_OF = PLACE_NOUNS | {"port", "harbour", "harbor", "island", "valley", "library", "museum", "outskirts",
                            "suburbs", "streets", "centre", "center"}


def _town_of_holders_body(doc: Doc, ent: Span) -> bool:
    """Is the name right after "<organization word> in", after a person named earlier in its sentence, the body's town
    ("Judge X of the Higher Court in | Bijelo Polje said"), whatever verb follows?"""
    if ent.start < 3 or doc[ent.start - 1].lower_ != "in" \
            or doc[ent.start - 2].text not in gazetteer.lexicon().org_heads:
        return False
    sentence = doc[ent.start].sent.start
    return any(t.ent_type_ == "PERSON" and t.ent_iob_ == "B" for t in doc[sentence : ent.start - 2])


def _a_place_elsewhere(doc: Doc, ent: Span, heads: set[int]) -> bool:
    """Is the name written elsewhere in the release as a place ("held in Bijelo Polje"), and nowhere as a person's?"""
    others = [e for e in doc.ents if e.text == ent.text and e.start != ent.start]
    return any(_place_after_in(e) for e in others) and not any(
        _person_context(doc, e.start, e.end, heads) and not _town_of_holders_body(doc, e) for e in others)


def _place_after_in(ent: Span) -> bool:
    """"is planned in Stara Zagora": a name the model took for a person, standing as the object of "in"
    (where something happens) or joined to a place that does, is a place; people are met "with", not "in"."""
    root, doc = ent.root, ent.doc
    if root.dep_ == "pobj" and root.head.lower_ == "in" and ent.start > 0 and doc[ent.start - 1].lower_ == "in":
        return True
    # "will travel to Novi Sad, where she ...": where one goes, and what "where" follows, is a place.
    if ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ == "where":
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_ in _MOTION_VERBS:
        return True
    # "neighbouring Vayots Dzor", "the local community of Gornji Rahić": a place by the words before it.
    if ent.start > 0 and doc[ent.start - 1].lower_ in {"neighbouring", "neighboring"}:
        return True
    if ent.start > 1 and doc[ent.start - 1].lower_ == "of" and (doc[ent.start - 2].lower_ in _PLACES_OF
                                                                 or doc[ent.start - 2].lemma_.lower() in _PLACES_OF):
        return True  # ("the villages of Kvemo Kartli", "the port of Laem Chabang")
    if ent.start > 1 and doc[ent.start - 1].lower_ == "near" and (doc[ent.start - 2].lower_ in _PLACES_OF
                                                                   or doc[ent.start - 2].lemma_.lower() in _PLACES_OF):
        return True  # "a village near Tomaszów Lubelski"
    if _from_place(doc, ent.start):
        return True
    # "families along the Binačka Morava": a river or a road; "from Kvemo Kartli to the Black Sea coast": one end of a
    # stretch of land whose other end is a place.
    if ent.start > 1 and doc[ent.start - 1].lower_ == "the" and doc[ent.start - 2].lower_ in {"along", "across"}:
        return True
    to = ent.end + 1 + (ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ == "the")
    if ent.start > 0 and doc[ent.start - 1].lower_ == "from" and to < len(doc) and doc[ent.end].lower_ == "to" \
            and doc[to].ent_type_ in {"GPE", "LOC"}:
        return True
    # "in Samtskhe-Javakheti and Kvemo Kartli": joined to a place after "in" that the model did not take for a person;
    # "the municipalities of Bitola, Prilep, Demir Hisar and Novaci": listed after a place the model tagged one.
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    # (A one-word "person" after "in" is a place too: "pupils in Vitez and Novi Travnik".)
    lone = first.ent_type_ == "PERSON" and first.ent_iob_ == "B" and (first.i + 1 >= len(doc)
                                                                       or doc[first.i + 1].ent_iob_ != "I")
    # ("the districts of Guarda and Castelo Branco": joined to a place named after a word for places and "of")
    of_places = first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.i > 0 \
        and (doc[first.head.i - 1].lower_ in _PLACES_OF or doc[first.head.i - 1].lemma_.lower() in _PLACES_OF)
    # ("participants came from Novi Sad, Subotica, Bačka Palanka and ...", "outlets from Komárno, Štúrovo and ...":
    # listed after a place where people or things come from)
    from_places = first.dep_ == "pobj" and first.head.lower_ == "from" \
        and (first.head.head.tag_ == "NNS" or first.head.head.lemma_ in _COMING_VERBS)
    if from_places and first is root:
        return True
    return first is not root and (first.dep_ == "pobj" and first.head.lower_ == "in"
                                  and (first.ent_type_ != "PERSON" or lone) or first.ent_type_ in {"GPE", "LOC"}
                                  or of_places or from_places)


def _person_context(doc: Doc, start: int, end: int, heads: set[int]) -> bool:
    """The text marks the span as a person: "X, [the] ... Director", "Director ..., X", "said X"."""
    if end < len(doc) and _is_name_suffix(doc[end]):
        end += 1  # "Azamat Toktogul| uulu, a senior lecturer"
    if end + 3 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].ent_type_ == "GPE":
        end += 3  # "X (Türkiye), Chair of ...": the person's State in brackets
    if end > start + 1 and doc[end - 1].lower_ == "of":
        end -= 1  # the model's span ran on into "of"
    if end + 2 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].ent_type_ == "GPE" and doc[end + 1].ent_id_ \
            and doc[end + 2].text == ",":
        end += 2  # "X of Latvia, who serves as ...": the person's State, then the apposition
    # Apposition after: ", [the] [OSCE's] [new] Executive Director".
    if end < len(doc) and doc[end].text == ",":
        for token in doc[end + 1 : end + 8]:
            if token.i in heads:
                return True
            if token.is_punct and not is_possessive(token) and token.text != "-" or token.pos_ in {"VERB", "AUX"}:
                break
    # An occupation after: "X, a reporter for ...", "X, an investigative journalist", "X, the team's coach and a
    # lecturer at ...".
    if end < len(doc) and doc[end].text == "," and (_occupation_after(doc, end + 1)
                                                    or conjunct_occupation_after(doc, end + 1)):
        return True
    # An occupation a body's possessive owns: "X, ODIHR’s freedom of assembly adviser, presented", "X, the Mission’s
    # Roma and Sinti issues officer, said".
    if end + 3 < len(doc) and doc[end].text == ",":
        owner = next((t.i for t in doc[end + 1 : end + 6] if is_possessive(t)), None)
        if owner is not None and all(is_title_word(t) or t.lower_ == "the" for t in doc[end + 1 : owner]):
            k = owner + 1
            while k < min(owner + 9, len(doc)) and not doc[k].is_punct:
                k += 1
            if k < len(doc) and doc[k - 1].is_lower and doc[k - 1].lower_ in gazetteer.lexicon().occupations \
                    and doc[k].text in {",", "."}:
                return True
    # A kind of person in apposition, then where they come from: "X, a grandmother from Y, spoke", "X, a resident of Y".
    if end + 3 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in {"a", "an"}:
        noun = next((t for t in doc[end + 2 : end + 5] if t.pos_ == "NOUN"), None)
        if noun is not None and noun.lower_ in _PEOPLE_NOUNS | KIN and noun.i + 1 < len(doc) \
                and doc[noun.i + 1].lower_ in {"from", "of"}:
            return True
    # A relative clause only people take: "X, who runs a workshop in ...", "X, whose husband was detained ...".
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who":
        return True
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "whose" and doc[end + 2].lower_ in KIN:
        return True
    # An occupation opening the sentence, the name in apposition after it: "A member of the Y, X, said ...".
    if start > 2 and doc[start - 1].text == "," and end < len(doc) and doc[end].text == ",":
        sentence_start = doc[start].sent.start
        # ("The chairman of the Y, X, called ...": the occupation of one person, named after it)
        occupation = occupation_after(doc, sentence_start) if doc[sentence_start].lower_ in {"a", "an", "the"} else None
        if occupation is not None and occupation[1] < start - 1:
            return True
        # ("The mother of a deaf boy from Y, X, asked ...": kin opening the sentence)
        if doc[sentence_start].lower_ in {"a", "an", "the"} and sentence_start + 1 < start - 1 \
                and doc[sentence_start + 1].lower_ in KIN and doc[sentence_start + 2].lower_ == "of":
            return True
    # A description that a relative clause only people take ends: "X, a blind voter from Y who took part ...".
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in {"a", "an"}:
        for token in doc[end + 2 : end + 10]:
            if token.lower_ == "who" and token.i > end + 2:
                return True
            if token.is_punct or token.pos_ in {"VERB", "AUX"}:
                break
    # An age in apposition: "That student, X, 17, attends ...".
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].text.isdigit() \
            and 5 < int(doc[end + 1].text) < 110 and doc[end + 2].text == ",":
        return True
    # Title right before: "Special Envoy X", "Director of ..., X", "Minister of Defence, Lieutenant General X".
    rank = start
    while rank > 0 and _honorific_at(doc, rank - 1):
        rank -= 1
    before = before_bracketed_acronym(doc, start - 1 if rank == start or doc[rank - 1].text != "," else rank - 1)
    if before >= 0 and doc[before].text == ",":
        before = before_bracketed_acronym(doc, before - 1)
    # (Not after "the": "Chairperson of the | Caucasus Media Ethics Council" names a body, not a person; nor after
    # "the" and a people's adjective: "Representative ... with the Georgian | Young Lawyers' Association".)
    after_the = start > 0 and (doc[start - 1].lower_ == "the" or start > 1 and doc[start - 2].lower_ == "the"
                               and doc[start - 1].ent_type_ == "NORP")
    i = before if rank == start and start > 0 and not after_the or rank < start else -1
    while i > max(before - 14, -1):
        token = doc[i]
        if i in heads:
            return True
        if token.text == "," and in_portfolio_list(doc, i, before):
            i -= 1
            continue
        if i < before and (b := before_bracketed_acronym(doc, i)) < i \
                and all(is_title_word(t) or t.lower_ in CONNECTORS or t.text == "," for t in doc[i + 1 : before + 1]):
            i = b  # "Representative of the Office ... (UNHCR) in Greece, X"
            continue
        # A capitalised verb is a word of the title ("Co-ordinator for Combating Trafficking ..., X").
        if token.is_punct and not is_possessive(token) and token.text != "-" \
                or token.pos_ in {"VERB", "AUX"} and not is_title_word(token):
            break
        i -= 1
    # A rank or form of address that only people bear: "Lieutenant Colonel X of ...", "Ms X"; not "General" or
    # "Metropolitan", which also open bodies' names ("General Assembly", "Metropolitan Police").
    if end - start >= 2 and any(doc[k].text in PERSONAL_HONORIFICS for k in range(rank, start)):
        return True
    if _of_body_after_agent(doc, start, end) or _of_body_speaks(doc, start, end):
        return True
    # An office in lower case, owned, in apposition: "Its chairperson, X, told ...", "the agency's director, X,",
    # "..., said its director, X."
    if start >= 3 and end < len(doc) and doc[end].text in {",", "."} and doc[start - 1].text == "," \
            and _owned_office(doc, start - 2):
        return True
    # ... with its remit in lower case: "the Department’s adviser on online radicalization, X, asked".
    if start >= 5 and end < len(doc) and doc[end].text == "," and doc[start - 1].text == "," \
            and (k := remit_start(doc, start - 1)) is not None and k >= 2 \
            and _owned_office(doc, k - 1, occupations=True):
        return True
    # "X, one of two women on the course, who works ...": one of a group, then a relative clause only people take.
    if end + 3 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "one" and doc[end + 2].lower_ == "of":
        comma = next((t.i for t in doc[end + 3 : end + 15] if t.text == ","), None)
        if comma is not None and comma + 1 < len(doc) and doc[comma + 1].lower_ == "who":
            return True
    # "X of the Georgian investigative outlet Y": one of a body the text names with its kind.
    if end + 3 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ == "the" and end - start >= 2:
        k = end + 2
        while k < len(doc) and k - end < 7 and doc[k].lower_ not in BODY_KINDS \
                and (doc[k].is_lower and doc[k].pos_ in {"ADJ", "NOUN"} or doc[k].ent_type_ == "NORP"
                     or doc[k].text == "-" or doc[k].lower_ == "based"
                     or is_title_word(doc[k]) and doc[k + 1 : k + 3].text == "-based"):
            k += 1
        if k + 1 < len(doc) and doc[k].lower_ in BODY_KINDS and doc[k].is_lower and is_title_word(doc[k + 1]):
            return True
    # One of a group of people: "Among the guests was X, whose ...".
    if start >= 4 and doc[start - 1].lower_ in {"was", "were"} and doc[doc[start].sent.start].lower_ == "among" \
            and end - start >= 2:
        return True
    # The agent of what people do: "The visit was led by X", "chaired by X", "coached by X".
    if rank >= 2 and doc[rank - 1].lower_ == "by" and doc[rank - 2].lower_ in AGENT_VERBS and end - start >= 2:
        return True  # (after the rank: "led by Lieutenant Colonel X")
    # An occupation in lower case right before it: "prosecutor X", "police inspector X", "the journalist X".
    if end - start >= 2 and start >= 1 and doc[start - 1].is_lower \
            and doc[start - 1].lower_ in gazetteer.lexicon().occupations:
        return True
    # Speech verb beside it: "said X", "X said".
    nxt = doc[end] if end < len(doc) else None
    prev = doc[start - 1] if start > 0 else None
    if nxt is not None and lemma_is_speech(nxt):
        return True
    return bool(prev is not None and lemma_is_speech(prev) and prev.i > 0
                and doc[prev.i - 1].text in QUOTE_CHARS + ",")


def _owned_office(doc: Doc, i: int, occupations: bool = False) -> bool:
    """Is token i an office in lower case (or, with ``occupations``, an occupation) after its owner's possessive or
    "its", "his", "her", "their"?"""
    office = doc[i]
    if not (office.is_lower and (office.text.capitalize() in gazetteer.lexicon().role_heads
                                 or occupations and office.lower_ in gazetteer.lexicon().occupations)):
        return False
    # Over the office's own lower-case qualifiers: "the association's | integrity officer", "its chief press officer",
    # "the Office's | rule of law officer".
    owner = i - 1
    while owner > max(i - 5, 0) and doc[owner].is_lower and (doc[owner].pos_ in {"NOUN", "ADJ"} or doc[owner].lower_
                                                               == "of" and doc[owner - 1].pos_ == "NOUN"):
        owner -= 1
    return owner >= 0 and (doc[owner].lower_ in {"its", "his", "her", "their"} or is_possessive(doc[owner]))


PERSONAL_HONORIFICS = {"Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Dr", "Dr.", "Prof.", "Professor", "Ambassador",
                       "Colonel", "Lieutenant", "Captain", "Sergeant", "Brigadier", "Admiral", "Corporal", "Col.",
                       "Lt.", "Lt", "Capt.", "Sgt.", "Reverend", "Rev.", "Rev", "Father", "Rabbi", "Imam", "Mufti"}
KIN = {"husband", "wife", "son", "daughter", "sons", "daughters", "children", "child", "mother", "father", "brother",
       "sister", "family", "parents", "grandmother", "grandfather"}


def _of_body_after_agent(doc: Doc, start: int, end: int) -> bool:
    """"a question from X of the Ticino Cantonal Police", "presented by X of Comrat State University": a name after
    "from", "by" or "with", of a body, is a person's."""
    return start > 0 and doc[start - 1].lower_ in {"from", "by", "with"} and end - start >= 2 and end + 3 < len(doc) \
        and doc[end].lower_ == "of" and _body_at(doc, end + 2 if doc[end + 1].lower_ == "the" else end + 1)


def _of_body_speaks(doc: Doc, start: int, end: int) -> bool:
    """"X of Mongolia's Customs General Administration said ...", "X of Jordan's Public Security Directorate, who
    ...": a name "of" a body, the subject of a speech verb (or of any verb, opening its sentence) or told of with
    "who"."""
    if end - start < 2 or end + 2 >= len(doc) or doc[end].lower_ != "of":
        return False
    k = end + 2 if doc[end + 1].lower_ == "the" else end + 1
    if k + 1 < len(doc) and doc[k].ent_type_ == "GPE" and doc[k].ent_id_ and is_possessive(doc[k + 1]):
        k += 2  # the body's State
    stop = _body_end(doc, k)
    # "X of the Council of Europe’s Observatory ... followed the meeting by video link": a name "of" a body, opening
    # its sentence as the subject of its verb
    if start == doc[start].sent.start and doc[end - 1].dep_ == "nsubj" and doc[end - 1].head.pos_ == "VERB" \
            and (stop is not None or k < len(doc) and doc[k].ent_type_ == "ORG" and doc[k].ent_id_):
        return True
    return stop is not None and stop < len(doc) - 1 \
        and (lemma_is_speech(doc[stop]) or doc[stop].text == "," and doc[stop + 1].lower_ == "who")


def _body_at(doc: Doc, i: int) -> bool:
    """Do the capitalised words from token i end in an organization word ("Ticino Cantonal Police")?"""
    return _body_end(doc, i) is not None


def _body_end(doc: Doc, i: int) -> int | None:
    """Where the capitalised words from token i end, when they end in an organization word; else None."""
    k = i
    while k < len(doc) and is_title_word(doc[k]) and k - i < 6:
        k += 1
    return k if k > i and doc[k - 1].text in gazetteer.lexicon().org_heads else None


# Last words of a building's or a site's name, never a person's.
# (Not "Hall", "Park" or "Church", which are also family names.)
FACILITY_WORDS = {"Theatre", "Theater", "Museum", "Library", "Stadium", "Hotel", "House", "Palace", "Cathedral",
                  "Mosque", "Synagogue", "Monastery", "Arena", "Square", "Airport", "Castle", "Fortress", "Gallery",
                  "Memorial"}
# Words that open the name of a feature of the land, never a person's name.
# First words of places, and of the languages and regions named after a compass point ("North Sámi").
GEOGRAPHIC_WORDS = {"Lake", "River", "Mount", "Mountains", "Gulf", "Sea", "Cape", "Bay", "Valley", "Strait", "Island",
                    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western"}


# Participles whose agent is a person: "led by X", "chaired by X".
AGENT_VERBS = {"led", "chaired", "moderated", "coached", "facilitated", "co-ordinated", "coordinated", "presided",
               "trained", "accompanied", "interviewed", "mentored", "co-chaired"}


def _group(doc: Doc, spans: list[tuple[int, int]]) -> dict[str, list[tuple[int, int]]]:
    """Fullest name -> its mentions: a name whose words are all in a longer one is the same person (of two
    namesakes, the one named last before it)."""
    words = {b: doc[b[0] : b[1]].text.split() for b in spans}
    ordered = sorted(set(spans), key=lambda b: (-len(words[b]), b))
    people: dict[str, list[tuple[int, int]]] = {}
    for bounds in ordered:
        mine = words[bounds]
        owners = [name for name in people if _is_part_of(mine, name.split())]
        if not owners and len(mine) == 1 and _after_honorific(doc, bounds[0]):
            # "Ms Nguyen" after "Nguyen Thi Lan": a name written family name first, its first word after a form of
            # address
            owners = [name for name in people if name.split()[0] == mine[0]][:2]
            owners = owners if len(owners) == 1 else []
        owner = _named_last_before(bounds[0], {name: [s for s, _ in people[name]] for name in owners}) \
            if len(owners) > 1 else next(iter(owners), None)
        if owner is None and len(mine) == 2 and bounds[0] > 0 and doc[bounds[0] - 1].lower_ == "in":
            # "In Lisbon Brannzxdal met ...": the town after "in" run into the surname of one named in full before
            owners = [name for name in people if len(name.split()) > 1 and name.split()[-1] == mine[-1]]
            if len(owners) == 1:
                owner, bounds = owners[0], (bounds[1] - 1, bounds[1])
        if owner is None:
            if len(mine) < 2 and not _after_honorific(doc, bounds[0]):
                continue  # a lone word with no full name to attach to is no evidence of a person
            owner = doc[bounds[0] : bounds[1]].text
            people[owner] = []
        people[owner].append(bounds)
    return people


def _is_part_of(words: list[str], full: list[str]) -> bool:
    """"Konrad" and "de Boer Buquicchio" end "Helga Konrad" / "Maud de Boer Buquicchio"."""
    if words and words[0].lower() in gazetteer.lexicon().name_particles and words[0].lower() in full:
        words = [words[0].lower(), *words[1:]]  # "Van Rijn" opening a sentence: the particle capitalised
    if words == full:
        return True
    if len(words) < len(full) and full[-len(words) :] == words:
        return True
    if len(words) == 1 < len(full) and "-" in full[-1] and full[-1].split("-")[0] == words[0]:
        return True  # "Ms Sgarbossa" for "Ornella Sgarbossa-Pitzalis": the first of a double surname
    return len(words) >= 2 and all(w in full for w in words)


def _honorific_at(doc: Doc, i: int) -> bool:
    """An honorific or rank ("Dr", "Colonel"), or a modifier of a rank ("Senior| Lieutenant", "First| Lieutenant")."""
    honorifics = gazetteer.lexicon().honorifics
    if doc[i].text in honorifics:
        return True
    if doc[i].text in gazetteer.lexicon().honorifics_before_full_name:
        return i + 2 < len(doc) and is_title_word(doc[i + 1]) and is_title_word(doc[i + 2]) \
            and not doc[i + 1].ent_id_
    return doc[i].text in gazetteer.lexicon().role_modifiers and i + 1 < len(doc) and doc[i + 1].text in honorifics


def _after_honorific(doc: Doc, start: int) -> bool:
    return start > 0 and doc[start - 1].text in gazetteer.lexicon().honorifics


def _add_later_mentions(doc: Doc, people: dict[str, list[tuple[int, int]]], taken: set[int],
                        heads: set[int]) -> None:
    """Every other use of a person's full name or surname (last word, with particles) is a mention of them; a
    surname two people share is the one's whose full name was written last before it."""
    text = doc_text(doc)
    surnames = {name: _surname(name) for name in people}
    written_at = {name: [s for s, _ in mentions] for name, mentions in people.items()}
    for name, mentions in people.items():
        surname = surnames[name]
        if surname is None:
            continue
        namesakes = [other for other in people if other != name and surnames[other] == surname]
        used = {i for s, e in mentions for i in range(s, e)}
        # The full name where it is written again (a mention the model labelled otherwise), else the surname.
        written = rf"{re.escape(name)}|{re.escape(surname)}"
        if " " in surname:  # "Van Rijn said": the particle capitalised at a sentence start
            written += rf"|{re.escape(surname[0].upper() + surname[1:])}"
        for match in re.finditer(rf"(?<![\w-])(?:{written})(?![\w-])", text):
            span = doc.char_span(match.start(), match.end())
            if span is None or used.intersection(range(span.start, span.end)):
                continue
            if namesakes and match.group() != name and _named_last_before(
                    span.start, {other: written_at[other] for other in (name, *namesakes)}) != name:
                continue
            if not taken.intersection(range(span.start, span.end)) or (span.start, span.end) in mentions:
                mentions.append((span.start, span.end))
                used.update(range(span.start, span.end))
        found = _family_name_first(doc, name, people)
        if found:  # rare: the tokens of every person's mentions are gathered only then
            assigned = {i for other in people.values() for s, e in other for i in range(s, e)}
            for start in found:
                if start not in assigned:  # the model may have labelled the word alone a person's name
                    mentions.append((start, start + 1))


def _surname(name: str) -> str | None:
    """The last word of a full name, with its particles ("de Boer") or the word before a suffix ("Toktogul
    uulu"); None for a one-word name."""
    words = name.split()
    if len(words) < 2:
        return None
    particles = gazetteer.lexicon().name_particles
    surname = [words[-1]]
    k = len(words) - 2
    if words[-1] in gazetteer.lexicon().name_suffixes and k > 0:
        surname.insert(0, words[k])  # "Toktogul uulu"
        k -= 1
    while k > 0 and (words[k] in particles or words[k - 1] in particles):
        surname.insert(0, words[k])
        k -= 1
    return " ".join(surname)


def _named_last_before(start: int, starts: dict[str, list[int]]) -> str:
    """Of namesakes (name -> where each was named), the one named last before token ``start``; the first if none
    was named before it."""
    return max(starts, key=lambda name: max((s for s in starts[name] if s < start), default=-1))


def _family_name_first(doc: Doc, name: str, people: dict[str, list[tuple[int, int]]]) -> list[int]:
    """"Bae said" after "Bae Hyun-woo": a name written family name first is referred to by its first word, the
    subject of a speech verb, when no other person's name has that word."""
    first = name.split()[0]
    if first in gazetteer.lexicon().name_particles or any(
            first in other.split() for other in people if other != name):
        return []
    verbs = gazetteer.lexicon().speech_verbs
    found = []
    for match in re.finditer(rf"(?<![\w-]){re.escape(first)}(?![\w-])", doc_text(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is None or len(span) != 1 or span.end >= len(doc):
            continue
        token = span[0]
        if doc[token.i + 1].lower_ in verbs and token.dep_ == "nsubj" \
                and not (token.i > 0 and is_title_word(doc[token.i - 1])):
            found.append(token.i)
    return found


def occupation_after(doc: Doc, i: int, limit: int = 4) -> tuple[int, int] | None:
    """Token bounds of the occupation in "a|an|the [adjective...] reporter" starting at token i, or None."""
    if i >= len(doc):
        return None
    article = doc[i].lower_ in {"a", "an", "the"}
    first = after_age(doc, i + 1 if article else i)
    words, k = 0, first - 1
    while words < limit and k + 1 < len(doc):
        k += 1
        token = doc[k]
        # (the limit counts words: "security co-|operation officer", "freedom of religion or belief adviser")
        words += not (token.text == "-" or token.lower_ in {"of", "and", "or"} or k > 0 and doc[k - 1].text == "-"
                      and not doc[k - 1].whitespace_)
        for occupation in _occupations_by_first_letters().get(_first_letters(token.lower_), ()):
            stop = _words_at(doc, k, occupation)
            if stop is None:
                continue
            if stop < len(doc) and doc[stop].is_lower and doc[stop].is_alpha and _occupation_at(doc, stop):
                break  # "chief | engineer", "head | teacher": the word qualifies the occupation after it
            if not token.is_lower and token.text in _role_words():
                return None  # "Head of Delegation": capitalised, an office's title, read as one
            if article or _employer_after(doc, stop):
                # Without an article ("X, witness support co-ordinator at the Y"), only with its employer.
                return k, stop
            if not (stop < len(doc) and doc[stop].is_lower and doc[stop].is_alpha):
                return None
            break  # ("X, chief | compliance officer at the Y": an occupation's word qualifies a longer one)
        # ("a retired dock worker", "a trained nurse": a participle qualifies the occupation too)
        if not (token.is_lower and (token.pos_ in {"ADJ", "NOUN", "PROPN"} or token.tag_ in {"VBG", "VBN"})
                or token.text == "-"
                # "an economic and environmental officer", "a climate and health expert": two qualifiers joined by "and"
                or token.lower_ in {"and", "or"} and k > first
                and (doc[k - 1].is_lower and doc[k - 1].pos_ in {"ADJ", "NOUN"} or _people_word(doc[k - 1]))
                and k + 1 < len(doc) and (doc[k + 1].is_lower or _people_word(doc[k + 1]))
                # "a rule of law officer": a noun's complement without an article qualifies the occupation too
                or token.lower_ == "of" and k > first and doc[k - 1].is_lower and doc[k - 1].pos_ == "NOUN"
                and k + 1 < len(doc) and doc[k + 1].is_lower and doc[k + 1].pos_ == "NOUN"
                or token.ent_type_ == "NORP" and token.ent_id_  # "a Lithuanian parliamentarian"
                or _language_compound_at(doc, k)  # "a Latgalian-language poet"
                or _people_word(token)  # "a Roma and Sinti officer"
                or token.ent_type_ == "LOC" and not token.ent_id_):  # "X, Asia lead at the Y": a region's post
            return None
        if article and token.is_lower and token.tag_ == "NN" and k + 1 < len(doc) \
                and doc[k + 1].lower_ in {"at", "with"} and _employer_after(doc, k + 1):
            # "a senior hydrologist at the Y", "a case worker with the Y": an occupation the lexicon does not
            # list, told by the employer right after it.
            return k, k + 1
    return None


def _language_compound_at(doc: Doc, k: int) -> bool:
    """"a | Latgalian|-language poet", "a Russian-speaking teacher": a capitalised word joined by a hyphen to a word of
    languages qualifies the occupation, whatever the model tagged it."""
    return doc[k].is_title and k + 2 < len(doc) and doc[k + 1].text == "-" \
        and doc[k + 2].lower_ in gazetteer.lexicon().language_heads


def _people_word(token: Token) -> bool:
    """"Roma", "Sinti": a people's name, which qualifies an occupation ("a Roma and Sinti officer")."""
    return token.text in gazetteer.lexicon().peoples or token.ent_type_ == "NORP" and not token.ent_id_ \
        and token.text[:1].isupper()


def remit_start(doc: Doc, end: int) -> int | None:
    """Where a remit in lower case ending before token ``end`` starts ("adviser | on online radicalization"): its
    "on" or "for", within eight words; None when there is none."""
    k = end - 1
    while k > max(end - 9, 0) and doc[k].is_lower and doc[k].lower_ not in {"on", "for"}:
        k -= 1
    return k if k < end - 1 and doc[k].lower_ in {"on", "for"} else None


def after_age(doc: Doc, i: int) -> int:
    """Past an age written before an occupation ("a | 22-year-old | medical student"), else ``i``."""
    words = [t.text for t in doc[i + 1 : i + 5]]
    return i + 5 if i < len(doc) and doc[i].like_num and words == ["-", "year", "-", "old"] else i


def _occupation_at(doc: Doc, k: int) -> bool:
    """Does an occupation of the lexicon start at token k?"""
    return any(_words_at(doc, k, o) is not None
               for o in _occupations_by_first_letters().get(_first_letters(doc[k].lower_), ()))


def conjunct_occupation_after(doc: Doc, i: int) -> tuple[int, int, int] | None:
    """"X, | the team's coach and a lecturer in law at the Y": where the occupation's "a" starts and the occupation's
    bounds, after an "and" that joins it to words of no office."""
    k = and_in_clause(doc, i, 8)
    if k is None or doc[k + 1].lower_ not in {"a", "an"}:
        return None
    occupation = occupation_after(doc, k + 1)
    return (k + 1, *occupation) if occupation is not None else None


def _employer_after(doc: Doc, i: int) -> bool:
    """Does token i open the employer of an occupation: "at the Y", "with Y", "of the Y"; also after the post's
    lower-case subject ("head | of strategic analysis at Tunisia's Y")?"""
    past_subject = False
    if i < len(doc) and doc[i].lower_ in {"of", "in", "on", "for"}:
        first = i + 2 if i + 1 < len(doc) and doc[i + 1].lower_ == "the" else i + 1  # "head of the migration unit at"
        m = first
        # ("professor of peace and conflict research | at the Y", "professor of sociology of religion | at the Y",
        # "director for social and civil affairs | at the Y": subjects joined by "and" or "of")
        while m < len(doc) and m - first < 4 and (subject_word(doc[m]) or doc[m].lower_ in {"and", "or", "of"}
                                                  and m > first and m + 1 < len(doc) and subject_word(doc[m + 1])):
            m += 1
        # ("chief of civil protection | in the District's Department of ...")
        if m > first and m < len(doc) and (doc[m].lower_ in {"at", "with", "for", "in"}
                                           or unit_subject(doc, first, m)):
            i, past_subject = m, True
    if i + 1 >= len(doc) or not (doc[i].lower_ in {"at", "with", "for", "of"}
                                 or doc[i].lower_ == "in" and (past_subject or _body_object(doc[i]))):
        return False
    return doc[i + 1].lower_ == "the" or is_title_word(doc[i + 1])


def _body_object(preposition: Token) -> bool:
    """"programme officer in | the Council of Europe's Youth Department": the preposition's object a body the model
    tagged (not "a lawyer in Osh", "an officer in the OSCE region")."""
    return any(c.dep_ == "pobj" and c.ent_type_ == "ORG" for c in preposition.children)


def subject_word(token: Token) -> bool:
    """A word of a post's subject: "international law", "Georgian philology", "the migration unit"."""
    # "the river monitoring department": a gerund as a modifier
    # ("an adviser on neighbourhood policing at the Y": a gerund after a noun of the subject, whatever its parse)
    modifier = token.tag_ == "VBG" and (token.dep_ in {"compound", "amod", "pobj", "pcomp"}  # "a lecturer in acting"
                                        or token.i > 0 and token.doc[token.i - 1].is_lower
                                        and token.doc[token.i - 1].pos_ == "NOUN")
    placed = token.ent_type_ in {"GPE", "LOC"} or token.ent_type_ == "ORG" and not token.ent_id_ \
        and token.i + 1 < len(token.doc) and token.doc[token.i + 1].is_lower  # a place the model took for a body
    if placed and token.is_title and token.dep_ in {"compound", "nmod"}:
        return True  # "head of the Lviv regional office of the Y": the place of the unit
    if token.is_title and token.dep_ == "compound" and not token.ent_id_ and token.head.is_lower \
            and UNIT_NOUNS.intersection({token.head.lower_, token.head.head.lower_}):
        return True  # "head of the Masalli customs post of the Y": the unit's place, whatever the model took it for
    # "commander of the Mohyliv-Podilskyi border detachment of the Y": a capitalised place of two words joined by a
    # hyphen, qualifying a lower-case noun, whatever the model tagged its first word
    doc = token.doc
    head = token.head if token.dep_ == "compound" else None
    if head is not None and head.is_title and head.dep_ == "compound":
        head = head.head
    hyphened = token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_ \
        or token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_
    if token.is_title and hyphened and head is not None and head.is_lower and head.pos_ == "NOUN":
        return True
    glued = token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_
    # A lower-case word the tagger took for a proper noun ("risk management department") is a common one.
    return token.is_lower and (token.pos_ in {"ADJ", "NOUN", "PROPN"} or modifier) \
        or token.ent_type_ in {"NORP", "LANGUAGE"} \
        or glued  # "the anti-trafficking sector"


# Lower-case words for a part of a body: "head of the maritime inspection department of the Y".
UNIT_NOUNS = {"department", "unit", "section", "division", "sector", "office", "service", "team", "branch", "desk",
              "directorate", "programme", "laboratory", "chapter", "platoon", "company", "battalion", "squad", "crew",
              "brigade", "regiment", "detachment", "post", "station", "checkpoint", "centre", "center",
              "commission", "committee", "council", "board", "panel", "group", "ward", "room"}


def unit_subject(doc: Doc, start: int, end: int) -> bool:
    """Are tokens start..end a lower-case part of a body followed by "of" its body ("the maritime inspection
    department | of the Y")?"""
    return end > start and end < len(doc) and doc[end].lower_ == "of" and doc[end - 1].lower_ in UNIT_NOUNS \
        and doc[end - 1].is_lower


def _first_letters(text: str) -> str:
    match = re.match(r"[a-z]+", text)
    return match.group() if match else ""


@cache
def _occupations_by_first_letters() -> dict[str, list[str]]:
    """The occupations by the letters they begin with ("co" for "co-ordinator"), longest first."""
    index: dict[str, list[str]] = {}
    for occupation in sorted(gazetteer.lexicon().occupations, key=len, reverse=True):
        index.setdefault(_first_letters(occupation), []).append(occupation)
    return index


def _words_at(doc: Doc, k: int, phrase: str) -> int | None:
    """End of ``phrase`` written from token k ("co-ordinator" is three tokens), else None."""
    text = ""
    for j in range(k, min(k + 6, len(doc))):
        text += doc[j].lower_
        if text == phrase:
            return j + 1
        if not phrase.startswith(text):
            return None
        if doc[j].whitespace_:
            text += " "
    return None


def _occupation_after(doc: Doc, i: int) -> bool:
    return occupation_after(doc, i) is not None
