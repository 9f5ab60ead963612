"""Organizations and their units, with acronyms and parents.

Sources: ORG entities (the gazetteer ruler's, with their reference key, and the model's),
and units named after a possessive ("UNODC's Division for Treaty Affairs" -> a unit of
UNODC). A model ORG counts only when it looks like an organization (an organization
head word such as Office/Ministry/Foundation, or an acronym); people, titles, documents,
event series and the dateline are not organizations.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, partial

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.extract.common import (
    BODY_KINDS,
    COMPANY_KINDS,
    CONNECTORS,
    PARK_WORDS,
    PLACE_NOUNS,
    SERVICES,
    STAFFED_SITE_WORDS,
    TRANSLATED_KINDS,
    bracketed_acronym,
    bracketed_translation,
    dateline_end,
    described_workplace,
    doc_text,
    ent_end,
    ent_start,
    evidence,
    evidence_spans,
    foreign_particle,
    has_org_head,
    holds_words,
    initials,
    is_acronym,
    is_possessive,
    is_title_word,
    joins_name,
    once_per_doc,
    open_bracket,
    other_language_bodies,
    outlet_spans,
    outlet_word_after,
    role_head_tokens,
    spelled_by_acronym,
    spoken_for_bodies,
    strip_the,
    token_strings,
    translated_body,
    workplace_start,
    written_at,
)
from kg.extract.documents import document_spans
from kg.model import Extraction, OrgMention, Release
from kg.nlp import COMPASS_WORDS, FIELD_OPERATION_ID

# Nouns of an apposition that describe a name as an organization ("X, a peace research institute").
ORG_KINDS = {"institute", "organization", "organisation", "foundation", "ngo", "charity", "association", "network",
             "think-tank", "centre", "center", "company", "operator", "agency", "enterprise", "broadcaster",
             "utility"}
NOT_ORGS = {"NGO", "NGOs", "CSO", "CSOs", "ICT", "OSCE PA", "LGBT", "LGBTI", "LGBTQ", "LGBTIQ"}
# "SLAPPs", "NGOs": an acronym in the plural names a kind of thing, not one organization.
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
# A part of a larger body: "the X Unit of the Y Department" names the unit and its parent, not one body.
UNIT_WORDS = {"Unit", "Branch", "Section", "Sector", "Division", "Hub", "Desk", "Cell", "Command", "Troops",
              "Secretariat", "Academy", "Squadron", "Team"}


# A State's forces are named without the place a unit of them serves in ("the Coast Guard | in Crete").
FORCES = {"Police", "Guard", "Navy", "Army", "Gendarmerie", "Carabinieri", "Forces"}


@dataclass
class _Found:
    start: int  # token bounds
    end: int
    name: str
    key: str | None  # gazetteer key
    parent: str | None = None  # written name of the parent organization
    title: bool = False  # an institution written as its holder's title ("OSCE High Commissioner on ...")


_MENTIONS = "kg.org_mentions"  # doc.user_data key of the mentions found, with the people they were found around


def org_mentions(release: Release, doc: Doc, extraction: Extraction) -> list[_Found]:
    """Every organization mention in reading order, with token bounds (used by roles too).

    Found once per doc and set of people: the organizations and roles extractors both read them,
    and finding them is a tenth of the extractors' time. Callers must not change the list."""
    people_spans = tuple((e.start, e.end) for p in extraction.people for e in p.evidence)
    memo = doc.user_data.get(_MENTIONS)
    if memo is not None and memo[0] == people_spans:
        return memo[1]
    found = _find_org_mentions(release, doc, extraction)
    doc.user_data[_MENTIONS] = (people_spans, found)
    return found


def _find_org_mentions(release: Release, doc: Doc, extraction: Extraction) -> list[_Found]:
    people = {i for p in extraction.people for e in p.evidence
              for i in range(_token_at(doc, e.start), _token_at(doc, e.end - 1) + 1)}
    documents = [range(s, e) for s, e in document_spans(doc)]
    heads = role_head_tokens(doc)
    skip = (len(release.title) + 2, dateline_end(release))
    found: list[_Found] = []
    seen: set[tuple[int, int]] = set()
    joined_until = 0  # end of a name that took in the organization after it
    ents = _with_other_language_bodies(doc, _holders_office_joined(doc, _remit_tagged_apart(doc, doc.ents), heads))
    ents = _with_untagged_units(doc, ents)
    title_end = next((t.i for t in doc if t.idx >= len(release.title)), len(doc))
    for ent in _headline_list(doc, _two_bodies_apart(doc, _university_cut_short(doc, ents)), title_end):
        if (held := people.intersection(range(ent.start, ent.end))) and ent.label_ == "ORG":
            # "the Ministry of Defence, | X,", "the Muslim Community of Y, | Imam X": the model ran the name on over a
            # comma into a person (and the honorific before the name)
            cut = name_start = min(held)
            while cut - 1 > ent.start and doc[cut - 1].text in gazetteer.lexicon().honorifics:
                cut -= 1
            if cut - 1 > ent.start and doc[cut - 1].text == "," and held == set(range(name_start, ent.end)):
                ent, held = Span(doc, ent.start, cut - 1, label="ORG", span_id=ent.ent_id), set()
            elif cut > ent.start + 1 and held.issuperset(range(name_start, ent.end)) \
                    and has_org_head(doc[ent.start : cut].text):
                # "Deputy Chairman of the Supreme Court | X Y-Z said", "State Secretary of the Ministry of Labour, ...
                # and Social Policy | X Y told": the model ran the body's name on into the holder's (and his title's:
                # "Urgench State University | Rector | X Y")
                while cut - 1 > ent.start and cut - 1 in heads:
                    cut -= 1
                ent, held = Span(doc, ent.start, cut, label="ORG", span_id=ent.ent_id), set()
        if ent.label_ == "PERSON" and not held and described_as_body(doc, ent):
            # "Kyrgyz | Temir Jolu, Kyrgyzstan’s national railway company": a body the model took for a person, with
            # the State's adjective that opens its name
            first = ent.start - 1 if ent.start > 0 and _state_adjective(doc[ent.start - 1]) else ent.start
            ent = Span(doc, first, ent.end, label="ORG")
        # ("the Rule of Law Department": a body's name the model took for a law's, closed by an organization word)
        law_as_body = ent.label_ == "LAW" and ent[-1].text in gazetteer.lexicon().org_heads
        if not (ent.label_ == "ORG" or _institution_as_facility(ent) or law_as_body) \
                or skip[0] <= ent.start_char < skip[1] or held:
            continue
        if ent.start < joined_until:
            continue
        if ent[0].lower_ in {"a", "an"} and not ent.ent_id_:
            continue  # "an Integrated Health, Safety and Service Approach": a kind of thing, no one body's name
        if ent.text in gazetteer.lexicon().language_names:
            continue  # "in Church Slavonic": a language
        if not ent.ent_id_ and ent[-1].is_lower and ent[-1].lower_ in ORG_KINDS | BODY_KINDS:
            continue  # "the Roma women’s association | X": the kind of the body named after it
        if not ent.ent_id_ and len(ent) > 2 and is_possessive(ent[-1]) and ent[-2].is_lower and ent.end + 1 < len(doc) \
                and doc[ent.end].is_lower and doc[ent.end].lower_ in ORG_KINDS | BODY_KINDS:
            continue  # "the Roma women’s | association X": the people the body serves, then its kind
        start, end, peoples = ent.start, ent.end, gazetteer.lexicon().peoples
        while start < end:
            if start + 2 < end and doc[start].is_lower and is_possessive(doc[start + 1]):
                start += 2  # "the university's | X"
            elif start + 1 < end and (doc[start].is_lower or doc[start].text == "NGO") \
                    and doc[start].lower_ in COMPANY_KINDS | ORG_KINDS and is_title_word(doc[start + 1]):
                start += 1  # "the Riga-based bank | Zemgaleskrasts", "the NGO | X": the kind is no word of the name
            elif start + 2 < end and (doc[start].ent_type_ == "NORP" or doc[start].text in peoples) \
                    and (kind := _kind_after_people(doc, start + 1, end)) is not None:
                start = kind + 1  # "the Roma (women’s) organization | X": the people it serves and its kind
            elif doc[start].lower_ == "the" or doc[start].is_punct:
                start += 1
            else:
                break
        # ("the Federation of | Polish | Jewish Communities": a people's adjective then the rest of the name)
        people_of = end + 1 < len(doc) and doc[end].ent_type_ == "NORP" and doc[end].ent_iob_ == "B" \
            and not doc[end + 1].ent_type_ and is_title_word(doc[end + 1])
        if not ent.ent_id_ and (end - start > 2 or people_of) and doc[end - 1].lower_ == "of" and end < len(doc) \
                and (not doc[end].ent_id_ and (doc[end].ent_type_ == "GPE" and doc[end].ent_iob_ == "B"
                                               or not doc[end].ent_type_ and is_title_word(doc[end])) or people_of):
            # "the Specialized Inter-District Court for Juvenile Affairs of | Shymkent": the model ran the name on
            # into "of"; the town after it (not a State) ends it
            end += 1
            while end < len(doc) and (doc[end].ent_iob_ == "I" or not doc[end].ent_type_ and is_title_word(doc[end])):
                end += 1
                # ("the Association of Austrian Autonomous Women’s Shelters", "the Federal Council of Hungarian Roma
                # and Sinti": a possessive, or a second people, inside the name)
                if people_of and end + 1 < len(doc) and (is_possessive(doc[end]) or doc[end].lower_ == "and") \
                        and is_title_word(doc[end + 1]) and end + 1 not in heads \
                        and doc[end + 1].ent_type_ in {"", "NORP", "LOC"}:
                    end += 2
        if not ent.ent_id_ and end - start >= 2 and is_possessive(doc[end - 1]) and doc[end - 2].text.endswith("s") \
                and end < len(doc) and doc[end].text in gazetteer.lexicon().org_heads:
            end = _head_end(doc, end)  # "the Novohrad Hunters' | Chamber": the model stopped at a plural's possessive
        while end - start > 2 and end < len(doc) and doc[end - 1].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end - 2].whitespace_ and doc[end].ent_type_ == "GPE" and doc[end].ent_id_:
            # "the Regional Council of Hauts-de-| France": a place's hyphen-joined name, a State's its last word
            end = ent_end(doc, end)
        while end > start and (doc[end - 1].is_punct or is_possessive(doc[end - 1])
                               or (doc[end - 1].is_lower and doc[end - 1].lower_ in CONNECTORS)):
            end -= 1
        if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "based":
            # "the Institute for Minority Rights of the Bolzano|-based Eurac Research": the place is the seat of
            # the next body, not a word of this one's name
            k = end - 1
            while k > start and is_title_word(doc[k]):
                k -= 1
            if k > start + 1 and doc[k].lower_ == "the" and doc[k - 1].lower_ == "of":
                end = k - 1
        if (opened := open_bracket(doc, start, end)) is not None:
            end = opened  # "the World Customs Organization (WCO": the model's span stops inside the brackets
        if start >= end:
            continue
        ent_id = ent.ent_id_
        of = start - 2 if start >= 3 and doc[start - 1].lower_ == "the" else start - 1
        if not ent_id and of >= 1 and doc[of].lower_ == "of" and doc[of - 1].text == "Minister":
            # "Deputy Minister of | Territorial Administration and Infrastructure X", "Minister of the | Interior and
            # Administration": the office's portfolio
            continue
        if not ent_id and of >= 1 and doc[of].lower_ == "for" and doc[of - 1].text in gazetteer.lexicon().role_heads \
                and all(t.text in gazetteer.lexicon().portfolio_words or t.lower_ == "and" for t in doc[start:end]):
            continue  # "the State Secretary for | Church and Minority Relations": the office's portfolio, no body
        longer = _inside_longer_name(doc, ent, start)
        if ent.label_ == "PERSON" and start == ent.start:
            # "Estonia's State | Labour Inspectorate": the model took the body's last words for a person's name, and
            # cut it short; the capitalised words before them open it.
            while start > 0 and start - 1 not in heads and _opens_longer_name(doc, start):
                start -= 1
            if (spelled := spelled_by_acronym(doc, start, end)) is not None:
                start = spelled  # "Norway | Post Group (NPG)" (also from a text's first token)
        if longer:
            # "Kazakhstan's National | Security Committee": the longer name, which the gazetteer does not list
            while start > 0 and _opens_longer_name(doc, start):
                start -= 1
            ent_id = ""  # the longer name is not the listed one (a span's id would be that of its root)
        if not ent_id and (opened := _state_name_start(doc, start)) < start:
            start = opened  # "the Kazakhstan Bar Association": the State's name opens the body's
        elif not ent_id and start >= 2 and _state_adjective(doc[start - 1]) and doc[start - 2].lower_ == "the" \
                and doc[start].text not in {"Ministry", "Federal", "Government"}:
            start -= 1  # "the Swedish | International Development Cooperation Agency": the adjective opens the name
        if not ent_id:
            start = _hyphen_joined_start(doc, start)
        if (not ent_id or ent_id == FIELD_OPERATION_ID) and not longer:  # "Mission to Bosnia and ..." runs on too
            known = _known_org_after_and(doc, start, end)
            if known is not None:
                end, (k_start, k_end, entry) = known[0], known[1:]
                found.append(_Found(k_start, k_end, doc[k_start:k_end].text, entry.key))
                seen.add((k_start, k_end))
        if not ent_id and end - 1 in heads and end in heads:
            continue  # "National Programme| Officer": the first words of a title the span cuts
        if not ent_id and end - 1 in heads and _modifiers_then_head(doc, start, end, heads):
            continue  # "Regional Programme Co-ordinator": a title of the role words, no body
        # ("the Mission’s National Programme Officer | for Police Development": a title with its remit, no body)
        office = max((k + 1 for k in range(start, end) if is_possessive(doc[k])), default=start)
        remit = next((k for k in range(office + 1, end) if doc[k].lower_ in {"for", "on"}), None)
        if not ent_id and remit is not None and remit - 1 in heads and _modifiers_then_head(doc, office, remit, heads):
            continue
        if not ent_id and doc[end - 1].text == "Staff" and _of_office(doc, start, heads):
            continue  # "Chief of the | Armed Forces Staff": the staff a chief heads is part of the office
        if not ent_id and start in heads:
            # "The Permanent Observer of the League of Arab States" as one span: the office is no part of the name.
            k = start
            while k < end and k in heads:
                k += 1
            if k + 2 < end and doc[k].lower_ == "of":
                start = k + 2 if doc[k + 1].lower_ == "the" else k + 1
            elif k == end:
                continue  # "the Head of Mission": a title (with the kind of body it heads), all of it
            elif k < end and doc[k].lower_ == "for" and all(t.text in gazetteer.lexicon().portfolio_words
                                                            or t.lower_ == "and" for t in doc[k + 1 : end]):
                continue  # "Secretary of | State for Internal Administration": the office's portfolio, no body
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].is_lower \
                and doc[end + 1].tag_ not in {"VBN", "VBD"}:
            # "... Inter-Parliamentary Co|-operation": the model cut a hyphenated word; "OSCE-supported" is
            # the organization and a participle.
            end += 2
        if _hyphen_on(doc, end):
            # "the Special Prosecutor’s Office for High|-Tech Crime": the name goes on past a capitalised hyphenated
            # word, to the end of its capitalised words.
            end += 2
            while end < len(doc) and (is_title_word(doc[end]) and not doc[end].ent_type_ or _hyphen_on(doc, end)):
                end += 2 if doc[end].text == "-" else 1
        if end < len(doc) and doc[end - 1].text in {"No.", "No"} and doc[end].like_num:
            end += 1  # "the Uyghur School-Gymnasium No. | 101": the model left the school's number out
        # "the Mission's Security Co-operation Department": the unit, a part of its owner;
        # "the Prosecutor General's Office": an office named after its holder is one name.
        owner = None
        inner = [i for i in range(start + 1, end - 1) if is_possessive(doc[i])]
        # "the Supreme State Prosecutor’s Office": an office word alone after the holder's title is no unit.
        holders_office = bool(inner) and inner[-1] - 1 in heads and (end - inner[-1] == 2
                                                                     or doc[inner[-1] + 1].text == "Office")
        # "the Central Asian Women Entrepreneurs’ Network": the possessive of people, not of an owning body.
        # "the Federation of Journalists’ Associations": a plural possessive of the members a body's name ends in.
        of_people = bool(inner) and (not _owning_body(doc, start, inner[-1]) or _members_possessive(doc, inner[-1]))
        owner_span = None
        if inner and inner[-1] == start + 1 and doc[start].lower_ in PLACE_NOUNS:
            start = inner[-1] + 1  # "the District’s | Department of Public Safety": the place's body, named without it
        elif inner and not all(i in heads for i in range(start, inner[-1])) and not holders_office and not of_people \
                and gazetteer.find_org(doc[start:end].text) is None:  # ("the United Nations Children’s Fund")
            owner = doc[start : inner[-1]].text
            if inner[-1] == start + 1 and not has_org_head(owner) and not doc[start].ent_id_:
                owner = _listed_earlier(doc, start) or owner  # "the Mechanism's ...": the body named before
            owner_span = (start, inner[-1])
            start = inner[-1] + 1
        # (a headline lists bodies without their article: "with Ministry of Culture, State Police and IKTK")
        listed = end <= title_end and doc[start].lower_ != "the" and (start == 0 or doc[start - 1].lower_ != "the")
        # (not into a person's name: "the Ministry of Labour, ... and Social Policy | X Y told")
        portfolios_end = _listed_portfolios(doc, start, end, listed)
        end = next((i for i in range(end, portfolios_end) if i in people), portfolios_end)
        if not (ent_id and end < len(doc) and doc[end].lower_ == "in"):
            # ("the International Organization for Migration | in Turkmenistan": a known body's name is whole; the
            # State it works in is no part of it)
            end = _state_after(doc, start, end)
        # "the University of Arts | in Tirana", "Ss. Cyril and Methodius University | in Skopje"
        teaching = doc[start].text in TEACHING_BODIES or doc[end - 1].text in TEACHING_BODIES or _school_end(doc, end)
        if not ent_id and (doc[end - 1].text in gazetteer.lexicon().org_heads or teaching
                           or doc[max(end - 2, 0) : end].text in gazetteer.lexicon().org_heads  # "Safe House"
                           or doc[start].text in POSTED_BODIES) and not _premises_of(doc, start):
            placed = _place_complement(doc, end, heads, people, posted=doc[start].text in POSTED_BODIES,
                                       of_state=_after_state_possessive(doc, start) or doc[end - 1].text in FORCES
                                       or doc[end - 1].ent_type_ == "GPE" and bool(doc[end - 1].ent_id_),
                                       local=_local_body(doc, start, end))
            # (not a headline's last "in <town>": "... with X, Y and Central Election Commission | in Shkodër", where
            # the news took place)
            if not (listed and doc[end].lower_ == "in" and placed >= title_end):
                end = placed
        if not ent_id:
            joined = _and_joined_end(doc, end, heads, people, listed)
            if joined > end and doc[joined - 1].text in TEACHING_BODIES:
                joined = _place_complement(doc, joined, heads, people)  # "Ss. Cyril | and Methodius University in X"
            end = joined
            start = _and_joined_start(doc, start, end, heads, people)
            joined_until = max(joined_until, end)
        complement = None if ent_id else _complement_after(doc, start, end, documents, people)
        if complement is not None and complement[1] and doc[start].text not in POSTED_BODIES:
            # "the Conventional Arms Branch of | UNODA", "the Global Maritime Crime Programme of | the United Nations
            # Office on Drugs and Crime": a unit of a listed organization, named without its parent; a body that
            # represents one is named with it ("the Delegation of the European Union to Albania").
            owner = complement[1]
        elif complement is not None:
            end, owner = complement
            joined_until = end
        unit_end = _prefixed_unit(doc, end, heads, people) if ent_id and ent_id != FIELD_OPERATION_ID else end
        if unit_end > end:
            # "ODIHR Election Observation Mission": a unit named with its parent's prefix.
            owner, end = doc[start:end].text, unit_end
            # "the OSCE Academy | in Bishkek": the place the unit is in is part of its name.
            end = _and_joined_end(doc, _place_complement(doc, end, heads, people), heads, people)
            end = _state_after(doc, start, end)  # "the OSCE Support Programme | for Ukraine"
            end = _remit_after(doc, end, people)  # "the United Nations Centre | for Trade Facilitation and ..."
        if not ent_id and doc[end - 1].text not in gazetteer.lexicon().org_heads \
                and has_org_head(doc[start:end].text):
            end = _between_end(doc, end, people)
        end = _region_word_after(doc, start, _past_people_possessive(
            doc, _to_bracketed_acronym(doc, start, end, heads, people), people))
        if not ent_id:
            end = _place_after_members_or_remit(doc, start, end)
            start, end = _listed_in_headline(doc, start, end)
            end = _plural_remit_in(doc, start, end)
            end, run_into = _before_parent_run_into(doc, start, _before_body_named_before(doc, start, end, found))
            if run_into is None:
                end, run_into = _remit_unit_before_parent(doc, start, end, found)
            if end == start:
                continue
            if run_into is not None:
                owner, owner_span = doc[run_into[0] : run_into[1]].text, run_into
        text = doc[start:end].text
        if any(start in r and end - 1 in r for r in documents) and not (ent_id and is_possessive(doc[end])):
            continue
        if end + 1 < len(doc) and doc[end].lower_ in {"resolution", "resolutions"} and doc[end + 1].like_num:
            continue  # "UN Security Council resolution 1325": a document's name, as a Council's numbered Decision
        if end < len(doc) and doc[end].lower_ in {"decision", "decisions", "declaration"} \
                and doc[end - 1].text == "Council":
            continue  # "the Ministerial Council decision on ...": a document the Council adopted, not the Council
        # "an OSCE seminar": a listed organization that is no meeting series organizes the meeting; it names none
        # ("the 2041 OSCE Ministerial Council in X", a Council's yearly meeting, is no organizer).
        organizer = bool(ent_id) and ent_id != FIELD_OPERATION_ID and not gazetteer.find_series(text) \
            and not (doc[end - 1].text == "Council" and start > 0 and _year_or_ordinal(doc[start - 1]))
        if _names_an_event(doc, start, end) and not organizer or (start, end) in seen \
                or _tail_of_longer_name(doc, start, end):
            continue
        entry = (None if unit_end > ent.end else gazetteer.org_by_key(ent_id)) or gazetteer.find_org(text)
        field_operation = ent_id == FIELD_OPERATION_ID and entry is None
        if entry is None and not field_operation:
            if text in NOT_ORGS or _PLURAL_ACRONYM.fullmatch(text) or gazetteer.find_series(text) \
                    or gazetteer.find_state(text) or text in gazetteer.lexicon().peoples \
                    or _plural_office(doc, start, end) \
                    or _rank_of_service(doc, start, end):
                continue
            if not looks_like_org(text) and not (owner and text in gazetteer.lexicon().org_heads) \
                    and not kind_after(doc, end) and not _kind_before(doc, start, people) \
                    and (start, end) not in spoken_for_bodies(doc) \
                    and not (ent.label_ == "PERSON" and spelled_by_acronym(doc, start, end) is not None) \
                    and not (ent.label_ == "ORG" and _spelled_in_brackets(doc, start, end)) \
                    and not (start > 1 and _seat_modifier(doc, start - 1)  # "the Bolzano-based X"
                             and text not in gazetteer.lexicon().org_heads):  # not "the Zagreb-based Commission"
                continue  # "the Court’s Bureau": a unit's one organization word, with its owner, names it
            if any(i in heads for i in range(start, end)) and not has_org_head(text):
                continue
        item = _Found(start, end, text, entry.key if entry else None, title=_written_as_title(doc, start, end))
        if field_operation or (entry is None and text.startswith("OSCE ") and len(text) > 5):
            item.parent = "OSCE"
        if entry is None and start >= 2 and is_possessive(doc[start - 1]) and doc[start - 2].ent_type_ == "ORG":
            # "IOM's Counter-Trafficking Services": a unit of the organization before the possessive; "the
            # university's Faculty of ...": of the university named last before it.
            word = doc[start - 2].text
            item.parent = strip_the(doc[ent_start(doc, start - 2) : start - 1].text) if not word.islower() \
                else next((f.name for f in reversed(found) if word.title() in f.name.split()), None)
        if owner:
            item.parent = owner
        # "the European Commission’s | Directorate-General for Internal Market, Industry, ...": a unit found after its
        # parent's possessive, cut at a comma, gives way to the longer name found since.
        found = [f for f in found if not (f.start == start and f.end < end and f.key is None and f.parent)]
        found.append(item)
        seen.add((start, end))
        if owner_span is not None and owner == item.parent and _named_owner(doc, *owner_span) \
                and not any(f.start < owner_span[1] and owner_span[0] < f.end for f in found):
            # "the Ministry of the Interior’s National Office for ...": the owner is named too.
            owner_entry = gazetteer.find_org(owner)
            found.append(_Found(*owner_span, owner, owner_entry.key if owner_entry else None))
            seen.add(owner_span)
        unit = _unit_after(doc, end, heads, documents)
        # ("the OSCE’s Guidebook on Community Policing": a document the organization owns, no unit of it)
        if unit is not None and unit not in seen and not any(unit[0] in r and unit[1] - 1 in r for r in documents):
            found.append(_Found(unit[0], unit[1], doc[unit[0] : unit[1]].text, None, parent=text))
            seen.add(unit)
    for start, end in _untagged_bodies(doc, heads, people, documents, skip):
        start = _town_start(doc, start, end)
        if end - start > 3 and end < len(doc) and doc[end - 2].lower_ == "and" and doc[end].pos_ == "NOUN" \
                and doc[end].is_lower and is_title_word(doc[end - 1]) \
                and doc[end - 1].text not in gazetteer.lexicon().org_heads \
                and doc[end - 1].text not in gazetteer.lexicon().portfolio_words:
            end -= 2  # "the Bureau for Reintegration Policies and | Tiraspol transport officials": the town's people
        # A body named with the organization it belongs to ("the Delegation of | the European Union") holds
        # that organization's mention; a name ending it that the gazetteer does not know ("the State Inspectorate of
        # Labour and | Social Services") was a part of it; any other overlap is a name found already.
        tails = [f for f in found if start < f.start and f.end == end and f.key is None and f.parent is None]
        if any(start < f.end and f.start < end and not (start < f.start and f.end <= end and f.key) and f not in tails
               for f in found):
            continue
        found = [f for f in found if f not in tails]
        text = doc[start:end].text
        if gazetteer.find_state(text) or gazetteer.find_series(text) or _names_an_event(doc, start, end):
            continue
        owner = next((f.name for f in found if f.end == start - 1), None) \
            if start > 0 and is_possessive(doc[start - 1]) else None
        if owner is None and end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end - 1].text in UNIT_WORDS:
            # "the Strategic Police Matters Unit of | the Transnational Threats Department": a listed body's unit
            after = end + 2 if doc[end + 1].lower_ == "the" else end + 1
            owner = next((f.name for f in found if f.start == after and f.key), None)
        if owner is None and end + 1 < len(doc) and doc[end].lower_ == "of" and doc[start].text in ACADEMIC_UNITS:
            # "the Centre for Water Research of | Kaunas University of Technology": a university's unit
            after = end + 2 if doc[end + 1].lower_ == "the" else end + 1
            owner = next((f.name for f in found if f.start == after and TEACHING_BODIES & set(f.name.split())), None)
        found.append(_Found(start, end, text, None, parent=owner))
        if start + 1 == end and not is_title_word(doc[start]):
            # "swisspeace": a lower-case name is found by its description once; its other uses are mentions.
            for match in re.finditer(rf"(?<![\w-]){re.escape(text)}(?![\w-])", doc_text(doc)):
                span = doc.char_span(match.start(), match.end())
                if span is not None and not any(span.start < f.end and f.start < span.end for f in found):
                    found.append(_Found(span.start, span.end, text, None))
    for start, end in outlet_spans(doc):
        # "a correspondent for the news website X": an outlet, whatever its name looks like; the model's shorter names
        # inside it are its words ("the broadcaster | Adjara TV | and | Radio").
        kept = [f for f in found if not (f.key is None and start <= f.start and f.end <= end
                                         and f.end - f.start < end - start)]
        if skip[0] <= doc[start].idx < skip[1] or any(start < f.end and f.start < end for f in kept):
            continue
        found = kept
        # The tokenizer may leave a sentence's full stop on an unknown word ("Gazeta.").
        found.append(_Found(start, end, doc[start:end].text.rstrip(".,;:"), None))
    # (not inside a document's name: "the International Ship and Port Facility Security (ISPS) Code")
    spelled = [s for s in _spelled_acronyms(doc, heads, people) if not any(s[0] in r for r in documents)]
    found = _acronym_defined(doc, found, spelled, skip)
    formats = _acronyms_of_no_body(doc, spelled) | _acronyms_of_lower_case_words(doc)
    found = [f for f in found if not (f.key is None and f.name in formats)]  # "the GID": a format, no body
    found = [f for f in found if not _plural_kind(doc, f)]
    subordinate: list[_Found] = []  # names that go on "under" another body, which they then hold
    for item in found:
        if item.key is None and (longer := _run_to_acronym(doc, item.start, item.end, heads, people)) > item.end:
            item.end, item.name = longer, doc[item.start : longer].text
        end = _holders_remit_end(doc, item, heads, _named_after_end(doc, _slashed_end(doc, _delegated_to(doc, item))))
        if end > item.end and item.key is None:
            item.end, item.name = end, doc[item.start : end].text
        if item.key is None and (under := _under_body_end(doc, item.end)) > item.end:
            item.end, item.name = under, doc[item.start : under].text
            subordinate.append(item)
        if item.key is None and _state_adjective(doc[item.start]) \
                and doc[item.start + 1 : item.end].text.startswith(("Ministry ", "Federal Ministry ")):
            # "the German | Federal Ministry for ...": a State's ministry is named without the State, as its
            # officials' ministries are ("the Ministry of the Interior of Serbia" is the graph's own name for it).
            item.start, item.name = item.start + 1, doc[item.start + 1 : item.end].text
        adjective = item.start - 1 if item.start > 0 and doc[item.start - 1].ent_type_ == "NORP" else item.start
        if item.key is None and adjective > 1 and doc[adjective].ent_type_ == "NORP" \
                and doc[adjective - 1].text in COMPASS_WORDS and doc[adjective - 2].lower_ == "the":
            # "the West Ukrainian | National University", "the East | Slovak Water Institute": a region's adjective (a
            # compass word and a State's) opens the name
            item.start, item.name = adjective - 1, doc[adjective - 1 : item.end].text
        if item.key is None and (named := _named_after_start(doc, item.start, item.end, heads, people)) < item.start:
            item.start, item.name = named, doc[named : item.end].text
    found = [f for f in found if not any(s is not f and s.start <= f.start and f.end <= s.end for s in subordinate)]
    # ... and is the body written again without it ("the Financial Monitoring Department" after "the Financial
    # Monitoring Department under the National Bank of X")
    shorter = {s.name[: s.name.index(" under the ")]: s.name for s in subordinate}
    for item in found:
        if item.key is None and item.name in shorter:
            item.name = shorter[item.name]
    found = [part for item in found for part in _unit_of_acronym_parent(doc, item)]
    found = _split_faculties(doc, found)
    found = [part for item in found for part in _unit_of_named_parent(doc, item)]
    found = _split_faculties(doc, found)  # (a faculty the unit-of-parent rule split off its department)
    found = [part for item in found for part in _committee_of_body(doc, item)]
    found.extend(_office_units(doc, found, heads, people))
    found.extend(_apposed_acronyms(doc, found))
    found.extend(_written_again(doc, found, people, skip))
    # "the Cybercrime Bureau | of the | X Board", found as two names: the unit's parent is the body after it
    starts = {f.start: f for f in found}
    for item in found:
        parent = starts.get(item.end + 2)
        if item.key is None and item.parent is None and parent is not None and item.end + 2 < len(doc) \
                and doc[item.end].lower_ == "of" and _named_unit(doc, item.start, item.end):
            item.parent = parent.name
    refs = _head_back_references(doc, found, skip)
    found = [f for f in found if not any((f.start, f.end) == (r.start, r.end) for r in refs)] + refs
    # "the Soviet Union": a State that is no more, named with an organization word, is none; nor is "the State Union
    # of Serbia | and Montenegro", cut at the State the gazetteer tags.
    text = doc_text(doc)
    former = gazetteer.lexicon().former_states
    found = [item for item in found if item.name not in former and not any(
        name.startswith(item.name) and text.startswith(name, doc[item.start].idx) for name in former)]
    found.sort(key=lambda f: f.start)
    return found


def _office_units(doc: Doc, found: list[_Found], heads: set[int], people: set[int]) -> list[_Found]:
    """"Commander of the Lake Shkodër Flotilla of | the Coast Guard", "Head of the Juvenile Unit of | the X Police
    Department": the capitalised words between an office's "of the" and a body's "of (the)" name the unit the office
    heads, a part of that body, whatever their last word (not a portfolio: "Minister of the Interior of X"; not "the
    General Staff", which a Chief's title names)."""
    starts = {f.start: f for f in found}
    portfolio = gazetteer.lexicon().portfolio_words
    units = []
    for i in sorted(heads):
        if i + 3 >= len(doc) or not doc[i].is_title or doc[i + 1].lower_ != "of" or doc[i + 2].lower_ != "the":
            continue
        j = i + 3
        while j < len(doc) and is_title_word(doc[j]) and not doc[j].ent_id_ and j not in people and j not in heads:
            j += 1
        if j - (i + 3) < 2 or j + 1 >= len(doc) or doc[j].lower_ != "of" or doc[j - 1].text in portfolio \
                or doc[j - 1].text == "Staff" or any(f.start < j and i + 3 < f.end for f in found):
            continue
        parent = starts.get(j + 2 if doc[j + 1].lower_ == "the" else j + 1)
        if parent is not None and not gazetteer.find_state(parent.name):
            units.append(_Found(i + 3, j, doc[i + 3 : j].text, None, parent=parent.name))
    return units


def _plural_office(doc: Doc, start: int, end: int) -> bool:
    """"the two Heads of Institution", "Ministers of Foreign Affairs": the plural of an office, held by several people,
    names no body."""
    first = doc[start].text
    return end - start >= 3 and doc[start + 1].lower_ == "of" and first.endswith("s") \
        and first[:-1] in gazetteer.lexicon().role_heads


def _rank_of_service(doc: Doc, start: int, end: int) -> bool:
    """"Major General of Police X", "Colonel of Justice X": a rank of a service, written before a name, names no
    body."""
    of = next((k for k in range(start + 1, end - 1) if doc[k].lower_ == "of"), None)
    return of is not None and of + 2 == end and doc[of + 1].text in SERVICES \
        and all(t.text in gazetteer.lexicon().honorifics for t in doc[start:of])


def _apposed_acronym(doc: Doc, start: int, name: str, end: int) -> str | None:
    """"SEESAC, the South Eastern and Eastern Europe Clearinghouse ...": the acronym before the name it is apposed
    to (an unknown capitalised acronym, its first letter the name's). Or whatever its letters, when the apposition
    closes on the sentence's next clause, not on the next of a list ("at HELCOM, the Baltic Marine Environment
    Protection Commission, joined")."""
    if start < 3 or doc[start - 1].lower_ != "the" or doc[start - 2].text != ",":
        return None
    token = doc[start - 3]
    if not (token.text.isupper() and is_acronym(token.text)) or token.ent_id_:
        return None
    closed = end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].is_lower \
        and doc[end + 1].lower_ not in {"and", "or"} and has_org_head(name)
    return token.text if token.text[0] == name[:1] or closed else None


def _apposed_to(doc: Doc, item: _Found) -> str | None:
    """The acronym ``item`` is, when it stands apposed to the name it spells ("SEESAC, | the ...")."""
    end = item.end
    if item.end - item.start != 1 or end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "the":
        return None
    k = end + 2  # the name's end: its capitalised words and the connectors between them
    while k < len(doc) and (is_title_word(doc[k]) or doc[k].is_lower and doc[k].lower_ in CONNECTORS
                            and k + 1 < len(doc) and is_title_word(doc[k + 1])):
        k += 1
    return item.name if _apposed_acronym(doc, end + 2, doc[end + 2 : k].text, k) == item.name else None


def _apposed_acronyms(doc: Doc, found: list[_Found]) -> list[_Found]:
    """The acronyms of ``_apposed_acronym``, as mentions of their own ("an expert with | SEESAC, the ...")."""
    taken = {i for f in found for i in range(f.start, f.end)}
    return [_Found(f.start - 3, f.start - 2, acronym, None) for f in found
            if f.key is None and (acronym := _apposed_acronym(doc, f.start, f.name, f.end))
            and f.start - 3 not in taken]


def _before_body_named_before(doc: Doc, start: int, end: int, found: list[_Found]) -> int:
    """End of a name before "of the Ministry" closing it ("the Laboratory for Medicine Quality Control | of the
    Ministry"): a body named before, by its organization word alone, is the unit's parent, no part of its name. A name
    that is only such a word and the town it works in ("the Foundation in Jõhvi", after "the Integration Foundation")
    names no body: its end is its start."""
    org_heads = gazetteer.lexicon().org_heads

    def named_before(word: str) -> bool:  # ("the Ministry of Health ...", "the Integration Foundation")
        return any(f.start < start and word in f.name.split() and f.name != word for f in found)

    if end - start >= 4 and doc[end - 3].lower_ == "of" and doc[end - 2].lower_ == "the" \
            and doc[end - 1].text in org_heads and named_before(doc[end - 1].text) \
            and not (end < len(doc) and (is_title_word(doc[end]) or joins_name(doc, end))) \
            and has_org_head(doc[start : end - 3].text):  # (not "the Regional News Desk | of the Company")
        return end - 3
    if start > 0 and doc[start - 1].lower_ == "the" and doc[start].text in org_heads and end - start >= 3 \
            and doc[start + 1].lower_ == "in" and named_before(doc[start].text):
        return start
    return end


def _remit_unit_before_parent(doc: Doc, start: int, end: int,
                              found: list[_Found]) -> tuple[int, tuple[int, int] | None]:
    """End of "the Department for Combating Trafficking in Persons | of the Ministry of Internal Affairs", "the
    Secretariat for Social Welfare | of the Capital City": a unit named by its remit, then a body named before in full
    (or written elsewhere in the release), its parent; with the parent's bounds."""
    if end < len(doc) and (is_title_word(doc[end]) or joins_name(doc, end)):
        return end, None
    for k in range(start + 2, end - 2):
        # (not "the Centre for Judicial and Prosecutorial Training of the | Federation of Bosnia and Herzegovina": a
        # State or an entity closes the name)
        # (the unit's own organization word opens its remit: not "the Translation Unit of the Office for Communities
        # and Return | of the Municipality of X", a unit of a unit)
        head = next((h for h in range(start, k) if doc[h].text in gazetteer.lexicon().org_heads), None)
        if doc[k].lower_ != "of" or doc[k + 1].lower_ != "the" or doc[k + 2].text in STATE_NAME_HEADS \
                or head is None or doc[head + 1].lower_ not in {"for", "on"}:
            continue
        parent = doc[k + 2 : end].text
        if any(f.start < start and (f.name == parent or f.name.startswith(parent + " ")) for f in found) \
                or (has_org_head(parent) or any(t.text in LOCAL_WORDS for t in doc[k + 2 : end])) \
                and len(re.findall(rf"(?<![\w-]){re.escape(parent)}(?![\w-])", doc_text(doc))) > 1:
            return k, (k + 2, end)
    return end, None


def _listed_in_headline(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Bounds of the first body in "in Budva brings | Agency for Prevention of Corruption | , Ombudsman and ...", "meets
    Ministry of Information | , Union of Journalists and ...": a headline's list of bodies the model tagged as one name
    starts after its verb and ends at a comma before another organization or office word."""
    lexicon = gazetteer.lexicon()
    # (not "dos" in "the Sindicato dos Trabalhadores ...", which the model may take for a verb)
    verb = next((k for k in range(end - 1, start, -1) if doc[k].is_lower and doc[k].tag_ in {"VBZ", "VBD"}
                 and doc[k].text not in lexicon.name_particles_other_languages
                 and doc[k].text not in lexicon.name_particles), None)
    if verb is not None:
        start = verb + 1
    # (not "the Academy of Music, Theatre and Fine Arts": a list of fields its "and" closes inside the name)
    comma = next((k for k in range(start + 1, end - 1) if doc[k].text == ","
                  and (doc[k + 1].text in lexicon.org_heads or doc[k + 1].text in _one_word_titles())
                  and not any(t.lower_ == "and" for t in doc[k + 1 : end])), None)
    return start, comma if comma is not None else end


@cache
def _one_word_titles() -> frozenset[str]:
    """The one-word titles of the lexicon ("Ombudsman", "Commissioner")."""
    return frozenset(t for t in gazetteer.lexicon().role_heads if " " not in t)


def _plural_remit_in(doc: Doc, start: int, end: int) -> int:
    """End of "the Directorate for Education | in Minority Languages": a remit goes on past "in" and capitalised words
    the model tagged as nothing, closed by a plural (a field, no town)."""
    if end + 2 >= len(doc) or doc[end].lower_ != "in" or not any(t.lower_ == "for" for t in doc[start:end]):
        return end
    k = end + 1
    # (the model may take the field for a place: "in | Harbour Languages" as GPE)
    while k < len(doc) and is_title_word(doc[k]) and not doc[k].ent_id_:
        k += 1
    field, lexicon = doc[end + 1 : k].text, gazetteer.lexicon()
    return k if k > end + 1 and doc[k - 1].tag_ in {"NNS", "NNPS"} and doc[k - 1].text not in lexicon.org_heads \
        and field not in lexicon.regions and gazetteer.find_state(field) is None else end


def _before_parent_run_into(doc: Doc, start: int, end: int) -> tuple[int, tuple[int, int] | None]:
    """End of "the Blockchain Analytics Unit | of Altyn Dala Bank", "the Office for Combating Trafficking in Human
    Beings | of the Cyprus Police": a unit's name the model ran on over "of" into the first words of its parent's,
    up to the organization word that closes the parent's, ends before that "of"; with the parent's bounds."""
    if end >= len(doc) or doc[end].text not in gazetteer.lexicon().org_heads or not is_title_word(doc[end]):
        return end, None
    p = next((i for i in range(end - 2, start, -1) if doc[i].lower_ == "of"), None)
    if p is None:
        return end, None
    q = p + 1 + (doc[p + 1].lower_ == "the")
    if q >= end or not all(is_title_word(t) for t in doc[q:end]) or not has_org_head(doc[start:p].text):
        return end, None
    return p, (q, _head_end(doc, end))


def _two_bodies_apart(doc: Doc, ents: tuple[Span, ...]) -> Iterator[Span]:
    """"North Macedonia's Customs Administration and Border Police" as one ORG span: two bodies, each of a
    word or more and its own organization word, are two names ("the Ministry of Labour and Social Policy" is one:
    "Labour" closes no body; so is "Estonia's Police and Border Guard Board": "Police" alone names none)."""
    org_heads = gazetteer.lexicon().org_heads
    for ent in ents:
        k = next((i for i in range(ent.start + 2, ent.end - 2) if doc[i].lower_ == "and"), None)
        if ent.label_ == "ORG" and not ent.ent_id_ and len(ent) > 3 and doc[ent.end - 2].lower_ == "and" \
                and doc[ent.end - 1].text in gazetteer.lexicon().peoples and ent.end < len(doc) \
                and doc[ent.end].is_lower:
            # "the Roma National Council and Roma | co-ordinators": the people the next group is of
            yield Span(doc, ent.start, ent.end - 2, label="ORG")
            continue
        if ent.label_ == "ORG" and not ent.ent_id_ and k is not None and k + 3 == ent.end \
                and doc[k + 1].lower_ == "the" and doc[k + 2].text in org_heads \
                and has_org_head(doc[ent.start : k].text):
            # "the Council for National Minorities and the Ministry": a body, then another named before by its
            # organization word alone, which names no body here
            yield Span(doc, ent.start, k, label="ORG")
            continue
        if ent.label_ != "ORG" or ent.ent_id_ or k is None or doc[k - 1].text not in org_heads \
                or not is_title_word(doc[k - 2]) \
                or doc[ent.end - 1].text not in org_heads or not all(is_title_word(t) for t in doc[k + 1 : ent.end]):
            yield ent
            continue
        yield Span(doc, ent.start, k, label="ORG")
        yield Span(doc, k + 1, ent.end, label="ORG")


def _headline_list(doc: Doc, ents: Iterable[Span], title_end: int) -> Iterator[Span]:
    """"with Ministry of Water Resources and Council of Ministers of Karakalpakstan", "with Ministry of Culture, State
    Police and IKTK": a headline lists bodies without their article, which the model tags as one name; a comma or
    "and" before capitalised words holding an organization word (or an acronym) opens the next body. Capitalised words
    before a lower-case kind of body ("and Rēzekne municipality") end the list."""
    for ent in ents:
        if ent.label_ != "ORG" or ent.ent_id_ or ent.end > title_end or doc[ent.start].lower_ == "the" or len(ent) < 4:
            yield ent
            continue
        cuts: list[int] = []
        stop = ent.end
        for k in range(ent.start + 2, ent.end - 1):
            if doc[k].text != "," and doc[k].lower_ != "and":
                continue
            run = k + 1
            while run < ent.end and (is_title_word(doc[run]) or doc[run].text.isupper() and doc[run].is_alpha) \
                    and not _kind_of_body(doc[run]):
                run += 1
            words = doc[k + 1 : run]
            # ("and Women’s | Police Network": the possessive of the people a second body is of)
            new_body = has_org_head(words.text) or len(words) == 1 and words[0].text.isupper() \
                and len(words[0].text) > 1 or _possessive_body_at(doc, run)
            # ("and Rēzekne municipality", "and Roma NGOs": bodies of a kind, not named)
            kind_after = run < len(doc) and _kind_of_body(doc[run])
            if len(words) and has_org_head(doc[cuts[-1] if cuts else ent.start : k].text) and (new_body or kind_after):
                if kind_after and not new_body:
                    stop = k
                    break
                cuts.append(k)
        if not cuts and stop == ent.end:
            yield ent
            continue
        begin = ent.start
        for k in cuts:
            yield Span(doc, begin, k, label="ORG")
            begin = k + 1
        yield Span(doc, begin, stop, label="ORG")


def _possessive_body_at(doc: Doc, k: int) -> bool:
    """Is token k a people's possessive with an organization word in the three words after it ("Women’s | Police
    Network"), the people a second body is of? (Not a body's: "... Affairs’ | Mediation Support Unit" is its unit.)"""
    return k + 1 < len(doc) and _people_possessive(doc, k) and has_org_head(doc[k + 1 : k + 4].text)


def _kind_of_body(token: Token) -> bool:
    """Is the token a kind of body, in the singular or the plural ("municipality", "NGOs", "associations")?"""
    word = token.lower_[:-1] if token.lower_.endswith("s") else token.lower_
    return (token.is_lower or token.text in {"NGO", "NGOs"}) and word in ORG_KINDS | {"municipality", "ngo"}


def _with_other_language_bodies(doc: Doc, ents: Iterable[Span]) -> list[Span]:
    """The model's spans, with the bodies named in another language ("the Sindicato dos Trabalhadores de Plataformas
    Digitais", which the model tags in pieces, or as people) in place of the spans they overlap."""
    bodies = [Span(doc, s, e, label="ORG") for s, e in other_language_bodies(doc)]
    bodies += [Span(doc, s, e, label="ORG") for s, e in spoken_for_bodies(doc)
               if not any(s < b.end and b.start < e for b in bodies)]
    kept = []
    for ent in ents:
        overlap = [b for b in bodies if ent.start < b.end and b.start < ent.end]
        if not overlap:
            kept.append(ent)
        elif ent.start + 1 < overlap[0].start - 1 and doc[overlap[0].start - 1].text == "(" \
                and not any(t.lower_ in PLACE_NOUNS for t in doc[ent.start : overlap[0].start]):
            # "the National Electoral Institute (Instituto Nacional Electoral, INE": the model ran the English
            # name on into its own-language one in brackets; the English name is kept (not a body "of the
            # Municipality of X (Bashkia X)", a unit and its place's body, left to the rules that part them)
            kept.append(Span(doc, ent.start, overlap[0].start - 1, label=ent.label_))
    # ("the Electoral Board (Junta Electoral)", "X, known in Portuguese as Y": another name of the body before)
    bodies = [b for b in bodies if not (b.start > 0 and doc[b.start - 1].text == "(" or _known_as(doc, b.start))]
    return sorted(kept + bodies, key=lambda span: span.start)


# The words a unit's name ends in ("the Mission’s Media Unit").
UNIT_HEADS = {"Unit", "Department", "Section", "Division"}


def _with_untagged_units(doc: Doc, ents: list[Span]) -> list[Span]:
    """The model's spans, with the units it tagged as nothing after the possessive of a body named before ("head of the
    Mission’s | Media Unit", after "the OSCE Mission to Serbia"): two capitalised words or more, ending in a unit's
    word."""
    if UNIT_HEADS.isdisjoint(token_strings(doc, "ORTH")):
        return ents
    bodies = [ent for ent in ents if ent.label_ == "ORG"]
    units = []
    for p in range(bodies[0].end if bodies else len(doc), len(doc) - 2):
        if not (is_possessive(doc[p]) and is_title_word(doc[p - 1])):
            continue
        owner = p
        while owner > 0 and is_title_word(doc[owner - 1]) and not doc[owner - 1].is_sent_start:
            owner -= 1
        # (the owner's words those of a body named before: not "His Majesty’s | ...", nor the second possessive of
        # "the Council of Europe’s Children’s | Rights Division")
        words = doc[owner:p].text
        if owner > 0 and is_possessive(doc[owner - 1]) \
                or not any(ent.end <= p and holds_words(ent.text, words) for ent in bodies):
            continue
        k = p + 1
        while k < len(doc) and not doc[k].ent_type_ and (is_title_word(doc[k]) or doc[k].lower_ in {"of", "and"}
                                                         and k + 1 < len(doc) and is_title_word(doc[k + 1])):
            k += 1
        if k - p > 2 and doc[k - 1].text in UNIT_HEADS:
            units.append(Span(doc, p + 1, k, label="ORG"))
    return sorted([*ents, *units], key=lambda span: span.start) if units else ents


def _known_as(doc: Doc, start: int) -> bool:
    """Is the name at token ``start`` written after "known (in Portuguese) as"?"""
    return start >= 2 and doc[start - 1].lower_ == "as" \
        and any(t.lower_ == "known" for t in doc[max(start - 4, 0) : start - 1])


def _university_cut_short(doc: Doc, ents: Iterable[Span]) -> Iterator[Span]:
    """"the Department of Nursing Sciences of Mid | Sweden | University": the model cut a faculty's or department's
    name, with its university's, inside the university's, often at a State's or a people's name ("Mid Sweden
    University", "Al-Farabi Kazakh National University", "the Faculty of X of | Y | Kazakh ...", "... Donetsk |
    National University"); the name runs on over capitalised words to the university's word, to be split after."""
    until = 0
    for ent in ents:
        if ent.start < until:
            continue
        first = ent.start + (ent[0].lower_ == "the")
        k = ent.end
        # (the model also tags such a name EVENT: "the Faculty of Law of the Magtymguly | Turkmen | State ...")
        if ent.label_ in {"ORG", "FAC", "EVENT"} and not ent.ent_id_ and doc[first].text in ACADEMIC_UNITS \
                and any(t.lower_ == "of" for t in doc[first + 2 : k]) and (is_title_word(doc[k - 1])
                                                                        or doc[k - 1].lower_ == "of"):
            # ("... of | the Ss. Cyril ...", "... of Oriental Studies | of Al-Farabi ...": the name goes on after its
            # "of" or "of the")
            named = k + (k < len(doc) and doc[k].lower_ == "of")
            named += named < len(doc) and doc[named - 1].lower_ == "of" and doc[named].lower_ == "the"
            k = named if named + 1 < len(doc) and is_title_word(doc[named]) else ent.end
            while k < len(doc) and k - ent.end < 7 and doc[k].text not in TEACHING_BODIES \
                    and (is_title_word(doc[k]) or doc[k].text == "-" and not doc[k - 1].whitespace_
                         or _names_joined(doc, k)):
                k += 1
            # ("of | the University of Arts in X": the model's next name, whole, is the university's own)
            whole = named > ent.end and ent_start(doc, k) == named - (doc[named - 1].lower_ == "the")
            if k < len(doc) and k > ent.end and doc[k].text in TEACHING_BODIES and not whole:
                until = k + 1
                while until < len(doc) and doc[until].ent_iob_ == "I":
                    until += 1  # ("... of Kaunas | University of Technology": the model's span of the rest, whole)
                if until + 1 < len(doc) and doc[until].lower_ == "of" and is_title_word(doc[until + 1]):
                    # ("... Kyrgyz State University | of Construction, Transport and Architecture": untagged, its
                    # fields go on, a list of them too)
                    until += 1
                    while until < len(doc) and is_title_word(doc[until]) and not doc[until].ent_id_:
                        until += 1
                    until = _listed_portfolios(doc, k, until)
                yield Span(doc, ent.start, until, label="ORG")
                continue
        yield ent


def _names_joined(doc: Doc, k: int) -> bool:
    """"Cyril | and | Methodius": an "and" between two capitalised words, inside a name named after two people."""
    return doc[k].lower_ == "and" and is_title_word(doc[k - 1]) and k + 1 < len(doc) and is_title_word(doc[k + 1])


def _unit_and_parent(doc: Doc, start: int, end: int, parent_start: int, parent_end: int) -> list[_Found]:
    """A unit (tokens start..end) found with its parent (parent_start..parent_end): two names, the first the
    second's part."""
    parent = _Found(parent_start, parent_end, doc[parent_start:parent_end].text, None)
    return [_Found(start, end, doc[start:end].text, None, parent=parent.name), parent]


def _faculty_of_university(doc: Doc, item: _Found) -> list[_Found]:
    """"the Faculty of Law of | the University of Niš": a faculty or department named with its university is a
    unit of it. The parent opens with its organization word ("of | the University of Niš", "of | the Faculty of Law
    of ...") or has it before any "of" ("of | Uzhhorod National University"); so a field's own "of" is the unit's
    ("the Department of Sociology of Religion of | Uppsala University"). The unit's organization word may follow
    capitalised words of its own ("the Biotechnical Faculty of | the University of Ljubljana", "the X College of
    Fishery Science of | the Y University")."""
    if item.key is not None or item.parent is not None:
        return [item]
    units = ACADEMIC_UNITS | {"College"}
    head = next((t.i for t in doc[item.start : item.end] if t.text in units or t.text in TEACHING_BODIES
                 or not is_title_word(t)), item.end)
    if head == item.end or doc[head].text not in units:
        return [item]
    first_of = head + 1 if head > item.start else head + 3  # ("the Faculty of | Law of ...": a field first)
    for p in range(first_of, item.end - 2):
        if doc[p].lower_ == "of":
            q = p + 2 if doc[p + 1].lower_ == "the" else p + 1
            if q >= item.end or not is_title_word(doc[q]):
                continue
            first = next((t for t in doc[q : item.end] if t.text in TEACHING_BODIES or t.lower_ == "of"), None)
            teaching = any(t.text in TEACHING_BODIES for t in doc[q : item.end])
            if teaching and (doc[q].text in ACADEMIC_UNITS or first is not None and first.text in TEACHING_BODIES):
                unit, parent = _unit_and_parent(doc, item.start, p, q, item.end)
                # "the Department of X of | the Faculty of Y of | the University of Z": the faculty is a unit too
                parents = _faculty_of_university(doc, parent)
                unit.parent = parents[0].name
                return [unit, *parents]
    return [item]


def _split_faculties(doc: Doc, found: list[_Found]) -> list[_Found]:
    """Each faculty or department named with its university split off it (``_faculty_of_university``); a unit whose
    parent was so split ("the Department of Acoustics of | the Faculty of X of the Y University") has the faculty
    alone for its parent."""
    out, renamed = [], {}
    for item in found:
        parts = _faculty_of_university(doc, item)
        if len(parts) > 1:
            renamed[item.name] = parts[0].name
        out += parts
    for item in out:
        item.parent = renamed.get(item.parent, item.parent) if item.parent else item.parent
    return out


def _unit_of_named_parent(doc: Doc, item: _Found) -> list[_Found]:
    """"the International Co-operation Division of | the Department for Combating Economic Crimes": a unit word then
    "of the" and a body's name is that body's unit, named without it (the model often tags the two as one name)."""
    # ("the Office for Communities and Returns of | the Municipality of X": an office named by its remit is a unit; an
    # office posted somewhere is named with where it is)
    posted = doc[item.start].text in POSTED_BODIES and not (item.start + 1 < item.end
                                                            and doc[item.start + 1].lower_ == "for")
    # ("the Department of X of the Medical Faculty | of Y University": a department split off its university may
    # still name its faculty, the university's part)
    faculty_unit = item.parent is not None and doc[item.end - 1].text in ACADEMIC_UNITS
    if item.key is not None or item.parent is not None and not faculty_unit or posted:
        return [item]
    parts = _unit_of_named_body(doc, item, extend=not faculty_unit)
    if faculty_unit and len(parts) == 2:
        parts[1].parent = item.parent
    return parts


def _unit_of_named_body(doc: Doc, item: _Found, extend: bool = True) -> list[_Found]:
    """The unit and the body ``_unit_of_named_parent`` finds in ``item``; ``extend``: the body's name may run on
    past the item."""
    for p in range(item.start + 1, item.end - 1):
        if doc[p].lower_ != "of":
            continue
        # "the ... Division of PAPS", "the Legal Department of the GPB": a unit of the body its acronym names
        acronym = p + 1 + (doc[p + 1].lower_ == "the")
        if acronym + 1 == item.end and is_acronym(doc[acronym].text) \
                and (doc[p - 1].text in UNIT_WORDS | NAMED_UNIT_WORDS or _remit_unit(doc, item.start, p)):
            # ("the Department for Medicines Quality Control of | MALMED": a unit named by its remit)
            return _unit_and_parent(doc, item.start, p, acronym, acronym + 1)
        if doc[p - 1].text in NAMED_UNIT_WORDS and p - 1 > item.start and is_title_word(doc[p - 2]) \
                and p + 2 == item.end and _company_name(doc[p + 1]) and kind_after(doc, p + 2):
            # "the Security Department of | Ukrenergo, Ukraine’s national grid operator": a unit of a body named by
            # one word, which the apposition after it says is a body
            return _unit_and_parent(doc, item.start, p, p + 1, p + 2)
        if doc[p - 1].text not in UNIT_WORDS and not _named_unit(doc, item.start, p):
            continue
        if doc[p + 1].lower_ != "the":
            continue
        end = item.end
        while extend and end < len(doc) and (is_title_word(doc[end]) and doc[end].ent_type_ != "PERSON"
                                             or _hyphen_on(doc, end)):
            end += 1  # "the Union for the Black Sea | Region", "... and Inter | -Community Relations"
        # "the Higher Education and Research Division of the Union | for the Mediterranean": the parent's remit
        while extend and end + 1 < len(doc) and doc[end].lower_ in {"for", "on", "of"} and doc[end].is_lower:
            k = end + 2 if doc[end + 1].lower_ == "the" else end + 1
            if k >= len(doc) or not is_title_word(doc[k]) or doc[k].ent_type_ == "PERSON":
                break
            while k < len(doc) and is_title_word(doc[k]) and doc[k].ent_type_ != "PERSON":
                k += 1
            end = k
        if (has_org_head(doc[p + 2 : end].text) or doc[end - 1].text in ACADEMIC_UNITS
                or doc[p + 2].text in OMBUDS_OFFICES) and not gazetteer.find_state(doc[p + 2 : end].text):
            return _unit_and_parent(doc, item.start, p, p + 2, end)
    return [item]


def _company_name(token: Token, places: bool = False) -> bool:
    """A one-word name of a body, no place's or remit's word: "Ukrenergo", "Gazprom" (not "Justice", "Kragujevac");
    ``places``: also a word the model took for a place ("a security officer of | Transelectrica")."""
    lex = gazetteer.lexicon()
    return is_title_word(token) and token.ent_type_ in ({"", "ORG", "GPE"} if places else {"", "ORG"}) \
        and not token.ent_id_ \
        and token.text not in lex.portfolio_words and token.text not in lex.topic_words \
        and token.text not in lex.org_heads and not token.text.isupper()


# Words of a body's part that name it only with more words: "the Cybercrime Bureau of the X", "the Directorate for
# Detained and Missing Persons of the Y", "the Department of Social Protection of the Z".
NAMED_UNIT_WORDS = {"Department", "Directorate", "Bureau", "Service", "Office", "Sector", "Committee", "Centre",
                    "Center", "Agency", "Battalion", "Regiment", "Detachment", "Post", "Station"}

# An ombudsman's institution is named by its office: "the Department for X of | the Protector of Citizens".
OMBUDS_OFFICES = {"Protector", "Ombudsman", "Ombudsperson", "Defender", "Advocate"}


def _named_unit(doc: Doc, start: int, p: int) -> bool:
    """Do the words from ``start`` to the "of the" at token p name a unit: a unit word with words of its own before it
    ("Cybercrime | Bureau") or with a remit after it ("Directorate | for Detained and Missing Persons"), the body
    after "of the" not a State's government ("the Commission ... of the Government of the Republic of X")?"""
    if p + 2 >= len(doc) or doc[p + 1].lower_ != "the" or doc[p + 2].text in STATE_NAME_HEADS:
        return False  # ("... of the Federation of Bosnia and Herzegovina": a State's entity, named with its body)
    # ("the Department for Regulation of the Water and Irrigation Sector": a sector it regulates, no body over it)
    # ("... of the Medical | Faculty": a faculty, named by its own words first, is a body over its department)
    head = next((t for t in doc[p + 2 : p + 10] if t.text in gazetteer.lexicon().org_heads or t.text in UNIT_WORDS
                 or t.text in ACADEMIC_UNITS | OMBUDS_OFFICES
                 or not (is_title_word(t) or t.lower_ in CONNECTORS or is_possessive(t))), None)
    if head is None or head.text in UNIT_WORDS \
            or head.text not in gazetteer.lexicon().org_heads | ACADEMIC_UNITS | OMBUDS_OFFICES:
        return False
    if doc[p - 1].text == "Committee" and head.text in MEMBERS_BODIES:
        return False  # "the Republican Committee of the Trade Union of X": the union's own organ, named with it
    if doc[p - 1].text in {"Council", "Union", "Board"} and p - 1 > start and head.text in TEACHING_BODIES:
        return True  # "the Parent Council of | the Primary School X", "the Students' Union of | the Y Institute"
    if doc[p - 1].text in NAMED_UNIT_WORDS and p - 1 > start and is_title_word(doc[p - 2]):
        return True
    return _remit_unit(doc, start, p)


def _remit_unit(doc: Doc, start: int, p: int) -> bool:
    """Do the words from ``start`` to token p name a unit by its remit: a unit word in the first three, then "for",
    "of" or "on" and capitalised words ("the Department for Patients’ Rights", "the Department for Persons with
    Disabilities")?"""
    unit = next((k for k in range(start, min(start + 3, p)) if doc[k].text in NAMED_UNIT_WORDS | UNIT_WORDS), None)
    return unit is not None and unit + 2 < p and doc[unit + 1].lower_ in {"for", "of", "on"} \
        and all(is_title_word(t) or t.lower_ in {"and", "for", "of", "on", "the", "with"} or t.text == "-"
                or is_possessive(t) for t in doc[unit + 1 : p])


def _committee_of_body(doc: Doc, item: _Found) -> list[_Found]:
    """"the Committee on Defence and Security of | the Assembly of the Republic of X": a committee named by its remit,
    then "of the" and an organization word opening another name, is a unit of that body."""
    if item.key is not None or item.parent is not None:
        return [item]
    org_heads = gazetteer.lexicon().org_heads
    c = next((i for i in range(item.start, min(item.start + 3, item.end))
              if doc[i].text in COMMITTEE_WORDS | {"Centre", "Center"}), None)
    if c is None or c + 1 >= item.end or doc[c + 1].lower_ not in {"on", "for"}:
        return [item]
    for p in range(c + 3, item.end - 2):
        # (the parent's organization word may follow a qualifier: "... of the National | Council of ...")
        head = p + 3 if p + 3 < item.end and is_title_word(doc[p + 2]) and doc[p + 2].text not in org_heads \
            and doc[p + 3].text in org_heads else p + 2
        # (not "... of the Federation of X", "... of the Government of the Republic of X": a State's or an entity's
        # body is named with it)
        if doc[p].lower_ == "of" and doc[p + 1].lower_ == "the" and doc[head].text in org_heads \
                and doc[head].text not in STATE_NAME_HEADS \
                and all(is_title_word(t) or t.is_lower and t.lower_ in CONNECTORS for t in doc[c + 2 : p]):
            return _unit_and_parent(doc, item.start, p, p + 2, item.end)
    return [item]


# Parts of a university: "the Faculty of Law of the University of Niš".
ACADEMIC_UNITS = {"Faculty", "Department", "School", "Chair", "Institute", "Laboratory", "Division", "Centre", "Center",
                  "Clinic"}


def _unit_of_acronym_parent(doc: Doc, item: _Found) -> list[_Found]:
    """"the Scientific Information Centre of | the Interstate Commission for Water Coordination of Central Asia (ICWC)":
    when the bracketed acronym closing a name spells the words after its "of (the)" from their first word, it is the
    parent's acronym, and the words before (an organization word ending them) name a unit of that parent."""
    if item.key is not None or item.parent is not None or doc[item.start].text in POSTED_BODIES:
        return [item]
    acronym = bracketed_acronym(doc, item.end)
    if acronym is None:
        return [item]
    for p in range(item.start + 2, item.end - 1):
        if doc[p].lower_ != "of" or doc[p - 1].text not in gazetteer.lexicon().org_heads:
            continue
        q = p + 2 if doc[p + 1].lower_ == "the" else p + 1
        initials = [t.text[0] for t in doc[q : item.end] if is_title_word(t)]
        # the acronym's letters are the first words' initials, in order: "ICWC" of "Interstate Commission for
        # Water Coordination ..."
        if initials and "".join(initials[: len(acronym)]) == acronym and q < item.end:
            return _unit_and_parent(doc, item.start, p, q, item.end)
    return [item]


def _spelled_acronyms(doc: Doc, heads: set[int], people: set[int]) -> list[tuple[int, str, int]]:
    """Each bracketed acronym the gazetteer does not know, after the capitalised words it spells: (the bracket's
    token, the acronym, the first word's token)."""
    spelled = []
    for k, text in enumerate(token_strings(doc, "ORTH")):  # (no Token made for each word)
        acronym = bracketed_acronym(doc, k) if text == "(" else None
        if acronym is None or gazetteer.find_org(acronym):
            continue
        start = _acronym_start(doc, k, acronym, heads, people)
        if start is None and k >= 3 and doc[k - 1].text in gazetteer.lexicon().role_heads:
            # "a legal adviser at Sweden’s Equality Ombudsman (DO)": an office naming its institution, with the
            # acronym of its name in its own language
            start = k - 1
            while start > 0 and is_title_word(doc[start - 1]) and start - 1 not in people \
                    and not doc[start - 1].ent_id_ and not doc[start - 1].is_sent_start:
                start -= 1
            if k - start < 2 or not (doc[start - 1].lower_ in {"the", "at"} or is_possessive(doc[start - 1])):
                start = None
        if start is not None:
            spelled.append((k, acronym, start))
    return spelled


def _acronym_defined(doc: Doc, found: list[_Found], spelled: list[tuple[int, str, int]],
                     skip: tuple[int, int]) -> list[_Found]:
    """"the European Union Border Assistance Mission to Moldova and Ukraine (EUBAM)": the capitalised words a
    bracketed acronym unknown to the gazetteer spells (its letters their initials, in order, from the first) are
    one name, whatever names the model or the gazetteer found inside it ("European Union", "Mission to Moldova")."""
    for k, _acronym, start in spelled:
        if skip[0] <= doc[k].idx < skip[1]:
            continue
        if any(f.start <= start and k <= f.end for f in found) \
                or any(f.start < start < f.end or f.start < k < f.end for f in found):
            continue  # found whole already, or a name across its edges
        text = doc[start:k].text
        # An organization word, or an office that names its institution ("the Human Rights Ombudsman (HRO)"); not
        # "the Annual Security Review Conference (ASRC)" nor "the Geneva International Discussions (GID)".
        named = has_org_head(text) or doc[k - 1].text in gazetteer.lexicon().role_heads
        if not named or _names_an_event(doc, start, k) or gazetteer.find_series(text):
            continue
        found = [f for f in found if not (start <= f.start and f.end <= k)]
        found.append(_Found(start, k, text, None))
    return found


def _acronyms_of_no_body(doc: Doc, spelled: list[tuple[int, str, int]]) -> set[str]:
    """"the Geneva International Discussions (GID)", "the Incident Prevention and Response Mechanisms (IPRM)": acronyms
    a release gives to names of no organization word, which name no body when written alone either ("Sub-Committee
    on Accreditation (SCA)" has one, after a hyphen)."""
    return {acronym for k, acronym, start in spelled
            if start < k and not has_org_head(doc[start:k].text.replace("-", " "))
            and doc[k - 1].text not in gazetteer.lexicon().role_heads}


def _acronyms_of_lower_case_words(doc: Doc) -> set[str]:
    """"violent extremism and radicalization that lead to terrorism (VERLT)": a bracketed acronym after lower-case
    words that spell it (its first and last letters their first and last initials, all its letters among theirs, in
    order) is a term's, no body's."""
    terms = set()
    for k, text in enumerate(token_strings(doc, "ORTH")):  # (no Token made for each word)
        acronym = bracketed_acronym(doc, k) if text == "(" and k > 1 and doc[k - 1].is_lower else None
        if acronym is None or gazetteer.find_org(acronym):
            continue
        j = k - 1
        while j >= 0 and k - j <= 12 and (doc[j].is_lower or doc[j].text == "-"):
            j -= 1
        initials = "".join(t.text[0] for t in doc[j + 1 : k] if t.is_alpha)
        letters = acronym.lower()
        if not initials or letters[-1] != initials[-1] or letters[0] not in initials:
            continue
        if _in_order(letters, initials[initials.index(letters[0]) :]):
            terms.add(acronym)
    return terms


def _acronym_start(doc: Doc, k: int, acronym: str, heads: set[int], people: set[int]) -> int | None:
    """The first word of the longest name before token ``k`` whose capitalised words' initials hold ``acronym``'s
    letters in order, the first letter first; None if there is none."""
    i = k
    while i > 0 and k - i < 16:
        token = doc[i - 1]
        # An office's title may end the name of its institution, not start it ("the ... Supervisor (EDPS)").
        # ("the Latvian Environment|, Geology and Meteorology Centre (LEGMC)": a comma in a list of capitalised words)
        if i - 1 in heads and i < k or i - 1 in people \
                or not (is_title_word(token) or token.is_lower and token.lower_ in CONNECTORS
                        or token.text == "-" and not token.whitespace_
                        or token.text == "," and i >= 2 and is_title_word(doc[i - 2]) and is_title_word(doc[i])):
            break
        i -= 1
        if token.is_sent_start:
            break
    for start in range(i, k):
        if not is_title_word(doc[start]):
            continue
        initials = [t.text[0] for t in doc[start:k] if is_title_word(t)]
        if acronym[0] == initials[0] and len(initials) >= len(acronym) and _in_order(acronym, initials):
            return start
    return None


def _named_after_end(doc: Doc, end: int) -> int:
    """"Kulob State University | named after Abuabdullo Rudaki": the person a body is named after is part of its
    name."""
    if end + 2 < len(doc) and doc[end].lower_ == "named" and doc[end + 1].lower_ == "after" \
            and is_title_word(doc[end + 2]):
        k = end + 2
        while k < len(doc) and is_title_word(doc[k]) and not doc[k].ent_id_:
            k += 1
        return k
    return end


def _kind_after_people(doc: Doc, k: int, end: int) -> int | None:
    """"Roma | women’s association X": the kind of body (its index) after the people it serves and lower-case words
    or possessives, when a capitalised name follows it before ``end``; else None."""
    start = k
    while k < end and k - start < 3 and doc[k].lower_ not in ORG_KINDS \
            and (doc[k].is_lower and doc[k].pos_ in {"NOUN", "ADJ"} or is_possessive(doc[k])):
        k += 1
    return k if k + 1 < end and doc[k].is_lower and doc[k].lower_ in ORG_KINDS and is_title_word(doc[k + 1]) \
        else None


def _under_body_end(doc: Doc, end: int) -> int:
    """"the Customs Service | under the Government of the Republic of X", "the Centre ... | under the Supreme Court": a
    body named with the body it answers to; where the name then ends."""
    if end + 2 >= len(doc) or doc[end].lower_ != "under" or doc[end + 1].lower_ != "the" \
            or not is_title_word(doc[end + 2]):
        return end
    k = end + 2
    while True:
        while k < len(doc) and (is_title_word(doc[k]) or doc[k].lower_ in {"of", "the"} and k + 1 < len(doc)
                                and (is_title_word(doc[k + 1]) or doc[k + 1].lower_ == "the")):
            k += 1
        # "under the Ministry of Natural Resources|, Ecology and Technical Supervision of the X": a ministry of
        # several portfolios, then what follows its list
        listed = _listed_portfolios(doc, end + 2, k)
        if listed <= k:
            break
        k = listed
    return k if has_org_head(doc[end + 2 : k].text) else end


def _slashed_end(doc: Doc, end: int) -> int:
    """"the Municipality of Pejë/| Peć": a place written in two languages, joined by a slash, ends a name whole.
    Capitalised words only, not acronyms ("OSCE/ODIHR" names two)."""
    while end + 1 < len(doc) and doc[end].text == "/" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and is_title_word(doc[end - 1]) and is_title_word(doc[end + 1]) \
            and not doc[end - 1].text.isupper() and not doc[end + 1].text.isupper():
        end += 2
    return end


def _in_order(letters: Iterable[str], within: Iterable[str]) -> bool:
    """Do ``letters`` all stand in ``within``, in their order (a subsequence: each after the one before)?"""
    rest = iter(within)
    return all(letter in rest for letter in letters)


def _run_to_acronym(doc: Doc, start: int, end: int, heads: set[int], people: set[int]) -> int:
    """"the Austrian Armed Forces | International Centre (AUTINT)": capitalised words right after a name, up to a
    bracketed acronym made of the whole name's letters (in order, its first the name's first), are the name's."""
    m = end
    while m < len(doc) and m - end < 5 and is_title_word(doc[m]) and not doc[m].text.isupper() and m not in heads \
            and m not in people and not doc[m].ent_id_:
        m += 1
    acronym = bracketed_acronym(doc, m) or _acronym_with_place(doc, m) if m > end else None
    if acronym is None or doc[m].text != "(":
        return end
    fits = acronym[0].lower() == doc[start].text[0].lower() \
        and _in_order([c for c in acronym.lower() if c.isalpha()], doc[start:m].text.lower())
    return m if fits else end


def _acronym_with_place(doc: Doc, k: int) -> str | None:
    """"the European Centre for Minority Issues Kosovo | (ECMI Kosovo)": an acronym in brackets, then the place that
    closes the name before them; the acronym, or None."""
    close = next((j for j in range(k + 3, min(k + 6, len(doc))) if doc[j].text == ")"), None)
    if doc[k].text != "(" or close is None or not is_acronym(doc[k + 1].text):
        return None
    place = [t.text for t in doc[k + 2 : close]]
    return doc[k + 1].text if place == [t.text for t in doc[k - len(place) : k]] else None


def _to_bracketed_acronym(doc: Doc, start: int, end: int, heads: set[int], people: set[int]) -> int:
    """"the United Nations Regional Centre | for Preventive Diplomacy for Central Asia (UNRCCA)": a name the
    model cut before its complements runs on to the acronym in brackets when the acronym's letters are
    the initials of the whole (in order, some skipped)."""
    k = end
    while k + 1 < len(doc) and doc[k].lower_ in {"for", "of", "on", "and", "or", "in"} and doc[k].is_lower:
        j = k + 2 if doc[k + 1].lower_ == "the" else k + 1
        m = j
        while m < len(doc) and is_title_word(doc[m]) and not doc[m].text.isupper() and m not in heads \
                and m not in people and not doc[m].ent_id_:
            m += 1
        if m == j:
            break
        k = m
    if k == end:
        return _place_to_acronym(doc, start, end) or _and_to_acronym(doc, end, heads, people)
    acronym = bracketed_acronym(doc, k)
    if acronym is None or doc[k].text != "(":
        return end
    fits = _spells(acronym, doc[start:k])
    # "the European Union Agency | for Cybersecurity (ENISA)", "the European Committee | for the Prevention of
    # Torture ... (CPT)": after an organization word, the complements a bracketed acronym closes are the name's
    # whatever letters the acronym keeps (an older name's, another language's).
    # "the National Probation Inspectorate | and the National Administration of Penitentiaries (ANP)": after "and",
    # a body's name of its own.
    # ("... Secretariat | and the Associazione Nazionale Comuni Italiani (ANCI)": the acronym spells the other's words)
    other = next((a for a in range(end, k) if doc[a].lower_ == "and" and doc[a + 1].lower_ == "the"
                  and (has_org_head(doc[a + 1 : k].text) or _spells(acronym, doc[a + 2 : k]))), None)
    return k if fits or doc[end - 1].text in gazetteer.lexicon().org_heads and other is None else end


def _spelled_in_brackets(doc: Doc, start: int, end: int) -> bool:
    """"the Direzione Investigativa Antimafia (DIA)", "Mental Health Europe (MHE)": a name with no organization word is
    a body's when the acronym in brackets after it spells its words, and none of them names a thing, a meeting or a
    text ("the National Referral System (NRS)", "Advance Passenger Information (API)", "the Annual Border Review
    Conference (ABRC)")."""
    acronym = bracketed_acronym(doc, end)
    lexicon = gazetteer.lexicon()
    return acronym is not None and doc[end].text == "(" and _spells(acronym, doc[start:end]) \
        and not any(t.text in lexicon.thing_words or t.text in lexicon.document_heads or t.lower_ in lexicon.event_heads
                    for t in doc[start:end])


def _spells(acronym: str, words: Span) -> bool:
    """Are the acronym's letters the initials of the capitalised words, the first first (some skipped)?"""
    initials = [t.text[0] for t in words if is_title_word(t)]
    return bool(initials) and acronym[0] == initials[0] and _in_order(acronym, initials)


def _place_to_acronym(doc: Doc, start: int, end: int) -> int | None:
    """"Civil Rights Program | Kosovo (CRP/K)": a place written right after a name is part of it when the bracketed
    acronym after the place spells the whole, the place's initial last; where the name then ends."""
    k = end
    while k < len(doc) and doc[k].ent_type_ in {"GPE", "LOC"} and is_title_word(doc[k]) \
            and (k == end or doc[k].ent_iob_ == "I"):
        k += 1
    acronym = bracketed_acronym(doc, k) if k > end else None
    if acronym is None:
        return None
    letters = [c for c in acronym if c.isalpha()]
    fits = letters[-1] == doc[end].text[0] and _in_order(letters, [t.text[0] for t in doc[start:k] if is_title_word(t)])
    return k if fits else None


def _and_to_acronym(doc: Doc, end: int, heads: set[int], people: set[int]) -> int:
    """"the Spanish Observatory of Racism | and Xenophobia (OBERAXE)": capitalised words after "and" that a
    bracketed acronym closes are the end of the name (whatever the model took them for), when the name
    before ends in a modifier, not an organization word."""
    if end + 2 >= len(doc) or doc[end].lower_ != "and" or doc[end - 1].text in gazetteer.lexicon().org_heads:
        return end
    k = end + 1
    while k < len(doc) and is_title_word(doc[k]) and not doc[k].text.isupper() and not doc[k].ent_id_ \
            and k not in heads and k not in people:
        k += 1
    return k if k > end + 1 and doc[k].text == "(" and bracketed_acronym(doc, k) else end


# Organization words that also name buildings ("the Vienna International Centre"): a facility so named is one.
BUILDING_WORDS = {"Centre", "Center", "Palace", "Hall", "House", "Theatre", "Theater"}


def _institution_as_facility(ent) -> bool:  # noqa: ANN001 - a spaCy Span
    """"the Stockholm International Peace Research Institute" tagged FAC: a facility named with an organization
    word (not one that names buildings too) is an organization. So is "Halden Prison" tagged PERSON: no person's
    name ends in an organization word."""
    if ent.label_ == "PERSON":
        return len(ent) >= 2 and (ent[-1].text in gazetteer.lexicon().org_heads and is_title_word(ent[0])
                                  or spelled_by_acronym(ent.doc, ent.start, ent.end) is not None)
    if ent.label_ in {"GPE", "FAC"} and not ent.ent_id_ and kind_after(ent.doc, ent.end):
        # "at Valtori, Finland's central purchasing body", "Bautino Port, the company that runs ...": bodies
        return True
    if ent.label_ == "GPE":
        return False
    if ent.label_ != "FAC" or len(ent) <= 2 or ent[-1].text in BUILDING_WORDS:
        return False
    heads = gazetteer.lexicon().org_heads
    # "the Tbilisi State Academy | of Arts": the head with its remit (which the model did not cut short)
    remit = next((i for i in range(1, len(ent) - 2) if ent[i].text in heads and ent[i + 1].lower_ in {"of", "for"}
                  and all(is_title_word(t) or t.lower_ in CONNECTORS for t in ent[i + 2 :])), None)
    if remit is not None and ent.end < len(ent.doc) and is_title_word(ent.doc[ent.end]):
        remit = None
    # "the Finnmark Police District": a head of two words ends it
    return ent[-1].text in heads or remit is not None \
        or any(ent.text.endswith(" " + head) for head in heads if " " in head)


def _known_org_after_and(doc: Doc, start: int, end: int) -> tuple[int, int, int, gazetteer.OrgEntry] | None:
    """"OSCE Presence in Albania and European| Union launch ...": a span the model ran on across "and"
    into a known organization's name ends before the "and"; (that end, the other name's bounds and entry)."""
    for a in range(start + 1, end - 1):
        if doc[a].lower_ != "and":
            continue
        for stop in range(end, min(end + 3, len(doc)) + 1):
            entry = gazetteer.find_org(doc[a + 1 : stop].text)
            if entry is not None:
                return a, a + 1, stop, entry
    return None


def _named_owner(doc: Doc, start: int, end: int) -> bool:
    """Do tokens start..end, before a possessive, name a body in full ("the Ministry of the Interior’s"),
    not a back-reference ("the Mission’s"), a State or a State's government ("the Catalan Government’s")?"""
    words = doc[start:end]
    return len(words) > 1 and has_org_head(words.text) and words[-1].text != "Government" \
        and not any(t.ent_type_ in {"GPE", "NORP"} for t in words) and gazetteer.find_state(words.text) is None


def _owning_body(doc: Doc, start: int, end: int) -> bool:
    """Do tokens start..end, before a possessive, name a body or a State that can own a unit?"""
    text = doc[start:end].text
    return has_org_head(text) or is_acronym(text) or gazetteer.find_org(text) is not None \
        or gazetteer.find_state(text) is not None or bool(doc[end - 1].ent_id_) \
        or end == start + 1 and _listed_earlier(doc, start) is not None


def _members_possessive(doc: Doc, p: int) -> bool:
    """Is the possessive at token p that of the people a body is made of or serves ("of Journalists’ | Associations"),
    not that of an owning body ("the United Nations’ | Office")?"""
    word = doc[p - 1]
    if word.text == "People" and p >= 2 and doc[p - 2].lower_ == "the" \
            and any(t.text in gazetteer.lexicon().org_heads for t in doc[p + 1 : p + 4]):
        return True  # "the Department for ... of the People’s | Advocate Office": the People's Advocate's, whole
    return doc[p].text in {"’", "'"} and word.text.endswith("s") and is_title_word(word) and not word.ent_id_ \
        and word.text not in gazetteer.lexicon().org_heads and word.ent_type_ not in {"GPE", "NORP"}


def _listed_earlier(doc: Doc, i: int) -> str | None:
    """"the Mechanism's Office of the Prosecutor" after "the International Residual Mechanism for Criminal Tribunals":
    the listed organization named before whose name has the capitalised word at token i, if any."""
    word = doc[i].text
    if not is_title_word(doc[i]):
        return None
    named = [e for e in doc.ents if e.label_ == "ORG" and e.ent_id_ and e.end <= i and word in e.text.split()]
    return strip_the(named[-1].text) if named else None


def _written_again(doc: Doc, found: list[_Found], people: set[int], skip: tuple[int, int]) -> list[_Found]:
    """"The Chair of the Contact Group" after "the Contact Group with ...": a name of two words or more
    found once is a mention wherever it is written again, even where the model did not tag it."""
    more: list[_Found] = []
    names = {f.name: f for f in found if f.end - f.start > 1 and not f.title}
    # "the Oslo-based foundation Nattvakt", then "a trainer at Nattvakt": a one-word name its kind introduced is a
    # mention wherever it is written again (not opening a sentence, where any capitalised word stands).
    outlets = set(outlet_spans(doc))
    single = {f.name: f for f in found if f.end - f.start == 1 and f.key is None and (
        (f.start, f.end) in outlets or f.start > 0 and doc[f.start - 1].lower_ in BODY_KINDS | ORG_KINDS
        and doc[f.start - 1].is_lower)}
    for item in [f for f in found if f.key is not None]:
        # "the Contact Group" after "the Contact Group with the Asian Partners ...": a listed name's words before
        # its first connector, when they end in an organization word.
        words = item.name.split()
        cut = next((i for i, w in enumerate(words) if w in {*CONNECTORS, "with"} and w.islower()), 0)
        if cut >= 2 and words[cut - 1] in gazetteer.lexicon().org_heads and not is_acronym(words[0]):
            names.setdefault(" ".join(words[:cut]), item)
    for name, item in {**names, **single}.items():
        for span in written_at(doc, name, skip):
            if people.intersection(range(span.start, span.end)):
                continue
            if name in single and (len(span) != 1 or span[0].is_sent_start):
                continue  # (a one-word name: any capitalised word opens a sentence)
            if span.end < len(doc) and is_title_word(doc[span.end]) \
                    or span.start > 0 and is_title_word(doc[span.start - 1]):
                continue  # a part of a longer name
            if any(span.start < f.end and f.start < span.end for f in [*found, *more]):
                continue
            more.append(_Found(span.start, span.end, name, item.key, parent=item.parent))
    # "the OSCE Support Programme for Ukraine (SPU)", then "The SPU’s Senior Programme Manager": the acronym a
    # name defined is a mention of it wherever it is written, tagged or not.
    for item in [f for f in found if f.key is None]:
        acronym = bracketed_acronym(doc, item.end)
        if acronym is None:
            continue
        for span in written_at(doc, acronym, skip):
            if span.start == item.end + 1 or any(span.start < f.end and f.start < span.end for f in [*found, *more]):
                continue
            more.append(_Found(span.start, span.end, item.name, None, parent=item.parent))
    return more


_THE_HEAD = re.compile(r"\b[Tt]he ((?:[A-Z][a-z]+ )?[A-Z][a-z]+)\b(?!-| (?:of|for|on|to|in|and)\b)")


def _head_back_references(doc: Doc, found: list[_Found], skip: tuple[int, int]) -> list[_Found]:
    """"the Assembly" after "the OSCE Parliamentary Assembly": an organization word used alone, capitalised,
    refers back to the one organization named before whose name ends with that word."""
    org_heads = gazetteer.lexicon().org_heads
    refs = []
    for match in _THE_HEAD.finditer(doc_text(doc)):
        # ("the Programme Office's" after "the OSCE Programme Office in X": the word with the one before it)
        words = match.group(1)
        word = words.split()[-1]
        if word not in org_heads or skip[0] <= match.start() < skip[1]:
            continue
        span = doc.char_span(match.start(1), match.end(1))
        # (the model may have tagged "Programme Office" alone: a body's kind, the reference itself)
        if span is None or any(span.start < f.end and f.start < span.end
                               and not (f.start, f.end, f.name) == (span.start, span.end, words) for f in found):
            continue
        # (two words only before the place a name ends with: "the Customs Committee" after "the Uzbek Customs
        # Committee" is the model's own name for it)
        owners = {f.name: f for f in found if f.start < span.start and f.end - f.start > len(span) and not f.title
                  and _head_words(doc, f.start, f.end, len(span)) == words
                  and (len(span) == 1 or not f.name.endswith(" " + words))}
        # ("OSCE Mission" in a title, then "the OSCE Mission to X": one body, written short first)
        owners = {n: f for n, f in owners.items() if not any(o.startswith(n + " ") for o in owners)}
        if len(owners) == 1:
            owner = next(iter(owners.values()))
            refs.append(_Found(span.start, span.end, owner.name, owner.key, parent=owner.parent))
    return refs


def _head_words(doc: Doc, start: int, end: int, count: int = 1) -> str:
    """The words a name's back-reference uses: its last ``count``, or the last before the place it is in or
    to ("the OSCE Academy | in Bishkek", "the OSCE Mission | to Serbia", "the OSCE Programme Office | in X")."""
    place = next((i for i in range(start + 1, end) if doc[i].lower_ in {"in", "to"} and doc[i].is_lower), end)
    return doc[max(start, place - count) : place].text


@cache
def _office_title() -> re.Pattern:
    """[OSCE|UN] <role head> on|for|and ...: "OSCE High Commissioner on ...", "UN High Commissioner for ..."."""
    heads = sorted(gazetteer.lexicon().role_heads, key=len, reverse=True)
    return re.compile(rf"(?:(?:OSCE|UN|United Nations) )?(?:{'|'.join(map(re.escape, heads))}) (?:on|for|and) ")


def _written_as_title(doc: Doc, start: int, end: int) -> bool:
    """"The OSCE High Commissioner on National Minorities", "the Representative on Freedom of the
    Media": an institution named by its holder's office (a role head with its remit), written as
    a title; the body is written as one ("HCNM", "the Office of the High Commissioner ...", "the
    Representative's office"). A posting ("Project Co-ordinator in Ukraine") names a field operation."""
    if not _office_title().match(doc[start:end].text):
        return False
    after = doc[end : end + 2]
    return not (len(after) == 2 and is_possessive(after[0]) and after[1].lower_ in {"office", "institution"})


def _sites_with_an_office(doc: Doc, heads: set[int], people: set[int]) -> list[tuple[int, int]]:
    """"Director of the Ugam-Chatkal National Park", "a ranger at the X Nature Reserve", "Director of X Airport", "a
    receptionist at the X Hotel": a protected area or a staffed site whose office a person holds, or where a person
    works, is the body."""
    spans = []
    texts = token_strings(doc, "ORTH")  # (no Span made of every two words: read on the strings)
    for i in range(2, len(doc)):
        if i + 1 < len(doc) and f"{texts[i]} {texts[i + 1]}" in PARK_WORDS:
            end = i + 2
        elif texts[i] in STAFFED_SITE_WORDS and is_title_word(doc[i]):
            end = i + 1
        else:
            continue
        start = i
        while start > 0 and (is_title_word(doc[start - 1]) or doc[start - 1].text == "-" and start > 1
                             and is_title_word(doc[start - 2])) and start - 1 not in people \
                and start - 1 not in heads:
            start -= 1
        k = start - 1 if doc[start - 1].lower_ == "the" else start
        if start == i or k < 2:
            continue
        office = doc[k - 1].lower_ == "of" and k - 2 in heads
        works = doc[k - 1].lower_ == "at" and (k - 2 in heads or workplace_start(doc, k - 1) is not None)
        if office or works:
            spans.append((start, end))
    return spans


def _workplaces(doc: Doc, heads: set[int], people: set[int]) -> list[tuple[int, int]]:
    """"a cutter at the Naryn Wool Mill", "a senior conductor at Ukrzaliznytsia": the capitalised words where an
    occupation is exercised name a body, with or without an organization word, when the name ends the phrase (not
    "the Astara | crossing", "Religions | for Peace", "Inclusion | Europe": a word the name runs on in, or a place).
    Names with an organization word are left to the rules that read them, acronyms ("PCUz") to theirs."""
    org_heads = gazetteer.lexicon().org_heads
    spans = []
    for i in _at_or_with(doc):
        if (start := workplace_start(doc, i)) is None:
            continue
        end = _name_words(doc, start, heads, people)
        while end > start and end + 1 < len(doc) and foreign_particle(doc[end]) and is_title_word(doc[end + 1]):
            end = _name_words(doc, end + 1, heads, people)  # "a locksmith at Çelësi | i Artë"
        # ("a programme coordinator at Lëvizja Transparenca | (Transparency Movement),": with its translation)
        if end > start and (end == len(doc) or doc[end].lower_ in WORKPLACE_ENDS
                            or bracketed_translation(doc, end) is not None) \
                and not any(t.text in org_heads or sum(c.isupper() for c in t.text) > 1 for t in doc[start:end]):
            spans.append((start, end))
        elif (end := _one_word_workplace(doc, start)) is not None:
            spans.append((start, end))
    lex = gazetteer.lexicon()
    # (not "a resident of X", who lives there, nor "the akim of X", who holds a place's office)
    no_workplace = NOT_WORKING_AT | {title.lower() for title in lex.place_titles}
    for i in _tokens_among(doc, {"of"}):
        if 0 < i < len(doc) - 1 and doc[i - 1].is_lower and doc[i - 1].lower_ in lex.occupations \
                and doc[i - 1].lower_ not in no_workplace and (end := _one_word_workplace(doc, i + 1)) is not None:
            spans.append((i + 1, end))
    return spans


# Occupations of the lexicon whose "of" names where one lives or whose office one holds, not a workplace.
NOT_WORKING_AT = {"resident", "residents", "native", "natives", "citizen", "citizens", "ombudsman", "ombudsperson"}


def _one_word_workplace(doc: Doc, start: int) -> int | None:
    """"a loan officer at | Zarafshonkreditbonk,", "chief information security officer of | Transelectrica,", "executive
    director of | Promo-LEX,": one capitalised word (hyphens inside it) where an occupation is exercised, ending the
    phrase, whatever place or body the model took it for, names a body; not a State, a listed body or a person. The
    name's end, or None."""
    end = start + 1
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_ and not doc[end - 1].whitespace_:
        end += 2  # "Promo | - | LEX"
    words = doc[start:end]
    # (not "at | the Sámediggi", "at | EuroCOP": a name its article or its capitals mark, which other rules pair with
    # its long form)
    if end > len(doc) or not _company_name(doc[start], places=True) or doc[start].is_sent_start \
            or doc[start - 1].lower_ == "the" or len(words) == 1 and sum(c.isupper() for c in words.text) > 1 \
            or any(t.ent_id_ or t.ent_type_ not in {"", "ORG", "GPE"} for t in words[1:]) \
            or "I" in {doc[start - 1].ent_iob_, doc[start].ent_iob_} or end < len(doc) and doc[end].ent_iob_ == "I" \
            or words.text in gazetteer.lexicon().former_states or gazetteer.find_state(words.text):
        return None
    return end if end == len(doc) or doc[end].text in {",", ".", ";", ":", ")"} or doc[end].lower_ == "who" else None


def _described_workplaces(doc: Doc, heads: set[int], people: set[int]) -> list[tuple[int, int]]:
    """"a woodcarver at Duborez Kaljevac, a family workshop in X" (``common.described_workplace``), unless a name of
    an office or a person's name (found already) is inside it, or an organization word that other rules read."""
    org_heads = gazetteer.lexicon().org_heads
    spans = []
    for i in _at_or_with(doc):
        if (found := described_workplace(doc, i)) is not None \
                and not any(k in heads or k in people or doc[k].text in org_heads or doc[k].ent_id_
                            for k in range(*found)):
            spans.append(found)
    return spans


def _tokens_among(doc: Doc, words: set[str] | frozenset[str]) -> list[int]:
    """The tokens whose lower-case form is one of ``words`` (found on the doc's strings, without making a Token of every
    word)."""
    return [i for i, word in enumerate(token_strings(doc, "LOWER")) if word in words]


def _at_or_with(doc: Doc) -> list[int]:
    """The tokens "at" and "with", where the workplace rules look."""
    return _tokens_among(doc, {"at", "with"})


# Where a name with its translation may follow (``common.translated_body``): an occupation's "of", "at" or "with", or
# a lower-case kind of body.
_TRANSLATION_CUES = frozenset({"of", "at", "with"} | TRANSLATED_KINDS)


# What may follow the name of a workplace: "a cutter at the Naryn Wool Mill|, who ...".
WORKPLACE_ENDS = {",", ".", ";", ":", ")", "who", "which", "where", "and", "in", "since", "until"}


def _statistics_offices(doc: Doc) -> list[tuple[int, int]]:
    """"Statistics Iceland", "Statistics Norway": a State's statistical office, named by the word and the State."""
    texts = token_strings(doc, "ORTH")
    return [(i, ent_end(doc, i + 1)) for i in range(len(doc) - 1) if texts[i] == "Statistics"
            and doc[i + 1].ent_type_ == "GPE" and doc[i + 1].ent_iob_ == "B"
            and gazetteer.find_state(doc[i + 1 : ent_end(doc, i + 1)].text) is not None]


def _untagged_bodies(doc: Doc, heads: set[int], people: set[int], documents: list[range],
                     skip: tuple[int, int]) -> list[tuple[int, int]]:
    """"the Kyrgyz Union of Journalists", "the Association of Judges": a body named by an
    organization word with its "of/for ..." complement that the model left untagged."""
    org_heads = gazetteer.lexicon().org_heads
    spans = []
    texts, lowers, starts = token_strings(doc, "ORTH"), token_strings(doc, "LOWER"), doc.to_array("IDX").tolist()
    text = doc_text(doc)
    for i in range(len(doc)):
        # Words that are no organization word (nor open a two-word one) are passed over on their strings:
        # making a Token and a two-word Span of each word was a sixth of the extractors' time.
        two_words = text[starts[i] : starts[i + 1] + len(texts[i + 1])] if i + 1 < len(doc) else texts[i]
        if lowers[i] not in ORG_KINDS and texts[i] not in org_heads and two_words not in org_heads \
                and texts[i] != "City":
            continue
        token = doc[i]
        if " " in two_words and two_words in org_heads and i > 0 and doc[i - 1].lower_ == "the" \
                and not token.ent_type_ and not doc[i + 1].ent_type_ and i not in people \
                and not skip[0] <= token.idx < skip[1] \
                and (i + 2 >= len(doc) or not is_title_word(doc[i + 2])) \
                and not (i >= 3 and doc[i - 2].lower_ == "of" and i - 3 in heads and is_title_word(doc[i - 3])):
            # "the General Staff of the X": an organization word of two words, untagged, names the body alone (its
            # first word may be an office's: "Director General"); after a capitalised office it is the office's
            # ("the Chief of the General Staff of the X")
            spans.append((i, i + 2))
            continue
        if token.lower_ in ORG_KINDS and token.is_lower:
            described = _described_name(doc, i, people)
            if described is not None and not skip[0] <= doc[described[0]].idx < skip[1]:
                spans.append(described)
            named = _name_before_kind(doc, i, heads, people)
            if named is not None and not skip[0] <= doc[named].idx < skip[1]:
                spans.append((named, i))
            continue
        # "the Municipality of X" may be tagged as a place (GPE) with the town; "the X District Municipality" as LOC.
        # ("House of": an organization word only with the word after it)
        # ("the Special Prosecution | Office": a name that goes on to another organization word ends there)
        # ("the City of Tønsberg": a city's government; "Mexico City" is a place.)
        city = token.text == "City" and i > 0 and doc[i - 1].lower_ == "the" and doc[i + 1 : i + 2].text == "of"
        if token.text not in org_heads and doc[i : i + 2].text not in org_heads and not city \
                or i + 1 < len(doc) and doc[i + 1].text in org_heads and doc[i + 1].ent_type_ == token.ent_type_ \
                or i + 2 < len(doc) and doc[i : i + 2].text in org_heads and doc[i + 2].text in org_heads \
                and doc[i + 2].ent_type_ == token.ent_type_ \
                or token.ent_type_ not in {"", "FAC", "GPE", "WORK_OF_ART", "EVENT"} \
                and not (token.ent_type_ == "LOC" and token.text in LOCAL_WORDS) \
                or i in heads \
                or i in people \
                or skip[0] <= token.idx < skip[1] or i + 1 >= len(doc):
            continue
        if doc[i + 1].lower_ not in {"of", "for", "against"} \
                and (holder := _holder_office_start(doc, i, heads, people)) is not None:
            # "Montenegro’s Supreme State Prosecutor’s Office", "the County State Attorney’s Office in Zadar"
            spans.append((holder + (doc[holder].lower_ == "the"), _place_complement(doc, i + 1, heads, people)))
            continue
        if doc[i + 1].lower_ not in {"of", "for", "against"} \
                and not (token.text in COMMITTEE_WORDS and doc[i + 1].lower_ == "on"):
            if _runs_into_head(doc, i):
                continue  # "the Political Party | Financing Surveillance Committee": a word of a longer name
            national = _national_body(doc, i, heads, people) or _listed_unit(doc, i, heads, people) \
                or _described_after(doc, i, heads, people) or _place_body(doc, i)
            if national is not None and not any(national in r for r in documents):
                # ("the Mongolian Red Cross": an organization word of two words ends after both)
                spans.append((_hyphen_joined_start(doc, national), _portfolio_remit_end(doc, _head_end(doc, i))))
            continue
        end, parent_after = i + 1, _parent_after_of(doc, i)
        while not parent_after and end + 1 < len(doc) and joins_name(doc, end):
            j = end + 2 if doc[end + 1].lower_ == "the" and end + 2 < len(doc) else end + 1  # "for the | Treatment"
            if doc[end].lower_ == "and" and _portfolios(doc, i + 2, end) and _portfolios(doc, j, j + 1):
                # "the State Inspectorate of Labour and | Social Services": the second portfolio of the body
                # ("the Association of Local and | Regional Governments": the words after the portfolio too)
                end = j
                while end < len(doc) and (doc[end].text in gazetteer.lexicon().portfolio_words
                                          or _complement_word(doc, end, token, people)):
                    end += 1
                continue
            if _seat_modifier(doc, j):
                break  # "the Municipality of X and the | Y-based youth organization Z": the next body's seat
            if doc[end].lower_ == "and" and j == end + 2 and doc[j].text in org_heads \
                    and not (j + 1 < len(doc) and is_title_word(doc[j + 1])):
                # "the Municipality of X and the | Mission": a body named before, by its kind alone; "the Committee
                # for X and the | Agency for Y": a second body
                break
            task = _task_entity(doc, j)  # "the Joint Headquarters for | the Search of Missing Persons" (an ORG)
            if task > j:
                end = task
                continue
            republic = _republic_of_state(doc, j)
            if republic or doc[j].ent_type_ == "GPE" and doc[j].ent_id_ and doc[j].ent_iob_ == "B":
                # "the State Revenue Committee of the | Republic of Kazakhstan": the State closes the body's name,
                # unless it opens its parent's ("the Institute of Botany of the | Azerbaijan National Academy of ...")
                k = republic or ent_end(doc, j)
                if not _opens_a_name(doc, k):
                    end = k
                break
            if not _complement_word(doc, j, token, people):
                break
            end = j + 1
            while end < len(doc) and (_complement_word(doc, end, token, people) or _hyphen_on(doc, end)):
                end += 2 if doc[end].text == "-" else 1  # "the Agency for Pre-Primary ... Education"
            end = _past_people_possessive(doc, end, people)
        if end == i + 1 and i + 2 < len(doc) and doc[i + 1].lower_ == "for" and doc[i + 2].ent_type_ == "ORG" \
                and doc[i + 2].ent_id_ and doc[i + 2].ent_iob_ == "B" and doc[i + 2].ent_id_ != FIELD_OPERATION_ID:
            # "the Korean National Commission for | UNESCO": a body for a listed organization is named with it
            end = ent_end(doc, i + 2)
        if end > i + 2:
            end = _between_end(doc, end, people)
        if not parent_after:
            end = max(end, _place_complement(doc, i + 1, heads, people, posted=token.text in POSTED_BODIES))
        if end > i + 2:
            end = _listed_portfolios(doc, i, end)  # "the University of Geology, Mining and Natural Resources"
        if end > i + 1:
            end = _and_to_acronym(doc, end, heads, people)
        elif not parent_after and i > 0 and doc[i - 1].lower_ == "the" \
                and (parent := _complement_after(doc, i, i + 1, documents, people)) is not None and parent[1]:
            end = parent[0]  # "the Delegation of the European Union to North Macedonia"
        if end == i + 1 and not parent_after:
            # "the Policy and Mediation Division | of the United Nations ...": a listed unit before its parent;
            # "the Action against Terrorism Unit | of the ...": a unit named by its task.
            listed = _listed_unit(doc, i, heads, people) or _connected_name(doc, i, heads, people) \
                or _unit_of_listed(doc, i, heads, people)
            if listed is not None and not any(listed in r for r in documents):
                spans.append((listed, i + 1))
            continue
        start = i
        while start > 0 and is_title_word(doc[start - 1]) and start - 1 not in heads and start - 1 not in people \
                and (not doc[start - 1].ent_type_ or doc[start - 1].ent_type_ == "NORP"
                     or _mislabelled_with(doc, start - 1, token)):
            start -= 1
        if start == i and start >= 2 and _people_possessive(doc, start - 1) and is_title_word(doc[start - 2]) \
                and start - 2 not in people:
            # "the (Rural) Women’s | Union of Turkmenistan": the people the body is of, with their possessive
            start -= 2
            while start > 0 and is_title_word(doc[start - 1]) and not doc[start - 1].ent_type_ \
                    and start - 1 not in people and start - 1 not in heads:
                start -= 1
        region = start
        while region > 1 and (doc[region - 1].ent_type_ == "LOC" and not doc[region - 1].ent_id_
                              and is_title_word(doc[region - 1])
                              or doc[region - 1].lower_ == "and" and doc[region - 2].ent_type_ == "LOC"):
            region -= 1
        if region < start and doc[region - 1].lower_ == "the" and is_title_word(doc[region]):
            start = region  # "the South Eastern and Eastern Europe | Clearinghouse for ...": a region opens the name
        if start == i and (holder := _holder_office_start(doc, i, heads, people)) is not None:
            start = holder  # "the Special Prosecutor’s Office for ..."
        start = _state_name_start(doc, start)  # "the Kazakhstan International Bureau for ..."
        if doc[start].lower_ == "the":
            start += 1  # a sentence's "The"
        if any(start in r and end - 1 in r for r in documents):
            continue
        spans.append((start, end))
    return [*spans, *_sites_with_an_office(doc, heads, people), *_statistics_offices(doc),
            *_workplaces(doc, heads, people), *_described_workplaces(doc, heads, people),
            *(found for i in _tokens_among(doc, _TRANSLATION_CUES) if (found := translated_body(doc, i)) is not None)]


def _runs_into_head(doc: Doc, i: int) -> bool:
    """Do the capitalised words after the organization word at token i run into another one within three words
    ("Political Party | Financing Surveillance Committee")?"""
    org_heads = gazetteer.lexicon().org_heads
    k = i + 1
    while k < len(doc) and k - i <= 3 and is_title_word(doc[k]) and not doc[k].ent_id_ and doc[k].text not in org_heads:
        k += 1
    return k > i + 1 and k < len(doc) and doc[k].text in org_heads and is_title_word(doc[k])


def _holder_office_start(doc: Doc, i: int, heads: set[int], people: set[int]) -> int | None:
    """"the Special Prosecutor’s Office", "the Seimas Ombudsmen's Office": an office named after the office-holder it
    serves is one name, from the holder's title (a listed parliament's name before it included); its start."""
    if doc[i].text != "Office" or i < 2 or not is_possessive(doc[i - 1]):
        return None
    holder = doc[i - 2].text
    if i - 2 not in heads and not (holder.endswith("men") and holder[:-3] + "man" in gazetteer.lexicon().role_heads):
        return None  # ("Ombudsmen's": the office of several)
    start = i - 2
    while start > 0 and is_title_word(doc[start - 1]) and doc[start - 1].ent_type_ in {"", "ORG"} \
            and start - 1 not in people:
        start -= 1
    return start


def _remit_tagged_apart(doc: Doc, ents: Iterable[Span]) -> Iterator[Span]:
    """"the Agency | for | Hydrometeorology of the Committee ...": an organization word the model tagged alone, then
    "for" and the rest of the name tagged apart: one name."""
    ents = list(ents)
    skip = None
    for n, ent in enumerate(ents):
        if n == skip:
            continue
        after = ents[n + 1] if n + 1 < len(ents) else None
        if ent.label_ == "ORG" and len(ent) == 1 and ent[0].text in gazetteer.lexicon().org_heads \
                and after is not None and after.label_ == "ORG" and after.start == ent.end + 1 \
                and doc[ent.end].lower_ == "for" and not after.ent_id_ \
                and not (after.end < len(doc) and doc[after.end].lower_ in {"and", "of", "for", "against"}):
            # (not "the Agency | for | State Financial Control | and Fight against ...": a name that goes on, found
            # whole by its words)
            skip = n + 1
            yield Span(doc, ent.start, after.end, label="ORG")
            continue
        yield ent


def _holders_office_joined(doc: Doc, ents: Iterable[Span], heads: set[int]) -> Iterator[Span]:
    """"the Seimas | Ombudsmen's Office [of the Republic of Lithuania]": a listed body's name, then an office named
    after its holders, whether the model tagged the office or not: one name, the parliament's name opening it."""
    ents = list(ents)
    for n, ent in enumerate(ents):
        after = ents[n + 1] if n + 1 < len(ents) else None
        if ent.label_ == "ORG" and len(ent) >= 2 and is_possessive(ent[-1]) and after is not None \
                and after.start == ent.end and after.label_ == "ORG" and doc[ent.end].text == "Office" \
                and _holder_office_start(doc, ent.end, heads, set()) is not None:
            # "the Prosecutor General's | Office of the Republic of Uzbekistan": the holder's possessive and the
            # office tagged apart
            ents[n + 1] = Span(doc, after.end, after.end, label="ORG")  # taken in
            yield Span(doc, ent.start, after.end, label="ORG")
            continue
        k = ent.end + 2
        if ent.label_ == "ORG" and k < len(doc) and doc[k].text == "Office" and is_possessive(doc[k - 1]):
            if _holder_office_start(doc, k, heads, set()) == ent.start:
                after = ents[n + 1] if n + 1 < len(ents) else None
                if after is not None and after.start == k and after.label_ == "ORG":
                    ents[n + 1] = Span(doc, after.end, after.end, label="ORG")  # taken in
                    yield Span(doc, ent.start, after.end, label="ORG")
                else:
                    yield Span(doc, ent.start, k + 1, label="ORG")
                continue
        if ent.label_ == "ORG" and len(ent) >= 3 and doc[ent.end - 1].text == "Office" \
                and is_possessive(doc[ent.end - 2]):
            # "Croatia’s Chief | State Prosecutor’s Office": the model left out the holder's first word
            holder = _holder_office_start(doc, ent.end - 1, heads, set())
            if holder is not None and holder < ent.start and not any(t.ent_type_ for t in doc[holder : ent.start]):
                yield Span(doc, holder, ent.end, label="ORG")
                continue
        if len(ent):
            yield ent


def _described_after(doc: Doc, i: int, heads: set[int], people: set[int]) -> int | None:
    """Start of "the Javakheti Civic Forum, a non-governmental organization ...": capitalised words ending in the
    organization word at token i that an apposition after them calls a kind of body."""
    if i + 3 >= len(doc) or doc[i + 1].text != "," or doc[i + 2].lower_ not in {"a", "an"}:
        return None
    if not any(t.lower_ in ORG_KINDS or t.lower_ in {"ngo", "non-profit", "nonprofit"}
               for t in doc[i + 3 : min(i + 7, len(doc))] if t.is_lower or t.text == "NGO"):
        return None
    k = i
    while k > 0 and is_title_word(doc[k - 1]) and not doc[k - 1].ent_type_ and k - 1 not in heads \
            and k - 1 not in people:
        k -= 1
    return k if k < i else None


def _portfolios(doc: Doc, start: int, end: int) -> bool:
    """Are tokens start..end all portfolio words ("Labour", "Social Services")?"""
    return end > start and all(t.text in gazetteer.lexicon().portfolio_words for t in doc[start:end])


def _past_people_possessive(doc: Doc, end: int, people: set[int]) -> int:
    """The end of a body's name that runs on over a plural's possessive ("the National Authority for the Protection of
    Children’s | Rights and Adoption"): capitalised untagged words after it that are no organization word (not an
    owner's unit: "the Ministry of Justice’s | Department"), joined by connectors."""
    if not (end + 1 < len(doc) and _people_possessive(doc, end)) or doc[end - 1].ent_id_:
        # ("UN Women’s | Regional Office": a listed body's unit)
        return end

    def name_word(k: int) -> bool:
        return k < len(doc) and is_title_word(doc[k]) and not doc[k].ent_type_ and k not in people \
            and doc[k].text not in gazetteer.lexicon().org_heads

    if not name_word(end + 1):
        return end
    run = end + 2
    while name_word(run) or run + 1 < len(doc) and joins_name(doc, run) and name_word(run + 1):
        run += 1
    # ("the Council of Women’s | Regional Office": words before an organization word name an owner's unit)
    return end if run < len(doc) and doc[run].text in gazetteer.lexicon().org_heads else run


def _region_word_after(doc: Doc, start: int, end: int) -> int:
    """"the Ministry of the Interior of Central Bosnia | Canton": a body of a region named by its place and its kind of
    region; the kind ends the body's name (the place may be a State's name)."""
    k = end
    org_heads = gazetteer.lexicon().org_heads
    the = k + 3 < len(doc) and doc[k + 1].lower_ == "the"
    if k + 2 < len(doc) and doc[k].lower_ == "of" and is_title_word(doc[k + 1 + the]) \
            and (doc[start].text in org_heads or doc[end - 1].text in org_heads):
        # ("the Ministry of Education, Science, Culture and Sports | of Herzegovina-Neretva Canton", "the Main Internal
        # Affairs Department | of the Osh Region": the model cut the body's name before the region's "of")
        j = k + 1 + the
        while j < min(k + 6, len(doc)) and doc[j].text not in REGION_WORDS \
                and (is_title_word(doc[j]) or doc[j].text == "-"):
            j += 1
        if j < len(doc) and doc[j].text in REGION_WORDS and j > k + 1:
            return j + 1
    while k < min(end + 3, len(doc)) and doc[k].text not in REGION_WORDS and is_title_word(doc[k]):
        k += 1  # ("the Ministry of the Interior of Lower | Montenegro Canton": the model cut at the State's name)
    if k < len(doc) and doc[k].text in REGION_WORDS and is_title_word(doc[k - 1]) \
            and any(t.lower_ == "of" for t in doc[start : end - 1]):
        return k + 1
    return end


def _place_after_members_or_remit(doc: Doc, start: int, end: int) -> int:
    """"the Union of Port Crane Operators | of Durrës", "the Association of Displaced Persons | from X": a body named
    by its members (an organization word, "of", a plural last) goes on over the place its members are of or from,
    whatever the model tagged the place (a person, a body); so does a body named by its remit ("the Centre for Social
    Work | of X"). A State after "of" is left to the State rules."""
    org_heads = gazetteer.lexicon().org_heads
    if not (start + 2 < end < len(doc) - 1 and doc[end - 1].text not in org_heads and is_title_word(doc[end - 1])):
        return end
    # ("the Religious Community | of Mountain Jews", "the State Agency | for Religious Issues": the organization word
    # after its modifiers)
    head = start
    while head + 2 < end and doc[head].text not in org_heads and is_title_word(doc[head]) and not doc[head].ent_id_:
        head += 1
    # (not a unit's: "the Faculty of Oriental Studies | of X University" is of the university)
    members = doc[head].text in MEMBERS_BODIES and doc[head + 1].lower_ == "of" \
        and (_plural(doc[end - 1]) or doc[end - 1].text in gazetteer.lexicon().peoples) \
        and doc[end].lower_ in {"of", "from", "in"}
    remit = doc[head].text in org_heads and doc[head + 1].lower_ == "for" and doc[end].lower_ == "of"
    if not (members or remit):
        return end
    k = end + 1
    if doc[end].lower_ == "of" and (state := _republic_of_state(doc, k + (doc[k].lower_ == "the")) or (
            ent_end(doc, k) if doc[k].ent_type_ == "GPE" and doc[k].ent_id_ and doc[k].ent_iob_ == "B" else None)):
        # "the State Agency for Religious Issues | of Georgia": the State closes the name, unless it owns or opens
        # the next one ("... of | Moldova's Parliament")
        return end if state < len(doc) and (is_possessive(doc[state]) or _opens_a_name(doc, state)) else state
    while k < len(doc) and (is_title_word(doc[k]) and doc[k].text not in org_heads and not doc[k].ent_id_
                            or _hyphen_on(doc, k)):
        k += 2 if doc[k].text == "-" else 1
    if k < len(doc) and (doc[k].text in org_heads or doc[k].text in TEACHING_BODIES):
        return end  # ("the Centre for Sámi Studies | of UiT The Arctic University ...": of another body, named after)
    return k if k > end + 1 else end


def _plural(token: Token) -> bool:
    """A plural noun, whatever the model tagged a capitalised one ("Families" as a singular proper noun)."""
    return token.tag_ in {"NNS", "NNPS"} or token.lower_ in PEOPLE_PLURALS \
        or token.text.endswith("s") and not token.text.endswith("ss")


# Bodies named by their members ("the Union of Beekeepers", "the Association of Displaced Persons").
MEMBERS_BODIES = frozenset({"Union", "Association", "Federation", "Confederation", "Chamber", "League", "Society",
                            "Alliance", "Network", "Coalition", "Guild", "Syndicate", "Club", "Forum", "Community"})


REGION_WORDS = frozenset({"Canton", "Oblast", "Province", "Region", "Voivodeship", "Krai", "Governorate"})


def _people_possessive(doc: Doc, k: int) -> bool:
    """Is token k the possessive of children, women, men or people ("Children’s", "Women’s"), inside a body's name or
    before its organization word?"""
    return doc[k].text in {"’s", "'s"} and doc[k - 1].lower_ in PEOPLE_PLURALS


# Plurals whose possessive is written "’s" (regular plurals take a bare apostrophe: "Farmers’").
PEOPLE_PLURALS = frozenset({"children", "women", "men", "people"})


def _hyphen_on(doc: Doc, k: int) -> bool:
    """Is token k a hyphen inside a capitalised word ("Pre|-|Primary", "High|-|Tech", "Co|-|ordination")?"""
    if not (k + 1 < len(doc) and k > 0 and doc[k].text == "-" and not doc[k - 1].whitespace_
            and not doc[k].whitespace_ and is_title_word(doc[k - 1]) and not doc[k - 1].text.isupper()):
        return False
    if doc[k - 1].text in HYPHEN_PREFIXES and doc[k + 1].is_lower and doc[k + 1].is_alpha:
        return True
    return is_title_word(doc[k + 1]) and not doc[k + 1].text.isupper()  # "OSCE-UNDP" joins two names


# Prefixes a capitalised word keeps before a lower-case rest: "Co-ordination", "Self-government".
HYPHEN_PREFIXES = {"Co", "Self", "Non", "Anti", "Counter", "Inter", "Multi", "Cross", "Pre", "Post", "Sub", "Vice"}


def _task_entity(doc: Doc, j: int) -> int:
    """End of the model's ORG that token j (or the "the" before it) opens when it names a task, not a body:
    no organization word, not a listed name. Else j."""
    if doc[j].ent_type_ != "ORG" or doc[j].ent_id_ or ent_start(doc, j) < j - 1:
        return j
    end = ent_end(doc, j)
    # "Development and Cooperation (SDC": the model's span may stop inside the brackets
    end = next((i for i in range(j, end) if doc[i].text == "("), end)
    # ("the Department for | Rural Archives": a plural organization word ending it names what the body deals with)
    named = doc[j : end - 1] if doc[end - 1].tag_ in {"NNS", "NNPS"} else doc[j:end]
    return j if end == j or has_org_head(named.text) or not is_title_word(doc[end - 1]) else end


def _complement_word(doc: Doc, j: int, head, people: set[int]) -> bool:  # noqa: ANN001 - a spaCy Token
    """Is token j a capitalised word of the complement of the organization word ``head`` (untagged, no person)?"""
    return is_title_word(doc[j]) and _untagged(doc, j, head) and j not in people


def _untagged(doc: Doc, j: int, head) -> bool:
    """May token j continue the complement of the organization word ``head``? Untagged words; and
    after a word the model took for a place ("the Municipality of | Kičevo"), a name it took for a
    person or place that is no person of the release."""
    # ("the Municipality of | Kranjska Gora": whatever the model took the town for, a local body is named by it.)
    return not doc[j].ent_type_ or (head.ent_type_ == "GPE" or head.text in LOCAL_WORDS) \
        and doc[j].ent_type_ in {"PERSON", "GPE", "LOC", "FAC"} and not doc[j].ent_id_ \
        or _mislabelled_with(doc, j, head, AFTER_HEAD_MISLABELS)


# After the organization word, the model's building may hold the body's remit ("the Centre | for Water Research of");
# before it, a building's own name ("the Vienna International | Centre").
AFTER_HEAD_MISLABELS = frozenset({"WORK_OF_ART", "FAC", "EVENT"})


def _mislabelled_with(doc: Doc, j: int, head, kinds: frozenset[str] = frozenset({"WORK_OF_ART"})) -> bool:  # noqa: ANN001
    """"the Chair of the National Assembly’s Standing Committee on Foreign Relations" taken whole for a title of a
    work (or, in ``kinds``, "the Centre for Water Research of" for a building): the words in one such name with the
    organization word may be the body's name (not after a possessive)."""
    return head.ent_type_ == doc[j].ent_type_ and head.ent_type_ in kinds \
        and ent_start(doc, j) == ent_start(doc, head.i) and not is_possessive(doc[j])


def _name_before_kind(doc: Doc, i: int, heads: set[int], people: set[int]) -> int | None:
    """"with the Madrid-based Red Acoge network": capitalised words between "the" (or its modifiers) and
    a kind of organization (token i) name it, unless they are a known name, a State's or a people's."""
    if outlet_word_after(doc, i) == i:
        return None  # "the Batumi | broadcaster TV 25": the seat of the outlet named after its kind
    k = i
    while k > 0 and is_title_word(doc[k - 1]) and not doc[k - 1].ent_id_ and k - 1 not in heads \
            and k - 1 not in people and doc[k - 1].ent_type_ not in {"NORP", "GPE", "DATE", "CARDINAL"} \
            and doc[k - 1].text not in gazetteer.lexicon().peoples:
        k -= 1
    if k == i or k == 0:
        return None
    before = k - 1
    while before > 0 and (doc[before].is_lower and doc[before].pos_ in {"ADJ", "VERB"} or doc[before].text == "-"
                          or doc[before + 1].text == "-"):
        before -= 1  # "the Madrid-based", "the small"
    return k if doc[before].lower_ == "the" and not is_possessive(doc[k - 1]) else None


def _seat_modifier(doc: Doc, k: int) -> bool:
    """Is token k a word of "Abu Dhabi-based" (a capitalised place, the hyphen, "based")?"""
    j = k
    while j < len(doc) and j - k < 4 and is_title_word(doc[j]):
        j += 1
    if doc[k].text == "-" or doc[k].lower_ == "based":
        j = k
    return j + 1 < len(doc) and doc[j].text == "-" and doc[j + 1].lower_ == "based" or (
        doc[k].lower_ == "based" and k > 0 and doc[k - 1].text == "-")


def described_as_body(doc: Doc, ent: Span) -> bool:
    """Is the model's name one the release describes as a body by a kind in apposition, here or at another mention
    ("Tramwaje Elbląskie, the town’s tram operator", then "The Chief Executive of Tramwaje Elbląskie, X")?"""
    names = once_per_doc(doc, "kg.described_bodies", lambda: {
        e.text for e in doc.ents if e.label_ in {"PERSON", "ORG"} and not e.ent_id_ and kind_after(doc, e.end)
        and not any(t.lower_ == "of" for t in e)})
    return ent.text in names


def kind_after(doc: Doc, end: int) -> bool:
    """"Romani Luma Burgenland, a Roma association founded in ...", "Valtori, Finland's central purchasing body": an
    apposition whose noun is a kind of organization says the name before it is one."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    if doc[end + 1].lower_ in {"a", "an", "the"}:
        k, kinds = end + 2, ORG_KINDS | MEMBERS_KINDS
        if doc[k].ent_type_ == "NORP" and doc[k].ent_id_:
            kinds = ORG_KINDS | MEMBERS_KINDS | STATE_BODY_KINDS  # "X, the Dutch probation service": a State's body
    elif end + 3 < len(doc) and doc[end + 1].ent_type_ == "GPE" and doc[end + 1].ent_id_ \
            and is_possessive(doc[end + 2]):
        k, kinds = end + 3, ORG_KINDS | STATE_BODY_KINDS  # a State's body
    else:
        return False
    start = k
    while k < len(doc) and k - start <= 4 and doc[k].lower_ not in kinds \
            and (doc[k].is_lower and doc[k].pos_ in {"ADJ", "NOUN"} or doc[k].ent_type_ == "NORP"
                 or doc[k].pos_ == "PROPN" and not doc[k].ent_type_ or doc[k].text == "-"  # "a Roma association"
                 or _seat_modifier(doc, k)  # "the Brussels-based network"
                 or is_possessive(doc[k]) and k > start):  # "the town’s water utility"
        k += 1
    if k >= len(doc) or doc[k].lower_ not in kinds or not doc[k].is_lower \
            or any(t.lower_ in PERSONS_ONLY for t in doc[start:k]):  # ("X, a retired crane operator": a person)
        return False
    # "X, a plant operator from a small town who has run ...": only a person is "who"
    stop = next((t.i for t in doc[k + 1 : k + 20] if t.is_punct or t.lower_ in {"which", "that"}), len(doc))
    return not any(t.lower_ == "who" for t in doc[k + 1 : stop])


# Bodies of members an apposition may name ("Zanoni Darvoz, a committee of women traders", "X, the dockers' union").
MEMBERS_KINDS = {"committee", "union", "co-operative", "cooperative", "federation", "society", "league", "club"}
# Words said of people only, never of a body.
PERSONS_ONLY = {"retired"}


# What a State's possessive or adjective in apposition calls a public body ("X, Estonia's national audit office", "Y,
# the Dutch probation service").
STATE_BODY_KINDS = {"body", "office", "authority", "regulator", "inspectorate", "ombudsman", "ministry", "service"}


def _kind_before(doc: Doc, start: int, people: set[int]) -> bool:
    """"the fruit exporter X", "the wind farm's operator, X", "Kulob's largest water users' association, X": a name
    the model tagged as an organization, after the kind of body it is, with the article or the owner that makes the
    kind its description."""
    k = start - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    # ("producer" only for a name the model tagged an organization: "the film producer X" is a person)
    if k < 1 or start in people or doc[k].lower_ not in COMPANY_KINDS | ORG_KINDS | {"producer"} or not doc[k].is_lower:
        return False
    j = k - 1
    while j > 0 and k - j <= 5:
        # ("the Brno-based Roma organization X": the people it serves)
        if doc[j].is_lower and doc[j].pos_ in {"ADJ", "NOUN"} or is_possessive(doc[j]) \
                or doc[j].text in gazetteer.lexicon().peoples:
            j -= 1
        elif j >= 3 and doc[j].lower_ == "based" and doc[j - 1].text == "-":
            j -= 3  # "the Riga-based bank X": the seat of the body
        else:
            break
    return doc[j].lower_ == "the" or is_possessive(doc[j + 1]) and j + 1 < k


def _described_name(doc: Doc, i: int, people: set[int]) -> tuple[int, int] | None:
    """"swisspeace, a peace research institute": a one-word name (maybe lower case) described by an
    apposition whose noun is a kind of organization (token i); the name's bounds, else None. "Croatian Waters, the
    water management agency of ...": a State's adjective and a capitalised word."""
    k = i - 1
    while k >= 0 and i - k <= 6 and (doc[k].is_lower and doc[k].pos_ in {"ADJ", "NOUN", "PROPN"}
                                     or _seat_modifier(doc, k) or _state_adjective(doc[k])):
        k -= 1  # ("DIAMO, the Czech state enterprise")
    owned = k >= 3 and is_possessive(doc[k]) and doc[k - 1].ent_type_ == "GPE"
    if owned:
        k -= 1  # "Ukrenergo, Ukraine's transmission system operator"
    elif k < 2 or doc[k].lower_ not in {"a", "an", "the"}:
        return None
    if doc[k - 1].text != ",":
        return None
    name = k - 2
    token = doc[name]
    first = name
    while first > 0 and name - first < 4 and is_title_word(doc[first]) and not doc[first].ent_id_ \
            and first not in people:
        first -= 1
    if first < name and doc[first].lower_ == "of" and first - 1 in people:
        # "Manizha Qodirzoda of | Barki Tojik, Tajikistan's national power company": the capitalised words
        # between a person's "of" and the apposition name the body, whatever the model made of them.
        return first + 1, name + 1
    if first < name - 1 and doc[first].lower_ == "of" and doc[first - 1].text in gazetteer.lexicon().role_heads:
        # "X, President of | AGE Platform Europe, the Brussels-based network of ...": the body an office is of, named
        # by its words whatever the model made of them
        return first + 1, name + 1
    # A place the model saw in the name is an organization when the apposition gives it a seat ("X, the
    # Abu Dhabi-based centre of excellence ...").
    seated = token.ent_type_ in {"GPE", "LOC"} and not token.ent_id_ \
        and (owned or any(_seat_modifier(doc, j) for j in range(k, i)))
    if token.is_lower and name > 0 and (doc[name - 1].pos_ in {"DET", "ADJ", "NOUN"}
                                        or doc[name - 1].tag_ == "PRP$"
                                        or i + 1 < len(doc) and doc[i + 1].tag_ in {"VBZ", "VBD", "VBP"}):
        # "a football club, a company with ...": a common noun, no lower-case name; "When I write about pollution, the
        # company calls ...": the subject of the next clause, no apposition
        return None
    if not token.is_alpha or name in people \
            or token.ent_type_ in {"GPE", "LOC", "NORP", "PERSON", "DATE"} and not seated \
            or token.is_stop or token.pos_ in {"VERB", "AUX", "PRON"} or name > 0 and doc[name - 1].text == "-":
        return None
    if name > 1 and _state_adjective(doc[name - 1]) and not is_title_word(doc[name - 2]) and is_title_word(token):
        return name - 1, name + 1
    if name > 0 and is_title_word(doc[name - 1]):
        return None
    return name, name + 1


def _of_office(doc: Doc, start: int, heads: set[int]) -> bool:
    """Does "of [the]" right before token ``start`` follow an office ("Chief of the | ...")?"""
    k = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start
    return k >= 2 and doc[k - 1].lower_ == "of" and k - 2 in heads


def _complement_after(doc: Doc, start: int, end: int, documents: list[range],
                      people: set[int]) -> tuple[int, str | None] | None:
    """The end of a name the model cut short, and the parent it names: "the Parliamentary Assembly of
    the | Council of Europe" (an organization's body named with its parent); "the Advisory Committee |
    on the Framework Convention for ..." (a body named after the document it serves)."""
    if not has_org_head(doc[start:end].text) or end + 1 >= len(doc) or doc[end].lower_ not in {"of", "on", "for"}:
        return None
    k = end + 1
    if doc[k].lower_ == "the" and k + 1 < len(doc):
        k += 1
    if doc[end].lower_ == "of" and doc[k].ent_type_ == "ORG" and doc[k].ent_id_ and doc[k].ent_iob_ == "B" \
            and doc[k].ent_id_ != FIELD_OPERATION_ID:
        stop = ent_end(doc, k)
        return _posted_to(doc, start, stop), doc[k:stop].text
    if doc[end].lower_ == "of" and doc[k - 1].lower_ == "the" and doc[k].text in gazetteer.lexicon().org_heads \
            and not doc[k].ent_type_ and (k + 1 == len(doc) or not is_title_word(doc[k + 1])):
        if k + 2 < len(doc) and doc[k + 1].lower_ == "of" and doc[k + 2].ent_type_ == "GPE" and doc[k + 2].ent_id_:
            # "the Defence Committee of | the Parliament of Georgia": a unit of the State's body, named apart
            stop = ent_end(doc, k + 2)
            return end, doc[k:stop].text
        if doc[k].text in LOCAL_WORDS and k + 2 < len(doc) and doc[k + 1].lower_ == "of" \
                and is_title_word(doc[k + 2]) and not doc[k + 2].ent_id_ and k + 2 not in people:
            # "the Fire Brigade of the Municipality | of Berovo": a town's body, named with its town
            stop = k + 2
            while stop < len(doc) and is_title_word(doc[stop]) and not doc[stop].ent_id_ and stop not in people:
                stop += 1
            return stop, None
        return k + 1, None  # "the Central Forensic Laboratory of | the Police": a body named by its kind ends the name
    document = next((r for r in documents if r.start == k), None)
    if document is not None:
        return document.stop, None
    if doc[end].lower_ in {"on", "for"}:
        # "the Standing Working Group | for the Safety of Journalists": a group named with its task, which the
        # model cuts off or takes for a second name; a task has no organization word of its own.
        stop = _task_words(doc, k, people)
        # "for the Co-ordination of Measures to Combat and Prevent Trafficking in Human Beings": hop by hop
        while stop - 1 > k and doc[stop - 1].lower_ in TASK_CONNECTORS:
            more = _task_words(doc, stop + 1 if doc[stop].lower_ == "the" else stop, people)
            if more <= stop:
                break
            if doc[stop - 1].lower_ == "of" and doc[stop].lower_ == "the" and stop + 1 < len(doc) \
                    and doc[stop + 1].text in gazetteer.lexicon().org_heads:
                # "... for the Execution of Criminal Penalties | of the Ministry of ...": the body the unit is of (not
                # "the Agency for the Support of Civil Society": a remit's words)
                stop -= 1
                break
            stop = more
        if stop > k and is_title_word(doc[stop - 1]) and not has_org_head(doc[k:stop].text):
            return stop, None
    return None


def _task_words(doc: Doc, i: int, people: set[int]) -> int:
    """End of the capitalised words from token i (untagged, or of a model ORG the gazetteer does not know, or
    of a PERSON that is none of the release's ``people``) and the "of"/"and" after them."""
    def run(k: int) -> int:
        while k < len(doc) and (is_title_word(doc[k]) and doc[k].ent_type_ in {"", "ORG", "PERSON"}
                                and not doc[k].ent_id_ and not doc[k].text.isupper() and k not in people
                                or _hyphen_on(doc, k)):
            k += 2 if doc[k].text == "-" else 1
        return k

    k = run(i)
    # "for Pre-Primary, Primary and Secondary Education": a list of capitalised words, its last after "and"
    listed = k
    while k > i and listed + 1 < len(doc) and doc[listed].text == "," and is_title_word(doc[listed + 1]):
        listed = run(listed + 1)
    if listed > k and listed + 1 < len(doc) and doc[listed].lower_ == "and" and is_title_word(doc[listed + 1]):
        k = listed
    if k > i and k + 1 < len(doc) and doc[k].lower_ in TASK_CONNECTORS and doc[k].is_lower \
            and (doc[k].lower_ in {"of", "and"} and doc[k + 1].lower_ == "the" or run(k + 1) > k + 1):
        k += 1  # not "... Education and | funded by", nor "... Safety | in Armenia"
    return k


# Words inside a body's task: "the Commission for the Co-ordination of Measures to Combat and Prevent Trafficking in
# Human Beings".
TASK_CONNECTORS = {"of", "and", "or", "to", "in", "against"}


# Bodies that represent one organization or State in another: their name goes on with the place ("to Albania").
POSTED_BODIES = {"Delegation", "Mission", "Permanent Mission", "Embassy", "Representation", "Office"}


def _plural_kind(doc: Doc, item: _Found) -> bool:
    """"members of Municipal Community Safety Councils": a name closed by an organization word in the plural, with no
    "of" or "for" complement, names a kind of body, not one ("United Nations", "Armed Forces": plurals the lexicon
    lists are organization words)."""
    if item.key is not None:
        return False
    words = doc[item.start : item.end]
    last = words[-1].text
    heads = gazetteer.lexicon().org_heads
    singular = last[:-3] + "y" if last.endswith("ies") else last[:-1] if last.endswith("s") else None
    return singular is not None and singular in heads and last not in heads \
        and not any(t.lower_ in {"of", "for"} for t in words)


def _delegated_to(doc: Doc, item: _Found) -> int:
    """"the Canadian Delegation | to the OSCE Parliamentary Assembly", "the European Union Delegation | to Kyrgyzstan":
    a delegation to a listed organization or a State is named with it (the organization is found on its own too);
    where the name then ends."""
    end = item.end
    if item.key is not None or doc[end - 1].text not in POSTED_BODIES or end + 2 >= len(doc) or doc[end].lower_ != "to":
        return end
    posted = _posted_to(doc, end - 1, end)
    if posted > end and doc[posted - 1].ent_id_ in {s.iso for s in gazetteer.states()}:
        return posted  # "the European Union Delegation | to Kyrgyzstan": where it is posted
    if doc[end + 1].lower_ != "the":
        return end
    k = end + 2
    if doc[k].ent_type_ != "ORG" or not doc[k].ent_id_ or doc[k].ent_iob_ != "B":
        return end
    return ent_end(doc, k)


def _posted_to(doc: Doc, start: int, end: int) -> int:
    """"the Delegation of the European Union | to Albania": a representation's name ends with where it is posted."""
    # ("... | to the Republic of Moldova": the State's long name with its article)
    first = end + 2 if end + 2 < len(doc) and doc[end + 1].lower_ == "the" else end + 1
    if first < len(doc) and doc[end].lower_ == "to" and doc[first].ent_type_ == "GPE" and doc[first].ent_id_ \
            and doc[first].ent_iob_ == "B" and doc[start].text in POSTED_BODIES:
        return ent_end(doc, first)
    return end


def _parent_after_of(doc: Doc, i: int) -> bool:
    """"the Turkish Programme of | Macedonian Radio Television": a people's adjective after the organization word
    (token i) and "of", and capitalised words running into another organization word, open the name of the body the
    unit belongs to, found on its own."""
    org_heads = gazetteer.lexicon().org_heads
    if i + 3 >= len(doc) or doc[i + 1].lower_ != "of" or doc[i + 2].ent_type_ != "NORP":
        return False
    k = i + 3
    while k < len(doc) and is_title_word(doc[k]) and doc[k].text not in org_heads and not doc[k].ent_id_:
        k += 1
    return k < len(doc) and doc[k].text in org_heads and is_title_word(doc[k])


def _national_body(doc: Doc, i: int, heads: set[int], people: set[int]) -> int | None:
    """Start of "the Afghan Border Police", "the Moldovan Customs Service": a State's adjective, a
    capitalised word or more, then the organization word at token i, untagged by the model."""
    if doc[i].text == "Government" and i >= 1 and _state_adjective(doc[i - 1]):
        return None  # "the Kazakh Government": the State's government, which the graph holds as the State
    def word(n: int) -> bool:
        # An office's word right before the organization word is the body's ("the Austrian Ombudsman Board").
        # ("The Chairperson of the Rēzekne City Council" taken whole for a work's title: its words are the body's)
        return n >= 0 and is_title_word(doc[n]) and (not doc[n].ent_type_ or _mislabelled_with(doc, n, doc[i])) \
            and (n not in heads or n == i - 1) and n not in people and not doc[n].text.isupper()

    def plural_possessive(n: int) -> bool:  # "the Batken Women Peacebuilders’ | Network"
        return n >= 1 and doc[n].text in {"’", "'"} and word(n - 1) and doc[n - 1].text.endswith("s")

    k = i
    while word(k - 1) or k < i and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ \
            and not doc[k - 2].whitespace_ and word(k - 2) or k == i and plural_possessive(k - 1):
        k -= 1 if word(k - 1) else 2  # "Moldova's National Anti-Corruption Centre"
    if k >= 3 and doc[k - 1].lower_ == "and" and (joined := _and_joined_start(doc, k, i + 1, heads, people)) < k:
        return joined  # "at the Children and | Families Agency", "Norway’s Truth and | Reconciliation Commission"
    if k == i and i >= 2 and _state_adjective(doc[i - 1]):
        # "the Royal Thai Police", "the Thai Police": the adjective right before the word, after "the" and the
        # capitalised words the model may have taken for a name of its own.
        s = i - 1
        while s > 1 and is_title_word(doc[s - 1]) and doc[s - 1].ent_type_ in {"", "ORG"} and not doc[s - 1].ent_id_ \
                and s - 1 not in heads and s - 1 not in people and not doc[s - 1].text.isupper():
            s -= 1
        # ("of Turkmen Railways", "at Latvian Radio": a national carrier or broadcaster needs no "the")
        return s if doc[s - 1].lower_ == "the" or s == i - 1 and _carrier_after_preposition(doc, i) else None
    if k == i and (opened := _state_name_start(doc, i)) < i:
        return opened  # "the Korea Foundation": a State's name, then the organization word
    if k == i and i >= 2 and i + 1 < len(doc) and is_possessive(doc[i + 1]) and doc[i - 1].ent_type_ == "LOC":
        # "the Arctic Council’s Working Group": a region's body, owner of a unit (the model took the region alone)
        s = i - 1
        while s > 1 and doc[s - 1].ent_type_ == "LOC" and doc[s - 1].ent_iob_ != "O":
            s -= 1
        return s if doc[s - 1].lower_ == "the" and all(is_title_word(t) for t in doc[s:i]) else None
    if k == i and i >= 3 and doc[i - 1].ent_type_ == "LOC" and not doc[i - 1].ent_id_ and is_title_word(doc[i - 1]) \
            and doc[i].lower_ not in gazetteer.lexicon().event_heads:
        # "the Fund’s | South Caucasus Programme": a unit named by the region it serves, after its owner's possessive;
        # "the | Arctic Council in Tromsø": a region's body (not "the Assembly’s Mediterranean Forum", a meeting)
        s = i - 1
        while s > 1 and doc[s].ent_iob_ == "I" and is_title_word(doc[s - 1]):
            s -= 1
        return s if is_possessive(doc[s - 1]) or doc[s - 1].lower_ == "the" else None
    if k == i or k == 0:
        return None
    if k >= 2 and i - k >= 2 and is_possessive(doc[k - 1]) and doc[k - 2].text in gazetteer.lexicon().org_heads:
        return k  # "the Arctic Council’s Sustainable Development Working Group": a unit after its owner's possessive
    if k >= 2 and is_possessive(doc[k - 1]) and doc[k - 2].ent_type_ == "GPE" and doc[k - 2].ent_id_:
        return k  # "Israel’s Water Authority": the State's possessive is not part of the body's name
    if (opened := _state_name_start(doc, k)) < k:
        return opened  # "the Korea Coast Guard": the State's name opens the body's
    if _state_adjective(doc[k - 1]):
        return k - 1
    if k >= 2 and is_title_word(doc[k - 1]) and (doc[k - 1].ent_type_ == "LOC" and not doc[k - 1].ent_id_
                                                  or doc[k - 1].ent_type_ == "NORP" and i - k >= 1):
        # "the Caucasus | Media Ethics Council", "the European | Anti-Fraud Office": a region, or a region's or
        # people's adjective, the model tagged apart opens the name
        s = k - 1
        while s > 1 and doc[s].ent_iob_ == "I" and is_title_word(doc[s - 1]):
            s -= 1
        return s if doc[s - 1].lower_ == "the" else None
    # "the Zhaiyl District State Administration": three capitalised words or more after "the", closed by the
    # organization word, name a body even when the model tagged none of them.
    # ("the Nordland | Police District": an organization word of two words counts both)
    # ("the Sarazm Jamoat": a town's own government needs only the town's name before it)
    words = _head_end(doc, i) - k
    return k if (words >= 3 or words == 2 and doc[i].text in TOWN_GOVERNMENTS) and doc[k - 1].lower_ == "the" \
        and not doc[k].is_sent_start else None


def _portfolio_remit_end(doc: Doc, end: int) -> int:
    """"Ukraine’s State Service | on Food Safety and Consumer Protection": a remit after "on" that opens and closes
    with a portfolio's word is part of the body's name; else ``end``."""
    portfolio = gazetteer.lexicon().portfolio_words
    if end + 1 >= len(doc) or doc[end].lower_ != "on" or doc[end + 1].text not in portfolio:
        return end
    k = end + 1
    while k < len(doc) and (is_title_word(doc[k]) and not doc[k].ent_id_
                            or doc[k].lower_ == "and" and k + 1 < len(doc) and is_title_word(doc[k + 1])):
        k += 1
    return k if doc[k - 1].text in portfolio else end


CARRIERS = {"Railways", "Railway", "Airways", "Airlines", "Post", "Radio", "Television"}


def _carrier_after_preposition(doc: Doc, i: int) -> bool:
    """"of Turkmen | Railways", "at Swiss | Post": a carrier's or broadcaster's word right after a State's adjective or
    name, which itself follows a preposition, and ends the name."""
    return doc[i].text in CARRIERS and i >= 2 and doc[i - 2].lower_ in {"of", "at", "from", "with", "for", "by"} \
        and not (i + 1 < len(doc) and is_title_word(doc[i + 1]))


def _head_end(doc: Doc, i: int) -> int:
    """End of the organization word at token i: past both words of one of two ("Police District", "Red Cross")."""
    return i + 2 if i + 1 < len(doc) and doc[i : i + 2].text in gazetteer.lexicon().org_heads else i + 1


def _place_body(doc: Doc, i: int) -> int | None:
    """Start of "Zugdidi Municipality" in "the Mayor of Zugdidi Municipality": a town and the organization word
    (token i) that the model tagged together as one place are the town's body."""
    if not (doc[i].ent_type_ == "GPE" or doc[i].ent_type_ == "LOC" and doc[i].text in LOCAL_WORDS) \
            or doc[i].ent_iob_ != "I" \
            or i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
        return None
    k = ent_start(doc, i - 1)
    if doc[k].lower_ == "the" and k + 1 < i:
        k += 1  # the model's place may open with the article: "the Isfara City Hukumat"
    return k if not doc[k].ent_id_ and all(is_title_word(t) for t in doc[k:i]) else None


def _holders_remit_end(doc: Doc, item: _Found, heads: set[int], end: int) -> int:
    """"the Office of the Special Representative of the UN | Secretary-General on Sexual Violence in Conflict": the
    office of a holder named by the title of another holder and a remit goes on to the remit's end."""
    if item.key is not None or not item.name.startswith("Office of the "):
        return end
    j = end
    while j < len(doc) and (j in heads or doc[j].text == "-" and j > end):  # "Secretary-General"
        j += 1
    if j == end or j + 1 >= len(doc) or doc[j].lower_ not in {"on", "for"} or not is_title_word(doc[j + 1]):
        return end
    k = j + 1
    while k < len(doc) and (is_title_word(doc[k]) and not doc[k].ent_type_
                            or doc[k].lower_ in {"and", "of", "in", "against"} and k + 1 < len(doc)
                            and is_title_word(doc[k + 1]) and not doc[k + 1].ent_type_):
        k += 1
    return k


def _remit_after(doc: Doc, end: int, people: set[int]) -> int:
    """"the United Nations Centre | for Trade Facilitation and Electronic Business", "the United Nations Committee |
    on the Rights of Persons with Disabilities": the unit's remit, capitalised words after "for" (after "on", a
    committee's), joined by "and", "of" or "with", is part of its name."""
    if end + 1 >= len(doc) or not (doc[end].lower_ == "for" or doc[end].lower_ == "on"
                                   and doc[end - 1].text in COMMITTEE_WORDS):
        return end
    k = end + 2 if doc[end + 1].lower_ == "the" else end + 1
    if k >= len(doc) or not is_title_word(doc[k]) or doc[k].ent_id_:
        return end
    while k < len(doc) and (is_title_word(doc[k]) and not doc[k].ent_id_ and k not in people
                            or (doc[k].lower_ in {"and", "of"} or doc[k].lower_ == "with" and joins_name(doc, k))
                            and k + 1 < len(doc) and is_title_word(doc[k + 1]) and not doc[k + 1].ent_id_):
        k += 1
    return k


def _between_end(doc: Doc, end: int, people: set[int]) -> int:
    """"the Anna Lindh Foundation for the Dialogue | between Cultures", "the Unit for Protection | against Domestic
    Violence", "the Commissioner for Protection | from Discrimination", "the Working Party on Customs Questions |
    affecting Transport": a remit goes on past "between", "against", "from" or a participle and the capitalised words
    after it (no State, body or person the release names)."""
    # (after a participle, words of no place: not "... | serving Osh")
    if end + 1 < len(doc) and (doc[end].lower_ in {"between", "against"} or doc[end].lower_ == "from"
                               and joins_name(doc, end) or doc[end].tag_ == "VBG" and doc[end].is_lower
                               and doc[end + 1].ent_type_ in {"", "ORG"}) and is_title_word(doc[end + 1]) \
            and not doc[end + 1].ent_id_ and end + 1 not in people:
        end += 1
        while end < len(doc) and (is_title_word(doc[end]) or doc[end].lower_ == "and" and end + 1 < len(doc)
                                  and is_title_word(doc[end + 1]) and not doc[end + 1].ent_id_
                                  and end + 1 not in people) and not doc[end].ent_id_ and end not in people:
            end += 1  # "between Cultures and Religions"
    return end


PREMISES_WORDS = {"headquarters", "premises", "offices", "building", "compound", "base"}


def _premises_of(doc: Doc, start: int) -> bool:
    """"the headquarters of the Hellenic Coast Guard | in Piraeus": the place after a body whose premises are
    spoken of is where they are, not part of its name."""
    k = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start
    return k >= 2 and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in PREMISES_WORDS and doc[k - 2].is_lower


def _hyphen_joined_start(doc: Doc, start: int) -> int:
    """"the Kazakh-|British Technical University": a name whose first word is the second of two capitalised words
    joined by a hyphen starts at the first."""
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_ and is_title_word(doc[start - 2]):
        start -= 2
    return start


def _modifiers_then_head(doc: Doc, start: int, end: int, heads: set[int]) -> bool:
    """Are tokens start..end a role's modifiers ("Regional", "Programme"), then a role head ending at ``end``?"""
    k = start
    while k < end and k not in heads and doc[k].text in gazetteer.lexicon().role_modifiers:
        k += 1
    return k > start and all(i in heads for i in range(k, end))


def _after_state_possessive(doc: Doc, start: int) -> bool:
    """"Kazakhstan's | National Security Committee"."""
    return start >= 2 and is_possessive(doc[start - 1]) and doc[start - 2].ent_type_ == "GPE" \
        and bool(doc[start - 2].ent_id_)


def _state_adjective(token) -> bool:  # noqa: ANN001 - a spaCy Token
    """A State's adjective of one word ("Thai", "Moldovan"), as the gazetteer tags it."""
    return token.ent_type_ == "NORP" and bool(token.ent_id_) and token.ent_iob_ == "B" \
        and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")


def _connected_name(doc: Doc, i: int, heads: set[int], people: set[int]) -> int | None:
    """Start of "the Action against Terrorism Unit": capitalised words joined by lower-case connectors
    between "the" and the organization word at token i, untagged by the model."""
    k, words, connectors = i, 0, 0
    while k > 1:
        prev = doc[k - 1]
        if is_title_word(prev) and prev.ent_type_ in {"", "WORK_OF_ART"} and k - 1 not in heads \
                and k - 1 not in people and not prev.text.isupper():
            words += 1
        elif prev.lower_ in {"against", "for", "on", "of"} and prev.is_lower and is_title_word(doc[k - 2]):
            connectors += 1
        else:
            break
        k -= 1
    return k if connectors and words >= 2 and doc[k - 1].lower_ == "the" and is_title_word(doc[k]) else None


def _state_name_start(doc: Doc, start: int) -> int:
    """"the Korea | Coast Guard", "the United States | House of Representatives": a State's name between "the" and a
    body's name is part of it (its adjective is not: "the Uzbek Customs Committee"); where the name then starts."""
    if not (start >= 2 and doc[start - 1].ent_type_ == "GPE" and bool(doc[start - 1].ent_id_)
            and doc[start].ent_iob_ != "I"):
        return start
    s = ent_start(doc, start - 1)
    if s < 1 or doc[s].ent_id_ != doc[start - 1].ent_id_:
        return start
    # "at Moldova State University": a school named after its State needs no "the", nor does a national carrier
    # ("of Uzbekistan Airways")
    opens = doc[s - 1].lower_ == "the" or doc[s - 1].lower_ in {"of", "at", "from"} and any(
        t.text in TEACHING_BODIES for t in doc[start : start + 4]) or start == s + 1 and _carrier_after_preposition(
        doc, start)
    if not opens and s >= 2 and doc[s - 2].lower_ == "the" and is_title_word(doc[s - 1]) and not doc[s - 1].ent_id_ \
            and doc[s - 1].ent_type_ in {"", "ORG"}:
        return s - 1  # "the Royal | Netherlands Marechaussee": a word of the name before the State's
    return s if opens else start


def _unit_of_listed(doc: Doc, i: int, heads: set[int], people: set[int]) -> int | None:
    """Start of "the Strategic Police Matters Unit | of the Transnational Threats Department": capitalised words the
    model left untagged between "the" and a unit word, the unit of a listed organization named after it."""
    if doc[i].text not in UNIT_WORDS or i + 2 >= len(doc) or doc[i + 1].lower_ != "of":
        return None
    j = i + 3 if doc[i + 2].lower_ == "the" and i + 3 < len(doc) else i + 2
    if doc[j].ent_type_ != "ORG" or not doc[j].ent_id_ or doc[j].ent_iob_ != "B":
        return None
    k = i
    while k > 1 and is_title_word(doc[k - 1]) and not doc[k - 1].ent_type_ and k - 1 not in heads \
            and k - 1 not in people and not doc[k - 1].text.isupper():
        k -= 1
    return k if i - k >= 2 and doc[k - 1].lower_ == "the" else None


def _listed_unit(doc: Doc, i: int, heads: set[int], people: set[int]) -> int | None:
    """Start of "the Equality, Roma and Social Rights Unit": a unit named by its listed topics, after "the"."""
    if doc[i].text not in UNIT_WORDS:
        return None
    k, listed = i, False
    while k > 0:
        prev = doc[k - 1]
        if is_title_word(prev) and not prev.ent_type_ and k - 1 not in heads and k - 1 not in people:
            k -= 1
        elif prev.lower_ == "and" or prev.text == "," and k < i:
            listed = True
            k -= 1
        else:
            break
    if not listed or k == 0 or doc[k - 1].lower_ != "the" or not is_title_word(doc[k]):
        return None
    return k


def _inside_longer_name(doc: Doc, ent: Span, start: int) -> bool:
    """"Kazakhstan's National | Security Committee": a listed name written out after a capitalised word of no
    entity (not an acronym, not a sentence's first) is the end of another body's name, not the listed one."""
    if not ent.ent_id_ or ent.ent_id_ == FIELD_OPERATION_ID or start == 0 or doc[start].text.isupper():
        return False
    return _opens_longer_name(doc, start)


def _opens_longer_name(doc: Doc, start: int) -> bool:
    before = doc[start - 1]
    if before.lower_ == "and" and start >= 3 and doc[start - 3].lower_ == "the":
        return _opens_longer_name(doc, start - 1)  # "the Defence and | Security Committee of ..."
    # A word the model tagged as a name with it, not one listed, opens it too ("the Defence and" as ORG).
    untagged = not before.ent_type_ or before.ent_type_ == "ORG" and not before.ent_id_
    return is_title_word(before) and before.is_alpha and untagged and not before.text.isupper() \
        and not before.is_sent_start and not before.is_stop and before.text not in gazetteer.lexicon().honorifics


def _tail_of_longer_name(doc: Doc, start: int, end: int) -> bool:
    """"OSCE Economic and | Environmental Forum": the words after "and" in a listed meeting series or
    organization's name are no organization of their own."""
    if start < 2 or doc[start - 1].lower_ != "and":
        return False
    k = start - 2
    while k >= 0 and start - k <= 5 and is_title_word(doc[k]):
        text = doc[k:end].text
        if gazetteer.find_series(text) or gazetteer.find_org(text):
            return True
        k -= 1
    return False


# Bodies named by their remit after "on": "the Committee on Foreign Relations".
COMMITTEE_WORDS = {"Committee", "Commission", "Council", "Subcommittee", "Board", "Group"}
# Words that open the name of a State, an entity of one or its government ("the Federation of Bosnia and Herzegovina").
STATE_NAME_HEADS = {"Federation", "Republic", "Government", "Kingdom", "Principality"}


# Bodies named after their State whose possessive owns their units ("the University of Montenegro’s Faculty").
TEACHING_BODIES = {"University", "Academy", "College", "Institute", "School"}


def _place_complement(doc: Doc, end: int, heads: set[int], people: set[int], posted: bool = False,
                      of_state: bool = False, local: bool = False) -> int:
    """"the Central Council | of German Sinti and Roma", "the Higher Court | in Novi Sad", "the Embassy | of
    Switzerland in Serbia": the model stops a body's name before the people or the place it is of or in.
    Only States, peoples, places and untagged capitalised words; another body is a name of its own."""
    org_heads = gazetteer.lexicon().org_heads
    k = end
    # "the Embassy of Canada | to Ukraine": a body posted somewhere is named with where it is posted
    connectors = {"of", "in", "to"} if posted else {"of", "in"}

    def place_word(n: int) -> bool:
        # (a town the model took for a person is none of the release's people)
        return n < len(doc) and is_title_word(doc[n]) and doc[n].ent_type_ in {"", "GPE", "NORP", "LOC", "PERSON"} \
            and n not in heads and n not in people and doc[n].text not in org_heads and not doc[n].text.isupper()

    while k + 1 < len(doc) and doc[k].lower_ in connectors and doc[k].is_lower:
        if of_state and doc[k].lower_ == "in" and not posted:
            # "the Parliament of Georgia | in Tbilisi", "Kazakhstan's National Security Committee | in Astana": a
            # State's body is named by its State, not by its seat
            break
        j = k + 1
        if local and doc[k].lower_ == "in" and doc[j].ent_type_ == "GPE" and doc[j].ent_id_:
            break  # "the Cahul District Council | in Moldova": a town's body is named by its town, not its State
        if doc[k].lower_ == "in" and _school_end(doc, end):
            break  # "the Bratstvo Primary School | in Lazaropole": a school's town is where it is, not its name
        if posted and doc[j].lower_ == "the" and j + 1 < len(doc) and doc[j + 1].ent_type_ == "GPE":
            j += 1  # "the Embassy of | the United Kingdom in Chisinau"
        if doc[k].lower_ == "of" and doc[j].lower_ == "the" and j + 1 < len(doc) and doc[j + 1].text in _COMPASS \
                and (j + 2 == len(doc) or not is_title_word(doc[j + 2])):
            k = j + 2  # "the Women’s Safe House | of the North": the part of the country it serves
            break
        while place_word(j) or j > k + 1 and doc[j].text == "-" and not doc[j - 1].whitespace_ \
                and not doc[j].whitespace_ and place_word(j + 1):
            j += 1  # "in Kara-Balta": a place's hyphen
        if j == k + 1 and (doc[k].lower_ == "in" or doc[j].text not in gazetteer.lexicon().portfolio_words):
            # "in | Dushanbe", "in | Banja Luka", "the Professional Fire Brigade of | Doboj": a city the model
            # labelled ORG
            j = _city_as_org(doc, j)
        if doc[k].lower_ == "in" and j + 1 < len(doc) and doc[j].lower_ == "in" and doc[j + 1].ent_type_ == "DATE":
            break  # "presented to the Contact Group | in Vienna in September": where and when it meets
        if doc[k].lower_ == "in" and j > k + 1 and j + 1 < len(doc) and doc[j].lower_ == "and" and place_word(j + 1) \
                and doc[j + 1].ent_type_ != "PERSON" and (j + 2 == len(doc) or not is_title_word(doc[j + 2])):
            break  # "meets ... Integration Foundation | in Tallinn and Narva": two towns, where the news took place
        if j == k + 1 or j + 1 < len(doc) and is_possessive(doc[j]) and is_title_word(doc[j + 1]) \
                and doc[end - 1].text not in TEACHING_BODIES:
            # nothing, or "the Internal Affairs Sector of | Serbia’s Ministry ...", "the Border Service of |
            # Kazakhstan's National Security Committee": the unit is the next body's ("the University of Montenegro’s
            # Faculty ...": a university owns the faculty)
            break
        if doc[k].lower_ == "of" and j + 1 < len(doc) and doc[j].lower_ == "and" and is_title_word(doc[j + 1]) \
                and (doc[j + 1].ent_type_ in {"", "NORP", "LOC"} or doc[j + 1].ent_type_ in {"GPE", "PERSON"}
                     and not doc[j + 1].ent_id_) and doc[j + 1].text not in org_heads \
                and j + 1 not in people \
                and (j + 2 >= len(doc) or not is_title_word(doc[j + 2])):
            j += 2  # "of German Sinti and Roma", "the Diocese of Raška and Prizren"
        of_state = doc[k].lower_ == "of" and doc[k + 1].ent_type_ == "GPE" and bool(doc[k + 1].ent_id_)
        k = j
    return k


def _and_joined_end(doc: Doc, end: int, heads: set[int], people: set[int], listed: bool = False) -> int:
    """"the Centre for Judicial | and Prosecutorial Training of the Federation of ...", "Department of
    Political | and Peacebuilding Affairs": the model stops a name at an "and" between two of its
    words. A name whose last word is a modifier, not an organization word, goes on: through "and"
    and its capitalised words, then through "of [the] ..." complements (a State or place included)."""
    org_heads = gazetteer.lexicon().org_heads
    # ("the National Council of Television | and Radio Broadcasting of X": after "of", an organization word is a
    # word of the remit)
    remit = end >= 3 and doc[end - 2].lower_ in {"of", "on"}  # ("the Commission on Television | and Radio")
    if end + 1 >= len(doc) or doc[end].lower_ != "and" or not is_title_word(doc[end - 1]) \
            or doc[end - 1].text in org_heads and not remit or doc[end - 1].ent_id_ or doc[end - 1].text.isupper():
        return end
    if listed and end >= 2 and doc[end - 2].lower_ == "in":
        return end  # "... and Yerevan Press Club in Yerevan | and Gyumri": the second of the places it works in
    if remit and doc[end + 1].ent_type_ in {"GPE", "LOC"} and not doc[end + 1].ent_id_ \
            and doc[end + 1].ent_iob_ == "B" \
            and ((place_end := ent_end(doc, end + 1)) == len(doc) or not is_title_word(doc[place_end])):
        return place_end  # "the Crown Prosecution Service of England | and Wales": two places
    k = _name_words(doc, end + 1, heads, people)
    if k == end + 1 or k < len(doc) and doc[k].is_lower \
            and all(t.text in gazetteer.lexicon().peoples for t in doc[end + 1 : k]):
        return end  # ("... Education | and Roma teaching assistants": a people, then who they are)
    if _possessive_body_at(doc, k):
        return end  # "Ministry of Interior | and Women’s Police Network": the people a second body is of
    own_remit = k < len(doc) and (doc[k].lower_ == "for" or doc[k].lower_ == "of" and not remit) \
        and any(t.text in org_heads for t in doc[end + 1 : k])  # ("and National Centre | for the Prevention of ...")
    if listed and (not remit and doc[end + 1].text in org_heads or doc[k - 1].text in org_heads or own_remit
                   or any(t.text[-1:] == "s" and t.text[:-1] in org_heads or _kind_of_body(t)
                          for t in doc[end + 1 : k])):
        # (a headline's list: "Ministry of Water Resources | and Council of Ministers of X", "Ministry of Culture and
        # Media | and Regional Institute for ...", "Ministry of Ecology | and Aarhus Centres", "Institute of Public
        # Health | and Roma NGOs", "Ministry of Tides | and Harnvik Foundation": a second body, or bodies)
        return end
    while k + 1 < len(doc) and doc[k].lower_ == "of":
        j = k + 2 if doc[k + 1].lower_ == "the" else k + 1
        stop = _name_words(doc, j, heads, people, places=True)
        if stop == j or stop < len(doc) and is_possessive(doc[stop]):
            break  # (".. Committee of | Moldova's Parliament": the State owns the next name)
        k = stop
    return k


def _and_joined_start(doc: Doc, start: int, end: int, heads: set[int], people: set[int]) -> int:
    """"the Judicial and | Prosecutorial Training Centre": the model starts a name after an "and" inside
    it; the capitalised words before "and", right after "the", open the name. So do those of a list that "and"
    closes: "the Legal Affairs, | Appointments and Immunities Committee", "the Social Protection, Health and |
    Family Committee"."""
    listed = doc[start - 1].text == "," and any(doc[x].lower_ == "and" for x in range(start, end))
    if start < 3 or not (doc[start - 1].lower_ == "and" or listed) or not has_org_head(doc[start:end].text):
        return start
    k = start - 1
    while k > 1:
        if is_title_word(doc[k - 1]) and not doc[k - 1].ent_id_ and k - 1 not in heads \
                and k - 1 not in people and not doc[k - 1].text.isupper():
            k -= 1
        elif doc[k - 1].text == "," and is_title_word(doc[k - 2]) and not doc[k - 2].ent_id_:
            k -= 1  # a comma of the list
        else:
            break
    # "Estonia’s Police and | Border Guard Board": a State's possessive opens the name as "the" does.
    opens = doc[k - 1].lower_ == "the" or (k >= 2 and is_possessive(doc[k - 1]) and doc[k - 2].ent_type_ == "GPE"
                                           and bool(doc[k - 2].ent_id_))
    if not listed and start - 1 - k >= 2 and doc[start - 2].text in gazetteer.lexicon().org_heads:
        return start  # "the Customs Administration and | Border Police": a body of its own before "and"
    return k if k < start - 1 and opens else start


def _name_words(doc: Doc, i: int, heads: set[int], people: set[int], places: bool = False) -> int:
    """End of the capitalised words from token i that may continue a name: untagged or of a model ORG
    (``places``: States and places too, whole), not a listed organization, a title or a person."""
    k = i
    # ("and Inter|-|Community Relations": a hyphen inside a capitalised word)
    while k < len(doc) and (is_title_word(doc[k]) or k > i and _hyphen_on(doc, k)) and k not in heads \
            and k not in people and not doc[k].text.isupper():
        if doc[k].ent_type_ in {"GPE", "LOC"} and places:
            k = ent_end(doc, k)
            continue
        # A PERSON tag the people extractor did not take is the model's error ("and | Intellectual Property").
        if doc[k].ent_id_ or doc[k].ent_type_ not in {"", "ORG", "PERSON"}:
            break
        k += 1
    return k


def _city_as_org(doc: Doc, i: int) -> int:
    """End of a short name the model labelled ORG with nothing of an organization, a place ("Dushanbe",
    "Banja Luka"), starting at token i; i when there is none."""
    if i >= len(doc) or doc[i].ent_type_ != "ORG" or doc[i].ent_iob_ != "B" or doc[i].ent_id_:
        return i
    end = ent_end(doc, i)
    words = doc[i:end]
    if len(words) > 3 or looks_like_org(words.text) or any(
            not is_title_word(t) or t.text.isupper() or t.text in gazetteer.lexicon().org_heads for t in words):
        return i
    return end


# Words of the names of a town's or a district's bodies ("Cahul District Council", "Tampere City Council").
# A town's or village's own government, named by the town alone before it ("the Sarazm Jamoat").
TOWN_GOVERNMENTS = {"Jamoat", "Hukumat", "Akimat", "Hokimiyat", "Municipality"}
LOCAL_WORDS = {"City", "District", "Municipal", "Municipality", "County", "Town", "Village", "Rayon"}


# Schools, named after their town or a person: "the Šalčininkai Adam Mickiewicz Gymnasium | in Lithuania".
LOCAL_SCHOOLS = {"Gymnasium", "Lyceum", "School"}


def _town_start(doc: Doc, start: int, end: int) -> int:
    """Start of "Joniškis | District Municipality": a town's body named by local and organization words alone, which
    the model tagged apart from the town before them, is named with the town."""
    heads = gazetteer.lexicon().org_heads
    if start < 1 or not all(t.text in LOCAL_WORDS or t.text in heads for t in doc[start:end]) \
            or not any(t.text in LOCAL_WORDS for t in doc[start:end]):
        return start
    k = start - 1
    # (an untagged town after "the": "the Vilnius | District Municipality")
    untagged_town = doc[k].ent_type_ == "" and k > 0 and doc[k - 1].lower_ == "the"
    if doc[k].ent_type_ not in {"GPE", "LOC"} and not untagged_town or doc[k].ent_id_ or not is_title_word(doc[k]):
        return start
    while k > 0 and doc[k].ent_iob_ == "I" and is_title_word(doc[k - 1]):
        k -= 1
    return k


def _school_end(doc: Doc, end: int) -> bool:
    """Does a school's name end at token ``end``: "the Bratstvo Primary School", "Public School No. 3"?"""
    return doc[end - 1].text in LOCAL_SCHOOLS or end >= 3 and doc[end - 1].like_num and doc[end - 2].text == "No." \
        and doc[end - 3].text in LOCAL_SCHOOLS


def _named_after_start(doc: Doc, start: int, end: int, heads: set[int], people: set[int]) -> int:
    """"Al-Farabi | Kazakh National University", "the Magtymguly | Turkmen State University", "the Ştefan cel Mare |
    Police Academy": the model tagged the person a school is named after apart, so the name found starts after them;
    it starts at the capitalised words (and a short particle of their language) before it."""
    if not any(t.text in NAMED_SCHOOLS for t in doc[start:end]):
        return start
    article = partial(_arabic_article, doc)
    k = start
    while k - 1 >= 0 and start - k < 4 and k - 1 not in heads and k - 1 not in people and not doc[k - 1].ent_id_ \
            and (is_title_word(doc[k - 1]) and not doc[k - 1].is_stop and not is_possessive(doc[k - 1])
                 and doc[k - 1].ent_type_ in NAMED_AFTER
                 or k - 2 >= 0 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_
                 and (is_title_word(doc[k - 2]) or article(k - 2))
                 or foreign_particle(doc[k - 1]) and k - 2 >= 0 and is_title_word(doc[k - 2]) or article(k - 1)):
        k -= 1
    return k if k < start and (is_title_word(doc[k]) or article(k)) and (k == 0 or not is_title_word(doc[k - 1])) \
        else start


def _arabic_article(doc: Doc, i: int) -> bool:
    """Is token i an Arabic article joined to the name after it by a hyphen ("al-Farabi")?"""
    return doc[i].lower_ in {"al", "el", "ad", "an", "as", "at", "az"} and i + 2 < len(doc) \
        and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_


# What the model calls the person a school is named after, when it tags them apart from the school.
NAMED_AFTER = {"", "PERSON", "ORG", "FAC", "GPE"}


# Bodies a school's name may be written with the person it is named after ("Al-Farabi Kazakh National University").
NAMED_SCHOOLS = {"Academy", "Institute", "University", "Faculty", "College", "School", "Conservatory", "Lyceum",
                 "Gymnasium"}


def _local_body(doc: Doc, start: int, end: int) -> bool:
    """A town's body or school, named by its town or a person, not by the State it is in."""
    return any(t.text in LOCAL_WORDS for t in doc[start:end]) or doc[end - 1].text in LOCAL_SCHOOLS


def _state_after(doc: Doc, start: int, end: int) -> int:
    """"the Government of | Moldova", "the National Bank of | Tajikistan", "the Support Programme for | Ukraine": the
    model stops an organization's name before the State it belongs to; the State is part of the name. So is a
    State written right after the organization word ("the Environment Agency | Austria")."""
    if not has_org_head(doc[start:end].text) or end + 1 >= len(doc):
        return end
    direct = doc[end - 1].text in gazetteer.lexicon().org_heads and doc[end].ent_iob_ == "B"
    if direct:
        k = end
    elif doc[end - 1].text in _COMPASS and end - start >= 3 and doc[end - 2].lower_ in {"of", "for"}:
        k = end  # "the University of Southern | Denmark": the model stops before the State a compass word qualifies
    elif doc[end].lower_ == "in" and _local_body(doc, start, end):
        return end  # "the Cahul District Council | in Moldova": a town's body is named by its town, not its State
    elif doc[end].lower_ in {"of", "in"} or (doc[end].lower_ == "for"
                                             and doc[end - 1].text in gazetteer.lexicon().org_heads):
        k = end + 1
        if doc[k].lower_ == "the" and k + 1 < len(doc):
            k += 1
    else:
        return end
    if not direct and end - start >= 2 and _region_end(doc, k) > k:
        # "the Regional Environmental Centre for | Central Asia", "the Regional Office for | the Middle East and North
        # Africa": a region the body serves, as a State, is part of its name.
        k = _region_end(doc, k)
        # ("... for Central Asia and | [the] South Caucasus": two regions)
        other = k + 2 if k + 2 < len(doc) and doc[k + 1].lower_ == "the" else k + 1
        if other < len(doc) and doc[k].lower_ == "and" and _region_end(doc, other) > other:
            k = _region_end(doc, other)
        return k
    if not direct and _republic_of_state(doc, k):
        k += 2  # "the Supreme Court of the Republic of | Slovenia": the model may tag "the Republic of" apart
    if doc[k].ent_type_ != "GPE" or doc[k].ent_id_ not in {s.iso for s in gazetteer.states()}:
        return end
    k = ent_end(doc, k) - 1
    if k + 1 < len(doc) and is_possessive(doc[k + 1]):
        return end  # "... Co-operation of | Ukraine's Verkhovna Rada": the State owns the next name
    if direct and k + 1 < len(doc) and is_title_word(doc[k + 1]) or _opens_a_name(doc, k + 1):
        # "the Agency | Austria Presse ...", "the Institute of Botany of the | Azerbaijan National Academy of
        # Sciences": the State opens another name
        return end
    return _listed_states_end(doc, k + 1) if doc[end].lower_ == "for" else k + 1


_COMPASS = {"Southern", "Northern", "Eastern", "Western", "Central", "South", "North", "East", "West"}


def _republic_of_state(doc: Doc, k: int) -> int | None:
    """End of "Republic of | Serbia" from token k, a State's long name that the model may tag apart from the State
    ("the Republic of" one place, "Serbia" another); None if token k opens none."""
    if doc[k].text == "Republic" and k + 2 < len(doc) and doc[k + 1].lower_ == "of" and doc[k + 2].ent_type_ == "GPE" \
            and doc[k + 2].ent_id_:
        return ent_end(doc, k + 2)
    return None


def _opens_a_name(doc: Doc, k: int) -> bool:
    """Do the capitalised words from token k name a body ("Azerbaijan | National Academy of Sciences")?"""
    named = k
    while named < len(doc) and is_title_word(doc[named]):
        named += 1
    return has_org_head(doc[k:named].text)


def _listed_states_end(doc: Doc, k: int) -> int:
    """"the ILO Country Office for Algeria|, Libya, Mauritania, Morocco and Tunisia": the countries a body serves,
    listed after the first State, when "and" closes the list; else token k."""
    j, end = k, k
    while j + 1 < len(doc) and doc[j].text in {",", "and"} and doc[j + 1].ent_type_ == "GPE":
        closing = doc[j].text == "and"
        j = ent_end(doc, j + 1)
        if closing:
            end = j
            break
    return end


def _region_end(doc: Doc, k: int) -> int:
    """End of the gazetteer's region ("Central Asia", "North Africa") that token k opens, else k."""
    if doc[k].ent_type_ != "LOC" or doc[k].ent_iob_ != "B":
        return k
    end = ent_end(doc, k)
    return end if doc[k:end].text in gazetteer.lexicon().regions else k


def _listed_portfolios(doc: Doc, start: int, end: int, listed: bool = False) -> int:
    """"Ministry of Culture, Information, Sports | and Youth Policy": a ministry of several
    portfolios is one name; the model often stops it at a comma. The list must close with
    "and <Capitalised words>" to be a list of the ministry's portfolios."""
    lex = gazetteer.lexicon()
    words = doc[start:end]
    # The organization word before the remit: "Ministry of ...", "General Committee on ...".
    h = next((i for i in range(len(words) - 2) if (words[i].text in lex.org_heads or i >= 2 and words[i - 1].text == "-"
              and f"{words[i - 2].text}-{words[i].text}" in lex.org_heads)  # "Directorate-General for ..."
              and words[i + 1].lower_ in {"of", "for", "on"}), None)
    # A word before "X of" keeps the list out, but not before a school's fields ("the Kyrgyz State University of
    # Geology, Mining ...") or a ministry's portfolios ("the Federal Ministry of Education, Science and Research").
    if h is None or (h > 0 and words[h + 1].lower_ == "of" and words[0].text not in lex.role_modifiers
                     and words[h].text not in TEACHING_BODIES | {"Ministry"}):
        return end
    words = words[h:]
    k = end
    while k + 1 < len(doc) and doc[k].text == "," and is_title_word(doc[k + 1]):
        k += 1
        while k < len(doc) and is_title_word(doc[k]) and not doc[k].ent_id_:
            k += 1
    portfolio = lex.portfolio_words | lex.topic_words
    if k == end and k + 1 < len(doc) and doc[k].lower_ == "and" and doc[k + 1].text in portfolio:
        m = k + 1
        while m < len(doc) and not doc[m].ent_id_:
            if _hyphen_on(doc, m + 1) and doc[m].text in HYPHEN_PREFIXES:
                m += 3  # "and Local | Self-Government": a compound portfolio
            elif doc[m].text in portfolio:
                m += 1
            else:
                break
        if _possessive_body_at(doc, m):
            return end  # "Ministry of Interior | and Women’s Police Network": the people a second body is of
        if all(t.text in portfolio for t in words[2:]):
            return m  # "Ministry of Education | and Science": two portfolios, one ministry.
        # "the Office of the State Minister for Reconciliation | and Civic Equality": the remit after an office's
        # last "for" or "of", when it and the words after "and" are all portfolios and nothing capitalised follows
        remit = words[max(i for i, t in enumerate(words) if t.lower_ in {"of", "for", "on"}) + 1 :]
        if len(remit) and all(t.text in portfolio for t in remit) and not (m < len(doc) and is_title_word(doc[m])):
            return m
    listing = k > end or any(t.text == "," for t in words)
    if listing and k + 1 < len(doc) and doc[k].lower_ == "and" and is_title_word(doc[k + 1]):
        stop = k + 1
        # A people's adjective may open a portfolio ("..., African Cooperation and Moroccan Expatriates").
        while stop < len(doc) and is_title_word(doc[stop]) and (not doc[stop].ent_id_ or doc[stop].ent_type_ == "NORP"):
            stop += 1
        if listed and (has_org_head(doc[end:stop].text)
                       or any(t.text.isupper() and len(t.text) > 1 for t in doc[end:stop])):
            return end  # a headline's "with Ministry of Culture|, State Police and IKTK": bodies, no portfolios
        if stop > k + 1 and stop + 1 < len(doc) and doc[stop].lower_ == "of":
            # "Ministry of Labour, Migration and Employment | of Population": whose the portfolios are
            j = stop + 1 + (doc[stop + 1].lower_ == "the")
            if j < len(doc) and is_title_word(doc[j]) and doc[j].ent_type_ in {"", "ORG"} and not doc[j].ent_id_ \
                    and doc[j].text not in lex.org_heads and (j + 1 == len(doc) or not is_title_word(doc[j + 1])):
                return j + 1
        return stop if stop > k + 1 else k
    return end


def _prefixed_unit(doc: Doc, end: int, heads: set[int], people: set[int]) -> int:
    """End of "<Organization> Capitalised ... <organization word>" ("ODIHR Election Observation
    Mission", "UN Security Council"), else ``end``: a unit written after its parent's name."""
    org_heads = gazetteer.lexicon().org_heads
    k, last = end, end
    while k < len(doc) and is_title_word(doc[k]) and not doc[k].ent_type_ and k not in heads \
            and k not in people and not doc[k].text.isupper():
        k += 1
        if doc[k - 1].text in org_heads or k - 2 >= end and doc[k - 2 : k].text in org_heads:  # "... Task Force"
            last = k
    return last


def looks_like_org(text: str) -> bool:
    """An organization's name has an organization word and more ("the Ministry" alone names
    none), or opens with one of another language ("Asociación de Pastores de Aliste"), or is an acronym; "Ohrid"
    labelled ORG by the model is neither."""
    words = text.split()
    return (has_org_head(text) or words[0] in gazetteer.lexicon().org_words_other_languages) and len(words) > 1 \
        or is_acronym(text)


def _year_or_ordinal(token) -> bool:  # noqa: ANN001 - a spaCy Token
    """"2041", "34th": what dates or counts a meeting before a body's name."""
    return token.ent_type_ == "ORDINAL" or token.like_num and len(token.text) == 4


def _names_an_event(doc: Doc, start: int, end: int) -> bool:
    """"18th Alliance against Trafficking", "2015 Alliance conference", "this year's Alliance
    gathering": a body's name used for one of its meetings is an event, not an organization."""
    before = doc[start - 1] if start > 0 else None
    if before is not None and (_year_or_ordinal(before) or (is_possessive(before) and doc[start - 2].lower_ == "year")):
        return True
    after = doc[end : end + 2]
    heads = set(gazetteer.lexicon().event_heads)
    k = start - 1
    while k > 1 and (is_title_word(doc[k]) or doc[k].lower_ == "and"):
        k -= 1  # "the Festival of Youth Choir and | School Orchestra Music"
    if k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in heads and doc[k - 1].text[:1].isupper():
        return True  # "the fifth Festival of | Multilingual School Theatre and Media": the meeting's own name
    if any(t.lower_ in heads for t in after[:1]) or (len(after) == 2 and after[0].is_lower is False
                                                     and after[1].lower_ in heads and not after[0].is_punct):
        return True
    # "before the Ministerial Council in Milan in December": a body met in a city at a time is its meeting
    # (reporting "to the Permanent Council in Vienna in June" is to the body).
    k, lead = end + 1, start - 2 if start > 0 and doc[start - 1].lower_ == "the" else start - 1
    if lead >= 0 and doc[lead].lower_ in {"before", "after", "at", "until", "during"} and end < len(doc) \
            and doc[end].lower_ == "in" and k < len(doc) and doc[k].ent_type_ == "GPE":
        while k < len(doc) and doc[k].ent_type_ == "GPE":
            k += 1
        return k + 1 < len(doc) and doc[k].lower_ in {"in", "on"} and doc[k + 1].ent_type_ == "DATE"
    return False


def _token_at(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _unit_after(doc: Doc, end: int, heads: set[int], documents: list[range]) -> tuple[int, int] | None:
    """A unit named after its parent's possessive: "UNODC's Division for Treaty Affairs", "the Council of Europe's
    Committee of Experts of the European Charter for ...", named with the document it serves."""
    if end >= len(doc) or not is_possessive(doc[end]):
        return None
    start = stop = end + 1
    if bracketed_acronym(doc, start) and doc[start].text == "(":
        # "the International Organization for Migration’s (IOM) | Regional Office for ..."
        start = stop = next(j for j in range(start, len(doc)) if doc[j].text == ")") + 1
    if start < len(doc) and doc[start].ent_id_:
        return None  # "the Council of Europe's | European Commission for ...": a listed name, found on its own
    while stop < len(doc) and (is_title_word(doc[stop]) or doc[stop].text == "-" or (
            doc[stop - 1].text == "-" and not doc[stop - 1].whitespace_ and doc[stop].is_alpha) or (  # "Co-operation"
            # (not "in" a town: "WHO's Regional Office for Europe | in Copenhagen" is where the office is; "UNICEF's
            # Country Office in Tajikistan", "... Programme in Central Asia" are named by the State or region)
            doc[stop].lower_ in CONNECTORS and doc[stop].is_lower and stop + 1 < len(doc)
            and (doc[stop].lower_ != "in" or doc[stop + 1].ent_type_ == "LOC"
                 or doc[stop + 1].ent_type_ == "GPE" and bool(doc[stop + 1].ent_id_))
            and (is_title_word(doc[stop + 1]) or doc[stop].lower_ == "for" and doc[stop + 1].lower_ == "the"
                 and stop + 2 < len(doc) and is_title_word(doc[stop + 2]))) or (  # "Regional Office for | the X"
            doc[stop].lower_ == "the" and doc[stop - 1].lower_ == "for" and stop + 1 < len(doc)
            and is_title_word(doc[stop + 1]))):
        if stop in heads:
            return None  # "UNICEF's Regional Director": a title, not a unit
        stop += 1
    if stop + 2 < len(doc) and doc[stop].lower_ == "of" and doc[stop + 1].lower_ == "the":
        stop = next((r.stop for r in documents if r.start == stop + 2), stop)
    if stop > start and has_org_head(doc[start:stop].text):
        return start, stop
    return None


def extract_organizations(release: Release, doc: Doc, extraction: Extraction) -> None:
    merged: dict[str, OrgMention] = {}
    names: dict[str, list[str]] = {}
    for item in org_mentions(release, doc, extraction):
        if item.title:
            # A title is its holder's role (kg/extract/roles.py); its prefix ("OSCE", "UN") is
            # the role's organization, named here.
            prefix = gazetteer.find_org(doc[item.start].text) if doc[item.start].text.isupper() else None
            if prefix is None:
                continue
            item = _Found(item.start, item.start + 1, doc[item.start].text, prefix.key)
        entry = gazetteer.org_by_key(item.key) if item.key else None
        span = doc[item.start : item.end]
        acronym = entry.acronym if entry else bracketed_acronym(doc, item.end) \
            or _apposed_acronym(doc, item.start, item.name, item.end) or _apposed_to(doc, item)
        group = entry.key if entry else _group_key(merged, item.name, acronym)
        mention = merged.get(group)
        if mention is None:
            parent = item.parent
            if entry and entry.parent:
                parent_entry = gazetteer.org_by_key(entry.parent)
                parent = parent_entry.name if parent_entry else None
            mention = merged[group] = OrgMention(name=item.name, acronym=acronym, parent=parent)
        mention.acronym = mention.acronym or acronym
        names.setdefault(group, []).append(item.name)
        mention.evidence.append(evidence(release, doc, span.start_char, span.end_char))
    _join_short_forms(doc, merged, names)
    _join_initials(merged, names)
    for group, mention in merged.items():
        written = [n for n in names[group] if n != mention.acronym]
        entry = gazetteer.org_by_key(group)
        # The fullest form written; when only the acronym is written, the acronym.
        mention.name = max(written, key=lambda n: (len(n), n)) if written else names[group][0]
    extraction.organizations.extend(sorted(merged.values(), key=lambda m: m.evidence[0].start))


# Offices a release may name by the holder's possessive alone ("the High Commissioner’s Office").
_HOLDERS_OFFICES = {f"{holder}{apostrophe}s Office" for holder in ("High Commissioner", "Commissioner",
                                                                   "Representative", "Special Representative")
                    for apostrophe in "’'"}


def _join_short_forms(doc: Doc, merged: dict[str, OrgMention], names: dict[str, list[str]]) -> None:
    """"the Programme Office" after "the OSCE Programme Office in Bishkek": a name the gazetteer does
    not list that is a short form of exactly one other organization of the release (without the
    acronym before it or the place after it) refers back to that organization."""
    for group in list(merged):
        if group not in merged or gazetteer.org_by_key(group) is not None:
            continue  # (joined to a shorter form already)
        written = set(names[group])
        owners = [g for g in merged if g != group and written & _short_forms(merged[g].name)]
        if len(owners) > 1 and written <= _HOLDERS_OFFICES:
            # "the High Commissioner’s Office" after the Offices of the OSCE and the UN High Commissioners: the office
            # the release named first, its own
            owners = [min(owners, key=lambda g: merged[g].evidence[0].start)]
        elif len(owners) > 1:
            # "the Prosecutor’s Office" after "the Prosecutor’s Office of X" and "the Office of the War Crimes
            # Prosecutor": the name it opens, written so, before a name only the holder's possessive makes of it
            literal = [g for g in owners if any(merged[g].name.startswith(f"{w} ") for w in written)]
            owners = literal if len(literal) == 1 else owners
        if not owners:
            # "the Rescue Service" after "the Šamac Water Rescue Service": the last words of a name, organization
            # word last, refer back to the body named last before them (not to "the Croatian Mountain Rescue Service"
            # named after)
            owners = _named_by_last_words(doc, merged, group, written)
        if len(owners) != 1:
            continue
        owner = merged[owners[0]]
        if _other_states(doc, merged[group], owner):
            continue  # "Turkmenistan's State Border Service" is not "the State Border Service of Azerbaijan"
        if owner.name.startswith(merged[group].name + " in ") and _possessive_states(doc, merged[group]):
            # "Moldova’s General Police Inspectorate" and "the General Police Inspectorate in Leova": a State's body,
            # named once with the town its officer works in; the body's name is the one without it.
            merged[group].evidence = sorted([*merged[group].evidence, *merged.pop(owners[0]).evidence],
                                            key=lambda e: e.start)
            names.pop(owners[0])  # (not a written form of the body's name)
            continue
        owner.evidence = sorted([*owner.evidence, *merged.pop(group).evidence], key=lambda e: e.start)
        names[owners[0]] += names.pop(group)


def _named_by_last_words(doc: Doc, merged: dict[str, OrgMention], group: str, written: set[str]) -> list[str]:
    """The body a name refers back to by its last words: the one whose written name holds it ("Non-Discrimination
    Department" inside "Tolerance and Non-Discrimination Department": the model's cut), else the one named last
    before it ("the Rescue Service" after "the Šamac Water Rescue Service", not the "Croatian Mountain Rescue
    Service" named after it)."""
    short = merged[group]
    ends = [g for g in merged if g != group and any(merged[g].name.endswith(" " + n) for n in written)]
    inside = [g for g in ends if all(any(o.start <= e.start and e.end <= o.end for o in merged[g].evidence)
                                     for e in short.evidence)]
    if len(inside) == 1:
        return inside
    if _name_runs_on(doc, short) or _possessive_states(doc, short):
        return []  # "the Border Service | of X", "Kazakhstan’s Border Service": a name of its own
    first = short.evidence[0].start
    before = [g for g in ends if merged[g].evidence[0].start < first
              and any(_last_words_of(merged[g].name, n) for n in written)]
    return [max(before, key=lambda g: max(e.start for e in merged[g].evidence if e.start < first))] if before else []


def _last_words_of(name: str, short: str) -> bool:
    """Is ``short`` the last words of ``name`` after capitalised words of the name's own ("the Šamac Water | Rescue
    Service"), not after a State's adjective or name ("the Uzbek | Customs Committee", "the State | Border Service"
    may be another State's), a possessive or a lower-case word ("the Academy of Justice under | the Supreme Court")?"""
    if not name.endswith(" " + short) or len(short.split()) < 2 or not all(w[0].isupper() for w in short.split()):
        return False
    before = name[: -len(short) - 1].split()
    return all(w[0].isupper() and "’" not in w and "'" not in w and gazetteer.find_state(w) is None and w != "State"
               for w in before)


def _name_runs_on(doc: Doc, mention: OrgMention) -> bool:
    """Does a mention run on into "of" or "under" ("the Border Service | of Kazakhstan’s National Security
    Committee"): a name the model cut, no short form?"""
    return any(span.end < len(doc) and doc[span.end].lower_ in {"of", "under"}
               for span in evidence_spans(doc, mention.evidence))


def _other_states(doc: Doc, short: OrgMention, owner: OrgMention) -> bool:
    """Is the short form written after the possessive of a State other than the one closing the owner's name?"""
    tail = re.search(r" of (?:the )?(.+)$", owner.name)
    state = gazetteer.find_state(tail.group(1)) if tail else None
    return state is not None and any(before.iso != state.iso for before in _possessive_states(doc, short))


def _possessive_states(doc: Doc, mention: OrgMention) -> list[gazetteer.StateEntry]:
    """The States whose possessive stands right before a mention of the organization ("Moldova’s | General ...")."""
    states = []
    for span in evidence_spans(doc, mention.evidence):
        if span.start >= 2 and is_possessive(doc[span.start - 1]) \
                and (state := gazetteer.find_state(doc[span.start - 2].text)) is not None:
            states.append(state)
    return states


def _join_initials(merged: dict[str, OrgMention], names: dict[str, list[str]]) -> None:
    """"SIPRI data" after "the Stockholm International Peace Research Institute": an acronym the gazetteer
    does not list, written alone, made of the initials of exactly one other organization of the release."""
    for group in list(merged):
        written = set(names[group])
        if gazetteer.org_by_key(group) is not None or len(written) != 1 or not is_acronym(next(iter(written))):
            continue
        acronym = next(iter(written))
        owners = [g for g in merged if g != group and initials(merged[g].name) == acronym]
        if len(owners) != 1:
            continue
        owner = merged[owners[0]]
        owner.acronym = owner.acronym or acronym
        owner.evidence = sorted([*owner.evidence, *merged.pop(group).evidence], key=lambda e: e.start)
        names[owners[0]] += names.pop(group)


def _short_forms(name: str) -> set[str]:
    """"OSCE Programme Office in Bishkek" -> "Programme Office in Bishkek", "Programme Office" (and
    "OSCE Programme Office"), "Special Court against Corruption" -> "Special Court", "Spiritual Administration of
    Muslims of X" -> "Spiritual Administration": the forms of two
    words or more a release refers back to it by."""
    words = name.split()
    cores = [words]
    if len(words) > 2 and is_acronym(words[0]):
        cores.append(words[1:])
    forms = set()
    # "EU Delegation (to Albania)" for "Delegation of the European Union to Albania".
    body = re.fullmatch(r"(\w+) of (?:the )?(.+?)((?: to| in) .+)?", name)
    owner = gazetteer.find_org(body.group(2)) if body else None
    if owner is not None and owner.acronym:
        forms.update({f"{owner.acronym} {body.group(1)}", f"{owner.acronym} {body.group(1)}{body.group(3) or ''}"})
    # "the High Commissioner's Office" and "the Office of the High Commissioner" for "the Office of the OSCE High
    # Commissioner on National Minorities", and the holder's last words: "the Commissioner's Office" for "the Office
    # of the X Commissioner" (not for a name that is itself the short form: "the Office of the Representative")
    holder = re.fullmatch(r"Office of the (?:([A-Z]{2,}) )?(.+?)( (?:on|for|of|in|to) .+)?", name)
    if holder is not None and (holder.group(1) or holder.group(3) or len(holder.group(2).split()) > 1):
        # ("the Office of the Special Representative" for "... of the OSCE Special Representative and Co-ordinator
        # for ...": the first of two offices held together)
        for held in {holder.group(2), holder.group(2).split(" and ")[0]}:
            words_of_holder = held.split()
            for i in range(len(words_of_holder)):
                last_words = " ".join(words_of_holder[i:])
                forms.update({f"Office of the {last_words}", f"{last_words}'s Office", f"{last_words}’s Office"})
    for core in cores:
        forms.add(" ".join(core))
        cut = next((i for i, w in enumerate(core) if w in {"in", "to", "against", "for", "on", "of", "with"}), None)
        if cut is not None:
            forms.add(" ".join(core[:cut]))
        # "Office for Prevention and Fight" before "... against Money Laundering": the model cut the
        # name at a lower-case word; the name written in full elsewhere is the same body.
        forms.update(" ".join(core[:i]) for i, w in enumerate(core) if i > 2 and w in CONNECTORS)
    return {f for f in forms if len(f.split()) >= 2 and f != name}


def _group_key(merged: dict[str, OrgMention], name: str, acronym: str | None) -> str:
    """Mentions of one organization in a release share a key: its acronym or its name."""
    for key, mention in merged.items():
        if mention.acronym and (name == mention.acronym or acronym == mention.acronym):
            return key
        if _same_name(mention.name, name):
            return key
    return acronym or gazetteer.norm(name)


def _same_name(a: str, b: str) -> bool:
    """Two writings of one name: alike once normalized, or alike but for the listed organization they end with
    ("the Canadian Delegation to the OSCE Parliamentary Assembly" and "... to the OSCE PA")."""
    def key(name: str) -> str:
        head, to, tail = name.rpartition(" to the ")
        entry = gazetteer.find_org(tail) if to else None
        return f"{gazetteer.norm(head)} to {entry.key}" if entry else gazetteer.norm(name)
    return key(a) == key(b)
