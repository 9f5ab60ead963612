"""Per-file misses of `kg eval` on a gold folder: false negatives (gold not matched) and false
positives (predictions not matched), per kind, with the scorer's own matching rules.

    PYTHONPATH=. python tests/gold_heldout/misses.py tests/gold_heldout
"""

from __future__ import annotations

import sys
from pathlib import Path

from kg import eval as kg_eval
from kg.ingest import ingest
from kg.pipeline import build_knowledge_base


def misses(gold: dict, pred: dict) -> dict[str, tuple[list, list]]:
    """kind -> (false negatives, false positives), matched as kg.eval.score matches them."""
    norm, match = kg_eval.norm, kg_eval._match
    out = {}

    def unmatched(kind, g_items, p_items, same, show_g=str, show_p=str):
        _, pairs = match(g_items, p_items, same)
        used_g = [id(g) for g, _ in pairs]
        used_p = [id(p) for _, p in pairs]
        out[kind] = ([show_g(g) for g in g_items if id(g) not in used_g],
                     [show_p(p) for p in p_items if id(p) not in used_p])

    unmatched("people", [p["name"] for p in gold["people"]], [p["name"] for p in pred["people"]],
              lambda g, p: norm(g) == norm(p))
    g_orgs, p_orgs = gold["organizations"], pred["organizations"]
    unmatched("organizations", g_orgs, p_orgs,
              lambda g, p: bool(kg_eval._org_names(g) & kg_eval._org_names(p)),
              lambda o: o["name"], lambda o: o["name"] + (f" {o['aliases']}" if o["aliases"] else ""))
    groups = [kg_eval._org_names(o) for o in [*g_orgs, *p_orgs]]

    def org_keys(name):
        if not name:
            return set()
        keys = {kg_eval.org_key(name)}
        for group in groups:
            if keys & group:
                keys |= group
        return keys

    def same_role(g, p):
        if norm(g[0]) != norm(p[0]) or kg_eval.title_key(g[1]) != kg_eval.title_key(p[1]):
            return False
        if not g[2] or not p[2]:
            return not g[2] and not p[2]
        return bool(org_keys(g[2]) & org_keys(p[2]))

    role = lambda r: f"{r[0]}: {r[1]} / {r[2]}"  # noqa: E731
    unmatched("roles", kg_eval._roles(gold), kg_eval._roles(pred), same_role, role, role)
    unmatched("states", list(gold["states"]), list(pred["states"]), lambda g, p: norm(g) == norm(p))

    def same_event(g, p):
        if norm(g["name"]) == norm(p.get("name") or ""):
            return True
        return g.get("start") is not None and (g.get("start"), g.get("end")) == (p.get("start"), p.get("end"))

    event = lambda e: f"{e['name']} [{e.get('start')}..{e.get('end')}]"  # noqa: E731
    unmatched("events", gold["events"], pred["events"], same_event, event, event)
    _, pairs = match(gold["events"], pred["events"], same_event)
    out["event dates"] = ([f"{g['name']}: gold {g['start']}..{g['end']}, predicted {p.get('start')}..{p.get('end')}"
                           for g, p in pairs if (g["start"], g["end"]) != (p.get("start"), p.get("end"))], [])
    out["event participants"] = ([f"{g['name']}: missing {sorted(set(g['participants']) - set(p['participants']))}"
                                  for g, p in pairs if set(g["participants"]) - set(p["participants"])],
                                 [f"{g['name']}: extra {sorted(set(p['participants']) - set(g['participants']))}"
                                  for g, p in pairs if set(p["participants"]) - set(g["participants"])])
    unmatched("quotes", gold["quotes"], pred["quotes"],
              lambda g, p: bool(p.get("speaker")) and norm(g["speaker"]) == norm(p["speaker"])
              and kg_eval.quote_key(p.get("text", "")).startswith(kg_eval.quote_key(g["starts_with"])),
              lambda q: f"{q['speaker']}: {q['starts_with']}",
              lambda q: f"{q.get('speaker')}: {q.get('text', '')[:60]}")
    return out


def main(gold_dir: Path) -> None:
    golds = kg_eval.load_gold(gold_dir)
    releases = ingest(sorted(str(p) for p in gold_dir.glob("*.txt"))).releases
    files = sorted(golds)
    predicted = kg_eval.predictions(build_knowledge_base(releases), files)
    for file in files:
        print(f"\n### {file}")
        for kind, (fn, fp) in misses(golds[file], predicted[file]).items():
            for item in fn:
                print(f"- {kind} FN: {item}")
            for item in fp:
                print(f"- {kind} FP: {item}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent))
