"""A small but complete KnowledgeBase, written by hand: every record kind of kg.model, hard text."""

from __future__ import annotations

import dataclasses
import datetime as dt

from kg.model import (
    Chairpersonship,
    Document,
    Event,
    EventSeries,
    Evidence,
    FigureRecord,
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

R1 = "2015-07-06-osce-acts-to-combat-human-trafficking"
R2 = "2018-04-24-polish-minister-meets-chair"

# A quote with the characters Turtle writers get wrong: triple quotes, a backslash, a newline.
QUOTE_1 = 'We must act \\ now.\nTogether """ we can > fear.'
QUOTE_2 = "Co-operation is key."

RELEASE_1 = Release(
    id=R1,
    title="OSCE acts to combat human trafficking along migration routes",
    date=dt.date(2015, 7, 6),
    place="Vienna",
    sources=("OSCE Secretariat",),
    fields_of_work=("Combating trafficking in human beings", "Migration"),
    paragraphs=(
        "VIENNA, 6 July 2015 – The 15th Alliance against Trafficking in Persons conference opened in Vienna "
        "today. Ingibjörg Sólrún Gísladóttir, the Director of the OSCE Office for Democratic Institutions and "
        "Human Rights (ODIHR), addressed delegations from Serbia and Algeria.",
        f"Yury Fedotov, the Executive Director of the United Nations Office on Drugs and Crime (UNODC), said: "
        f"“{QUOTE_1}”",
        "Some 800,000 to 900,000 people are trafficked world-wide each year, recalls the Palermo Protocol.",
    ),
    files=("seeds/a.txt", "seeds/a-b.txt", "seeds/a b.txt"),
)

RELEASE_2 = Release(
    id=R2,
    title="Polish Minister meets OSCE Chair: “security > fear”",
    date=None,
    place="Warsaw",
    sources=("OSCE Chairpersonship",),
    fields_of_work=("Policing",),
    paragraphs=(
        "WARSAW – Adam Czapliński, the Minister of Interior of Poland, met the Italian OSCE Chairpersonship "
        f"of 2018. He said: “{QUOTE_2}”",
    ),
    files=("seeds/c.txt",),
)


def ev(release: Release, anchor: str, sentence_start: str, sentence_end: str) -> Evidence:
    """Evidence for the first ``anchor`` in ``release.text``, inside the sentence delimited as given."""
    text = release.text
    start = text.index(anchor)
    s0 = text.rindex(sentence_start, 0, start + len(sentence_start))
    s1 = text.index(sentence_end, start) + len(sentence_end)
    return Evidence(release.id, start, start + len(anchor), anchor, text[s0:s1])


def make_kb() -> KnowledgeBase:
    r1, r2 = RELEASE_1, RELEASE_2
    conf = ev(r1, "The 15th Alliance against Trafficking in Persons conference", "The 15th", "today.")
    gisladottir = ev(r1, "Ingibjörg Sólrún Gísladóttir, the Director of the OSCE Office for Democratic Institutions "
                         "and Human Rights", "Ingibjörg", "Algeria.")
    fedotov = ev(r1, "Yury Fedotov, the Executive Director of the United Nations Office on Drugs and Crime",
                 "Yury", "”")
    quote_1 = ev(r1, QUOTE_1, "Yury", "”")
    czaplinski = ev(r2, "Adam Czapliński, the Minister of Interior of Poland", "Adam", "2018.")
    quote_2 = ev(r2, QUOTE_2, "He said", "”")
    return KnowledgeBase(
        releases=[r1, r2],
        people=[
            Person("ingibjorg-solrun-gisladottir", "Ingibjörg Sólrún Gísladóttir", ["Gísladóttir"], [R1]),
            Person("yury-fedotov", "Yury Fedotov", ["Fedotov"], [R1]),
            Person("adam-czaplinski", "Adam Czapliński", [], [R2]),
        ],
        organizations=[
            Organization("osce", "Organization for Security and Co-operation in Europe", "OSCE", None, [], "Q81299",
                         [R1, R2]),
            Organization("odihr", "Office for Democratic Institutions and Human Rights", "ODIHR", "osce", [],
                         "Q1061012", [R1]),
            Organization("unodc", "United Nations Office on Drugs and Crime", "UNODC", None, [], "Q1753424", [R1]),
            # An unsafe key: the IRI must be re-slugged ("ministry-of-interior").
            Organization("Ministry of Interior/PL", "Ministry of Interior", None, None, [], None, [R2]),
        ],
        states=[
            State("rs", "Serbia", "participating", "RS", "Q403"),
            State("dz", "Algeria", "mediterranean-partner", "DZ", "Q262"),
            State("pl", "Poland", "participating", "PL", "Q36"),
            State("it", "Italy", "participating", "IT", "Q38"),
        ],
        places=[Place("vienna", "Vienna"), Place("warsaw", "Warsaw")],
        chairpersonships=[Chairpersonship("it-2018", "it", 2018, [ev(r2, "Italian OSCE Chairpersonship of 2018",
                                                                       "WARSAW", "2018.")])],
        series=[EventSeries("alliance-against-trafficking-in-persons-conference",
                            "Alliance against Trafficking in Persons conference")],
        events=[
            Event(
                key="alliance-against-trafficking-in-persons-conference-15",
                name="15th Alliance against Trafficking in Persons conference",
                release=R1,
                series="alliance-against-trafficking-in-persons-conference",
                ordinal=15,
                start=dt.date(2015, 7, 6),
                end=dt.date(2015, 7, 7),
                place="vienna",
                theme="Trafficking along migration routes",
                organizers=["osce"],
                speakers=["ingibjorg-solrun-gisladottir"],
                participants=["ingibjorg-solrun-gisladottir", "yury-fedotov"],
                attendance=300,
                states_count=57,
                partners_count=11,
                evidence=[conf, gisladottir],
            )
        ],
        memberships=[
            Membership("yury-fedotov", "Executive Director", "unodc", None, [fedotov]),
            Membership("ingibjorg-solrun-gisladottir", "Director", "odihr", None, [gisladottir]),
            Membership("adam-czaplinski", "Minister of Interior", "Ministry of Interior/PL", "pl", [czaplinski]),
            Membership("adam-czaplinski", "Deputy Permanent Representative", None, "pl", [czaplinski]),
        ],
        quotations=[
            Quotation(f"{R1}-q1", QUOTE_1, R1, "yury-fedotov", [quote_1]),
            Quotation(f"{R2}-q1", QUOTE_2, R2, "adam-czaplinski", [quote_2]),
        ],
        documents=[Document("palermo-protocol", "Palermo Protocol", [R1])],
        mentions=[
            Mention(R1, "state", "rs", [ev(r1, "Serbia", "Ingibjörg", "Algeria.")]),
            Mention(R1, "state", "dz", [ev(r1, "Algeria", "Ingibjörg", "Algeria.")]),
            Mention(R1, "person", "yury-fedotov", [fedotov]),
            Mention(R1, "organization", "unodc", [fedotov]),
            Mention(R1, "document", "palermo-protocol", [ev(r1, "Palermo Protocol", "Some", "Protocol.")]),
            Mention(R1, "place", "vienna", [ev(r1, "Vienna", "The 15th", "today.")]),
            Mention(R2, "state", "pl", [czaplinski]),
            Mention(R2, "state", "it", [ev(r2, "Italian", "WARSAW", "2018.")]),
            Mention(R2, "person", "adam-czaplinski", [czaplinski]),
        ],
        figures=[FigureRecord("800,000 to 900,000", "people trafficked world-wide each year",
                              [ev(r1, "800,000 to 900,000 people", "Some", "Protocol.")])],
    )


def make_big_kb(copies: int) -> KnowledgeBase:
    """``copies`` of make_kb()'s releases and statements under new release ids, sharing the entities."""
    big = make_kb()
    for i in range(2, copies + 1):
        kb = make_kb()
        ids = {r.id: f"{r.id}-{i}" for r in kb.releases}
        big.releases += [dataclasses.replace(r, id=ids[r.id]) for r in kb.releases]
        for record in (*kb.chairpersonships, *kb.events, *kb.memberships, *kb.quotations, *kb.mentions, *kb.figures):
            record.evidence = [dataclasses.replace(e, release_id=ids[e.release_id]) for e in record.evidence]
        for record in (*kb.events, *kb.quotations, *kb.mentions):
            record.release = ids[record.release]
        for record in (*kb.events, *kb.quotations):
            record.key = f"{record.key}-{i}"
        big.events += kb.events
        big.memberships += kb.memberships
        big.quotations += kb.quotations
        big.mentions += kb.mentions
        big.figures += kb.figures
        big.chairpersonships[0].evidence += kb.chairpersonships[0].evidence
    return big
