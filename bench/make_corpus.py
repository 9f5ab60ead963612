"""Make a benchmark corpus: N realistic press releases in the seeds' two file formats.

Deterministic (fixed seed): the same N gives byte-identical files. Releases recombine invented
people, role titles, organizations, participating States, dates and the sentence patterns of
OSCE releases into bodies of 400-900 words.

    python bench/make_corpus.py 1000 /tmp/corpus
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_PAGE = ROOT / "seeds" / "000_5ea1cdf54edf51d8.txt"

GIVEN = ["Anna", "Marek", "Elena", "Tomas", "Ingrid", "Pavel", "Sofia", "Jonas", "Leyla", "Andrei", "Marta",
         "Karim", "Olga", "Henrik", "Daria", "Luca", "Nadia", "Emil", "Irena", "Stefan", "Aida", "Viktor",
         "Clara", "Nikolai", "Zeynep", "Matteo", "Jana", "Bogdan", "Hanna", "Rustam"]
FAMILY = ["Kowalczyk", "Horvat", "Lindqvist", "Petrenko", "Moreau", "Abdullaev", "Novak", "Berger", "Rossi",
          "Sørensen", "Ivanović", "Kask", "Dumitrescu", "Haddad", "Jansen", "Costa", "Oğuz", "Nazarbekova",
          "Fischer", "Kovačević", "Marin", "Olsen", "Popescu", "Schmid", "Tamm", "Vasquez", "Weber",
          "Zielińska", "Álvarez", "Müller"]
TITLES = ["Director", "Executive Director", "Head of Programmes", "Deputy Head", "Senior Adviser",
          "Special Representative", "Co-ordinator", "Secretary General", "Deputy Secretary General",
          "Executive Secretary", "Chief Executive Officer", "Regional Director"]
ORGS = [("United Nations Office on Drugs and Crime", "UNODC"), ("International Organization for Migration", "IOM"),
        ("Office of the United Nations High Commissioner for Refugees", "UNHCR"),
        ("United Nations Children's Fund", "UNICEF"), ("International Labour Organization", "ILO"),
        ("OSCE Office for Democratic Institutions and Human Rights", "ODIHR"), ("Council of Europe", None),
        ("European Union Agency for Law Enforcement Cooperation", "Europol"), ("OSCE Secretariat", None),
        ("OSCE Transnational Threats Department", "TNTD"), ("OSCE Parliamentary Assembly", None)]
MINISTRIES = ["Ministry of Foreign Affairs", "Ministry of the Interior", "Ministry of Justice",
              "Ministry of Labour and Social Policy"]
TOPICS = ["human trafficking", "border management", "cyber security", "media freedom", "election observation",
          "gender equality", "youth engagement", "environmental security", "policing", "national minorities"]
CITIES = ["Vienna", "Warsaw", "Belgrade", "Tirana", "Bishkek", "Skopje", "Sarajevo", "Chisinau", "Astana",
          "The Hague", "Prague", "Dushanbe"]
EVENTS = ["Alliance against Trafficking in Persons conference", "Economic and Environmental Forum",
          "Human Dimension Implementation Meeting", "Annual Security Review Conference",
          "Mediterranean Conference", "Cyber/ICT Security Conference"]
FILLER = [
    "Participants exchanged views on good practices and on the challenges that remain in {topic}.",
    "The discussions focused on the implementation of commitments and on practical co-operation between "
    "national authorities, civil society and international organizations.",
    "Experts from {state} and {state2} presented national approaches to {topic} and the lessons learned "
    "from recent projects.",
    "The event was attended by {n} participants from {k} OSCE participating States and Partners for "
    "Co-operation, including representatives of international organizations, academia and the media.",
    "A report with concrete recommendations on {topic} will be published in the coming months.",
    "The {org} and the OSCE have worked together on {topic} since {year}, supporting training courses, "
    "legislative reviews and regional exchanges.",
    "Several speakers underlined the role of women and young people in {topic} and called for sustained "
    "funding of local initiatives.",
]
QUOTES = [
    "We need stronger partnerships across borders to address {topic}, and we need them now.",
    "No single country can respond to these threats alone. Our co-operation is the best answer we have.",
    "The commitments are clear. What matters today is that they are implemented, and that results can be measured.",
    "This meeting shows that there is broad support for practical steps on {topic}.",
    "Every participating State has a role to play, and civil society must be part of the solution.",
]


def _states() -> list[str]:
    with (ROOT / "kg" / "data" / "osce_states.csv").open(encoding="utf-8") as handle:
        return [row["name"] for row in csv.DictReader(handle) if row["status"] == "participating"]


def _navigation() -> str:
    """The scraped page's navigation block, as the seeds have it (it must never count as mentions)."""
    text = SEED_PAGE.read_text(encoding="utf-8")
    return text[: text.index("Press release")]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def make_release(rng: random.Random, index: int, states: list[str]) -> tuple[str, str, str, list[str]]:
    """(title, place, dateline date text, paragraphs) of one invented release."""
    date = dt.date(2004, 1, 1) + dt.timedelta(days=rng.randrange(0, 7600))
    place = rng.choice(CITIES)
    topic = rng.choice(TOPICS)
    state, state2 = rng.sample(states, 2)
    event = rng.choice(EVENTS)
    ordinal = rng.randrange(2, 30)
    people = [(f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}", rng.choice(TITLES), rng.choice(ORGS)) for _ in range(4)]
    minister = (f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}", rng.choice(MINISTRIES), state)

    def fill(pattern: str) -> str:
        org = rng.choice(ORGS)
        return pattern.format(topic=topic, state=state, state2=state2, n=rng.randrange(50, 400),
                              k=rng.randrange(20, 57), org=org[1] or org[0], year=date.year - rng.randrange(1, 9))

    nth = _ordinal(ordinal)
    title = f"{nth} {event} discusses {topic} in {place}"
    next_day = date + dt.timedelta(days=1)
    two_dates = f"on {date.day} {date:%B} and {next_day.day} {next_day:%B}"
    days = rng.choice(["today", "during the next two days", two_dates])
    paragraphs = [
        f"{place.upper()}, {date.day} {date:%B %Y} – The {nth} {event} opened {days} in {place}, "
        f"bringing together senior officials and experts to discuss {topic}. " + fill(FILLER[1]),
    ]
    for name, role, (org, acronym) in people:
        quote = fill(rng.choice(QUOTES))
        surname = name.split()[-1]
        form = rng.randrange(3)
        org_text = f"{org} ({acronym})" if acronym and form == 0 else org
        if form == 0:
            paragraphs.append(f"“{quote}” said {name}, {role} of the {org_text}.")
        elif form == 1:
            paragraphs.append(f"{role} of the {org_text}, {name}, said: “{quote}”")
        else:
            paragraphs.append(f"\"{quote}\" {name}, {role} of the {org_text}, stressed. \"{fill(rng.choice(QUOTES))}\" "
                              f"{surname} added.")
        paragraphs.extend(_fillers(rng, fill, rng.randrange(2, 5)))
    paragraphs.append(f"{minister[0]}, Minister of the {minister[1]} of {minister[2]}, welcomed the "
                      f"participants on behalf of {minister[2]}'s {date.year} OSCE Chairpersonship.")
    target = rng.randrange(400, 900)
    while sum(len(p.split()) for p in paragraphs) < target:
        paragraphs.extend(_fillers(rng, fill, 1))
    return title, place, date, paragraphs


def _fillers(rng: random.Random, fill, count: int) -> list[str]:  # noqa: ANN001
    """Narrative paragraphs, never the same pattern twice in a row (that would read as a scraping repeat)."""
    patterns = rng.sample(FILLER, count)
    return [fill(p) for p in patterns]


def write_corpus(count: int, out: Path, seed: int = 2015) -> list[Path]:
    rng = random.Random(seed)
    states = _states()
    navigation = _navigation()
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        title, place, _date, paragraphs = make_release(rng, index, states)
        path = out / f"{index:06d}.txt"
        if index % 3 == 2:  # a third are plain copies: title line, then body
            text = "\n".join([title, *paragraphs])
        else:
            head = ["Press release", title, "- Date:", "- Place:", f"- {place.upper()}", "- Source:",
                    "- OSCE Secretariat", "- Fields of work:", "- Combating trafficking in human beings"]
            text = navigation + "\n".join([*head, *paragraphs])
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("count", type=int, help="how many releases")
    parser.add_argument("out", type=Path, help="folder to write them to")
    parser.add_argument("--seed", type=int, default=2015, help="random seed (default 2015)")
    args = parser.parse_args()
    paths = write_corpus(args.count, args.out, args.seed)
    print(f"wrote {len(paths)} releases to {args.out}")


if __name__ == "__main__":
    main()
