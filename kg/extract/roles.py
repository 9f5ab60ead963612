"""Roles: person -> title -> organization (and State, for State officials).

Read from the text's own structure around each full-name mention:
- an apposition after the name: "X, [the] [OSCE's] [new] Executive Director of Y";
- a title before it: "OSCE Secretary General X", "Italian Undersecretary of State ..., X",
  and speaker lists "Director of A, X, Director of B, Y" (a sentence that opens with a title
  before its first name reads every title as belonging to the name after it).
The title is the office alone; the organization is the most specific one the role's own
wording names (a unit after a possessive wins over its parent; the owner of a document).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Token

from kg import gazetteer
from kg.extract.common import (
    BODY_KINDS,
    CONNECTORS,
    PLACE_NOUNS,
    SERVICES,
    and_in_clause,
    before_bracketed_acronym,
    bracketed_acronym,
    doc_text,
    ent_end,
    ent_start,
    evidence,
    evidence_spans,
    holds_words,
    in_portfolio_list,
    initials,
    is_acronym,
    is_possessive,
    is_title_word,
    joins_name,
    outlet_word_after,
    role_head_tokens,
    she_or_he_subject,
)
from kg.extract.organizations import org_mentions
from kg.extract.people import (
    UNIT_NOUNS,
    after_age,
    conjunct_occupation_after,
    occupation_after,
    remit_start,
    subject_word,
    unit_subject,
)
from kg.model import Extraction, OrgMention, Release, RoleStatement

MAX_LOWER_BEFORE_HEAD = 3


@dataclass
class Role:
    title: str
    organization: str | None
    state: str | None
    start: int  # token bounds of the whole role phrase
    end: int
    others: list[Role] = field(default_factory=list)  # "OSCE Chairman-in-Office and Foreign Minister of X"


class _Context:
    """What the parser needs to know about the doc's tokens."""

    def __init__(self, release: Release, doc: Doc, extraction: Extraction) -> None:
        self.doc = doc
        self.heads = role_head_tokens(doc)
        # An office the model tagged as an organization and no gazetteer knows ("Slovakia's Government
        # Plenipotentiary for National Minorities, X") is a title to parse, no body.
        self.orgs = [o for o in org_mentions(release, doc, extraction) if not (o.title and o.key is None)]
        self.org_at = {i: o for o in self.orgs for i in range(o.start, o.end)}
        self.states = {s.iso for s in gazetteer.states()}
        self.people: dict[tuple[int, int], str] = {}
        for person in extraction.people:
            for span in evidence_spans(doc, person.evidence):
                if len(span) > 1:  # full names; "Special Envoy Cochetel" adds nothing
                    self.people[(span.start, span.end)] = person.name
        self.person_tokens = {i for s, e in self.people for i in range(s, e)}

    def state_at(self, i: int) -> str | None:
        token = self.doc[i]
        if token.ent_id_ in self.states and token.ent_type_ in {"GPE", "NORP"}:
            return next(s.name for s in gazetteer.states() if s.iso == token.ent_id_)
        return None

    def role_head(self, i: int) -> bool:
        return i in self.heads and i not in self.org_at


def extract_roles(release: Release, doc: Doc, extraction: Extraction) -> None:
    ctx = _Context(release, doc, extraction)
    seen: set[tuple[str, str, str | None]] = set()
    for sent in doc.sents:
        names = sorted((b, n) for b, n in ctx.people.items() if sent.start <= b[0] < sent.end)
        before = {b: _before(ctx, b[0]) for b, _ in names}
        after = {b: _after(ctx, b[1]) or _appointed_as(ctx, *b) or _post_held_by(ctx, b[0]) for b, _ in names}
        role_first = any(
            role is not None and comma and not (role.start >= 2 and role.start - 2 in ctx.person_tokens)
            for role, comma in before.values()
        )
        for bounds, name in names:
            role_before, comma = before[bounds]
            role = None
            # ("Air Marshal Sir X, the Deputy Chief of ...": ranks and forms of address, then the office)
            honorific_only = role_before is not None and all(w in _rank_words() for w in role_before.title.split())
            if honorific_only and after[bounds] is not None:
                role = after[bounds]  # "Ambassador X, Head of ...": the office, not the rank
            elif role_before is not None and (not comma or role_first):
                role = role_before
            elif after[bounds] is not None and not _before_name(ctx, after[bounds].end):
                role = after[bounds]
            elif role_before is not None:
                role = role_before
            if role is None:
                continue
            if role is role_before and role.organization is None and not comma \
                    and (role.state is None or role.title[:1].islower()) \
                    and (role.title not in gazetteer.lexicon().honorifics or role.title in ADDRESSED_BY_OFFICE):
                # "Deputy Mufti X of the Spiritual Administration of ...", "Finnish media educator X of the National
                # Audiovisual Institute": the office's body after the name.
                k = bounds[1] + 2 if bounds[1] + 2 < len(doc) and doc[bounds[1] + 1].lower_ == "the" else bounds[1] + 1
                if bounds[1] < len(doc) and doc[bounds[1]].lower_ == "of" and k in ctx.org_at \
                        and ctx.org_at[k].start >= bounds[1] + 1:
                    role.organization = ctx.org_at[k].name
            if role is role_before:
                stacked = _stacked_title(ctx, role) if not comma else None
                if stacked is not None:
                    role.others = [*role.others, stacked]
                more = after[bounds]
                if more is not None and not _titles_next_name(ctx, more.end):
                    # "OSCE Special Co-ordinator X, a Lithuanian parliamentarian and Vice-President of
                    # the Y", "the Chair of the Z, Ambassador X, Permanent Representative of ...": the
                    # apposition gives the person more offices.
                    role.others = [*role.others, more, *more.others]
            for office in (role, *role.others):
                if office.title.split()[0] in {"Its", "Their"} and len(office.title.split()) > 1:
                    # "Its President, X": the office of the body the sentence before spoke of
                    office.title = office.title.split(" ", 1)[1]
                    office.organization = office.organization or _antecedent_body(ctx, role.start)
                elif office.title.split()[0] in {"A", "An"} and len(office.title.split()) > 1:
                    office.title = office.title.split(" ", 1)[1]  # "A Senior Legal Adviser in the Y, X": no article
                if (name, office.title, office.organization) in seen:
                    continue
                if office.title in gazetteer.lexicon().honorifics and not (office.organization or office.state):
                    continue  # "Ambassador X" alone: a rank, not an office
                if _compound_rank(office.title):
                    continue  # "Lieutenant Commander X of the Korea Coast Guard": a rank, whatever body follows
                if _former(doc, office):
                    continue  # "X, a former Minister of Education": an office no longer held
                seen.add((name, office.title, office.organization))
                span = doc[min(role.start, bounds[0]) : max(role.end, bounds[1])]
                extraction.roles.append(RoleStatement(
                    person=name, title=office.title, organization=office.organization, state=office.state,
                    evidence=[evidence(release, doc, span.start_char, span.end_char)],
                ))
    for name, role in _told_next(ctx):
        if not any(r.person == name for r in extraction.roles):  # an office told beside the name comes first
            span = doc[role.start : role.end]
            extraction.roles.append(RoleStatement(person=name, title=role.title, organization=role.organization,
                                                  state=role.state,
                                                  evidence=[evidence(release, doc, span.start_char, span.end_char)]))
    _drop_bare_titles(extraction)
    _title_mentions(release, doc, extraction, ctx)
    _bodies_named_in_titles(release, doc, extraction)


# Forms of address that are the office itself: "Judge X of the Basic Court of Y" is a judge of that court (where
# "General X of the Y", "Professor X of the Z" name a rank or a degree).
ADDRESSED_BY_OFFICE = {"Judge"}


def _bodies_named_in_titles(release: Release, doc: Doc, extraction: Extraction) -> None:
    """"Ambassador X, the OSCE Project Co-ordinator in Uzbekistan": a known organization a role belongs to, written in
    the words of the role (inside a structure's name the organizations extractor took whole), is named in the release
    too."""
    named = {entry.key for o in extraction.organizations for n in (o.name, o.acronym)
             if n and (entry := gazetteer.find_org(n)) is not None}
    for role in extraction.roles:
        entry = gazetteer.find_org(role.organization) if role.organization else None
        if entry is None or entry.key in named:
            continue
        where = role.evidence[0]
        match = re.search(rf"(?<![\w-]){re.escape(role.organization)}(?![\w-])", release.text[where.start : where.end])
        if match is None:
            continue
        start = where.start + match.start()
        extraction.organizations.append(OrgMention(
            name=role.organization,
            evidence=[evidence(release, doc, start, start + len(role.organization))]))
        named.add(entry.key)


@cache
def _rank_words() -> frozenset[str]:
    """The words of the lexicon's ranks and forms of address ("Air", "Marshal", "Sir")."""
    return frozenset(w for h in gazetteer.lexicon().honorifics for w in h.split())


def _compound_rank(title: str) -> bool:
    """A title of two ranks or more ("Lieutenant Commander", "Major General"), each of the lexicon's."""
    words = title.split()
    return len(words) >= 2 and all(w in gazetteer.lexicon().honorifics for w in words)


def _told_next(ctx: _Context) -> Iterator[tuple[str, Role]]:
    """"X presented the findings of a survey. She is the director of the Y": the office a sentence gives "she" or
    "he" is that of the one person the sentence before names; "X is President of the Y": that of the person the
    sentence opens with."""
    doc = ctx.doc
    sentences = list(doc.sents)
    opening = {start: (end, name) for (start, end), name in ctx.people.items()}
    for previous, sentence in itertools.pairwise([doc[0:0], *sentences]):
        # Only a sentence that opens with a person's name or "she"/"he" is read word by word.
        first = next((t for t in sentence if not t.is_space), None)
        if first is None or not (first.i in opening or she_or_he_subject(first)):
            continue
        words = [t for t in sentence if not t.is_space]
        if len(words) < 4:
            continue
        if words[0].i in opening and len(words) > 5:
            end, name = opening[words[0].i]
            words = words[end - words[0].i - 1 :]  # the name's last word stands for it
            named = {name}
        elif she_or_he_subject(words[0]):
            # The person named in the sentence before, the only one there ("The workshop was co-ordinated by X, ...").
            named = {name for (start, _), name in ctx.people.items() if previous.start <= start < previous.end}
        else:
            continue
        if len(named) != 1 or len(words) < 4 or words[1].lemma_ != "be" or words[1] != sentence.root:
            continue
        # ("He is now a senior adviser at the Y": an adverb before the office)
        start = words[3].i if words[2].pos_ == "ADV" and words[2].is_lower else words[2].i
        occupation = occupation_after(doc, start)
        role = _occupation(ctx, start, *occupation) if occupation is not None else _apposition(ctx, start)
        if role is None:
            role = _owned_occupation(ctx, start)
        if role is not None:
            yield named.pop(), role


def _owned_occupation(ctx: _Context, s: int) -> Role | None:
    """"She is the Mission’s community policing co-ordinator.", "He is the Mission’s national programme officer for
    good governance.", "She is ODIHR’s adviser on the ... and presented ...", "X, the Mission’s senior arms control
    officer, said": an occupation in lower case from token ``s``, with its remit, after the possessive of an
    organization named before (by a word of its name, or in full)."""
    doc = ctx.doc
    if s + 3 > len(doc):
        return None
    # ("the mission’s media analyst": the back-reference may be written in lower case)
    word = doc[s + 1].text if doc[s + 1].is_title else doc[s + 1].text.capitalize()
    if doc[s].lower_ == "the" and word in gazetteer.lexicon().org_heads and is_possessive(doc[s + 2]):
        owner, k = _named_before(ctx, word, s + 1), s + 3
    elif (org := ctx.org_at.get(s + (doc[s].lower_ == "the"))) is not None and org.start in {s, s + 1} \
            and org.end < len(doc) and is_possessive(doc[org.end]):  # ("the Programme Office's": the body's words)
        owner, k = org.name, org.end + 1
    elif doc[s].lower_ == "the" and (poss := next((t.i for t in doc[s + 2 : s + 6] if is_possessive(t)), None)) \
            and all(is_title_word(t) or t.text == "-" or doc[t.i - 1].text == "-" for t in doc[s + 1 : poss]):
        owner, k = _possessive_owner(ctx, poss), poss + 1  # ("the Project Co-ordinator’s": the structure's words)
    else:
        return None
    start, end = k, k
    # (a remit may name a place: "regional co-ordinator for South-Eastern Europe")
    while end < len(doc) and (doc[end].is_lower and doc[end].text.replace("-", "").isalpha() or doc[end].text == "-"
                              or doc[end].is_title and any(t.lower_ in {"for", "on"} for t in doc[start:end])
                              # ("the Mission’s Roma and Sinti issues officer": peoples joined by "and")
                              or is_title_word(doc[end]) and not doc[end].ent_id_
                              and (end + 1 < len(doc) and doc[end + 1].lower_ == "and"
                                   or doc[end - 1].lower_ == "and")) \
            and doc[end].tag_ not in {"VBD", "VBZ", "VBP", "MD"}:  # ("and presented ...": the next clause)
        end += 1
    while end > start and doc[end - 1].lower_ in {"and", "or", *CONNECTORS}:
        end -= 1
    if end == start or not owner:
        return None
    # The occupation, then its remit: "officer | for good governance", "adviser | on the political participation ...";
    # or an occupation whose qualifier has its own "of": "freedom of assembly adviser".
    remit = next((i for i in range(start, end) if doc[i].lower_ in {"for", "on", "of"}), end)
    if not _ends_in_occupation(doc[start:remit].text.lower()) and not _ends_in_occupation(doc[start:end].text.lower()):
        return None
    return Role(title=doc[start:end].text, organization=owner, state=None, start=s, end=end)


def _ends_in_occupation(words: str) -> bool:
    """"lawyer", "senior programme officer": lower-case words that end in an occupation of the lexicon."""
    return any(words == o or words.endswith(" " + o) for o in gazetteer.lexicon().occupations)


def _antecedent_body(ctx: _Context, start: int) -> str | None:
    """The last organization named in the sentence before token ``start``'s, or earlier in its own."""
    sentence = ctx.doc[start].sent
    previous = ctx.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    named = [o for o in ctx.orgs if previous.start <= o.start and o.end <= start
             and not (o.start > 0 and ctx.doc[o.start - 1].text == "(")]  # the name, not its acronym in brackets
    return named[-1].name if named else None


def _before_name(ctx: _Context, end: int) -> bool:
    """"Speakers included X, Jordan’s Minister of Interior Y and Z": a title right before the next name (a rank
    between) is that name's, not an apposition of the name before."""
    doc = ctx.doc
    while end < len(doc) and doc[end].text in gazetteer.lexicon().honorifics:
        end += 1
    return end in ctx.person_tokens


def _titles_next_name(ctx: _Context, end: int) -> bool:
    """Does the role phrase ending at ``end`` stand before the next name ("..., Director of B, Y", "...,
    Director of the Office for ... (ODIHR), Y")?"""
    doc = ctx.doc
    if end + 2 < len(doc) and doc[end].text == "(" and bracketed_acronym(doc, end):
        end += 3
    if end < len(doc) and doc[end].text == ",":
        end += 1
    return end in ctx.person_tokens


def _drop_bare_titles(extraction: Extraction) -> None:
    """"Minister of Education X ... Minister X said", "OSCE PA President X ... President X": the bare title
    of a later mention is the fuller office given before, not a second role."""
    owned = {(r.person, r.title) for r in extraction.roles if r.organization or r.state}
    titles = {(r.person, r.title) for r in extraction.roles}
    extraction.roles[:] = [
        r for r in extraction.roles
        if r.organization or r.state or not ((r.person, r.title) in owned or any(
            p == r.person and t.startswith(r.title + " ") for p, t in titles))
    ]


def _stacked_title(ctx: _Context, role: Role) -> Role | None:
    """"the OSCE Chairperson-in-Office, Portugal's Minister of Foreign Affairs X": an office before
    the comma that opens the title written right before the name is a second role of the same person."""
    doc = ctx.doc
    end = role.start - 1
    while end >= 1 and ctx.state_at(end) and role.state:
        end -= 1  # "the Chair of the X, | Italian | MP Y": the State the office after the comma is held for
    if end < 1 or doc[end].text != ",":
        return None
    i = before_bracketed_acronym(doc, end - 1)  # "... Assembly (OSCE PA), Swedish MP X"
    while i >= 0 and _phrase_token(ctx, i):
        i -= 1
    if i >= 1 and doc[i].is_lower and i + 1 < end and is_possessive(doc[i + 1]) and doc[i - 1].lower_ == "the":
        # "its Ad Hoc Committee on X ... the committee's Chair, Senator Y": the body named last before it.
        other = _parse(ctx, i + 2, end)
        body = _last_named(ctx, doc[i].text.capitalize(), i)
        # (the title alone may name it already by the same word: "the committee's | Chair")
        named = _named_before(ctx, doc[i].text.capitalize(), i)
        if other is None or body is None or other.organization not in (None, named) or other.state:
            return None
        other.organization = body
        return other
    # (the office opens the sentence, its paragraph or the words after a verb of saying: "said the Special
    # Co-ordinator of the X, Danish MP Y")
    opens = i < 0 or doc[i].is_punct or doc[i].is_space or doc[i].is_sent_start \
        or doc[i].lemma_.lower() in gazetteer.lexicon().speech_verbs
    if not opens or i >= 0 and i in ctx.person_tokens:
        return None
    other = _parse(ctx, i + 1, end)
    if other is None or not (other.organization or other.state):
        return None
    return other


def _last_named(ctx: _Context, word: str, before: int) -> str | None:
    """The organization named last before token ``before`` in its sentence or the one before, when its
    name's organization word is ``word`` ("Committee" for "the committee's")."""
    if word not in gazetteer.lexicon().org_heads:
        return None
    sent = ctx.doc[before].sent
    floor = ctx.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return _named_before(ctx, word, before, floor)


def _title_mentions(release: Release, doc: Doc, extraction: Extraction, ctx: _Context) -> None:
    """"said the High Commissioner": a title used alone refers to the one person holding it here."""
    holders: dict[str, set[str]] = {}
    for role in extraction.roles:
        heads = [role.title]
        words = role.title.split()
        for size in range(len(words), 0, -1):  # "Special Representative and ..." -> "Special Representative"
            candidate = " ".join(words[:size])
            if candidate in gazetteer.lexicon().role_heads or candidate == role.title:
                heads.append(candidate)
        # "the Head of Mission" for the Head of the OSCE Mission to X: a lexicon title naming
        # the kind of organization the holder heads.
        org_words = (role.organization or "").split()
        heads += [h for h in gazetteer.lexicon().role_heads
                  if h.startswith(role.title + " of ") and h.split()[-1] in org_words]
        for title in set(heads):
            holders.setdefault(title, set()).add(role.person)
    people = {p.name: p for p in extraction.people}
    taken = {(e.start, e.end) for p in extraction.people for e in p.evidence}
    taken |= {(e.start, e.end) for r in extraction.roles for e in r.evidence}  # the title where it is given
    text = doc_text(doc)
    for title, names in sorted(holders.items(), key=lambda t: -len(t[0])):
        if len(names) != 1:
            continue  # two holders here: "the Director" could be either
        person = people.get(next(iter(names)))
        if person is None:
            continue
        for match in re.finditer(rf"\b[Tt]he\s+(?:OSCE\s+)?({re.escape(title)})\b(?!\s+(?:of|for|on)\b)", text):
            span = doc.char_span(match.start(1), match.end(1))
            if span is None or span.end < len(doc) and doc[span.end].pos_ == "PROPN":
                continue  # "the Special Representative Jane Doe": the name is there already
            article = doc.char_span(match.start(), match.start() + 3)
            if article is not None and article.start >= 2 and doc[article.start - 1].lower_ == "of" \
                    and doc[article.start - 2].text in gazetteer.lexicon().org_heads:
                continue  # "the Office of | the Human Rights Defender": a body's name, not the holder
            if any(s < span.end_char and span.start_char < e for s, e in taken):
                continue
            person.evidence.append(evidence(release, doc, span.start_char, span.end_char))
            taken.add((span.start_char, span.end_char))
    for person in extraction.people:
        person.evidence.sort(key=lambda e: e.start)


def _phrase_token(ctx: _Context, i: int) -> bool:
    """May token i sit inside a role phrase ("Special Representative and Co-ordinator for ...")?"""
    token = ctx.doc[i]
    if i in ctx.person_tokens:
        return False
    if i in ctx.heads:
        return True  # ("Chargé d'affaires": a lower-case word of an office's name)
    if token.text == "," and i in ctx.org_at and ctx.org_at[i].start < i:
        return True  # "... of the United Nations Educational, Scientific and Cultural Organization"
    # (a hyphen with spaces on both sides is a dash: "VIENNA, 3 March 2021 - The OSCE ...")
    dash = token.text == "-" and i > 0 and bool(ctx.doc[i - 1].whitespace_) and bool(token.whitespace_)
    return (is_title_word(token) or token.text == "-" and not dash or is_possessive(token) or token.like_num
            or joins_name(ctx.doc, i)  # "of", "for", ...; "Adviser on Persons | with | Disabilities"
            # "Adviser on Freedom of Religion or Belief"
            or (token.lower_ == "or" and 0 < i < len(ctx.doc) - 1 and is_title_word(ctx.doc[i - 1])
                and is_title_word(ctx.doc[i + 1]))
            or (token.is_lower and i > 0 and ctx.doc[i - 1].text == "-")
            # "Mayor of Kemin/Kemino": a place named in two languages, joined by a slash
            or (token.text == "/" and not token.whitespace_ and 0 < i < len(ctx.doc) - 1
                and not ctx.doc[i - 1].whitespace_ and is_title_word(ctx.doc[i - 1]) and is_title_word(ctx.doc[i + 1]))
            # "Governor of Bayan-Ölgii province": the kind of place after its name ("of the Khatlon region" is read
            # apart, by _parse)
            or (token.lower_ in PLACE_NOUNS and token.is_lower and i > 1 and is_title_word(ctx.doc[i - 1])
                and ctx.doc[i - 2].lower_ != "the"))


def _before(ctx: _Context, start: int) -> tuple[Role | None, bool]:
    """The role phrase ending right before a name, and whether a comma stands between them."""
    i = before_bracketed_acronym(ctx.doc, start - 1)  # "Director of ... (ODIHR) X"
    # "Head of the OSCE Mission, Ambassador X", "..., Lieutenant General X": a rank between the office and the name.
    k, honorifics = i, gazetteer.lexicon().honorifics
    if k >= 2 and ctx.doc[k].text in SERVICES and ctx.doc[k - 1].lower_ == "of" and ctx.doc[k - 2].text in honorifics:
        k -= 2  # "..., Major General of Police X": a rank of a service
    while k >= 0 and (ctx.doc[k].text in honorifics or k >= 1 and ctx.doc[k - 1 : k + 1].text in honorifics):
        # ("..., Chief Commissioner X": a rank of two words)
        k -= 2 if k >= 1 and ctx.doc[k - 1 : k + 1].text in honorifics else 1
    if k < i and k >= 0 and ctx.doc[k].text == ",":
        i = k
    comma = i >= 0 and ctx.doc[i].text == ","
    if comma and _fronted_phrase_before_subject(ctx, i, start):
        return None, comma
    if comma:
        # "a specialist at the X (ACR), who came from Geneva, Y": the office before where its holder came from
        i = before_bracketed_acronym(ctx.doc, _before_came_from(ctx.doc, i - 1))  # "... (HCNM), X"
        i = _before_bracket_after_body(ctx, i)
    end = i + 1
    while i >= 0:
        if _phrase_token(ctx, i) or _list_comma(ctx, i, end):
            i -= 1
        elif i < end - 1 and (b := before_bracketed_acronym(ctx.doc, i)) < i:
            i = b  # "Representative of the Office ... (UNHCR) in Greece, X"
        elif i < end - 1 and (g := _before_gloss(ctx, i)) < i:
            i = g  # "The Prefect (župan) of Zadar County, X"
        else:
            break
    role = _parse(ctx, i + 1, end) or _occupation_before(ctx, end)
    if role is not None and role.organization is None and role.state is None:
        # "The SPU’s Senior Programme Manager, X": the office of the owner before the possessive
        owner = next((ctx.org_at[k - 1] for k in range(max(i, 1), end)
                      if is_possessive(ctx.doc[k]) and k - 1 in ctx.org_at and ctx.org_at[k - 1].end == k), None)
        if owner is not None:
            role.organization = owner.name
        elif i >= 2 and ctx.doc[i].lower_ == "whose" and ctx.doc[i - 1].text == "," and i - 2 in ctx.org_at:
            # "X's Department for Y, whose State Secretary, Z, ...": the office of the body the clause is about
            role.organization = ctx.org_at[i - 2].name
        elif (body := _spoken_for(ctx, i + 1)) is not None:
            role.organization = body
    if role is None and comma:
        role = _lower_case_remit(ctx, end) or _office_of_region(ctx, end) or _whose_occupation(ctx, end)
    if role is None and not comma:
        role = (_state_occupation_before(ctx, end) or _body_occupation_before(ctx, end)
                or _spoken_for_occupation(ctx, end))
    return role, comma


def _spoken_for(ctx: _Context, first: int) -> str | None:
    """"For the Association of X, | Executive Director Y said", "Speaking for the Commission's Directorate-General for
    Z, | Deputy Director-General Y": the body a title from token ``first`` is held in, named by the phrase the sentence
    opens with."""
    doc = ctx.doc
    comma = first - 1
    if comma < 2 or doc[comma].text != ",":
        return None
    comma = before_bracketed_acronym(doc, comma - 1) + 1  # "Speaking for the Kosovo Cadastral Agency (KCA), |"
    if comma - 1 not in ctx.org_at:
        # ("For the Deutsche Richterakademie, Germany’s judicial academy, | trainer X": the body described between
        # commas)
        k = comma - 1
        while k > 0 and (doc[k].is_lower or is_possessive(doc[k]) or ctx.state_at(k)):
            k -= 1
        if k < comma - 1 and doc[k].text == ",":
            comma = k
        else:
            # ("Speaking for Novi Korak, a network of volunteers from Srebrenik, | chairwoman X": an apposition opened
            # by an article, whatever words it holds)
            comma = next((j for j in range(doc[first].sent.start + 2, comma - 2) if doc[j].text == ","
                          and doc[j + 1].lower_ in {"a", "an"} and j - 1 in ctx.org_at
                          and ctx.org_at[j - 1].end == j), comma)
    body = ctx.org_at.get(comma - 1)
    if body is None or body.end != comma:
        return None
    k = body.start - 1
    if k >= 1 and is_possessive(doc[k]) and k - 1 in ctx.org_at:  # "the European Commission's | Directorate-General"
        k = ctx.org_at[k - 1].start - 1
    elif k >= 1 and is_possessive(doc[k]) and ctx.state_at(k - 1):  # "Speaking for Estonia’s | Integration Foundation"
        k = ent_start(doc, k - 1) - 1
    # "For the mining company | Saryarqa Metals", "For the parents' association | X", "For the Maltese foundation | X":
    # the kind of body, and whom it serves or the State it is of
    while k > 0 and doc[k].lower_ != "the" and (doc[k].is_lower and doc[k].pos_ in {"NOUN", "ADJ"}
                                                 or is_possessive(doc[k]) and doc[k - 1].is_lower
                                                 or ctx.state_at(k) and doc[k - 1].lower_ == "the"):
        k -= 1
    k -= k >= 0 and doc[k].lower_ == "the"
    opening = doc[first].sent.start
    if k >= 0 and doc[k].lower_ == "for" and (k == opening or k - 1 == opening and doc[opening].lower_ == "speaking"):
        return body.name
    if k == opening + 2 and doc[opening : k + 1].text.lower() == "on behalf of":
        return body.name
    return None


def _spoken_for_occupation(ctx: _Context, end: int) -> Role | None:
    """"Speaking for UN Women, | policy specialist X said": a lower-case occupation before a name, held in the body
    the sentence opens with."""
    doc = ctx.doc
    first = end
    while first > 0 and (doc[first - 1].is_lower and doc[first - 1].is_alpha or doc[first - 1].text == "-"):
        first -= 1
    # ("head of public service media policy X": the occupation, then its remit)
    remit = next((k for k in range(first, end) if doc[k].lower_ in {"of", "for", "on"}), end)
    if first == end or not _ends_in_occupation(doc[first:remit].text.lower()):
        return None
    body = _spoken_for(ctx, first)
    return Role(title=doc[first:end].text, organization=body, state=None, start=first, end=end) if body else None


def _before_bracket_after_body(ctx: _Context, i: int) -> int:
    """"The chairwoman of the Association of X in Lithuania (Stowarzyszenie ... na Litwie), | Y": from the ")" at token
    i, the token before a bracket that follows a body's name (its own-language name, however long); i itself when
    there is none."""
    doc = ctx.doc
    if i < 1 or doc[i].text != ")":
        return i
    opened = next((j for j in range(i - 1, max(i - 16, 0), -1) if doc[j].text in "()"), None)
    if opened is None or doc[opened].text != "(" or opened - 1 not in ctx.org_at \
            or ctx.org_at[opened - 1].end != opened:
        return i
    return opened - 1


def _before_came_from(doc: Doc, i: int) -> int:
    """The token before ", who came from Geneva" when the place ends at token i ("a specialist at the X, who came from
    Geneva, | Y"), else ``i``."""
    k = i
    while k > 0 and (is_title_word(doc[k]) or doc[k].text == "-" and not doc[k].whitespace_):
        k -= 1
    if k < i and k >= 4 and doc[k].lower_ == "from" and doc[k - 1].lower_ in {"came", "travelled", "traveled"} \
            and doc[k - 2].lower_ == "who" and doc[k - 3].text == ",":
        return k - 4
    return i


def _whose_occupation(ctx: _Context, end: int) -> Role | None:
    """"the Milan-based X, whose lawyer, Y, also spoke": a lower-case occupation after "whose", the body named right
    before the relative pronoun its owner."""
    doc = ctx.doc
    k = end - 1
    while k > 2 and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ != "whose":
        k -= 1
    if k < 2 or k == end - 1 or doc[k].lower_ != "whose" or doc[k - 1].text != "," or k - 2 not in ctx.org_at:
        return None
    title = doc[k + 1 : end].text
    if not _ends_in_occupation(title):
        return None
    return Role(title=title, organization=ctx.org_at[k - 2].name, state=None, start=k + 1, end=end)


def _before_gloss(ctx: _Context, i: int) -> int:
    """"The Prefect (župan) of ...", "The Akyikatchy (Ombudsperson) of ...": from the ")" at token i, the office
    before a bracketed gloss of one to three words; i itself when there is none. (A gloss of words the lexicon does not
    know as an office, "The Ceann Comhairle (Speaker) of ...", is read as the office by the phrase after it.)"""
    doc = ctx.doc
    if doc[i].text != ")":
        return i
    opened = next((j for j in range(i - 1, max(i - 5, 0), -1) if doc[j].text == "("), None)
    if opened is None or opened == i - 1 or not all(t.is_alpha for t in doc[opened + 1 : i]) \
            or not ctx.role_head(opened - 1):
        return i
    return opened - 1


def _fronted_phrase_before_subject(ctx: _Context, comma: int, start: int) -> bool:
    """"After her meeting with the Deputy Prime Minister, X said": the comma closes a phrase the sentence opens
    with a preposition, and the name after it is the subject of the sentence's verb, not the title's holder."""
    doc = ctx.doc
    sentence = doc[start].sent
    end = next((e for b, e in ctx.people if b == start), start + 1)
    return doc[sentence.start].pos_ in {"ADP", "SCONJ"} and end < len(doc) and doc[end].tag_ in FINITE_TAGS \
        and not any(t.text == "," or t.lower_ == "as" for t in doc[sentence.start : comma])  # "In her speech as X, Y"


FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


# Words of a remit written in lower case ("on the rights to freedom of peaceful assembly").
REMIT_POS = {"NOUN", "ADJ", "ADP", "DET", "CCONJ", "PART", "SCONJ"}


def _lower_case_remit(ctx: _Context, end: int) -> Role | None:
    """"UN Special Rapporteur on the rights to freedom of ..., X": an office whose remit, after "on" or
    "for", is written in lower case; the title runs to the comma before the name."""
    doc = ctx.doc
    i = end - 1
    while i > 0 and end - i <= 20 and doc[i].is_lower and _remit_word(doc[i]):
        i -= 1
    if i == end - 1 or i + 1 >= end or doc[i + 1].lower_ not in {"on", "for"} or not ctx.role_head(i):
        return None
    p = i
    while p > 0 and _phrase_token(ctx, p - 1):
        p -= 1
    role = _parse(ctx, p, i + 1)
    if role is None:
        return None
    role.title, role.end = f"{role.title} {doc[i + 1 : end].text}", end
    return role


def _remit_word(token) -> bool:  # noqa: ANN001 - a spaCy Token
    """A word of a remit written in lower case ("on the promotion ... while countering terrorism")."""
    return token.pos_ in REMIT_POS or token.tag_ == "VBG"


def _remit_after(ctx: _Context, role: Role) -> Role:
    """"X, the UN Special Rapporteur | on the rights of migrants in transit, who ...": an office's remit in lower case
    after the apposition's title, up to the comma that closes the apposition."""
    doc, j = ctx.doc, role.end
    if j + 2 >= len(doc) or doc[j].lower_ not in {"on", "for"} or not ctx.role_head(j - 1):
        return role
    k = j + 1
    while k < len(doc) and k - j <= 20 and doc[k].is_lower and _remit_word(doc[k]):
        k += 1
    if k > j + 1 and k < len(doc) and doc[k].text in {",", ".", ";"}:
        role.title, role.end = f"{role.title} {doc[j:k].text}", k
    return role


def _state_occupation_before(ctx: _Context, end: int) -> Role | None:
    """"Hungarian parliamentarian X": a lower-case occupation right before the name, after a State's adjective."""
    first = _qualified_occupation(ctx.doc, end)  # "Tajik customs inspector X": the occupation's qualifiers
    state = ctx.state_at(first - 1) if first is not None and first > 0 else None
    if state is None:
        return None
    return Role(title=ctx.doc[first:end].text, organization=None, state=state, start=first - 1, end=end)


def _qualified_occupation(doc: Doc, end: int) -> int | None:
    """Where a lower-case occupation of the lexicon ending before token ``end`` starts, with up to two lower-case
    qualifiers ("customs inspector", "chief engineer"); None if no occupation ends there."""
    occupations = gazetteer.lexicon().occupations
    if end >= 3 and doc[end - 2].text == "-" and not doc[end - 3].whitespace_ and not doc[end - 2].whitespace_ \
            and doc[end - 3 : end].text.lower() in occupations and doc[end - 3].is_lower:
        k = end - 3  # "co-ordinator": a hyphenated occupation is three tokens
    elif end < 1 or not doc[end - 1].is_lower or doc[end - 1].lower_ not in occupations:
        return None
    else:
        k = end - 1
    while k > 0 and end - k < 3 and doc[k - 1].is_lower and doc[k - 1].pos_ in {"NOUN", "ADJ"}:
        k -= 1
    return k


def _office_of_region(ctx: _Context, end: int) -> Role | None:
    """"The Deputy Chairman of the Khatlon region, X": an office of an area named in lower case; the area is where
    the office is, not its organization."""
    doc = ctx.doc
    k = end - 1
    if k < 4 or doc[k].lower_ not in PLACE_NOUNS or not doc[k].is_lower:
        return None
    k -= 1
    while k > 2 and is_title_word(doc[k]) and k not in ctx.org_at:
        k -= 1
    if k == end - 2:
        return None
    of = k - 1 if doc[k].lower_ == "the" else k  # "of the Khatlon region", "of Kostanay region"
    if doc[of].lower_ != "of":
        return None
    office_end = of
    opened = next((j for j in range(of - 2, max(of - 5, 0), -1) if doc[j].text == "("), None)
    if opened is not None and doc[of - 1].text == ")" and all(t.is_lower for t in doc[opened + 1 : of - 1]):
        office_end = opened  # "The First Deputy Hokim (deputy governor) of ...": a gloss of the local word
    p = office_end
    while p > 0 and _phrase_token(ctx, p - 1):
        p -= 1
    role = _parse(ctx, p, office_end)
    local = doc[office_end - 1]
    if role is None and office_end >= 2 and local.is_lower and local.text.capitalize() in PLACE_HEADS \
            and doc[office_end - 2].lower_ == "the":
        # "The akim of Kostanay region, X": a place's office, written in lower case
        role = Role(title=local.text, organization=None, state=None, start=office_end - 1, end=end)
    if role is None or role.organization or role.state:
        return None
    role.end = end
    return role


def _body_occupation_before(ctx: _Context, end: int) -> Role | None:
    """"Commission member X" after "the Corruption Prevention Commission": a lower-case occupation right before the
    name, after the organization word of a body named before; "Bundestag member X", "ODIHR hate crime officer X",
    after the body's name."""
    doc = ctx.doc
    first = _qualified_occupation(doc, end)
    # "Bundestag member X": an occupation in the body named right before (a qualifier the model took for a verb
    # between them: "ODIHR hate crime officer X")
    k = first if first is not None and first >= 1 else None
    while k is not None and k > 1 and k - 1 not in ctx.org_at and first - k < 2 and doc[k - 1].is_lower \
            and doc[k - 1].is_alpha:
        k -= 1
    if k is not None and k - 1 in ctx.org_at and ctx.org_at[k - 1].end == k:
        org = ctx.org_at[k - 1]
        return Role(title=doc[k:end].text, organization=org.name, state=None, start=org.start, end=end)
    if end < 2 or first is None or doc[end - 2].text not in gazetteer.lexicon().org_heads or end - 2 in ctx.org_at:
        return None
    owner = _named_before(ctx, doc[end - 2].text, end - 2)
    return Role(title=doc[end - 1].text, organization=owner, state=None, start=end - 2, end=end) if owner else None


def _occupation_before(ctx: _Context, end: int) -> Role | None:
    """"the editor-in-chief of X, Name": a lower-case occupation with the organization it is
    exercised for, written before the name (the organization ends right before it)."""
    doc = ctx.doc
    first = _qualified_occupation(doc, end)
    if first is None and (remit := remit_start(doc, end)) is not None:
        first = _qualified_occupation(doc, remit)  # "the Department’s adviser | on online radicalization, X"
    if first is not None and any(t.tag_ == "JJS" for t in doc[first:end]):
        return None  # "its youngest member, X": who the person is among others, not a post
    if first is not None and first > 0 and doc[first - 1].lower_ in {"its", "their"}:
        # "Its chief engineer, X": the office of the body the sentence before spoke of
        return Role(title=doc[first:end].text, organization=_antecedent_body(ctx, first - 1), state=None,
                    start=first - 1, end=end)
    if first is not None and first >= 2 and is_possessive(doc[first - 1]) and first - 2 in ctx.org_at:
        # "The Network’s chairperson, X", "The Centre's co-ordinator, X": an occupation after its organization's
        # possessive.
        owner = ctx.org_at[first - 2]
        return Role(title=doc[first:end].text, organization=owner.name, state=None, start=owner.start, end=end)
    if (owned := _alias_owned_occupation(ctx, end)) is not None:
        return owned
    seat = _before_seat(doc, end)
    org = ctx.org_at.get(end - 1) or ctx.org_at.get(seat - 1)
    if org is None or org.end not in {end, seat}:
        return None
    for a in range(org.start - 1, max(org.start - 16, -1), -1):
        if doc[a].is_punct and doc[a].text != "-" and not is_possessive(doc[a]):
            return None  # (not "the X-based hunters' society Y")
        if doc[a].lower_ not in {"a", "an", "the"}:
            continue
        occupation = occupation_after(doc, a)
        role = _occupation(ctx, a, *occupation) if occupation is not None else None
        # ("a lecturer at the Faculty of Law of the X University, Y": the unit the occupation is exercised at, then
        # its parent)
        if role is not None and (role.end == org.end or doc[role.end].lower_ == "of"
                                 and org.start - role.end - (doc[role.end + 1].lower_ == "the") == 1):
            return role
    return None


def _before_seat(doc: Doc, end: int) -> int:
    """"An environment specialist at the UNDP | in Turkmenistan, X": where the place the body sits in starts, when a
    place ends right before token ``end`` after "in"; ``end`` itself when none does."""
    if end < 3 or doc[end - 1].ent_type_ not in {"GPE", "LOC"}:
        return end
    start = ent_start(doc, end - 1)
    return start - 1 if start >= 2 and doc[start - 1].lower_ == "in" else end


def _lower_qualifier(token: Token) -> bool:
    """A lower-case noun or adjective before an occupation, or a modifier in -ing ("community | policing | adviser")."""
    return token.is_lower and (token.pos_ in {"NOUN", "ADJ"}
                               or token.tag_ == "VBG" and token.dep_ in {"amod", "compound", "nmod"})


def _alias_owned_occupation(ctx: _Context, end: int) -> Role | None:
    """"The Mission’s rule of law officer, X", "The Project Co-ordinator's economic and environmental officer, X", "The
    Mission's Roma and Sinti affairs officer, X": an occupation in lower case, with its qualifiers, after the
    possessive of a body named before by one word of its name."""
    doc = ctx.doc
    if end < 4 or not doc[end - 1].is_lower or not _ends_in_occupation(doc[end - 1].lower_):
        return None
    k = end - 1
    # (capitalised qualifiers after the possessive: "Roma and Sinti")
    # ("anti-corruption officer": a word joined by a hyphen)
    while k > 2 and end - k < 8 and (_lower_qualifier(doc[k - 1])
                                     or doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and doc[k - 2].is_lower
                                     and not doc[k - 2].whitespace_
                                     or doc[k - 1].lower_ in {"of", "and"} and doc[k - 2].is_lower
                                     and not is_possessive(doc[k - 2])
                                     or doc[k - 1].lower_ == "and" and is_title_word(doc[k - 2])
                                     or is_title_word(doc[k - 1]) and not doc[k - 1].ent_id_
                                     and (doc[k - 2].lower_ == "and" or is_possessive(doc[k - 2]))):
        k -= 1
    if k < 3 or not is_possessive(doc[k - 1]) or doc[k].lower_ in {"of", "and"} \
            or not _ends_in_occupation(doc[k:end].text.lower()):
        return None
    owner = _possessive_owner(ctx, k - 1)
    if owner is None:
        return None
    return Role(title=doc[k:end].text, organization=owner, state=None, start=k - 2, end=end)


def _possessive_owner(ctx: _Context, poss: int) -> str | None:
    """The body whose possessive (token ``poss``) follows the last word of its name ("The Mission’s", "the Project
    Co-ordinator's"): the release's own OSCE structure first ("The Centre’s" after "the OSCE Centre in Ashgabat" and
    "the Aarhus Centre in Ashgabat"), else the body's word, which the organizations extractor may have read as the body
    already, else a body named before by that word."""
    doc = ctx.doc
    word = _hyphenated_start(doc, poss - 1)  # ("the Project Co-ordinator's": a word of three tokens)
    word = poss - 1 if word is None else word
    if word < 0 or not is_title_word(doc[word]):
        return None
    name = doc[word:poss].text
    return next((o.name for o in ctx.orgs if o.end <= word and o.name.startswith("OSCE ") and name in o.name.split()),
                None) or (ctx.org_at[poss - 1].name if poss - 1 in ctx.org_at and ctx.org_at[poss - 1].end == poss
                          else _named_before(ctx, name, word))


def _former(doc: Doc, office: Role) -> bool:
    """Is the office said to be a past one ("a former Minister", "ex-Director") right before its title?"""
    first = office.title.split()[0]
    k = next((i for i in range(office.start, min(office.start + 5, len(doc))) if doc[i].text == first), None)
    return k is not None and any(t.lower_ in {"former", "ex"} for t in doc[max(0, office.start - 1) : k])


def _list_comma(ctx: _Context, i: int, end: int) -> bool:
    """The comma of a list of portfolios inside a title (ending before token ``end``): "Minister of Foreign
    Affairs, Education and Sport", "Minister of Science, Higher Education and Innovation"."""
    doc, portfolio = ctx.doc, gazetteer.lexicon().portfolio_words
    return doc[i].text == "," and 0 < i < len(doc) - 1 and (
        doc[i - 1].text in portfolio and doc[i + 1].text in portfolio or in_portfolio_list(doc, i, end))


def _after(ctx: _Context, end: int) -> Role | None:
    """The apposition after a name: ", [the] ... Title [of Organization]"."""
    doc = ctx.doc
    if end + 3 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and ctx.state_at(end + 1):
        end += 3  # "X (Türkiye), Chair of the ...": the State the person comes from, then the office
    if end + 3 < len(doc) and doc[end].lower_ == "of" and ctx.state_at(end + 1):
        k = end + 1
        while k < len(doc) and ctx.state_at(k):
            k += 1
        if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "who":
            end = k  # "Ambassador X of Luxembourg, who serves as Chairperson of the FSC": the State, then the office
    if end + 3 < len(doc) and doc[end].text == "," == doc[end + 2].text and doc[end + 1].text.isdigit() \
            and len(doc[end + 1].text) <= 3 and doc[end + 3].lower_ not in {"and", "or"}:
        end += 2  # "X, 26, a councillor in ...": the person's age, then the apposition
    if end < len(doc) and doc[end].text == "(":
        # "Ambassador X (Head of the OSCE Mission to Y)": the office in brackets after the name.
        role = _apposition(ctx, end + 1)
        return role if role is not None and role.end < len(doc) and doc[role.end].text == ")" else None
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ in {"and", "or"}:
        return None  # "X, and the Deputy Prime Minister": the next of a list, not an apposition
    if doc[end + 1].lower_ == "who" and (office := _second_office(doc, end + 1)) < len(doc):
        # "X, who is Director of the Y,", "X, who became ODIHR Director", "X, who serves as Director of the Y",
        # "X, who works as a lawyer for the Y": the office in a relative clause
        end = office - 1
    occupation = occupation_after(doc, end + 1)
    if occupation is not None:
        role = _occupation(ctx, end + 1, *occupation)
        if role is not None and role.end + 1 < len(doc) and doc[role.end].lower_ in {"and", "who"}:
            # "X, a Lithuanian parliamentarian and Vice-President of the Y", "X, a member of the Danish Folketing
            # who serves as President of the Y": a second office follows.
            more = _apposition(ctx, _second_office(doc, role.end))
            if more is not None:
                role.others, role.end = [*role.others, more, *more.others], more.end
        return role
    # ("X, the Project Co-ordinator’s gender officer": the occupation, not the title of its owner)
    owned = _owned_occupation(ctx, end + 1)
    if owned is not None:
        return owned
    role = _apposition(ctx, end + 1)
    if role is not None and role.end < len(doc) and doc[role.end].tag_ in {"VBD", "VBZ", "VBP", "MD"}:
        return None  # "..., X, the High Commissioner noted that": the title is the next clause's subject
    return role or _second_conjunct_occupation(ctx, end + 1) or _office_after_description(ctx, end + 1)


def _office_after_description(ctx: _Context, start: int) -> Role | None:
    """"X, a 2016 graduate of the Academy who now serves as Programme Officer at the Y": an apposition that names no
    office, then the office in its relative clause."""
    doc = ctx.doc
    k = start
    while k < min(start + 12, len(doc)) and not doc[k].is_punct and doc[k].lower_ != "who":
        k += 1
    if k >= len(doc) or doc[k].lower_ != "who" or k == start:
        return None
    office = _second_office(doc, k)
    return _apposition(ctx, office) if office < len(doc) else None


def _second_conjunct_occupation(ctx: _Context, start: int) -> Role | None:
    """"X, the team's coach and a lecturer in law at the Y": no office first, then an occupation after "and a"."""
    found = conjunct_occupation_after(ctx.doc, start)
    return _occupation(ctx, *found) if found is not None else None


def _second_office(doc: Doc, i: int) -> int:
    """Where the office after "and", "who is" or "who serves as" (token i) starts; past the end when none does."""
    if doc[i].lower_ == "and":
        return i + 1
    j = i + 1
    while j + 1 < len(doc) and doc[i].lower_ == "who" and doc[j].pos_ == "ADV" and doc[j].is_lower:
        j += 1  # "who now serves as ...": the verb after adverbs
    if j + 1 < len(doc) and doc[j].lemma_ in {"be", "become"}:
        k = j + 1
        while k + 1 < len(doc) and doc[k].pos_ == "ADV" and doc[k].is_lower:
            k += 1  # "who is also | a member of the Y", "who is now | Director of the Y"
        return k
    if j + 2 < len(doc) and doc[j].lemma_ in {"serve", "act", "work"} and doc[j + 1].lower_ == "as":
        return j + 2
    if doc[i].lower_ == "who":
        # "X, who led the delegation and is Senior Adviser at the Y": the office after the clause's "and"
        k = and_in_clause(doc, i + 1, 11)
        if k is not None and doc[k + 1].lemma_ == "be" and doc[k + 1].tag_ == "VBZ":
            return k + 2
    return len(doc)


POST_WORDS = {"post", "position", "office", "seat", "function"}


def _post_held_by(ctx: _Context, start: int) -> Role | None:
    """"the Head of the X Mission (XM), a post held since January by Y": the office named before
    ", a post held ... by" is the person's."""
    doc = ctx.doc
    if start < 6 or doc[start - 1].lower_ != "by":
        return None
    k = start - 2
    while k > 4 and start - k <= 8 and not (doc[k].lemma_ == "hold" and doc[k].pos_ == "VERB"):
        if doc[k].is_punct:
            return None
        k -= 1
    if doc[k].lemma_ != "hold" or doc[k - 1].lower_ not in POST_WORDS or doc[k - 2].lower_ not in {"a", "an", "the"} \
            or doc[k - 3].text != ",":
        return None
    end = before_bracketed_acronym(doc, k - 4) + 1
    i = end - 1
    while i >= 0 and (_phrase_token(ctx, i) or _list_comma(ctx, i, end)):
        i -= 1
    return _parse(ctx, i + 1, end)


APPOINT_VERBS = {"elect", "re-elect", "appoint", "name", "confirm", "nominate"}


def _appointed_as(ctx: _Context, start: int, end: int) -> Role | None:
    """"members elected X as the Assembly's new President": the office a person is elected or appointed to."""
    doc = ctx.doc
    if end + 1 >= len(doc) or doc[end].lower_ != "as":
        return None
    k = start - 1  # the verb, maybe before a title ("elected Hungarian parliamentarian X as ...")
    while k >= 0 and start - k <= 5 and not doc[k].is_punct and doc[k].pos_ != "VERB":
        k -= 1
    if k < 0 or doc[k].pos_ != "VERB" or doc[k].lemma_.lower() not in APPOINT_VERBS:
        return None
    return _apposition(ctx, end + 1)


def _apposition(ctx: _Context, start: int) -> Role | None:
    """The role phrase starting at token ``start``: "[the] ... Title [of Organization]"."""
    doc = ctx.doc
    j, lower = start, 0
    while j < len(doc):
        token = doc[j]
        if _phrase_token(ctx, j):
            j += 1
        elif token.is_lower and token.pos_ in {"ADJ", "DET"} and lower < MAX_LOWER_BEFORE_HEAD:
            lower += 1  # "the OSCE's new Special Representative"
            j += 1
        elif _remit_list_comma(ctx, start, j):
            j += 1  # "Minister of Ecology, | Spatial Planning and Urbanism"
        elif _branch_of(ctx, j, len(doc)) and any(t.lower_ == "the" for t in doc[start:j]):
            j += 1  # "Director of the Almaty | branch of X": a regional branch of the body, named by its town
        else:
            break
    role = _parse(ctx, start, j)
    return _remit_after(ctx, role) if role is not None and not role.others else role


def _branch_of(ctx: _Context, i: int, end: int) -> bool:
    """Is token i the lower-case unit word of "the Almaty | branch of X", "the Liberec regional | office of X": a
    town's (capitalised) branch of a body named after "of"?"""
    doc = ctx.doc
    if i + 2 >= end or doc[i].lower_ not in {"branch", "office", "department", "division", "section"} \
            or not doc[i].is_lower or doc[i + 1].lower_ != "of":
        return False
    k = i - 1
    while k > 0 and doc[k].is_lower and doc[k].pos_ == "ADJ":
        k -= 1  # "regional"
    return is_title_word(doc[k]) and k not in ctx.org_at and k > 0 \
        and (doc[k - 1].lower_ == "the" or is_title_word(doc[k - 1]))


def _remit_list_comma(ctx: _Context, start: int, i: int) -> bool:
    """Is the comma at token i one of a list of portfolios after "of", "for" or "on" in the phrase from ``start``,
    which "and" and capitalised words close before the apposition ends ("Minister of Ecology, Spatial Planning and
    Urbanism, said", "Representative on Countering Extremism, Radicalization and Terrorism, together")?"""
    doc = ctx.doc
    if doc[i].text != "," or not is_title_word(doc[i - 1]) \
            or not any(t.lower_ in {"of", "for", "on"} for t in doc[start:i]):
        return False
    k, closed = i + 1, False
    while k < len(doc) and k - i < 12 and k not in ctx.person_tokens and not doc[k].ent_id_ \
            and doc[k].ent_type_ in {"", "ORG", "GPE"} \
            and (is_title_word(doc[k]) or doc[k].text == "," and not closed and is_title_word(doc[k - 1])
                 and k + 1 < len(doc) and is_title_word(doc[k + 1])
                 or doc[k].lower_ == "and" and not closed and is_title_word(doc[k - 1])):
        closed = closed or doc[k].lower_ == "and"
        k += 1
    return closed and is_title_word(doc[k - 1]) and (k == len(doc) or doc[k].is_punct or doc[k].is_lower)


LEARNERS = {"student", "cadet", "trainee", "pupil"}  # "a fourth-year cadet at the X": one learning there
ADVISING = {"adviser", "advisor", "counsellor", "counselor", "consultant"}


def _unit_after_owner(ctx: _Context, j: int) -> OrgMention | None:
    """The organization right after a possessive that follows capitalised words from token j, a body named before by
    them ("the Mission’s | Y", "the Project Co-ordinator's | Y"), or None."""
    doc = ctx.doc
    k = j
    while k < min(j + 5, len(doc)) and k not in ctx.org_at and (is_title_word(doc[k]) or doc[k].text == "-"
                                                                 or k > j and doc[k - 1].text == "-"):
        k += 1
    if k == j or k + 1 >= len(doc) or not is_possessive(doc[k]) or k + 1 not in ctx.org_at:
        return None
    # (the owner's words those of a body named before: not "at His Majesty’s | Inspectorate of Prisons")
    words = doc[j:k].text
    if not any(o.start < j and holds_words(o.name, words) for o in ctx.orgs):
        return None
    unit = ctx.org_at[k + 1]
    return unit if unit.start == k + 1 else None


def _joins_subject(doc: Doc, i: int) -> bool:
    """"gender | and | justice", "sociology | of | religion", "the women| ’s | affairs unit": "and" or "of" between two
    lower-case words of a post's subject (not "the forest guard | of | the Y"), or a possessive after one."""
    return 0 < i < len(doc) - 1 and doc[i - 1].is_lower and doc[i - 1].is_alpha \
        and (doc[i].lower_ in {"and", "of"} and doc[i + 1].is_lower and doc[i + 1].is_alpha
             and doc[i + 1].pos_ != "DET" or is_possessive(doc[i]))


def _occupation(ctx: _Context, start: int, occ_start: int, occ_end: int) -> Role | None:
    """"X, a reporter for the independent news outlet Y": an occupation is a role when the
    apposition names the organization it is exercised for."""
    doc = ctx.doc
    if doc[occ_end - 1].lower_ in LEARNERS:
        return None  # "a student of software engineering at the University of X": a student holds no post
    # The occupation with its qualifiers: "a senior instructor", "a forensic document examiner".
    first = after_age(doc, start + 1 if doc[start].lower_ in {"a", "an", "the"} else start)
    # ("an Estonian-language teacher", "a Ukrainian-born shopkeeper": an adjective joined to another word by a
    # hyphen tells the language or the birthplace, not the State the office is held for)
    def hyphened(k: int) -> bool:
        return doc[k + 1].text == "-" and not doc[k].whitespace_

    state = next((ctx.state_at(k) for k in range(first, occ_start) if ctx.state_at(k) and not hyphened(k)), None)
    if state is not None:
        # "a Lithuanian parliamentarian": a State's office holder, the State not part of the title.
        while ctx.state_at(first) is None or hyphened(first):
            first += 1
        first += 1
        if occ_end >= len(doc) or doc[occ_end].lower_ not in {"for", "of", "at", "with"}:
            return Role(title=doc[first:occ_end].text, organization=None, state=state, start=start, end=occ_end)
    # "a Kenyan programme officer at Y": the country is whose the holder is, no word of the title (a faith or a
    # language is: "a Catholic chaplain", "a Romani language expert")
    while first < occ_start and _foreign_adjective(doc[first]) and doc[first].text not in FAITHS \
            and doc[first].text not in gazetteer.lexicon().language_names:
        first += 1
    # ("an adviser to the National Defence Committee": one advises a body "to" it)
    advises = occ_end < len(doc) and doc[occ_end].lower_ == "to" and doc[occ_end - 1].lower_ in ADVISING
    if occ_end >= len(doc) or doc[occ_end].lower_ not in {"for", "of", "at", "with", "in", "on", "from"} \
            and not advises:
        return None
    if doc[occ_end].lower_ == "from":
        # "a trainer from (the) X": the body right after "from" (not "a survivor from non-OSCE Guinea")
        k = occ_end + 1 + (occ_end + 1 < len(doc) and doc[occ_end + 1].lower_ == "the")
        if ctx.state_at(k) and (state_end := ent_end(doc, k)) < len(doc) and is_possessive(doc[state_end]):
            k = state_end + 1  # "a police inspector from Montenegro's | Police Directorate"
        if k not in ctx.org_at or ctx.org_at[k].start != k:
            return None
    title_end = occ_end
    # (hyphenated words take three tokens; "at Morocco's | General Directorate ...": a State's possessive two)
    for j in range(occ_end + 1, min(occ_end + 13, len(doc))):
        if j in ctx.org_at:
            org = ctx.org_at[j]
            while org.end + 1 < len(doc) and is_possessive(doc[org.end]) and org.end + 1 in ctx.org_at:
                org = ctx.org_at[org.end + 1]  # "an expert with the Council of Europe's X Office": the unit
            return Role(title=doc[first:title_end].text, organization=org.name, state=None, start=start, end=org.end)
        if (unit := _unit_after_owner(ctx, j)) is not None:
            # "head of the Mission's | Elections and Political Parties Section", "head of the Project Co-ordinator’s |
            # Human Dimension Unit": the unit of the body named before by its words
            return Role(title=doc[first:title_end].text, organization=unit.name, state=None, start=start, end=unit.end)
        if not (j + 1 < len(doc) and doc[j + 1].lower_ in {"of", "for", "on", "against"}) \
                and (owner := _body_by_its_word(ctx, j, len(doc))):
            # "a project officer at the Office": the body named before by its organization word ("a judge of the
            # Court | of Appeal of X" names another)
            return Role(title=doc[first:title_end].text, organization=owner, state=None, start=start, end=j + 1)
        token = doc[j]
        if (token.lower_ in {"at", "for", "with", "in"} or unit_subject(doc, occ_end + 1, j)) and title_end == occ_end \
                and doc[occ_end].lower_ in {"of", "in", "on", "for"} and j > occ_end + 1 \
                and all(subject_word(t) or t.lower_ == "the" and t.i == occ_end + 1 or _joins_subject(doc, t.i)
                        for t in doc[occ_end + 1 : j]):
            # "a professor of international law at the Y", "a lecturer in Georgian philology at the Y", "an adviser on
            # hate crime at the Y", "head of the migration unit at the Y", "deputy head of the maritime inspection
            # department of the Y": the subject is part of the post
            title_end = j
            continue
        hyphenated = token.text == "-" or j + 1 < len(doc) and doc[j + 1].text == "-" and not token.whitespace_ \
            or doc[j - 1].text == "-" and token.is_lower  # "with the Almaty-based X"
        if not (token.is_lower and token.pos_ in {"DET", "ADJ", "NOUN", "PROPN"} or hyphenated or subject_word(token)
                or ctx.state_at(j) or is_possessive(token)  # "at Mongolia's General Authority ..."
                # "with the X-based displaced women's group Y", "the Roma reading club Y": a participle or a people
                # describing the body's members
                or token.is_lower and token.tag_ in {"VBN", "VBG"} or token.text in gazetteer.lexicon().peoples
                or _joins_subject(doc, j)  # "head of the search | and | rescue department of the Y"
                # "the X-based LGBTI support group Y": an acronym qualifying the kind after it
                or token.text.isupper() and token.is_alpha and j not in ctx.org_at
                and any(t.is_lower and t.lower_ in BODY_KINDS for t in doc[j + 1 : j + 3])
                or token.text == "NGO" and j + 1 in ctx.org_at  # "a lawyer at the NGO Y"
                # "at the Tokyo office of the United Nations Development Programme": the body's office in a city
                or token.ent_type_ in {"GPE", "LOC"} and j + 1 < len(doc) and doc[j + 1].lower_ in UNIT_NOUNS
                or token.lower_ == "of" and doc[j - 1].lower_ in UNIT_NOUNS
                or _outlet_seat(ctx, j)
                # "a member of the Court’s Bureau": the owner's back-reference before the unit
                or j + 2 < len(doc) and is_possessive(doc[j + 1]) and j + 2 in ctx.org_at):
            return None
    return None


def _outlet_seat(ctx: _Context, j: int) -> bool:
    """"a reporter for the São Paulo daily X", "the editor of the Tirana investigative portal X": token j is a word
    of the place before an outlet's kind."""
    doc = ctx.doc
    k = j
    while k < len(doc) and k - j < 4 and is_title_word(doc[k]) and k not in ctx.org_at:
        k += 1
    if k + 1 < len(doc) and k > j and doc[k].text == "-" and doc[k + 1].lower_ == "based":
        return True  # "with the Mae Sot-based Y": the seat of the employer, a place of one word or more
    outlet = outlet_word_after(doc, k)
    return outlet is not None and outlet + 1 in ctx.org_at


def _owner_key(role: Role) -> tuple[str | None, str | None] | None:
    return (role.organization, role.state) if role.organization or role.state else None


def _parse(ctx: _Context, start: int, end: int) -> Role | None:
    """Title, organization and State of the role phrase doc[start:end], if it has a title.

    Two offices joined by "and", each with its own owner ("OSCE Chairman-in-Office and Foreign
    Minister of Ireland") are two roles: one office does not belong to two owners. Offices
    sharing one owner or qualifier ("Special Representative and Co-ordinator for ...") are one."""
    doc = ctx.doc
    for a in range(start + 1, end - 1):
        if doc[a].lower_ != "and" or not doc[a].is_lower or a in ctx.org_at:
            continue
        left, right = _parse_one(ctx, start, a), _parse_one(ctx, a + 1, end)
        if left is None or right is None or not ctx.role_head(right.start) and not _starts_with_head(ctx, right):
            continue
        title = next((k for k in range(a + 1, end) if doc[k:end].text.startswith(right.title)), a + 1)
        if any(not (k in ctx.org_at or ctx.state_at(k) or is_possessive(doc[k]) or doc[k].lower_ == "the")
               for k in range(a + 1, title)):
            continue  # "Minister for Foreign | and | European Affairs and Trade and OSCE ...": a portfolio goes on
        owners = _owner_key(left), _owner_key(right)
        # Or with no owner named, an office complete with its own portfolio before another office ("Minister of
        # Justice and Attorney General"): one that shares what follows has none ("Special Representative and ...").
        # A minister with a portfolio holds an office of its own after another ("Tánaiste and Minister for Foreign
        # Affairs of X", "X's Deputy Prime Minister and Minister of the Interior"), the State named once for both.
        minister = re.match(r"Minister (?:of|for)\b", right.title) is not None \
            and (not owners[0] or not owners[1] and not left.organization)
        if owners[0] and owners[1] and owners[0] != owners[1] \
                or not owners[0] and not owners[1] and re.search(r"\b(?:of|for)\b", left.title) or minister:
            if minister:
                left.state, right.state = left.state or right.state, right.state or left.state
            left.others, left.end = [right], right.end
            return left
    return _parse_one(ctx, start, end)


# Faiths the model tags as peoples' names (NORP): a chaplain's or a preacher's is part of the office.
FAITHS = {"Catholic", "Orthodox", "Protestant", "Lutheran", "Anglican", "Evangelical", "Christian", "Muslim", "Islamic",
          "Jewish", "Buddhist", "Hindu", "Sunni", "Shia"}


def _foreign_adjective(token: Token) -> bool:
    """"Brazilian | Consul General": the adjective of a country that is no participating State (the gazetteer tags
    those) says whose office it is, no word of its title; a people's name ("Roma") may be one."""
    return token.ent_type_ == "NORP" and not token.ent_id_ and token.is_title \
        and token.text not in gazetteer.lexicon().peoples


def _starts_with_head(ctx: _Context, role: Role) -> bool:
    """Does the role phrase open with its title (or an organization or State, then the title)?"""
    i = role.start
    while i < role.end and (i in ctx.org_at or ctx.state_at(i) or is_possessive(ctx.doc[i])):
        i += 1
    return i < role.end and (ctx.role_head(i) or is_title_word(ctx.doc[i]))


def _parse_one(ctx: _Context, start: int, end: int) -> Role | None:
    doc = ctx.doc
    while start < end and (doc[start].lower_ in CONNECTORS or doc[start].is_punct and not doc[start].text == "-"):
        start += 1
    while end > start and (doc[end - 1].lower_ in CONNECTORS or is_possessive(doc[end - 1])):
        end -= 1
    head = next((i for i in range(start, end) if ctx.role_head(i)), None)
    if head is None:
        return _office_named_as_institution(ctx, start, end)
    while True:
        # "the OSCE Chairperson-in-Office’s Personal Representative on ...": the office of an office holder.
        k = head + 1
        while k < end and ctx.role_head(k):
            k += 1
        after = k + 1
        while after < min(k + 4, end) and not ctx.role_head(after) and is_title_word(doc[after]):
            after += 1  # "’s Personal | Representative"
        if is_possessive(doc[k]) and after < end and ctx.role_head(after):
            head = after
        else:
            break
    title_start = head
    while title_start > start and title_start - 1 not in ctx.org_at and ctx.state_at(title_start - 1) is None \
            and not _foreign_adjective(doc[title_start - 1]):
        if is_title_word(doc[title_start - 1]):
            title_start -= 1
        elif (joined := _hyphenated_start(doc, title_start - 1)) is not None and joined >= start \
                and joined not in ctx.org_at:
            # "Vice-|Minister", "Editor-in-|Chief", "Senior Co-ordination | Adviser": a word of hyphen-joined parts
            title_start = joined
        elif title_start - 2 >= start and title_start < head and doc[title_start - 1].lower_ == "and" \
                and doc[title_start - 1].is_lower and is_title_word(doc[title_start - 2]) \
                and title_start - 2 not in ctx.org_at and ctx.state_at(title_start - 2) is None:
            # "Senior Economic and Environmental Officer": two qualifiers of one office (no office before "and",
            # since the head is the first office word of the phrase)
            title_start -= 2
        elif title_start - 2 >= start and title_start < head and doc[title_start - 1].text == "of" \
                and is_title_word(doc[title_start - 2]) and title_start - 2 not in ctx.org_at \
                and doc[title_start - 2].text not in gazetteer.lexicon().org_heads \
                and ctx.state_at(title_start - 2) is None:
            title_start -= 2  # "Senior Rule of Law Adviser": the field of the office, "of" inside it
        else:
            break
    if doc[head].text in PLACE_HEADS:
        while title_start < head and doc[title_start].text not in gazetteer.lexicon().role_modifiers:
            title_start += 1  # "Gjirokastër Mayor X": the town is the office's place, not a word of its title
    acronym = None
    if title_start < head and _acronym_prefix(ctx, title_start):
        # "HJPC President X": an organization's acronym the model did not tag, before the office.
        acronym, title_start = _acronym_owner(ctx, title_start), title_start + 1
    elif title_start + 1 == head and doc[title_start].text in gazetteer.lexicon().org_heads \
            and not any(ctx.state_at(i) for i in range(start, title_start)) \
            and (owner := _named_before(ctx, doc[title_start].text, title_start)):
        # "Academy Director X" after "the OSCE Academy in Bishkek": the body's word refers back to it (not after a
        # State: "Slovakia's Government Plenipotentiary X" is the State's office).
        acronym, title_start = owner, head
    elif title_start + 1 < head and doc[head - 1].text in gazetteer.lexicon().org_heads \
            and any(o.name == doc[title_start:head].text and o.end <= title_start for o in ctx.orgs):
        # "State Revenue Committee Deputy Chairman X" after "the State Revenue Committee of ...": a body named
        # before, written again in full before the office.
        acronym, title_start = doc[title_start:head].text, head
    state = next((ctx.state_at(i) for i in range(start, title_start) if ctx.state_at(i)), None)
    prefix_orgs = [ctx.org_at[i] for i in range(start, title_start) if i in ctx.org_at]
    organization = prefix_orgs[-1].name if prefix_orgs else acronym
    if organization is None and state is None and title_start >= 2 and is_possessive(doc[title_start - 1]) \
            and title_start - 2 not in ctx.org_at \
            and (word := doc[title_start - 2].text.capitalize()) in gazetteer.lexicon().org_heads:
        # "The Mission's Deputy Head, X", "The committee's Deputy Chair, X": the organization named before whose
        # name has that word.
        organization = _named_before(ctx, word, title_start - 2)
    if organization is None and state is None and title_start >= 1 and doc[title_start - 1].lower_ == "its":
        # "She visited the X Headquarters, where she was briefed by its Secretary, Y": the body named last
        # in the sentence.
        sentence = doc[title_start].sent.start
        named = [o for o in ctx.orgs if sentence <= o.start and o.end < title_start]
        organization = named[-1].name if named else None

    title_end, i = head + 1, head + 1
    tail = None  # where the last "of ..." began: "Head | of the Mission's Security Department"
    while i < end:
        token = doc[i]
        if is_possessive(token) and i + 1 in ctx.org_at and tail is not None:
            organization = ctx.org_at[i + 1].name  # the unit of an owner the text names loosely
            title_end = tail
            break
        if token.lower_ == "to" and not ctx.state_at(i - 1) and (
                i + 1 < end and ctx.state_at(i + 1)
                or i + 2 < end and doc[i + 1].lower_ == "the" and ctx.state_at(i + 2)):
            # "Ambassador to Tajikistan", "Ambassador to the Kyrgyz Republic": the State of the posting is part of
            # the office, not its owner.
            i += 1 if ctx.state_at(i + 1) else 2
            while i < end and ctx.state_at(i):
                i += 1
            title_end = i
            continue
        if token.lower_ == "to" and i + 1 < end and doc[head].text == "Ambassador" and i == head + 1 \
                and doc[i + 1].ent_type_ == "GPE" and doc[i + 1].ent_iob_ == "B" and i + 1 not in ctx.org_at:
            # "Ambassador to Kosovo": a place of posting that is no participating State is part of the office too.
            i = title_end = ent_end(doc, i + 1)
            continue
        if token.lower_ == "to" and state is not None and organization is None:
            break  # "Ireland’s Permanent Representative to the OSCE": the posting, not the office's owner
        if token.lower_ in CONNECTORS and token.is_lower and token.lower_ not in {"and", "the"}:
            tail = i
            k = i + 1
            if k < end and doc[k].lower_ == "the":
                k += 1
            if k + 3 < end and doc[k + 1].text == "-" and doc[k + 2].lower_ == "based" and k + 3 in ctx.org_at:
                k += 3  # "Executive Director of the Vienna-based | International Press Institute"
            if k < end and (k in ctx.org_at or ctx.state_at(k)):
                found_org, found_state = _owner(ctx, k, end)
                # "The UNDP Resident Representative in Uzbekistan": a State after the office keeps its organization.
                organization = found_org or organization
                state = state or found_state
                break
            # "Mayor of Gabrovo": the town is part of the office (no organization of it); after the office's remit
            # it is left out ("Deputy Mayor for Communities | of Prizren")
            head_title = doc[title_start:title_end].text
            if " for " in head_title and _place_title(head_title.split(" for ")[0]) and k < end \
                    and k not in ctx.org_at and token.lower_ != "for":  # "Deputy Mayor for Communities": a remit
                title_end = i
                break
            if k < end and (owner := _body_by_its_word(ctx, k, end)):
                organization = owner  # "the Secretary General of the Ministry, X"
                break
            if k < end and _acronym_prefix(ctx, k):
                # "Head of SPAK": an acronym the model did not tag, of a body written in full elsewhere.
                organization = _acronym_owner(ctx, k)
                break
        if i in ctx.org_at or ctx.state_at(i):
            break
        if _list_comma(ctx, i, end) and i + 1 < end:
            i += 1
        elif tail is not None and (_branch_of(ctx, i, end) or token.is_lower and token.pos_ == "ADJ"
                                   and _branch_of(ctx, i + 1, end)):
            i += 1  # "Director of the Almaty (regional) | branch of X": the body's branch in a town is in the office
            title_end = i
        elif _phrase_token(ctx, i) and (not is_possessive(token) or _possessive_in_title(ctx, i, end)):
            i += 1
            # ("Hakim of Serhetabat etrap": a place's own word in lower case after its name)
            if is_title_word(token) or token.is_lower and doc[i - 2].text == "-" or i - 1 in ctx.heads \
                    or token.lower_ in PLACE_NOUNS and token.is_lower and is_title_word(doc[i - 2]):
                title_end = i
        else:
            break
    seat = next((k for k in range(title_start + 1, title_end - 1) if doc[k].lower_ == "in" and (
        all(t.ent_type_ in {"GPE", "LOC"} for t in doc[k + 1 : title_end])
        or k + 2 == title_end and _town_as_org(ctx, k + 1))), None)
    if seat is not None:
        title_end = seat  # "the Kosovo Police's Regional Director in Prizren": where the office is, not its title
    title = doc[title_start:title_end].text
    return Role(title=title, organization=organization, state=state, start=start, end=end)


def _hyphenated_start(doc: Doc, i: int) -> int | None:
    """Start of a word of hyphen-joined parts ending at token i or right before it ("Co-ordination", "Editor-in-"),
    its first part capitalised; None when token i ends none."""
    k = i if doc[i].text == "-" else i - 1
    if k < 1 or doc[k].text != "-" or doc[k].whitespace_ or (k < i and doc[k].whitespace_):
        return None
    while k >= 1 and doc[k].text == "-" and not doc[k].whitespace_ and not doc[k - 1].whitespace_ \
            and doc[k - 1].is_alpha:
        if is_title_word(doc[k - 1]):
            return k - 1
        k -= 2
    return None


def _town_as_org(ctx: _Context, i: int) -> bool:
    """"Regional Director in | Prizren": a one-word town the model tagged as an organization, where none was found."""
    token = ctx.doc[i]
    return token.ent_type_ == "ORG" and token.ent_iob_ == "B" and i not in ctx.org_at and not token.ent_id_ \
        and token.text not in gazetteer.lexicon().org_heads and not token.text.isupper()


def _place_title(title: str) -> bool:
    """"Mayor", "Deputy Mayor", "First Deputy Akim": an office of a place, a place title with its modifiers."""
    lexicon = gazetteer.lexicon()
    words = title.split()
    return title in lexicon.place_titles or bool(words) and words[-1] in PLACE_HEADS \
        and all(w in lexicon.role_modifiers for w in words[:-1])


# The offices of a place ("Mayor", "Governor"): the last words of the lexicon's place titles.
PLACE_HEADS = gazetteer.place_title_heads()


def _body_by_its_word(ctx: _Context, k: int, end: int) -> str | None:
    """The organization named before that "the <organization word>" at token k refers back to ("the Ministry", "the
    Office"), the word ending the phrase that ends at ``end``; None if it is no such word."""
    doc = ctx.doc
    if doc[k - 1].lower_ != "the" or k in ctx.org_at or doc[k].text not in gazetteer.lexicon().org_heads \
            or k + 1 < end and (is_title_word(doc[k + 1]) or is_possessive(doc[k + 1])):
        return None
    return _named_before(ctx, doc[k].text, k)


def _named_before(ctx: _Context, word: str, before: int, floor: int = 0) -> str | None:
    """The organization between tokens ``floor`` and ``before`` whose name has the organization word
    ``word`` ("the Mission" after "the OSCE Mission to X"), if any: the one named most often there, as
    "the Court" is the release's own court even right after another court was named; of equals, the last."""
    named = [o.name for o in ctx.orgs if floor <= o.start and o.end <= before and word in o.name.split()]
    return max(reversed(named), key=named.count) if named else None


def _acronym_prefix(ctx: _Context, i: int) -> bool:
    """Is token i an acronym naming an organization of the release (its acronym or a listed one), not a title?"""
    text = ctx.doc[i].text
    if not (text.isupper() and is_acronym(text)) or i in ctx.heads or i in ctx.org_at:
        return False
    return any(o.name == text or bracketed_acronym(ctx.doc, o.end) == text or initials(o.name) == text
               for o in ctx.orgs) or gazetteer.find_org(text) is not None


def _acronym_owner(ctx: _Context, i: int) -> str:
    """The full name of the release's organization whose acronym is token i (bracketed after its name, or
    its initials: "EFJ" for the European Federation of Journalists), else the acronym."""
    text = ctx.doc[i].text
    return next((o.name for o in ctx.orgs if bracketed_acronym(ctx.doc, o.end) == text), None) \
        or next((o.name for o in ctx.orgs if initials(o.name) == text), text)


def _possessive_in_title(ctx: _Context, i: int, end: int) -> bool:
    """"Adviser for Women's Equity": a possessive between two words of a title, neither an organization."""
    doc = ctx.doc
    return i + 1 < end and is_title_word(doc[i + 1]) and i + 1 not in ctx.org_at and i - 1 not in ctx.org_at \
        and ctx.state_at(i - 1) is None and doc[i - 1].text not in gazetteer.lexicon().org_heads


def _office_named_as_institution(ctx: _Context, start: int, end: int) -> Role | None:
    """"The OSCE High Commissioner on National Minorities, X": an institution named by its
    office; the title is the office, the organization the one prefixed to it."""
    org = ctx.org_at.get(start)
    if org is None or org.start != start:
        return None
    words = org.name.split()
    prefix = [w for w in words[:1] if gazetteer.find_org(w) and w.isupper()]
    title = " ".join(words[len(prefix) :])
    if not any(title.startswith(h + " ") or title == h for h in gazetteer.lexicon().role_heads):
        return None
    return Role(title=title, organization=prefix[0] if prefix else None, state=None, start=start, end=end)


def _owner(ctx: _Context, k: int, end: int) -> tuple[str | None, str | None]:
    """The organization (or State) named at token k, going down possessive chains to the most
    specific unit ("IOM's Counter-Trafficking Services"); a document's owner stays the owner."""
    doc = ctx.doc
    state = ctx.state_at(k)
    if state is not None and not (k in ctx.org_at and ctx.org_at[k].start == k):
        # "Head of Switzerland's Federal Department of ...": the State's body, the State its owner.
        after = k + 1
        while after < end and ctx.state_at(after) == state:
            after += 1
        if after + 1 < end and is_possessive(doc[after]) and after + 1 in ctx.org_at:
            return ctx.org_at[after + 1].name, state
        return None, state
    org, state = ctx.org_at[k], None  # "the Jordanian National Commission ...": a State adjective in the name
    while org.end + 1 < len(doc) and is_possessive(doc[org.end]) and org.end + 1 in ctx.org_at:
        org = ctx.org_at[org.end + 1]
    # "Ministry of Justice of Ukraine": the State whose ministry it is.
    after = org.end + 1
    if after < end and doc[org.end].lower_ in {"of", "in"}:
        if doc[after].lower_ == "the" and after + 1 < end:
            after += 1
        state = ctx.state_at(after)
    return org.name, state
