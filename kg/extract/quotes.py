"""Quotes: every quoted statement with its speaker.

Quotation marks are paired per paragraph (curly or straight; single quotes are quotes
inside quotes or scare quotes, and are left alone). A quotation left open at the end of a
paragraph continues into the next. Segments become statements: the segments split by one
attribution in a paragraph ("“A,” X said. “B”") are one statement, and so is a following
paragraph that opens a quotation with no attribution of its own. The speaker is the person
named (or the pronoun's referent) in the attribution after the quote, else the person named
before it in the paragraph ("X stressed: “...”").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from kg import gazetteer
from kg.extract.common import evidence
from kg.model import Extraction, QuoteRecord, Release

OPENERS = "“„«\""
CLOSERS = "”»\""
MIN_WORDS = 2  # a single quoted word is a term
MIN_UNATTRIBUTED_WORDS = 8  # a shorter quoted phrase nobody is said to have said is a term or scare quote
NOT_SPEECH_BEFORE = {"entitled", "titled", "named", "dubbed", "so-called", "the", "term", "word", "slogan"}
PRONOUNS = {"he", "she", "they"}
_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bProf)[.!?](?=\s|$)")


@dataclass
class _Segment:
    start: int  # offsets of the quoted words, marks excluded
    end: int
    paragraph: int
    opens_paragraph: bool  # the paragraph starts with this quotation
    continued: bool = False  # continues a quotation left open in the previous paragraph


@dataclass
class _Statement:
    segments: list[_Segment] = field(default_factory=list)
    speaker: str | None = None


def paragraph_bounds(release: Release) -> list[tuple[int, int]]:
    """Offsets of each body paragraph in ``release.text`` (the title is not a paragraph)."""
    bounds, at = [], len(release.title) + 2
    for paragraph in release.paragraphs:
        bounds.append((at, at + len(paragraph)))
        at += len(paragraph) + 2
    return bounds


def quote_segments(release: Release) -> list[_Segment]:
    text = release.text
    segments: list[_Segment] = []
    carried = False
    for index, (p_start, p_end) in enumerate(paragraph_bounds(release)):
        open_at: int | None = None
        continued = False
        lead = p_start
        while lead < p_end and text[lead].isspace():
            lead += 1
        if carried and lead < p_end and text[lead] in OPENERS:
            open_at, continued = lead + 1, True
            position = lead + 1
        else:
            position = p_start
        for i in range(position, p_end):
            char = text[i]
            if open_at is None and char in OPENERS and char != "”":
                open_at = i + 1
            elif open_at is not None and char in CLOSERS and i > open_at:
                segments.append(_Segment(open_at, i, index, _at_start(text, p_start, open_at), continued))
                open_at, continued = None, False
        carried = open_at is not None
        if carried:
            segments.append(_Segment(open_at, p_end, index, _at_start(text, p_start, open_at), continued))
    return [s for s in segments if _is_statement(text, s)]


def _at_start(text: str, p_start: int, open_at: int) -> bool:
    return not text[p_start : open_at - 1].strip()


def _is_statement(text: str, segment: _Segment) -> bool:
    words = text[segment.start : segment.end].split()
    if len(words) < MIN_WORDS and not segment.continued:
        return False
    before = text[: segment.start - 1].split()
    if before and before[-1].lower().strip(",:") in NOT_SPEECH_BEFORE:
        return False
    # A title in quotation marks ("Trafficking in Human Beings and Terrorism"), not a statement.
    capitals = sum(1 for w in words if w[:1].isupper())
    return not (capitals >= 0.6 * len(words) and not re.search(r"[.,!?;]", text[segment.start : segment.end]))


def extract_quotes(release: Release, doc: Doc, extraction: Extraction) -> None:
    text = release.text
    mentions = sorted((ev.start, ev.end, p.name) for p in extraction.people for ev in p.evidence)
    segments = quote_segments(release)
    bounds = paragraph_bounds(release)
    statements: list[_Statement] = []
    for k, segment in enumerate(segments):
        previous = segments[k - 1] if k else None
        p_start, p_end = bounds[segment.paragraph]
        after_end = segments[k + 1].start - 1 if k + 1 < len(segments) and \
            segments[k + 1].paragraph == segment.paragraph else p_end
        trailing = _trailing_speaker(text, segment.end, after_end, mentions)
        lead_from = previous.end + 1 if previous and previous.paragraph == segment.paragraph else p_start
        leading = _named_in(mentions, lead_from, segment.start)
        last = statements[-1] if statements else None
        joins = last is not None and previous is not None and (
            segment.continued
            or (previous.paragraph == segment.paragraph and trailing is None
                and (not leading or leading[-1] == last.speaker))
            or (previous.paragraph == segment.paragraph - 1 and segment.opens_paragraph and trailing is None
                and not leading and not _has_pronoun_attribution(text, segment.end, after_end))
        )
        if joins:
            last.segments.append(segment)
            if last.speaker is None:
                last.speaker = _speaker(trailing, leading, text, segment, after_end, mentions, statements)
            continue
        statement = _Statement([segment])
        statement.speaker = _speaker(trailing, leading, text, segment, after_end, mentions, statements)
        statements.append(statement)
    for statement in statements:
        words = sum(len(text[s.start : s.end].split()) for s in statement.segments)
        if statement.speaker is None and words < MIN_UNATTRIBUTED_WORDS:
            continue
        extraction.quotes.append(QuoteRecord(
            speaker=statement.speaker,
            text=" ".join(text[s.start : s.end].strip() for s in statement.segments),
            evidence=[evidence(release, doc, s.start, s.end) for s in statement.segments],
        ))


def _named_in(mentions: list[tuple[int, int, str]], start: int, end: int) -> list[str]:
    return [name for s, _e, name in mentions if start <= s < end]


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """From the closing mark to the end of its sentence (or the next quotation)."""
    match = _SENTENCE_END.search(text, start + 1, end)
    return start, match.end() if match else end


def _trailing_speaker(text: str, close: int, limit: int, mentions: list[tuple[int, int, str]]) -> str | None:
    start, end = _window(text, close, limit)
    names = _named_in(mentions, start, end)
    verbs = gazetteer.lexicon().speech_verbs
    words = {w.lower() for w in re.findall(r"[\w’'-]+", text[start:end])}
    return names[0] if names and words & verbs else None


def _has_pronoun_attribution(text: str, close: int, limit: int) -> bool:
    start, end = _window(text, close, limit)
    words = [w.lower() for w in re.findall(r"[\w’'-]+", text[start:end])][:4]
    return bool(PRONOUNS.intersection(words)) and bool(gazetteer.lexicon().speech_verbs.intersection(words))


def _speaker(trailing: str | None, leading: list[str], text: str, segment: _Segment, limit: int,
             mentions: list[tuple[int, int, str]], statements: list[_Statement]) -> str | None:
    if trailing:
        return trailing
    if _has_pronoun_attribution(text, segment.end, limit):
        # "he said": the person last named before the quote, else the last speaker.
        before = [name for s, _e, name in mentions if s < segment.start]
        if before:
            return before[-1]
        return statements[-1].speaker if statements else None
    if leading:
        return leading[-1]
    return None
