"""Cross-release entity resolution: per-release ``Extraction`` records -> one ``KnowledgeBase``.

Each kind has an explicit identity: a normalized key plus an alias table filled from every
release (and from the gazetteers), so "UNODC", "UN Office on Drugs and Crime" and "United
Nations Office on Drugs and Crime" are one organization because the tables say so, not by
accident of spelling. Keys are ASCII slugs, unique per kind (a deterministic "-2" suffix on a
collision); releases and every output list are sorted, so the result does not depend on the
order of the input.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from operator import attrgetter

from kg import gazetteer
from kg.gazetteer import norm
from kg.model import (
    Chairpersonship,
    Document,
    Event,
    EventSeries,
    Evidence,
    Extraction,
    KnowledgeBase,
    Membership,
    Mention,
    Organization,
    Person,
    Place,
    Quotation,
    State,
)
from kg.slug import slugify

# Evidence in text order; attrgetter, not a function: resolve sorts some 400,000 at 10,000 releases.
_evidence_key = attrgetter("release_id", "start", "end")


def _unique_keys(identities: dict[str, str]) -> dict[str, str]:
    """identity -> key: the wanted slug, or with "-2", "-3"... when taken (identities sorted)."""
    keys: dict[str, str] = {}
    used: set[str] = set()
    for identity in sorted(identities):
        base = identities[identity] or "unnamed"
        key, n = base, 2
        while key in used:
            key, n = f"{base}-{n}", n + 1
        used.add(key)
        keys[identity] = key
    return keys


def _longest(names: Iterable[str]) -> str:
    return sorted(names, key=lambda n: (-len(n), n))[0]


# --------------------------------------------------------------------------- people


class _People:
    """One person per real-world name: a name whose words all appear, in order of surname,
    in a longer name ("Konrad", "Helga Konrad") is the same person when that is unambiguous."""

    def __init__(self, extractions: list[Extraction]) -> None:
        names = {p.name for ex in extractions for p in ex.people}
        names |= {r.person for ex in extractions for r in ex.roles}
        names |= {q.speaker for ex in extractions for q in ex.quotes if q.speaker}
        self.identity: dict[str, str] = {}  # norm(name) -> identity (norm of the fullest name)
        fullest: dict[str, set[str]] = {}
        # Identities by each of their words: a shorter name can only belong to one holding its
        # last word, so it is compared with those, not with every name (quadratic on an archive).
        by_word: dict[str, list[str]] = defaultdict(list)
        for name in sorted(names, key=lambda n: (-len(n.split()), norm(n), n)):
            key = norm(name)
            if key in self.identity:
                fullest[self.identity[key]].add(name)
                continue
            words = key.split()
            candidates = by_word.get(words[-1], []) if words else list(fullest)
            owners = [i for i in candidates if _part_of(words, i.split())]
            if len(owners) == 1:
                self.identity[key] = owners[0]
                fullest[owners[0]].add(name)
            else:
                self.identity[key] = key
                fullest[key] = {name}
                for word in dict.fromkeys(words):
                    by_word[word].append(key)
        self.names = {i: _longest(forms) for i, forms in fullest.items()}
        self.forms = fullest
        self.keys = _unique_keys({i: slugify(self.names[i]) for i in fullest})

    def key(self, name: str) -> str:
        return self.keys[self.identity[norm(name)]]


def _part_of(words: list[str], full: list[str]) -> bool:
    if len(words) >= len(full):
        return False
    return full[-len(words) :] == words or (len(words) >= 2 and all(w in full for w in words))


# --------------------------------------------------------------------------- organizations


class _Orgs:
    """Alias table of organizations: gazetteer names and acronyms, and every name and bracketed
    acronym written in a release, all pointing at one identity."""

    def __init__(self, extractions: list[Extraction]) -> None:
        self.alias: dict[str, str] = {}  # norm(name or acronym) -> identity
        self.written: dict[str, set[str]] = {}
        self.acronym: dict[str, str] = {}
        self.parent_name: dict[str, str] = {}
        self.state_of: dict[str, str] = {}  # identity -> ISO for a State's ministry
        self.by_mention: dict[tuple[str, str], str] = {}  # (release id, name as written) -> identity
        # A ministry is the ministry of the State its official serves, in that release.
        ministry_state: dict[tuple[str, str], str] = {}
        for ex in extractions:
            for r in sorted(ex.roles, key=lambda r: (r.organization or "", r.state or "")):
                if r.organization and r.state:
                    ministry_state.setdefault((ex.release.id, r.organization), r.state)
        mentions = sorted(((ex.release.id, o) for ex in extractions for o in ex.organizations),
                          key=lambda t: (t[0], t[1].name))
        for release, org in mentions:
            identity = self._identity(org.name, org.acronym, org.parent, ministry_state.get((release, org.name)))
            self.by_mention[(release, org.name)] = identity
            for ev in org.evidence:  # "EU Delegation" written for "Delegation of the European Union to Albania"
                self.by_mention.setdefault((release, ev.anchor), identity)
            self.written.setdefault(identity, set()).add(org.name)
            if org.acronym:
                self.acronym.setdefault(identity, org.acronym)
                self.alias.setdefault(norm(org.acronym), identity)
            if identity not in self.state_of:  # "Interior Ministry" alone names no one ministry
                self.alias.setdefault(self._scoped(org.name, org.parent), identity)
            if org.parent:
                self.parent_name.setdefault(identity, org.parent)
        # Gazetteer parents of what was found, so that every parent link names an organization.
        for identity in sorted(self.written):
            entry = gazetteer.org_by_key(identity[4:]) if identity.startswith("gaz:") else None
            while entry is not None and entry.parent:
                entry = gazetteer.org_by_key(entry.parent)
                if entry is not None:
                    self.written.setdefault(f"gaz:{entry.key}", set())
        self.keys = _unique_keys({i: self._slug(i) for i in self.written})
        self.identity_of_written: dict[str, str] = {}  # name as written -> first identity writing it
        for identity, forms in self.written.items():
            for form in forms:
                self.identity_of_written.setdefault(form, identity)

    def _scoped(self, name: str, parent: str | None) -> str:
        # A unit's name is only unique under its parent ("Division for Treaty Affairs" of UNODC).
        if parent and not gazetteer.find_org(name):
            return f"{self.find(parent) or norm(parent)}/{norm(name)}"
        return norm(name)

    def _identity(self, name: str, acronym: str | None, parent: str | None, state: str | None) -> str:
        for text in (name, acronym):
            entry = gazetteer.find_org(text) if text else None
            if entry is not None:
                return f"gaz:{entry.key}"
        if state:
            iso = gazetteer.state_by_name(state).iso.lower()
            identity = f"state:{iso}/{norm(name)}"
            self.state_of[identity] = iso
            return identity
        for text in (self._scoped(name, parent), norm(acronym) if acronym else None):
            if text and text in self.alias:
                return self.alias[text]
        if parent:
            return f"unit:{self._scoped(name, parent)}"
        return f"name:{norm(acronym) if acronym else norm(name)}"

    def find(self, name: str) -> str | None:
        entry = gazetteer.find_org(name)
        if entry is not None:
            return f"gaz:{entry.key}"
        return self.alias.get(norm(name))

    def _slug(self, identity: str) -> str:
        if identity.startswith("gaz:"):
            entry = gazetteer.org_by_key(identity[4:])
            return slugify(entry.acronym) if entry and entry.acronym and "/" not in entry.acronym \
                else identity[4:]
        if identity in self.acronym:
            return slugify(self.acronym[identity])
        name = _longest(self.written[identity])
        parent = self.parent_name.get(identity)
        if identity in self.state_of:
            return f"{self.state_of[identity]}-{slugify(name)}"
        if parent:
            parent_id = self.find(parent)
            parent_slug = self._slug(parent_id) if parent_id and parent_id != identity else slugify(parent)
            own = slugify(name)
            return own if own.startswith(parent_slug + "-") else f"{parent_slug}-{own}"
        return slugify(name)

    def records(self, releases: dict[str, list[str]]) -> list[Organization]:
        records = []
        for identity, key in self.keys.items():
            entry = gazetteer.org_by_key(identity[4:]) if identity.startswith("gaz:") else None
            written = self.written[identity]
            acronym = self.acronym.get(identity) or (entry.acronym if entry else None)
            full = [n for n in written if n != acronym]
            name = _longest(full) if full else (acronym if written else entry.name if entry else key)
            parent = None
            if entry is not None and entry.parent:
                parent = self.keys.get(f"gaz:{entry.parent}")
            elif identity in self.parent_name:
                parent_id = self.find(self.parent_name[identity])
                parent = self.keys.get(parent_id) if parent_id else None
            aliases = sorted(n for n in written if n not in {name, acronym})
            records.append(Organization(
                key=key, name=name, acronym=acronym, parent=parent, aliases=aliases,
                wikidata=entry.wikidata if entry else None, releases=sorted(releases.get(key, [])),
            ))
        return sorted(records, key=lambda o: o.key)


# --------------------------------------------------------------------------- the knowledge base


def resolve(extractions: Iterable[Extraction], decisions: dict[str, list] | None = None) -> KnowledgeBase:
    """One entity per real-world person, organization, State, place, series and document.

    ``decisions``, when given, receives for each release id what resolution decided for its records:
    the keys it gave them, in order, and the names of the people its events name. With the release's
    extraction, they fix the release's part of the knowledge base (``kg.model.by_release``), which is
    what lets ``kg.fragments`` know a part unchanged without making it."""
    exs = sorted(extractions, key=lambda ex: ex.release.id)
    decided: dict[str, list] = {}
    people = _People(exs)
    orgs = _Orgs(exs)
    state_entries = {s.name: s for s in gazetteer.states()}
    kb = KnowledgeBase(releases=[ex.release for ex in exs])
    mentions: dict[tuple[str, str, str], list[Evidence]] = {}

    def mention(release: str, kind: str, key: str, evidence: list[Evidence]) -> None:
        mentions.setdefault((release, kind, key), []).extend(evidence)

    person_releases: dict[str, set[str]] = {}
    org_releases: dict[str, list[str]] = {}
    places: dict[str, str] = {}
    documents: dict[str, tuple[str, set[str]]] = {}
    series: dict[str, str] = {}
    chairs: dict[str, Chairpersonship] = {}
    states: dict[str, State] = {}
    for ex in exs:
        rid = ex.release.id
        keys = decided[rid] = []
        for p in ex.people:
            key = people.key(p.name)
            keys.append(key)
            person_releases.setdefault(key, set()).add(rid)
            mention(rid, "person", key, p.evidence)
        for o in ex.organizations:
            key = _org_key_of(orgs, o.name, o.acronym, o.parent, rid)
            keys.append(key)
            org_releases.setdefault(key, []).append(rid)
            mention(rid, "organization", key, o.evidence)
        for s in ex.states:
            entry = state_entries[s.name]
            key = entry.iso.lower()
            states[key] = State(key=key, name=entry.name, status=entry.status, iso=entry.iso,
                                wikidata=entry.wikidata)
            keys.append(key)
            mention(rid, "state", key, s.evidence)
        for pl in ex.places:
            key = slugify(pl.name)
            places.setdefault(key, pl.name)
            keys.append(key)
            mention(rid, "place", key, pl.evidence)
        for d in ex.documents:
            key = slugify(d.name.replace("’s ", " ").replace("'s ", " "))
            documents.setdefault(key, (d.name, set()))[1].add(rid)
            keys.append(key)
            mention(rid, "document", key, d.evidence)
        for c in ex.chairpersonships:
            entry = state_entries[c.state]
            key = f"{entry.iso.lower()}-{c.year}"
            chair = chairs.setdefault(key, Chairpersonship(key=key, state=entry.iso.lower(), year=c.year))
            keys.append(key)
            chair.evidence.extend(c.evidence)
            states.setdefault(entry.iso.lower(), State(key=entry.iso.lower(), name=entry.name,
                                                       status=entry.status, iso=entry.iso,
                                                       wikidata=entry.wikidata))
        for role in ex.roles:
            org_key = _org_key_of(orgs, role.organization, None, None, rid) if role.organization else None
            state_key = state_entries[role.state].iso.lower() if role.state else None
            kb.memberships.append(Membership(person=people.key(role.person), role=role.title,
                                             organization=org_key, state=state_key,
                                             evidence=list(role.evidence)))
            keys.append((kb.memberships[-1].person, org_key, state_key))
        for n, quote in enumerate(ex.quotes, start=1):
            kb.quotations.append(Quotation(key=f"{rid}-q{n}", text=quote.text, release=rid,
                                           person=people.key(quote.speaker) if quote.speaker else None,
                                           evidence=list(quote.evidence)))
            keys.append(kb.quotations[-1].person)
        for event in ex.events:
            if event.series:
                entry = gazetteer.find_series(event.series)
                series.setdefault(entry.key if entry else slugify(event.series), event.series)
            kb.events.append(_event(ex, event, people, orgs, series))
            keys.append(kb.events[-1])

    kb.people = sorted(
        (Person(key=people.keys[i], name=people.names[i],
                aliases=sorted(people.forms[i] - {people.names[i]}),
                releases=sorted(person_releases.get(people.keys[i], set())))
         for i in people.keys),
        key=lambda p: p.key,
    )
    kb.organizations = orgs.records(org_releases)
    kb.states = sorted(states.values(), key=lambda s: s.key)
    kb.places = [Place(key=k, name=places[k]) for k in sorted(places)]
    kb.documents = [Document(key=k, name=documents[k][0], releases=sorted(documents[k][1]))
                    for k in sorted(documents)]
    kb.series = [EventSeries(key=k, name=series[k]) for k in sorted(series)]
    kb.chairpersonships = [chairs[k] for k in sorted(chairs)]
    kb.memberships = _merge_memberships(kb.memberships)
    kb.quotations.sort(key=lambda q: (q.release, int(q.key.rsplit("-q", 1)[1])))
    kb.events = _unique_events(kb.events)
    kb.mentions = [Mention(release=r, kind=k, key=key, evidence=sorted(ev, key=_evidence_key))
                   for (r, k, key), ev in sorted(mentions.items())]
    kb.figures = [f for ex in exs for f in ex.figures]
    if decisions is not None:
        decisions.update(_decisions(decided, kb))
    return kb


def _decisions(decided: dict[str, list], kb: KnowledgeBase) -> Iterator[tuple[str, list]]:
    """Each release's decisions as plain values. The events recorded above hold their final keys only
    now (``_unique_events``); an event's people are named in its part; and whether the State of a
    role is among the States the archive names decides that role's organization (``kg.rdf``)."""
    names = {p.key: (p.name, *p.aliases) for p in kb.people}
    named_states = {s.key for s in kb.states}
    for rid, keys in decided.items():
        values: list = []
        for value in keys:
            if type(value) is Event:
                values.append((value.key, value.series, value.place, value.organizers, value.organizer_people,
                               value.speakers, value.participants))
                values += [names.get(key) for key in (*value.organizer_people, *value.speakers, *value.participants)]
            elif type(value) is tuple:  # a role's person, organization and State
                values.append((*value, value[2] in named_states))
            else:
                values.append(value)
        yield rid, values


def _org_key_of(orgs: _Orgs, name: str, acronym: str | None, parent: str | None, release: str) -> str:
    """The key of an organization named in a release (roles and events name them as written)."""
    identity = orgs.by_mention.get((release, name))
    identity = identity or orgs.find(name) or (orgs.find(acronym) if acronym else None)
    if identity is None and parent:
        identity = orgs.alias.get(orgs._scoped(name, parent))
    if identity is None:
        identity = orgs.identity_of_written.get(name)
    if identity is None or identity not in orgs.keys:
        return slugify(name)
    return orgs.keys[identity]


def _event(ex: Extraction, record, people: _People, orgs: _Orgs, series: dict[str, str]) -> Event:
    rid = ex.release.id
    person_names = {norm(p.name) for p in ex.people}
    organizers = [_org_key_of(orgs, n, None, None, rid) for n in record.organizers if norm(n) not in person_names]
    organizer_people = [people.key(n) for n in record.organizers if norm(n) in person_names]
    entry = gazetteer.find_series(record.series) if record.series else None
    day = record.start or ex.release.date
    return Event(
        key=slugify(f"{day.isoformat() if day else 'undated'} {record.name}"),
        name=record.name, release=rid,
        series=(entry.key if entry else slugify(record.series)) if record.series else None,
        ordinal=record.ordinal, start=record.start, end=record.end,
        place=slugify(record.place) if record.place else None, theme=record.theme,
        organizers=sorted(set(organizers)), organizer_people=sorted(set(organizer_people)),
        speakers=[people.key(n) for n in record.speakers],
        participants=[people.key(n) for n in record.participants],
        attendance=record.attendance, states_count=record.states_count, partners_count=record.partners_count,
        evidence=list(record.evidence),
    )


def _unique_events(events: list[Event]) -> list[Event]:
    events.sort(key=lambda e: (e.key, e.release))
    used: set[str] = set()
    for event in events:
        key, n = event.key, 2
        while key in used:
            key, n = f"{event.key}-{n}", n + 1
        event.key = key
        used.add(key)
    return events


def _merge_memberships(memberships: list[Membership]) -> list[Membership]:
    """One membership per person, role and organization, with the evidence of every release."""
    merged: dict[tuple, Membership] = {}
    for m in memberships:
        key = (m.person, m.role, m.organization or "", m.state or "")
        if key in merged:
            merged[key].evidence.extend(m.evidence)
        else:
            merged[key] = m
    for m in merged.values():
        m.evidence.sort(key=_evidence_key)
    return [merged[k] for k in sorted(merged)]
