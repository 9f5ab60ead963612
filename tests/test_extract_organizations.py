"""Organizations: acronym pairing, units after a possessive, and what is not an organization."""

from __future__ import annotations


def orgs(extraction) -> dict[str, tuple]:
    return {o.name: (o.acronym, o.parent) for o in extraction.organizations}


def test_acronym_pairing_and_units(extract_text):
    ex = extract_text(
        "Agencies meet on labour exploitation",
        "ROME, 8 May 2022 – The International Centre for Migration Policy Development (ICMPD) and the "
        "Food Security Network (FSN) met with ILO's Department of Labour Standards. ICMPD and FSN agreed.",
    )
    found = orgs(ex)
    assert found["International Centre for Migration Policy Development"][0] == "ICMPD"
    assert found["Food Security Network"] == ("FSN", None)
    assert found["Department of Labour Standards"][1] == "ILO"
    assert "ILO" in found
    assert len(ex.organizations) == 4


def test_documents_chairmanships_events_and_groups_are_not_organizations(extract_text):
    ex = extract_text(
        "Anti-trafficking plan reviewed",
        "OSLO, 3 June 2021 – The 21st Alliance against Trafficking in Persons conference reviewed the OSCE Action "
        "Plan to Combat Trafficking in Human Beings and the Council of Europe Convention on Preventing Violence. "
        "The Swedish OSCE Chairmanship thanked the participating States, NGOs and the Partners for Co-operation.",
    )
    assert set(orgs(ex)) == {"OSCE", "Council of Europe"}
    assert {d.name for d in ex.documents} == {
        "OSCE Action Plan to Combat Trafficking in Human Beings", "Council of Europe Convention on Preventing Violence"}


def test_seed_organizations(seed_extractions):
    unodc = next(o for o in seed_extractions["000"].organizations if o.acronym == "UNODC")
    assert unodc.name == "United Nations Office on Drugs and Crime"
    assert {e.anchor for e in unodc.evidence} == {"UN Office on Drugs and Crime", "UNODC",
                                                   "United Nations Office on Drugs and Crime"}
    found = orgs(seed_extractions["002"])
    assert found["Division for Treaty Affairs"][1] == "UNODC"
    assert "Sustainable Development Goals" not in found
    assert "OSCE Chairmanship" not in orgs(seed_extractions["000"])
    assert "Alliance against Trafficking in Persons" in orgs(seed_extractions["000"])  # the body, named as such
    assert not any("Alliance" in name for name in found)  # "18th Alliance against Trafficking" is the conference


def test_state_bodies_listed_portfolios_holder_offices_and_prefixed_units(extract_text):
    ex = extract_text(
        "Officials discuss reforms",
        "RIGA, 4 April 2023 – The Government of Latvia, the Central Bank of Estonia and the Ministry of Education, "
        "Science, Research and Innovation met the Ombudsman’s Office and the Prosecutor General’s Office. Experts of "
        "the ODIHR Election Assessment Mission and the UNICEF Country Office attended.",
    )
    found = orgs(ex)
    assert "Government of Latvia" in found
    assert "Central Bank of Estonia" in found
    assert "Ministry of Education, Science, Research and Innovation" in found
    assert "Prosecutor General’s Office" in found
    assert found["ODIHR Election Assessment Mission"][1] == "ODIHR"
    assert found["UNICEF Country Office"][1] == "UNICEF"


def test_bodies_the_model_leaves_untagged(extract_text):
    ex = extract_text(
        "Judges trained",
        "MINSK, 4 April 2023 – Trainers from the Latvian Association of Judges and the Council of Ministers "
        "met members of the Bar. The Secretary General of the Association spoke.",
    )
    found = orgs(ex)
    assert "Latvian Association of Judges" in found
    assert "Council of Ministers" in found
    assert not any("Secretary General" in name for name in found)
