"""Events: the meeting or conference a release reports.

The event is the first meeting word ("conference", "meeting", "gathering") of the title or
the opening paragraph, or an edition of a known series ("18th Alliance against Trafficking").
Dates are resolved against the dateline date D: explicit days ("on 13 and 14 June"),
"during the next two days" (D, D+1), "opened yesterday, ended today" (D-1, D), weekday ranges
("on Thursday and Friday", the days nearest D), and otherwise D with the written length ("two-day"),
ending on D when the release reports the event in the past tense, starting on D when not.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from dateutil import parser as dateparser
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg import gazetteer
from kg.extract.common import (
    dateline_end,
    doc_text,
    ent_end,
    evidence,
    evidence_spans,
    is_possessive,
    once_per_doc,
    phrase_spans,
    token_strings,
)
from kg.extract.organizations import looks_like_org
from kg.extract.quotes import paragraph_bounds
from kg.model import EventRecord, Extraction, Release
from kg.slug import slugify

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
              "ninety": 90}
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                 "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                 "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
# "twenty-first" to "twenty-ninth", "thirty-first": the days of a month written out
ORDINAL_WORDS |= {f"{tens}-{unit}": value + ORDINAL_WORDS[unit] for tens, value in (("twenty", 20), ("thirty", 30))
                  for unit in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
                  if value + ORDINAL_WORDS[unit] <= 31}
MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# The verbs that open a meeting and those that close it, as the date patterns read them.
_OPENING = r"(?:opened|began|started|kicked off|got under way|convened)"
_CLOSING = (r"(?:closed|ended|concluded|finished|wrapped up|wound up|wound down|rounded off|culminated|came to a close"
            r"|drew to a close)")
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_WEEKDAY = "|".join(WEEKDAYS)
_UNIT = "|".join(w for w, n in NUMBER_WORDS.items() if n < 10)
# A number in figures or in words, up to "nine hundred and ninety-nine" ("twenty-two days ago", "one hundred and
# three days ago")
_BELOW_HUNDRED = rf"(?:(?:{'|'.join(TENS_WORDS)})(?:-(?:{_UNIT}))?|" + "|".join(NUMBER_WORDS) + ")"
_NUM = rf"(\d[\d,]*|(?:(?:a|{_UNIT}) hundred(?: and {_BELOW_HUNDRED})?)|{_BELOW_HUNDRED})"
_DAYS = re.compile(rf"\b(\d{{1,2}})(?:\s+({MONTHS}))?(?:\s*(?:and|to|until|-|–)\s*(\d{{1,2}}))?\s+({MONTHS})"
                   rf"(?:\s+(\d{{4}}))?")
_DAYS_US = re.compile(rf"\b({MONTHS})\s+(\d{{1,2}})(?:\s*(?:and|to|-|–)\s*(\d{{1,2}}))?(?:,?\s+(\d{{4}}))?")
_PAST_DAYS = re.compile(rf"\b(?:over|during|in) the (?:past|last) {_NUM} days\b", re.I)
_OPENS_TOMORROW = re.compile(r"\b(?:opens|will open|begins|will begin|starts|will start)\b[^.;]{0,40}?\btomorrow\b")
_NEXT_DAYS = re.compile(rf"\b(?:next|coming|following)\s+{_NUM}\s+days\b", re.I)
# "on the final Thursday of the previous month": the dateline's last month, as the patterns below write it
_PREVIOUS_MONTH = re.compile(r"\bthe (?:previous|preceding) month\b")
# "held in Tamga two days ago", "which began a week ago today", "closed three weeks ago tomorrow": counted back from
# the dateline
_DAYS_AGO = re.compile(rf"\b(?:on )?(?:{_NUM}|a) (days?|weeks?|fortnights?|months?) ago"
                       r"(?: (today|yesterday|tomorrow))?\b", re.I)
# "on the first Monday of the month", "the last Friday of May", "on the last Thursday and Friday of last month",
# "on the first weekend of this month", "on the penultimate (third-to-last) Friday of last month", "the last Friday
# but one"
_NTH_WEEKDAY = re.compile(rf"\b(?:on )?the (first|second|third|fourth|fifth|last|final|penultimate|"
                          rf"second[- ]to[- ]last|last but one|third[- ]to[- ]last|antepenultimate) "
                          rf"({_WEEKDAY}|weekend)(?: and ({_WEEKDAY}))?(?: but one)? "
                          rf"of (?:the month (before last)|the month|this month|(last|next) month|({MONTHS}))\b")
_WEEKDAY_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "last": -1, "final": -1,
                     "penultimate": -2, "second-to-last": -2, "last-but-one": -2, "third-to-last": -3,
                     "antepenultimate": -3}
# "on the 27th and 28th of last month", "from the 13th to the 15th of this month", "from the first to the third of
# this month"
_ORDINAL_DAY = r"(\d{1,2}(?:st|nd|rd|th)|" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + ")"
_ORDINAL_DAYS = re.compile(rf"\bthe {_ORDINAL_DAY}(?:( and | to |-|–)(?:the )?{_ORDINAL_DAY})?"
                           r" of (?:(this|last|next) month|the month (before last))\b")
# "on 7, 8 and 9 May": consecutive days listed, the first and the last
_DAY_LIST = re.compile(rf"\b(\d{{1,2}}), (?:\d{{1,2}}, )*\d{{1,2}},? and (\d{{1,2}}) ({MONTHS})\b")
# "on the last three days of April", "the first two days of the month"
_DAYS_OF_MONTH = re.compile(rf"\bthe (first|last) {_NUM} days of (?:the month|this month|(last|next) month|"
                            rf"({MONTHS}))\b")
# "spent the whole of last week": its Monday to its Friday
_WHOLE_OF_LAST_WEEK = re.compile(r"\bthe whole of last week\b")
# "last week, from Monday to Thursday", "from Tuesday to Friday of the week before last", "spent the Monday to
# Wednesday of last week": those days of that week
_PAST_WEEK = r"(?:last week|the previous week|the week before last)"
_TO = r"(?:to|until|till|through)"
_DAYS_OF_LAST_WEEK = re.compile(
    rf"\b(?P<week>{_PAST_WEEK}),?\s+from (?P<first>{_WEEKDAY}) {_TO} (?P<last>{_WEEKDAY})\b"
    rf"|\b(?:from|the) (?P<first2>{_WEEKDAY}) {_TO} (?P<last2>{_WEEKDAY}),? (?:of )?(?P<week2>{_PAST_WEEK})\b")
# "the weekend before last"
_WEEKEND_BEFORE_LAST = re.compile(r"\bthe weekend before last\b")
# "on the Saturday before last"
_WEEKDAY_BEFORE_LAST = re.compile(rf"\bthe ({_WEEKDAY}) before last\b")
# "started on the last day of June", "the first day of May", "closed on the final day of last month", "began on the
# opening day of this month"
# ("on the last day of last month", "the first day of this month": of the dateline's month or one beside it)
# ("on the penultimate day of last month", "the last day but one of May": the day before the last)
# ("the last working day of last month": a weekday)
_DAY_OF_MONTH = re.compile(rf"\b(?:on )?the (first|opening|last|final|penultimate|second[- ]to[- ]last) "
                           rf"(?:working )?day(?: but one)?"
                           rf" of (?:({MONTHS})(?: (\d{{4}}))?|the month (before last)|(?:the|this) month|"
                           r"(last|next) month)\b")
# "opened three Wednesdays ago": the third Wednesday back from the dateline
_WEEKDAYS_AGO = re.compile(rf"\b(?:on )?(?:{_NUM}|a|one) ({_WEEKDAY})s? ago\b")
# "on the eve of the World Day against Trafficking, which is marked every year on 30 July": the day before that date
_EVE_OF_DAY_ON = re.compile(rf"\bon the eve of [^.;]{{0,120}}?,? which (?:is|falls|was)\b[^.;]{{0,40}}?\bon "
                            rf"(\d{{1,2}}) ({MONTHS})\b")
# "met ... yesterday and the day before"
_YESTERDAY_AND_BEFORE = re.compile(r"\b(?:on )?yesterday and the day before\b")
_LENGTH = re.compile(rf"\b{_NUM}-day\b", re.I)
# "which took place over four days", "which concluded this evening after two days", "and lasted three days", "spent
# three days at a conference"
_OVER_DAYS = re.compile(rf"\b(?:over|for|after|lasted|lasting|spent) {_NUM} days\b", re.I)
# The verb before a single written date that makes it the event's last day.
_ENDED = re.compile(rf"\b(?:{_CLOSING}|came to an end|ending|closing)\b"
                    r"(?:(?!\.\s)[^;])*$")
_OPENED = re.compile(rf"\b{_OPENING}\b")


def _ended_before(text: str) -> bool:
    """Does a closing verb, with no opening verb after it ("ended in X a visit that began in Y | nine days ago"), stand
    before the date that ends ``text`` in its sentence?"""
    ended = _ENDED.search(text)
    return ended is not None and not _OPENED.search(text, ended.start())


_ATTENDANCE = re.compile(rf"\b(?:some |about |more than |over |nearly |almost )?{_NUM}\s+"
                         rf"(?:participants|delegates|attendees)\b", re.I)
_ATTENDANCE_CONTEXT = re.compile(r"\b(?:participants|representatives|delegations|delegates|attended|from)\b", re.I)
# "brought together 40 officials", "more than 60 experts took part": who attended, in so many words.
_ATTENDED_BY = re.compile(
    rf"\b(?:attended by|brought together|gathered|bringing together|welcomed)\s+(?:some |about |more than |over |"
    rf"nearly |almost )?{_NUM}\s+[a-z-]+|(?:some |about |more than |over |nearly |almost )?{_NUM}\s+[a-z-]+"
    rf"(?:\s+[a-z-]+){{0,6}}?\s+(?:took part|participated|attended|joined)\b", re.I)
_STATES_COUNT = re.compile(rf"\b{_NUM}\s+(?:OSCE\s+)?participating\s+States\b", re.I)
_PARTNERS_COUNT = re.compile(rf"\b{_NUM}\s+(?:of\s+the\s+)?(?:OSCE\s+)?(?:Asian\s+|Mediterranean\s+)?Partners\b", re.I)
_THEME = re.compile(r"\b(?:entitled|titled|under the (?:theme|title)|on the theme(?: of)?)\s*:?\s*", re.I)
_ORGANIZED = re.compile(r"\b(?:co-)?(?:organi[sz]ed|held|hosted|convened)\b[^.;]{0,60}?\bby\b", re.I)
_OPENS = {"opened", "opens", "began", "begins", "starts", "started", "kicked", "opening", "launched"}


# Occasions the release reports besides the lexicon's meeting words: "launched ... at a ceremony".
OCCASION_WORDS = ["ceremony", "ceremonies"]
# Verbs whose noun names the occasion they tell, when the opening names no meeting ("launched", then "the launch").
LAUNCH_WORDS = {"launch"}
# "next year's Annual Session", "the upcoming Summit": a meeting still to come.
FUTURE_WORDS = {"upcoming", "forthcoming", "future", "next", "coming", "planned", "scheduled"}
FUTURE_AUX = {"will", "shall", "'ll", "’ll"}
TAKE_PLACE = {"take", "hold", "convene", "meet", "gather"}


def _days(text: str) -> int:
    """A count of days or weeks as written, at most ten years' worth: a release that writes "9,000,000 days" dates no
    meeting by it, and the date arithmetic stays within the calendar."""
    return min(_number(text), 3660)


def _number(text: str) -> int:
    text = text.lower().replace(",", "")
    if text[0].isdigit():
        return int(text)
    hundreds, hundred, rest = text.rpartition("hundred")  # "one hundred and three", "a hundred"
    if hundred:
        below = rest.strip().removeprefix("and ").strip()
        return 100 * NUMBER_WORDS.get(hundreds.strip(), 1) + (_number(below) if below else 0)
    tens, _, unit = text.partition("-")  # "twenty-two"
    return NUMBER_WORDS[text] if text in NUMBER_WORDS else TENS_WORDS[tens] + NUMBER_WORDS.get(unit, 0)


def _length(text: str) -> int | None:
    """The written length in days: "two-day", "over four days"; None when none is written."""
    m = _LENGTH.search(text) or _OVER_DAYS.search(text)
    return _days(m.group(1)) if m else None


def extract_events(release: Release, doc: Doc, extraction: Extraction) -> None:
    anchor = _main_mention(release, doc)
    if anchor is None:
        return
    span, name, series, ordinal = anchor
    record = EventRecord(name=name, series=series.name if series else None, ordinal=ordinal)
    record.evidence.append(evidence(release, doc, span.start_char, span.end_char))
    _dates(release, doc, span, record)
    _last_day_named(release, span, record)
    # "met in Bangkok on Tuesday ... The one-day meeting": the verb telling the meeting says where, too.
    record.place = _place(doc, span) or next(
        (place for verb in _telling_verbs(release, doc, span, _opening_end(release))
         if (place := _place(doc, doc[verb.i : verb.i + 1]))), None) or release.place
    record.organizers = _organizers(release, doc, extraction)
    roots = _mention_roots(doc, extraction)
    spoken_of = _spoken_of(roots)
    record.speakers = [name for name in _speakers(doc, extraction) if name not in spoken_of]
    named = {r.person for r in extraction.roles} | set(record.speakers) | _acting(release, roots)
    named -= spoken_of
    record.participants = list(dict.fromkeys(p.name for p in extraction.people if p.name in named))
    for sentence in doc.sents:
        if sentence.start_char < len(release.title) + 2:
            continue
        text = doc_text(doc)[sentence.start_char : sentence.end_char]
        if record.attendance is None and (match := _ATTENDED_BY.search(text)):
            record.attendance = _number(match.group(1) or match.group(2))
        if not _ATTENDANCE_CONTEXT.search(text):
            continue
        if record.attendance is None and (match := _ATTENDANCE.search(text)):
            record.attendance = _number(match.group(1))
        if record.states_count is None and (match := _STATES_COUNT.search(text)):
            record.states_count = _number(match.group(1))
        if record.partners_count is None and (match := _PARTNERS_COUNT.search(text)):
            record.partners_count = _number(match.group(1))
    record.theme = _theme(doc)
    extraction.events.append(record)
    further = _further_events(release, doc, span, record, extraction, named)
    if further:
        # A person the release names only from another event on took part in that one, unless a sentence
        # naming them speaks of the main event too ("... at the opening session of the conference").
        word = record.name.split()[-1].lower()
        since = min(start for _, start, _ in further)
        evidence_of = {p.name: p.evidence for p in extraction.people}

        def at_main_event(name: str) -> bool:
            return any(ev.start < since or word in ev.sentence.lower() for ev in evidence_of.get(name, ()))

        record.participants = [name for name in record.participants if at_main_event(name)]
        record.speakers = [name for name in record.speakers if at_main_event(name)]
        extraction.events.extend(event for event, _, _ in further)


def _further_events(release: Release, doc: Doc, main_span: Span, main: EventRecord, extraction: Extraction,
                    named: set[str]) -> list[tuple[EventRecord, int, int]]:
    """Other meetings the release reports: "On the eve of the conference, ... took part in a youth forum in
    Incheon", "Today, at a working meeting at UN Women headquarters, ...": a meeting word introduced by "a"
    in a sentence that dates it to a day outside the main event's. Each with the character bounds of the
    text that tells it (its sentence to the end of its paragraph), whose people are its participants."""
    if release.date is None or main.start is None or not release.paragraphs:
        return []
    bounds = paragraph_bounds(release)
    after = max(bounds[0][1], main_span.end_char)
    found: list[tuple[EventRecord, int, int]] = []
    for head in _event_heads(doc):
        if head.start_char < after or head[-1].pos_ != "NOUN" or not _introduced(doc, head.start) or _future(head):
            continue
        if head[-1].lower_ == "mission":
            continue  # "ODIHR deployed a needs assessment mission to X from 1 to 4 September": a deployment, no meeting
        day = _day_told(release, head.sent, main)
        if day is None or main.start <= day <= (main.end or main.start) or any(e.start == day for e, _, _ in found):
            continue
        span, name = _phrase_name(doc, head)
        if span.start == 0 or doc[span.start - 1].lower_ not in {"a", "an"} or name == main.name:
            continue
        start = head.sent.start_char
        end = next((b for a, b in bounds if a <= start < b), len(release.text))
        record = EventRecord(name=name, start=day, end=day, place=_place(doc, span) or release.place)
        record.evidence.append(evidence(release, doc, span.start_char, span.end_char))
        record.participants = [p.name for p in extraction.people
                               if p.name in named and any(start <= ev.start < end for ev in p.evidence)]
        found.append((record, start, end))
    return found


def _introduced(doc: Doc, start: int) -> bool:
    """Does "a" or "an" open the noun phrase of the meeting word at token ``start`` ("a youth forum")?"""
    k = start - 1
    while k >= 0 and start - k <= 4 and doc[k].pos_ in {"ADJ", "NOUN", "PROPN", "NUM"}:
        k -= 1
    return k >= 0 and doc[k].lower_ in {"a", "an"}


def _day_told(release: Release, sentence: Span, main: EventRecord) -> dt.date | None:
    """The day a sentence dates what it tells by: "today", "yesterday", "on the eve of" the main event,
    "on Monday", "on 3 May"; None when it names none."""
    text = sentence.text
    day = release.date
    match = re.search(rf"\b(today|yesterday|on the eve of|on ({_WEEKDAY}))\b", text, re.I)
    if match:
        word = match.group(1).lower()
        if word == "today":
            return day
        if word == "yesterday":
            return day - dt.timedelta(days=1)
        if word == "on the eve of":
            return main.start - dt.timedelta(days=1)
        return _weekday_near(day, match.group(2), past=any(t.tag_ == "VBD" for t in sentence))
    if written := _DAYS.search(text):
        return _parse_day(f"{written.group(1)} {written.group(2) or written.group(4)} {day.year}")
    return None


def _main_mention(release: Release, doc: Doc):
    """(span, name, series, ordinal) of the event the release reports, or None."""
    first = paragraph_bounds(release)[0] if release.paragraphs else (0, len(release.title))
    start_char = dateline_end(release) or first[0]
    series_spans = [s for s in phrase_spans(doc, "series") if s.start_char < first[1]]
    # (a meeting word of several words names one whatever the tagger made of its last: "a job fair" as "job" + ADJ)
    heads = [s for s in _event_heads(doc) if s.start_char < first[1] and (_nominal(s[-1]) or len(s) > 1)
             and (s.start_char < len(release.title) or s.start_char >= start_char)]
    # "a side event on the margins of the Ministerial Council": the larger meeting is the setting, not the one reported.
    series_spans = [s for s in series_spans if not _setting_of(doc, s.start)]
    heads = [h for h in heads if not _setting_of(doc, h.start)] or heads
    # A meeting still to come is not the one reported, nor is the title's mention of it.
    title_end = len(release.title)
    series_spans = _reported(series_spans, title_end, lambda s: s.label_)
    heads = _reported(heads, title_end, lambda s: s.text.lower())
    # An edition of a series: "18th Alliance against Trafficking", "2015 Alliance conference",
    # "34th OSCE Ministerial Council meeting". The edition written in the body names it more fully
    # than the title's bare series name, so it comes first.
    editions = [s for s in series_spans if _edition_token(doc, s) is not None]
    for s in editions + [s for s in series_spans if s not in editions]:
        before = _edition_token(doc, s)
        edition = before is not None
        follows = any(h.start == s.end or h.start == s.end - 1 for h in heads)
        if edition or follows or s.text.lower().endswith(tuple(gazetteer.lexicon().event_heads)):
            entry = next(e for e in gazetteer.event_series() if e.key == s.label_)
            end = next((h.end for h in heads if h.start in (s.end, s.end - 1)), s.end)
            first_tok = before.i if edition else s.start
            ordinal = _ordinal(before.text) if edition and before.shape_ != "dddd" else None
            first_tok = _part_of(doc, first_tok)
            return doc[first_tok:end], doc[first_tok:end].text, entry, ordinal
    if not heads:
        heads = _later_occasions(release, doc, first[1]) or _told_by_verb(release, doc, first[1]) \
            or _ceremony_of_lead(doc, first[1])
    if not heads:
        return None
    head = next((h for h in heads if h.start_char >= start_char), heads[0])
    # "a graduation ceremony ..., at the end of a course on ...": the ceremony closes the meeting reported.
    head = next((h for h in heads if h.start > head.start and h.sent == head.sent and _closed_by(doc, h.start)), head)
    span, name = _phrase_name(doc, head)
    span = _of_name(doc, _of_body(doc, _of_edition(doc, span)))
    name = span.text
    # "24th Cyber/ICT Security Conference": an ordinal makes the rest of the name a series.
    words = name.split()
    ordinal = _ordinal(words[0]) if len(words) > 1 else None
    series = gazetteer.SeriesEntry(slugify(" ".join(words[1:])), " ".join(words[1:])) if ordinal else None
    return span, name, series, ordinal


_BESIDE = {"margins", "margin", "sidelines", "fringes", "fringe"}


def _setting_of(doc: Doc, start: int) -> bool:
    """Is the meeting named from token ``start`` the one another is held "on the margins of" ("on the sidelines of the
    2041 | Ministerial Council")?"""
    k = start - 1
    while k > 0 and start - k <= 3 and doc[k].lower_ != "of":
        k -= 1
    return k > 0 and doc[k].lower_ == "of" and doc[k - 1].lower_ in _BESIDE


_CLOSE_OF = re.compile(r"\b(?:at the (?:end|close|conclusion) of|concluding|closing) (?:a|an|the|its|their)\b[\w\s-]*$")


def _closed_by(doc: Doc, start: int) -> bool:
    """Do the words before the meeting word at token ``start`` say something closed it ("at the end of a | course")?"""
    return bool(_CLOSE_OF.search(doc[max(0, start - 8) : start].text))


def _edition_token(doc: Doc, series: Span):
    """The ordinal or year before a series name ("18th", "2015"), across an acronym of its
    organization ("34th OSCE Ministerial Council"); None when there is none."""
    i = series.start - 1
    if i > 0 and doc[i].text.isupper() and len(doc[i]) > 1 and doc[i].is_alpha:
        i -= 1  # "34th OSCE ...": the organization's acronym between
    if i < 0:
        return None
    token = doc[i]
    return token if _ordinal(token.text) is not None or token.shape_ == "dddd" else None


def _part_of(doc: Doc, start: int) -> int:
    """"Concluding Meeting of the 32nd ...": the capitalised part of an edition named before it."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "of":
        return start
    j = i - 1
    heads = set(gazetteer.lexicon().event_heads)
    if doc[j].lower_ not in heads or not doc[j].text[:1].isupper():
        return start
    while j > 0 and doc[j - 1].text[:1].isupper() and doc[j - 1].is_alpha and doc[j - 1].pos_ != "DET" \
            and doc[j - 1].i >= doc[start].sent.start:
        j -= 1
    return j


def _of_edition(doc: Doc, span: Span) -> Span:
    """"Closing Session of the 5th Baltic Water Forum": a capitalised meeting name goes on
    into the edition it is part of."""
    end = span.end
    if not span[-1].text[:1].isupper() or end + 2 >= len(doc) or doc[end].lower_ != "of":
        return span
    k = end + 1
    if doc[k].lower_ == "the":
        k += 1
    heads = set(gazetteer.lexicon().event_heads)
    last = None
    while k < len(doc) and k < span.sent.end and (
            doc[k].text[:1].isupper() or _ordinal(doc[k].text) is not None or doc[k].shape_ == "dddd"
            or doc[k].lower_ in {"and", "of", "on", "for", "against", "in"} and k + 1 < len(doc)
            and doc[k + 1].text[:1].isupper()):
        if doc[k].lower_ in heads:
            last = k
        k += 1
    if last is None or not any(_ordinal(t.text) is not None or t.shape_ == "dddd" for t in doc[end:last]):
        return span
    return doc[span.start : last + 1]


def _of_name(doc: Doc, span: Span) -> Span:
    """"the fifth Festival of Multilingual School Theatre and Media": a capitalised meeting word goes on into the
    capitalised words of its own name after "of" (not "of the", which names the body whose meeting it is)."""
    end = span.end
    if not span[-1].text[:1].isupper() or span[-1].is_upper or end + 1 >= span.sent.end or doc[end].lower_ != "of" \
            or not doc[end + 1].text[:1].isupper() or doc[end + 1].pos_ == "DET":
        return span
    k = end + 1
    while k < span.sent.end and (doc[k].text[:1].isupper() and doc[k].is_alpha or doc[k].lower_ in {"and", "of"}
                                 and k + 1 < span.sent.end and doc[k + 1].text[:1].isupper()):
        k += 1
    return doc[span.start : k]


def _of_body(doc: Doc, span: Span) -> Span:
    """"today's meeting of the OSCE Permanent Council": a meeting word alone is named with the
    body whose meeting it is, when an organization follows "of"."""
    end = span.end
    if len(span) != 1 or not span[0].is_lower or end + 1 >= len(doc) or doc[end].lower_ != "of":
        return span
    k = end + 1
    if doc[k].lower_ == "the" and k + 1 < len(doc):
        k += 1
    if doc[k].ent_type_ != "ORG" or doc[k].ent_iob_ != "B":
        return span
    return doc[span.start : ent_end(doc, k)]


# "at a roundtable organized by": the model tags some meeting words as adjectives; their role in
# the sentence shows they are nouns.
NOUN_DEPS = {"pobj", "nsubj", "nsubjpass", "csubj", "dobj"}


def _nominal(token: Token) -> bool:
    return token.pos_ in {"NOUN", "PROPN"} or token.pos_ == "ADJ" and token.dep_ in NOUN_DEPS


def _event_heads(doc: Doc) -> list[Span]:
    """The lexicon's meeting words and the other occasions a release reports ("a ceremony"), found once per doc (the
    extractor asks several times; callers do not change the list)."""
    return once_per_doc(doc, "kg.event_heads", lambda: _find_event_heads(doc))


def _find_event_heads(doc: Doc) -> list[Span]:
    spans = []
    for span in phrase_spans(doc, "event") + _occasions(doc) + _lengthed_occasions(doc):
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and after.lower_ == "series":
            span = doc[span.start : span.end + 1]  # "a webinar series": meetings in a series are one event
        elif after is not None and after.lower_ in PLACE_OF_MEETINGS and span[-1].dep_ == "compound":
            continue  # "the military training area", "the conference hall": a place, not a meeting
        spans.append(span)
    starts = {span.start: span for span in spans}
    for span in list(spans):
        # "a simulation exercise": a meeting word qualifying the next is part of its name
        following = starts.get(span.end)
        if following is not None and span[-1].dep_ == "compound" and following.start <= span[-1].head.i < following.end:
            spans.append(doc[span.start : following.end])
    return sorted(filter_spans(spans), key=lambda s: s.start)


# Nouns a meeting word may qualify, naming where meetings are held rather than a meeting.
PLACE_OF_MEETINGS = {"area", "areas", "ground", "grounds", "centre", "center", "centres", "centers", "hall", "halls",
                     "room", "rooms", "facility", "facilities", "camp", "range", "venue", "premises"}


def _occasions(doc: Doc) -> list[Span]:
    lowered = doc_text(doc).lower()
    if not any(word in lowered for word in OCCASION_WORDS):
        return []  # most releases name none: no need to look at every token
    return [doc[t.i : t.i + 1] for t in doc if t.lower_ in OCCASION_WORDS and t.pos_ == "NOUN"]


def _lengthed_occasions(doc: Doc) -> list[Span]:
    """"a three-day media literacy school", "a two-day youth assembly": the noun a length in days qualifies is an
    occasion, whatever the lexicon knows of it."""
    spans = []
    for i, lower in enumerate(token_strings(doc, "LOWER")):  # (no Token made for each word)
        if lower != "day":
            continue
        head = doc[i].head
        if i >= 2 and doc[i - 1].text == "-" and head.i > i and head.pos_ == "NOUN" \
                and re.fullmatch(_NUM, doc[i - 2].lower_):
            spans.append(doc[head.i : head.i + 1])
    return spans


def _reported(spans: list[Span], title_end: int, key) -> list[Span]:
    """The spans not said of a meeting still to come; a title's mention goes with the body's
    mentions of the same meeting when they all are."""
    future = {key(s) for s in spans if s.start_char >= title_end and _future(s)}
    past = {key(s) for s in spans if s.start_char >= title_end and key(s) in future and not _future(s)}
    return [s for s in spans if not (_future(s) if s.start_char >= title_end else key(s) in future - past)]


def _future(span: Span) -> bool:
    """Is the meeting one still to come ("next year's Annual Session", "the upcoming Summit",
    "the Asian Conference, which will take place in Bangkok")?"""
    doc = span.doc
    start = span.start
    while start > span.sent.start and (doc[start - 1].pos_ in {"ADJ", "PROPN", "NUM", "NOUN", "PART"}
                                       or doc[start - 1].text in {"'s", "’s"}):
        start -= 1
        if doc[start].lower_ in FUTURE_WORDS:
            return True
    root = span.root
    if any(child.dep_ == "relcl" and _will_take_place(child) for child in root.children):
        return True
    return root.dep_ in {"nsubj", "nsubjpass"} and _will_take_place(root.head)


def _will_take_place(verb) -> bool:
    """"will take place", "will be held", "is to be held", "shall convene": a meeting announced."""
    if verb.lemma_.lower() not in TAKE_PLACE:
        return False
    aux = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return bool(FUTURE_AUX.intersection(aux)) or "to" in aux


_WHEN = re.compile(rf"\b(?:today|yesterday|last night|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                   rf"\d{{1,2}}\s+{MONTHS}|{MONTHS}\s+\d{{1,2}})\b")


def _later_occasions(release: Release, doc: Doc, after: int) -> list[Span]:
    """A statement that opens with no meeting may still report one further on ("raised her
    concerns ... during a meeting in Vienna on Monday"): a meeting word in a sentence that says
    when it took place."""
    return [s for s in _event_heads(doc) if s.start_char >= after and s[-1].pos_ in {"NOUN", "PROPN"}
            and s.start > 0 and (doc[s.start - 1].lower_ in {"a", "an", "the"} or _dated_possessor(doc, s.start))
            and _WHEN.search(s.sent.text) and not _future(s)]


def _opening_verbs(doc: Doc, lead_end: int) -> set[str]:
    """Lemmas of the verbs of the title and the opening paragraph."""
    return {t.lemma_.lower() for t in itertools.takewhile(lambda t: t.idx < lead_end, doc) if t.pos_ == "VERB"}


def _meeting_told(verb: str) -> str | None:
    """The meeting word a verb's lemma tells: "visit" for "visited", "meeting" for "met"."""
    lexicon = gazetteer.lexicon()
    return verb if verb in lexicon.event_heads else lexicon.event_verbs.get(verb)


def _lead_verbs(doc: Doc, lead_end: int) -> set[str]:
    """Meeting words told by verbs in the title or the opening paragraph ("visits", "visited", "met")."""
    return {word for verb in _opening_verbs(doc, lead_end) if (word := _meeting_told(verb))}


def _told_by_verb(release: Release, doc: Doc, lead_end: int) -> list[Span]:
    """"X visited Georgia over the weekend ... At the end of his two-day visit, ...": an event the opening
    tells with a verb, named by the same word as a noun further on."""
    verbs = _lead_verbs(doc, lead_end)
    # "after the X Line was launched at the City Theatre on 3 May ... who opened the launch": an occasion told by
    # its verb, no meeting word of its own
    launched = LAUNCH_WORDS & _opening_verbs(doc, lead_end)
    if not verbs and not launched:
        return []
    heads = _event_heads(doc) + [doc[t.i : t.i + 1] for t in doc if t.lemma_.lower() in launched and t.pos_ == "NOUN"]
    return [s for s in heads if s.start_char >= lead_end and s[-1].pos_ == "NOUN"
            and s[-1].lemma_.lower() in verbs | launched and not _future(s)
            and any(c.dep_ in {"det", "poss"} for c in s[-1].children)]  # "the visit", "his two-day visit"


def _ceremony_of_lead(doc: Doc, lead_end: int) -> list[Span]:
    """"The Presence and the EU today launched a project ... Speakers at the launch ceremony included ...": a
    ceremony named further on by the verb the opening tells it with."""
    told = _opening_verbs(doc, lead_end)
    # ("The signing ceremony": the model may take the "-ing" word for a noun of its own, lemma and all)
    forms = told | {form for v in told for form in _gerunds(v)}
    return [s for s in _occasions(doc) if s.start_char >= lead_end and s.start > 1
            and (doc[s.start - 1].lemma_.lower() in told or doc[s.start - 1].lower_ in forms)
            and doc[s.start - 2].lower_ == "the"]


def _gerunds(verb: str) -> set[str]:
    """The "-ing" forms of a verb's lemma: "signing" for "sign", "closing" for "close"."""
    return {verb + "ing", verb[:-1] + "ing"} if verb.endswith("e") else {verb + "ing"}


def _dated_possessor(doc: Doc, start: int) -> bool:
    """"at today's meeting", "yesterday's session": the meeting word owned by the day it took place."""
    return start > 1 and is_possessive(doc[start - 1]) and doc[start - 2].lower_ in {"today", "yesterday"}


SPEAKER_WORDS = {"speaker", "speakers", "keynote", "address", "remarks", "presentation", "panellists", "panelists"}


def _speakers(doc: Doc, extraction: Extraction) -> list[str]:
    """People quoted, and people named in a sentence about speakers ("Another speaker, X")."""
    names = [q.speaker for q in extraction.quotes if q.speaker]
    for sentence in doc.sents:
        lowered = doc_text(doc)[sentence.start_char : sentence.end_char].lower()
        if any(w in lowered for w in SPEAKER_WORDS) and any(t.lower_ in SPEAKER_WORDS for t in sentence):
            names += [p.name for p in extraction.people for ev in p.evidence
                      if sentence.start_char <= ev.start < sentence.end_char]
    return list(dict.fromkeys(names))


# What people do at a meeting: "X presented ...", "Y described ...", "moderated by Z".
ACTING_LEMMAS = {"present", "describe", "speak", "address", "brief", "moderate", "chair", "open", "close",
                 "attend", "participate", "deliver", "explain", "outline", "introduce", "welcome", "share", "say",
                 "tell", "add", "recall", "note", "stress", "observe", "warn", "argue", "call", "urge"}
# "the release of X", "the detention of X": a person a meeting speaks of, not one taking part.
SPOKEN_OF_NOUNS = {"release", "detention", "arrest", "imprisonment", "conviction", "killing", "murder", "case",
                   "trial", "sentencing", "disappearance"}
SPOKEN_OF_VERBS = {"release", "detain", "arrest", "sentence", "convict", "charge", "imprison", "free", "jail"}


def _mention_roots(doc: Doc, extraction: Extraction) -> list[tuple[str, Token]]:
    """(person name, root token) of every mention of a person, made once for ``_acting`` and ``_spoken_of``."""
    roots = []
    for person in extraction.people:
        for span in evidence_spans(doc, person.evidence):
            if len(span):
                roots.append((person.name, span.root))
    return roots


def _acting(release: Release, roots: list[tuple[str, Token]]) -> set[str]:
    """People the body tells doing something at the meeting: the subject of "presented", "described", ...,
    or the agent of "was moderated by"."""
    body = dateline_end(release) or len(release.title) + 2
    acting = set()
    for name, root in roots:
        if root.idx < body:
            continue
        while root.dep_ in {"conj", "appos"} and root.head.i < root.i:
            root = root.head  # "X and Y presented" (the parser may take Y for X's apposition)
        verb = root.head if root.dep_ in {"nsubj"} else root.head.head if root.dep_ == "pobj" \
            and root.head.dep_ == "agent" else None
        if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in ACTING_LEMMAS:
            acting.add(name)
    return acting


def _spoken_of(roots: list[tuple[str, Token]]) -> set[str]:
    """People named only as the object of a call for their release, their detention, their case."""
    about, other = set(), set()
    for name, root in roots:
        spoken_of = False
        if root.dep_ == "pobj" and root.head.lower_ == "of":
            # "the release of X", "the detention on 28 January of X"
            above = list(itertools.islice((t for t in root.head.ancestors), 4))
            spoken_of = any(t.lower_ in SPOKEN_OF_NOUNS for t in itertools.takewhile(lambda t: t.pos_ != "VERB", above))
        elif root.dep_ == "nsubjpass":
            spoken_of = root.head.lemma_.lower() in SPOKEN_OF_VERBS  # "Mr X should be released"
        (about if spoken_of else other).add(name)
    return about - other


def _ordinal(text: str) -> int | None:
    """18 for "18th", 2 for "second"; None for anything else."""
    digits = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", text)
    return int(digits.group(1)) if digits else ORDINAL_WORDS.get(text.lower())


def _phrase_name(doc: Doc, head: Span) -> tuple[Span, str]:
    """The noun phrase of the meeting word, without article or possessor ("one-day meeting")."""
    chunks = once_per_doc(doc, "kg.noun_chunks", lambda: [(c.start, c.end) for c in doc.noun_chunks])
    chunk = next((doc[a:b] for a, b in chunks if a <= head.start and head.end <= b), head)
    start = chunk.start
    for i in range(chunk.start, head.start):
        if doc[i].pos_ == "DET" or is_possessive(doc[i]) or doc[i].tag_ == "PRP$":  # "his two-day visit"
            start = i + 1
    return doc[start : head.end], doc[start : head.end].text


def _dates(release: Release, doc: Doc, span: Span, record: EventRecord) -> None:
    day = release.date
    if day is None:
        return
    sentences = _event_sentences(release, doc, span)
    # The dateline's own date is the reference, not the event's date.
    body = dateline_end(release) or len(release.title) + 2
    text = " ".join(release.text[max(s.start_char, body) : s.end_char] for s in sentences)
    # "from the morning of 31 May to the morning of 1 June": the days, whatever part of them
    text = _explicit_days(_PART_OF_DAY.sub("", _SAID_TODAY.sub("", text)), day)
    relative_first = _relative_day_nearer(release, span, body)
    for pattern, order in ((_DAYS, (1, 2, 3, 4, 5)), (_DAYS_US, (2, 1, 3, 1, 4))):
        match = None if relative_first else next((m for m in pattern.finditer(text)
                                                  if not _in_since_clause(text, m, span[-1].lower_)),
                                                 None)
        if match:
            first, first_month, last, month, year = (match.group(i) for i in order)
            year = int(year or day.year)
            start = _parse_day(f"{first} {first_month or month} {year}")
            end = _parse_day(f"{last or first} {month} {year}")
            if start and end:
                if start > end:  # "31 December and 1 January": the year turns
                    end = end.replace(year=end.year + 1)
                if not match.group(order[4]) and start > day + dt.timedelta(days=180):
                    start, end = start.replace(year=start.year - 1), end.replace(year=end.year - 1)
                length = _length(text) if start == end else None
                if start == end and start < day and _OPENED_BEFORE.search(text[: match.start()]):
                    if _CLOSED_TODAY.search(text[match.end() :]) or _ENDED_TODAY.search(text[: match.start()]):
                        # "which opened in Seoul on 30 June, closed today"; "completed a course ... today. The
                        # course, which began on 2 June, ..."
                        end = day
                    elif until := _ENDS_ON_DATE.search(text[match.end() :]):
                        # "began on 2 March and ends at midday on 4 March": the written last day
                        end = _parse_day(f"{until.group(1)} {until.group(2)} {until.group(3) or year}") or end
                    elif closing := _WILL_CLOSE_ON.search(text[match.end() : match.end() + 60]):
                        # "which began ... on 5 October and ends on Friday": a meeting under way
                        end = _day_to_come(day, closing.group(1) or closing.group(2))
                    elif ended := _ENDED_ON_WEEKDAY.search(text[match.end() : match.end() + 60]):
                        # "that opened on 30 June and closed on Saturday": the last day a past weekday
                        end = max(start, _weekday_near(day, ended.group(1), past=True))
                    elif later := _DAYS_LATER.search(text[match.end() :]):
                        end = start + dt.timedelta(days=_days(later.group(1)) if later.group(1) else 1)
                    elif start < day - dt.timedelta(days=1) and (_ENDED_YESTERDAY.search(text[: match.start()])
                                                                 or _CLOSED_YESTERDAY.search(text[match.end() :])):
                        # "concluded in Bauska yesterday. They began on 28 April", "which began on 9 November and
                        # ended yesterday"
                        end = day - dt.timedelta(days=1)
                if start == end and start > day and re.search(r"\b(?:until|till|through)\s+\Z", text[: match.start()]):
                    start = day  # "a workshop that will run until 12 June opened today": the written day is the last
                if length and _ended_before(text[: match.start()]):
                    start = end - dt.timedelta(days=length - 1)  # "a three-day workshop that concluded on 12 June"
                elif length:
                    end = start + dt.timedelta(days=length - 1)  # "a two-day seminar that opened on 3 May"
                record.start, record.end = start, end
                return
    if (nth_of := _NTH_DAY_OF.search(text)) and (nth_day := _ordinal(nth_of.group(1))):
        # "on the second day of her three-day visit": under way, its first day counted back from the dateline (from
        # the day before in "visited X yesterday, on the first day of a two-day visit")
        told = day - dt.timedelta(days=1) if re.search(r"\byesterday,?\s*\Z", text[: nth_of.start()]) else day
        start = told - dt.timedelta(days=nth_day - 1)
        record.start, record.end = start, start + dt.timedelta(days=max(_days(nth_of.group(2)), nth_day) - 1)
        return
    if (first_days := _FIRST_DAYS_OF_WEEK.search(text)) and first_days.group(1).lower() in NUMBER_WORDS:
        # "on the first two days of this week": from the week's Monday
        start = _monday(day, 1 if first_days.group(2) == "last" else 0)
        record.start, record.end = start, start + dt.timedelta(days=_days(first_days.group(1)) - 1)
        return
    if after := _CLOSES_AFTER_DAYS.search(text):
        # "which closes tomorrow after four days of sessions": the last day to come, the first counted back from it
        end = _day_to_come(day, after.group(1))
        record.start, record.end = end - dt.timedelta(days=_days(after.group(2)) - 1), end
        return
    if (opened := _OPENED_DAY_BEFORE_YESTERDAY.search(text)) and not re.search(rf"\b{_ENDING}\b", opened.group(0)):
        # "a three-day meeting, which opened the day before yesterday and ends this evening" (not "began in X and
        # ended in Y the day before yesterday")
        start, closing, length = day - dt.timedelta(days=2), _WILL_CLOSE_ON.search(text), _length(text)
        end = _day_to_come(day, closing.group(1) or closing.group(2)) if closing \
            else start + dt.timedelta(days=length - 1) if length else day
        record.start, record.end = start, max(start, end)
        return
    nth, closing = _NTH_DAY_TODAY.search(text), _WILL_CLOSE_ON.search(text)
    # "which opened on Thursday and runs until Sunday": the opening weekday a past one, the last one to come
    until = _CONTINUES.search(text) if _OPENED_ON_WEEKDAY.search(text) else None
    if nth or closing or until:
        # "entered its third day today ... will close on Friday": the first day counted back from the
        # dateline, the last the weekday to come.
        opened = _OPENED_ON_WEEKDAY.search(text)
        # "which opened on Wednesday and will close on Friday": the opening weekday, a past one
        start = day - dt.timedelta(days=_ordinal(nth.group(1)) - 1) if nth and _ordinal(nth.group(1)) \
            else _weekday_near(day, opened.group(1), past=True) if opened \
            else day - dt.timedelta(days=1) if _YESTERDAY_UNTIL.search(text) or _OPENED_YESTERDAY_WORDS.search(text) \
            else day  # "began yesterday, ends ..."; "that ends on Saturday. ... as the training opened yesterday"
        end = _day_to_come(day, closing.group(1) or closing.group(2)) if closing \
            else _day_to_come(day, until.group(1)) if until else day
        if closing and not nth and not opened and not re.search(r"\b(?:today|yesterday)\b", text) \
                and (length := _length(text)):
            start = end - dt.timedelta(days=length - 1)  # "at a five-day course that ends tomorrow": under way
        record.start, record.end = start, max(start, end)
        return
    if (began := _BEGAN_YESTERDAY_LASTING.search(text)) and not _OPENED_YESTERDAY.search(text):
        start = day - dt.timedelta(days=1)
        record.start, record.end = start, start + dt.timedelta(days=_days(began.group(1) or began.group(2)) - 1)
        return
    after = _AFTER_DAYS.search(text[closed.end() :]) if (closed := _CLOSED_ON_WEEKDAY.search(text)) else None
    if closed and (length := _length(text) or (_days(after.group(1)) if after else None)):
        # "The two-day conference, which concluded on Tuesday evening": over, its last day a past weekday, whatever
        # a speaker said of "the next two days" at its opening
        end = _weekday_near(day, closed.group(1), past=True)
        if week := _OF_PAST_WEEK.match(text, closed.end()):
            # "a two-day training that ended ... on Tuesday of the week before last": that week's Tuesday
            end = _past_monday(day, week.group(0)) + dt.timedelta(days=WEEKDAYS.index(closed.group(1)))
        record.start, record.end = end - dt.timedelta(days=length - 1), end
        return
    if match := _NEXT_DAYS.search(text):
        length = _days(match.group(1))
        record.start, record.end = day, day + dt.timedelta(days=length - 1)
        return
    if until := _YESTERDAY_UNTIL.search(text):
        # "a workshop that began in Batumi yesterday and will run until Friday", "... and ends tomorrow"
        record.start, record.end = day - dt.timedelta(days=1), _day_to_come(day, until.group(1))
        return
    if (goes_on := _CONTINUES.search(text)) and re.search(rf"\b{_TODAY_OR_PART}\b", text) \
            and not re.search(r"\byesterday\b", text):
        # "launched today at a two-day workshop, which continues tomorrow", "opened this morning and continues
        # tomorrow": under way from the dateline
        record.start, record.end = day, _day_to_come(day, goes_on.group(1))
        return
    if _OPENED_YESTERDAY.search(text):
        record.start, record.end = day - dt.timedelta(days=1), day  # "opened yesterday, ended today"
        return
    if (ended_today := _ENDED_TODAY.search(text)) and "yesterday" not in ended_today.group(0) \
            and (length := _length(text)):
        # "a two-day conference that ended in Soroca today": the last day is the dateline's, whatever weekday a
        # later sentence gives the opening (not "a visit that ended in Niš the day before yesterday, X today called")
        record.start, record.end = day - dt.timedelta(days=length - 1), day
        return
    if after := _DAY_AFTER_WEEKDAY.search(text):
        # "a press conference held in Podgorica the day after Sunday's vote": the day after that past weekday
        start = _weekday_near(day, after.group(1), past=True) + dt.timedelta(days=1)
        record.start, record.end = start, start + dt.timedelta(days=(_length(text) or 1) - 1)
        return
    if arrived := _ARRIVED_FOR.search(text):
        # "arrived in Athens on Sunday for a four-day visit": the visit starts on the day of arrival
        start = _weekday_near(day, arrived.group(1), past=True)
        record.start, record.end = start, start + dt.timedelta(days=_days(arrived.group(2)) - 1)
        return
    if week := _WEEKDAY_OF_LAST_WEEK.search(text):
        # "at a meeting in the town on Tuesday last week", "which opened ... on Monday of last week" (and "today
        # completed"), "on Thursday and Friday of the week before last": those weekdays of a week before the
        # dateline's
        monday = _past_monday(day, week.group(0))
        start = monday + dt.timedelta(days=WEEKDAYS.index(week.group("first") or week.group("alone")))
        length = _length(text)
        if length and not week.group("second") and _ended_before(text[: week.start()]):
            # "a two-day workshop that concluded ... on Friday of last week": its last day
            record.start, record.end = start - dt.timedelta(days=length - 1), start
            return
        end = monday + dt.timedelta(days=WEEKDAYS.index(week.group("second"))) if week.group("second") \
            else day if _ENDED_TODAY.search(text) else start + dt.timedelta(days=length - 1) if length else start
        record.start, record.end = start, max(start, end)
        return
    if week_end := _END_OF_LAST_WEEK.search(text):
        # "a two-day seminar held at the end of last week": ending on that week's Friday
        end = _past_monday(day, week_end.group(0)) + dt.timedelta(days=4)
        record.start, record.end = end - dt.timedelta(days=(_length(text) or 1) - 1), end
        return
    # (an opening weekday, "opened on Wednesday evening", dates it more closely: read below)
    if _THIS_WEEK.search(text) and (length := _length(text)) and length <= 7 and not _OPENED_ON_WEEKDAY.search(text):
        # "met in Tamga this week" at "a three-day workshop": ending on the dateline, or on the week's Friday when the
        # dateline is a weekend day ("spent this week in Tamga" at "a five-day exchange", told on a Saturday)
        end = min(day, day + dt.timedelta(days=4 - day.weekday()))
        record.start, record.end = end - dt.timedelta(days=length - 1), end
        return
    if opened := _OPENED_ON_WEEKDAY.search(text):
        # "which began on Monday ... completed today": the opening weekday is a past one, even
        # though the event is told in the present ("closes today"); it lasted until the dateline
        # when it ends today, else for its written length.
        start = _weekday_near(day, opened.group(1), past=True)
        length = _length(text)
        if ended := _ENDED_ON_WEEKDAY.search(text, opened.end()):
            # "which began on Friday evening and ended on Sunday afternoon"
            record.start, record.end = start, max(start, _weekday_near(day, ended.group(1), past=True))
            return
        if length is not None and not _ENDED_TODAY.search(text):
            # "a three-day meeting, which opened on Monday" told in a statement of today: its written length
            record.start, record.end = start, start + dt.timedelta(days=length - 1)
            return
        if re.search(r"\btoday\b|\bhas\b[^.;]{0,60}\bsince\b", text):
            # ("at the end of a meeting that has brought them together since Tuesday": under way until the dateline)
            record.start, record.end = start, day
            return
    if _WEEKEND.search(text):
        # "visited Georgia over the weekend": the Saturday and Sunday before a weekday dateline, else
        # the weekend the dateline falls in.
        saturday = day - dt.timedelta(days=(day.weekday() - 5) % 7)
        record.start, record.end = saturday, saturday + dt.timedelta(days=1)
        return
    if weekdays := _WEEKDAY_RANGE.search(text):
        # "on Thursday and Friday": the last day nearest the dateline, the first the one before it; "last Tuesday
        # and Wednesday": before the dateline's own day.
        end = _weekday_near(day - dt.timedelta(days=1), weekdays.group(2), past=True) if weekdays.group(0).startswith(
            "last") else _weekday_near(day, weekdays.group(2), past=_reported_past(sentences))
        record.start = end - dt.timedelta(days=(WEEKDAYS.index(weekdays.group(2))
                                                - WEEKDAYS.index(weekdays.group(1))) % 7)
        record.end = end
        return
    if re.search(r"\btoday and tomorrow\b", text):
        record.start, record.end = day, day + dt.timedelta(days=1)  # "are meeting in Palermo today and tomorrow"
        return
    if re.search(r"\byesterday and today\b", text):
        record.start, record.end = day - dt.timedelta(days=1), day  # "met in Osh yesterday and today"
        return
    if past := _PAST_DAYS.search(text):
        # "over the past three days"
        record.start, record.end = day - dt.timedelta(days=_days(past.group(1)) - 1), day
        return
    if _OPENS_TOMORROW.search(text):
        start = day + dt.timedelta(days=1)  # "a two-day conference will open in Osh tomorrow"
        record.start, record.end = start, start + dt.timedelta(days=(_length(text) or 1) - 1)
        return
    told = _clause_day(span)
    if re.search(r"\bthe day before yesterday\b", text):
        day = day - dt.timedelta(days=2)
        if _ENDED_DAY_BEFORE_YESTERDAY.search(text):
            # "a two-day visit ... that ended in X the day before yesterday": its last day, whatever the tense says
            record.start, record.end = day - dt.timedelta(days=(_length(text) or 1) - 1), day
            return
    # ("last night" in the meeting word's own sentence: "a lecture held ... on Monday, broadcast last night" is not)
    elif told == "yesterday" or told is None and (re.search(r"\byesterday\b", text)
                                                 or re.search(r"\blast night\b", span.sent.text)) \
            and not re.search(r"\btoday\b", text):
        day = day - dt.timedelta(days=1)
        if set_off := _SET_OFF_LAST.search(text):
            # "yesterday reached X at the end of an expedition that set off last Saturday": from that day to yesterday
            record.start, record.end = min(day, _weekday_near(day, set_off.group(1), past=True)), day
            return
        if (opened := _OPENED_ON_WEEKDAY.search(text)) and _ENDED_YESTERDAY.search(text, opened.end()):
            # "a study visit that began on Monday and ended yesterday", "opened on Friday evening and closed at noon
            # yesterday": from that weekday to yesterday
            record.start, record.end = _weekday_near(day, opened.group(1), past=True), day
            return
    elif last := re.search(rf"\blast ({_WEEKDAY})\b", text):
        # "at a hearing in Dublin last Thursday": the one before the dateline, a week back on that weekday
        day = _weekday_near(day - dt.timedelta(days=1), last.group(1), past=True)
        # "a five-day training that ended last Friday": its first day counted back from that one
        length = _length(text) if _ended_before(text[: last.start()]) else None
        record.start, record.end = day - dt.timedelta(days=(length or 1) - 1), day
        return
    elif weekday := re.search(rf"\bon ({_WEEKDAY})\b", text):
        # The tense of the sentence naming the weekday: "... at a seminar held in Niš on Tuesday", whatever a
        # later one says ("said X as she opened the seminar"); the tense of the participle that names the day
        # ("a programme launched at a ceremony in Gyumri on Saturday"), whatever the sentence's verb.
        naming = [s for s in sentences if re.search(rf"\bon {weekday.group(1)}\b", s.text)]
        past = _participle_past(doc, span, weekday.group(1)) or _reported_past(naming or sentences)
        day = _weekday_near(day, weekday.group(1), past=past)
    length = _length(text) or 1
    if _reported_past(sentences):
        record.start, record.end = day - dt.timedelta(days=length - 1), day
    else:
        record.start, record.end = day, day + dt.timedelta(days=length - 1)


def _explicit_days(text: str, day: dt.date) -> str:
    """The text with the days it names by counting or by their place in a month or a week written out as dates, which
    the written-date patterns read: "a week ago today" -> "on 7 March 2044", "on the eve of X Day, which is marked
    every year on 30 July" -> "on 29 July 2048", "on the last day of June" -> "on 30 June
    2044", "the first Monday of the month" -> "on 1 October 2046", "the 27th and 28th of last month" -> "27 and 28
    February 2046", "7, 8 and 9 May" -> "7 to 9 May", "the Saturday before last" -> "23 June 2046", "yesterday and the
    day before" -> "on 25 and 26 October 2044"."""
    def written(d: dt.date) -> str:
        return f"{d.day} {d:%B} {d.year}"

    def ago(m: re.Match) -> str:
        count = _days(m.group(1)) if m.group(1) else 1
        shift = {"yesterday": 1, "tomorrow": -1}.get(m.group(3), 0)  # (the day after that day is one day less back)
        if m.group(2).lower().startswith("month"):  # "a month ago today": the same day of that month
            first = month_of(-count)
            same_day = first.replace(day=min(day.day, last_of(first).day))
            return "on " + written(same_day - dt.timedelta(days=shift))
        unit = {"week": 7, "fortnight": 14}.get(m.group(2).lower().rstrip("s"), 1)
        back = count * unit + shift
        return "on " + written(day - dt.timedelta(days=back))

    def month_of(shift: int) -> dt.date:
        """The first day of the dateline's month moved by ``shift`` months."""
        index = day.year * 12 + day.month - 1 + shift
        return dt.date(index // 12, index % 12 + 1, 1)

    def first_of(name: str | None, relative: str | None, year: str | None = None) -> dt.date:
        """The first day of the month named ("May": the nearest May before the dateline or up to six months after it,
        unless the year is written) or told relative to the dateline's ("last", "next", "before last", or this
        month)."""
        if not name:
            return month_of({"last": -1, "next": 1, "before last": -2}.get(relative or "", 0))
        month = dt.datetime.strptime(name, "%B").month
        return dt.date(int(year) if year else day.year if month <= day.month + 6 else day.year - 1, month, 1)

    def last_of(first: dt.date) -> dt.date:
        return (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)

    def nth_weekday(m: re.Match) -> str:
        first = first_of(m.group(6), m.group(5) or m.group(4))
        days = [first + dt.timedelta(days=k) for k in range(31) if (first + dt.timedelta(days=k)).month == first.month]
        weekend = m.group(2) == "weekend"  # (its Saturday and Sunday)
        named = [d for d in days if d.weekday() == (5 if weekend else WEEKDAYS.index(m.group(2)))]
        ordinal = _WEEKDAY_ORDINALS[m.group(1).replace(" ", "-")]
        if m.group(1) == "last" and " but one " in m.group(0):
            ordinal = -2  # ("the last Friday but one")
        if ordinal >= len(named):
            return m.group(0)  # ("the fifth Monday" of a month with four)
        if weekend:
            return "on " + span_of(named[ordinal], named[ordinal] + dt.timedelta(days=1))
        if m.group(3):  # ("the last Thursday and Friday": that Thursday and the Friday after it)
            after = (WEEKDAYS.index(m.group(3)) - named[ordinal].weekday()) % 7 or 7
            return "on " + span_of(named[ordinal], named[ordinal] + dt.timedelta(days=after))
        return "on " + written(named[ordinal])

    def ordinal_days(m: re.Match) -> str:
        first = first_of(None, m.group(4) or m.group(5))
        if not m.group(3):
            return f"{_ordinal(m.group(1))} {first:%B} {first.year}"
        return f"{_ordinal(m.group(1))}{m.group(2)}{_ordinal(m.group(3))} {first:%B} {first.year}"

    def span_of(first: dt.date, last: dt.date) -> str:
        return f"{first.day} {first:%B} and {last.day} {last:%B} {last.year}" if last - first == dt.timedelta(days=1) \
            else f"{first.day} {first:%B} to {last.day} {last:%B} {last.year}"

    def days_of_month(m: re.Match) -> str:
        first = first_of(m.group(4), m.group(3))
        last = last_of(first)
        count = _days(m.group(2))
        start, end = (first, first + dt.timedelta(days=count - 1)) if m.group(1) == "first" \
            else (last - dt.timedelta(days=count - 1), last)
        return span_of(start, end)

    def weekend_before_last(m: re.Match) -> str:
        saturday = day - dt.timedelta(days=(day.weekday() - 5) % 7 or 7) - dt.timedelta(days=7)
        return span_of(saturday, saturday + dt.timedelta(days=1))

    def before_last(m: re.Match) -> str:
        last = _weekday_near(day - dt.timedelta(days=1), m.group(1), past=True)
        return written(last - dt.timedelta(days=7))

    def days_of_last_week(m: re.Match) -> str:
        week, first, last = m.group("week") or m.group("week2"), m.group("first") or m.group("first2"), \
            m.group("last") or m.group("last2")
        monday = _past_monday(day, week)
        start, end = (monday + dt.timedelta(days=WEEKDAYS.index(w)) for w in (first, last))
        end += dt.timedelta(days=7 if end < start else 0)  # "from Friday to Monday": over the weekend
        return f"from {start.day} {start:%B} to {end.day} {end:%B} {end.year}"

    def of_month(m: re.Match) -> str:
        first = first_of(m.group(2), m.group(5) or m.group(4), m.group(3))
        working = " working " in m.group(0)  # ("the first working day of this month": Monday to Friday)
        if m.group(1) in {"first", "opening"}:
            return "on " + written(first + dt.timedelta(days=max(0, 7 - first.weekday()) if working and
                                                             first.weekday() > 4 else 0))
        last = last_of(first) - dt.timedelta(days=m.group(1) not in {"last", "final"} or "but one" in m.group(0))
        return "on " + written(last - dt.timedelta(days=max(0, last.weekday() - 4) if working else 0))

    def weekdays_ago(m: re.Match) -> str:
        count = _days(m.group(1)) if m.group(1) else 1
        back = (day.weekday() - WEEKDAYS.index(m.group(2))) % 7 or 7  # (the last one before the dateline)
        return "on " + written(day - dt.timedelta(days=back + 7 * (count - 1)))

    def eve_of(m: re.Match) -> str:
        first = first_of(m.group(2), None)
        if not 1 <= int(m.group(1)) <= last_of(first).day:
            return m.group(0)
        return "on " + written(first.replace(day=int(m.group(1))) - dt.timedelta(days=1))

    text = _PREVIOUS_MONTH.sub("last month", text)
    text = _DAYS_AGO.sub(ago, text)
    text = _EVE_OF_DAY_ON.sub(eve_of, text)
    text = _DAY_OF_MONTH.sub(of_month, text)
    text = _WEEKDAYS_AGO.sub(weekdays_ago, text)
    text = _NTH_WEEKDAY.sub(nth_weekday, text)
    text = _ORDINAL_DAYS.sub(ordinal_days, text)
    text = _DAY_LIST.sub(r"\1 to \2 \3", text)
    text = _WEEKDAY_BEFORE_LAST.sub(before_last, text)
    text = _DAYS_OF_MONTH.sub(days_of_month, text)
    text = _WEEKEND_BEFORE_LAST.sub(weekend_before_last, text)
    text = _DAYS_OF_LAST_WEEK.sub(days_of_last_week, text)
    monday = _monday(day, 1)
    text = _WHOLE_OF_LAST_WEEK.sub(lambda m: "from " + span_of(monday, monday + dt.timedelta(days=4)), text)
    before, yesterday = day - dt.timedelta(days=2), day - dt.timedelta(days=1)
    return _YESTERDAY_AND_BEFORE.sub(f"on {before.day} {before:%B} and {yesterday.day} {yesterday:%B} {day.year}"
                                     if before.month == yesterday.month else f"on {written(before)}", text)


def _last_day_named(release: Release, span: Span, record: EventRecord) -> None:
    """"arrived today and will spend the next three days ... On Thursday, the last day of the visit": the weekday
    named as the last day ends the event, on or after its first day, whatever the counted days gave."""
    if record.start is None:
        return
    for match in _LAST_DAY.finditer(release.text, dateline_end(release) or 0):
        if match.group(2).lower() == span[-1].lower_:
            record.end = _weekday_near(record.start, match.group(1), past=False)
            return


def _participle_past(doc: Doc, span: Span, weekday: str) -> bool:
    """Is the weekday said of a past participle that the meeting word, or the word it closes, hangs on ("a
    programme launched at a ceremony in Gyumri on Saturday")?"""
    token = next((t for t in span.sent if t.text == weekday), None)
    while token is not None and token.head.i != token.i:
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            return token.tag_ == "VBN" and token.dep_ in {"acl", "relcl"} \
                and not any(c.dep_ in {"aux", "auxpass"} for c in token.children)
    return False


def _in_since_clause(text: str, match: re.Match, word: str) -> bool:
    """"her first visit since Finland took over the Chairpersonship on 1 January": a date in a clause
    opened by "since" dates what the visit is counted from, not the visit (unless the clause tells the event itself,
    by its meeting ``word``: "... since it was opened at a ceremony in X on 28 December")."""
    clause = max(text.rfind(mark, 0, match.start()) for mark in (",", ";", ".", "–"))
    since = re.search(r"\bsince\b", text[clause + 1 : match.start()], re.I)
    told = text[clause + 1 + since.end() : match.start()] if since else ""
    return since is not None and not re.search(rf"\b{re.escape(word)}\b", told, re.I)


def _clause_day(span: Span) -> str | None:
    """"X yesterday addressed the Council at an open debate ..., and today signed ...": "today" or "yesterday"
    when the verb the meeting word depends on has it, whatever other clauses of the sentence say."""
    def day_of(verb: Token) -> str | None:
        # "yesterday", or "yesterday evening" / "this morning"-like phrases headed by another word
        for child in verb.children:
            for word in (child, *(c for c in child.children if c.dep_ == "compound")):
                if word.lower_ in {"today", "yesterday"}:
                    return word.lower_
        return None

    # "an award ceremony held in Bitola yesterday evening": the meeting word's own participle says when first.
    for clause in (c for c in span.root.children if c.dep_ in {"acl", "relcl"}):
        if told := day_of(clause):
            return told
    token = span.root
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    # "... yesterday signed a memorandum ... The memorandum was signed at the start of an oversight visit": the verb
    # told again, with the day the sentence before gave it.
    before = span.doc[span.sent.start - 1].sent if span.sent.start > 0 else None
    again = [t for t in before if t.pos_ == "VERB" and t.lemma_ == token.lemma_] if before is not None \
        and token.pos_ == "VERB" else []
    # "... yesterday signed a memorandum ... The signing ceremony was hosted by ...": the meeting named by that verb
    forms = {t.lower_ for t in span[:-1]}
    named = [t for t in before if t.pos_ == "VERB" and _gerunds(t.lemma_.lower()) & forms] if before is not None else []
    return day_of(token) or next((told for verb in again + named if (told := day_of(verb))), None)


def _date_of_other_thing(doc: Doc, char: int) -> bool:
    """"the early parliamentary elections of | 4 October 2026": a date after "of" and a noun that names no meeting
    dates that thing, not the meeting."""
    token = doc.char_span(char, char + 1, alignment_mode="expand")
    i = token.start if token is not None else 0
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].pos_ == "NOUN" \
        and doc[i - 2].lemma_.lower() not in gazetteer.lexicon().event_heads


def _relative_day_nearer(release: Release, span: Span, body: int) -> bool:
    """"elections on 26 October ... presented at a press conference in Tbilisi today": in the
    event's own sentence, "today" (or "yesterday") is said of the event when it stands nearer
    to the meeting word than any written date, which then dates something else."""
    sentence = span.sent
    start = max(sentence.start_char, body)
    text = release.text[start : sentence.end_char]
    relative = [m.start() + start for m in re.finditer(r"\b(?:today|yesterday)\b", text)]
    written = [(m.start() + start, m.end() + start) for p in (_DAYS, _DAYS_US) for m in p.finditer(text)]
    if not relative or not written:
        return False
    other = [(a, b) for a, b in written if _date_of_other_thing(span.doc, a)]
    # (a date read both ways, "4 October 2026" and "October 20", is one date)
    dates = [a for a, b in written if not any(a < d and c < b for c, d in other)]
    if not dates:
        return True
    def distance(at: int) -> int:
        return min(abs(at - span.start_char), abs(at - span.end_char))
    return min(map(distance, relative)) < min(map(distance, dates))


# ("spent Saturday and Sunday in X"; "from Tuesday evening to Wednesday morning": the part of the day aside)
_WEEKDAY_RANGE = re.compile(rf"\b(?:on|from|last|spent)\s+({_WEEKDAY})(?: (?:morning|afternoon|evening|night))?"
                            rf"\s*(?:and|to|until|through|-|–)\s*({_WEEKDAY})\b")
# "On Thursday, the last day of the visit, ...": a later sentence naming the event's last day by its weekday.
_LAST_DAY = re.compile(rf"\b[Oo]n ({_WEEKDAY}),? the (?:last|final|closing) day of the (\w+)\b")
_WEEKEND = re.compile(r"\b(?:over|at|during) the weekend\b|\blast weekend\b", re.I)
# "which opened in Prague yesterday, ended today", "opened yesterday and closed today", "opened yesterday and ends
# the day after tomorrow".
_YESTERDAY_UNTIL = re.compile(
    rf"(?:\b{_OPENING}\b[^.;]{{0,60}}?|\bsince )yesterday\b[^.;]{{0,40}}?"
    rf"\b(?:(?:will )?(?:run|runs|continue|continues|last|lasts) until|(?:will )?(?:end|ends|close|closes|conclude|"
    rf"concludes)(?: on)?)\s+(the day after tomorrow|tomorrow|{_WEEKDAY})\b")
# "began a four-day study tour in Busan yesterday", "The three-day course opened yesterday": the first day and the
# length, whatever a later sentence says of "the next three days"; not "opened on Tuesday and closed yesterday".
_NOT_ANOTHER_DAY = r"(?:(?!\b(?:on|and|until|closed|ended|concluded|finished)\b)[^.;])"
_BEGAN_YESTERDAY_LASTING = re.compile(
    rf"\b(?:opened|began|started|kicked off|got under way)\b{_NOT_ANOTHER_DAY}{{0,60}}?\b{_NUM}-day\b"
    rf"{_NOT_ANOTHER_DAY}{{0,100}}?\byesterday\b"
    rf"|\b{_NUM}-day\b{_NOT_ANOTHER_DAY}{{0,80}}?\b(?:opened|began|started|kicked off|got under way)\b"
    rf"{_NOT_ANOTHER_DAY}{{0,60}}?\byesterday\b")
# ("have been meeting in X since yesterday morning at a conference ..., which closes this afternoon": the same)
_OPENED_YESTERDAY = re.compile(
    rf"(?:\b{_OPENING}\b[^.;]{{0,60}}?|\bsince )yesterday\b[^.;]{{0,100}}?"
    rf"\b(?:{_CLOSING}|ends|concludes|closes)\b[^.;]{{0,40}}?"
    r"\b(?:today|this (?:morning|afternoon|evening)|tonight)\b")


# "which continues tomorrow", "will run until Friday": the last day of an event under way.
_CONTINUES = re.compile(rf"\b(?:continues|will continue|runs|will run|goes on|will go on)\s+(?:until\s+|through\s+)?"
                        rf"(tomorrow|{_WEEKDAY}|the weekend|the end of the week)\b")
# "entered its third day today", "is in its second day today": an event under way on the dateline.
_NTH_DAY_TODAY = re.compile(r"\b(?:entered|enters|is in|was in|began|begins|opened)\s+its\s+(\w+)"
                            r"(?:\s+and\s+(?:final|last))?\s+day\b"
                            r"[^.;]{0,30}?\btoday\b")
# The closing verb in the present: "which ends on Friday", "which ends tomorrow", "and ends today".
_CLOSES = r"(?:closes|ends|concludes|finishes)"
# The town a closing or a weekday may be told with: "that ends in Probištip | tomorrow", "ended in Tamga | on Friday".
_IN_TOWN = r"(?:in [A-Z][\w-]+\s+)?"
# "as the training opened yesterday": the first day, the closing told apart
_OPENED_YESTERDAY_WORDS = re.compile(rf"\b{_OPENING}\s+{_IN_TOWN}yesterday\b")
# "will close on Friday", "is to end on Thursday": the last day of an event under way.
# ("which ends on Friday", "which ends tomorrow": the present tells what is to come, too)
_WILL_CLOSE_ON = re.compile(rf"\b(?:(?:will|is to|is due to)\s+(?:close|end|conclude|finish)"
                            rf"|{_CLOSES}|enters its (?:final|last) day)\s+"
                            rf"{_IN_TOWN}"
                            rf"(?:on\s+({_WEEKDAY})|(tomorrow|the day after tomorrow))\b")
# "which opened in Seoul on 30 June, closed today": a written first day, the last the dateline's.
_OPENED_BEFORE = re.compile(r"\b(?:opened|began|started|kicked off|got under way)\b[^.;]{0,40}\Z")
# The dateline's day, or a part of it: "today", "this afternoon".
_TODAY_OR_PART = r"(?:today|this (?:morning|afternoon|evening))"
_CLOSED_THEN = r"\A[^.;]{{0,40}}?\b{}\b[^.;]{{0,20}}?\b"  # (the closing verbs go in the braces)
# (and "which began on 18 May and ends today": told on its last day)
_CLOSED_TODAY = re.compile(_CLOSED_THEN.format(f"(?:{_CLOSING}|{_CLOSES})") + rf"{_TODAY_OR_PART}\b")
_CLOSED_YESTERDAY = re.compile(_CLOSED_THEN.format(_CLOSING) + r"yesterday\b")  # "... 9 November | and ended yesterday"
_ENDING = rf"(?:{_CLOSING}|completed)"
_ENDED_YESTERDAY = re.compile(rf"\b{_ENDING}\b[^.;]{{0,150}}?\byesterday\b")
# ("a workshop that ran in Ashgabat until the day before yesterday")
_ENDED_DAY_BEFORE_YESTERDAY = re.compile(rf"\b(?:{_ENDING}|until|till)\b[^.;]{{0,150}}?\bthe day before yesterday\b")
# (and the present: "on a four-day study visit that ends in Sabadell today")
_ENDED_TODAY = re.compile(rf"\b{_ENDING}\b[^.;]{{0,150}}?\b{_TODAY_OR_PART}\b|\btoday {_ENDING}\b"
                          rf"|\b{_CLOSES}\s+{_IN_TOWN}{_TODAY_OR_PART}\b")


# "held in Podgorica the day after Sunday's vote": the weekday the day after which the event was held.
_DAY_AFTER_WEEKDAY = re.compile(rf"\bthe day after ({_WEEKDAY})[’']s\b")
# "arrived in Athens on Sunday for a four-day visit": the day of arrival and the length.
_ARRIVED_FOR = re.compile(rf"\b[Aa]rrived\b[^.;]{{0,40}}?\bon ({_WEEKDAY})\b[^.;]{{0,20}}?\bfor an? {_NUM}-day\b")
# "... and ended on Sunday afternoon": a past last day named by its weekday.
_ENDED_ON_WEEKDAY = re.compile(rf"\b{_CLOSING}\b[^.;]{{0,40}}?\bon ({_WEEKDAY})\b")
# "on Tuesday last week", "on Monday of last week", "on the Tuesday of last week", "last week on Friday"
_WEEKDAY_OF_LAST_WEEK = re.compile(rf"\bon (?:the )?(?P<first>{_WEEKDAY})(?: and (?P<second>{_WEEKDAY}))?,? (?:of )?"
                                   rf"{_PAST_WEEK}\b"
                                   rf"|\blast week,? on (?P<alone>{_WEEKDAY})\b")
# "at the end of last week"
_END_OF_LAST_WEEK = re.compile(rf"\bat the end of {_PAST_WEEK}\b")
# "spent this week in Tamga": a meeting of the dateline's week (its days from the written length)
_THIS_WEEK = re.compile(r"\b(?:spent|spend|spending|met|meeting|gathered|gathering)\b[^.;]{0,20}?\bthis week\b")
# "on the second day of her three-day visit"
_NTH_DAY_OF = re.compile(rf"\bon the (\w+) day of (?:its|her|his|their|the|a) {_NUM}-day\b", re.I)
# "on the first two days of this week"
_FIRST_DAYS_OF_WEEK = re.compile(r"\bon the first (\w+) days of (this|last) week\b")
# "which closes tomorrow after four days of sessions"
_CLOSES_AFTER_DAYS = re.compile(rf"\b(?:closes|ends|concludes|will close|will end)\s+(tomorrow|{_WEEKDAY})\s+"
                                rf"after\s+{_NUM}\s+days\b")
# "which opened in Tamga the day before yesterday"
_OPENED_DAY_BEFORE_YESTERDAY = re.compile(rf"\b{_OPENING}\b[^.;]{{0,60}}?\bthe day before yesterday\b")
# "... and ends at midday on 4 March": a second written date, the last day
_ENDS_ON_DATE = re.compile(rf"\A[^.;]{{0,20}}?\b(?:ends|closes|concludes|finishes|will end|will close|runs until|"
                           rf"continues until|ended|closed|concluded|finished)\b[^.;\d]{{0,20}}?"
                           rf"\b(\d{{1,2}}) ({MONTHS})(?: (\d{{4}}))?")
# "which began on 30 October and closed two days later"
_DAYS_LATER = re.compile(rf"\A[^.;]{{0,40}}?\b{_CLOSING}\s+(?:{_NUM}|a) days? later\b")
# "... that closed in Uppsala on Wednesday evening after two days": the length after the last day
_AFTER_DAYS = re.compile(rf"\A[^.;]{{0,20}}?\bafter\s+{_NUM}\s+days\b")
# "which concluded on Tuesday evening", "ended in Tamga on Friday": the verb itself, then the weekday
# ("... ended a workshop in Kanjiža on Wednesday, after three days of work": the meeting the verb's object)
_CLOSED_ON_WEEKDAY = re.compile(rf"\b(?:(?:which|that|and)\s+{_CLOSING}|{_CLOSING}\s+(?:a|an|the|their|its)\s+"
                                rf"[\w-]+(?:\s+[\w-]+)?)\s+{_IN_TOWN}on ({_WEEKDAY})\b")
# "... on Tuesday| of the week before last", "| last week": the week a weekday is of
_OF_PAST_WEEK = re.compile(rf",? (?:of )?{_PAST_WEEK}\b")
# "was opened on Monday", "which began on Sunday": a past opening day named by its weekday.
# ("Opening the workshop on Wednesday, X said": the participle names the first day too.)
# ("has been under way in Kemin since Monday", "who have spent since Monday on a visit": the same.)
# ("opened in Kulsary yesterday and closes on Friday": the weekday after the opening's own day is the closing's)
_OPENED_ON_WEEKDAY = re.compile(rf"(?:\b(?:opened|began|started|kicked off|got under way|convened|[Oo]pening)\b"
                                rf"(?:(?!\b(?:yesterday|today)\b)[^.;]){{0,60}}?\bon "
                                rf"|\b(?:under way|spent|been|has|have)\b[^.;]{{0,60}}?\bsince )({_WEEKDAY})\b")
# "an expedition that set off from Tamga last Saturday": a past first day named by its weekday.
_SET_OFF_LAST = re.compile(rf"\b(?:set off|set out|departed|began|started)\b[^.;]{{0,60}}?\blast ({_WEEKDAY})\b")


_PART_OF_DAY = re.compile(r"\bthe (?:morning|afternoon|evening|night) of (?=\d)")
# "..., Ireland’s OSCE Chairmanship said today.": the day the release reports on the event, not the event's
_SAID_TODAY = re.compile(r",[^,.;“”\"]{0,60}\b(?:said|announced|reported|stated)\s+today(?=\s*\.)")


def _past_monday(day: dt.date, phrase: str) -> dt.date:
    """The Monday of the past week a phrase names: "last week", "the previous week" (the week before the dateline
    ``day``'s) or "the week before last" (the one before that)."""
    return _monday(day, 2 if "before last" in phrase else 1)


def _monday(day: dt.date, weeks_back: int) -> dt.date:
    """The Monday of the dateline ``day``'s week, or of the week ``weeks_back`` weeks before it ("last week": 1, "the
    week before last": 2)."""
    return day - dt.timedelta(days=day.weekday() + 7 * weeks_back)


def _day_to_come(day: dt.date, name: str) -> dt.date:
    """The day "tomorrow" or a weekday names after the dateline ``day`` ("... and ends tomorrow", "until Friday");
    "through the weekend": its Sunday; "until the end of the week": its Friday."""
    if name.lower() == "the weekend":
        return day + dt.timedelta(days=(6 - day.weekday()) % 7)
    if name.lower() == "the end of the week":  # the working week's: its Friday
        return max(day, day + dt.timedelta(days=4 - day.weekday()))
    if name.lower() == "the day after tomorrow":
        return day + dt.timedelta(days=2)
    return day + dt.timedelta(days=1) if name.lower() == "tomorrow" else _weekday_near(day, name, past=False)


def _weekday_near(day: dt.date, name: str, past: bool) -> dt.date:
    """"on Monday" in a release dated D: the Monday on or before D when told in the past, else on or after."""
    shift = (day.weekday() - WEEKDAYS.index(name)) % 7
    return day - dt.timedelta(days=shift) if past else day + dt.timedelta(days=(7 - shift) % 7)


def _parse_day(text: str) -> dt.date | None:
    try:
        return dateparser.parse(text, dayfirst=True).date()
    except (ValueError, OverflowError):
        return None


def _event_sentences(release: Release, doc: Doc, span: Span) -> list[Span]:
    """Sentences of the opening paragraphs that speak of the event (a meeting word or "today")."""
    limit = _opening_end(release)
    if span.start_char >= limit:
        # An occasion reported further on: its own sentence says when, and so does the opening that
        # tells it with a verb ("visited Georgia over the weekend").
        return [*_told_of(release, doc, span, limit), span.sent]
    # (and the event's own last word: "The series opened on 7 February" for "a webinar series")
    words = set(gazetteer.lexicon().event_heads) | {"today", "days", span[-1].lower_}
    body = len(release.title) + 2
    told = _told_of(release, doc, span, limit)
    lead = next((s for s in doc.sents if s.end_char > body), None)
    lowers = token_strings(doc, "LOWER")  # (a sentence's words read as strings, no Token made of each)
    chosen = [s for s in doc.sents if s.end_char > body and s.start_char < limit
              and (s in told or s == span.sent or s == lead
                   or any(lowers[i] in words and doc[i].idx >= body for i in range(s.start, s.end)))]
    return chosen or [span.sent]


def _told_of(release: Release, doc: Doc, span: Span, limit: int) -> list[Span]:
    """Sentences of the opening that tell the event with a verb: "is visiting Armenia from 18 to 20 May" for "her
    three-day visit", "met in Bangkok on Tuesday" for "The one-day expert meeting"."""
    return list(dict.fromkeys(verb.sent for verb in _telling_verbs(release, doc, span, limit)))


# Verbs that tell a meeting of any kind: "met in Dilijan on Tuesday" for "the round table", "the training".
MEETING_VERBS = {"meet", "gather", "convene"}


def _telling_verbs(release: Release, doc: Doc, span: Span, limit: int) -> list[Token]:
    word = span[-1].lemma_.lower()
    # The words are read as strings, a Token made only of a verb that tells the event.
    pos, lemmas = token_strings(doc, "POS"), token_strings(doc, "LEMMA")
    return [doc[i] for s in doc.sents if s.start_char < limit and s.end_char > len(release.title) + 2
            for i in range(s.start, s.end) if pos[i] == "VERB" and (_meeting_told(lemmas[i].lower()) == word
                                                                    or lemmas[i].lower() in MEETING_VERBS
                                                                    and word != "visit"
                                                                    or word in LAUNCH_WORDS
                                                                    and lemmas[i].lower() == word)]


def _opening_end(release: Release) -> int:
    """Where the opening two paragraphs, which tell when and where the event was, end."""
    return paragraph_bounds(release)[min(1, len(release.paragraphs) - 1)][1] if release.paragraphs else 0


def _reported_past(sentences: list[Span]) -> bool:
    """Is the event told in the past tense ("was held", "focused", "concluded")?"""
    words = [t for s in sentences for t in s]
    # ("at the opening of a round table": the noun tells no tense)
    # ("as he opened the course on Friday": an opening on another day tells the past)
    if any(t.lower_ in _OPENS and t.pos_ != "NOUN"
           and not any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in t.children)
           and not re.search(rf"\bon (?:{_WEEKDAY})\b", t.sent.text) for t in words):
        return False  # "opened today": the first day is the dateline's ("was opened by X" tells the past)
    return any(t.tag_ == "VBD" for t in words)


def _place(doc: Doc, span: Span) -> str | None:
    """"... in Vienna" in the sentence of the event (a city the model took for an ORG included),
    the one nearest the meeting word ("... a meeting in Vienna ... to be held in Malta")."""
    found = []
    ents = None
    for token in span.sent:
        if token.lower_ != "in" or token.i + 1 >= len(doc) or _will_take_place(token.head):
            continue  # "... will take place in Bucharest": where a meeting still to come will be
        if ents is None:  # doc.ents makes a Span of every entity: once per call, not once per "in"
            ents = {e.start: e for e in doc.ents}
        ent = ents.get(token.i + 1)
        if ent is None or ent.ent_id_ and ent.label_ == "ORG":
            continue
        if ent.label_ in {"GPE", "LOC"} or (ent.label_ == "ORG" and not looks_like_org(ent.text)
                                            and len(ent) == 1):
            found.append((min(abs(token.i - span.start), abs(token.i - span.end)),
                          ent.text.title() if ent.text.isupper() else ent.text))
    return min(found)[1] if found else None


def _organizers(release: Release, doc: Doc, extraction: Extraction) -> list[str]:
    """Organizations named after "organized by" / "held by", and people called "organizer"."""
    names: list[str] = []
    text = release.text
    orgs = sorted((ev.start, ev.end, o.name) for o in extraction.organizations for ev in o.evidence)
    for match in _ORGANIZED.finditer(text, dateline_end(release)):
        # "organized by A and B", "held by the OSCE": organizations joined by "and", "," or "the".
        position = match.end()
        for start, end, name in orgs:
            if start >= position and re.fullmatch(r"(?:[\s,]|and\b|the\b)*", text[position:start]):
                names.append(name)
                position = end
    names += _organizing_subjects(release, doc, extraction)
    for role_person in re.finditer(r"\borgani[sz]er of the (?:event|meeting|conference)", text):
        before = [(ev.end, p.name) for p in extraction.people for ev in p.evidence if ev.end <= role_person.start()]
        if before:
            names.append(max(before)[1])
    return list(dict.fromkeys(names))


ORGANIZING_VERBS = {"organize", "organise", "host", "convene", "co-organize", "co-organise", "co-host"}
PARTNER_WORDS = ("in co-operation with", "in cooperation with", "in partnership with", "jointly with",
                 "together with")


def _organizing_subjects(release: Release, doc: Doc, extraction: Extraction) -> list[str]:
    """"The OSCE Mission to Skopje, in co-operation with the Ministry of Interior, organized a
    workshop": the organizations doing the organizing, and their named partners."""
    orgs = sorted((ev.start, ev.end, o.name) for o in extraction.organizations for ev in o.evidence)
    names: list[str] = []
    # only the organizing verbs are looked at (a Token for each word of the doc cost more than the rest)
    for i, lemma in enumerate(token_strings(doc, "LEMMA")):
        if lemma.lower() not in ORGANIZING_VERBS:
            continue
        token = doc[i]
        if token.tag_ == "VBN" or token.idx < dateline_end(release):
            continue
        for child in token.children:
            if child.dep_ not in {"nsubj", "prep", "npadvmod"} or child.dep_ == "prep" and child.i < token.i:
                continue
            if child.dep_ == "prep" and not any(w in doc[child.i - 2 : child.i + 2].text for w in ("with",)):
                continue
            subtree = doc[child.left_edge.i : child.right_edge.i + 1]
            names += [n for s, _e, n in orgs if subtree.start_char <= s < subtree.end_char]
        sentence = token.sent.text
        for word in PARTNER_WORDS:
            at = sentence.find(word)
            if at >= 0:
                start = token.sent.start_char + at + len(word)
                names += [n for s, _e, n in orgs if start <= s < start + 80
                          and re.fullmatch(r"(?:[\s,]|and\b|the\b)*", release.text[start:s])]
    return names


def _theme(doc: Doc) -> str | None:
    """What follows "entitled" in a sentence about the event: a quoted title, else its capitalised words."""
    heads = set(gazetteer.lexicon().event_heads)
    text = doc_text(doc)
    for match in _THEME.finditer(text):
        start = match.end()
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or not any(t.lower_ in heads for t in span.sent):
            continue  # "a report entitled ...": the title of something else
        if text[start] in "“\"‘'":
            close = re.search(r"[”\"’']", text[start + 1 :])
            if close:
                return text[start + 1 : start + 1 + close.start()].strip()
        # Up to the clause's end, then back to its last capitalised word: the title's words
        # are capitalised, the sentence going on after it ("... Together focused on") is not.
        clause_end = next((t.i for t in doc[span.start : span.sent.end] if t.text in {",", ".", ";"}),
                          span.sent.end)
        capitals = [t.i for t in doc[span.start : clause_end] if t.text[:1].isupper()]
        if capitals:
            return doc[span.start : capitals[-1] + 1].text.strip()
        return None
    return None
