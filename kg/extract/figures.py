"""Figures: numeric claims with what they count ("800,000 to 900,000 people trafficked each year",
"about one billion migrants"). Dates, years, ordinals and counts of States are left out."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.common import evidence
from kg.model import Extraction, FigureRecord, Release

_WORD_NUMBERS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands|millions|tens)"
_SCALE = r"(?:hundred|thousand|million|billion|of\s+(?:thousands|millions|billions))"
_NUMBER = rf"(?:\d[\d,.]*|{_WORD_NUMBERS})(?:\s+{_SCALE})?"
_FIGURE = re.compile(
    rf"\b(?:(?:about|around|some|over|nearly|almost|more than|less than|up to|at least|a total(?: of)?)\s+)?"
    rf"{_NUMBER}(?:\s*(?:to|-|–|and)\s*{_NUMBER})?(?:\s*(?:per\s*cent|percent|%))?",
    re.I,
)
MAX_COUNT_WORDS = 8
SKIP_COUNTED = {"participating", "partners", "years", "year", "days", "day", "months", "per", "states"}


def extract_figures(release: Release, doc: Doc, extraction: Extraction) -> None:
    body = len(release.title) + 2
    for match in _FIGURE.finditer(release.text, body):
        value = match.group().strip()
        if not re.search(r"\d|million|billion|thousand|hundreds|tens of", value, re.I):
            continue  # "one", "two": too common to be a figure on their own
        digits = re.sub(r"\D", "", value)
        if len(digits) == 4 and digits[:2] in {"19", "20"} and "," not in value:
            continue  # a year
        start = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if start is None:
            continue
        following = doc[start.start : start.start + MAX_COUNT_WORDS]
        if not len(following) or following[0].pos_ not in {"NOUN", "ADJ"} or following[0].ent_type_ == "DATE" \
                or following[0].lower_ in SKIP_COUNTED or following[0].ent_type_ in {"ORG", "GPE"}:
            continue
        words, last = [], None
        for token in following:
            joined = token.text == "-" and not token.whitespace_ and not doc[token.i - 1].whitespace_
            if (token.is_punct and not joined) or token.pos_ in {"CCONJ", "SCONJ"} \
                    or token.lower_ in {"who", "which", "that"}:
                break
            last = token
            if token.pos_ != "AUX":
                words.append(token.text_with_ws if joined or not token.whitespace_ else token.text + " ")
        if last is None:
            continue
        counts = re.sub(r"\s*-\s*", "-", "".join(words)).strip()
        value = re.sub(r"^a total(?: of)?\s+", "", value, flags=re.I)
        extraction.figures.append(FigureRecord(
            value=value, counts=counts, evidence=[evidence(release, doc, match.start(), last.idx + len(last))]))
