"""Ingest: the seeds become four releases with the right metadata and clean bodies."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from kg.ingest import _drop_repeat, ingest, normalize, parse_text
from kg.model import Release

from .conftest import SEEDS

NAV_ONLY = ("Our work", "Participating States", "Structures and institutions", "Field operations",
            "Albania", "Andorra", "Uzbekistan", "Court of Conciliation and Arbitration", "Mission to Skopje")

EXPECTED = {
    dt.date(2015, 7, 6): ("OSCE acts to combat human trafficking along migration routes",
                          ("OSCE Chairpersonship", "OSCE Secretariat")),
    dt.date(2018, 4, 24): ("18th Alliance against Trafficking calls for broad, inclusive, multi-disciplinary and "
                           "multi-agency approach based on strong partnerships",
                           ("OSCE Chairpersonship", "OSCE Secretariat")),
    dt.date(2022, 6, 15): ("The global fight against trafficking is at a turning point, warn anti-trafficking "
                           "executives at joint OSCE and Council of Europe meeting", ("OSCE Secretariat",)),
    dt.date(2004, 7, 23): ("OSCE Special Representative calls for creation of an international Alliance Against "
                           "Trafficking in Persons", ("OSCE Secretariat",)),
}


@pytest.fixture(scope="module")
def releases() -> list[Release]:
    return ingest([SEEDS]).releases


def test_five_files_make_four_releases(releases):
    assert len(releases) == 4
    assert {r.date for r in releases} == set(EXPECTED)


@pytest.mark.parametrize("date", sorted(EXPECTED))
def test_release_metadata(releases, date):
    release = next(r for r in releases if r.date == date)
    title, sources = EXPECTED[date]
    assert release.title == title
    assert release.place == "Vienna"
    assert release.sources == sources
    assert release.fields_of_work == ("Combating trafficking in human beings",)
    assert release.id.startswith(date.isoformat() + "-")
    assert release.paragraphs[0].split(",")[0].lower() == "vienna"


def test_no_navigation_text_in_any_body(releases):
    for release in releases:
        lines = set(release.text.split("\n"))
        for nav in NAV_ONLY:
            assert nav not in lines and f"- {nav}" not in lines
        assert not any(p.startswith("- ") for p in release.paragraphs)
        assert "Press release" not in release.text


def test_stray_quote_before_dateline_is_dropped(releases):
    release = next(r for r in releases if r.date == dt.date(2018, 4, 24))
    assert release.paragraphs[0].startswith("Vienna, 24 April 2018 – OSCE Special Representative")


def test_repeated_body_is_kept_once(releases):
    release = next(r for r in releases if r.date == dt.date(2004, 7, 23))
    assert sum("We have to pool our forces" in p for p in release.paragraphs) == 1
    assert len(release.paragraphs) == 12
    assert release.paragraphs[-1].startswith("It is estimated that profits")


def test_duplicate_files_merge_whichever_order(tmp_path):
    files = sorted(SEEDS.glob("00[01]_*.txt"))
    forward = ingest(files)
    backward = ingest(list(reversed(files)))
    assert forward.merged == backward.merged == 1
    assert forward.releases == backward.releases
    (release,) = forward.releases
    assert release.files == tuple(sorted(f.relative_to(Path.cwd()).as_posix() if f.is_relative_to(Path.cwd())
                                         else f.as_posix() for f in files))
    # The scraped page's metadata survives the merge with the plain copy.
    assert release.sources == ("OSCE Chairpersonship", "OSCE Secretariat")


def test_plain_file_alone_has_dateline_metadata(tmp_path):
    plain = tmp_path / "plain.txt"
    shutil.copy(SEEDS / "001_fd299ae724f26459.txt", plain)
    (release,) = ingest([plain]).releases
    assert release.date == dt.date(2015, 7, 6)
    assert release.place == "Vienna"
    assert release.sources == ()


@pytest.mark.parametrize("dateline, date, place", [
    ("VIENNA, 6 July 2015 – Text.", dt.date(2015, 7, 6), "Vienna"),
    ("“Vienna, 24 April 2018 – Text.", dt.date(2018, 4, 24), "Vienna"),
    ("VIENNA, 15 June 2022 - Text.", dt.date(2022, 6, 15), "Vienna"),
    ("WARSAW, 3 May 2019 — Text.", dt.date(2019, 5, 3), "Warsaw"),
    ("BANJA LUKA, May 3, 2019 - Text.", dt.date(2019, 5, 3), "Banja Luka"),
    ("Bishkek, 1st March 2020 – Text.", dt.date(2020, 3, 1), "Bishkek"),
])
def test_dateline_forms(dateline, date, place):
    parsed = parse_text(f"A title\n{dateline}\nMore text.", "x.txt")
    assert (parsed.date, parsed.place) == (date, place)


def test_crlf_bom_and_nfc(tmp_path):
    text = "Title of a release\r\nVIENNA, 6 July 2015 – Cafe\u0301 owners met Nikolic\u0301.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (release,) = ingest([path]).releases
    assert release.title == "Title of a release"
    assert release.paragraphs == ("VIENNA, 6 July 2015 – Café owners met Nikolić.",)
    assert "\r" not in release.text


def test_html_page(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>site</title><script>var x = '<p>no</p>';</script></head><body>"
        "<nav><ul><li>Albania</li><li>Andorra</li></ul></nav>"
        "<article><h1>Talks &amp; more in Vienna</h1>"
        "<p>VIENNA, 2 March 2021 &#8211; The OSCE met today.</p><p>Second paragraph.</p></article>"
        "</body></html>", encoding="utf-8")
    (release,) = ingest([page]).releases
    assert release.title == "Talks & more in Vienna"
    assert release.date == dt.date(2021, 3, 2)
    assert release.paragraphs == ("VIENNA, 2 March 2021 – The OSCE met today.", "Second paragraph.")


def test_folder_and_glob_inputs(tmp_path, monkeypatch):
    monkeypatch.chdir(SEEDS.parent)
    assert len(ingest(["seeds/00[234]_*.txt"]).releases) == 3
    result = ingest(["seeds/nothing-*.txt", "missing-folder"])
    assert [s.reason for s in result.skipped] == ["no file matches this pattern", "no such file or folder"]


def test_drop_repeat_keeps_ordinary_bodies():
    assert _drop_repeat(["a", "b", "c"]) == ["a", "b", "c"]
    assert _drop_repeat(["d", "a", "b", "a", "b"]) == ["d", "a", "b"]
    assert _drop_repeat(["a", "b", "a", "c"]) == ["a", "b", "a", "c"]


def test_normalize_spaces_and_line_ends():
    assert normalize("\ufeffa\u00a0b\tc\r\nd\re") == "a b c\nd\ne"


def test_a_folder_gives_its_files_sorted_without_hidden_entries_or_the_output(tmp_path):
    from kg.ingest import expand_inputs

    root = tmp_path / "in"
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "out").mkdir()
    (root / "real").mkdir()
    for name in ("z.txt", "a.txt", "b/deep/c.html", "b/x.txt", ".hidden/h.txt", ".dot.txt", "out/graph.ttl",
                 "real/r.txt"):
        (root / name).write_text("x", encoding="utf-8")
    (root / "link.txt").symlink_to(root / "a.txt")
    (root / "folder-link").symlink_to(root / "real")  # reported (not followed), as a file that is not one
    (root / "broken.txt").symlink_to(root / "gone.txt")
    os.mkfifo(root / "pipe")
    files, missing = expand_inputs([root], exclude=[root / "out"])
    assert [str(p.relative_to(root)) for p in files] == [
        "a.txt", "b/deep/c.html", "b/x.txt", "broken.txt", "folder-link", "link.txt", "pipe", "real/r.txt", "z.txt"]
    assert missing == []
    # The same folder named twice, or a file inside it named too, is read once.
    again, _ = expand_inputs([root, root / "z.txt"], exclude=[root / "out"])
    assert again == files
