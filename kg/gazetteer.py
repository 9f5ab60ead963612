"""Reference gazetteers kept as data files in ``kg/data/``.

States and Partners with their aliases and adjectives, OSCE structures and international
organizations with acronyms and parents, OSCE event series, and the word lists (titles,
role heads, organization and document head words) the extractors use. General reference
data only: no names of people, nothing taken from a particular release.
"""

from __future__ import annotations

import csv
import functools
import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kg.slug import fold

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class StateEntry:
    name: str  # reference name ("Russian Federation")
    status: str  # participating | asian-partner | mediterranean-partner
    iso: str  # "RU"
    wikidata: str
    aliases: tuple[str, ...] = ()  # other names ("Russia")
    adjectives: tuple[str, ...] = ()  # "Russian"


@dataclass(frozen=True)
class OrgEntry:
    key: str  # "unodc"
    name: str  # canonical full name
    acronym: str | None
    parent: str | None  # key of the parent entry
    wikidata: str | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class SeriesEntry:
    key: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    honorifics: frozenset[str]
    role_heads: tuple[str, ...]
    role_modifiers: frozenset[str]
    org_heads: frozenset[str]
    document_heads: tuple[str, ...]
    event_heads: tuple[str, ...]
    name_particles: frozenset[str]
    speech_verbs: frozenset[str]
    regions: tuple[str, ...]
    portfolio_words: frozenset[str] = frozenset()  # "Internal Affairs" in "Minister of Internal Affairs X"
    occupations: tuple[str, ...] = ()  # lower-case occupations: "X, a reporter for Y" marks X as a person
    # "Russian-speaking", "Latvian language", "Polish minority": an adjective of a language or a people, not a State
    language_heads: frozenset[str] = frozenset()
    language_verbs: frozenset[str] = frozenset()  # "speak Russian": the language, not the State
    language_teachers: frozenset[str] = frozenset()  # "a teacher of Polish": the language, not the State
    # Languages that are no State's adjective ("Arabic", "Romani"): the model may tag them a place or a people
    language_names: frozenset[str] = frozenset()
    non_person_openers: frozenset[str] = frozenset()  # "St Mary", "Hurricane Fiona": no person of the release
    # "Serbs", "Bosniak", "Roma": nouns for a people, which end the name of a community ("Kosovo Serbs"), not a person's
    peoples: frozenset[str] = frozenset()
    # "Questions", "Activities": the last word of a committee's or an office's topic, never of a person's name
    topic_words: frozenset[str] = frozenset()
    # "Mayor of Gabrovo": offices of a town or region, whose "of ..." names a place, not an organization
    place_titles: frozenset[str] = frozenset()
    # "the Soviet Union": States that are no more, neither participating States nor organizations
    former_states: frozenset[str] = frozenset()
    # "a Greek Catholic church": churches named by a people's adjective, no mention of its State
    churches: frozenset[str] = frozenset()
    # "uulu", "kyzy": Turkic patronymic words written in lower case after the father's name ("Azamat Toktogul uulu")
    name_suffixes: frozenset[str] = frozenset()
    # "met in Bangkok on Tuesday ... The meeting": a verb's lemma and the meeting word naming what it tells
    event_verbs: dict[str, str] = field(default_factory=dict)
    # "Don Pashko X": a clerical honorific only before a given name and a surname ("Don Smith" is a given name)
    honorifics_before_full_name: frozenset[str] = frozenset()
    # "System", "Mechanism": a word of a name with an acronym that names a thing, not a body
    thing_words: frozenset[str] = frozenset()
    # "Asociación", "Stichting": the organization word that opens a body's name in another language, and the lower-case
    # words inside such names ("de", "do", "para", "y"): "the Asociación de Pastores de Aliste"
    org_words_other_languages: frozenset[str] = frozenset()
    name_particles_other_languages: frozenset[str] = frozenset()
    # "Republika", "Respublikos": a State's word in another language, never a word of a person's name
    state_words_other_languages: frozenset[str] = frozenset()
    extra: dict = field(default_factory=dict)


@functools.lru_cache(maxsize=1 << 18)  # called for every name of every release
def norm(text: str) -> str:
    """Lookup key: case, diacritics, apostrophe style, hyphens, spacing and a leading "the" do not count."""
    text = fold(text).lower().replace("’", "'")
    text = text.replace("-", " ").replace(".", "")
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


@cache
def states() -> tuple[StateEntry, ...]:
    extra: dict[str, dict[str, list[str]]] = {}
    for row in _rows("state_aliases.csv"):
        kinds = extra.setdefault(row["iso"], {"alias": [], "adjective": []})
        kinds[row["kind"]].append(row["alias"])
    entries = []
    for row in _rows("osce_states.csv"):
        iso = row["iso_alpha2"]
        kinds = extra.get(iso, {"alias": [], "adjective": []})
        entries.append(StateEntry(row["name"], row["status"], iso, row["wikidata"],
                                  tuple(kinds["alias"]), tuple(kinds["adjective"])))
    return tuple(entries)


@cache
def state_index() -> dict[str, StateEntry]:
    """Normalized name, alias or adjective -> State."""
    index: dict[str, StateEntry] = {}
    for entry in states():
        for text in (entry.name, *entry.aliases, *entry.adjectives):
            index.setdefault(norm(text), entry)
    return index


def find_state(text: str) -> StateEntry | None:
    """The State a name, alias, adjective or possessive ("Serbia's") denotes, if any."""
    key = norm(text)
    if key.endswith(" 's") or key.endswith("'s"):
        key = key.rsplit("'s", 1)[0].strip()
    return state_index().get(key)


def state_by_name(name: str) -> StateEntry:
    return next(s for s in states() if s.name == name)


@cache
def organizations() -> tuple[OrgEntry, ...]:
    return tuple(
        OrgEntry(r["key"], r["name"], r["acronym"] or None, r["parent"] or None, r["wikidata"] or None,
                 _split(r["aliases"]))
        for r in _rows("organizations.csv")
    )


@cache
def org_index() -> dict[str, OrgEntry]:
    """Normalized name, alias or acronym -> organization entry."""
    index: dict[str, OrgEntry] = {}
    for entry in organizations():
        for text in (entry.name, *entry.aliases, *([entry.acronym] if entry.acronym else [])):
            index.setdefault(norm(text), entry)
    return index


def find_org(text: str) -> OrgEntry | None:
    return org_index().get(norm(text))


@cache
def _orgs_by_key() -> dict[str, OrgEntry]:
    return {o.key: o for o in reversed(organizations())}  # reversed: the first of a key wins


def org_by_key(key: str) -> OrgEntry | None:
    return _orgs_by_key().get(key)


@cache
def event_series() -> tuple[SeriesEntry, ...]:
    return tuple(SeriesEntry(r["key"], r["name"], _split(r["aliases"])) for r in _rows("event_series.csv"))


@cache
def _series_index() -> dict[str, SeriesEntry]:
    index: dict[str, SeriesEntry] = {}
    for entry in event_series():
        for name in (entry.name, *entry.aliases):
            index.setdefault(norm(name), entry)  # the first entry naming it wins, as in file order
    return index


def find_series(text: str) -> SeriesEntry | None:
    return _series_index().get(norm(text))


@cache
def lexicon() -> Lexicon:
    with (DATA / "lexicon.json").open(encoding="utf-8") as handle:
        data = json.load(handle)
    return Lexicon(
        honorifics=frozenset(data["honorifics"]),
        role_heads=tuple(data["role_heads"]),
        role_modifiers=frozenset(data["role_modifiers"]),
        org_heads=frozenset(data["org_heads"]),
        document_heads=tuple(data["document_heads"]),
        event_heads=tuple(data["event_heads"]),
        name_particles=frozenset(data["name_particles"]),
        speech_verbs=frozenset(data["speech_verbs"]),
        regions=tuple(data["regions"]),
        portfolio_words=frozenset(data.get("portfolio_words", ())),
        occupations=tuple(data.get("occupations", ())),
        language_heads=frozenset(data.get("language_heads", ())),
        language_verbs=frozenset(data.get("language_verbs", ())),
        language_teachers=frozenset(data.get("language_teachers", ())),
        language_names=frozenset(data.get("language_names", ())),
        non_person_openers=frozenset(data.get("non_person_openers", ())),
        peoples=frozenset(data.get("peoples", ())),
        topic_words=frozenset(data.get("topic_words", ())),
        place_titles=frozenset(data.get("place_titles", ())),
        former_states=frozenset(data.get("former_states", ())),
        churches=frozenset(data.get("churches", ())),
        name_suffixes=frozenset(data.get("name_suffixes", ())),
        event_verbs=dict(data.get("event_verbs", {})),
        honorifics_before_full_name=frozenset(data.get("honorifics_before_full_name", ())),
        thing_words=frozenset(data.get("thing_words", ())),
        org_words_other_languages=frozenset(data.get("org_words_other_languages", ())),
        name_particles_other_languages=frozenset(data.get("name_particles_other_languages", ())),
        state_words_other_languages=frozenset(data.get("state_words_other_languages", ())),
    )


@cache
def place_title_heads() -> frozenset[str]:
    """The last words of the lexicon's titles of a place's office ("Mayor", "Governor", "Akim")."""
    return frozenset(title.split()[-1] for title in lexicon().place_titles)
