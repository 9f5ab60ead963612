"""Messy inputs: odd encodings and spacing are read right; files that hold no release are
skipped with one warning line each while the rest of the build completes (exit code 1)."""

from __future__ import annotations

import ctypes
import datetime as dt
import os
import random
import zlib
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import SDO

from kg.ingest import ingest

from .conftest import run_kg

GOOD = "OSCE meeting on co-operation\nVIENNA, 6 July 2015 – The OSCE met today in Vienna.\nA second paragraph.\n"


def read_one(path: Path):
    result = ingest([path])
    assert result.skipped == [], result.skipped
    (release,) = result.releases
    return release


# --------------------------------------------------------------------------- read correctly


def test_windows_1252_short_text_is_not_mangled(tmp_path):
    # Too short for a charset detector to be sure; curly quotes and the dash are cp1252 bytes.
    path = tmp_path / "cp1252.txt"
    path.write_bytes("Sólrún visits Vienna\nVIENNA, 3 May 2019 – “Sólrún Gísladóttir” spoke.".encode("cp1252"))
    release = read_one(path)
    assert release.title == "Sólrún visits Vienna"
    assert release.paragraphs == ("VIENNA, 3 May 2019 – “Sólrún Gísladóttir” spoke.",)
    assert release.date == dt.date(2019, 5, 3)


def test_windows_1252_single_word(tmp_path):
    path = tmp_path / "word.txt"
    path.write_bytes("Sólrún".encode("cp1252"))
    assert read_one(path).title == "Sólrún"


def test_latin_1(tmp_path):
    path = tmp_path / "latin1.txt"
    text = "Ingibjörg Sólrún Gísladóttir in Zürich\nZÜRICH, 2 March 2021 - Paßwort, façade."
    path.write_bytes(text.encode("latin-1"))
    release = read_one(path)
    assert release.title == "Ingibjörg Sólrún Gísladóttir in Zürich"
    assert release.paragraphs == ("ZÜRICH, 2 March 2021 - Paßwort, façade.",)
    assert release.place == "Zürich"


@pytest.mark.parametrize("encoding, bom", [
    ("utf-8", b""),
    ("utf-8", b"\xef\xbb\xbf"),
    ("utf-16-le", b"\xff\xfe"),
    ("utf-16-be", b"\xfe\xff"),
])
def test_unicode_encodings(tmp_path, encoding, bom):
    path = tmp_path / "unicode.txt"
    path.write_bytes(bom + "Nikolić meets Gísladóttir\nBELGRADE, 1 June 2020 – Dragan Nikolić spoke.".encode(encoding))
    release = read_one(path)
    assert release.title == "Nikolić meets Gísladóttir"
    assert release.paragraphs == ("BELGRADE, 1 June 2020 – Dragan Nikolić spoke.",)
    assert release.place == "Belgrade"


def test_crlf_tabs_and_non_breaking_spaces(tmp_path):
    path = tmp_path / "spaces.txt"
    path.write_bytes("Title\twith a tab\r\nVIENNA,\u00a06 July 2015 –\u00a0Text\twith\u00a0odd spaces.\r\n\r\n"
                     "Second\u202fparagraph.\r\n".encode("utf-8"))
    release = read_one(path)
    assert release.title == "Title with a tab"
    assert release.paragraphs == ("VIENNA, 6 July 2015 – Text with odd spaces.", "Second paragraph.")
    assert release.date == dt.date(2015, 7, 6)
    assert "\r" not in release.text and "\t" not in release.text


def test_mixed_curly_and_straight_quotes_are_kept(tmp_path):
    body = "VIENNA, 6 July 2015 – He said “yes\" and 'no’ and \"maybe”; it’s Ana's."
    path = tmp_path / "quotes.txt"
    path.write_text(f"“Peace” is 'possible'\n{body}\n", encoding="utf-8")
    release = read_one(path)
    assert release.title == "“Peace” is 'possible'"
    assert release.paragraphs == (body,)


def test_scraped_page_without_navigation(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("Press release\nTalks in Vienna\n- Date:\n- 6 July 2015\n- Place:\n- Vienna\n"
                    "- Source:\n- OSCE Secretariat\nVIENNA, 6 July 2015 – Talks were held.\n", encoding="utf-8")
    release = read_one(path)
    assert (release.title, release.date, release.place) == ("Talks in Vienna", dt.date(2015, 7, 6), "Vienna")
    assert release.sources == ("OSCE Secretariat",)
    assert release.paragraphs == ("VIENNA, 6 July 2015 – Talks were held.",)


def test_title_only_release(tmp_path):
    path = tmp_path / "title.txt"
    path.write_text("OSCE Chairperson welcomes agreement\n", encoding="utf-8")
    release = read_one(path)
    assert release.title == "OSCE Chairperson welcomes agreement"
    assert release.paragraphs == ()
    assert release.date is None and release.id.startswith("undated-")


def test_html_with_scripts_and_entities(tmp_path):
    path = tmp_path / "page.htm"
    path.write_text(
        "<!DOCTYPE html><html><head><title>OSCE</title><script>document.write('<h1>fake</h1>')</script>"
        "<style>p { color: red }</style></head><body><nav><a href='/'>Home</a></nav>"
        "<article><h1>Roma &amp; Sinti: talks &#8211; day&nbsp;one</h1>"
        "<p>WARSAW, 3 May 2019 &#8212; Leaders &amp; experts met.<script>track('x')</script></p>"
        "<p>&lt;script&gt; is text here &#x2013; &quot;quoted&quot;.</p></article></body></html>",
        encoding="utf-8")
    release = read_one(path)
    assert release.title == "Roma & Sinti: talks – day one"
    assert release.paragraphs == ("WARSAW, 3 May 2019 — Leaders & experts met.", '<script> is text here – "quoted".')
    assert release.date == dt.date(2019, 5, 3)
    assert "track(" not in release.text and "fake" not in release.text


def test_output_folder_among_the_inputs_is_not_read(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    run_kg("build", ".", "--out", "out", cwd=tmp_path, check=True)
    proc = run_kg("build", ".", "--out", "out", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""


# --------------------------------------------------------------------------- skipped

def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")
    header = (1).to_bytes(4, "big") * 2 + bytes([8, 0, 0, 0, 0])
    pixels = zlib.compress(b"\x00\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def _pdf() -> bytes:
    return (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] "
            b"/Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")


def _write(data: bytes):
    return lambda path: path.write_bytes(data)


def _broken_link(path: Path) -> None:
    path.symlink_to(path.parent / "gone.txt")


def _fifo(path: Path) -> None:
    os.mkfifo(path)


# name, how to make it, what the reason says
BAD_FILES = [
    ("empty.txt", _write(b""), "file is empty"),
    ("blank.txt", _write(b" \r\n\t\n"), "file is empty"),
    ("report.pdf", _write(_pdf()), "binary file"),
    ("scan.txt", _write(_pdf()), "binary file"),  # the name does not matter, the bytes do
    ("logo.png", _write(_png()), "binary file"),
    ("noise.txt", _write(random.Random(8).randbytes(20_000)), "binary file"),
    ("noise-no-nul.txt", _write(bytes(b or 1 for b in random.Random(9).randbytes(20_000))), "binary file"),
    ("bad-utf16.txt", _write(b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8"), "not valid UTF-16"),
    ("link.txt", _broken_link, "broken symbolic link"),
    ("pipe.txt", _fifo, "not a regular file"),
]


@pytest.mark.parametrize("name, make, reason", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_file_is_skipped_with_one_warning(tmp_path, name, make, reason):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "good.txt").write_text(GOOD, encoding="utf-8")
    make(inputs / name)
    proc = run_kg("build", "inputs", "--out", "out", cwd=tmp_path)
    assert_skipped(proc, tmp_path, f"inputs/{name}", reason)


def assert_skipped(proc, folder: Path, name: str, reason: str) -> None:
    """Exit 1, one warning line naming the file and the reason, the good release built."""
    assert proc.returncode == 1, proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert lines == [f"warning: skipped {name}: {lines[0].split(': ', 2)[-1]}"], proc.stderr
    assert reason in lines[0]
    assert "Traceback" not in proc.stderr
    assert "skipped files" in proc.stdout and name in proc.stdout
    graph = Graph().parse(folder / "out" / "graph.ttl", format="turtle")
    assert [str(t) for t in graph.objects(None, SDO.headline)] == ["OSCE meeting on co-operation"]


def _without_root_file_access() -> None:
    """Runs in the child before exec: drop the two capabilities that let root read any file
    (CAP_DAC_OVERRIDE 1, CAP_DAC_READ_SEARCH 2) from the bounding set, so after exec the
    kernel checks the file mode for this root process as for anyone else."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def test_unreadable_file_is_skipped(tmp_path):
    # chmod 000 stops a normal user's read. Tests run as root here, for whom file modes do not
    # count; the build then runs without root's file-access capabilities, so the read really
    # fails with EACCES in the kernel, as it would for a user.
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "good.txt").write_text(GOOD, encoding="utf-8")
    locked = inputs / "locked.txt"
    locked.write_text(GOOD.replace("co-operation", "secrets"), encoding="utf-8")
    locked.chmod(0)
    extra = {"preexec_fn": _without_root_file_access} if os.geteuid() == 0 else {}
    proc = run_kg("build", "inputs", "--out", "out", cwd=tmp_path, **extra)
    assert_skipped(proc, tmp_path, "inputs/locked.txt", "permission denied (make the file readable)")


@pytest.fixture(scope="module")
def big_inputs(tmp_path_factory) -> Path:
    """A real 50 MB release (long paragraphs, all different) next to a good one."""
    folder = tmp_path_factory.mktemp("big")
    inputs = folder / "inputs"
    inputs.mkdir()
    (inputs / "good.txt").write_text(GOOD, encoding="utf-8")
    sentence = "Delegations discussed co-operation on border security and human rights. " * 1400
    with open(inputs / "big.txt", "w", encoding="utf-8") as handle:
        handle.write("A very long release\nVIENNA, 6 July 2015 – It begins.\n")
        n = 0
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(f"Paragraph {n}. {sentence}\n")
            n += 1
    return folder


def test_50_mb_file_is_skipped_with_the_limit_named(big_inputs, tmp_path):
    proc = run_kg("build", "inputs", "--out", str(tmp_path / "out"), cwd=big_inputs)
    size = (big_inputs / "inputs" / "big.txt").stat().st_size
    assert_skipped(proc, tmp_path, "inputs/big.txt",
                   f"file is {size:,} bytes, over the 5,000,000-byte limit (raise it with --max-bytes)")


def test_max_bytes_raises_the_limit(big_inputs, tmp_path):
    proc = run_kg("build", "inputs", "--out", str(tmp_path / "out"), "--max-bytes", "60000000", cwd=big_inputs)
    assert proc.returncode == 0, proc.stderr
    graph = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    assert {str(t) for t in graph.objects(None, SDO.headline)} == {"OSCE meeting on co-operation",
                                                                    "A very long release"}
    longest = max(len(str(t)) for t in graph.objects(None, SDO.text))
    assert longest > 50_000_000


def test_release_with_no_date_is_kept_with_a_warning(tmp_path):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "good.txt").write_text(GOOD, encoding="utf-8")
    (inputs / "nodate.txt").write_text("Statement on the situation\nThe OSCE is concerned.\n", encoding="utf-8")
    proc = run_kg("build", "inputs", "--out", "out", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith("warning: no date found in inputs/nodate.txt: kept with the date unknown")
    summary = {row.split("│")[1].strip(): row.split("│")[2].strip() for row in proc.stdout.splitlines()
               if row.count("│") == 3}
    assert summary["undated releases"] == "1"
    graph = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    by_title = {str(graph.value(s, SDO.headline)): s for s in graph.subjects(SDO.headline, None)}
    node = by_title["Statement on the situation"]
    assert str(node).endswith("/release/undated-statement-on-the-situation")
    assert graph.value(node, SDO.datePublished) is None
    assert graph.value(by_title["OSCE meeting on co-operation"], SDO.datePublished) is not None
    help_text = " ".join(run_kg("build", "--help", check=True).stdout.split())
    assert "no recognisable date is kept with the date unknown" in help_text
