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

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.extract.common import doc_text, ent_start, evidence, is_title_word, lemma_is_speech, phrase_spans
from kg.model import Extraction, QuoteRecord, Release

OPENERS = "“„«\""
CLOSERS = "”»\""
MIN_WORDS = 2  # a single quoted word is a term
MIN_UNATTRIBUTED_WORDS = 8  # a shorter quoted phrase nobody is said to have said is a term or scare quote
# After an article or "of" the quotation is a noun phrase: a name, a term or an offence's legal
# wording ("the offence of “...”", "punished as a “...”"), not a statement.
NOT_SPEECH_BEFORE = {"entitled", "titled", "named", "dubbed", "so-called", "the", "term", "word", "slogan",
                     "a", "an", "of"}
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


def _warned_of_a(before: list[str]) -> bool:
    """"warned of a “do-it-yourself arms market”": a phrase after "a" that a verb of saying speaks of."""
    return len(before) >= 3 and before[-1].lower() in {"a", "an"} and before[-2].lower() in {"of", "about"} \
        and before[-3].lower() in gazetteer.lexicon().speech_verbs


def _opens_split_statement(text: str, segment: _Segment) -> bool:
    """"“Probation,” said X, Deputy Head of Y, “is where ...”": a word or two closed by a comma, then the attribution
    and the rest of the statement in quotation marks, open the statement."""
    if not text[segment.start : segment.end].rstrip().endswith(","):
        return False
    after = text[segment.end + 1 : segment.end + 240]
    opener = next((i for i, c in enumerate(after) if c in OPENERS and c != "”"), None)
    verbs = gazetteer.lexicon().speech_verbs
    return opener is not None and any(w.strip(",").lower() in verbs for w in after[:opener].split())


def _is_statement(text: str, segment: _Segment) -> bool:
    words = text[segment.start : segment.end].split()
    if len(words) < MIN_WORDS and not segment.continued and not _opens_split_statement(text, segment):
        return False
    before = text[: segment.start - 1].split()
    if before and before[-1].lower().strip(",:") in NOT_SPEECH_BEFORE and not _warned_of_a(before):
        return False
    # A title in quotation marks ("Trafficking in Human Beings and Terrorism"), not a statement.
    capitals = sum(1 for w in words if w[:1].isupper())
    return not (capitals >= 0.6 * len(words) and not re.search(r"[.,!?;]", text[segment.start : segment.end]))


def extract_quotes(release: Release, doc: Doc, extraction: Extraction) -> None:
    text = release.text
    mentions = sorted((ev.start, ev.end, p.name) for p in extraction.people for ev in p.evidence)
    mentions = sorted(mentions + _office_mentions(doc, extraction, mentions))
    segments = quote_segments(release)
    bounds = paragraph_bounds(release)
    statements: list[_Statement] = []
    subjects = _subject_mentions(doc, mentions)
    clause_subjects = _clause_subjects(doc, mentions)
    pronouns: dict[str, str] = {}  # speaker -> "he" / "she", as the release refers to them
    addressed: str | None = None
    for k, segment in enumerate(segments):
        previous = segments[k - 1] if k else None
        p_start, p_end = bounds[segment.paragraph]
        after_end = segments[k + 1].start - 1 if k + 1 < len(segments) and \
            segments[k + 1].paragraph == segment.paragraph else p_end
        same_paragraph = previous is not None and previous.paragraph == segment.paragraph
        previously_addressed = addressed if same_paragraph else None
        addressed = _addressee(text, segment.end, after_end, mentions, extraction)
        trailing = None if _introduces_next(text, segment, after_end) else \
            _trailing_speaker(text, segment.end, after_end, mentions, addressed)
        lead_from = previous.end + 1 if same_paragraph else p_start
        # "“A,” she told X. “B”": X, spoken to between the segments, does not speak B.
        leading = [n for n in _named_in(mentions, lead_from, segment.start) if n != previously_addressed]
        teller = _teller(doc, mentions, lead_from, segment.start)
        speaking = [*leading, teller] if teller else leading  # "X told Y: “...”": X speaks, not Y
        last = statements[-1] if statements else None
        # "..., adding that reporting was “exactly the kind of ...”": a phrase the sentence
        # goes on into is a statement of its own, not the rest of the one before.
        embedded = _embedded(text, segment)
        if trailing and embedded and _named_in(mentions, max(lead_from, _sentence_start(doc, segment.start)),
                                               segment.start):
            # "X called the charges “vague ...”, and recalled a letter to Minister Y": a phrase reported
            # in a running sentence is the words of the sentence's subject, not of a name after it.
            trailing = None
        if trailing and leading and _asked_before(text, lead_from, segment):
            # "X asked the panel: “How ...?” Y answered that ...": a question its attribution opens, with a colon, is
            # the asker's; the name after it answers
            trailing = None
        between = text[previous.end + 1 : segment.start - 1] if same_paragraph else ""
        joins = last is not None and previous is not None and not (same_paragraph and embedded) and (
            segment.continued
            or (same_paragraph and trailing is None
                # "X said: “A.” “B,” she added.": B has an attribution of its own; "X called it “A”. She warned:
                # “B”" too.
                and not (last.speaker and _has_pronoun_attribution(text, segment.end, after_end))
                and not _leading_pronoun(text, lead_from, segment.start)
                and (not leading or leading[-1] == last.speaker
                     # "“A,” X said after meeting the President. “B”": the attribution of A names others too;
                     # not "“A,” X said. Y added: “B”", a sentence of its own naming another before B.
                     or (leading[0] == last.speaker and len(_SENTENCE_END.findall(between)) <= 1
                         and not _named_in(mentions, _after_last_sentence(between, previous.end + 1), segment.start))))
            or (previous.paragraph == segment.paragraph - 1 and segment.opens_paragraph and trailing is None
                and not leading and not _has_pronoun_attribution(text, segment.end, after_end))
        )
        if joins:
            last.segments.append(segment)
            if last.speaker is None:
                last.speaker = _speaker(trailing, speaking, text, segment, after_end, mentions, statements, subjects,
                                        (p_start, clause_subjects, pronouns), addressed)
            continue
        statement = _Statement([segment])
        namer = _naming_subject(doc, segment, mentions, statements, subjects, (p_start, clause_subjects, pronouns)) \
            if embedded and not trailing else None
        if namer:
            # "He called the new law “a turning point”": the phrase is the words of the subject of the
            # verb that names it, not of the last person named before it.
            statement.speaker = namer
            statements.append(statement)
            continue
        statement.speaker = _speaker(trailing, speaking, text, segment, after_end, mentions, statements, subjects,
                                     (p_start, clause_subjects, pronouns), addressed,
                                     _pronoun_subject(doc, segment) if embedded else None)
        if statement.speaker is None and same_paragraph and embedded and last is not None \
                and _speech_between(doc, previous.end, segment.start):
            statement.speaker = last.speaker  # "“A,” she said, adding that ... “B”"
        if embedded and not trailing and not _short_phrase_is_speech(doc, text, segment):
            statement.speaker = None  # "accused of “calling for mass unrest”": a charge, not a statement
        statements.append(statement)
    for statement in statements:
        words = sum(len(text[s.start : s.end].split()) for s in statement.segments)
        if statement.speaker is None and words < MIN_UNATTRIBUTED_WORDS:
            continue
        extraction.quotes.append(QuoteRecord(
            speaker=statement.speaker,
            text=_joined(text, statement.segments),
            evidence=[evidence(release, doc, s.start, s.end) for s in statement.segments],
        ))


ELISION = " […] "


def _after_last_sentence(between: str, offset: int) -> int:
    """Where the last sentence of the text ``between`` two quotations (starting at ``offset``) opens; its start when
    no sentence ends in it."""
    ends = list(_SENTENCE_END.finditer(between))
    return offset + ends[-1].end() if ends else offset + len(between)


def _joined(text: str, segments: list[_Segment]) -> str:
    """The statement's words as written: segments that an attribution splits are joined by an
    elision mark ("Small steps matter, […] When people ..."), never by invented punctuation;
    a quotation running on into the next paragraph is joined by a space."""
    parts = [text[segments[0].start : segments[0].end].strip()]
    for before, segment in zip(segments, segments[1:], strict=False):
        gap = text[before.end : segment.start]
        words_between = re.sub(rf"[{re.escape(OPENERS + CLOSERS)}\s]", "", gap)
        parts.append(" " if not words_between else ELISION)
        parts.append(text[segment.start : segment.end].strip())
    return "".join(parts)


def _embedded(text: str, segment: _Segment) -> bool:
    """Does the quotation sit inside a running sentence ("was “exactly the kind ...”")
    rather than after punctuation, a paragraph start or an attribution's comma or colon?"""
    before = text[: segment.start - 1].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in "’'") and not segment.opens_paragraph


def _sentence_start(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.sent.start_char if span is not None and len(span) else char


def _speech_between(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(lemma_is_speech(t) for t in span)


SPEECH_LEMMAS = {"say", "add", "call", "describe", "term", "stress", "warn", "urge", "note", "tell", "label",
                 "state", "declare", "insist", "argue", "remark", "emphasize", "emphasise", "underline", "ask",
                 "sum"}  # "a trend he summed up as “...”"


def _short_phrase_is_speech(doc: Doc, text: str, segment: _Segment) -> bool:
    """A short quoted phrase inside a sentence is somebody's words when the verb it hangs on is
    a verb of saying ("called trafficking “a violation ...”"), not when it is a charge, a name
    or a term ("accused of “calling for mass unrest”")."""
    if len(text[segment.start : segment.end].split()) >= MIN_UNATTRIBUTED_WORDS:
        return True
    span = doc.char_span(segment.start, segment.end, alignment_mode="expand")
    if span is None or not len(span):
        return True
    if _IN_THEIR_WORDS.search(doc_text(doc), span.sent.start_char, segment.start):
        return True  # "a subject that, in her words, is often “...”"
    # "charged as “violent behaviour”", "recorded as “...”": a category, not words said; "described ...
    # as “...”" reports words.
    return _reporting_verb(span.root) is not None


# Verbs whose "as “...”" gives an opinion, words of the speaker reporting it ("regarded X as “...”").
OPINION_LEMMAS = {"regard", "see", "view", "consider", "characterize", "characterise"}


def _reporting_verb(root: Token) -> Token | None:
    """The verb of saying whose words the phrase at ``root`` reports: the first verb above it when it is
    one, through the clauses such a verb reports ("She said that the course had given them “...”",
    "He said that X had always regarded Y as “...”"), or a parenthetical one on the way ("The study, he
    said, found that ... “...”"); None when the first verb that is neither governs no reported clause."""
    category = root.head.lower_ == "as"
    for verb in root.ancestors:
        if verb.pos_ != "VERB":
            continue
        if _is_speech_verb(verb):
            return verb
        if category and verb.lemma_.lower() not in OPINION_LEMMAS:
            return None  # "(said that attacks were) charged as “violent behaviour”": a category
        category = False
        aside = next((c for c in verb.children if c.dep_ == "parataxis" and _is_speech_verb(c)), None)
        if aside is not None:
            return aside
        # ("replied that A, and that the measures had been made for “...”": the second of two reported clauses)
        if verb.dep_ != "ccomp" and not (verb.dep_ == "conj" and verb.head.dep_ == "ccomp"):
            return None
    return None


def _is_speech_verb(token: Token) -> bool:
    return token.lemma_.lower() in SPEECH_LEMMAS or token.lower_ in gazetteer.lexicon().speech_verbs


_IN_THEIR_WORDS = re.compile(r"\b[Ii]n (his|her) (?:own )?words\b")


def _pronoun_subject(doc: Doc, segment: _Segment) -> str | None:
    """"He called the new law “a turning point”", "She said the course gave them “a common language”":
    a phrase quoted inside a sentence whose verb of saying has a pronoun for subject; the pronoun
    ("he", "she"), else None."""
    span = doc.char_span(segment.start, segment.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    # "a subject that, in her words, is often “misrepresented”": the words are hers.
    words = _IN_THEIR_WORDS.search(doc_text(doc), span.sent.start_char, segment.start)
    if words:
        return "she" if words[1].lower() == "her" else "he"
    verb = _reporting_verb(span.root)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return subject.lower_ if subject is not None and subject.lower_ in {"he", "she"} else None


NAMING_LEMMAS = {"call", "describe", "term", "label"}  # verbs that give a phrase as their subject's words


def _naming_subject(doc: Doc, segment: _Segment, mentions: list[tuple[int, int, str]],
                    statements: list[_Statement], subjects: set[int],
                    paragraph: tuple[int, dict[int, int], dict[str, str]]) -> str | None:
    """The subject of the verb of naming a quoted phrase hangs on ("She called the provision ...
    “the best-kept secret”", "what he called “...”", "which X described as “...”"): the person named,
    or the pronoun's referent; None when there is no such verb or its subject is no person."""
    span = doc.char_span(segment.start, segment.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = next((a for a in span.root.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in NAMING_LEMMAS), None)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.lower_ in {"he", "she"}:
        return _pronoun_referent(subject.lower_, segment, mentions, statements, subjects, paragraph)
    first, last = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    return next((name for s, e, name in mentions if s < last and first < e), None)


def _subject_mentions(doc: Doc, mentions: list[tuple[int, int, str]]) -> set[int]:
    """Start offsets of the first person named in each sentence, the one a later "he said" most
    likely refers to ("X, Director of Y, expressed concern about the detention of Z": X, not Z)."""
    found, seen_sentences = set(), set()
    for start, _end, _name in mentions:
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or not len(span):
            continue
        sentence = span.sent.start
        if sentence not in seen_sentences:
            seen_sentences.add(sentence)
            found.add(start)
    return found


def _teller(doc: Doc, mentions: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    """"X told the High Commissioner: “...”": when the last person named before a quotation is the one
    spoken to (the object of a verb of saying), the speaker is that verb's subject."""
    spans = [(doc.char_span(s, e, alignment_mode="expand"), name) for s, e, name in mentions if start <= s < end]
    spans = [(span, name) for span, name in spans if span is not None and len(span)]
    if len(spans) < 2:
        return None
    last = spans[-1][0].root
    verb = last.head
    # ("X asked Y: “...?”": a question put to Y; "X, a herder, met the Secretary General. “...”": the one met)
    if last.dep_ not in {"dobj", "dative"} or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in {"tell", "assure", "ask", "meet"}:
        return None
    if any(c.dep_ == "nsubj" and c.lower_ in {"he", "she"} for c in verb.children):
        # "X recalled that ... He told the Secretary General: “...”": the one named before the person spoken to
        return next((name for _span, name in reversed(spans[:-1]) if name != spans[-1][1]), None)
    # ("A student from Y, X, asked the Representative: ..."): the subject, or a name in apposition inside it
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return next((name for span, name in spans[:-1] if span.root.head == verb and span.root.dep_ == "nsubj"
                 or span.root.dep_ == "appos" and any(span.root in c.subtree for c in subjects)), None)


def _named_in(mentions: list[tuple[int, int, str]], start: int, end: int) -> list[str]:
    return [name for s, _e, name in mentions if start <= s < end]


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """From the closing mark to the end of its sentence (or the next quotation)."""
    match = _SENTENCE_END.search(text, start + 1, end)
    return start, match.end() if match else end


def _trailing_speaker(text: str, close: int, limit: int, mentions: list[tuple[int, int, str]],
                      addressed: str | None = None) -> str | None:
    if _new_sentence_after(text, close) or _full_stop_inside(text, close):
        # "“... still there.” He called for the release of X": X is spoken of, not speaking; "“... bread in
        # Shymkent.” X asked who would pay ...": a quotation its full stop ends is attributed before it
        return None
    start, end = _window(text, close, limit)
    names = [name for name in _named_in(mentions, start, end) if name != addressed]
    verbs = gazetteer.lexicon().speech_verbs
    words = [w.lower() for w in re.findall(r"[\w’'-]+", text[start:end])]
    if words[:1] in (["he"], ["she"]) and words[1:2] and words[1] in verbs:
        return None  # "“...,” she said in Romani, translated by X": the pronoun speaks, X is named after
    return names[0] if names and verbs.intersection(words) else None


def _asked_before(text: str, lead_from: int, segment: _Segment) -> bool:
    """Does the quotation end its sentence with "?" or "!" after an attribution ending in a colon ("... asked the
    notaries: “...?”")?"""
    quoted = text[segment.start : segment.end].rstrip()
    return bool(quoted) and quoted[-1] in "?!" and text[lead_from : segment.start - 1].rstrip().endswith(":")


def _full_stop_inside(text: str, close: int) -> bool:
    """Does the quotation closing at ``close`` end with a full stop ("... in Shymkent.”), its sentence not going on
    in lower case after it (“... trust.” said X: a slip of punctuation before an attribution)?"""
    return text[:close].rstrip().endswith(".") and not text[:close].rstrip().endswith("...") \
        and not re.match(r"[”»\"]?[ \t]+[a-z]", text[close:])


def _introduces_next(text: str, segment: _Segment, limit: int) -> bool:
    """"“... heard.” X said: “We will act.”": a quotation closed by its sentence's full stop, then
    an attribution ending in a colon: the attribution introduces the next quotation, not this one."""
    quoted = text[segment.start : segment.end].rstrip()
    between = text[segment.end + 1 : limit].rstrip()
    return bool(quoted) and quoted[-1] in ".!?" and between.endswith(":")


def _new_sentence_after(text: str, close: int) -> bool:
    """"“... at the same time.” He also recalled that ...": a capitalised pronoun right after the
    closing mark begins a sentence of its own; an attribution's pronoun is lower case (“...,” he said)."""
    match = re.match(r"[”»\"]?\s*(\w+)", text[close:])
    return bool(match) and match.group(1) in {"He", "She", "They"}


def _has_pronoun_attribution(text: str, close: int, limit: int) -> bool:
    if _new_sentence_after(text, close) or _full_stop_inside(text, close):
        # (“... the problem.” The clinic, she said, had ...": a sentence of its own reports other words)
        return False
    start, end = _window(text, close, limit)
    words = [w.lower() for w in re.findall(r"[\w’'-]+", text[start:end])][:4]
    return bool(PRONOUNS.intersection(words)) and bool(gazetteer.lexicon().speech_verbs.intersection(words))


def _speaker(trailing: str | None, leading: list[str], text: str, segment: _Segment, limit: int,
             mentions: list[tuple[int, int, str]], statements: list[_Statement], subjects: set[int],
             paragraph: tuple[int, dict[int, int], dict[str, str]], addressed: str | None = None,
             embedded_pronoun: str | None = None) -> str | None:
    if trailing:
        return trailing
    if pronoun := _pronoun_attribution(text, segment.end, limit):
        speaker = _pronoun_referent(pronoun, segment, mentions, statements, subjects, paragraph, addressed)
        if speaker is not None:
            paragraph[2].setdefault(speaker, pronoun)
        return speaker
    for pronoun in (embedded_pronoun, _leading_pronoun(text, paragraph[0], segment.start)):
        if pronoun:
            # The pronoun subject of the sentence the phrase is quoted in, or of the attribution that opens the
            # quotation ("She added: “...”"): not whoever was named last.
            speaker = _pronoun_referent(pronoun, segment, mentions, statements, subjects, paragraph, addressed)
            if speaker is not None:
                return speaker
    if leading:
        return leading[-1]
    return None


def _pronoun_referent(pronoun: str, segment: _Segment, mentions: list[tuple[int, int, str]],
                      statements: list[_Statement], subjects: set[int],
                      paragraph: tuple[int, dict[int, int], dict[str, str]],
                      addressed: str | None = None) -> str | None:
    """"he said": the person the paragraph introduces before the quote (the subject of a clause,
    else the first named in a sentence); else the person last named before the quote as the
    subject of a clause, else the person last named, else the last speaker. A person the release
    has called "she" is not a "he", and the other way round; the person spoken to ("she told X")
    is not the speaker."""
    p_start, clause_subjects, pronouns = paragraph

    def fits(name: str | None) -> bool:
        return name is not None and name != addressed and pronouns.get(name, pronoun) == pronoun

    here = [(s, name) for s, _e, name in mentions if p_start <= s < segment.start]
    ranked = [[n for s, n in here if clause_subjects.get(s) == rank] for rank in (0, 1)]
    for tier in (*ranked, [n for s, n in here if s in subjects]):
        fitting = [n for n in tier if fits(n)]
        if fitting:
            return fitting[-1]
    before = [(s, name) for s, _e, name in mentions if s < segment.start]
    if addressed:
        # "Lipták met ..., among them X. “...,” she told the Chairperson-in-Office.": one of the others
        # spoken of, the last named first.
        others = [name for _s, name in before if fits(name)]
        return others[-1] if others else None
    subject = [name for s, name in before if s in subjects]
    if subject:
        candidate = subject[-1]
    elif before:
        candidate = before[-1][1]
    else:
        candidate = statements[-1].speaker if statements else None
    return candidate if fits(candidate) else None


def _addressee(text: str, close: int, limit: int, mentions: list[tuple[int, int, str]],
               extraction: Extraction) -> str | None:
    """"“...,” she told the Chairperson-in-Office": the person spoken to, by name or by the office the
    release gives one person; None when the attribution tells nobody."""
    start, end = _window(text, close, limit)
    match = re.search(r"\b(?:told|tells|telling)\s+([^,.;:]+)", text[start:end])
    if not match:
        return None
    first, last = start + match.start(1), start + match.end(1)
    named = [name for s, _e, name in mentions if first <= s < last]
    if named:
        return named[0]
    office = re.sub(r"^(?:the\s+)?(?:OSCE\s+)?", "", match.group(1).strip())
    holders = {r.person for r in extraction.roles if r.title == office}
    return next(iter(holders)) if len(holders) == 1 else None


_LEADING_PRONOUN = re.compile(r"(?:^|[.!?”\"]\s+)(He|She|They) ([^.!?“”\"]*):\s*$", re.MULTILINE)


def _leading_pronoun(text: str, p_start: int, start: int) -> str | None:
    """"he", "she" or "they" when the sentence that opens the quotation is a pronoun's attribution ending in a colon
    ("She added: “...”"), else None."""
    match = _LEADING_PRONOUN.search(text, p_start, max(p_start, start - 1))
    if match is None or not gazetteer.lexicon().speech_verbs.intersection(match.group(2).lower().split()):
        return None
    return match.group(1).lower()


def _pronoun_attribution(text: str, close: int, limit: int) -> str | None:
    """"he" or "she" when the quote's attribution is a pronoun's ("she said"), "they" for "they", else None."""
    if _new_sentence_after(text, close):
        return None
    start, end = _window(text, close, limit)
    words = [w.lower() for w in re.findall(r"[\w’'-]+", text[start:end])][:4]
    if not gazetteer.lexicon().speech_verbs.intersection(words):
        return None
    return next((w for w in words if w in PRONOUNS), None)


def _clause_subjects(doc: Doc, mentions: list[tuple[int, int, str]]) -> dict[int, int]:
    """Start offsets of the mentions that are the subject of a clause ("After X spoke, Y presented ...", "..., X, who
    told the participants that ..."), with their rank: 0, or 1 for the subject of a relative clause that tells no
    speech ("by Ambassador X, who serves as Chairperson of ..."), which a pronoun refers to only when no other is."""
    found: dict[int, int] = {}
    for start, end, _name in mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        while root.dep_ == "appos" and root.head.i < span.start:
            root = root.head
        if root.dep_ in {"nsubj", "nsubjpass"} or _apposed_after_subject_clause(span, root):
            found[start] = 0
        elif span.end + 2 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ == "who" \
                and doc[span.end + 2].pos_ in {"VERB", "AUX"}:
            found[start] = 0 if _is_speech_verb(doc[span.end + 2]) else 1
    return found


def _apposed_after_subject_clause(span: Span, root: Token) -> bool:
    """"A teacher who fled Uzhhorod, X, told ...": a name set off after a relative clause of the subject names the
    subject, though the model hangs it on the clause's last noun."""
    doc = span.doc
    if span.root.dep_ != "appos" or span.start < 1 or doc[span.start - 1].text != "," or span.end + 1 >= len(doc) \
            or doc[span.end].text != ",":
        return False  # (not "X, who accompanied the Special Representative, compared ...": the clause's object)
    verb = doc[span.end + 1]
    return verb.pos_ in {"VERB", "AUX"} and any(
        a.dep_ == "relcl" and a.head.dep_ in {"nsubj", "nsubjpass"} and a.head.head == verb for a in root.ancestors)


def _office_mentions(doc: Doc, extraction: Extraction, mentions: list[tuple[int, int, str]]):
    """"The Chairperson-in-Office called ...", "the Secretary General said": an office named alone
    as the subject of a clause refers to the person the release gave that office, by the roles
    found (one holder), else by the title written next to a name earlier ("the OSCE
    Chairperson-in-Office, Portugal's Minister ... X", "X, the Secretary General")."""
    taken = [(s, e) for s, e, _n in mentions]
    found: list[tuple[int, int, str]] = []
    for span in phrase_spans(doc, "role"):
        if not is_title_word(span[0]) or span.start == 0:
            continue
        before = doc[span.start - 1]
        body = None  # "the ODIHR Director said": the office of the body named before it
        if before.ent_type_ == "ORG" and before.text != "OSCE" and not doc[span.start].ent_type_:
            k = ent_start(doc, span.start - 1)
            body, before = doc[k : span.start].text, doc[k - 1] if k > 0 else before
        elif before.text == "OSCE" and span.start > 1:
            before = doc[span.start - 2]
        if before.lower_ != "the" or span.root.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if body is not None:
            held = _office_of_named_body(span.text, body, extraction)
            if held is not None and not any(s < span.end_char and span.start_char < e for s, e in taken):
                found.append((span.start_char, span.end_char, held))
            continue
        if span.end < len(doc) and doc[span.end].lower_ == "of":
            # "the Head of the Centre said": an office of a body named by a word of its name, one holder
            held = _office_of_body(doc, span, extraction)
            if held is not None and not any(s < held[0] and span.start_char < e for s, e in taken):
                found.append((span.start_char, held[0], held[1]))
            continue
        if span.end < len(doc) and (doc[span.end].pos_ == "PROPN" or doc[span.end].lower_ in {"for", "on"}):
            continue  # "the Secretary General Jane Doe", "the Director for X": not the office alone
        if any(s < span.end_char and span.start_char < e for s, e in taken):
            continue
        name = _office_holder(doc, span, extraction, mentions)
        if name:
            found.append((span.start_char, span.end_char, name))
    return found


def _office_of_named_body(title: str, body: str, extraction: Extraction) -> str | None:
    """The one person given office ``title`` in the organization written ``body`` (a name or acronym the gazetteer
    or the release's organizations join to the role's); None if there is no such one."""
    def key(name: str) -> str:
        entry = gazetteer.find_org(name)
        if entry is not None:
            return entry.key
        return next((o.name for o in extraction.organizations if name in {o.name, o.acronym}), name)

    holders = {r.person for r in extraction.roles if r.title == title and r.organization
               and key(r.organization) == key(body)}
    return holders.pop() if len(holders) == 1 else None


def _office_of_body(doc: Doc, office: Span, extraction: Extraction) -> tuple[int, str] | None:
    """(end, holder) of "the Head of the Centre" before its verb: the one person given that office of a body whose
    name holds the words after "of" ("OSCE Centre in Ashgabat"); None if there is no such one."""
    k = office.end + 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    m = k
    while m < len(doc) and is_title_word(doc[m]):
        m += 1
    if m == k or m >= len(doc) or doc[m].pos_ not in {"VERB", "AUX"}:
        return None
    words = doc[k:m].text
    holders = {r.person for r in extraction.roles if r.title == office.text and r.organization
               and re.search(rf"\b{re.escape(words)}\b", r.organization)}
    return (doc[m - 1].idx + len(doc[m - 1].text), holders.pop()) if len(holders) == 1 else None


def _office_holder(doc: Doc, office: Span, extraction: Extraction,
                   mentions: list[tuple[int, int, str]]) -> str | None:
    title = office.text
    holders = {r.person for r in extraction.roles if r.title == title or r.title.startswith(title + " ")}
    if len(holders) == 1:
        return next(iter(holders))
    if holders:
        return None
    names = set()
    text = doc_text(doc)
    for match in re.finditer(rf"\b{re.escape(title)}\b", text[: office.start_char]):
        sentence = doc.char_span(match.start(), match.end(), alignment_mode="expand").sent
        after = [(s, n) for s, _e, n in mentions if match.end() <= s < min(sentence.end_char, match.end() + 120)]
        if after and re.fullmatch(r",[^;:“”\"]*|\s*", text[match.end() : after[0][0]]):
            names.add(after[0][1])
            continue
        prior = [(e, n) for s, e, n in mentions if sentence.start_char <= s and e <= match.start()]
        if prior and re.fullmatch(r",\s+(?:the\s+)?(?:OSCE\s+)?", text[prior[-1][0] : match.start()]):
            names.add(prior[-1][1])
    return next(iter(names)) if len(names) == 1 else None
