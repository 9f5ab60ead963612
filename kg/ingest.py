"""Input files -> ``Release`` records.

Reads the two text shapes of a scraped OSCE press release (the page with its navigation
block and ``- Date:`` / ``- Place:`` sections, and the plain "title line, then body" copy)
and HTML pages saved from the site. Drops the navigation, keeps a repeated body once, and
merges files that hold the same release into one record.
"""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dateutil import parser as dateparser

from kg.files import DamagedEntry, read_entry, write_entry
from kg.model import Release, Skipped
from kg.slug import slugify

DEFAULT_MAX_BYTES = 5_000_000
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}

# "VIENNA, 6 July 2015 –", "“Vienna, 24 April 2018 –", "VIENNA, 15 June 2022 -",
# "WARSAW, May 3, 2019 —"; the place is any run of letters before the comma.
_QUOTES = "\"'“”‘’„«»"
_DATELINE = re.compile(
    rf"^[{_QUOTES}\s]*"
    r"(?P<place>[^\W\d_][^\W\d_ .'’/-]*(?:[ .'’/-]+[^\W\d_]+)*)\s*,\s*"
    r"(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[^\W\d_]+\.?,?\s+\d{4}|[^\W\d_]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
    r"\s*[–—−-]+\s*",
)
_SECTION = re.compile(r"^-\s*(?P<name>[^:]{1,40}):\s*$")
_MARKERS = {"press release", "news", "news item", "press statement", "statement"}


# This module's own source: a change to how files are read makes every cached reading stale.
_CODE = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


@dataclass
class _Parsed:
    """One file's reading, before files holding the same release are merged."""

    file: str
    title: str
    paragraphs: list[str]
    date: dt.date | None = None
    place: str | None = None
    sources: list[str] = field(default_factory=list)
    fields_of_work: list[str] = field(default_factory=list)
    has_metadata: bool = False


class SkipFile(Exception):
    """Raised with a one-line reason when a file cannot become a release."""


# --------------------------------------------------------------------------- files


def _folder_files(folder: Path, excluded: list[str]) -> list[Path]:
    """The entries under ``folder`` that are not folders (links included, not followed), in the order
    of ``sorted(folder.rglob("*"))``, without hidden entries and what is under ``excluded`` (real
    paths). os.walk, not pathlib: at 10,000 files pathlib's objects and stats took a second."""

    def is_excluded(real: str) -> bool:
        return any(real == e or real.startswith(e.rstrip(os.sep) + os.sep) for e in excluded)

    found: list[tuple[str, ...]] = []
    for root, dirs, names in os.walk(folder):
        relative = os.path.relpath(root, folder)
        parts = () if relative == "." else tuple(relative.split(os.sep))
        real = os.path.realpath(root)
        links = [d for d in dirs if os.path.islink(os.path.join(root, d))]  # listed, not walked into
        dirs[:] = [d for d in dirs if d not in links and not d.startswith(".")
                   and not is_excluded(os.path.join(real, d))]
        found += [(*parts, name) for name in (*names, *links)
                  if not name.startswith(".") and not is_excluded(os.path.join(real, name))]
    return [folder.joinpath(*parts) for parts in sorted(found)]


def expand_inputs(
    inputs: Sequence[str | Path], exclude: Sequence[Path] = ()
) -> tuple[list[Path], list[Skipped]]:
    """Files named by ``inputs``: files, folders (recursively) and glob patterns.

    Inside a folder, hidden entries and anything under ``exclude`` (the output folder, when it
    sits among the inputs) are passed over; every other entry that is not a folder is
    returned, so a pipe or a link to a folder is reported rather than silently ignored."""
    excluded = [str(e.resolve()) for e in exclude]
    files: list[Path] = []
    missing: list[Skipped] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files.extend(_folder_files(path, excluded))
        elif path.exists() or path.is_symlink():
            files.append(path)
        elif glob.has_magic(str(item)):
            matches = sorted(Path(m) for m in glob.glob(str(item), recursive=True))
            if not matches:
                missing.append(Skipped(str(item), "no file matches this pattern"))
            files.extend(m for m in matches if m.is_file())
        else:
            missing.append(Skipped(str(item), "no such file or folder"))
    return list(dict.fromkeys(files)), missing


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, or ``SkipFile`` saying why they cannot be read."""
    if path.is_symlink() and not path.exists():
        raise SkipFile("broken symbolic link (its target is missing)")
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise SkipFile("is a folder, not a file (name the folder itself as an input to read it)")
        if not stat.S_ISREG(info.st_mode):
            # A FIFO or device would block or never end.
            raise SkipFile("not a regular file (a pipe, socket or device)")
        if info.st_size > max_bytes:
            raise SkipFile(
                f"file is {info.st_size:,} bytes, over the {max_bytes:,}-byte limit (raise it with --max-bytes)"
            )
        data = path.read_bytes()
    except PermissionError:
        raise SkipFile("permission denied (make the file readable)") from None
    except OSError as err:
        raise SkipFile(f"cannot be read: {err.strerror or err}") from None
    if len(data) > max_bytes:  # grew since stat()
        raise SkipFile(f"file is over the {max_bytes:,}-byte limit (raise it with --max-bytes)")
    return data


def read_text(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The file's text, decoded and normalized, or ``SkipFile`` saying why not."""
    return normalize(decode(read_bytes(path, max_bytes)))


_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"BZh", b"\xfd7zXZ")
# Punctuation that Western text saved as Windows-1252 really contains above ASCII.
_WESTERN_PUNCTUATION = set("\u00a0“”‘’„‚–—…«»‹›€£¥¢°§©®™•·¡¿×÷±½¼¾ªº¶†‡")


def decode(data: bytes) -> str:
    """Bytes -> text: BOMs first, then UTF-8, then Windows-1252 when the text looks Western,
    then the encoding charset-normalizer detects."""
    if not data.strip():
        raise SkipFile("file is empty")
    if data.startswith(_BINARY_MAGIC):
        raise SkipFile("binary file (PDF, image or archive), not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise SkipFile("starts with a UTF-16 byte-order mark but is not valid UTF-16") from None
    elif b"\x00" in data[:4096]:
        raise SkipFile("binary file, not text")
    else:
        text = _decode_8bit(data)
    if _looks_binary(text):
        raise SkipFile("binary file, not text")
    if not text.strip("\ufeff \t\r\n\f\v\u00a0"):
        raise SkipFile("file is empty")
    return text


def _decode_8bit(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Charset detectors guess wrong on short texts ("Sólrún" alone reads as anything), so a
    # text that decodes as Windows-1252 and reads like a Western language is taken as such.
    try:
        text = data.decode("cp1252")
        if _looks_western(text):
            return text
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding.replace("_", "").replace("-", "").lower() in {"latin1", "iso88591", "iso885915"}:
        encoding = "cp1252"  # a superset for printable text, with the curly quotes and dashes
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return data.decode("cp1252", errors="replace")


def _looks_western(text: str) -> bool:
    """Mostly ASCII letters, the others accented letters or typographic punctuation.

    Cyrillic or Greek read as Windows-1252 comes out as runs of accented letters, and
    Central European text as stray symbols ("³", "¹"); neither passes."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    high = [ch for ch in text if ord(ch) > 127]
    if any(not ch.isalpha() and ch not in _WESTERN_PUNCTUATION for ch in high):
        return False
    accented = sum(1 for ch in letters if ord(ch) > 127)
    return accented <= max(2, len(letters) * 0.3)


# Control characters (Unicode category Cc) and lone surrogates (Cs), but not \t \n \f \r; a
# character class, since calling unicodedata per character was most of ingest's time.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    return len(_CONTROL.findall(sample)) > max(3, len(sample) // 100)


def normalize(text: str) -> str:
    """NFC, LF line ends, no BOM, non-breaking and other odd spaces as plain spaces."""
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"[\t\u00a0\u2007\u202f\u2009\u200a\u3000]", " ", text)


# --------------------------------------------------------------------------- parsing


def parse_text(text: str, file: str) -> _Parsed:
    """Read one text file of either shape."""
    lines = [line.strip() for line in text.split("\n")]
    marker = next((i for i, line in enumerate(lines) if line.lower() in _MARKERS), None)
    if marker is not None:
        return _parse_page(lines[marker + 1 :], file)
    if _has_navigation(lines):
        dateline = next((i for i, line in enumerate(lines) if _DATELINE.match(line)), None)
        if dateline is None:
            raise SkipFile("navigation page with no press release in it")
        title_at = max(
            (i for i in range(dateline) if lines[i] and not lines[i].startswith("-")), default=None
        )
        if title_at is None:
            raise SkipFile("no title found before the dateline")
        return _parse_page(lines[title_at:], file)
    return _parse_plain(lines, file)


def _has_navigation(lines: list[str]) -> bool:
    head = [line for line in lines[:40] if line]
    return sum(1 for line in head if line.startswith("-")) >= 10


def _parse_plain(lines: list[str], file: str) -> _Parsed:
    content = [line for line in lines if line]
    if not content:
        raise SkipFile("file is empty")
    title, body = content[0], content[1:]
    if _DATELINE.match(title) and len(title) > 120:
        # No title line: the file starts with the body.
        title, body = _title_from_body(title), content
    parsed = _Parsed(file=file, title=title, paragraphs=body)
    _read_dateline(parsed)
    return parsed


def _title_from_body(first: str) -> str:
    rest = _DATELINE.sub("", first, count=1)
    return rest.split(". ")[0][:120]


def _parse_page(lines: list[str], file: str) -> _Parsed:
    content = [line for line in lines if line]
    if not content:
        raise SkipFile("no title after the 'Press release' marker")
    title = content[0]
    sections: dict[str, list[str]] = {}
    current: str | None = None
    i = 1
    while i < len(content) and content[i].startswith("-"):
        line = content[i]
        match = _SECTION.match(line)
        if match:
            current = match["name"].strip().lower()
            sections[current] = []
        elif current is not None:
            sections[current].append(line.lstrip("- ").strip())
        i += 1
    parsed = _Parsed(file=file, title=title, paragraphs=content[i:], has_metadata=bool(sections))
    parsed.sources = _split_list(sections.get("source", []))
    parsed.fields_of_work = _split_list(sections.get("fields of work", []), sep=None)
    place = sections.get("place")
    if place:
        parsed.place = _place_name(place[0])
    if sections.get("date"):
        parsed.date = _parse_date(sections["date"][0])
    _read_dateline(parsed)
    return parsed


def _split_list(values: list[str], sep: str | None = ",") -> list[str]:
    items = []
    for value in values:
        parts = value.split(sep) if sep else [value]
        items.extend(p.strip() for p in parts if p.strip())
    return list(dict.fromkeys(items))


def _read_dateline(parsed: _Parsed) -> None:
    """Date and place from the first paragraph's dateline; drops a stray leading quote."""
    parsed.paragraphs = _drop_repeat(parsed.paragraphs)
    if not parsed.paragraphs:
        return
    first = parsed.paragraphs[0]
    match = _DATELINE.match(first)
    if not match:
        return
    date = _parse_date(match["date"])
    if date is not None:
        parsed.date = date
    parsed.place = _place_name(match["place"]) or parsed.place
    # A scraped quote mark before the dateline ("“Vienna, 24 April 2018 –") is not a quote.
    stripped = first.lstrip(_QUOTES + " ")
    if stripped != first and not any(q in stripped[: match.end()] for q in "”\""):
        parsed.paragraphs[0] = stripped


def _parse_date(text: str) -> dt.date | None:
    try:
        return dateparser.parse(text, dayfirst=True, default=dt.datetime(1900, 1, 1)).date()
    except (ValueError, OverflowError):
        return None


def _place_name(text: str) -> str | None:
    text = text.strip(" ,-–")
    if not text:
        return None
    return text.title() if text.isupper() or text.islower() else text


_REPEAT_LIMIT = 2000


def _drop_repeat(paragraphs: list[str]) -> list[str]:
    """A body scraped twice in a row ("D A B C A B C") is kept once: the longest block of
    paragraphs followed at once by an exact copy of itself loses the copy."""
    paragraphs = list(paragraphs)
    n = len(paragraphs)
    if n > _REPEAT_LIMIT:
        # No press release is this long; the search is quadratic, so a huge file is left as is.
        return paragraphs
    for size in range(n // 2, 0, -1):
        for i in range(n - 2 * size + 1):
            # The first pair is compared before any slice is copied: most start points fail there.
            j = i + size
            if paragraphs[i] == paragraphs[j] and paragraphs[i:j] == paragraphs[j : j + size]:
                return _drop_repeat(paragraphs[:j] + paragraphs[j + size :])
    return paragraphs


def parse_html(text: str, file: str) -> _Parsed:
    """A page saved from the OSCE site: title in ``<h1>``, body in the article element."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "template"]):
        tag.decompose()
    h1 = soup.find("h1")
    title = " ".join(h1.get_text(" ").split()) if h1 else ""
    article = soup.find("article") or soup.find("main") or soup.body or soup
    if h1 is not None and h1 in article.descendants:
        h1.decompose()
    blocks = article.find_all(["p", "li", "blockquote"]) or [article]
    paragraphs = [" ".join(b.get_text(" ").split()) for b in blocks if not b.find(["p", "li"])]
    paragraphs = [p for p in paragraphs if p]
    if not title:
        title_tag = soup.find("title")
        title = " ".join(title_tag.get_text(" ").split()) if title_tag else ""
    if not title and not paragraphs:
        raise SkipFile("HTML page with no title and no text")
    parsed = _Parsed(file=file, title=title or _title_from_body(paragraphs[0]), paragraphs=paragraphs)
    _read_dateline(parsed)
    return parsed


def parse_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, name: str | None = None) -> _Parsed:
    """One file -> its parsed reading; raises ``SkipFile`` with the reason."""
    return parse_data(read_bytes(path, max_bytes), name or str(path), html=path.suffix.lower() in HTML_SUFFIXES)


def parse_data(data: bytes, name: str, html: bool = False) -> _Parsed:
    """A file's bytes -> its parsed reading; raises ``SkipFile`` (never anything else) when
    they hold no release. ``html`` forces the HTML reader; an HTML document is found anyway."""
    text = normalize(decode(data))
    if html or re.match(r"\s*(<!doctype html|<html)", text, re.I):
        parsed = parse_html(text, name)
    else:
        parsed = parse_text(text, name)
    if not parsed.title:
        raise SkipFile("no title found")
    return parsed


# --------------------------------------------------------------------------- releases


def content_key(title: str, paragraphs: Iterable[str]) -> str:
    """Same release, same key: case, quotes and spacing do not count."""
    text = "\n".join((title, *paragraphs)).casefold()
    text = re.sub(f"[{_QUOTES}]", '"', text)
    text = re.sub(r"[–—−]", "-", text)
    text = re.sub(r"\s+", " ", text).strip()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def merge(parsed: Sequence[_Parsed], keys: Sequence[str] | None = None) -> tuple[list[Release], int]:
    """Group readings of the same release, whatever the order; returns releases and merges.
    ``keys``: the readings' ``content_key``s, when already known."""
    groups: dict[str, list[_Parsed]] = {}
    if keys is None:
        keys = [content_key(item.title, item.paragraphs) for item in parsed]
    for item, key in zip(parsed, keys, strict=True):
        groups.setdefault(key, []).append(item)
    releases: list[Release] = []
    used: set[str] = set()
    for key in sorted(groups):
        # The reading with page metadata wins; ties go to the file name, never to input order.
        group = sorted(groups[key], key=lambda p: (not p.has_metadata, p.file))
        best = group[0]
        date = best.date or next((p.date for p in group if p.date), None)
        release_id = _release_id(date, best.title, key, used)
        releases.append(
            Release(
                id=release_id,
                title=best.title,
                date=date,
                place=best.place or next((p.place for p in group if p.place), None),
                sources=tuple(dict.fromkeys(s for p in group for s in p.sources)),
                fields_of_work=tuple(dict.fromkeys(f for p in group for f in p.fields_of_work)),
                paragraphs=tuple(best.paragraphs),
                files=tuple(sorted({p.file for p in group})),
            )
        )
    releases.sort(key=lambda r: (r.date or dt.date.min, r.id))
    return releases, len(parsed) - len(groups)


def _release_id(date: dt.date | None, title: str, key: str, used: set[str]) -> str:
    slug = slugify(title, max_length=60) or "untitled"
    base = f"{date.isoformat() if date else 'undated'}-{slug}"
    release_id = base if base not in used else f"{base}-{key[:8]}"
    used.add(release_id)
    return release_id


@dataclass
class IngestResult:
    releases: list[Release]
    skipped: list[Skipped]
    files_read: int
    merged: int

    @property
    def undated(self) -> list[Release]:
        """Releases kept although no date was found in any of their files."""
        return [r for r in self.releases if r.date is None]


class ReadingCache:
    """Readings of files by path, size and modification time, from the last build: an unchanged
    file of a 10,000-release archive is neither decoded nor parsed again (that took seconds).
    Like ``make``, it trusts the modification time; a reading is redone when the code changes."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / f"readings-{_CODE}.pickle"
        try:
            self.old: dict[str, tuple] = read_entry(self.path, _CODE, dict) or {}
        except DamagedEntry:
            self.old = {}  # every file is read again
        self.new: dict[str, tuple] = {}
        self.cwd = os.getcwd()  # a relative path's file depends on it

    def read(self, path: Path, name: str, max_bytes: int) -> tuple[_Parsed, str]:
        """(reading, content key) of one file; raises ``SkipFile`` as ``parse_file`` does."""
        try:
            info = os.stat(path)
            stamp = (os.path.join(self.cwd, path), info.st_size, info.st_mtime_ns, info.st_ino)
        except OSError:
            stamp = None
        entry = self.old.get(name)
        if stamp is not None and info.st_size <= max_bytes and entry is not None and entry[0] == stamp:
            self.new[name] = entry
            return entry[1], entry[2]
        parsed = parse_file(path, max_bytes, name=name)
        key = content_key(parsed.title, parsed.paragraphs)
        if stamp is not None:
            self.new[name] = (stamp, parsed, key)
        return parsed, key

    def save(self) -> None:
        if self.new != self.old:  # only the files of this build: the cache does not grow without end
            write_entry(self.path, _CODE, self.new)


def ingest(
    inputs: Sequence[str | Path], max_bytes: int = DEFAULT_MAX_BYTES, exclude: Sequence[Path] = (),
    cache_dir: Path | None = None,
) -> IngestResult:
    """Read every input into releases; a file that cannot be read is skipped with a reason.

    A release with no recognisable date is kept, with the date unknown (``Release.date`` is
    None and its id starts with "undated-"): its title and text are still worth having.
    With ``cache_dir``, unchanged files are taken from the last build's readings (``ReadingCache``)."""
    files, skipped = expand_inputs(inputs, exclude)
    cache = ReadingCache(cache_dir) if cache_dir is not None else None
    parsed: list[_Parsed] = []
    keys: list[str] = []
    cwd = Path.cwd()
    for path in files:
        name = _display_name(path, cwd)
        try:
            if cache is not None:
                reading, key = cache.read(path, name, max_bytes)
            else:
                reading = parse_file(path, max_bytes, name=name)
                key = content_key(reading.title, reading.paragraphs)
            parsed.append(reading)
            keys.append(key)
        except SkipFile as why:
            skipped.append(Skipped(name, str(why)))
        except Exception as err:  # a reader bug must cost one file, not the whole build
            skipped.append(Skipped(name, f"could not be parsed ({type(err).__name__}: {err}); please report this"))
    if cache is not None:
        try:
            cache.save()
        except OSError:
            pass  # an unwritable cache costs speed next time, not this build
    releases, merged = merge(parsed, keys)
    return IngestResult(releases=releases, skipped=skipped, files_read=len(parsed), merged=merged)


def _display_name(path: Path, cwd: Path) -> str:
    """Relative to the working folder ``cwd`` when inside it, so outputs do not depend on the machine."""
    if not path.is_absolute():
        return path.as_posix()  # what path.absolute().relative_to(cwd) gives, without its cost
    try:
        return path.relative_to(cwd).as_posix()
    except ValueError:
        return path.as_posix()
