"""Figures: numeric claims with what they count; years and bare small numbers are not figures."""

from __future__ import annotations


def test_figures_with_what_they_count(extract_text):
    ex = extract_text(
        "Report on labour migration",
        "ALMATY, 3 May 2021 – In 2020, some 2.5 million workers left the region, and nearly 40 per cent of "
        "them were women. Two experts presented the study.",
    )
    assert [(f.value, f.counts) for f in ex.figures] == [("some 2.5 million", "workers left the region")]
    for figure in ex.figures:
        ev = figure.evidence[0]
        assert ex.release.text[ev.start : ev.end] == ev.anchor


def test_seed_figures(seed_extractions):
    assert ("800,000 to 900,000", "people trafficked world-wide each year") in [
        (f.value, f.counts) for f in seed_extractions["004"].figures]
    assert ("about one billion", "migrants worldwide") in [(f.value, f.counts) for f in seed_extractions["000"].figures]
