"""Accuracy beyond the seeds: tests/gold_unseen (four releases unlike the seeds, gold written before
the extractors ran on them, since tuned on), tests/gold_heldout (eight releases written before any extractor ran on
them; see its README for the first, untuned score) and tests/gold_blind2 (four more, written after
the fixes that set guided; see its README for the first, untuned score) and tests/gold_blind3 (five more,
written after the blind2 fixes, scored once untuned; see its README) and tests/gold_blind4 (five more, written after
the blind3 fixes, scored once untuned) and tests/gold_blind5 (five more, written after the blind4 fixes, scored
once untuned, since tuned on) and tests/gold_blind6 (five more, written after the blind5 fixes, scored once
untuned, since tuned on) and tests/gold_blind7 (five more, written after the blind6 fixes, scored once
untuned, since tuned on), tests/gold_blind8 (five more, written after the blind7 fixes, scored once
untuned, since tuned on), tests/gold_blind9 (five more, written after the first blind8 fixes, scored
once untuned, since tuned on), tests/gold_blind10 (five more, written after the blind9 fixes, scored
once untuned, since tuned on), tests/gold_blind11 (five more, written after the blind10 fixes, scored
once untuned, since tuned on), tests/gold_blind12 (five more, written after the blind11 fixes, scored once
untuned, since tuned on), tests/gold_blind13 (five more, written after the blind12 fixes, scored once
untuned, since tuned on), tests/gold_blind14 (five more, written after the blind13 fixes, scored once
untuned, since tuned on), tests/gold_blind16 (five more, written after the blind14 fixes, scored once
untuned), tests/gold_blind17 (five more, written after the same fixes, scored once untuned) and
tests/gold_blind15 (five more, written at the same time, scored once untuned after the blind16 fixes) and
tests/gold_blind19 and tests/gold_blind18 (five more each, scored once untuned after all of them), then
tests/gold_blind20 to tests/gold_blind74 (five more each, scored once untuned, each after the rules the sets before
it guided, since tuned on). The floors are
the F1 the extractors reach there now, rounded down to 0.05: a change that loses generality fails here even
when the seeds and tests/gold_unseen still score 1.00. gold_heldout, gold_blind2 and gold_blind3 have
since guided fixes, so their floors guard against regressions only; their first scores, in their
READMEs, are the measures of generality."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import eval as kg_eval
from kg.extract import extract_releases
from kg.ingest import ingest
from kg.resolve import resolve

SETS = {  # folder: (files, F1 floors, share of event dates exact)
    "gold_unseen": (4, {"people": 1.00, "roles": 1.00, "organizations": 1.00, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_heldout": (8, {"people": 1.00, "roles": 1.00, "organizations": 1.00, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind2": (4, {"people": 1.00, "roles": 1.00, "organizations": 1.00, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind3": (5, {"people": 1.00, "roles": 1.00, "organizations": 1.00, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind4": (5, {"people": 1.00, "roles": 1.00, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind5": (5, {"people": 1.00, "roles": 1.00, "organizations": 1.00, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind6": (5, {"people": 1.00, "roles": 1.00, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind7": (5, {"people": 1.00, "roles": 1.00, "organizations": 1.00, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind8": (5, {"people": 1.00, "roles": 0.95, "organizations": 0.95, "states": 1.00, "events": 0.90,
                         "quotes": 1.00}, 0.8),
    "gold_blind9": (5, {"people": 1.00, "roles": 0.95, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind10": (5, {"people": 1.00, "roles": 1.00, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind11": (5, {"people": 1.00, "roles": 0.95, "organizations": 1.00, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind12": (5, {"people": 1.00, "roles": 1.00, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind13": (5, {"people": 1.00, "roles": 0.95, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind14": (5, {"people": 1.00, "roles": 1.00, "organizations": 1.00, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind15": (5, {"people": 0.95, "roles": 1.00, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind16": (5, {"people": 1.00, "roles": 1.00, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind18": (5, {"people": 1.00, "roles": 0.95, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind19": (5, {"people": 0.95, "roles": 0.95, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind20": (5, {"people": 1.00, "roles": 0.95, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind21": (5, {"people": 1.00, "roles": 1.00, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind22": (5, {"people": 1.00, "roles": 0.90, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind23": (5, {"people": 0.95, "roles": 1.00, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind24": (5, {"people": 0.95, "roles": 0.95, "organizations": 0.95, "states": 0.95, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind25": (5, {"people": 1.00, "roles": 0.90, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind26": (5, {"people": 1.00, "roles": 0.90, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind27": (5, {"people": 1.00, "roles": 1.00, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind28": (5, {"people": 1.00, "roles": 1.00, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind29": (5, {"people": 1.00, "roles": 0.95, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind30": (5, {"people": 1.00, "roles": 1.00, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind31": (5, {"people": 1.00, "roles": 0.90, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind32": (5, {"people": 1.00, "roles": 1.00, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind33": (5, {"people": 1.00, "roles": 0.90, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind34": (5, {"people": 1.00, "roles": 0.90, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind35": (5, {"people": 1.00, "roles": 0.95, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind36": (5, {"people": 1.00, "roles": 1.00, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind37": (5, {"people": 1.00, "roles": 0.90, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind38": (5, {"people": 0.95, "roles": 0.85, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind39": (5, {"people": 0.95, "roles": 0.85, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 0.90}, 1.0),
    "gold_blind40": (5, {"people": 0.95, "roles": 0.90, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind41": (5, {"people": 1.00, "roles": 0.90, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind42": (5, {"people": 1.00, "roles": 0.85, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind43": (5, {"people": 0.95, "roles": 0.90, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind44": (5, {"people": 0.95, "roles": 0.85, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind45": (5, {"people": 0.95, "roles": 0.90, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind46": (5, {"people": 0.95, "roles": 0.90, "organizations": 0.85, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind47": (5, {"people": 0.95, "roles": 0.80, "organizations": 0.85, "states": 1.00, "events": 1.00,
                         "quotes": 0.90}, 1.0),
    "gold_blind48": (5, {"people": 0.95, "roles": 0.85, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 0.90}, 1.0),
    "gold_blind49": (5, {"people": 1.00, "roles": 0.90, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind51": (5, {"people": 0.95, "roles": 0.80, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind52": (5, {"people": 0.95, "roles": 0.90, "organizations": 0.90, "states": 1.00, "events": 0.65,
                         "quotes": 1.00}, 0.5),
    "gold_blind56": (5, {"people": 0.95, "roles": 0.80, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 0.90}, 1.0),
    "gold_blind55": (5, {"people": 0.95, "roles": 0.80, "organizations": 0.90, "states": 0.95, "events": 0.70,
                         "quotes": 1.00}, 0.8),
    "gold_blind53": (5, {"people": 1.00, "roles": 0.85, "organizations": 0.95, "states": 0.95, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind54": (5, {"people": 1.00, "roles": 0.90, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind50": (5, {"people": 0.95, "roles": 0.85, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind57": (5, {"people": 1.00, "roles": 0.85, "organizations": 0.85, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind58": (5, {"people": 0.95, "roles": 0.90, "organizations": 1.00, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind59": (5, {"people": 0.95, "roles": 0.90, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind60": (5, {"people": 0.95, "roles": 0.80, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 0.90}, 1.0),
    "gold_blind61": (5, {"people": 1.00, "roles": 0.90, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind62": (5, {"people": 1.00, "roles": 0.85, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind63": (5, {"people": 0.95, "roles": 0.85, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 0.90}, 1.0),
    "gold_blind64": (5, {"people": 1.00, "roles": 0.75, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind65": (5, {"people": 0.95, "roles": 0.80, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind66": (5, {"people": 0.95, "roles": 0.75, "organizations": 0.85, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind67": (5, {"people": 1.00, "roles": 0.90, "organizations": 0.85, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind68": (5, {"people": 1.00, "roles": 0.75, "organizations": 0.85, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind69": (5, {"people": 1.00, "roles": 0.85, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind70": (5, {"people": 0.95, "roles": 0.80, "organizations": 0.85, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind71": (5, {"people": 1.00, "roles": 0.95, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind72": (5, {"people": 1.00, "roles": 0.85, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind73": (5, {"people": 1.00, "roles": 0.90, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind74": (5, {"people": 1.00, "roles": 0.85, "organizations": 0.90, "states": 0.95, "events": 1.00,
                         "quotes": 1.00}, 0.8),
    "gold_blind75": (5, {"people": 0.95, "roles": 0.90, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind76": (5, {"people": 1.00, "roles": 0.95, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind77": (5, {"people": 0.95, "roles": 0.90, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind78": (5, {"people": 0.95, "roles": 0.90, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind79": (5, {"people": 1.00, "roles": 0.90, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind80": (5, {"people": 0.95, "roles": 0.95, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind81": (5, {"people": 0.95, "roles": 0.80, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind82": (5, {"people": 0.95, "roles": 0.90, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind83": (5, {"people": 1.00, "roles": 0.90, "organizations": 0.95, "states": 0.95, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind84": (5, {"people": 1.00, "roles": 0.95, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind85": (5, {"people": 1.00, "roles": 0.90, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind86": (5, {"people": 0.95, "roles": 0.95, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind87": (5, {"people": 0.95, "roles": 0.85, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind88": (5, {"people": 0.95, "roles": 0.90, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind89": (5, {"people": 0.95, "roles": 0.95, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind90": (5, {"people": 0.95, "roles": 0.95, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind91": (5, {"people": 0.95, "roles": 0.90, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind92": (5, {"people": 0.95, "roles": 0.90, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind93": (5, {"people": 1.00, "roles": 0.90, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind94": (5, {"people": 1.00, "roles": 0.95, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind95": (5, {"people": 1.00, "roles": 0.90, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind96": (5, {"people": 0.95, "roles": 0.90, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind97": (5, {"people": 1.00, "roles": 0.95, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind98": (5, {"people": 1.00, "roles": 0.85, "organizations": 0.85, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind99": (5, {"people": 1.00, "roles": 0.95, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind100": (5, {"people": 1.00, "roles": 0.85, "organizations": 0.85, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind101": (5, {"people": 1.00, "roles": 0.90, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind102": (5, {"people": 1.00, "roles": 0.95, "organizations": 1.00, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind103": (5, {"people": 1.00, "roles": 0.95, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind104": (5, {"people": 0.95, "roles": 0.90, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind105": (5, {"people": 0.95, "roles": 0.90, "organizations": 0.90, "states": 0.95, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind106": (5, {"people": 0.95, "roles": 0.95, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind107": (5, {"people": 0.95, "roles": 0.90, "organizations": 0.95, "states": 1.00, "events": 0.90,
                         "quotes": 1.00}, 1.0),
    "gold_blind108": (5, {"people": 0.95, "roles": 0.85, "organizations": 0.85, "states": 0.95, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind109": (5, {"people": 0.95, "roles": 0.90, "organizations": 0.85, "states": 0.95, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind110": (5, {"people": 0.95, "roles": 0.90, "organizations": 0.90, "states": 0.95, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind111": (5, {"people": 1.00, "roles": 0.85, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind112": (5, {"people": 1.00, "roles": 0.90, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind113": (5, {"people": 0.95, "roles": 0.95, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind114": (5, {"people": 0.95, "roles": 0.90, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind115": (5, {"people": 0.95, "roles": 0.95, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind116": (5, {"people": 1.00, "roles": 0.90, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind117": (5, {"people": 1.00, "roles": 0.95, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind118": (5, {"people": 0.95, "roles": 0.85, "organizations": 0.85, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind119": (5, {"people": 1.00, "roles": 0.90, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind120": (5, {"people": 1.00, "roles": 0.90, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind121": (5, {"people": 0.95, "roles": 0.90, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind122": (5, {"people": 0.95, "roles": 0.85, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind123": (5, {"people": 1.00, "roles": 0.95, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind124": (5, {"people": 0.95, "roles": 0.80, "organizations": 0.85, "states": 1.00, "events": 1.00,
                         "quotes": 0.90}, 1.0),
    "gold_blind125": (5, {"people": 0.95, "roles": 0.85, "organizations": 0.85, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind126": (5, {"people": 0.95, "roles": 0.90, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind127": (5, {"people": 0.95, "roles": 0.85, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind128": (5, {"people": 0.95, "roles": 0.85, "organizations": 0.85, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind129": (5, {"people": 0.95, "roles": 0.90, "organizations": 0.90, "states": 0.95, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind130": (5, {"people": 0.95, "roles": 0.95, "organizations": 0.95, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 0.8),
    "gold_blind131": (5, {"people": 0.95, "roles": 0.90, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
    "gold_blind132": (5, {"people": 0.95, "roles": 0.85, "organizations": 0.90, "states": 1.00, "events": 1.00,
                         "quotes": 0.95}, 1.0),
    "gold_blind17": (5, {"people": 1.00, "roles": 0.95, "organizations": 1.00, "states": 1.00, "events": 1.00,
                         "quotes": 1.00}, 1.0),
}


@pytest.mark.parametrize("name", SETS)
def test_blind_gold_files_pair_with_their_inputs_and_follow_the_shape(name):
    gold = Path(__file__).parent / name
    golds = kg_eval.load_gold(gold)
    assert len(golds) == SETS[name][0]
    assert {f"{p.stem}.txt" for p in gold.glob("*.txt")} == set(golds)
    states = kg_eval.participating_states()
    for file, record in golds.items():
        assert list(record) == ["file", "duplicate_of", "release", "people", "organizations", "states",
                                "non_states", "events", "quotes"], file
        assert all(set(r) == {"title", "organization"} for p in record["people"] for r in p["roles"])
        assert set(record["states"]) <= states and not set(record["non_states"]) & states
        for event in record["events"]:
            assert event["start"] <= event["end"]


@pytest.mark.parametrize("name", SETS)
def test_blind_accuracy_meets_its_floors(name, nlp):
    gold = Path(__file__).parent / name
    _, floors, dates = SETS[name]
    golds = kg_eval.load_gold(gold)
    releases = ingest(sorted(str(p) for p in gold.glob("*.txt"))).releases
    kb = resolve(extract_releases(releases, nlp))
    report = kg_eval.evaluate(golds, kg_eval.predictions(kb, sorted(golds)))
    for kind, floor in floors.items():
        assert report.counts[kind].f1 >= floor - 1e-9, (kind, report.counts[kind].as_dict())
    assert report.counts["event_dates"].recall >= dates - 1e-9
