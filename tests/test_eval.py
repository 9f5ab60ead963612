"""The gold annotations follow their rules, and the scorer counts what it says it counts."""

from __future__ import annotations

import copy
import csv
import datetime as dt
import json
from pathlib import Path

import pytest

from kg.eval import baseline_predictions, evaluate, load_gold, predictions, score
from kg.ingest import ingest
from kg.model import (
    Event,
    Evidence,
    KnowledgeBase,
    Membership,
    Mention,
    Organization,
    Person,
    Place,
    Quotation,
    Release,
    State,
)
from tests.conftest import ROOT, SEEDS, run_kg

GOLD_DIR = ROOT / "tests" / "gold"
GOLD = load_gold(GOLD_DIR)
DATELINES = {
    "000_5ea1cdf54edf51d8.txt": "2015-07-06",
    "001_fd299ae724f26459.txt": "2015-07-06",
    "002_2bcb0951daa12cbd.txt": "2018-04-24",
    "003_e5d3f000ac43fdea.txt": "2022-06-15",
    "004_148967f61c365e9b.txt": "2004-07-23",
}
KEYS = {"file", "duplicate_of", "release", "people", "organizations", "states", "non_states", "events", "quotes"}

with (ROOT / "kg" / "data" / "osce_states.csv").open(encoding="utf-8") as _f:
    STATUS = {row["name"]: row["status"] for row in csv.DictReader(_f)}


def _release_text(file: str) -> str:
    """Title and body as ingest reads them: the navigation block is not in it."""
    releases = ingest([GOLD_DIR / file]).releases
    assert len(releases) == 1
    return releases[0].text


# --------------------------------------------------------------------------- gold files


def test_every_seed_has_a_gold_file():
    assert sorted(GOLD) == sorted(DATELINES)
    for file in GOLD:
        assert (GOLD_DIR / file).read_bytes() == (SEEDS / file).read_bytes()


@pytest.mark.parametrize("file", sorted(DATELINES))
def test_gold_shape(file):
    gold = GOLD[file]
    assert set(gold) == KEYS
    assert gold["file"] == file
    assert set(gold["release"]) == {"title", "date", "place"}
    for person in gold["people"]:
        assert set(person) == {"name", "roles"}
        for role in person["roles"]:
            assert set(role) == {"title", "organization"} and role["title"]
    for org in gold["organizations"]:
        assert set(org) == {"name", "aliases"} and isinstance(org["aliases"], list)
    for event in gold["events"]:
        assert set(event) == {"name", "start", "end", "place", "participants"}
        assert dt.date.fromisoformat(event["start"]) <= dt.date.fromisoformat(event["end"])
    for quote in gold["quotes"]:
        assert set(quote) == {"speaker", "starts_with"}
    # Each fact once per release.
    for items in ([p["name"] for p in gold["people"]], [o["name"] for o in gold["organizations"]],
                  gold["states"], [q["starts_with"] for q in gold["quotes"]]):
        assert len(items) == len(set(items))


@pytest.mark.parametrize("file", sorted(DATELINES))
def test_gold_release_matches_the_dateline(file):
    gold = GOLD[file]
    assert gold["release"]["date"] == DATELINES[file]
    release = ingest([GOLD_DIR / file]).releases[0]
    assert release.date.isoformat() == gold["release"]["date"]
    assert release.title == gold["release"]["title"]
    assert release.place == gold["release"]["place"]


@pytest.mark.parametrize("file", sorted(DATELINES))
def test_gold_names_and_quotes_are_written_in_the_release(file):
    gold = GOLD[file]
    text = _release_text(file)
    written = [p["name"] for p in gold["people"]]
    written += [n for o in gold["organizations"] for n in (o["name"], *o["aliases"])]
    written += [r["title"] for p in gold["people"] for r in p["roles"]]
    written += [r["organization"] for p in gold["people"] for r in p["roles"] if r["organization"]]
    written += [q["starts_with"] for q in gold["quotes"]]
    assert [w for w in written if w not in text] == []


@pytest.mark.parametrize("file", sorted(DATELINES))
def test_gold_references_are_consistent(file):
    gold = GOLD[file]
    people = {p["name"] for p in gold["people"]}
    orgs = {n for o in gold["organizations"] for n in (o["name"], *o["aliases"])}
    assert {q["speaker"] for q in gold["quotes"]} <= people
    assert {n for e in gold["events"] for n in e["participants"]} <= people
    assert {r["organization"] for p in gold["people"] for r in p["roles"] if r["organization"]} <= orgs


# Written forms of States other than the reference name (adjectives, short names); extend it
# when a new gold file names a State another way.
STATE_FORMS = {"Italy": ["Italian"], "Poland": ["Polish"], "Russian Federation": ["Russia"]}


def _named(state: str, text: str) -> bool:
    return any(form in text for form in (state, *STATE_FORMS.get(state, [])))


@pytest.mark.parametrize("file", sorted(DATELINES))
def test_gold_states_are_named_in_the_release_not_only_in_the_navigation(file):
    gold = GOLD[file]
    text = _release_text(file)
    assert not set(gold["states"]) & set(gold["non_states"])
    for state in gold["states"]:
        assert STATUS.get(state) == "participating", state
        assert _named(state, text), f"{state} is not named in the release"
    # The navigation block lists every participating State; none of those is gold unless the
    # release itself names it.
    raw = (GOLD_DIR / file).read_text(encoding="utf-8")
    navigation_only = {s for s in STATUS if f"- {s}\n" in raw and not _named(s, text)}
    if "\nParticipating States\n" in raw:  # plain copies have no navigation block
        assert len(navigation_only) > 40
    assert not set(gold["states"]) & navigation_only


def test_duplicate_carries_the_same_facts_as_its_original():
    duplicates = {f: g for f, g in GOLD.items() if g["duplicate_of"]}
    assert list(duplicates) == ["001_fd299ae724f26459.txt"]
    for gold in duplicates.values():
        original = GOLD[gold["duplicate_of"]]
        assert original["duplicate_of"] is None
        assert {k: v for k, v in gold.items() if k != "file" and k != "duplicate_of"} == \
               {k: v for k, v in original.items() if k != "file" and k != "duplicate_of"}


# --------------------------------------------------------------------------- score

GOLD_FILE = {
    "file": "x.txt", "duplicate_of": None,
    "release": {"title": "T", "date": "2015-07-06", "place": "Vienna"},
    "people": [
        {"name": "Aleksandar Nikolić", "roles": [{"title": "State Secretary", "organization": "Interior Ministry"}]},
        {"name": "Yury Fedotov", "roles": [{"title": "Executive Director",
                                            "organization": "United Nations Office on Drugs and Crime"}]},
        {"name": "Lamberto Zannier", "roles": [{"title": "Secretary General", "organization": "OSCE"}]},
    ],
    "organizations": [
        {"name": "OSCE", "aliases": []},
        {"name": "Interior Ministry", "aliases": []},
        {"name": "United Nations Office on Drugs and Crime", "aliases": ["UNODC"]},
    ],
    "states": ["Serbia", "Russian Federation"], "non_states": [],
    "events": [{"name": "2015 Alliance conference", "start": "2015-07-06", "end": "2015-07-07",
                "place": "Vienna", "participants": ["Aleksandar Nikolić"]}],
    "quotes": [
        {"speaker": "Yury Fedotov", "starts_with": "Migrants are extremely vulnerable"},
        {"speaker": "Lamberto Zannier", "starts_with": "The Alliance conference is the ideal forum"},
    ],
}


def _perfect() -> dict:
    """The gold file as a prediction: quotes carry their whole text in curly quotes."""
    pred = copy.deepcopy(GOLD_FILE)
    pred["quotes"] = [{"speaker": q["speaker"], "text": f"“{q['starts_with']}, and more.”"} for q in pred.pop("quotes")]
    return pred


def _tuples(counts) -> dict:
    return {kind: (c.tp, c.fp, c.fn) for kind, c in counts.items()}


def test_score_perfect():
    assert _tuples(score(GOLD_FILE, _perfect())) == {
        "people": (3, 0, 0), "organizations": (3, 0, 0), "roles": (3, 0, 0), "states": (2, 0, 0),
        "events": (1, 0, 0), "event_dates": (1, 0, 0), "quotes": (2, 0, 0),
    }
    counts = score(GOLD_FILE, _perfect())
    assert counts["people"].f1 == 1.0 and counts["event_dates"].recall == 1.0


def test_score_missing_one_of_each():
    pred = _perfect()
    pred["people"] = pred["people"][1:]  # Nikolić and his role missing
    pred["organizations"] = pred["organizations"][:-1]
    pred["states"] = ["Serbia"]
    pred["events"] = []
    pred["quotes"] = pred["quotes"][:1]
    assert _tuples(score(GOLD_FILE, pred)) == {
        "people": (2, 0, 1), "organizations": (2, 0, 1), "roles": (2, 0, 1), "states": (1, 0, 1),
        "events": (0, 0, 1), "event_dates": (0, 0, 1), "quotes": (1, 0, 1),
    }


def test_score_extra_one_of_each():
    pred = _perfect()
    pred["people"].append({"name": "VIENNA", "roles": [{"title": "Mayor", "organization": None}]})
    pred["organizations"].append({"name": "Yury Fedotov", "aliases": []})
    pred["states"].append("Italy")
    pred["events"].append({"name": "Another meeting", "start": "2015-07-01", "end": "2015-07-01",
                           "place": None, "participants": []})
    pred["quotes"].append({"speaker": "Yury Fedotov", "text": "The Alliance, by bringing together"})
    result = _tuples(score(GOLD_FILE, pred))
    assert result == {
        "people": (3, 1, 0), "organizations": (3, 1, 0), "roles": (3, 1, 0), "states": (2, 1, 0),
        "events": (1, 1, 0), "event_dates": (1, 0, 0), "quotes": (2, 1, 0),
    }


def test_score_ignores_case_diacritics_and_spelling_of_quotes():
    pred = _perfect()
    pred["people"][0]["name"] = "ALEKSANDAR NIKOLIC"
    pred["states"] = ["serbia", "RUSSIAN FEDERATION"]
    pred["quotes"] = [
        {"speaker": "yury fedotov", "text": '"Migrants   are extremely vulnerable, and not only"'},
        {"speaker": "Lamberto Zannier", "text": "The Alliance conference is the ideal forum"},
    ]
    counts = _tuples(score(GOLD_FILE, pred))
    assert counts["people"] == (3, 0, 0)
    assert counts["roles"] == (3, 0, 0)
    assert counts["states"] == (2, 0, 0)
    assert counts["quotes"] == (2, 0, 0)


def test_score_matches_organizations_by_acronym_and_role_normalization():
    pred = _perfect()
    # Acronym on the predicted side only; the role names the organization by its acronym.
    pred["organizations"] = [{"name": "Organization for Security and Co-operation in Europe", "aliases": ["OSCE"]},
                             {"name": "the Interior Ministry", "aliases": []},
                             {"name": "UNODC", "aliases": []}]
    pred["people"][1]["roles"] = [{"title": "Executive Director", "organization": "UNODC"}]
    pred["people"][2]["roles"] = [{"title": "OSCE Secretary General", "organization": "the OSCE"}]
    assert _tuples(score(GOLD_FILE, pred))["organizations"] == (3, 0, 0)
    assert _tuples(score(GOLD_FILE, pred))["roles"] == (3, 0, 0)


def test_score_role_needs_same_title_and_organization():
    pred = _perfect()
    pred["people"][0]["roles"] = [{"title": "State Secretary", "organization": None}]
    pred["people"][1]["roles"] = [{"title": "Director", "organization": "UNODC"}]
    assert _tuples(score(GOLD_FILE, pred))["roles"] == (1, 2, 2)


def test_score_quote_needs_the_right_speaker():
    pred = _perfect()
    pred["quotes"][0]["speaker"] = "Lamberto Zannier"
    pred["quotes"][1]["speaker"] = None
    assert _tuples(score(GOLD_FILE, pred))["quotes"] == (0, 2, 2)


def test_score_event_by_name_or_dates_and_date_exactness():
    by_name = _perfect()
    by_name["events"][0].update(start="2015-07-06", end="2015-07-06")
    assert _tuples(score(GOLD_FILE, by_name))["events"] == (1, 0, 0)
    assert _tuples(score(GOLD_FILE, by_name))["event_dates"] == (0, 0, 1)
    by_dates = _perfect()
    by_dates["events"][0]["name"] = "Conference of the Alliance against Trafficking in Persons"
    assert _tuples(score(GOLD_FILE, by_dates))["events"] == (1, 0, 0)
    assert _tuples(score(GOLD_FILE, by_dates))["event_dates"] == (1, 0, 0)
    neither = _perfect()
    neither["events"][0].update(name="A meeting", start="2015-07-07")
    assert _tuples(score(GOLD_FILE, neither))["events"] == (0, 1, 1)


def test_evaluate_counts_a_duplicate_once_and_checks_its_release():
    duplicate = {**copy.deepcopy(GOLD_FILE), "file": "y.txt", "duplicate_of": "x.txt"}
    golds = {"x.txt": GOLD_FILE, "y.txt": duplicate}
    same = {"x.txt": {**_perfect(), "release": {"id": "r1"}}, "y.txt": {**_perfect(), "release": {"id": "r1"}}}
    report = evaluate(golds, same)
    assert (report.counts["people"].tp, report.counts["people"].fn) == (3, 0)
    assert report.duplicates == [("y.txt", "x.txt", True)]
    other = {"x.txt": same["x.txt"], "y.txt": {**_perfect(), "release": {"id": "r2"}}}
    assert evaluate(golds, other).duplicates == [("y.txt", "x.txt", False)]
    # A file the pipeline did not read is all misses.
    missing = evaluate(golds, {})
    assert (missing.counts["people"].tp, missing.counts["people"].fn) == (0, 3)
    assert missing.duplicates == [("y.txt", "x.txt", False)]


# --------------------------------------------------------------------------- predictions


def _kb() -> KnowledgeBase:
    release = Release(id="2015-07-06-r", title="T", date=dt.date(2015, 7, 6), place="Vienna",
                      paragraphs=("Body",), files=("tests/gold/x.txt", "elsewhere/y.txt"))
    other = Release(id="2016-01-01-o", title="O", date=dt.date(2016, 1, 1), place=None, files=("z.txt",))
    ev = Evidence(release_id=release.id, start=0, end=1, anchor="T", sentence="T")
    other_ev = Evidence(release_id=other.id, start=0, end=1, anchor="O", sentence="O")
    return KnowledgeBase(
        releases=[release, other],
        people=[Person("yury-fedotov", "Yury Fedotov", releases=[release.id]),
                Person("aleksandar-nikolic", "Aleksandar Nikolić"),
                Person("someone-else", "Someone Else", releases=[other.id])],
        organizations=[Organization("unodc", "United Nations Office on Drugs and Crime", acronym="UNODC",
                                    aliases=["UN Office on Drugs and Crime"]),
                       Organization("osce", "OSCE")],
        states=[State("rs", "Serbia", "participating", "RS", "Q403"),
                State("jp", "Japan", "asian-partner", "JP", "Q17")],
        places=[Place("vienna", "Vienna")],
        events=[Event("alliance-2015", "2015 Alliance conference", release.id, start=dt.date(2015, 7, 6),
                      end=dt.date(2015, 7, 7), place="vienna", speakers=["yury-fedotov"],
                      participants=["aleksandar-nikolic", "yury-fedotov"]),
                Event("other", "Other", other.id)],
        memberships=[Membership("yury-fedotov", "Executive Director", "unodc", evidence=[ev]),
                     Membership("aleksandar-nikolic", "State Secretary", None, state="rs"),
                     Membership("yury-fedotov", "Chair", "osce", evidence=[other_ev])],
        quotations=[Quotation(f"{release.id}-q1", "Migrants are extremely vulnerable.", release.id, "yury-fedotov"),
                    Quotation(f"{other.id}-q1", "Elsewhere.", other.id, "someone-else")],
        mentions=[Mention(release.id, "person", "aleksandar-nikolic"), Mention(release.id, "organization", "unodc"),
                  Mention(release.id, "state", "rs"), Mention(release.id, "state", "jp"),
                  Mention(other.id, "organization", "osce")],
    )


def test_predictions_from_a_knowledge_base():
    preds = predictions(_kb(), ["x.txt", "y.txt", "missing.txt"])
    assert preds["x.txt"] == preds["y.txt"]
    x = preds["x.txt"]
    assert x["release"] == {"id": "2015-07-06-r", "title": "T", "date": "2015-07-06", "place": "Vienna"}
    assert x["people"] == [
        {"name": "Aleksandar Nikolić", "roles": [{"title": "State Secretary", "organization": None}]},
        {"name": "Yury Fedotov", "roles": [{"title": "Executive Director",
                                            "organization": "United Nations Office on Drugs and Crime"}]},
    ]
    assert x["organizations"] == [{"name": "United Nations Office on Drugs and Crime",
                                   "aliases": ["UNODC", "UN Office on Drugs and Crime"]}]
    assert x["states"] == ["Serbia"]
    assert x["non_states"] == ["Japan"]
    assert x["events"] == [{"name": "2015 Alliance conference", "start": "2015-07-06", "end": "2015-07-07",
                            "place": "Vienna", "participants": ["Yury Fedotov", "Aleksandar Nikolić"]}]
    assert x["quotes"] == [{"speaker": "Yury Fedotov", "text": "Migrants are extremely vulnerable."}]
    assert preds["missing.txt"]["people"] == [] and preds["missing.txt"]["release"] == {}


def test_predictions_score_against_gold():
    gold = {
        "file": "x.txt", "duplicate_of": None, "release": {"title": "T", "date": "2015-07-06", "place": "Vienna"},
        "people": [{"name": "Yury Fedotov", "roles": [{"title": "Executive Director", "organization": "UNODC"}]},
                   {"name": "Aleksandar Nikolic", "roles": [{"title": "State Secretary", "organization": None}]}],
        "organizations": [{"name": "UNODC", "aliases": []}],
        "states": ["Serbia"], "non_states": ["Japan"],
        "events": [{"name": "Alliance conference", "start": "2015-07-06", "end": "2015-07-07", "place": "Vienna",
                    "participants": ["Yury Fedotov"]}],
        "quotes": [{"speaker": "Yury Fedotov", "starts_with": "Migrants are"}],
    }
    counts = score(gold, predictions(_kb(), ["x.txt"])["x.txt"])
    assert all((c.fp, c.fn) == (0, 0) for c in counts.values()), _tuples(counts)


def test_baseline_is_plain_spacy_ner():
    release = Release(id="r", title="Ministers meet", date=None, place=None,
                      paragraphs=("Lamberto Zannier met the Foreign Minister of Serbia in Vienna on Monday.",),
                      files=("x.txt",))
    pred = baseline_predictions([release], ["x.txt"])["x.txt"]
    assert {"name": "Lamberto Zannier", "roles": []} in pred["people"]
    assert pred["states"] == ["Serbia"]
    assert "Vienna" in pred["non_states"]
    assert pred["events"] == [] and pred["quotes"] == []


# --------------------------------------------------------------------------- command


def test_kg_eval_on_the_gold_folder():
    proc = run_kg("eval", str(GOLD_DIR), "--json", check=True)
    figures = json.loads(proc.stdout)
    assert figures["files"] == 5
    assert set(figures["ours"]["kinds"]) == {"people", "roles", "organizations", "states", "events", "quotes"}
    assert figures["ours"]["duplicates"] == [{"file": "001_fd299ae724f26459.txt",
                                              "duplicate_of": "000_5ea1cdf54edf51d8.txt", "same_release": True}]
    # Gold counts do not depend on the pipeline: tp + fn is the number of gold items.
    people = figures["plain_spacy"]["kinds"]["people"]
    assert people["tp"] + people["fn"] == sum(len(g["people"]) for g in GOLD.values() if not g["duplicate_of"])
    assert people["recall"] > 0.5
    assert figures["plain_spacy"]["kinds"]["quotes"]["recall"] == 0.0

    table = run_kg("eval", str(GOLD_DIR), check=True).stdout
    assert "plain spaCy" in table and "event dates exact" in table


def test_kg_eval_without_gold_files(tmp_path: Path):
    proc = run_kg("eval", str(tmp_path))
    assert proc.returncode == 2
    assert "no *.gold.json" in proc.stderr
