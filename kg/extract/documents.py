"""Documents: conventions, plans, agendas and goals, which are named but are not organizations.

A capitalised document head word ("Convention", "Action Plan", "Goals") grows into the
capitalised phrase around it ("OSCE Action Plan to Combat Trafficking in Human Beings",
"2030 Agenda for Sustainable Development"); an acronym in brackets after it is its own.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg import gazetteer
from kg.extract.common import (
    CONNECTORS,
    ent_start,
    evidence,
    has_org_head,
    is_acronym,
    is_possessive,
    is_title_word,
    joins_name,
    phrase_spans,
)
from kg.model import DocumentMention, Extraction, Release


def document_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token bounds of each document name."""
    bounds = []
    for head in phrase_spans(doc, "document"):
        if not is_title_word(head[0]):
            continue
        if head.start >= 2 and doc[head.start - 1].text == "-" and not doc[head.start - 1].whitespace_ \
                and not doc[head.start - 2].whitespace_:
            continue  # "the Media Council for Self-|Regulation": the second half of a word, no document's head
        start, end = head.start, head.end
        while start > 0:
            if start >= 4 and doc[start - 1].text == ")" and doc[start - 3].text == "(" \
                    and is_acronym(doc[start - 2].text) and is_title_word(doc[start - 4]):
                start -= 3  # "the International Ship and Port Facility Security (ISPS) | Code": its acronym inside
            elif _left_ok(doc, start - 1):
                start -= 1
            else:
                break
        while end < len(doc):
            token = doc[end]
            if is_title_word(token):
                end += 1
            elif token.text == "-" and end + 1 < len(doc) and not doc[end + 1].is_space:
                end += 1 if token.whitespace_ else 2  # "Co-|operation": the word the hyphen joins goes with it
            elif (joins_name(doc, end) or token.lower_ == "or") and token.is_lower and end + 1 < len(doc) and (
                is_title_word(doc[end + 1]) or doc[end + 1].lower_ == "the" and token.lower_ not in {"and", "or"}
                and end + 2 < len(doc) and is_title_word(doc[end + 2])
            ):
                end += 1
            else:
                break
        while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
            start += 1
        owned = max([i + 1 for i in range(start, head.start) if is_possessive(doc[i])], default=start)
        # "Division for Treaty Affairs": a unit whose name holds a document word.
        if _unit_connector(doc, owned, head.start) or (
                start >= 2 and doc[start - 1].is_lower and has_org_head(doc[start - 2].text)):
            continue
        if _remit_of_tagged_body(doc, head):
            continue
        named = head.end
        while named < end and is_title_word(doc[named]):
            named += 1
        if named > head.end and doc[named - 1].text in gazetteer.lexicon().org_heads and is_title_word(head[-1]):
            # "Southeast European Law Enforcement Center", "X National Law University | in Kharkiv": a body's name
            # with a document word as modifier (not "Convention on | Transfrontier Television": its subject)
            continue
        words = [t for t in doc[start:end] if is_title_word(t)]
        if len(words) >= 2 and not (bounds and bounds[-1][1] > start):
            bounds.append((start, end))
    return bounds


def _unit_connector(doc: Doc, start: int, head: int) -> bool:
    """An organization word then a connector before the head: "Division for | Treaty"; inside a name the model
    tagged, only right before it ("the Department for | Regulation of ...", not "Council of Europe | Convention"),
    but anywhere before "Law", which names a field there ("the Center for Protest | Law")."""
    field = doc[head].text == "Law"
    return any(doc[i].is_lower and doc[i].lower_ in CONNECTORS
               and (field or not doc[i].ent_type_ or doc[i].ent_type_ == "ORG" and i + 1 == head)
               and has_org_head(doc[start:i].text)
               for i in range(start, head))


def _remit_of_tagged_body(doc: Doc, head) -> bool:  # noqa: ANN001 - a spaCy Span
    """"Moldova’s National Agency for Energy | Regulation": a document word closing a body's name the model tagged,
    in the remit after the body's organization word and "for" or "on", is the body's remit, no document."""
    if doc[head.end - 1].ent_type_ != "ORG" or head.end < len(doc) and doc[head.end].ent_iob_ == "I":
        return False
    first = ent_start(doc, head.start)
    return any(doc[i].lower_ in {"for", "on"} and doc[i].is_lower and doc[i - 1].text in gazetteer.lexicon().org_heads
               for i in range(first + 1, head.start))


def _left_ok(doc: Doc, i: int) -> bool:
    token = doc[i]
    if is_possessive(token):
        return i > 0 and is_title_word(doc[i - 1])
    if token.like_num and len(token.text) == 4:  # a year: "2030 Agenda"
        return True
    if token.text == "-" and not token.whitespace_ and i > 0 and not doc[i - 1].whitespace_:
        return is_title_word(doc[i - 1])  # "UN Global Counter-|Terrorism Strategy"
    if token.lower_ in CONNECTORS and token.is_lower and token.lower_ != "the":
        return i > 0 and is_title_word(doc[i - 1]) and (doc[i - 1].ent_type_ == "ORG" or token.lower_ == "and")
    return is_title_word(token) and doc[i - 1].text not in {"–", "—"} and token.ent_type_ not in {"PERSON"}


def extract_documents(release: Release, doc: Doc, extraction: Extraction) -> None:
    found: dict[str, DocumentMention] = {}
    for start, end in document_spans(doc):
        span = doc[start:end]
        # A title-case headline is not a document name.
        if span.start_char < len(release.title) and release.title.istitle():
            continue
        found.setdefault(span.text, DocumentMention(span.text)).evidence.append(
            evidence(release, doc, span.start_char, span.end_char))
    extraction.documents.extend(found.values())
