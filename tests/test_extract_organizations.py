"""Organizations: acronym pairing, units after a possessive, and what is not an organization."""

from __future__ import annotations

import datetime as dt

import pytest


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
    # A body named only as the first words of a document's title is no mention of it (tests/gold_blind7); the
    # OSCE is named on its own ("The Swedish OSCE Chairmanship").
    assert set(orgs(ex)) == {"OSCE"}
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


def test_an_institution_written_as_a_title_is_a_role_and_as_a_body_an_organization(extract_text):
    ex = extract_text(
        "Institutions meet",
        "VIENNA, 10 May 2023 – The OSCE High Commissioner on National Minorities Ruben Talvik and the OSCE "
        "Representative on Freedom of the Media, Ines Carvalho, met UN High Commissioner for Refugees Amadou Sall.",
        "Staff of the Office of the High Commissioner on National Minorities and the OSCE Representative on "
        "Freedom of the Media’s office worked with the OSCE Project Co-ordinator in Ukraine.",
    )
    assert set(orgs(ex)) == {"OSCE", "UN", "Office of the High Commissioner on National Minorities",
                             "OSCE Representative on Freedom of the Media", "OSCE Project Co-ordinator in Ukraine"}
    assert {(r.person, r.title, r.organization) for r in ex.roles} == {
        ("Ruben Talvik", "High Commissioner on National Minorities", "OSCE"),
        ("Ines Carvalho", "Representative on Freedom of the Media", "OSCE"),
        ("Amadou Sall", "High Commissioner for Refugees", "UN"),
    }
    rfom = next(o for o in ex.organizations if o.acronym == "RFoM")
    assert [e.anchor for e in rfom.evidence] == ["OSCE Representative on Freedom of the Media"]  # the office only


def test_long_names_holding_a_document_or_a_parent(extract_text):
    ex = extract_text(
        "Minority rights reviewed",
        "STRASBOURG, 10 May 2023 – The Advisory Committee on the Framework Convention for the Protection of "
        "National Minorities, the Committee on the Elimination of Racial Discrimination and the Parliamentary "
        "Assembly of the Council of Europe reviewed the reports with the Office of the United Nations High "
        "Commissioner for Human Rights. Members of the Jogorku Kenesh, the Verkhovna Rada, the Bundestag, the "
        "Parliament of Montenegro and the National Assembly of Armenia attended.",
    )
    assert set(orgs(ex)) == {
        "Advisory Committee on the Framework Convention for the Protection of National Minorities",
        "Committee on the Elimination of Racial Discrimination", "Parliamentary Assembly of the Council of Europe",
        "Office of the United Nations High Commissioner for Human Rights", "Jogorku Kenesh", "Verkhovna Rada",
        "Bundestag", "Parliament of Montenegro", "National Assembly of Armenia"}


def test_names_the_gazetteer_does_not_list_take_in_their_parent_or_document(extract_text):
    ex = extract_text(
        "Bodies meet",
        "STRASBOURG, 10 May 2023 – The Committee of Ministers of the Council of Europe and the Monitoring "
        "Committee on the European Charter for Regional or Minority Languages met the Standing Committee of the "
        "OSCE Parliamentary Assembly.",
    )
    # A listed organization's unit is named without it, with it as its parent.
    found = orgs(ex)
    assert found["Committee of Ministers"] == (None, "Council of Europe")
    assert found["Monitoring Committee on the European Charter for Regional or Minority Languages"] == (None, None)
    assert found["Standing Committee"] == (None, "OSCE Parliamentary Assembly")
    assert {"Council of Europe", "OSCE Parliamentary Assembly"} <= set(found)


def test_committee_remits_listed_with_commas_and_and(extract_text):
    ex = extract_text(
        "Assembly committees meet",
        "VIENNA, 3 March 2021 – Debates continued in the General Committee on Rule of Law, Human Rights and "
        "Humanitarian Questions and in the Standing Committee on Political Affairs and Security.",
    )
    found = orgs(ex)
    assert "General Committee on Rule of Law, Human Rights and Humanitarian Questions" in found
    assert "Standing Committee on Political Affairs and Security" in found


def test_units_after_a_possessive_with_more_unit_words(extract_text):
    ex = extract_text(
        "Experts meet on water",
        "GENEVA, 3 March 2021 – Experts from UNICEF's Ankara Regional Hub, ODIHR's Contact Point for Migrant "
        "Issues and the European Commission's Directorate-General for Energy met today.",
    )
    found = orgs(ex)
    assert found["Ankara Regional Hub"][1] == "UNICEF"
    assert found["Contact Point for Migrant Issues"][1] == "ODIHR"
    assert found["Directorate-General for Energy"][1] == "European Commission"


def test_a_body_of_a_people_or_in_a_place_keeps_its_complement(extract_text):
    ex = extract_text(
        "Court staff trained",
        "BELGRADE, 3 March 2021 – Staff of the Appellate Court in Kraljevo met experts from the Embassy of "
        "Norway in Serbia and Jana Novak of the Federal Council of Hungarian Roma and Sinti.",
    )
    found = orgs(ex)
    assert "Appellate Court in Kraljevo" in found
    assert "Embassy of Norway in Serbia" in found
    assert "Federal Council of Hungarian Roma and Sinti" in found


def test_a_field_operation_and_another_body_are_two_names(extract_text):
    ex = extract_text(
        "OSCE Mission to Montenegro and Ministry of Finance sign agreement",
        "PODGORICA, 3 March 2021 – The OSCE Mission to Montenegro and Montenegro’s Ministry of Finance signed "
        "an agreement with the OSCE Mission to Bosnia and Herzegovina.",
    )
    found = orgs(ex)
    assert "OSCE Mission to Montenegro and Ministry" not in found
    assert "OSCE Mission to Montenegro and Montenegro" not in found
    assert "OSCE Mission to Montenegro" in found
    assert "OSCE Mission to Bosnia and Herzegovina" in found


def test_a_national_body_named_with_a_state_adjective(extract_text):
    ex = extract_text(
        "Border officers trained",
        "DUSHANBE, 3 March 2021 – Rustam Karimov, a senior officer with the Uzbek Border Guard at the Termez "
        "crossing, and officers of the Tajik Customs Service attended.",
    )
    found = orgs(ex)
    assert "Uzbek Border Guard" in found
    assert "Tajik Customs Service" in found
    assert ("Rustam Karimov", "senior officer", "Uzbek Border Guard") in {
        (r.person, r.title, r.organization) for r in ex.roles}


def test_the_words_after_and_in_a_listed_series_are_no_organization(extract_text):
    ex = extract_text(
        "OSCE Economic and Environmental Forum concludes in Tirana with call for action on climate",
        "VIENNA, 3 March 2021 – The first preparatory meeting opened today.",
    )
    assert "Environmental Forum" not in orgs(ex)


def test_a_unit_after_its_parent_keeps_its_place_and_short_forms_refer_back(extract_text):
    ex = extract_text(
        "Students meet the Secretary General",
        "DUSHANBE, 3 March 2021 – The Secretary General visited the OSCE Border Academy in Dushanbe and the "
        "OSCE Regional Resource Centre in Khujand.",
        "The Regional Resource Centre has trained 900 officers since 2009, and the Border Academy runs courses "
        "for border guards.",
    )
    found = orgs(ex)
    assert {"OSCE Border Academy in Dushanbe", "OSCE Regional Resource Centre in Khujand"} <= set(found)
    assert "Regional Resource Centre" not in found and "Border Academy" not in found
    centre = next(o for o in ex.organizations if o.name == "OSCE Regional Resource Centre in Khujand")
    assert len(centre.evidence) == 2


def test_name_cut_at_a_hyphen_is_completed_and_a_state_owning_the_next_name_left_out(extract_text):
    ex = extract_text(
        "Parliamentarians discuss law reform",
        "VIENNA, 3 March 2021 – Delegates met today.",
        "The report was presented by Anna Berg, Deputy Chair of the Committee on Legal Policy and "
        "Inter-Parliamentary Co-operation of Georgia's Parliament.",
    )
    assert "Committee on Legal Policy and Inter-Parliamentary Co-operation" in orgs(ex)


def test_a_name_cut_before_a_lower_case_word_is_a_short_form_of_the_full_name():
    from kg.extract.organizations import _short_forms

    forms = _short_forms("Office for Prevention and Fight against Cyber Fraud")
    assert "Office for Prevention and Fight" in forms
    assert "Office for Prevention" in forms


def test_seat_city_the_model_labelled_as_organization_stays_in_the_name(extract_text):
    ex = extract_text(
        "Judges trained",
        "VIENNA, 3 March 2021 – A training ended today.",
        "Among the trainers was Ivana Kos, a judge of the District Court in Banja Luka.",
    )
    assert "District Court in Banja Luka" in orgs(ex)


def test_listed_body_after_a_possessive_and_clinic_names(extract_text):
    ex = extract_text(
        "Guidelines presented",
        "VIENNA, 3 March 2021 – Guidelines were presented today.",
        "They were written with the Council of Europe’s European Commission for Democracy through Law. "
        "Mira Sultan, a lawyer with the Minsk-based Pravo Legal Clinic, spoke. The findings go to the "
        "Security Committee in Vienna.",
    )
    found = orgs(ex)
    assert "European Commission for Democracy through Law" in found
    assert "European Commission for Democracy" not in found
    assert "Pravo Legal Clinic" in found
    assert "Security Committee" in found


def test_names_cut_at_an_and_between_two_of_their_words(extract_text):
    ex = extract_text(
        "Prosecutors trained",
        "VIENNA, 3 March 2021 – A course ended today.",
        "It was held with the Institute for Forensic and Digital Studies of the Republic of Moldova and the "
        "Judicial and Penitentiary Training Centre of Transnistria.",
        "Marta Oleg, Head of the Research and Analysis Unit of the United Nations Department of Economic and "
        "Social Affairs (DESA), spoke.",
    )
    found = orgs(ex)
    assert "Institute for Forensic and Digital Studies of the Republic of Moldova" in found
    assert "Judicial and Penitentiary Training Centre of Transnistria" in found
    assert "Research and Analysis Unit" in found
    assert "United Nations Department of Economic and Social Affairs" in found


def test_a_lower_case_name_described_as_an_organization(extract_text):
    ex = extract_text(
        "Study presented",
        "VIENNA, 3 March 2021 – A study was presented today.",
        "It was written with peacenexus, a conflict research foundation based in Geneva. Ana Ruiz, a senior "
        "researcher at peacenexus, presented it. Moldova, a participating State, hosted the talks.",
    )
    assert "peacenexus" in orgs(ex)
    assert len(next(o for o in ex.organizations if o.name == "peacenexus").evidence) == 2
    assert "Moldova" not in orgs(ex)
    assert ("Ana Ruiz", "senior researcher", "peacenexus") in {
        (r.person, r.title, r.organization) for r in ex.roles}


def test_a_state_written_right_after_the_organization_word_is_part_of_the_name(extract_text):
    ex = extract_text(
        "Water experts meet",
        "VIENNA, 3 March 2021 – Experts of the Forestry Agency Slovenia and the Statistical Office of Croatia met "
        "today with staff of the Hydrology Institute.",
    )
    assert {"Forestry Agency Slovenia", "Statistical Office of Croatia"} <= set(orgs(ex))
    assert "Forestry Agency" not in orgs(ex)



def test_state_possessive_before_a_body_and_coordinated_heads_and_league(extract_text):
    ex = extract_text(
        "Experts meet on borders and energy",
        "RIGA, 4 October 2022 – Experts met today.",
        "The course was given by Ilona Berzina, a trainer with Latvia’s Police and Coast Guard Board.",
        "Tomas Varga of Slovakia’s Nuclear Authority spoke, with delegates of the League of Caribbean Ports.",
    )
    found = orgs(ex)
    assert "Police and Coast Guard Board" in found and "Coast Guard Board" not in found
    assert "Nuclear Authority" in found
    assert "League of Caribbean Ports" in found


def test_a_ministry_listing_a_peoples_adjective_and_a_hyphenated_unit(extract_text):
    ex = extract_text(
        "Dialogue on fisheries",
        "VIENNA, 3 March 2021 – The dialogue was hosted by the Ministry of Foreign Affairs, Migration "
        "and Tunisian Expatriates, with the support of the OSCE Secretariat’s Regional Co-operation Section.",
    )
    assert {"Ministry of Foreign Affairs, Migration and Tunisian Expatriates", "Regional Co-operation Section"} \
        <= set(orgs(ex))


def test_a_span_run_on_across_and_into_a_known_organization_and_a_short_form_before_against(extract_text):
    ex = extract_text(
        "OSCE Mission to Serbia and European Union open court project",
        "BELGRADE, 3 March 2021 – The project supports the Special Court against Organized Crime and Terrorism.",
        "The Special Court will publish its decisions online.",
    )
    names = {o.name for o in ex.organizations}
    assert {"OSCE Mission to Serbia", "European Union", "Special Court against Organized Crime and Terrorism"} <= names
    assert not any(n.endswith(" and European") for n in names)
    assert "Special Court" not in names
    court = next(o for o in ex.organizations if o.name == "Special Court against Organized Crime and Terrorism")
    assert len(court.evidence) == 2


def test_a_name_introduced_by_the_kind_of_body_it_is(extract_text):
    ex = extract_text(
        "Visit to a shelter",
        "ALMATY, 3 March 2021 – The Special Representative visited a shelter run by the public foundation Zhana "
        "Kadam. Gulmira Akhmetova, director of Zhana Kadam, said that survivors waited months for a court.",
    )
    assert "Zhana Kadam" in {o.name for o in ex.organizations}
    assert "Zhana Kadam" not in {p.name for p in ex.people}
    assert ("Gulmira Akhmetova", "director", "Zhana Kadam") in {(r.person, r.title, r.organization) for r in ex.roles}


def test_a_name_cut_before_its_complements_runs_on_to_its_bracketed_acronym(extract_text):
    ex = extract_text(
        "Water",
        "ALMATY, 3 March 2021 – The meeting was hosted by the United Nations Regional Office for Water "
        "Cooperation in Central Asia (UNROWCCA), which presented its study.",
    )
    found = orgs(ex)
    assert "United Nations Regional Office for Water Cooperation in Central Asia" in found
    assert found["United Nations Regional Office for Water Cooperation in Central Asia"][0] == "UNROWCCA"


def test_words_after_and_closed_by_a_bracketed_acronym_end_the_name(extract_text):
    ex = extract_text(
        "Visit",
        "LISBON, 3 March 2021 – She met the Director of the Portuguese Commission for Equality and Migration "
        "(CICDR), Ana Lobo Ferreira.",
    )
    assert orgs(ex)["Portuguese Commission for Equality and Migration"][0] == "CICDR"


def test_a_name_between_the_and_a_kind_of_organization(extract_text):
    ex = extract_text(
        "Visit",
        "LISBON, 3 March 2021 – The Representative met Rui Tavares Lobo, a lawyer with the Porto-based Casa "
        "Aberta network, and representatives of the Portuguese network of shelters.",
    )
    assert "Casa Aberta" in orgs(ex)
    assert not any("Portuguese" in name for name in orgs(ex))


def test_the_owner_of_a_unit_named_in_full_before_its_possessive_is_named_too(extract_text):
    ex = extract_text(
        "Visit",
        "LISBON, 3 March 2021 – She met officials of the Ministry of Internal Administration’s Office for "
        "Victims of Hate Crime and of the Catalan Government’s Directorate for Equality.",
    )
    found = orgs(ex)
    assert found["Office for Victims of Hate Crime"][1] == "Ministry of Internal Administration"
    assert "Ministry of Internal Administration" in found
    assert "Catalan Government" not in found  # a State's government is no organization


def test_bodies_named_with_a_state_s_name_a_school_and_a_unit_named_by_its_task(extract_text):
    ex = extract_text(
        "Conference",
        "SEOUL, 1 July 2026 – Speakers came from the Korea Coast Guard, the Kazakhstan International Bureau for "
        "Human Rights, the S. Rajaratnam School of International Studies and the Action against Terrorism Unit of "
        "the OSCE Transnational Threats Department.",
    )
    assert {"Korea Coast Guard", "Kazakhstan International Bureau for Human Rights",
            "S. Rajaratnam School of International Studies", "Action against Terrorism Unit"} <= set(orgs(ex))


def test_bodies_described_by_their_kind_and_seat(extract_text):
    ex = extract_text(
        "Conference",
        "VIENNA, 16 May 2025 – Experts came from Sawab, the Abu Dhabi-based centre of excellence for countering "
        "extremism, and from the Belarusian human rights centre Vyasna.",
    )
    assert {"Sawab", "Vyasna"} <= set(orgs(ex))


def test_a_body_inside_a_document_s_title_or_before_a_participle(extract_text):
    ex = extract_text(
        "Experts meet at OSCE-supported forum",
        "VIENNA, 16 May 2025 – Participants referred to the UN Global Counter-Terrorism Strategy.",
    )
    assert set(orgs(ex)) == {"OSCE"}
    assert [d.name for d in ex.documents] == ["UN Global Counter-Terrorism Strategy"]


def test_an_institute_tagged_as_a_facility_and_its_acronym_written_alone(extract_text):
    ex = extract_text(
        "Security review",
        "VIENNA, 3 March 2021 – Anna Holm, a senior fellow at the Bergen International Peace Research Institute, "
        "presented a study. According to BIPRI data, spending had grown.",
    )
    assert orgs(ex).get("Bergen International Peace Research Institute", (None,))[0] == "BIPRI"
    assert "BIPRI" not in orgs(ex)


def test_plural_acronyms_terms_and_a_body_s_meeting_are_not_organizations(extract_text):
    ex = extract_text(
        "Media",
        "VIENNA, 3 March 2021 – Strategic lawsuits against public participation, or SLAPPs, target LGBTI persons "
        "and journalists. The findings will be presented before the Ministerial Council in Milan in December.",
    )
    assert not {"SLAPPs", "LGBTI", "Ministerial Council"} & set(orgs(ex))


def test_a_delegation_posted_to_a_state_and_its_short_form(extract_text):
    ex = extract_text(
        "Project launched",
        "SKOPJE, 3 March 2027 – The OSCE Mission to Skopje and the Delegation of the European Union to North "
        "Macedonia today launched a project.",
        "Speakers at the launch ceremony included the Head of the EU Delegation to North Macedonia, Ambassador "
        "Pierre Lenoir.",
        date=__import__("datetime").date(2027, 3, 3),
    )
    assert "Delegation of the European Union to North Macedonia" in orgs(ex)
    assert "EU Delegation" not in orgs(ex)
    assert [(e.name, e.start.isoformat()) for e in ex.events] == [("launch ceremony", "2027-03-03")]


def test_a_group_named_with_its_task(extract_text):
    ex = extract_text(
        "Visit",
        "TIRANA, 4 May 2026 – The Head of Presence met members of the Permanent Working Group for the Protection "
        "of Whistleblowers, which brings together judges and police officers.",
    )
    assert "Permanent Working Group for the Protection of Whistleblowers" in orgs(ex)


def test_units_named_with_a_state_after_for_with_the_for_the_of_their_task_and_with_a_listed_remit(extract_text):
    ex = extract_text(
        "Visit",
        "KYIV, 4 May 2026 – The Chairperson met Marco Bellini, Head of the OSCE Support Programme for Georgia (SPG). "
        "She also visited the Joint Headquarters for the Search of Missing Persons, where she was briefed by its "
        "Secretary, Petro Hnatiuk. Anne Dupont, Head of Unit at the European Commission’s Directorate-General for "
        "Energy, Climate, Transport and Mobility, spoke next.",
    )
    names = orgs(ex)
    assert "OSCE Support Programme for Georgia" in names
    assert "Joint Headquarters for the Search of Missing Persons" in names
    assert "Directorate-General for Energy, Climate, Transport and Mobility" in names
    assert "Directorate-General for Energy" not in names
    found = {(r.person, r.title, r.organization) for r in ex.roles}
    assert ("Petro Hnatiuk", "Secretary", "Joint Headquarters for the Search of Missing Persons") in found


def test_a_place_written_in_two_languages_with_a_slash_stays_whole_in_a_name(extract_text):
    ex = extract_text(
        "Visit",
        "PRISHTINË/PRIŠTINA, 3 June 2026 – Arben Hoxha, Deputy Mayor of the Municipality of Pejë/Peć, and Mirjana "
        "Ilić, a member of the Municipal Community Safety Council of Istog/Istok, met the Head of Mission today. "
        "The OSCE/ODIHR handbook was presented.",
    )
    names = orgs(ex)
    assert "Municipality of Pejë/Peć" in names
    assert "Municipal Community Safety Council of Istog/Istok" in names
    assert not {"Municipality of Pejë", "Municipal Community Safety Council of Istog"} & set(names)
    assert "Head of Mission" not in names  # a title naming the kind of body it heads
    found = {(r.person, r.title, r.organization) for r in ex.roles}
    assert ("Arben Hoxha", "Deputy Mayor", "Municipality of Pejë/Peć") in found
    assert ("Mirjana Ilić", "member", "Municipal Community Safety Council of Istog/Istok") in found


def test_a_name_its_bracketed_acronym_defines_holds_the_listed_names_inside_it(extract_text):
    ex = extract_text(
        "Conference",
        "CHISINAU, 3 June 2025 – The meeting brought together representatives of the United Nations Development "
        "Programme (UNDP), the European Union Border Assistance Mission to Moldova and Ukraine (EUBAM) and the "
        "Council of Europe. The Deputy Head of EUBAM, Aleksandra Wiśniewska-Holm, presented data. Mara Lind, a "
        "legal officer at the Nordic Data Protection Supervisor (NDPS), spoke on the eve of the Annual Border "
        "Review Conference (ABRC).",
    )
    names = orgs(ex)
    assert names["Nordic Data Protection Supervisor"][0] == "NDPS"  # an institution named by its office
    assert "Annual Border Review Conference" not in names  # an event
    assert names["European Union Border Assistance Mission to Moldova and Ukraine"][0] == "EUBAM"
    assert not {"European Union", "Mission to Moldova", "OSCE Mission to Moldova"} & set(names)
    assert {"United Nations Development Programme", "Council of Europe"} <= set(names)
    found = {(r.person, r.title, r.organization) for r in ex.roles}
    assert ("Aleksandra Wiśniewska-Holm", "Deputy Head",
            "European Union Border Assistance Mission to Moldova and Ukraine") in found


def test_a_national_body_named_by_a_state_adjective_alone_and_a_chamber_of_parliament(extract_text):
    ex = extract_text(
        "Course",
        "DUSHANBE, 3 June 2025 – Two officers of the Royal Norwegian Police and one of the Latvian Police followed "
        "the course. The High Commissioner met members of the Chamber of Deputies.",
    )
    names = orgs(ex)
    assert {"Royal Norwegian Police", "Latvian Police", "Chamber of Deputies"} <= set(names)


def test_a_region_a_body_serves_ends_its_name(extract_text):
    ex = extract_text(
        "Conference",
        "ALMATY, 3 June 2025 – The Executive Director of the Regional Water Centre for Central Asia, Timur Aliev, "
        "and Sara Nasser, Director of IOM's Regional Office for the Middle East and North Africa, spoke.",
    )
    names = orgs(ex)
    assert "Regional Water Centre for Central Asia" in names
    assert "Regional Office for the Middle East and North Africa" in names
    found = {(r.person, r.title, r.organization) for r in ex.roles}
    assert ("Timur Aliev", "Executive Director", "Regional Water Centre for Central Asia") in found
    assert ("Sara Nasser", "Director", "Regional Office for the Middle East and North Africa") in found


def test_a_state_s_adjective_is_no_part_of_its_ministry_s_name(extract_text):
    ex = extract_text(
        "Project",
        "VIENNA, 3 June 2025 – The project was funded by the German Federal Ministry for Economic Cooperation "
        "and Development and by the Kyrgyz Union of Journalists.",
    )
    names = orgs(ex)
    assert "Federal Ministry for Economic Cooperation and Development" in names
    assert "German Federal Ministry for Economic Cooperation and Development" not in names
    assert "Kyrgyz Union of Journalists" in names  # a union's adjective is part of its name


def test_a_unit_of_a_state_s_ministry_and_a_laboratory(extract_text):
    ex = extract_text(
        "Seminar",
        "NIŠ, 22 October 2026 – The seminar was organized together with the Internal Affairs Sector of Serbia’s "
        "Ministry of Interior. It heard Bekim Rexhepi-Tola, a senior inspector with the Professional Standards Unit of "
        "North Macedonia’s Ministry of Internal Affairs, and Przemysław Wielgórski-Baran, a forensic chemist with "
        "Poland’s Central Forensic Laboratory.",
    )
    names = {o.name for o in ex.organizations}
    assert {"Internal Affairs Sector", "Professional Standards Unit", "Central Forensic Laboratory"} <= names
    assert not {"Internal Affairs Sector of Serbia", "Professional Standards Unit of North Macedonia"} & names
    assert ("Bekim Rexhepi-Tola", "Professional Standards Unit") in {(r.person, r.organization) for r in ex.roles}


def test_complements_a_bracketed_acronym_closes_after_an_organization_word(extract_text):
    ex = extract_text(
        "Workshop",
        "BUDVA, 17 April 2026 – Wendelin Oyelaran-Kuhn, a cyber crisis management expert at the European Union Agency "
        "for Cybersecurity (ENISA), described the exercises. The recommendations of the European Committee for the "
        "Prevention of Torture and Inhuman or Degrading Treatment or Punishment (CPT) were discussed.",
    )
    names = {o.name for o in ex.organizations}
    assert {"European Union Agency for Cybersecurity", "European Committee for the Prevention of Torture and Inhuman "
            "or Degrading Treatment or Punishment"} <= names
    assert not {"European Union Agency", "European Committee"} & names


def test_a_listed_organization_before_a_meeting_word_organizes_the_meeting(extract_text):
    ex = extract_text(
        "Police officers discuss internal control at OSCE seminar in Niš",
        "NIŠ, 22 October 2026 – Police officers met at a regional seminar organized by the Ministry of Interior.",
    )
    assert "OSCE" in {o.name for o in ex.organizations}


def test_a_unit_of_a_listed_organization_and_a_unit_before_its_parent_s_acronym(extract_text):
    ex = extract_text(
        "Course",
        "AKTAU, 3 March 2026 – The course was run with the Container Security Programme of the United Nations Office "
        "on Drugs and Crime and the Hydrological Data Centre of the Regional Commission for River Basin Management "
        "(RCRBM). Officers of the National Forensic Laboratory of the Police took part.",
    )
    found = orgs(ex)
    assert found["Container Security Programme"][1] == "United Nations Office on Drugs and Crime"
    assert found["Hydrological Data Centre"][1] == "Regional Commission for River Basin Management"
    assert found["Regional Commission for River Basin Management"][0] == "RCRBM"
    assert "National Forensic Laboratory of the Police" in found
    assert not {"Container Security Programme of the United Nations Office on Drugs and Crime",
                "National Forensic Laboratory"} & set(found)


def test_a_state_s_body_and_another_state_s_body_of_the_same_words_and_a_listed_name_inside_a_longer_one(extract_text):
    ex = extract_text(
        "Course",
        "AKTAU, 3 March 2026 – Colonel Arslan Durdyyev-Orazov, Deputy Head of Uzbekistan's State Customs Service, "
        "opened the course. Officers of the Customs Guard of the State Customs Service of Georgia and Major Dana "
        "Ismagulova-Kerr of the Migration Service of Kazakhstan's National Security Committee took part.",
    )
    found = orgs(ex)
    assert {"State Customs Service", "State Customs Service of Georgia", "Migration Service",
            "National Security Committee"} <= set(found)
    assert "Security Committee" not in found  # the OSCE's, listed in the gazetteer, is not named here
    assert "Migration Service of Kazakhstan" not in found
    assert ("Arslan Durdyyev-Orazov", "State Customs Service") in {(r.person, r.organization) for r in ex.roles}


def test_a_body_an_apposition_calls_an_organization_and_a_place_and_month_it_meets_in(extract_text):
    ex = extract_text(
        "Round table",
        "GYUMRI, 3 March 2026 – A round table on youth work was held in Gyumri today.",
        "The round table heard Anahit Serobyan-Lind, who spoke about a scheme. She is the director of the Svaneti "
        "Civic Forum, a non-governmental organization founded in Ninotsminda in 2009. Its findings will be presented "
        "to the Advisory Board in Yerevan in October.",
    )
    found = orgs(ex)
    assert "Svaneti Civic Forum" in found
    assert "Advisory Board in Yerevan" not in found
    assert ("Anahit Serobyan-Lind", "director", "Svaneti Civic Forum") in {
        (r.person, r.title, r.organization) for r in ex.roles}


def test_hyphenated_capitalised_words_lists_and_portfolios_inside_names(extract_text):
    ex = extract_text(
        "Conference",
        "PODGORICA, 3 March 2026 – The conference was organized with the Agency for Pre-Primary, Primary and Secondary "
        "Education and funded by the Austrian Agency for Development and Cooperation (AADC). Speakers came from "
        "Montenegro’s Special Prosecutor’s Office for High-Tech Crime and from Albania's State Inspectorate of Labour "
        "and Social Services.",
    )
    found = orgs(ex)
    assert {"Agency for Pre-Primary, Primary and Secondary Education", "Austrian Agency for Development and "
            "Cooperation", "State Inspectorate of Labour and Social Services"} <= set(found)
    assert any(name.endswith("Office for High-Tech Crime") for name in found)
    assert not {"Agency for Pre", "Social Services", "State Inspectorate of Labour"} & set(found)


def test_a_university_of_a_field_in_its_city(extract_text):
    ex = extract_text(
        "Exercise",
        "VLORË, 3 March 2026 – The actors were students of the University of Music in Tirana and of the Vlorë "
        "Academy.",
    )
    assert "University of Music in Tirana" in orgs(ex)


def test_an_embassy_is_named_with_where_it_is_posted(extract_text):
    ex = extract_text(
        "Course",
        "KYIV, 3 March 2026 – Speakers included Geneviève Ouellet, Counsellor at the Embassy of Canada to Ukraine, and "
        "Rupert Astley-Crane, Defence Attaché at the Embassy of the United Kingdom in Chisinau.",
    )
    assert {"Embassy of Canada to Ukraine", "Embassy of the United Kingdom in Chisinau"} <= set(orgs(ex))


def test_a_faculty_named_with_its_university_is_its_unit(extract_text):
    ex = extract_text(
        "Conference",
        "MOSTAR, 3 March 2026 – Speakers included Dario Kovač-Lind, a professor of pedagogy at the Faculty of "
        "Philosophy of the University of Tuzla.",
    )
    found = orgs(ex)
    assert found["Faculty of Philosophy"] == (None, "University of Tuzla")
    assert "University of Tuzla" in found
    assert ("Dario Kovač-Lind", "professor of pedagogy", "Faculty of Philosophy") in {
        (r.person, r.title, r.organization) for r in ex.roles}


def test_hyphenated_place_and_people_words_inside_a_name(extract_text):
    ex = extract_text(
        "Hearing",
        "NARYN, 3 March 2026 – The hearing was moderated by Aizhamal Tursunbaeva, co-ordinator of the Aarhus Centre "
        "in Ak-Talaa, with Ruslan Omurzakov, a lecturer at the Almaty-based German-Kazakh Polytechnic University, and "
        "Dorin Ciobanu, an inspector at Moldova’s National Anti-Fraud Bureau.",
    )
    found = orgs(ex)
    assert {"Aarhus Centre in Ak-Talaa", "German-Kazakh Polytechnic University", "National Anti-Fraud Bureau"} \
        <= set(found)
    assert {"Aarhus Centre in Ak", "Kazakh Polytechnic University", "Fraud Bureau"}.isdisjoint(found)


def test_a_university_of_listed_fields_and_one_named_after_a_person(extract_text):
    ex = extract_text(
        "Round table",
        "KHUJAND, 3 March 2026 – Speakers were Zarina Qodirova, a professor at the Tajik University of Mining, "
        "Metallurgy and Applied Geology; and Farrukh Nazarov, a lecturer in civil law at Panjakent State University "
        "named after Abdulqodir Bedil.",
    )
    found = orgs(ex)
    assert {"Tajik University of Mining, Metallurgy and Applied Geology",
            "Panjakent State University named after Abdulqodir Bedil"} <= set(found)
    assert ("Farrukh Nazarov", "lecturer in civil law", "Panjakent State University named after Abdulqodir Bedil") \
        in {(r.person, r.title, r.organization) for r in ex.roles}


def test_bodies_of_trade_before_their_agreements_and_a_states_government(extract_text):
    ex = extract_text(
        "Exchange",
        "ASHGABAT, 3 March 2026 – The officers studied the WCO's SAFE Framework of Standards and the World Trade "
        "Organization's Agreement on Trade Facilitation.",
        "The experts will present their findings to the Turkmen Government.",
    )
    found = orgs(ex)
    assert {"WCO", "World Trade Organization"} <= set(found)
    assert "Turkmen Government" not in found


def test_a_unit_of_a_body_the_model_tags_with_it(extract_text):
    ex = extract_text(
        "Course",
        "NAMANGAN, 3 March 2026 – The trainers included Botir Yusupov, Head of the Asset Tracing Division of the "
        "Department for Combating Tax Crimes, and Lale Korkmaz, Head of the Youth Mobility Division of the Union "
        "for the Black Sea Region.",
    )
    found = orgs(ex)
    assert found["Asset Tracing Division"] == (None, "Department for Combating Tax Crimes")
    assert found["Youth Mobility Division"] == (None, "Union for the Black Sea Region")
    assert {"Department for Combating Tax Crimes", "Union for the Black Sea Region"} <= set(found)


def test_a_ministers_portfolio_and_a_listed_bodys_short_form(extract_text):
    ex = extract_text(
        "Meeting",
        "VALLETTA, 3 March 2026 – The meeting of the Contact Group with the Asian Partners for Co-operation opened "
        "today. The Chair of the Contact Group, Ambassador Ilse Verhoeven-Dal, welcomed Aurore Mbeki-Lacroix, a "
        "surgeon with Médecins Sans Frontières.",
        "Croatian Deputy Minister of Regional Development and Infrastructure Vesna Jurić-Kolar said the plan was "
        "ready.",
    )
    found = orgs(ex)
    assert "Regional Development and Infrastructure" not in found
    assert "Médecins Sans Frontières" in found
    assert {("Ilse Verhoeven-Dal", "Chair", "Contact Group"),
            ("Vesna Jurić-Kolar", "Deputy Minister of Regional Development and Infrastructure", None),
            ("Aurore Mbeki-Lacroix", "surgeon", "Médecins Sans Frontières")} \
        <= {(r.person, r.title, r.organization) for r in ex.roles}


def test_a_unit_of_an_acronym_a_body_described_by_its_state_and_a_lower_case_owner(extract_text):
    ex = extract_text(
        "Talks",
        "KYIV, 3 March 2026 – Speakers were Oksana Hrytsenko, Chief Dispatcher of Energoatom, Ukraine's nuclear "
        "power operator; Adebayo Okafor, Head of the Mediation Support Unit of ECOWAS; and Mirjam Löfgren, a lecturer "
        "at Lund University, where she teaches at the university’s Faculty of Social Sciences.",
    )
    found = orgs(ex)
    assert "Energoatom" in found
    assert found["Mediation Support Unit"] == (None, "ECOWAS")
    assert found["Faculty of Social Sciences"] == (None, "Lund University")
    assert ("Oksana Hrytsenko", "Chief Dispatcher", "Energoatom") in {
        (r.person, r.title, r.organization) for r in ex.roles}


def test_the_place_of_a_bodys_headquarters_is_no_part_of_its_name(extract_text):
    ex = extract_text(
        "Visit",
        "LVIV, 3 March 2026 – Today, the Minister visited the headquarters of the State Emergency Service in Lviv, "
        "where Admiral Ivo Kranjc briefed her.",
    )
    assert "State Emergency Service" in orgs(ex)
    assert "State Emergency Service in Lviv" not in orgs(ex)


def test_capitalised_words_closed_by_a_body_word_and_a_remit_between(extract_text):
    ex = extract_text(
        "Hearing",
        "TOKMOK, 3 March 2026 – The head of the Kemin Rayon Water Administration, Asel Dzhumabaeva, opened the "
        "hearing. Speakers included Rania Khoury-Malouf, a youth officer at the Lindgren Foundation for the "
        "Dialogue between Cultures and Religions.",
    )
    found = orgs(ex)
    assert "Kemin Rayon Water Administration" in found
    assert "Lindgren Foundation for the Dialogue between Cultures and Religions" in found
    assert ("Asel Dzhumabaeva", "head", "Kemin Rayon Water Administration") in {
        (r.person, r.title, r.organization) for r in ex.roles}


def test_a_republics_court_two_bodies_before_an_acronym_and_a_committees_listed_remit(extract_text):
    ex = extract_text(
        "Conference",
        "BALTI, 3 March 2026 – Speakers included Mojca Hribar Kos, a judge of the Supreme Court of the Republic of "
        "Slovenia, and Joost Verbeek-Smit, Secretary General of the Confederation of European Mediators (CEM).",
        "The conference was organized together with Moldova's National Forensic Inspectorate and the National "
        "Administration of Prisons (ANP).",
        "The Chair of the Social Affairs, Health and Family Committee of Moldova's Parliament, Ana "
        "Rusu-Popa, told the conference that the committee would examine the draft in the autumn.",
    )
    found = orgs(ex)
    assert {"Supreme Court of the Republic of Slovenia", "Confederation of European Mediators",
            "National Forensic Inspectorate", "National Administration of Prisons",
            "Social Affairs, Health and Family Committee"} <= set(found)
    assert ("Ana Rusu-Popa", "Chair", "Social Affairs, Health and Family Committee") in {
        (r.person, r.title, r.organization) for r in ex.roles}


def test_a_listed_short_name_ending_a_longer_one_and_a_states_body_with_its_seat(extract_text):
    ex = extract_text(
        "Hearing",
        "SHKODËR, 3 March 2026 – Ilir Dervishaj, Chair of the Budget and Security Committee of the Assembly of "
        "Albania in Tirana, opened the hearing with members of Kazakhstan's National Security Committee in Astana.",
    )
    found = orgs(ex)
    assert {"Budget and Security Committee", "Assembly of Albania", "National Security Committee"} <= set(found)
    assert not {"Security Committee", "Assembly of Albania in Tirana", "National Security Committee in Astana"} \
        & set(found)
    assert found["Budget and Security Committee"][1] == "Assembly of Albania"
    assert found["National Security Committee"][1] is None  # no OSCE body
    assert ("Ilir Dervishaj", "Chair", "Budget and Security Committee") in {
        (r.person, r.title, r.organization) for r in ex.roles}


def test_universities_named_after_a_state_a_person_or_saints_and_a_faculty_of_one(extract_text):
    ex = extract_text(
        "Moot court",
        "OHRID, 3 March 2026 – The team of Kazakhstan State University won, ahead of the team of Taras Petrenko "
        "National Law University in Odesa. Ana Vulpe, a lecturer in civil procedure at Kazakhstan State University, "
        "coached it.",
        "Vesna Trajkovska, a professor of organic chemistry at Ss. Petar and Pavle University in Ohrid, whose "
        "laboratory tested the kits, spoke next.",
        "The Dean of the Faculty of Economics of Daugava National University, Juris Ozols, opened the round.",
    )
    found = orgs(ex)
    assert {"Kazakhstan State University", "Taras Petrenko National Law University in Odesa",
            "Ss. Petar and Pavle University in Ohrid", "Faculty of Economics", "Daugava National University"} \
        <= set(found)
    assert ("Juris Ozols", "Dean", "Faculty of Economics") in {(r.person, r.title, r.organization) for r in ex.roles}
    assert ("Vesna Trajkovska", "professor of organic chemistry", "Ss. Petar and Pavle University in Ohrid") in {
        (r.person, r.title, r.organization) for r in ex.roles}


def test_two_bodies_joined_by_and_a_topic_word_the_model_calls_a_person_and_new_body_words(extract_text):
    ex = extract_text(
        "Handover",
        "OHRID, 3 March 2026 – The Mission handed over ten scanners to Albania's Customs Administration and Border "
        "Police. Officials of Estonia’s Police and Border Guard Board attended.",
        "The visitors met officials of the Treasury of the Republic of Malta and of the Office of Registrar of "
        "Charities and Intellectual Property, which keeps the register.",
        "Courses reached some 90 officers of the Border Troops of Kyrgyzstan's State Border Service.",
    )
    found = orgs(ex)
    assert {"Customs Administration", "Border Police", "Police and Border Guard Board",
            "Treasury of the Republic of Malta", "Office of Registrar of Charities and Intellectual Property",
            "Border Troops"} <= set(found)
    assert "Customs Administration and Border Police" not in found
    assert "Intellectual Property" not in {p.name for p in ex.people}


def test_a_court_ends_before_the_person_it_fined(extract_text):
    ex = extract_text("Ruling", "BATUMI, 3 March 2026 – In its judgment of Friday, the Supreme Court’s Chamber of "
                      "Criminal Cases overturned a fine of 2,000 lari imposed in March by the Kobuleti District Court "
                      "on Tamar Gelashvili, a reporter for the regional news website Adjara Today.")
    assert "Kobuleti District Court" in orgs(ex)
    assert not any("Gelashvili" in name for name in orgs(ex))


def test_a_body_for_a_listed_one_a_name_told_by_its_kind_and_an_office_word_in_a_bodys_name(extract_text):
    ex = extract_text(
        "Conference",
        "GRAZ, 3 March 2026 – The panel was moderated by Ilona Sárközi. She is the chairperson of Amaro Drom "
        "Styria, a Roma association founded in Graz in 1995.",
        "Rudolf Eibiswald, a member of the Austrian Ombudsman Board, and Jang Min-seo, Secretary General of the "
        "Korean National Commission for UNICEF, also spoke.",
    )
    found = orgs(ex)
    assert {"Amaro Drom Styria", "Austrian Ombudsman Board", "Korean National Commission for UNICEF"} \
        <= set(found)
    assert {("Ilona Sárközi", "chairperson", "Amaro Drom Styria"),
            ("Rudolf Eibiswald", "member", "Austrian Ombudsman Board"),
            ("Jang Min-seo", "Secretary General", "Korean National Commission for UNICEF")} <= {
        (r.person, r.title, r.organization) for r in ex.roles}


def test_a_task_of_hyphenated_words_and_verbs_and_an_office_serving_a_list_of_countries(extract_text):
    ex = extract_text(
        "Memorandum",
        "AGADIR, 3 March 2026 – The OSCE and Tunisia's National Commission for the Co-ordination of Efforts to Detect "
        "and Stop Forced Labour in Agriculture signed a memorandum.",
        "Nadia Ferhat, a migration specialist at the ILO Country Office for Egypt, Eritrea, Sudan and Jordan, joined "
        "by video link.",
    )
    found = orgs(ex)
    assert {"National Commission for the Co-ordination of Efforts to Detect and Stop Forced Labour in Agriculture",
            "ILO Country Office for Egypt, Eritrea, Sudan and Jordan"} <= set(found)


def test_a_districts_department_and_a_body_told_by_the_agency_it_is(extract_text):
    ex = extract_text(
        "Session",
        "BRČKO, 3 March 2026 – Dragan Ilić, chief of civil protection in the District’s Department of Public Safety, "
        "spoke first.",
        "Ivo Matić, a flood defence engineer with Slovenian Waters, the water management agency of the neighbouring "
        "country, spoke next.",
    )
    found = orgs(ex)
    assert {"Department of Public Safety", "Slovenian Waters"} <= set(found)
    assert ("Ivo Matić", "flood defence engineer", "Slovenian Waters") in {
        (r.person, r.title, r.organization) for r in ex.roles}


def test_a_councils_numbered_resolution_is_a_document_not_the_council(extract_text):
    ex = extract_text("Exhibition", "ZUGDIDI, 3 March 2026 – It is part of the OSCE’s work to support the "
                      "implementation of UN Security Council resolution 1325 on women, peace and security.")
    assert "UN Security Council" not in orgs(ex)


def test_an_acronym_given_to_a_format_names_no_body_when_written_alone(extract_text):
    ex = extract_text(
        "Talks",
        "GENEVA, 3 March 2026 – The Special Representative co-chairs the Geneva International Discussions (GID). "
        "The next GID round is due in April.",
        "The Incident Prevention and Response Mechanisms (IPRM) met in Ergneti. The IPRM hotline works.",
        "Institutions are reviewed by the Sub-Committee on Accreditation (SCA). The SCA met in March.",
    )
    found = orgs(ex)
    assert not {"GID", "IPRM", "Geneva International Discussions"} & set(found)
    assert {"Sub-Committee on Accreditation", "SCA"} & set(found)  # a body's acronym stays one


def test_a_broadcasters_name_opened_by_tv_is_an_outlet_with_that_word(extract_text):
    ex = extract_text("Debate", "ZAJEČAR, 9 March 2029 – A debate was held today.", "It was moderated by Slavica "
                      "Petrović-Savić, a presenter at TV Zlatni Breg, and Agron Rexhaj, an editor at Radio Vala, with "
                      "simultaneous interpretation.", date=dt.date(2029, 3, 9))
    assert "Zlatni Breg" not in [p.name for p in ex.people]
    assert {o.name for o in ex.organizations} >= {"TV Zlatni Breg", "Radio Vala"}
    assert ("Slavica Petrović-Savić", "presenter", "TV Zlatni Breg") in {
        (r.person, r.title, r.organization) for r in ex.roles}


def test_a_town_and_its_body_word_tagged_as_one_place_name_the_towns_body(extract_text):
    ex = extract_text("Exhibition", "SENAKI, 9 March 2029 – An exhibition opened today.", "The Mayor of Senaki "
                      "Municipality, Nodar Kvirikashvili, who opened the exhibition in the town's library, recalled "
                      "that hundreds had left.", date=dt.date(2029, 3, 9))
    assert [o.name for o in ex.organizations] == ["Senaki Municipality"]
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Nodar Kvirikashvili", "Mayor", "Senaki Municipality")]


@pytest.mark.parametrize("town", ["Rasht", "Hisor"])  # tagged as a place with its article, and not tagged at all
def test_a_towns_hukumat_is_its_body(extract_text, town):
    ex = extract_text("Training", f"{town.upper()}, 9 March 2029 – A training of mediators opened today.",
                      f"The First Deputy Chairman of the {town} City Hukumat, Bahrom Zoirov, who also spoke at the "
                      "opening, said that women mediate.", date=dt.date(2029, 3, 9))
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Bahrom Zoirov", "First Deputy Chairman", f"{town} City Hukumat")]


def test_a_company_named_after_its_kind(extract_text):
    ex = extract_text("Trip", "TARAZ, 9 March 2029 – A study trip began today.", "Kerimbek Ospanov, chief engineer of "
                      "the solar park's operator, Shu Valley Power, showed the guests the panels. Dana Serikova, "
                      "export manager of the honey exporter Kokshe Agro, told the forum that buyers asked for labels.",
                      date=dt.date(2029, 3, 9))
    assert sorted(p.name for p in ex.people) == ["Dana Serikova", "Kerimbek Ospanov"]
    assert sorted(o.name for o in ex.organizations) == ["Kokshe Agro", "Shu Valley Power"]


@pytest.mark.parametrize(("person", "region", "unit"), [
    ("Nivi Kristiansen Lund", "Arctic", "Marine Environment Working Group"),
    ("Pipaluk Olsen", "Baltic Sea", "Coastal Fisheries Working Group"),
])
def test_a_regions_council_and_its_unit_after_the_possessive(extract_text, person, region, unit):
    ex = extract_text("Meeting", "ILULISSAT, 9 March 2029 – A meeting took place today.", f"The first working session "
                      f"heard {person}, Chair of the {region} Council’s {unit}, who joined by video link from "
                      "Ilulissat.", date=dt.date(2029, 3, 9))
    assert {(o.name, o.parent) for o in ex.organizations} == {(f"{region} Council", None), (unit, f"{region} Council")}
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [(person, "Chair", unit)]


def test_a_states_adjective_before_a_bodys_name_opens_it(extract_text):
    ex = extract_text("Launch", "TELAVI, 9 March 2029 – A programme was launched today.", "The mentoring programme is "
                      "run by ODIHR together with Georgia's Ministry of Regional Development and is funded by the "
                      "Swedish International Development Cooperation Agency (Sida).", date=dt.date(2029, 3, 9))
    assert "Swedish International Development Cooperation Agency" in {o.name for o in ex.organizations}
    assert "International Development Cooperation Agency" not in {o.name for o in ex.organizations}


def test_an_operator_named_after_its_kind_is_an_organization(extract_text):
    ex = extract_text("Exchange", "KHORGOS, 9 March 2029 – Customs officers met today.", "Speakers included Kanat "
                      "Utepbergenov, commercial director of the dry port operator Zhetysu Logistics; and Randi "
                      "Hallvardsen, a trade expert.", date=dt.date(2029, 3, 9))
    assert "Zhetysu Logistics" not in {p.name for p in ex.people}
    assert ("Kanat Utepbergenov", "commercial director", "Zhetysu Logistics") in {
        (r.person, r.title, r.organization) for r in ex.roles}


def test_a_prefixed_units_remit_after_for_is_part_of_its_name(extract_text):
    ex = extract_text("Meeting", "KHORGOS, 9 March 2029 – Experts met today.", "Speakers included Randi Solbakken, a "
                      "Vice-Chair of the United Nations Centre for Water Diplomacy and Mountain Research, who spoke "
                      "from Geneva.", date=dt.date(2029, 3, 9))
    unit = "United Nations Centre for Water Diplomacy and Mountain Research"
    assert (unit, "United Nations") in {(o.name, o.parent) for o in ex.organizations}
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [("Randi Solbakken", "Vice-Chair", unit)]


def test_the_office_of_a_holder_of_another_holders_title_keeps_the_remit(extract_text):
    ex = extract_text("Hearing", "OSLO, 9 March 2029 – A hearing took place today.", "Speakers included Karsten Vold, "
                      "Deputy Director of the Office of the Special Representative of the UN Secretary-General for "
                      "Children and Armed Conflict.", date=dt.date(2029, 3, 9))
    office = "Office of the Special Representative of the UN Secretary-General for Children and Armed Conflict"
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [("Karsten Vold", "Deputy Director", office)]


def test_a_field_operation_ends_before_a_states_longer_name_after_and(extract_text):
    ex = extract_text("Workshop", "STRUGA, 9 March 2029 – A workshop took place yesterday.", "Teachers met at a "
                      "workshop held in Struga yesterday by the OSCE Mission to Skopje and North Macedonia’s Bureau "
                      "for Development of Education.", date=dt.date(2029, 3, 9))
    assert "OSCE Mission to Skopje" in {o.name for o in ex.organizations}
    assert [s.name for s in ex.states] == ["North Macedonia"]


def test_networks_in_the_plural_is_an_organization_word(extract_text):
    ex = extract_text("Exercise", "TBILISI, 9 March 2029 – An exercise took place today.", "Lasha Gvenetadze, who has "
                      "worked in a control room of Power Networks of Georgia for ten years, played the duty engineer.",
                      date=dt.date(2029, 3, 9))
    assert [o.name for o in ex.organizations] == ["Power Networks of Georgia"]


def test_a_facility_named_by_an_organization_word_and_its_remit_is_an_organization(extract_text):
    ex = extract_text("Exhibition", "BATUMI, 9 March 2029 – An exhibition opened today.", "The photographs were "
                      "selected by Eka Kharebava, who curated the exhibition. She is a lecturer in photography at the "
                      "Batumi State Academy of Arts.", date=dt.date(2029, 3, 9))
    assert [o.name for o in ex.organizations] == ["Batumi State Academy of Arts"]
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Eka Kharebava", "lecturer in photography", "Batumi State Academy of Arts")]


def test_a_body_whose_last_words_the_model_took_for_a_person_keeps_its_first_word(extract_text):
    # The model tags "State" as a body and "Labour Inspectorate" as a person.
    ex = extract_text("Meeting", "KEMIN, 9 March 2029 – A meeting took place today.", "Another speaker was Lembit "
                      "Saarvali-Kusk, an inspector at Estonia's State Labour Inspectorate.", date=dt.date(2029, 3, 9))
    assert [o.name for o in ex.organizations] == ["State Labour Inspectorate"]
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Lembit Saarvali-Kusk", "inspector", "State Labour Inspectorate")]


def test_a_city_s_and_a_municipality_s_government_named_by_their_town(extract_text):
    # The model tags "the City of Tønsberg" as a place, and "Kranjska Gora" alone as a building.
    ex = extract_text("Meeting", "KEMIN, 9 March 2029 – A meeting took place today.", "The meeting was hosted by the "
                      "City of Tønsberg.", "The Municipality of Kranjska Gora sent two officials to Mexico City.",
                      date=dt.date(2029, 3, 9))
    assert [o.name for o in ex.organizations] == ["City of Tønsberg", "Municipality of Kranjska Gora"]


def test_a_name_its_bracketed_acronym_spells_is_a_body_not_a_person(extract_text):
    # The model tags "Temir Zholy" as a person; "(KTZ)" spells "Kazakhstan Temir Zholy".
    ex = extract_text("Forum", "KEMIN, 9 March 2029 – A forum took place today.", "Dauletkeldi Aspandiyarov of "
                      "Kazakhstan Temir Zholy (KTZ), the national railway company, described the plans.",
                      date=dt.date(2029, 3, 9))
    assert [p.name for p in ex.people] == ["Dauletkeldi Aspandiyarov"]
    assert orgs(ex) == {"Kazakhstan Temir Zholy": ("KTZ", None)}


def test_a_former_state_named_with_an_organization_word_is_no_organization(extract_text):
    ex = extract_text("Forum", "KEMIN, 9 March 2029 – A forum took place today.", "Many of the applicants were born "
                      "in the Soviet Union and never exchanged their old passports.", date=dt.date(2029, 3, 9))
    assert ex.organizations == []


def test_a_name_in_apposition_to_a_state_s_kind_of_body_is_a_body(extract_text):
    # The model tags "Valtori" and "Riigikontroll" as places.
    ex = extract_text("Meeting", "KEMIN, 9 March 2029 – A meeting took place today.", "Speakers included Tamsin "
                      "Oakhurst-Vane, head of the ethical sourcing unit at Valtori, Finland's central purchasing body, "
                      "and Lembit Saarvali-Kusk, an auditor at Riigikontroll, Estonia's national audit office.",
                      date=dt.date(2029, 3, 9))
    assert [o.name for o in ex.organizations] == ["Valtori", "Riigikontroll"]
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Tamsin Oakhurst-Vane", "head of the ethical sourcing unit", "Valtori"),
        ("Lembit Saarvali-Kusk", "auditor", "Riigikontroll")]


def test_a_name_the_model_tagged_with_an_indefinite_article_is_no_body(extract_text):
    # The model tags "an Integrated Health, Safety and Service Approach" as a body.
    ex = extract_text("Forum", "KEMIN, 9 March 2029 – A forum took place today.", "The participants studied the "
                      "Council of Europe Convention on an Integrated Health, Safety and Service Approach at Music "
                      "Festivals.", date=dt.date(2029, 3, 9))
    assert ex.organizations == []


def test_a_port_is_a_body_and_so_is_a_facility_in_apposition_to_a_kind_of_body(extract_text):
    # The model tags "Bautino Port" as a facility.
    ex = extract_text("Visit", "KEMIN, 9 March 2029 – A visit took place today.", "Eino Vaskimaa, Chief Security "
                      "Officer of the Port of Tornio, showed the scanners.", "Berik Sultanbekov, deputy head of "
                      "security at Bautino Port, the Kazakh company that runs the harbour, showed the new scanners.",
                      date=dt.date(2029, 3, 9))
    assert [o.name for o in ex.organizations] == ["Port of Tornio", "Bautino Port"]
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Eino Vaskimaa", "Chief Security Officer", "Port of Tornio"),
        ("Berik Sultanbekov", "deputy head of security", "Bautino Port")]


def test_a_document_name_with_its_acronym_before_the_document_word_names_no_body(extract_text):
    ex = extract_text("Visit", "KEMIN, 9 March 2029 – A visit took place today.", "The port applies the International "
                      "Ship and Port Facility Security (ISPS) Code to every vessel.", date=dt.date(2029, 3, 9))
    assert ex.organizations == []
    assert [d.name for d in ex.documents] == ["International Ship and Port Facility Security (ISPS) Code"]


def test_a_body_named_after_people_in_the_plural_possessive(extract_text):
    ex = extract_text("Course", "ISFANA, 9 March 2029 – A course began today.", "Cholpon Abdyrakhmanova, who chairs "
                      "the Kadamjay Mothers’ Network in Kyrgyzstan, took part in the course on Tuesday and Wednesday "
                      "as a guest.", date=dt.date(2029, 3, 9))
    assert [o.name for o in ex.organizations] == ["Kadamjay Mothers’ Network"]


def test_a_place_before_based_seats_the_next_body_and_ends_the_one_before(extract_text):
    ex = extract_text("Seminar", "LIENZ, 9 March 2029 – A seminar took place today.", "Speakers included Greta "
                      "Oberhofer, a senior researcher at the Institute for Minority Languages of the Merano-based "
                      "Alpina Research, and others.", date=dt.date(2029, 3, 9))
    assert sorted(o.name for o in ex.organizations) == ["Alpina Research", "Institute for Minority Languages"]
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Greta Oberhofer", "senior researcher", "Institute for Minority Languages")]


def test_a_unit_after_a_word_of_a_listed_name_written_before_belongs_to_it(extract_text):
    ex = extract_text("Meeting", "ARUSHA, 9 March 2029 – A meeting took place today.", "Speaking for the International "
                      "Residual Mechanism for Criminal Tribunals (IRMCT), Lwazi Dube said the Mechanism's Office of "
                      "the Registrar would brief the judges.", date=dt.date(2029, 3, 9))
    assert ("Office of the Registrar", "International Residual Mechanism for Criminal Tribunals") in {
        (o.name, o.parent) for o in ex.organizations}


def test_a_body_the_model_ran_on_into_of_ends_with_the_town_after_it(extract_text):
    ex = extract_text("Meeting", "ASTANA, 9 March 2029 – A meeting took place today.", "Among the participants is "
                      "Gulnara Abdikarimova, a judge of the Specialized Inter-District Court for Juvenile Affairs of "
                      "Aktobe, the region’s largest city, who has heard many cases.", date=dt.date(2029, 3, 9))
    court = "Specialized Inter-District Court for Juvenile Affairs of Aktobe"
    assert [o.name for o in ex.organizations] == [court]
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [("Gulnara Abdikarimova", "judge", court)]


def test_a_document_word_right_after_a_tagged_units_connector_is_in_the_units_name(extract_text):
    ex = extract_text("Meeting", "KOCHKOR, 9 March 2029 – A meeting took place today.", "Jyldyz Asanalieva, who serves "
                      "as deputy director of Kyrgyzstan's Department for Regulation of the Water and Irrigation "
                      "Sector, said that tariffs would rise.", date=dt.date(2029, 3, 9))
    unit = "Department for Regulation of the Water and Irrigation Sector"
    assert [o.name for o in ex.organizations] == [unit]
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [("Jyldyz Asanalieva", "deputy director", unit)]
    assert not ex.documents


def test_the_words_between_a_persons_of_and_an_apposition_of_a_kind_of_body_name_it(extract_text):
    ex = extract_text("Meeting", "ISTARAVSHAN, 9 March 2029 – A meeting took place today.", "Behruz Ismoilov of Rohi "
                      "Ohan, Tajikistan's national railway company, said that trains were late.",
                      date=dt.date(2029, 3, 9))
    assert [o.name for o in ex.organizations] == ["Rohi Ohan"]


def test_a_body_named_against_what_it_fights(extract_text):
    ex = extract_text("Hearing", "LINZ, 9 March 2029 – A hearing took place today.", "Irmtraud Lammersdorf, Managing "
                      "Director of the Austrian NGO Platform against Forced Labour (PGZ), which brings together 20 "
                      "shelters, said that few victims came forward.", date=dt.date(2029, 3, 9))
    platform = "Austrian NGO Platform against Forced Labour"
    assert orgs(ex) == {platform: ("PGZ", None)}
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Irmtraud Lammersdorf", "Managing Director", platform)]


def test_a_name_in_apposition_after_an_owned_kind_of_body_is_a_body(extract_text):
    ex = extract_text("Round table", "YOVON, 9 March 2029 – A round table took place today.", "Yovon’s biggest pasture "
                      "users’ association, Obodon, serves some 900 herders along the valley. Its chairperson, Bibimoh "
                      "Nematzoda, told the round table that complaints had fallen by half.", date=dt.date(2029, 3, 9))
    assert [o.name for o in ex.organizations] == ["Obodon"]
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [("Bibimoh Nematzoda", "chairperson", "Obodon")]


@pytest.mark.parametrize(("body", "state"), [("Drammen City Council", "Norway"),
                                           ("Edinet District Council", "Moldova")])
def test_a_towns_body_is_named_by_its_town_not_by_the_state_it_is_in(extract_text, body, state):
    ex = extract_text("Ceremony", "GYUMRI, 9 March 2029 – A ceremony took place today.", "Among the mentors was Maren "
                      f"Solvik, a councillor in the {body} in {state}, who spoke first.", date=dt.date(2029, 3, 9))
    assert [o.name for o in ex.organizations] == [body]
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [("Maren Solvik", "councillor", body)]


@pytest.mark.parametrize("parent", ["Transnational Threats Department",
                                    "Office for Democratic Institutions and Human Rights"])
def test_an_untagged_unit_of_a_listed_body_named_after_it(extract_text, parent):
    ex = extract_text("Visit", "SENAKI, 9 March 2029 – A visit took place today.", "The visit is organized by the "
                      f"Gender Issues Programme of the OSCE Secretariat and the Strategic Maritime Matters Unit of the "
                      f"{parent}, together with the police.", date=dt.date(2029, 3, 9))
    assert ("Strategic Maritime Matters Unit", parent) in {(o.name, o.parent) for o in ex.organizations}


def test_communities_and_prisons_are_bodies(extract_text):
    ex = extract_text("Visit", "ORHEI, 9 March 2029 – A visit took place today.", "Representatives of the Evangelical "
                      "Community of Bihać and the Bahá’í Community in Orhei spoke first. Monitors visited Kalmar "
                      "Prison on Tuesday. Prosecutors of Albania’s Special Prosecution Office took part.",
                      date=dt.date(2029, 3, 9))
    assert {o.name for o in ex.organizations} >= {"Evangelical Community of Bihać", "Bahá’í Community in Orhei",
                                                  "Kalmar Prison", "Special Prosecution Office"}
    assert "Special Prosecution" not in {o.name for o in ex.organizations}
    assert [p.name for p in ex.people] == []


def test_a_document_an_organization_owns_is_no_unit_of_it(extract_text):
    ex = extract_text("Training", "ORHEI, 9 March 2029 – A training took place today.", "Since 2021, the police have "
                      "worked under the OSCE’s Guidebook on Community Safety and its Handbook on Prosecution Service "
                      "Standards and Handbook on Border Police Co-operation.", date=dt.date(2029, 3, 9))
    assert [o.name for o in ex.organizations] == ["OSCE"]


def test_a_committee_of_a_parliament_named_with_it_is_its_unit(extract_text):
    ex = extract_text("Memorandum", "TIRANA, 9 March 2029 – A memorandum was signed today.", "The Mission and the "
                      "Committee on Health and Social Policy of the Assembly of the Republic of Albania signed a "
                      "memorandum today.", "“It is a first step,” said Gjergj Xhelili, Chair of the Committee on "
                      "Health and Social Policy, after signing it.", date=dt.date(2029, 3, 9))
    assert {(o.name, o.parent) for o in ex.organizations} >= {
        ("Committee on Health and Social Policy", "Assembly of the Republic of Albania"),
        ("Assembly of the Republic of Albania", None)}
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Gjergj Xhelili", "Chair", "Committee on Health and Social Policy")]


def test_the_council_of_europes_torture_prevention_committee_is_known(extract_text):
    ex = extract_text("Visit", "BĂLȚI, 9 March 2029 – A visit took place today.", "The physician has taken part in "
                      "visits of the Council of Europe’s European Committee for the Prevention of Torture and Inhuman "
                      "or Degrading Treatment or Punishment (CPT) since 2019. The CPT publishes its reports.",
                      date=dt.date(2029, 3, 9))
    assert ("European Committee for the Prevention of Torture and Inhuman or Degrading Treatment or Punishment",
            "Council of Europe") in {(o.name, o.parent) for o in ex.organizations}
    assert "European Committee" not in {o.name for o in ex.organizations}


def test_an_office_named_after_its_holder_is_one_name(extract_text):
    ex = extract_text("Round table", "KLAIPĖDA, 9 March 2029 – A round table took place today.", "The round table was "
                      "hosted by the Saeima Ombudsmen's Office of the Republic of Latvia. “We see what the police "
                      "never see,” said the Head of the Saeima Ombudsmen's Office, Didzis Vanags. The conference is "
                      "organized with Croatia’s Chief State Prosecutor’s Office and the City State Attorney’s Office "
                      "in Split.", date=dt.date(2029, 3, 9))
    assert {o.name for o in ex.organizations} == {
        "Saeima Ombudsmen's Office of the Republic of Latvia", "Chief State Prosecutor’s Office",
        "City State Attorney’s Office in Split"}
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [("Didzis Vanags", "Head",
                                                                        "Saeima Ombudsmen's Office")]


def test_bodies_named_by_a_state_a_school_a_museum_and_a_document(extract_text):
    ex = extract_text("Festival", "LUDZA, 9 March 2029 – Pupils are performing at the second Festival of Youth Choir "
                      "and School Orchestra Music, which opened today.",
                      "The festival is funded by the Japan Foundation. The Chairperson of the Valka State City "
                      "Council, Aldis Priekule, welcomed the guests. Ilze Sprūde, a teacher of music at the Ludza "
                      "Rainis Gymnasium in Latvia, spoke of her pupils. Naomi Varnas, Vice-Chair of the Council of "
                      "Europe’s Group of Experts of the European Social Charter, joined by video link. Otso Heikkilä, "
                      "a researcher at the Centre for Water Research of Kaunas University of Technology, showed "
                      "objects lent by the Vlora Independence Museum.", date=dt.date(2029, 3, 9))
    assert {(o.name, o.parent) for o in ex.organizations} == {
        ("Japan Foundation", None), ("Valka State City Council", None), ("Ludza Rainis Gymnasium", None),
        ("Council of Europe", None), ("Group of Experts of the European Social Charter", "Council of Europe"),
        ("Centre for Water Research", "Kaunas University of Technology"), ("Kaunas University of Technology", None),
        ("Vlora Independence Museum", None)}
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Aldis Priekule", "Chairperson", "Valka State City Council"),
        ("Ilze Sprūde", "teacher of music", "Ludza Rainis Gymnasium"),
        ("Naomi Varnas", "Vice-Chair", "Group of Experts of the European Social Charter"),
        ("Otso Heikkilä", "researcher", "Centre for Water Research")]


def test_a_delegation_to_a_listed_body_a_senate_and_a_states_house(extract_text):
    ex = extract_text("Visit", "WHITEHORSE, 9 March 2029 – A delegation arrived today at the invitation of the "
                      "Canadian Delegation to the OSCE Parliamentary Assembly.",
                      "Hollis Brantley, a member of the United States House of Representatives, joined it. Marie "
                      "Pelletier, a member of the Senate of Canada who heads the Canadian Delegation to the OSCE PA, "
                      "welcomed it. The delegation will meet the Grand Chief of the Confederacy of Yukon Nations, "
                      "Thomas Renfrew.", date=dt.date(2029, 3, 9))
    assert {o.name for o in ex.organizations} == {
        "Canadian Delegation to the OSCE Parliamentary Assembly", "OSCE Parliamentary Assembly",
        "United States House of Representatives", "Senate of Canada", "Confederacy of Yukon Nations"}
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Hollis Brantley", "member", "United States House of Representatives"),
        ("Marie Pelletier", "member", "Senate of Canada"),
        ("Thomas Renfrew", "Grand Chief", "Confederacy of Yukon Nations")]


def test_a_delegation_posted_to_a_state_is_named_with_it(extract_text):
    ex = extract_text("Conference", "KEMIN, 9 March 2029 – A conference took place today.", "Also speaking was the "
                      "Head of the European Union Delegation to Kyrgyzstan, Ambassador Pierre Vandamme.",
                      date=dt.date(2029, 3, 9))
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Pierre Vandamme", "Head", "European Union Delegation to Kyrgyzstan")]


def test_a_plural_organization_word_names_a_kind_of_body(extract_text):
    ex = extract_text("Round table", "GJAKOVA, 9 March 2029 – Some 60 participants, among them members of Municipal "
                      "Community Safety Councils and representatives of the Roma communities, examined cases.",
                      "The Kosovo Police's Regional Director in Gjakova, Colonel Valon Dushi, called the Municipal "
                      "Community Safety Councils \"the early warning system of every municipality\" and urged the "
                      "mayors to convene them. He met the Directorate of Prisons.", date=dt.date(2029, 3, 9))
    assert {o.name for o in ex.organizations} == {"Kosovo Police", "Directorate of Prisons"}


def test_a_place_after_a_name_spelled_by_its_slashed_acronym(extract_text):
    ex = extract_text("Round table", "LIPJAN, 9 March 2029 – A round table took place today.", "Shpresa Kelmendi, a "
                      "lawyer with Housing Rights Network Kosovo (HRN/K), which gives free advice to returnees, "
                      "presented a study. HRN/K has offices in five towns.", date=dt.date(2029, 3, 9))
    assert [(o.name, o.acronym) for o in ex.organizations] == [("Housing Rights Network Kosovo", "HRN/K")]
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Shpresa Kelmendi", "lawyer", "Housing Rights Network Kosovo")]


def test_an_and_inside_an_untagged_name(extract_text):
    ex = extract_text("Hearing", "KARASJOK, 9 March 2029 – A hearing took place today.", "The President of the Sámi "
                      "Parliament, Ánne Kettunen-Solbakk, recalled that the report of Norway’s Truth and "
                      "Reconciliation Commission, published in 2023, had documented how Sámi children were punished "
                      "for speaking their language at boarding schools.",
                      "She also held talks with Kaito Haugen, Director of the Youth Policy Division at the Children "
                      "and Families Agency, on how young people can be heard.", date=dt.date(2029, 3, 9))
    assert {"Truth and Reconciliation Commission", "Children and Families Agency"} <= {o.name for o in ex.organizations}


def test_an_organization_word_of_two_words_after_a_state_adjective(extract_text):
    ex = extract_text("Exercise", "KEMIN, 9 March 2029 – An exercise took place today.", "The Slovak Chairpersonship "
                      "co-hosted the exercise with the Mongolian Red Cross and the Azerbaijani Red Crescent.",
                      date=dt.date(2029, 3, 9))
    assert {o.name for o in ex.organizations} == {"Mongolian Red Cross", "Azerbaijani Red Crescent"}


def test_a_unit_after_its_parents_possessive_and_bracketed_acronym(extract_text):
    ex = extract_text("Workshop", "KEMIN, 9 March 2029 – A workshop took place today.", "The International "
                      "Organization for Migration’s (IOM) Regional Office for the Western Balkans co-organized it.",
                      date=dt.date(2029, 3, 9))
    assert ("Regional Office for the Western Balkans", "International Organization for Migration") in {
        (o.name, o.parent) for o in ex.organizations}


def test_a_plural_possessive_of_members_inside_a_name(extract_text):
    ex = extract_text("Seminar", "KEMIN, 9 March 2029 – A seminar took place today.", "Maribel Ibarra Velasco is "
                      "President of the Union of Photographers’ Guilds of Portugal (UFGP), which co-hosted it.",
                      date=dt.date(2029, 3, 9))
    assert [(o.name, o.acronym) for o in ex.organizations] == [("Union of Photographers’ Guilds of Portugal", "UFGP")]
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Maribel Ibarra Velasco", "President", "Union of Photographers’ Guilds of Portugal")]


def test_a_committees_remit_with_persons_with_disabilities(extract_text):
    ex = extract_text("Seminar", "KEMIN, 9 March 2029 – A seminar took place today.", "Kyrylo Pozharnyk, a member "
                      "of the United Nations Committee on the Rights of Persons with Disabilities, spoke.",
                      date=dt.date(2029, 3, 9))
    assert [(o.name, o.parent) for o in ex.organizations if o.name != "United Nations"] == [
        ("United Nations Committee on the Rights of Persons with Disabilities", "United Nations")]


def test_an_outlets_name_past_the_models_span_and_a_news_site(extract_text):
    ex = extract_text("Exhibition", "KEMIN, 9 March 2029 – An exhibition opened today.", "Miroslava Tsvetanova is "
                      "the photo editor of the Lisbon daily La Tribuna Libre.", "Bakhyt Sarsenbayev, a reporter for "
                      "the Almaty-based news site Dala Vistnik, showed his pictures.", date=dt.date(2029, 3, 9))
    assert {"La Tribuna Libre", "Dala Vistnik"} <= {o.name for o in ex.organizations}
    assert "Dala Vistnik" not in {p.name for p in ex.people}


def test_an_acronym_described_as_a_states_enterprise(extract_text):
    ex = extract_text("Report", "KEMIN, 9 March 2029 – A report was presented today.", "Kveta Brannova, a remediation "
                      "engineer at ENERGOS, the Slovak state enterprise that cleans up former mines, spoke.",
                      date=dt.date(2029, 3, 9))
    assert [o.name for o in ex.organizations] == ["ENERGOS"]
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Kveta Brannova", "remediation engineer", "ENERGOS")]


def test_a_seat_ends_a_name_and_a_foreign_particle_joins_one(extract_text):
    ex = extract_text("Tournament", "KEMIN, 9 March 2029 – A tournament opened today.", "It is organized with the "
                      "Municipality of Kicevo and the Kicevo-based youth organization Most na Prijateli, as part of "
                      "the work.", date=dt.date(2029, 3, 9))
    assert {o.name for o in ex.organizations} == {"Municipality of Kicevo", "Most na Prijateli"}


def test_an_acronym_of_lower_case_words_names_no_body(extract_text):
    ex = extract_text("Tournament", "KEMIN, 9 March 2029 – A tournament opened today.", "It is part of the Mission’s "
                      "work on countering violent extremism and radicalization that lead to terrorism (VERLT) among "
                      "young people. The Mission's VERLT programme also trains teachers.", date=dt.date(2029, 3, 9))
    assert [o.name for o in ex.organizations] == []


def test_a_word_before_a_states_name_opening_a_body(extract_text):
    ex = extract_text("Exercise", "KEMIN, 9 March 2029 – An exercise took place today.", "Trainers included Wietske "
                      "Hoogeveen, a risk analysis instructor with the Royal Netherlands Marechaussee; and Aart "
                      "Duinkerk of the Netherlands Police.", date=dt.date(2029, 3, 9))
    assert "Royal Netherlands Marechaussee" in {o.name for o in ex.organizations}
    assert ("Wietske Hoogeveen", "risk analysis instructor", "Royal Netherlands Marechaussee") in {
        (r.person, r.title, r.organization) for r in ex.roles}


def test_a_region_opening_an_untagged_name(extract_text):
    ex = extract_text("Visit", "KEMIN, 9 March 2029 – A visit took place today.", "The course was given with the "
                      "South Eastern and Eastern Europe Clearinghouse for the Control of Small Arms and Light Weapons.",
                      date=dt.date(2029, 3, 9))
    assert [o.name for o in ex.organizations] == [
        "South Eastern and Eastern Europe Clearinghouse for the Control of Small Arms and Light Weapons"]


def test_an_acronym_apposed_to_the_name_it_spells(extract_text):
    ex = extract_text("Visit", "KEMIN, 9 March 2029 – A visit took place today.", "“Registers need trust,” said "
                      "Kaarel Ruudisaar, a firearms expert with BALTAR, the Baltic Arms Trafficking Analysis "
                      "Registry, who joined the delegation.", date=dt.date(2029, 3, 9))
    assert [(o.name, o.acronym) for o in ex.organizations] == [
        ("Baltic Arms Trafficking Analysis Registry", "BALTAR")]
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Kaarel Ruudisaar", "firearms expert", "BALTAR")]


def test_a_broadcaster_described_a_battalion_and_no_common_noun_described(extract_text):
    ex = extract_text("Course", "KEMIN, 9 March 2029 – A course ended today.", "Experience was presented by Eino "
                      "Saarnio, head of the minority languages department of Radion, Sweden’s public broadcaster, "
                      "which produces programmes in Finnish.", "Major Virgil Ploaia, a deminer with the Engineer "
                      "Battalion of Moldova’s National Army, spoke.", "\"They keep it where nobody looks: a villa, a "
                      "football club, a company with a director who does not exist,\" he said.",
                      date=dt.date(2029, 3, 9))
    assert {"Radion", "Engineer Battalion"} <= {o.name for o in ex.organizations}
    assert "club" not in {o.name for o in ex.organizations}
    assert {(r.person, r.organization) for r in ex.roles} == {("Eino Saarnio", "Radion"),
                                                              ("Virgil Ploaia", "Engineer Battalion")}


def test_a_bracketed_acronym_after_a_lower_case_word_of_no_letters_first(extract_text):
    # ("4u" is lower case and no alphabetic word: no initials to spell the acronym with)
    ex = extract_text("Course", "KEMIN, 9 March 2029 – A course ended today.", "They launched Training 4u (TFU) for "
                      "pupils.", date=dt.date(2029, 3, 9))
    assert "TFU" in {o.name for o in ex.organizations}


def test_a_command_of_the_armed_forces_is_their_unit(extract_text):
    ex = extract_text("Exercise", "KEMIN, 9 March 2029 – The exercise is directed by Brigadier General Tamsin "
                      "Oakhurst-Vane, Commander of the Engineering Command of the Armed Forces of Montenegro, whose "
                      "units guard the storage sites.", date=dt.date(2029, 3, 9))
    orgs = {o.name: o.parent for o in ex.organizations}
    assert orgs.get("Engineering Command") == "Armed Forces of Montenegro" and "Armed Forces of Montenegro" in orgs
    assert [(r.title, r.organization) for r in ex.roles] == [("Commander", "Engineering Command")]


def test_a_bracketed_acronym_spells_a_name_listing_words_with_a_comma(extract_text):
    ex = extract_text("Water", "KEMIN, 9 March 2029 – The consultations were organized with the Estonian Environment, "
                      "Climate and Forestry Centre (EECFC), and were funded by Sweden.", "EECFC Director Alaric "
                      "Winterbourne said the gauges would be shared.", date=dt.date(2029, 3, 9))
    assert ("Estonian Environment, Climate and Forestry Centre", "EECFC") in {(o.name, o.acronym)
                                                                              for o in ex.organizations}
    assert [(r.title, r.organization) for r in ex.roles] == [("Director", "EECFC")]


def test_a_town_tagged_apart_from_its_district_municipality_names_it(extract_text):
    ex = extract_text("Water", "KEMIN, 9 March 2029 – At the meeting in Tamga, the Mayor of Tamga District "
                      "Municipality, Alaric Winterbourne, asked for money.", date=dt.date(2029, 3, 9))
    assert {o.name for o in ex.organizations} == {"Tamga District Municipality"}
    assert [(r.title, r.organization) for r in ex.roles] == [("Mayor", "Tamga District Municipality")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Alaric Winterbourne, a project manager at GRAZCOM, the Kemin Pasture Protection Commission, joined by video.",
     {("Kemin Pasture Protection Commission", "GRAZCOM")}),
    ("The partners were GRAZCOM, the Kemin Pasture Protection Commission, and the Tamga Water Board.",
     {("GRAZCOM", None), ("Kemin Pasture Protection Commission", None), ("Tamga Water Board", None)}),
], ids=["apposed", "listed"])
def test_an_acronym_apposed_to_a_name_of_other_letters(extract_text, sentence, expected):
    ex = extract_text("Water", f"KEMIN, 9 March 2029 – {sentence}", date=dt.date(2029, 3, 9))
    assert {(o.name, o.acronym) for o in ex.organizations} == expected


def test_the_plural_of_an_office_names_no_body(extract_text):
    ex = extract_text("Statement", "KEMIN, 9 March 2029 – In their letter, the three Heads of Institution call on "
                      "parliaments to publish the grazing rules.", date=dt.date(2029, 3, 9))
    assert ex.organizations == []


def test_a_subcommittee_is_a_body(extract_text):
    ex = extract_text("Conference", "KEMIN, 9 March 2029 – By video link, the Vice-Chair of the United Nations "
                      "Subcommittee on Grazing Disputes (SGD), Fenwick Ashgrove-Tully, spoke to the conference.",
                      date=dt.date(2029, 3, 9))
    assert ("United Nations Subcommittee on Grazing Disputes", "SGD") in {(o.name, o.acronym) for o in ex.organizations}
    assert [(r.title, r.organization) for r in ex.roles] == [
        ("Vice-Chair", "United Nations Subcommittee on Grazing Disputes")]


def test_a_region_the_model_tagged_apart_opens_a_body_s_name(extract_text):
    ex = extract_text("Awards", "KEMIN, 9 March 2029 – The prizes were given with the Black Sea Press Ethics Council, "
                      "a Skopje-based self-regulatory body of newsrooms.", "The jury was chaired by Fenwick "
                      "Ashgrove-Tully, Chairperson of the Black Sea Press Ethics Council, and included two editors.",
                      date=dt.date(2029, 3, 9))
    assert {o.name for o in ex.organizations} == {"Black Sea Press Ethics Council"}
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Fenwick Ashgrove-Tully", "Chairperson", "Black Sea Press Ethics Council")]
    assert [p.name for p in ex.people] == ["Fenwick Ashgrove-Tully"]


def test_a_rank_of_a_service_names_no_body(extract_text):
    ex = extract_text("Academy", "KEMIN, 9 March 2029 – The Kemin Police Academy received a simulator today.",
                      "The Head of the Academy, Major General of Police Fenwick Ashgrove-Tully, said the classroom "
                      "would reach officers.", date=dt.date(2029, 3, 9))
    assert {o.name for o in ex.organizations} == {"Kemin Police Academy"}


def test_a_body_s_name_goes_on_to_the_state_it_belongs_to(extract_text):
    # The model tags "The Chairperson of the State Revenue Committee of the" as the title of a work.
    ex = extract_text("Workshop", "KEMIN, 14 September 2039 – A workshop opened today.", "The Chairperson of the State "
                      "Revenue Committee of the Republic of Kazakhstan, Saltanat Zhumabayeva, spoke.",
                      date=dt.date(2039, 9, 14))
    assert [o.name for o in ex.organizations] == ["State Revenue Committee of the Republic of Kazakhstan"]
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Saltanat Zhumabayeva", "Chairperson", "State Revenue Committee of the Republic of Kazakhstan")]


def test_a_state_that_opens_the_parent_s_name_is_no_part_of_the_unit_s(extract_text):
    # The model tags "the Institute of Botany of" as a body and "Azerbaijan" as a place.
    ex = extract_text("Workshop", "KEMIN, 14 September 2039 – A workshop opened today.", "Samira Quliyeva, a botanist "
                      "at the Institute of Botany of the Azerbaijan National Academy of Sciences (ANAS), joined.",
                      date=dt.date(2039, 9, 14))
    # (the institute is the academy's: "of | the Azerbaijan National Academy" goes on to its organization word)
    academy = "Azerbaijan National Academy of Sciences"
    assert orgs(ex) == {"Institute of Botany": (None, academy), academy: ("ANAS", None)}
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Samira Quliyeva", "botanist", "Institute of Botany")]


def test_a_body_s_name_goes_on_over_two_regions_joined_by_and_the(extract_text):
    ex = extract_text("Meeting", "KEMIN, 14 September 2039 – A meeting opened today.", "The Association of Customs "
                      "Brokers of Central Asia and the South Caucasus held its annual meeting.",
                      date=dt.date(2039, 9, 14))
    name = "Association of Customs Brokers of Central Asia and the South Caucasus"
    assert [o.name for o in ex.organizations] == [name]


def test_capitalised_words_up_to_an_acronym_of_the_name_s_letters_are_the_name_s(extract_text):
    ex = extract_text("Seminar", "KEMIN, 9 December 2039 – A seminar took place today.", "The speakers included "
                      "Colonel Tove Skarsgren, who serves as Director of the Austrian Armed Forces International "
                      "Centre (AUTINT).", date=dt.date(2039, 12, 9))
    assert orgs(ex) == {"Austrian Armed Forces International Centre": ("AUTINT", None)}
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Tove Skarsgren", "Director", "Austrian Armed Forces International Centre")]


def test_a_bank_named_after_its_kind_and_seat(extract_text):
    # The model tags "bank Gaujaskrasts" as a body.
    ex = extract_text("Course", "KEMIN, 16 November 2040 – A course ended today.", "The course was also taught by "
                      "Ilze Kalnina, head of compliance at the Riga-based bank Gaujaskrasts, and by Timur Vahobov of "
                      "Kemin State University.", date=dt.date(2040, 11, 16))
    assert [o.name for o in ex.organizations] == ["Gaujaskrasts", "Kemin State University"]
    assert ("Ilze Kalnina", "head of compliance", "Gaujaskrasts") in [(r.person, r.title, r.organization)
                                                                       for r in ex.roles]


def test_a_unit_named_by_the_region_it_serves_after_its_owner_s_possessive(extract_text):
    # The model tags "South Caucasus" as a region apart.
    ex = extract_text("Conference", "KEMIN, 16 November 2040 – A conference took place today.", "Jorrit Veldkamp, Head "
                      "of the Fund’s South Caucasus Programme, outlined the plan.", date=dt.date(2040, 11, 16))
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Jorrit Veldkamp", "Head", "South Caucasus Programme")]


def test_a_name_its_acronym_spells_from_a_text_s_first_word(extract_text):
    # The model tags "Temir Transit" as a person; "(KTT)" spells the name from the title's first word.
    ex = extract_text("Kyrgyz Temir Transit (KTT) opens a new freight line to Osh",
                      "KEMIN, 9 March 2029 – A line opened today.", date=dt.date(2029, 3, 9))
    assert orgs(ex) == {"Kyrgyz Temir Transit": ("KTT", None)}


def test_a_council_s_decision_and_its_dated_yearly_meeting_name_no_organization(extract_text):
    ex = extract_text(
        "Network launched in Kemin",
        "KEMIN, 5 December 2041 – Women mediators launched a network at a side event held today on the margins of the "
        "2041 OSCE Ministerial Council in Kemin.",
    )
    assert [o.name for o in ex.organizations] == []
    ex = extract_text(
        "Network launched in Kemin",
        "KEMIN, 5 December 2041 – Women mediators launched a network today in Kemin.",
        "They discussed the OSCE Ministerial Council decision on women in conflict prevention, adopted in 2031.",
    )
    assert [o.name for o in ex.organizations] == []


def test_troops_and_a_centre_named_with_their_parent_body_are_its_units_but_not_of_a_state_s_entity(extract_text):
    ex = extract_text(
        "Border course",
        "KEMIN, 14 October 2043 – A course for border officers opened today.",
        "The Deputy Commander of the Mountain Troops of the State Protection Committee of the Republic of Kazakhstan, "
        "Ramazan Oteyev, opened the course. Costin Vâlcovschi, head of the Centre for Combating Card Fraud of the "
        "National Police Inspectorate, and Jasmin Hadžimurtić, Director of the Centre for Legal Training of the "
        "Federation of Bosnia and Herzegovina, also spoke.",
    )
    assert {o.name for o in ex.organizations} == {
        "Mountain Troops", "State Protection Committee of the Republic of Kazakhstan",
        "Centre for Combating Card Fraud", "National Police Inspectorate",
        "Centre for Legal Training of the Federation of Bosnia and Herzegovina"}
    assert {(r.person, r.organization) for r in ex.roles} == {
        ("Ramazan Oteyev", "Mountain Troops"), ("Costin Vâlcovschi", "Centre for Combating Card Fraud"),
        ("Jasmin Hadžimurtić", "Centre for Legal Training of the Federation of Bosnia and Herzegovina")}


def test_a_force_is_a_body(extract_text):
    ex = extract_text(
        "Course",
        "KEMIN, 3 March 2044 – A course opened today.",
        "Trainers included Marlowe Pennock, a satellite analyst with the US Space Force.",
    )
    assert [o.name for o in ex.organizations] == ["US Space Force"]
    assert [(r.person, r.organization) for r in ex.roles] == [("Marlowe Pennock", "US Space Force")]


def test_a_compass_word_and_a_state_s_adjective_open_a_regional_body_s_name(extract_text):
    ex = extract_text(
        "Course",
        "KEMIN, 3 March 2044 – A course opened today.",
        "Vlasta Kollárová, a hydrologist at the East Slovak Water Institute, spoke.",
    )
    assert [o.name for o in ex.organizations] == ["East Slovak Water Institute"]


def test_the_transnational_threats_department_s_units_are_listed(extract_text):
    ex = extract_text(
        "Seminar",
        "KEMIN, 6 March 2046 – A seminar on charities and terrorist financing opened today.",
        "The Head of the OSCE Action against Terrorism Unit, Gerold Abersold-Riet, opened the seminar.",
    )
    assert orgs(ex)["OSCE Action against Terrorism Unit"] == ("ATU", "OSCE Transnational Threats Department")


def test_a_committee_of_a_body_whose_organization_word_follows_a_qualifier(extract_text):
    ex = extract_text(
        "Visit",
        "KEMIN, 6 March 2046 – The High Commissioner visited Kemin today.",
        "He met the Chair of the Committee for Defence and Security of the National Council of the Slovak Republic, "
        "Ondrej Kvasnička-Hrdý.",
    )
    assert orgs(ex)["Committee for Defence and Security"][1] == "National Council of the Slovak Republic"


def test_an_untagged_organization_word_of_two_words_names_the_body_but_not_inside_an_office(extract_text):
    ex = extract_text(
        "Seminar",
        "KEMIN, 11 September 2047 – A seminar opened today.",
        "Tsetseg Baatar, head of the ammunition department of the General Staff of the Kemin Armed Forces, spoke.",
    )
    assert [(r.person, r.organization) for r in ex.roles] == [("Tsetseg Baatar", "General Staff")]
    ex = extract_text(
        "Seminar",
        "KEMIN, 11 September 2047 – A seminar opened today.",
        "The Chief of the General Staff of the Kemin Armed Forces, Ganzorig Dashdorj, spoke.",
    )
    assert "General Staff" not in orgs(ex)


def test_a_body_named_with_the_body_it_answers_to_after_under(extract_text):
    ex = extract_text(
        "Exercise",
        "KEMIN, 21 March 2046 – An exercise opened today.",
        "Gulnora Rahimova, a senior inspector at the Customs Service under the Government of the Republic of "
        "Tajikistan, and Shohrukh Sobirov of the Centre for Court Technologies under the Supreme Court spoke. The "
        "Customs Service sent six officers.",
    )
    assert set(orgs(ex)) == {"Customs Service under the Government of the Republic of Tajikistan",
                             "Centre for Court Technologies under the Supreme Court"}


def test_a_company_the_model_took_for_a_person_named_by_its_kind_in_apposition(extract_text):
    ex = extract_text(
        "Forum",
        "KEMIN, 19 April 2047 – A forum opened today.",
        "Speakers included Ulukbek Kadyrbekov, deputy head of the freight department of Georgian Gzebi Mtsvane, "
        "Georgia’s national railway company.",
    )
    assert [p.name for p in ex.people] == ["Ulukbek Kadyrbekov"]
    assert [(r.person, r.organization) for r in ex.roles] == [("Ulukbek Kadyrbekov", "Georgian Gzebi Mtsvane")]


def test_a_body_named_before_by_its_kind_alone_ends_a_name_after_and(extract_text):
    ex = extract_text("Fair", "KEMIN, 19 April 2047 – The fair is organized by the Municipality of Dorsk and the "
                      "Mission, with the OSCE Mission to Skopje's support.")
    assert set(orgs(ex)) == {"Municipality of Dorsk", "OSCE Mission to Skopje"}


def test_a_back_reference_after_a_short_form_in_the_title_and_the_full_name(extract_text):
    ex = extract_text("Fair to open in Kemin with OSCE Mission support",
                      "KEMIN, 19 April 2047 – Craftsmen gather in Kemin today for a fair supported by the OSCE "
                      "Mission to Skopje.",
                      "On Sunday, the Mission's national minorities adviser, Ilirida Kraniqi, will open a workshop.")
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Ilirida Kraniqi", "national minorities adviser", "OSCE Mission to Skopje")]


def test_a_name_goes_on_over_and_after_of_through_a_second_place_or_remit_word(extract_text):
    ex = extract_text("Course", "KEMIN, 9 March 2053 – Auditors met in Kemin today.",
                      "Harald Osvik, a senior auditor at the Regional Audit Court of Saxony and Thuringia, walked the "
                      "participants through cases.",
                      "On the first day, they met the First Deputy Head of the National Council of Television and "
                      "Radio Broadcasting of Kazakhstan, Zhanbolat Zhaksylykov.")
    assert [(r.person, r.organization) for r in ex.roles] == [
        ("Harald Osvik", "Regional Audit Court of Saxony and Thuringia"),
        ("Zhanbolat Zhaksylykov", "National Council of Television and Radio Broadcasting of Kazakhstan")]


def test_a_body_named_after_the_people_it_serves_and_its_kind(extract_text):
    ex = extract_text("Forum", "KEMIN, 9 May 2044 – A forum took place in Kemin today.",
                      "Vendelína Kropač, who leads the Kolín-based Roma organization Baxtalo Drom, spoke about why "
                      "victims never go to the police.")
    assert set(orgs(ex)) == {"Baxtalo Drom"}


def test_the_border_management_staff_college_is_a_listed_osce_body(extract_text):
    ex = extract_text("Course", "KEMIN, 9 March 2053 – Customs officers of Kemin completed a course today at the OSCE "
                      "Border Management Staff College in Dushanbe.")
    assert orgs(ex)["OSCE Border Management Staff College"] == ("BMSC", "OSCE Programme Office in Dushanbe")


def test_church_bodies_are_organizations_and_a_church_a_word_of_a_portfolio(extract_text):
    ex = extract_text("Dialogue", "KEMIN, 9 May 2044 – Young people met religious leaders in Kemin today.",
                      "Lavrentije Bogumil, a priest of the Metropolitanate of Sisak of the Romanian Orthodox Church, "
                      "told the students that he had grown up in the town.")
    assert set(orgs(ex)) == {"Metropolitanate of Sisak", "Romanian Orthodox Church"}
    assert [(r.title, r.organization) for r in ex.roles] == [("priest", "Metropolitanate of Sisak")]


def test_a_named_unit_of_a_body_is_split_from_it(extract_text):
    ex = extract_text("Session", "KEMIN, 9 May 2044 – A session took place in Kemin today.",
                      "The Head of the Cybercrime Bureau of the Kemin Border Guard Board, Hallvar Ruusmaa, spoke "
                      "first. Staff of the Department of Social Welfare of the Dorsk City Council and of the "
                      "Directorate for Archives and Records of the Ministry of Kemin Pensions spoke next.")
    assert set(orgs(ex)) == {"Cybercrime Bureau", "Kemin Border Guard Board", "Department of Social Welfare",
                             "Dorsk City Council", "Directorate for Archives and Records", "Ministry of Kemin Pensions"}
    assert orgs(ex)["Directorate for Archives and Records"] == (None, "Ministry of Kemin Pensions")
    assert orgs(ex)["Cybercrime Bureau"] == (None, "Kemin Border Guard Board")
    assert [(r.title, r.organization) for r in ex.roles] == [("Head", "Cybercrime Bureau")]


def test_a_second_place_ending_the_text(extract_text):
    # the last paragraph of a page may end without a full stop: the name's end is the text's
    ex = extract_text("Course", "KEMIN, 9 March 2053 – Prosecutors met in Kemin today.",
                      "She is a senior officer at the Probation Service of England and Wales")
    assert [o.name for o in ex.organizations] == ["Probation Service of England and Wales"]


def test_a_body_under_a_ministry_of_several_portfolios(extract_text):
    # the model stops the ministry at its first comma; the list closed by "and" is one ministry's name
    ex = extract_text("Course", "KEMIN, 9 March 2053 – Rangers met in Kemin today.",
                      "Sarybek Oskonbaev, Director of the Grazing Service under the Ministry of Agriculture, Water "
                      "Resources and Regional Development of Kemin, opened the course.")
    name = "Grazing Service under the Ministry of Agriculture, Water Resources and Regional Development of Kemin"
    assert [o.name for o in ex.organizations] == [name]
    assert [(r.title, r.organization) for r in ex.roles] == [("Director", name)]


def test_a_district_municipality_the_model_tagged_as_a_place(extract_text):
    ex = extract_text("Exercise", "KEMIN, 9 March 2053 – An exercise took place in Kemin today.",
                      "The Mayor of the Vezhany District Municipality, Ravil Sattarov, took part in the crisis cell.")
    assert [o.name for o in ex.organizations] == ["Vezhany District Municipality"]
    assert [(r.title, r.organization) for r in ex.roles] == [("Mayor", "Vezhany District Municipality")]


def test_a_chancellery_is_a_body(extract_text):
    ex = extract_text("Round table", "KEMIN, 9 March 2053 – A round table took place in Kemin today.",
                      "An adviser at the Kemin Federal Chancellery, Borislav Dravec, spoke.")
    assert [o.name for o in ex.organizations] == ["Kemin Federal Chancellery"]
    assert [(r.title, r.organization) for r in ex.roles] == [("adviser", "Kemin Federal Chancellery")]


def test_an_office_whose_remit_is_two_portfolios_joined_by_and(extract_text):
    ex = extract_text("Meeting", "KEMIN, 9 March 2053 – A meeting took place in Kemin today.",
                      "The guests were Tamrika Odzelashvili, an adviser at Georgia’s Office of the State Minister for "
                      "Integration and Civic Equality, and a registrar.")
    name = "Office of the State Minister for Integration and Civic Equality"
    assert [o.name for o in ex.organizations] == [name]
    assert [(r.title, r.organization) for r in ex.roles] == [("adviser", name)]


def test_the_holders_office_refers_back_to_the_office_of_the_holder(extract_text):
    ex = extract_text("Round table", "KEMIN, 9 March 2053 – A round table took place in Kemin today.",
                      "It was organized by the Office of the Kemin Commissioner for Water Rights.",
                      "Brunnhilde Quastorff, a legal adviser in the Commissioner's Office, spoke.")
    assert [o.name for o in ex.organizations] == ["Office of the Kemin Commissioner for Water Rights"]
    assert len(ex.organizations[0].evidence) == 2


def test_a_theatre_is_a_body(extract_text):
    ex = extract_text("Listening", "KEMIN, 9 March 2053 – A radio drama was played in Kemin today.",
                      "Lesya Vorona, an actress of the Dorsk Drama Theatre, read the part of the grandmother.")
    assert [o.name for o in ex.organizations] == ["Dorsk Drama Theatre"]
    assert [(r.title, r.organization) for r in ex.roles] == [("actress", "Dorsk Drama Theatre")]


def test_a_utility_named_by_its_kind_after_an_owners_possessive(extract_text):
    ex = extract_text("Conference", "KEMIN, 9 March 2053 – A conference took place in Kemin today.",
                      "Urpo Koskenranta, managing director of Savonlinnan Vesi, the town’s water utility, described "
                      "the plant.")
    assert [o.name for o in ex.organizations] == ["Savonlinnan Vesi"]
    assert [p.name for p in ex.people] == ["Urpo Koskenranta"]


def test_an_occupation_after_a_name_that_takes_who_is_a_persons(extract_text):
    ex = extract_text("Conference", "KEMIN, 9 March 2053 – A conference took place in Kemin today.",
                      "Taisto Jokivaara, a plant operator from a small municipality in Lapland who has run its "
                      "treatment works alone for eleven years, said that he knew the passwords.")
    assert ex.organizations == []
    assert [p.name for p in ex.people] == ["Taisto Jokivaara"]


def test_the_office_of_the_holder_and_the_holders_office_both_refer_back(extract_text):
    ex = extract_text("Round table", "KEMIN, 9 March 2053 – A round table took place in Kemin today.",
                      "It was organized by the Office of the Kemin Ombudsman for Water Rights.",
                      "The recommendations will go to the Office of the Ombudsman, said Urpo Koskenranta, an adviser "
                      "at the Ombudsman's Office.")
    assert [o.name for o in ex.organizations] == ["Office of the Kemin Ombudsman for Water Rights"]
    assert len(ex.organizations[0].evidence) == 3


def test_un_habitat_the_small_arms_survey_and_odihrs_contact_point_are_known(extract_text):
    ex = extract_text("Seminar", "KEMIN, 9 March 2053 – A seminar took place in Kemin today.",
                      "Ondra Vasik, an urban planner at UN-Habitat, and Sunnva Tvedestrand, a researcher at the "
                      "Small Arms Survey, spoke. It was organized by the Contact Point for Roma and Sinti Issues of "
                      "ODIHR. Bogna Wierz, a project officer at the Contact Point, who organized the seminar, spoke.")
    assert orgs(ex)["UN-Habitat"] == ("UN-Habitat", "United Nations")
    assert orgs(ex)["Contact Point for Roma and Sinti Issues"] == (
        "CPRSI", "OSCE Office for Democratic Institutions and Human Rights")
    assert "Small Arms Survey" in orgs(ex)
    assert [p.name for p in ex.people] == ["Ondra Vasik", "Sunnva Tvedestrand", "Bogna Wierz"]


def test_a_name_after_a_clinic_union_or_club_is_a_body(extract_text):
    ex = extract_text("Workshop", "KEMIN, 9 March 2053 – A workshop took place in Kemin today.",
                      "Tudosia Corbeanu, a lawyer with the Kemin-based legal clinic Pârghia Verde, spoke. Bożydara "
                      "Kopyt, vice-president of the trade union Kłosy Wolne, spoke. Izolda Turcan, a coordinator of "
                      "the students' club Lanterna Verde, spoke.")
    assert set(orgs(ex)) == {"Pârghia Verde", "Kłosy Wolne", "Lanterna Verde"}
    assert [p.name for p in ex.people] == ["Tudosia Corbeanu", "Bożydara Kopyt", "Izolda Turcan"]


def test_a_co_operative_and_a_radio_station_introduce_bodies_and_a_sergeant_comes_from_a_place(extract_text):
    ex = extract_text("Workshop", "KEMIN, 9 March 2053 – A workshop took place in Kemin today.",
                      "Gulshoda Qodirbekova, a seed keeper with the Khujand-based co-operative Nurafshon Zardoli, "
                      "spoke. Velislav Mrkaić, editor of the Bijelo Polje-based radio station Sjeverni Vjetar, spoke.",
                      "Zornička Hrabovská, 29, a police sergeant from Dolná Lehota who speaks Hungarian at home, said "
                      "that the language was the first step.")
    assert set(orgs(ex)) == {"Nurafshon Zardoli", "Sjeverni Vjetar"}
    assert [p.name for p in ex.people] == ["Gulshoda Qodirbekova", "Velislav Mrkaić", "Zornička Hrabovská"]


def test_a_second_body_after_and_the_is_its_own(extract_text):
    ex = extract_text("Workshop", "KEMIN, 9 March 2053 – A workshop took place in Kemin today.",
                      "The workshop is organized by the OSCE Programme Office in Dushanbe with Tajikistan’s Committee "
                      "for Forest Protection and the Agency for Land Drainage and Irrigation, and is funded by Finland "
                      "and Japan.")
    assert set(orgs(ex)) == {"OSCE Programme Office in Dushanbe", "Committee for Forest Protection",
                             "Agency for Land Drainage and Irrigation"}


def test_a_national_park_with_an_office_is_a_body_and_never_a_person(extract_text):
    ex = extract_text("Course", "KEMIN, 9 March 2053 – A course took place in Kemin today.",
                      "Tamerlan Mirzakul, Director of the Sarychelek National Park, said that rangers patrol daily. "
                      "A fire burned for weeks in the Dorsk Valley National Park, a ranger said.")
    assert [o.name for o in ex.organizations] == ["Sarychelek National Park"]
    assert [p.name for p in ex.people] == ["Tamerlan Mirzakul"]
    assert [(r.title, r.organization) for r in ex.roles] == [("Director", "Sarychelek National Park")]


def test_bodies_named_after_their_kind_with_particles_a_people_or_a_helpline(extract_text):
    ex = extract_text("Course", "KEMIN, 9 March 2053 – A course took place in Kemin today.",
                      "Jolanka Rostas, a mediator with the Encs-based Roma women’s association Kaptár, spoke. Yllka "
                      "Bejta, a reporter with the Tirana-based environmental portal Kushtrimi i Detit, spoke. Zhuldyz "
                      "Oryn, a psychologist with the Almaty-based youth helpline Dielli Zhol, spoke. Colonel Tugolbai "
                      "Ormokeev, Head of the Vezhany Border Detachment, spoke.")
    assert set(orgs(ex)) == {"Kaptár", "Kushtrimi i Detit", "Dielli Zhol", "Vezhany Border Detachment"}
    assert {(r.person, r.organization) for r in ex.roles} == {
        ("Jolanka Rostas", "Kaptár"), ("Yllka Bejta", "Kushtrimi i Detit"), ("Zhuldyz Oryn", "Dielli Zhol"),
        ("Tugolbai Ormokeev", "Vezhany Border Detachment")}


def test_a_states_statistics_office_eurostat_and_a_squadron_of_armed_forces(extract_text):
    ex = extract_text("Meeting", "KEMIN, 9 March 2053 – A meeting took place in Kemin today.",
                      "It was hosted by Statistics Iceland (Hagstofnun Fjallsins) with the Maritime Squadron of the "
                      "Armed Forces of Malta. Sigurfinna Tófadóttir, Director General of Statistics Iceland, spoke. "
                      "Hildmar Moenkel, a gender statistician at Eurostat, spoke. Gužeppina Xirrifa, Commanding "
                      "Officer of the Maritime Squadron, spoke.")
    assert orgs(ex)["Statistics Iceland"] == (None, None)
    assert orgs(ex)["Eurostat"] == (None, "European Union")
    assert orgs(ex)["Maritime Squadron"] == (None, "Armed Forces of Malta")
    assert [p.name for p in ex.people] == ["Sigurfinna Tófadóttir", "Hildmar Moenkel", "Gužeppina Xirrifa"]
    assert {(r.person, r.organization) for r in ex.roles} == {
        ("Sigurfinna Tófadóttir", "Statistics Iceland"), ("Hildmar Moenkel", "Eurostat"),
        ("Gužeppina Xirrifa", "Maritime Squadron")}


def test_front_line_defenders_is_known(extract_text):
    ex = extract_text("Conference", "KEMIN, 9 March 2053 – A conference took place in Kemin today.",
                      "Siobhra Ratchmore, a protection co-ordinator at Front Line Defenders in Dublin, spoke.")
    assert [(r.person, r.organization) for r in ex.roles] == [("Siobhra Ratchmore", "Front Line Defenders")]


def test_a_name_after_a_shelter_is_a_body_with_its_apostrophe_letters(extract_text):
    ex = extract_text("Workshop", "KEMIN, 9 March 2071 – A workshop took place in Kemin today.",
                      "Dilnozaxon Qorabekova, a social worker with the Termez-based women’s shelter Tong‘ Yulduz, "
                      "spoke. Hoshtaj Zelenka, director of the shelter Borvanje from Vlora, spoke.")
    assert set(orgs(ex)) == {"Tong‘ Yulduz", "Borvanje"}
    assert [p.name for p in ex.people] == ["Dilnozaxon Qorabekova", "Hoshtaj Zelenka"]


def test_a_compass_word_before_a_state_and_no_seat_after_it(extract_text):
    ex = extract_text("Visit", "KEMIN, 9 March 2072 – A study visit took place in Kemin today.",
                      "Halvardine Østerbakk-Lunde, a researcher at the University of Western Latvia in Kemin, spoke.")
    assert list(orgs(ex)) == ["University of Western Latvia"]


@pytest.mark.parametrize(("text", "first", "width", "label"), [
    # The model tagged the kind with the name, "Roma organization Katar Aves", in the release this comes from.
    ("Zlatuška Horvátová-Kmeťová, a field worker with the Kemin-based Roma organization Baxtalo Lungo, spoke.",
     "Roma", 4, "ORG"),
    # The model tagged the name's second word a place ("Too | Kyrany") in the release this comes from.
    ("Fatmiroska Alijevićka, a volunteer with the Kemin-based mountain rescue group Baxtalo Lungo, spoke.",
     "Lungo", 1, "GPE"),
])
def test_a_name_after_a_body_kind_however_the_model_tagged_it(nlp, text, first, width, label):
    from spacy.tokens import Span

    from kg.extract.common import _untagged_outlets

    doc = nlp(text)
    start = next(t.i for t in doc if t.text == first)
    doc.ents = [Span(doc, start, start + width, label=label)]
    assert [doc[s:e].text for s, e in _untagged_outlets(doc)] == ["Baxtalo Lungo"]


def test_the_holders_office_after_two_offices_of_that_holder_is_the_first_named(extract_text):
    ex = extract_text("Conference", "KEMIN, 9 March 2072 – A conference took place in Kemin today.",
                      "It was organized by the Office of the OSCE High Commissioner on National Minorities with the "
                      "Office of the United Nations High Commissioner for Refugees (UNHCR). Ilvaretta Sangroviani, a "
                      "senior adviser at the High Commissioner’s Office, spoke.")
    assert "High Commissioner’s Office" not in orgs(ex)
    hcnm = next(o for o in ex.organizations if o.name.startswith("Office of the OSCE High Commissioner"))
    assert any(e.anchor == "High Commissioner’s Office" for e in hcnm.evidence)


def test_a_peoples_possessive_the_model_tagged_before_a_body_kind_is_no_body(extract_text):
    ex = extract_text("Workshop", "KEMIN, 9 March 2074 – A workshop took place in Kemin today.",
                      "The speakers included Fatmiroska Alijevićka, a paralegal with the Kemin-based Roma women’s "
                      "association Romnjaki Bersha.")
    assert list(orgs(ex)) == ["Romnjaki Bersha"]


def test_later_mentions_of_a_name_after_a_body_kind_are_the_bodys(nlp):
    from spacy.tokens import Span

    from kg.extract.common import outlet_spans

    doc = nlp("Fatmiroska Alijevićka, a teacher with the Kemin-based teachers' network Pamiętne Mosty, spoke. "
              "According to her, the members of Pamiętne Mosty have taken pupils to forty villages.")
    # The model tagged the second word alone a person at both mentions in the release this comes from.
    doc.ents = [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc if t.text == "Mosty"]
    assert [doc[s:e].text for s, e in outlet_spans(doc)] == ["Pamiętne Mosty", "Pamiętne Mosty"]


def test_a_name_after_a_society_is_a_body(extract_text):
    ex = extract_text("Meeting", "KEMIN, 9 March 2071 – A meeting took place in Kemin today.",
                      "Stanojla Crnomarković, a volunteer with the Kemin-based firefighters' society Ognjena Stražica, "
                      "spoke. According to Crnomarković, the volunteers of Ognjena Stražica have cleared firebreaks.")
    assert list(orgs(ex)) == ["Ognjena Stražica"]
    assert [p.name for p in ex.people] == ["Stanojla Crnomarković"]


def test_a_name_after_a_community_radio_is_a_body(extract_text):
    ex = extract_text("Round table", "KEMIN, 9 March 2079 – A round table took place in Kemin today.",
                      "The speakers included Stanojla Kalderašović, a reporter with the Kemin-based community radio "
                      "Radyjo Bersheskro.")
    assert list(orgs(ex)) == ["Radyjo Bersheskro"]


def test_a_service_or_office_of_a_named_body_is_its_unit(extract_text):
    ex = extract_text("Meeting", "KEMIN, 9 March 2081 – A meeting took place in Kemin today.",
                      "The Head of the Penitentiary Service of the Ministry of Justice, Zarouhitsa Ter-Grigoryanyan, "
                      "spoke.")
    found = orgs(ex)
    assert "Penitentiary Service of the Ministry of Justice" not in found
    assert found["Penitentiary Service"][1] == "Ministry of Justice"


def test_a_regions_adjective_opens_a_bodys_name(extract_text):
    ex = extract_text("Training", "KEMIN, 9 March 2083 – A training took place in Kemin today.",
                      "Zorbeta Kvaličnova, an analyst at the European Anti-Smuggling Office, spoke.")
    assert list(orgs(ex)) == ["European Anti-Smuggling Office"]
    assert [(r.title, r.organization) for r in ex.roles] == [("analyst", "European Anti-Smuggling Office")]


def test_a_library_is_a_body(extract_text):
    ex = extract_text("Workshop", "KEMIN, 9 March 2083 – A workshop took place in Kemin today.",
                      "The Director General of the Wirtland National Library, Drevnoslav Kašperová, spoke.")
    assert list(orgs(ex)) == ["Wirtland National Library"]


def test_words_after_two_portfolios_joined_by_and_close_the_name(extract_text):
    ex = extract_text("Seminar", "KEMIN, 9 March 2083 – A seminar took place in Kemin today.",
                      "It was organized with the Maltese Association of Local and Regional Governments.")
    assert list(orgs(ex)) == ["Maltese Association of Local and Regional Governments"]


def test_a_name_after_a_kind_with_an_elided_particle_a_newsroom_or_a_watch(extract_text):
    ex = extract_text("Seminar", "KEMIN, 9 March 2084 – A seminar took place in Kemin today.",
                      "The speakers included Mireldine Oudenhaeghe, a volunteer with the Kemin-based care home "
                      "visitors’ group Les Amis d’Ardenne; Zherka Tavrovski, a reporter with the Kemin-based student "
                      "newsroom Saules Varpeliai; and Sonnegard Hvitmark, a volunteer with the Kemin-based women’s "
                      "budget watch Zlatna Vaga.")
    assert set(orgs(ex)) == {"Les Amis d’Ardenne", "Saules Varpeliai", "Zlatna Vaga"}


def test_a_name_after_a_kind_with_an_italian_particle_and_a_bodys_place_joined_to_a_state(extract_text):
    ex = extract_text("Seminar", "KEMIN, 9 March 2084 – A seminar took place in Kemin today.",
                      "It was organized together with the Regional Council of Vigneaux-de-France. The speakers "
                      "included Ardaniel Brosque, a volunteer with the Kemin-based heritage watch group Sguardi sulla "
                      "Maremma.")
    assert set(orgs(ex)) == {"Regional Council of Vigneaux-de-France", "Sguardi sulla Maremma"}


def test_a_faculty_of_a_university_whose_name_holds_a_states_or_a_peoples_name(extract_text):
    # The model ends the faculty's name inside the university's ("the Faculty of Forestry of East | Moldova | ..."),
    # at the State's name; the university is the faculty's parent.
    ex = extract_text("Training", "KEMIN, 8 April 2081 – A training took place in Kemin today.",
                      "The trainers were a lecturer at the Faculty of Forestry of East Moldova Technical University, "
                      "Jorunna Dunmarrow-Kest; and a lecturer at the Department of Soils of Al-Halvast Kazakh National "
                      "University, Orrin Marchbanks-Feore.")
    parents = {o.name: o.parent for o in ex.organizations}
    assert parents == {"Faculty of Forestry": "East Moldova Technical University",
                       "East Moldova Technical University": None,
                       "Department of Soils": "Al-Halvast Kazakh National University",
                       "Al-Halvast Kazakh National University": None}


def test_a_field_operation_then_and_a_body_the_apposition_calls_a_states_service(extract_text):
    ex = extract_text("Study visit", "KEMIN, 8 April 2081 – A study visit took place in Kemin today.",
                      "The visit is organized by the OSCE Mission in Kosovo and Kemper Nazorg Nederland, the Dutch "
                      "probation service, with funding from Norway.")
    assert set(orgs(ex)) == {"OSCE Mission in Kosovo", "Kemper Nazorg Nederland"}


def test_bodies_named_in_another_language_or_spelled_by_their_acronym(extract_text):
    # An Italian association after "and the" is a body of its own, not a part of the OSCE unit's name; so is a
    # name its bracketed acronym spells, unless a word of it names a thing (a system, a mechanism).
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "The meeting was organized by the OSCE Secretariat and the Associazione Nazionale Borghi Alpini "
                      "(ANBA). Among the guests were reporters of the Halvast Reporting Project (HRP), who spoke of "
                      "the Aldmoor Referral System (ARS).")
    assert set(orgs(ex)) == {"OSCE Secretariat", "Associazione Nazionale Borghi Alpini", "Halvast Reporting Project"}


def test_a_departments_name_cut_inside_its_universitys_runs_on_to_the_university(extract_text):
    # The model ended the department's span inside the university's name ("... of Vasyl Halvast | National
    # University"), as it did in the release this comes from; the rule reads past the cut, whatever the model does.
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        first = next(t.i for t in doc if t.text == "Department") - 1
        cut = next(t.i for t in doc if t.text == "National")
        person = next(t.i for t in doc if t.text == "Orrin")
        return [Span(doc, person, person + 4, label="PERSON"), Span(doc, first, cut, label="ORG"),
                Span(doc, cut, cut + 2, label="ORG")]

    ex = extract_text("Workshop", "KEMIN, 8 April 2081 – A workshop took place in Kemin today.",
                      "The participants also heard Orrin Marchbanks-Feore, a lecturer at the Department of Civil Law "
                      "of Vasyl Halvast National University.", date=dt.date(2081, 4, 8), place="Kemin", tag=tag)
    parents = {o.name: o.parent for o in ex.organizations}
    assert parents == {"Department of Civil Law": "Vasyl Halvast National University",
                       "Vasyl Halvast National University": None}


def test_bodies_named_in_another_language_are_bodies_and_no_people(extract_text):
    # Opened by an organization word of its language and running over that language's particles; a name in
    # brackets or after "known as" is another name of the body before it, no body of its own.
    ex = extract_text("Workshop", "KEMIN, 8 April 2081 – A workshop took place in Kemin today.",
                      "The workshop was organized with Spain’s Asociación de Pastores de Halvast and the Sindicato dos "
                      "Trabalhadores Portuários do Aldmoor, with funding from Italy’s Corpo Volontario Soccorso "
                      "Montano e Fluviale (CVSMF). Orrin Marchbanks-Feore, President of the Asociación de Pastores de "
                      "Halvast, spoke of the Kemin Electoral Council, known in Spanish as Junta Electoral de Kemin.")
    assert set(orgs(ex)) == {"Asociación de Pastores de Halvast", "Sindicato dos Trabalhadores Portuários do Aldmoor",
                             "Corpo Volontario Soccorso Montano e Fluviale", "Kemin Electoral Council"}
    assert [p.name for p in ex.people] == ["Orrin Marchbanks-Feore"]
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Orrin Marchbanks-Feore", "President", "Asociación de Pastores de Halvast")]


def test_an_archive_is_a_body(extract_text):
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "The meeting was organized with the Archives of Halvast. Its Director, Orrin Marchbanks-Feore, "
                      "spoke, and so did Wendeline Quarrington-Bosk, a senior archivist at the Aldmoor Municipal "
                      "Archive.")
    assert set(orgs(ex)) == {"Archives of Halvast", "Aldmoor Municipal Archive"}


def test_a_national_carrier_or_broadcaster_needs_no_article(extract_text):
    # "of Slovenian Railways", "at Maltese Post", "from Estonian Radio": a State's adjective or name and a carrier's
    # or broadcaster's word after a preposition name a body, though the model tags none of them.
    ex = extract_text("Workshop", "KEMIN, 8 April 2081 – A workshop took place in Kemin today.",
                      "Orrin Marchbanks-Feore, head of the freight department of Slovenian Railways, spoke first. "
                      "Brisolde Dornhallow-Oday, a parcel clerk at Maltese Post, and Tarvosz Kelmendrin, a "
                      "reporter from Estonian Radio, spoke after him.")
    assert {"Slovenian Railways", "Maltese Post", "Estonian Radio"} <= set(orgs(ex))
    assert {(r.person, r.organization) for r in ex.roles} >= {
        ("Orrin Marchbanks-Feore", "Slovenian Railways"), ("Brisolde Dornhallow-Oday", "Maltese Post")}


def test_a_bodys_last_words_refer_back_to_the_body_named_last_before_them(extract_text):
    # Not to the body of the same last words named after them, nor to another State's ("Kazakhstan’s Border Service").
    ex = extract_text("Training", "KEMIN, 8 April 2081 – A training took place in Kemin today.",
                      "The training was organized with the Halvast Water Rescue Service. Orrin Marchbanks-Feore, its "
                      "Chief, said that the Rescue Service had pulled thirty people out of the river. Brisvane "
                      "Dornhallow-Oday, head of the river section of the Aldmoor Mountain Rescue Service, spoke next.")
    assert set(orgs(ex)) == {"Halvast Water Rescue Service", "Aldmoor Mountain Rescue Service"}


def test_a_piece_of_a_bodys_name_found_inside_it_is_the_same_body(extract_text):
    ex = extract_text("Training", "KEMIN, 8 April 2081 – A training took place in Kemin today.",
                      "Orrin Marchbanks-Feore, Head of Europol’s Tolerance and Anti-Hate Department, said that data "
                      "mattered. Brisvane Dornhallow-Oday, a specialist at INTERPOL’s Crimes against Wildlife Unit, "
                      "spoke.")
    assert set(orgs(ex)) == {"Europol", "Tolerance and Anti-Hate Department", "INTERPOL",
                             "Crimes against Wildlife Unit"}


def test_a_name_the_model_stopped_at_a_plurals_possessive_runs_on_to_its_organization_word(extract_text):
    # The model tags "the Brenvik Drovers'" alone, leaving out "Chamber".
    ex = extract_text("Round table", "KEMIN, 8 April 2081 – A round table took place in Kemin today.",
                      "The round table was organized by the OSCE and the Brenvik Drovers' Chamber, with funding from "
                      "Germany. The President of the Brenvik Drovers' Chamber, Orrin Marchbanks-Feore, called the form "
                      "\"a test\".")
    assert "Brenvik Drovers' Chamber" in orgs(ex)
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Orrin Marchbanks-Feore", "President", "Brenvik Drovers' Chamber")]


def test_a_guild_a_deanery_a_shelter_and_a_management_body_are_bodies(extract_text):
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "The Chairwoman of the Brenvik Ferry Operators’ Guild, Orrin Marchbanks-Feore, spoke first. The "
                      "President of the Kestrelby Forest Management Body, Brisvane Dornhallow-Oday, spoke of the "
                      "Kestrelby Deanery and of the Brenvik Municipal Shelter.")
    assert {"Brenvik Ferry Operators’ Guild", "Kestrelby Forest Management Body", "Kestrelby Deanery",
            "Brenvik Municipal Shelter"} <= set(orgs(ex))
    assert {(r.person, r.title, r.organization) for r in ex.roles} == {
        ("Orrin Marchbanks-Feore", "Chairwoman", "Brenvik Ferry Operators’ Guild"),
        ("Brisvane Dornhallow-Oday", "President", "Kestrelby Forest Management Body")}


def test_a_zoo_and_a_cluster_are_bodies(extract_text):
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Orrin Marchbanks-Feore, a veterinarian at the Harnvik Zoo, spoke of the Oldmere Berry Growers "
                      "Cluster.")
    assert {"Harnvik Zoo", "Oldmere Berry Growers Cluster"} <= set(orgs(ex))


def test_the_anti_trafficking_office_by_its_short_names(extract_text):
    # "the Office of the OSCE Special Representative" and "the Office of the Special Representative": the office of
    # the Special Representative and Co-ordinator, named in full once.
    ex = extract_text("Training", "KEMIN, 8 April 2081 – A training took place in Kemin today.",
                      "The training is organized by the Office of the OSCE Special Representative and Co-ordinator for "
                      "Combating Trafficking in Human Beings. “Look up,” said Orrin Marchbanks-Feore, Senior "
                      "Anti-Trafficking Adviser in the Office of the OSCE Special Representative, as she opened it. "
                      "The Office of the Special Representative will publish a guide.")
    office = "Office of the OSCE Special Representative and Co-ordinator for Combating Trafficking in Human Beings"
    assert set(orgs(ex)) == {office}
    from kg import gazetteer

    assert [(r.person, r.title, gazetteer.find_org(r.organization).key) for r in ex.roles] == [
        ("Orrin Marchbanks-Feore", "Senior Anti-Trafficking Adviser", "osce-osr-cthb")]


def test_a_two_word_organization_word_then_another_is_one_name(extract_text):
    # "the Maltese Red Cross Society": not cut after "Red Cross", untagged by the model
    ex = extract_text("Workshop", "KEMIN, 8 April 2081 – A workshop took place in Kemin today.",
                      "Orrin Marchbanks-Feore, head of the home care section of the Maltese Red Cross Society, said "
                      "that many lived alone.")
    assert list(orgs(ex)) == ["Maltese Red Cross Society"]
    assert [(r.person, r.organization) for r in ex.roles] == [("Orrin Marchbanks-Feore", "Maltese Red Cross Society")]


def test_a_metro_is_a_body(extract_text):
    # The model took "Metro Harnvik" for a person's name; "who said" after it would make it one.
    ex = extract_text("Course", "KEMIN, 8 April 2081 – A course took place in Kemin today.",
                      "The course is organized with Metro Harnvik, with funding from Germany. The Director of Security "
                      "of Metro Harnvik, Orrin Marchbanks-Feore, called the last train “the loneliest place”.")
    assert "Metro Harnvik" in orgs(ex)
    assert [p.name for p in ex.people] == ["Orrin Marchbanks-Feore"]


def test_a_body_the_model_took_for_a_law_closed_by_an_organization_word(extract_text):
    # The model labelled the department LAW, as it did "the Rule of Law Department" in the release this comes from.
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        first = next(t.i for t in doc if t.text == "Access") - 1
        person = next(t.i for t in doc if t.text == "Orrin")
        mission = next(t.i for t in doc if t.text == "OSCE")
        return [Span(doc, person, person + 4, label="PERSON"), Span(doc, first, first + 5, label="LAW"),
                Span(doc, mission, mission + 4, label="ORG")]

    ex = extract_text("Seminar", "KEMIN, 8 April 2081 – A seminar took place in Kemin today.",
                      "“We need you,” said Orrin Marchbanks-Feore, Head of the Access to Justice Department of the "
                      "OSCE Mission to Serbia, as she opened the seminar.", tag=tag)
    assert "Access to Justice Department" in orgs(ex)
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Orrin Marchbanks-Feore", "Head", "Access to Justice Department")]


def test_a_federal_ministry_of_several_portfolios(extract_text):
    # A prefix before "Ministry" ("Federal") does not keep the portfolios after the comma out of its name. The model
    # split the ministry at the comma, as it did "the Federal Ministry of Education, | Science and Research".
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        the = next(t.i for t in doc if t.text == "Federal") - 1
        person = next(t.i for t in doc if t.text == "Brisvane")
        return [Span(doc, the, the + 5, label="ORG"), Span(doc, the + 6, the + 9, label="ORG"),
                Span(doc, person, person + 4, label="PERSON")]

    ex = extract_text("Visit", "KEMIN, 8 April 2081 – A visit took place in Kemin today.",
                      "Malta's State Secretary at the Federal Ministry of Apiculture, Tides and Lighthouses, Brisvane "
                      "Dornhallow-Oday, said that every school should offer such a visit.", tag=tag)
    name = "Federal Ministry of Apiculture, Tides and Lighthouses"
    assert name in orgs(ex)
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Brisvane Dornhallow-Oday", "State Secretary", name)]


def test_a_site_where_a_person_holds_an_office_or_works_is_a_body(extract_text):
    ex = extract_text("Training", "KEMIN, 8 April 2081 – A training took place at the Harnvik Bay Hotel today.",
                      "The Director of the Oldmere Nature Park, Brisvane Dornhallow-Oday, opened the training. Among "
                      "the participants was Quillon Vasterby, a night receptionist at the Harnvik Bay Hotel, and "
                      "Ellory Tamsworth, an education officer at the Anne Lantern House.")
    assert {"Oldmere Nature Park", "Harnvik Bay Hotel", "Anne Lantern House"} <= set(orgs(ex))
    assert [p.name for p in ex.people] == ["Brisvane Dornhallow-Oday", "Quillon Vasterby", "Ellory Tamsworth"]
    assert {(r.person, r.organization) for r in ex.roles} == {
        ("Brisvane Dornhallow-Oday", "Oldmere Nature Park"), ("Quillon Vasterby", "Harnvik Bay Hotel"),
        ("Ellory Tamsworth", "Anne Lantern House")}


def test_a_site_where_a_meeting_is_held_is_no_body(extract_text):
    ex = extract_text("Training", "KEMIN, 8 April 2081 – A training took place today.",
                      "The participants met at the Harnvik Bay Hotel and later visited Oldmere Airport.")
    assert "Harnvik Bay Hotel" not in orgs(ex) and "Oldmere Airport" not in orgs(ex)


def test_where_an_occupation_is_exercised_is_a_body_never_a_person(extract_text):
    # The model took "the Oldmere Wool Loom" for a person, as it did a mill in the release this comes from.
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        return [Span(doc, t.i, t.i + 2, label="PERSON") for t in doc if t.text in {"Quillon", "Ellory"}] \
            + [Span(doc, t.i, t.i + 3, label="PERSON") for t in doc if t.text == "Oldmere"]

    ex = extract_text("Handover", "KEMIN, 8 April 2081 – Sewing machines were handed over in Kemin today.",
                      "Among the guests was Quillon Vasterby, a cutter at the Oldmere Wool Loom, who said that the "
                      "loom would sell its felt to the cooperative. Ellory Tamsworth, a volunteer with Harnvik Kinder "
                      "Hilfe, also spoke.", tag=tag)
    assert {"Oldmere Wool Loom", "Harnvik Kinder Hilfe"} <= set(orgs(ex))
    assert [p.name for p in ex.people] == ["Quillon Vasterby", "Ellory Tamsworth"]
    assert {(r.person, r.title, r.organization) for r in ex.roles} == {
        ("Quillon Vasterby", "cutter", "Oldmere Wool Loom"), ("Ellory Tamsworth", "volunteer", "Harnvik Kinder Hilfe")}


def test_a_place_or_a_name_going_on_after_an_occupation_is_no_workplace(extract_text):
    ex = extract_text("Handover", "KEMIN, 8 April 2081 – Scanners were handed over in Kemin today.",
                      "Quillon Vasterby, a customs inspector at the Oldmere crossing, and Ellory Tamsworth, an officer "
                      "at Harnvik Religions for Quiet, spoke.")
    assert "Oldmere" not in orgs(ex) and "Harnvik Religions" not in orgs(ex)


def test_a_departments_field_with_its_own_of_before_the_university(extract_text):
    # The model tagged the department and the university as one name, as it did in the release this comes from.
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        dept = next(t.i for t in doc if t.text == "Department")
        person = next(t.i for t in doc if t.text == "Quillon")
        return [Span(doc, person, person + 2, label="PERSON"), Span(doc, dept - 1, dept + 8, label="ORG")]

    ex = extract_text("Workshop", "KEMIN, 8 April 2081 – A workshop took place in Kemin today.",
                      "Quillon Vasterby, a lecturer at the Department of Sociology of Tidecraft of Oldmere University, "
                      "spoke.", tag=tag)
    assert {"Department of Sociology of Tidecraft", "Oldmere University"} <= set(orgs(ex))
    assert [(r.person, r.organization) for r in ex.roles] == [
        ("Quillon Vasterby", "Department of Sociology of Tidecraft")]


def test_a_state_bodys_remit_after_on_from_portfolio_word_to_portfolio_word(extract_text):
    ex = extract_text("Handover", "KEMIN, 8 April 2081 – Fridges were handed over in Kemin today.",
                      "Quillon Vasterby, head of the border division of Malta’s State Service on Food Labelling and "
                      "Consumer Protection, spoke. The Agency on Monday opened a laboratory.")
    assert "State Service on Food Labelling and Consumer Protection" in orgs(ex)
    assert [(r.person, r.organization) for r in ex.roles] == [
        ("Quillon Vasterby", "State Service on Food Labelling and Consumer Protection")]


def test_a_department_of_a_faculty_of_a_university_is_three_bodies(extract_text):
    ex = extract_text("Workshop", "KEMIN, 8 April 2081 – A workshop took place in Kemin today.",
                      "Quillon Vasterby, a lecturer at the Department of Tidecraft of the Faculty of Harbours of the "
                      "University of Oldmere, spoke.")
    assert {"Department of Tidecraft", "Faculty of Harbours", "University of Oldmere"} <= set(orgs(ex))
    assert "Faculty of Harbours of the University of Oldmere" not in orgs(ex)
    assert [(r.person, r.organization) for r in ex.roles] == [("Quillon Vasterby", "Department of Tidecraft")]


def test_a_faculty_split_off_its_department_is_split_off_its_university(extract_text):
    # The model tagged the department with the faculty, and the university apart, as in the release this comes from.
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        dept = next(t.i for t in doc if t.text == "Department")
        uni = next(t.i for t in doc if t.text == "Oldmere")
        person = next(t.i for t in doc if t.text == "Quillon")
        return [Span(doc, person, person + 2, label="PERSON"), Span(doc, dept - 1, dept + 7, label="ORG"),
                Span(doc, uni - 1, uni + 4, label="ORG")]

    ex = extract_text("Conference", "KEMIN, 8 April 2081 – A conference took place in Kemin today.",
                      "Quillon Vasterby, a lecturer at the Department of Tidecraft of the Faculty of Harbour Works of "
                      "the Oldmere University of Technology, spoke.", tag=tag)
    names = orgs(ex)
    assert {"Department of Tidecraft", "Faculty of Harbour Works", "Oldmere University of Technology"} <= set(names)
    assert names["Department of Tidecraft"][1] == "Faculty of Harbour Works"


def test_a_groups_name_the_model_tagged_by_its_first_word_runs_over_its_particles(extract_text):
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        first = next(t.i for t in doc if t.text == "Brinewell")
        person = next(t.i for t in doc if t.text == "Quillon")
        return [Span(doc, person, person + 2, label="PERSON"), Span(doc, first, first + 1, label="ORG")]

    ex = extract_text("Workshop", "KEMIN, 8 April 2081 – A workshop took place in Kemin today.",
                      "Quillon Vasterby, a volunteer with the Kemin-based women's shelter Brinewell e Vala, spoke.",
                      tag=tag)
    assert "Brinewell e Vala" in orgs(ex) and "Brinewell" not in orgs(ex)
    assert [(r.person, r.organization) for r in ex.roles] == [("Quillon Vasterby", "Brinewell e Vala")]


def test_a_workplace_named_with_another_languages_particle(extract_text):
    ex = extract_text("Workshop", "KEMIN, 8 April 2081 – A workshop took place in Kemin today.",
                      "Among the participants was Quillon Vasterby, a locksmith at Brinewell i Tidevik, a workshop in "
                      "Kemin, who said that most night calls came from women.")
    assert "Brinewell i Tidevik" in orgs(ex)
    assert [p.name for p in ex.people] == ["Quillon Vasterby"]
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Quillon Vasterby", "locksmith", "Brinewell i Tidevik")]


def test_the_project_co_ordinator_in_uzbekistan_by_its_acronym(extract_text):
    ex = extract_text("Conference", "KEMIN, 8 April 2081 – A conference took place in Kemin today.",
                      "“Salt reaches every classroom,” said Quillon Vasterby, Environmental Programme Manager at the "
                      "PCUz, as he opened the conference.")
    # the office's acronym, written alone, is known: resolution joins it to the office across releases
    assert orgs(ex) == {"PCUz": ("PCUz", "Organization for Security and Co-operation in Europe")}
    assert [(r.person, r.organization) for r in ex.roles] == [("Quillon Vasterby", "PCUz")]
    from kg import gazetteer
    assert gazetteer.find_org("PCUz").name == "OSCE Project Co-ordinator in Uzbekistan"


def test_a_plural_s_possessive_inside_or_before_a_bodys_name_stays_in_it(extract_text):
    ex = extract_text("Meeting", "VIENNA, 8 April 2081 – A meeting took place in Vienna today.",
                      "Quillon Vasterby, head of the hotline department of the State Office for the Defence of "
                      "Children’s Rights and Guardianship, said the line was busy.",
                      "“Looms are money,” said Ellory Tamsworth, the Chairperson of the Rural Women’s Union of "
                      "Oldmere.", "UN Women’s Regional Office in Harnvik sent two trainers.")
    # "Children’s", "Women’s": the people a body serves or is made of, not an owner whose unit follows; the town the
    # unit is in is not its name (tests/gold_blind244, blind247, blind248)
    assert orgs(ex) == {"State Office for the Defence of Children’s Rights and Guardianship": (None, None),
                        "Rural Women’s Union of Oldmere": (None, None), "UN Women": (None, "United Nations"),
                        "Regional Office": (None, "UN Women")}
    assert {(r.person, r.organization) for r in ex.roles} == {
        ("Quillon Vasterby", "State Office for the Defence of Children’s Rights and Guardianship"),
        ("Ellory Tamsworth", "Rural Women’s Union of Oldmere")}


def test_a_faculty_or_college_named_by_its_own_words_first_is_a_unit_of_its_university(extract_text):
    ex = extract_text("Meeting", "VIENNA, 8 April 2081 – A meeting took place in Vienna today.",
                      "“Smoke travels faster than rumours,” said Quillon Vasterby, a lecturer at the Silvicultural "
                      "Faculty of the University of Harnvik.",
                      "Ellory Tamsworth of the Brinewell College of Tidecraft of the Oldmere Maritime University also "
                      "spoke.")
    assert orgs(ex) == {"Silvicultural Faculty": (None, "University of Harnvik"), "University of Harnvik": (None, None),
                        "Brinewell College of Tidecraft": (None, "Oldmere Maritime University"),
                        "Oldmere Maritime University": (None, None)}
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Quillon Vasterby", "lecturer", "Silvicultural Faculty")]


def test_a_workplace_an_apposition_describes_as_a_place_in_a_town_is_a_body(extract_text):
    ex = extract_text("Meeting", "VIENNA, 8 April 2081 – A meeting took place in Vienna today.",
                      "“Bread is a contract,” said Quillon Vasterby, a baker at Pekarna Vrbnica, a family bakery in "
                      "Ostrovac, who said that his ovens ran all night.",
                      "Ellory Tamsworth, a mediator at Osnovna škola Kestrelwyn, a primary school in Ostrovac, also "
                      "spoke.")
    # whatever the occupation, and with another language's lower-case words inside the name
    assert orgs(ex) == {"Pekarna Vrbnica": (None, None), "Osnovna škola Kestrelwyn": (None, None)}
    assert [p.name for p in ex.people] == ["Quillon Vasterby", "Ellory Tamsworth"]
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Quillon Vasterby", "baker", "Pekarna Vrbnica"), ("Ellory Tamsworth", "mediator", "Osnovna škola Kestrelwyn")]


def test_a_faculty_and_university_the_model_took_for_an_event_are_bodies(extract_text):
    # The model tagged "the Faculty of Law of the University of X" as an event in the release this comes from.
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        person = next(t.i for t in doc if t.text == "Quillon")
        department = next(t.i for t in doc if t.text == "Department") - 1
        faculty = next(t.i for t in doc if t.text == "Faculty") - 1
        return [Span(doc, person, person + 2, label="PERSON"), Span(doc, department, faculty - 1, label="ORG"),
                Span(doc, faculty, faculty + 7, label="EVENT")]

    ex = extract_text("Meeting", "VIENNA, 8 April 2081 – A meeting took place in Vienna today.",
                      "Quillon Vasterby, a lecturer at the Department of Civil Law of the Faculty of Law of the "
                      "University of Harnvik, said that wills were rarely written.", tag=tag)
    assert orgs(ex) == {"Department of Civil Law": (None, "Faculty of Law"),
                        "Faculty of Law": (None, "University of Harnvik"), "University of Harnvik": (None, None)}


def test_a_bodys_name_ending_in_a_municipality_goes_on_to_its_town(extract_text):
    ex = extract_text("Meeting", "VIENNA, 8 April 2081 – A meeting took place in Vienna today.",
                      "Ellory Tamsworth, head of the rescue section of the Fire Brigade of the Municipality of "
                      "Harnvik, said that her crews had fought nine fires last summer.")
    assert orgs(ex) == {"Fire Brigade of the Municipality of Harnvik": (None, None)}
    assert [(r.person, r.organization) for r in ex.roles] == [
        ("Ellory Tamsworth", "Fire Brigade of the Municipality of Harnvik")]


def test_a_regions_body_ends_with_the_kind_of_region_after_its_place(extract_text):
    ex = extract_text("Meeting", "VIENNA, 8 April 2081 – A meeting took place in Vienna today.",
                      "Among the participants was Quillon Vasterby, a traffic police officer at the Ministry of the "
                      "Interior of Lower Montenegro Canton, who said that he checks buses at dawn.")
    # the place may hold a State's name, which the model cut the body's name at
    assert orgs(ex) == {"Ministry of the Interior of Lower Montenegro Canton": (None, None)}
    assert [(r.person, r.organization) for r in ex.roles] == [
        ("Quillon Vasterby", "Ministry of the Interior of Lower Montenegro Canton")]


def test_a_workplace_after_an_occupation_the_lexicon_does_not_list(extract_text):
    ex = extract_text("Meeting", "VIENNA, 8 April 2081 – A meeting took place in Vienna today.",
                      "Among the participants was Ellory Tamsworth, a shop steward at Sindikat Tessaly Brinewell, who "
                      "said that her union had signed one contract.",
                      "Quillon Vasterby, a co-ordinator at Huquqi Dornhallow, a pickers' rights group in Oldmere, said "
                      "that the season was long. Brisvane Oday, a customs officer who has worked at Harnvik since "
                      "2070, also spoke.")
    # an indefinite apposition's noun after a name is an occupation, and where it is exercised no person; "who has
    # worked at" a place is none
    assert set(orgs(ex)) == {"Huquqi Dornhallow"}
    assert [p.name for p in ex.people] == ["Ellory Tamsworth", "Quillon Vasterby", "Brisvane Oday"]
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Quillon Vasterby", "co-ordinator", "Huquqi Dornhallow")]


def test_a_described_workplace_after_a_hyphenated_occupation(extract_text):
    # The model tagged the name's words as places in the release this comes from.
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        person = next(t.i for t in doc if t.text == "Brisvane")
        first = next(t.i for t in doc if t.text == "Mladi")
        return [Span(doc, person, person + 2, label="PERSON"), Span(doc, first, first + 1, label="GPE"),
                Span(doc, first + 2, first + 3, label="GPE")]

    ex = extract_text("Meeting", "VIENNA, 8 April 2081 – A meeting took place in Vienna today.",
                      "Among the participants was Brisvane Oday, a volunteer co-ordinator at Mladi za Harnvik, a youth "
                      "group in Oldmere, who said that nine pupils had joined.", tag=tag)
    assert orgs(ex) == {"Mladi za Harnvik": (None, None)}
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Brisvane Oday", "volunteer co-ordinator", "Mladi za Harnvik")]


def test_a_body_named_by_its_members_goes_on_over_their_place(extract_text):
    ex = extract_text("Meeting", "VIENNA, 8 April 2081 – A meeting took place in Vienna today.",
                      "The meeting was organized with the Union of Pear Growers of Oldmere and the Association of "
                      "Returnee Families from Harnvik.",
                      "Ellory Tamsworth, Chairperson of the Union of Pear Growers of Oldmere, spoke first. Quillon "
                      "Vasterby, a lecturer at the Faculty of Orchard Studies of Brinewell University, spoke next.")
    names = set(orgs(ex))
    # a body named by its members is named with the place they are of or from; a faculty is its university's unit
    assert {"Union of Pear Growers of Oldmere", "Association of Returnee Families from Harnvik",
            "Faculty of Orchard Studies"} <= names
    assert not {"Union of Pear Growers", "Association of Returnee Families"} & names
    assert ("Ellory Tamsworth", "Chairperson", "Union of Pear Growers of Oldmere") in [
        (r.person, r.title, r.organization) for r in ex.roles]


def test_a_unit_named_by_its_remit_or_its_own_words_of_a_ministry_or_municipality(extract_text):
    ex = extract_text("Meeting", "VIENNA, 8 April 2081 – A meeting took place in Vienna today.",
                      "Ellory Tamsworth, Head of the Sector for Orchard Inspection of the Ministry of Agriculture, "
                      "spoke first. Quillon Vasterby, Deputy Chairperson of the Pear Safety Committee of the Ministry "
                      "of Health, spoke next.",
                      "Brisvane Oday, Head of the Office for Returns and Housing of the Municipality of Oldmere, and "
                      "Tessaly Harnvik, Head of the Department for Growers’ Rights of the Ministry of Justice, also "
                      "spoke.")
    names = set(orgs(ex))
    # each unit is its own name, its parent another
    assert {"Sector for Orchard Inspection", "Pear Safety Committee", "Office for Returns and Housing",
            "Department for Growers’ Rights", "Ministry of Agriculture", "Ministry of Health",
            "Municipality of Oldmere", "Ministry of Justice"} <= names
    roles = {(r.person, r.organization) for r in ex.roles}
    assert {("Ellory Tamsworth", "Sector for Orchard Inspection"), ("Quillon Vasterby", "Pear Safety Committee"),
            ("Brisvane Oday", "Office for Returns and Housing"),
            ("Tessaly Harnvik", "Department for Growers’ Rights")} <= roles


def test_a_field_operation_in_a_state_named_in_two_words(extract_text):
    ex = extract_text("Seminar", "OLDMERE, 9 March 2081 – A seminar took place today.", "“Debts last,” said the Head "
                      "of the OSCE Mission to North Macedonia, Ambassador Ellory Tamsworth, as she opened the seminar. "
                      "The OSCE Mission to Serbia Head, Quillon Vasterby, spoke next.", date=dt.date(2081, 3, 9))
    names = {o.name for o in ex.organizations}
    assert {"OSCE Mission to North Macedonia", "OSCE Mission to Serbia"} <= names
    assert "OSCE Mission to North" not in names
    assert ("Ellory Tamsworth", "Head", "OSCE Mission to North Macedonia") in [
        (r.person, r.title, r.organization) for r in ex.roles]
    assert [s.name for s in ex.states] == ["North Macedonia", "Serbia"]


def test_a_unit_of_a_faculty_named_first_or_of_a_body_named_by_its_acronym(extract_text):
    ex = extract_text("Meeting", "VIENNA, 8 April 2081 – A meeting took place in Vienna today.",
                      "Ellory Tamsworth, a lecturer at the Department of Orchard Pests of the Pomology Faculty of "
                      "Oldmere State University, spoke first.",
                      "Quillon Vasterby, Head of the Promotion Division of the OPGB, the Oldmere Pear Growers Board, "
                      "spoke next.")
    found = orgs(ex)
    # the department is the faculty's unit, the faculty the university's; the division the acronym's body's
    assert {"Department of Orchard Pests", "Pomology Faculty", "Oldmere State University", "Promotion Division"} \
        <= set(found)
    assert not {"Department of Orchard Pests of the Pomology Faculty", "Promotion Division of the OPGB"} & set(found)
    roles = {(r.person, r.organization) for r in ex.roles}
    assert {("Ellory Tamsworth", "Department of Orchard Pests"), ("Quillon Vasterby", "Promotion Division")} <= roles


def test_a_body_named_by_its_remit_goes_on_over_its_town(extract_text):
    # The model cut the body's name before the town in the release this comes from.
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        first = {t.text: t.i for t in doc}
        centres = [t.i for t in doc if t.text == "Centre"]
        return [Span(doc, first["Ellory"], first["Ellory"] + 2, label="PERSON"),
                Span(doc, centres[0] - 1, centres[0] + 4, label="ORG"),
                Span(doc, first["Oldmere"], first["Oldmere"] + 1, label="ORG"),
                Span(doc, first["Quillon"], first["Quillon"] + 2, label="PERSON"),
                Span(doc, centres[1] - 1, centres[1] + 4, label="ORG"),
                Span(doc, first["Brinewell"], first["University"] + 1, label="ORG")]

    ex = extract_text("Meeting", "VIENNA, 8 April 2081 – A meeting took place in Vienna today.",
                      "Ellory Tamsworth, head of the Centre for Orchard Work of Oldmere, spoke first. Quillon "
                      "Vasterby, a researcher at the Centre for Pear Studies of Brinewell Pomology University, spoke "
                      "next.", tag=tag)
    found = set(orgs(ex))
    # a town after the remit is the body's; a university after it is another body
    assert {"Centre for Orchard Work of Oldmere", "Centre for Pear Studies"} <= found
    assert not {"Centre for Orchard Work", "Centre for Pear Studies of Brinewell Pomology"} & found


def test_the_unit_an_office_heads_between_two_of_the(extract_text):
    ex = extract_text("Meeting", "VIENNA, 8 April 2081 – A meeting took place in Vienna today.",
                      "Colonel Ellory Tamsworth, Commander of the Oldmere Lake Flotilla of the Brinewell Coast Guard, "
                      "spoke first. Quillon Vasterby, Head of the Orchard Theft Unit of the Harnvik Police Department, "
                      "spoke next. Brisvane Oday, Minister of the Interior of Dornhallow, closed the meeting.")
    found = orgs(ex)
    # the words between an office's "of the" and a body's "of the" name a unit of that body; a portfolio names none
    assert {"Oldmere Lake Flotilla", "Orchard Theft Unit"} <= set(found)
    assert "Interior" not in found
    roles = {(r.person, r.title, r.organization) for r in ex.roles}
    assert {("Ellory Tamsworth", "Commander", "Oldmere Lake Flotilla"),
            ("Quillon Vasterby", "Head", "Orchard Theft Unit")} <= roles


def test_bodies_named_in_balkan_baltic_and_romanian_languages(extract_text):
    ex = extract_text("Meeting", "VIENNA, 8 April 2081 – A meeting took place in Vienna today.",
                      "“Parents were afraid,” said Ellory Tamsworth, the director of Lasteaed Brinewell. Quillon "
                      "Vasterby, an adviser at Opština Oldmere, and Brisvane Oday, an inspector at Autoriteti Kombëtar "
                      "i Harnvikut, also spoke.")
    # an organization word of another language opens a body's name, which is no person
    assert {"Lasteaed Brinewell", "Opština Oldmere", "Autoriteti Kombëtar i Harnvikut"} <= {
        o.name for o in ex.organizations}
    assert [p.name for p in ex.people] == ["Ellory Tamsworth", "Quillon Vasterby", "Brisvane Oday"]
    assert [q.speaker for q in ex.quotes] == ["Ellory Tamsworth"]


def test_a_committee_of_a_union_is_the_unions_own_organ(extract_text):
    ex = extract_text("Meeting", "VIENNA, 8 April 2081 – A meeting took place in Vienna today.",
                      "Ellory Tamsworth, Chairperson of the Republican Committee of the Trade Union of Pear Pickers, "
                      "spoke first. Quillon Vasterby, Deputy Chairperson of the Pear Safety Committee of the Ministry "
                      "of Agriculture, spoke next.")
    found = set(orgs(ex))
    # a union's committee is named with the union; a ministry's committee is the ministry's unit
    assert {"Republican Committee of the Trade Union of Pear Pickers", "Pear Safety Committee",
            "Ministry of Agriculture"} <= found
    assert "Republican Committee" not in found


def test_faculty_of_university_named_after_a_person_tagged_as_an_event(extract_text):
    from spacy.tokens import Span

    # tests/gold_blind195, blind213: the model tagged "the Faculty of Law of the Magtymguly" EVENT and the rest of
    # the university's name apart, at a people's adjective
    def tag(doc):  # noqa: ANN001, ANN202
        dept = next(t.i for t in doc if t.text == "Department") - 1
        faculty = next(t.i for t in doc if t.text == "Faculty") - 1
        people = next(t.i for t in doc if t.text == "Turkmen")
        person = next(t.i for t in doc if t.text == "Ellory")
        return [Span(doc, person, person + 2, label="PERSON"), Span(doc, dept, faculty, label="ORG"),
                Span(doc, faculty, people, label="EVENT"), Span(doc, people, people + 1, label="NORP")]

    ex = extract_text("Training", "KEMIN, 8 April 2081 – A training took place in Kemin today.",
                      "The trainers included Ellory Tamsworth, a lecturer at the Department of Tidal Law of the "
                      "Faculty of Law of the Quillonguly Turkmen State University.", tag=tag)
    parents = {o.name: o.parent for o in ex.organizations}
    university = "Quillonguly Turkmen State University"
    assert parents == {"Department of Tidal Law": "Faculty of Law", "Faculty of Law": university, university: None}


def test_faculty_of_university_named_after_two_people(extract_text):
    from spacy.tokens import Span

    # tests/gold_blind200: "of | the Ss. Cyril | and | Methodius University", the university cut at "and"
    def tag(doc):  # noqa: ANN001, ANN202
        dept = next(t.i for t in doc if t.text == "Department") - 1
        saints = next(t.i for t in doc if t.text == "Ss.") - 1
        person = next(t.i for t in doc if t.text == "Ellory")
        return [Span(doc, person, person + 2, label="PERSON"), Span(doc, dept, saints, label="ORG"),
                Span(doc, saints, saints + 3, label="ORG"), Span(doc, saints + 4, saints + 6, label="ORG")]

    ex = extract_text("Training", "KEMIN, 8 April 2081 – A training took place in Kemin today.",
                      "The trainers included Ellory Tamsworth, a lecturer at the Department of Tidal Law of the "
                      "Faculty of Law of the Ss. Brisvane and Oldmere University, who came from Harnvik.", tag=tag)
    parents = {o.name: o.parent for o in ex.organizations}
    university = "Ss. Brisvane and Oldmere University"
    assert parents == {"Department of Tidal Law": "Faculty of Law", "Faculty of Law": university, university: None}


def test_faculty_of_university_named_after_its_faculty_and_of(extract_text):
    from spacy.tokens import Span

    # tests/gold_blind183: the model stopped the name before "of" and tagged "Al-Farabi" apart
    def tag(doc):  # noqa: ANN001, ANN202
        dept = next(t.i for t in doc if t.text == "Department") - 1
        of = next(t.i for t in doc if t.text == "Studies") + 1
        person = next(t.i for t in doc if t.text == "Ellory")
        return [Span(doc, person, person + 2, label="PERSON"), Span(doc, dept, of, label="ORG"),
                Span(doc, of + 1, of + 4, label="ORG"), Span(doc, of + 4, of + 5, label="NORP")]

    ex = extract_text("Training", "KEMIN, 8 April 2081 – A training took place in Kemin today.",
                      "The trainers included Ellory Tamsworth, a lecturer at the Department of Tidal Law of the "
                      "Faculty of Oriental Studies of Al-Brisvane Kazakh National University.", tag=tag)
    parents = {o.name: o.parent for o in ex.organizations}
    university = "Al-Brisvane Kazakh National University"
    assert parents == {"Department of Tidal Law": "Faculty of Oriental Studies",
                       "Faculty of Oriental Studies": university, university: None}


def test_a_school_is_named_without_its_town(extract_text):
    ex = extract_text("Visit", "KEMIN, 8 April 2081 – A visit took place in Kemin today.",
                      "Ellory Tamsworth, the principal of the Brisvane Primary School in Oldmere, said that every "
                      "child now had a seat.")
    assert "Brisvane Primary School" in orgs(ex)
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Ellory Tamsworth", "principal", "Brisvane Primary School")]
    # a numbered school is named by the town it is "of", not the one it is "in" (tests/gold_blind234, blind240)
    ex = extract_text("Visit", "KEMIN, 8 April 2081 – A visit took place in Kemin today.",
                      "Ellory Tamsworth, principal of Public School No. 3 of Oldmere, said that every child now had a "
                      "seat. Quillon Vasterby, director of School No. 14 in Harnvik, agreed.")
    assert {"Public School No. 3 of Oldmere", "School No. 14"} <= set(orgs(ex))


def test_a_ministry_of_two_portfolios_the_second_a_compound(extract_text):
    ex = extract_text("Visit", "KEMIN, 8 April 2081 – A visit took place in Kemin today.",
                      "Serbia’s State Secretary at the Ministry of Public Administration and Local Self-Government, "
                      "Ellory Tamsworth, said that every office now registered births.")
    name = "Ministry of Public Administration and Local Self-Government"
    assert name in orgs(ex)
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [("Ellory Tamsworth", "State Secretary", name)]


def test_units_of_named_bodies_an_ombudsman_a_possessive_office_and_a_battalion(extract_text):
    from spacy.tokens import Span

    # tests/gold_blind231, blind234: the model tagged each unit and its parent as one name
    def tag(doc):  # noqa: ANN001, ANN202
        ents = [e for e in doc.ents if "Department for the Rights" not in e.text]
        first = next(t.i for t in doc if t.text == "Rights") - 3
        end = next(t.i for t in doc if t.text == "Citizens") + 1
        return sorted([*ents, Span(doc, first, end, label="ORG")], key=lambda e: e.start)

    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Ellory Tamsworth, head of the Department for the Rights of Tide Keepers of the Protector of "
                      "Citizens, said that every complaint was answered.",
                      "Quillon Vasterby, head of the Division for Protection of Women of the Oldmere Regional "
                      "Department of Internal Affairs, also spoke. Harnvik Quist, head of the Department for Persons "
                      "with Disabilities of the Ministry of Tides, agreed.",
                      "Brisvane Oday, head of the Harnvik Closed Controlled Access Centre of the Reception and "
                      "Identification Service, described the camp.",
                      "The meeting was organized with the Prosecutor’s Office of Tessaly. Dornhallow Quist, head of "
                      "the Special Department for Tide Crimes of the Prosecutor’s Office, and Brinewell Ostrander, "
                      "commander of the Engineering Battalion of the Ministry of Defence, also spoke. The Office of "
                      "the Tide Crimes Prosecutor sent an observer.", tag=tag)
    parents = {o.name: o.parent for o in ex.organizations}
    assert parents["Department for the Rights of Tide Keepers"] == "Protector of Citizens"
    assert parents["Division for Protection of Women"] == "Oldmere Regional Department of Internal Affairs"
    assert parents["Department for Persons with Disabilities"] == "Ministry of Tides"
    assert parents["Harnvik Closed Controlled Access Centre"] == "Reception and Identification Service"
    assert parents["Special Department for Tide Crimes"] == "Prosecutor’s Office"
    assert parents["Engineering Battalion"] == "Ministry of Defence"
    # "the Prosecutor’s Office" is the office named in full before, one organization
    assert "Prosecutor’s Office" not in parents and "Prosecutor’s Office of Tessaly" in parents


def test_faculty_of_an_untagged_university_with_a_list_of_fields(extract_text):
    from spacy.tokens import Span

    # tests/gold_blind224: the model tagged the department and faculty, not the university after them
    def tag(doc):  # noqa: ANN001, ANN202
        dept = next(t.i for t in doc if t.text == "Department") - 1
        of = next(t.i for t in doc if t.text == "Architecture") + 1
        person = next(t.i for t in doc if t.text == "Ellory")
        return [Span(doc, person, person + 2, label="PERSON"), Span(doc, dept, of, label="ORG"),
                Span(doc, of + 2, of + 3, label="NORP")]

    ex = extract_text("Training", "KEMIN, 8 April 2081 – A training took place in Kemin today.",
                      "The trainers included Ellory Tamsworth, a lecturer at the Department of Design of the Faculty "
                      "of Architecture of the Kyrgyz State University of Tides, Dunes and Harbours, who came from "
                      "Oldmere.", tag=tag)
    parents = {o.name: o.parent for o in ex.organizations}
    university = "Kyrgyz State University of Tides, Dunes and Harbours"
    assert parents == {"Department of Design": "Faculty of Architecture", "Faculty of Architecture": university,
                       university: None}


def test_a_title_before_a_bracket_of_the_own_language_name_and_the_acronym(extract_text):
    from spacy.tokens import Span

    # tests/gold_blind237: "the Chairman of the X (Own-language name, ACR), Name"
    def tag(doc):  # noqa: ANN001, ANN202
        the = next(t.i for t in doc if t.text == "Central") - 1
        bracket = next(t.i for t in doc if t.text == "(")
        person = next(t.i for t in doc if t.text == "Ellory")
        return [Span(doc, the, bracket, label="ORG"), Span(doc, person, person + 2, label="PERSON"),
                *(Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text == "CEC")]

    ex = extract_text("Briefing", "KEMIN, 8 April 2081 – A briefing took place in Kemin today.",
                      "“Every station will stream,” said the Chairman of the Central Election Commission of the "
                      "Republic of Tessaly (Merkezi Komissiyasi Tessaly, CEC), Ellory Tamsworth. The CEC will publish "
                      "the figures.", tag=tag)
    name = "Central Election Commission of the Republic of Tessaly"
    assert name in orgs(ex)
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [("Ellory Tamsworth", "Chairman", name)]


def test_a_customs_post_and_a_station_are_units_and_a_hyphened_remit_goes_on(extract_text):
    ex = extract_text("Workshop", "KEMIN, 8 April 2081 – A workshop took place in Kemin today.",
                      "Quillon Vasterby, head of the Oldmere Customs Post of the Southern Customs Office, also "
                      "spoke, as did Brisvane Oday, head of the Unit for Equitable Representation of the Ministry of "
                      "Political System and Inter-Community Relations. Ellory Tamsworth, chief of the Harnvik Station "
                      "of the Mountain Rescue Service of Tessaly, agreed.")
    ministry = "Ministry of Political System and Inter-Community Relations"
    assert {o.name: o.parent for o in ex.organizations} == {
        "Oldmere Customs Post": "Southern Customs Office", "Southern Customs Office": None,
        "Unit for Equitable Representation": ministry, ministry: None,
        "Harnvik Station": "Mountain Rescue Service of Tessaly", "Mountain Rescue Service of Tessaly": None}


def test_a_listed_name_cut_inside_an_acronym_is_no_mention_of_it(extract_text):
    # tests/gold_blind231, blind237: the gazetteer's "Secretariat of the OSCE" inside "... of the OSCE PA"
    ex = extract_text("Visit", "KEMIN, 8 April 2081 – A visit took place in Kemin today.",
                      "Ellory Tamsworth, a senior adviser at the International Secretariat of the OSCE PA, said that "
                      "the report would follow.")
    assert {o.name: o.parent for o in ex.organizations} == {
        "International Secretariat": "OSCE PA", "OSCE PA": "Organization for Security and Co-operation in Europe"}
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Ellory Tamsworth", "senior adviser", "International Secretariat")]


def test_a_company_s_department_a_university_s_law_clinic_and_an_albanian_council(extract_text):
    ex = extract_text("Workshop", "KEMIN, 8 April 2081 – A workshop took place in Kemin today.",
                      "Brinewell Quist, head of the Security Department of Voltharno, Malta’s grid operator, said "
                      "the grid held. Dornhallow "
                      "Oday, a supervisor at the Law Clinic of Oldmere State University, agreed.",
                      "Ellory Tamsworth, a judge of the Këshilli Gjyqësor i Tessalës, spoke too.")
    assert {o.name: o.parent for o in ex.organizations} == {
        "Security Department": "Voltharno", "Voltharno": None, "Law Clinic": "Oldmere State University",
        "Oldmere State University": None, "Këshilli Gjyqësor i Tessalës": None}
    assert [p.name for p in ex.people] == ["Brinewell Quist", "Dornhallow Oday", "Ellory Tamsworth"]


def test_an_acronym_of_syllables_in_brackets(extract_text):
    # tests/gold_blind244: "the Federal Electricity Commission (ElCom)", then "The President of ElCom, X"
    ex = extract_text("Conference", "KEMIN, 8 April 2081 – A conference took place in Kemin today.",
                      "The conference was hosted with the Tidal Energy Commission (TidCom). The President of TidCom, "
                      "Ellory Tamsworth, said the grid held.")
    assert orgs(ex) == {"Tidal Energy Commission": ("TidCom", None)}
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Ellory Tamsworth", "President", "Tidal Energy Commission")]


def test_units_after_a_possessive_of_an_acronym_and_of_a_school(extract_text):
    ex = extract_text("Training", "KEMIN, 8 April 2081 – A training took place in Kemin today.",
                      "Ellory Tamsworth, a technical officer at the World Health Organization’s Regional Office for "
                      "Tides in Oldmere, presented an alert system. The training was organized with the Agency for "
                      "Tidal Medicines (TIDMED). Quillon Vasterby, head of the Department for Medicines Quality "
                      "Control of TIDMED, agreed. Brisvane Oday, president of the Parent Council of the Primary "
                      "School Harnvik, spoke too.")
    parents = {o.name: o.parent for o in ex.organizations}
    # the office is where it is, not named by it; a unit named by its remit of an acronym's body; a school's council
    assert parents["Regional Office for Tides"] == "World Health Organization"
    assert parents["Department for Medicines Quality Control"] == "TIDMED"
    assert parents["Parent Council"] == "Primary School Harnvik"
    assert ("Brisvane Oday", "president", "Parent Council") in {(r.person, r.title, r.organization) for r in ex.roles}


def test_a_town_government_named_by_the_town_alone(extract_text):
    # tests/gold_blind251: "Chairman of the Sarazm Jamoat X said", the model tagging none of it
    ex = extract_text("Drill", "KEMIN, 8 April 2081 – A drill took place in Kemin today.",
                      "The drill was held with the Brinewell Jamoat and the Oldmere Hukumat. Ellory Tamsworth, a "
                      "clerk, watched.")
    assert {"Brinewell Jamoat", "Oldmere Hukumat"} <= set(orgs(ex))


def test_a_body_then_another_named_before_by_its_word_alone(extract_text):
    from spacy.tokens import Span

    # tests/gold_blind251: "to the Council for National Minorities and the Ministry", tagged as one ORG
    def tag(doc):  # noqa: ANN001, ANN202
        start = next(t.i for t in doc if t.text == "Council") - 1
        return [Span(doc, start, start + 8, label="ORG")]

    ex = extract_text("Round table", "KEMIN, 8 April 2081 – A round table took place in Kemin today.",
                      "The Mission will send its findings to the Council for Tidal Minorities and the Ministry and "
                      "meet again in May.", tag=tag)
    assert set(orgs(ex)) == {"Council for Tidal Minorities"}


def test_a_unit_of_a_body_named_by_a_peoples_adjective(extract_text):
    # tests/gold_blind251: "editor-in-chief of the Turkish Programme of Macedonian Radio Television (MRT)"
    ex = extract_text("Visit", "KEMIN, 8 April 2081 – A visit took place in Kemin today.",
                      "“Radio is a school,” said Ellory Tamsworth, editor-in-chief of the Russian Service of Latvian "
                      "Tidal Radio (LTR).")
    assert {"Russian Service", "Latvian Tidal Radio"} <= set(orgs(ex))
    assert ("Ellory Tamsworth", "editor-in-chief", "Russian Service") in {
        (r.person, r.title, r.organization) for r in ex.roles}


def test_a_unit_of_a_body_named_before_by_its_word_alone(extract_text):
    # tests/gold_blind256: "head of the Laboratory for Medicine Quality Control of the Ministry", "head of the
    # Language Learning Centre of the Foundation in Jõhvi", each body named in full before
    ex = extract_text("Training", "KEMIN, 8 April 2081 – A training took place in Kemin today.",
                      "The training was held with the Ministry of Tides of Oldmere and the Harnvik Integration "
                      "Foundation.",
                      "“We test what we are brought,” said Ellory Tamsworth, head of the Laboratory for Tidal Quality "
                      "Control of the Ministry.",
                      "Quillon Vasterby, head of the Language Learning Centre of the Foundation in Brinewell, said "
                      "the Centre was full.")
    found = set(orgs(ex))
    assert "Laboratory for Tidal Quality Control" in found
    assert not any(name.endswith("of the Ministry") or name.startswith("Foundation in") for name in found)


def test_a_ministry_of_a_canton_named_with_a_list_of_portfolios(extract_text):
    # tests/gold_blind254: "the Ministry of Education, Science, Culture and Sports of Herzegovina-Neretva Canton"
    ex = extract_text("Workshop", "KEMIN, 8 April 2081 – A workshop took place in Kemin today.",
                      "The workshop was organized with the Ministry of Education, Science, Culture and Sports of "
                      "Oldmere-Harnvik Canton.")
    assert "Ministry of Education, Science, Culture and Sports of Oldmere-Harnvik Canton" in orgs(ex)


def test_the_yugoslavia_tribunal_is_listed_and_names_no_state(extract_text):
    # tests/gold_blind256: the model cut the name at "for the former"
    ex = extract_text("Training", "KEMIN, 8 April 2081 – A training took place in Kemin today.",
                      "Ellory Tamsworth, who covered the International Criminal Tribunal for the former Yugoslavia "
                      "(ICTY) in The Hague, spoke.")
    assert orgs(ex) == {"International Criminal Tribunal for the former Yugoslavia": ("ICTY", "United Nations")}
    assert not ex.states


def test_a_news_site_after_its_town(extract_text):
    # tests/gold_blind255: "an investigative reporter at the Batumi news site Adjara Today"
    ex = extract_text("Conference", "KEMIN, 8 April 2081 – A conference took place in Kemin today.",
                      "Ellory Tamsworth, an investigative reporter at the Harnvik news site Oldmere Today, said she "
                      "had been followed.")
    assert set(orgs(ex)) == {"Oldmere Today"}
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Ellory Tamsworth", "investigative reporter", "Oldmere Today")]


def test_a_unit_run_into_the_first_words_of_its_parent(extract_text):
    from spacy.tokens import Span

    # tests/gold_blind257, blind259: "head of the Office for Combating Trafficking in Human Beings of the Cyprus
    # Police", "head of the Blockchain Analytics Unit of Altyn Dala Bank" (the model tagging the unit alone)
    ex = extract_text("Training", "KEMIN, 8 April 2081 – A training took place in Kemin today.",
                      "Ellory Tamsworth, head of the Office for Combating Tidal Crime of the Oldmere Harbour Police, "
                      "spoke.")
    assert orgs(ex)["Office for Combating Tidal Crime"][1] == "Oldmere Harbour Police"

    def tag(doc):  # noqa: ANN001, ANN202
        unit = next(t.i for t in doc if t.text == "Ledger") - 1
        return [Span(doc, unit - 5, unit - 3, label="PERSON"), Span(doc, unit, unit + 4, label="ORG")]

    ex = extract_text("Training", "KEMIN, 8 April 2081 – A training took place in Kemin today.",
                      "Quillon Vasterby, head of the Ledger Analytics Unit of Harnvik Dala Bank, added that "
                      "transfers were blocked.", tag=tag)
    assert orgs(ex) == {"Ledger Analytics Unit": (None, "Harnvik Dala Bank"), "Harnvik Dala Bank": (None, None)}


def test_a_council_then_the_people_the_next_group_is_of_and_a_party(extract_text):
    # tests/gold_blind260: "members of the Roma National Council and Roma co-ordinators", "secretary-general of the
    # opposition party Civic Path (Samokalako gza)"
    ex = extract_text("Round table", "KEMIN, 8 April 2081 – A round table took place in Kemin today.",
                      "Members of the Roma Tidal Council and Roma co-ordinators from eleven towns agreed. “The same "
                      "rules for all,” said Ellory Tamsworth, secretary-general of the opposition party Tidal Path.")
    assert {"Roma Tidal Council", "Tidal Path"} <= set(orgs(ex))
    assert not any(name.endswith("and Roma") for name in orgs(ex))


def test_a_remit_against_or_in_fields_and_no_town_after_and(extract_text):
    # tests/gold_blind264, blind267: "the Unit for Protection against Domestic Violence", "the Directorate for
    # Education in Minority Languages", "brings Bureau for Reintegration Policies and Tiraspol transport officials"
    ex = extract_text("Mission brings Bureau for Tidal Policies and Oldmere transport officials together",
                      "KEMIN, 8 April 2081 – A training took place in Kemin today.",
                      "Ellory Tamsworth, head of the Unit for Protection against Tidal Violence, spoke. Quillon "
                      "Vasterby, director of the Directorate for Education in Harbour Languages, agreed.")
    found = set(orgs(ex))
    assert {"Unit for Protection against Tidal Violence", "Directorate for Education in Harbour Languages",
            "Bureau for Tidal Policies"} <= found
    assert not any(name.endswith("and Oldmere") for name in found)


def test_an_acronym_of_the_own_language_name_in_brackets(extract_text):
    # tests/gold_blind263: "the National Agency for Social Assistance (Agentia Nationala Asistenta Sociala, ANAS)",
    # then "Director of ANAS X Y presented"; tests/gold_blind3: a remit after "against" stops before a State
    ex = extract_text("Conference", "KEMIN, 8 April 2081 – A conference took place in Kemin today.",
                      "The conference was organized with the National Agency for Tidal Assistance (Agentia Nationala "
                      "Asistenta Tidala, ANAT). Director of ANAT Ellory Tamsworth presented the Agency's plan. "
                      "Quillon Vasterby works at the Office for Prevention and Fight against Money Laundering and "
                      "Moldova's police.")
    found = orgs(ex)
    assert found["National Agency for Tidal Assistance"][0] == "ANAT"
    assert "ANAT" not in found
    assert "Office for Prevention and Fight against Money Laundering" in found


def test_a_headlines_list_of_bodies_and_a_clause_subject_after_a_comma(extract_text):
    from spacy.tokens import Span

    # tests/gold_blind272, blind273: "OSCE round table in Budva brings Agency for Prevention of Corruption, Ombudsman
    # and political parties together" (tagged as one ORG from "Budva" to "Ombudsman"), "When I write about pollution,
    # the company calls the editor"
    def tag(doc):  # noqa: ANN001, ANN202
        town = next(t.i for t in doc if t.text == "Oldmere")
        return [Span(doc, town, town + 9, label="ORG")]

    title = "OSCE round table in Oldmere brings Agency for Prevention of Tides, Ombudsman and parties together"
    ex = extract_text(title, "KEMIN, 8 April 2081 – A round table took place in Kemin today.", tag=tag)
    assert set(orgs(ex)) == {"Agency for Prevention of Tides"}
    ex = extract_text("Conference", "KEMIN, 8 April 2081 – A conference took place in Kemin today.",
                      "“When I write about pollution, the company calls the editor,” said Ellory Tamsworth, a reporter "
                      "at the Harnvik Tidal Times.")
    assert "pollution" not in orgs(ex)


def test_a_former_state_cut_by_a_states_name_and_a_unit_tagged_apart_from_its_remit(extract_text):
    # tests/gold_blind289, blind290: "the period of the State Union of Serbia and Montenegro" (no organization),
    # "a hydrologist at the Agency | for | Hydrometeorology of the Committee for Environmental Protection" (the model
    # tagged the organization word alone)
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        agency = next(t.i for t in doc if t.text == "Agency")
        end = next(t.i for t in doc[agency:] if t.text == ",")
        person = next(t.i for t in doc if t.text == "Ellory")
        ours = [Span(doc, agency, agency + 1, label="ORG"), Span(doc, agency + 2, end, label="ORG"),
                Span(doc, person, person + 2, label="PERSON")]
        taken = {i for span in ours for i in range(span.start, span.end)}
        return sorted(ours + [e for e in doc.ents if e.ent_id_ and not taken.intersection(range(e.start, e.end))])

    ex = extract_text("Training", "“The gauges work,” said Ellory Tamsworth, a hydrologist at the Agency for Tidal "
                      "Gauging of the Committee for Coastal Protection, “but the batteries freeze.” The course "
                      "recalled the State Union of Serbia and Montenegro.", tag=tag)
    assert {(o.name, o.parent) for o in ex.organizations} == {
        ("Agency for Tidal Gauging", "Committee for Coastal Protection"), ("Committee for Coastal Protection", None)}


def test_a_place_or_a_state_closes_a_body_named_by_its_members_or_its_remit(extract_text):
    # tests/gold_blind314, blind315, blind317, blind300: "head of the State Agency for Religious Issues of Georgia",
    # "the Religious Community of Mountain Jews of Baku", "the Association of German Sinti and Roma in
    # Baden-Württemberg", "the Regional Society of Romanians of Zakarpattia", "the Commission for Missing Persons of the
    # Republic of Serbia"
    ex = extract_text("Conference", "KEMIN, 8 April 2081 – A conference took place in Kemin today.",
                      "Ellory Tamsworth, head of the State Agency for Tidal Issues of Georgia, described the rules. "
                      "The chairman of the Religious Community of Mountain Jews of Baku, Quillon Vasterby, spoke about "
                      "the community.")
    assert set(orgs(ex)) == {"State Agency for Tidal Issues of Georgia", "Religious Community of Mountain Jews of Baku"}
    ex = extract_text("Training", "KEMIN, 8 April 2081 – A training took place in Kemin today.",
                      "Ellory Tamsworth, a mediator with the Association of German Sinti and Roma in "
                      "Baden-Württemberg, works in schools in Mannheim. Quillon Vasterby, chair of the Regional "
                      "Society of Romanians of Zakarpattia, agreed.")
    assert set(orgs(ex)) == {"Association of German Sinti and Roma in Baden-Württemberg",
                             "Regional Society of Romanians of Zakarpattia"}
    ex = extract_text("Conference", "KEMIN, 8 April 2081 – A conference took place in Kemin today.",
                      "Deputy Chair of the Commission for Missing Persons of the Republic of Serbia Ellory Tamsworth "
                      "told the conference that the files were open.")
    assert set(orgs(ex)) == {"Commission for Missing Persons of the Republic of Serbia"}


def test_a_town_the_model_tagged_as_an_organization_closes_a_bodys_name(extract_text):
    # tests/gold_blind314: "Commander of the Professional Fire Brigade of Doboj Zdravkan Petrušević led ..." ("Doboj" a
    # one-word ORG of the model)
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        brigade = next(t.i for t in doc if t.text == "Professional") - 1
        town = next(t.i for t in doc if t.text == "Oldmere")
        return [Span(doc, brigade, town - 1, label="ORG"), Span(doc, town, town + 1, label="ORG"),
                Span(doc, town + 1, town + 3, label="PERSON")]

    ex = extract_text("Exercise", "Commander of the Professional Fire Brigade of Oldmere Ellory Tamsworth led a night "
                      "exercise on the bank of the river.", tag=tag)
    assert set(orgs(ex)) == {"Professional Fire Brigade of Oldmere"}


def test_a_regions_body_a_party_and_a_name_joined_by_a_hyphen_after_its_kind(extract_text):
    # tests/gold_blind321, blind322, blind21: "the Secretariat of the Arctic Council in Tromsø" ("Arctic" a place of
    # the model), "the Democratic Party of Albania", "Estonia’s Political Party Financing Surveillance Committee", "the
    # NGO Promo-LEX", "the European Union Border Assistance Mission to Moldova and Ukraine (EUBAM)"
    ex = extract_text("Conference", "KEMIN, 8 April 2081 – A conference took place in Kemin today.",
                      "The Director of the Secretariat of the Arctic Council in Tromsø, Ellory Tamsworth, said the "
                      "working groups would share data.")
    assert set(orgs(ex)) == {"Arctic Council"}
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Ellory Tamsworth, a member of Estonia’s Political Party Financing Surveillance Committee, "
                      "spoke. Quillon Vasterby, a deputy chair of the Democratic Party of Albania, asked for a paper "
                      "trail. "
                      "Brisvane Oday, a lawyer at the NGO Promo-LEX, reminded the meeting of the cars.")
    assert set(orgs(ex)) == {"Political Party Financing Surveillance Committee", "Democratic Party of Albania",
                             "Promo-LEX"}
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "The Head of the European Union Border Assistance Mission to Moldova and Ukraine (EUBAM), Ellory "
                      "Tamsworth, called the plates useful.")
    assert set(orgs(ex)) == {"European Union Border Assistance Mission to Moldova and Ukraine"}
    assert [p.name for p in ex.people] == ["Ellory Tamsworth"]


def test_a_remit_goes_on_past_a_participle(extract_text):
    # tests/gold_blind50: "Secretary of the Working Party on Customs Questions affecting Transport of the UNECE"
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Ellory Tamsworth, Secretary of the Working Party on Tidal Questions affecting Transport, spoke.")
    assert set(orgs(ex)) == {"Working Party on Tidal Questions affecting Transport"}


def test_a_unit_named_by_its_remit_before_a_body_named_elsewhere(extract_text):
    # tests/gold_blind317, blind328, blind300: "head of the Department for Combating Trafficking in Persons of the
    # Ministry of Internal Affairs" after "the Ministry of Internal Affairs of Turkmenistan", "director of the
    # Secretariat for Social Welfare of the Capital City" with "the Capital City of Podgorica" written before (the model
    # tagged each whole)
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        person = next(t.i for t in doc if t.text == "Ellory")
        unit = next(t.i for t in doc if t.text == "Secretariat")
        return [Span(doc, person, person + 2, label="PERSON"), Span(doc, unit - 1, unit + 8, label="ORG")]

    ex = extract_text("Workshop", "KEMIN, 8 April 2081 – The Mission organized a workshop with the Capital City of "
                      "Tessaly today.", "“A flat is only half the answer,” said Ellory Tamsworth, director of the "
                      "Secretariat for Tidal Welfare of the Capital City. “The other half is a job.”", tag=tag)
    assert "Secretariat for Tidal Welfare" in orgs(ex)
    assert not any(name.endswith("of the Capital City") for name in orgs(ex))


def test_a_headline_lists_bodies_without_their_article(extract_text):
    # tests/gold_blind331, blind330, blind329: "... with Tourism Committee, Ministry of Water Resources and Council of
    # Ministers of Karakalpakstan", "... with Ministry of Culture, State Police and IKTK", "... with Supreme Court,
    # Ministry of Ecology and Aarhus Centres in Ust-Kamenogorsk"
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        first = next(t.i for t in doc if t.text == "Ministry")
        end = next(t.i for t in doc if t.text == "\n\n") if any(t.text == "\n\n" for t in doc) else len(doc)
        return [Span(doc, first, end, label="ORG")]

    ex = extract_text("OSCE holds conference in Kemin on water with Ministry of Water Resources and Council of "
                      "Ministers of Tessaly", "KEMIN, 8 April 2081 – A conference took place in Kemin today.", tag=tag)
    assert {"Ministry of Water Resources", "Council of Ministers of Tessaly"} <= set(orgs(ex))
    ex = extract_text("OSCE holds workshop in Kemin on heritage with Ministry of Culture, State Police and IKTK",
                      "KEMIN, 8 April 2081 – A workshop took place in Kemin today.", tag=tag)
    assert "Ministry of Culture" in orgs(ex)
    assert not any("State Police" in name and "Ministry" in name for name in orgs(ex))
    ex = extract_text("OSCE holds seminar on courts with Supreme Court, Ministry of Ecology and Aarhus Centres in "
                      "Kemin", "KEMIN, 8 April 2081 – A seminar took place in Kemin today.")
    assert "Ministry of Ecology" in orgs(ex)


def test_a_body_in_one_town_and_another_and_bodies_of_a_kind_after_and(extract_text):
    # tests/gold_blind332, blind334: "... and Yerevan Press Club in Yerevan and Gyumri", "... with Ministry of Health,
    # Institute of Public Health and Roma NGOs"
    ex = extract_text("OSCE Representative visits Tessaly, meets Media Commission and Oldmere Press Club in Kemin and "
                      "Harnvik", "KEMIN, 8 April 2081 – The Representative ended a visit today.")
    assert not any(name.endswith("and Harnvik") for name in orgs(ex))
    ex = extract_text("OSCE round table in Kemin with Ministry of Health, Institute of Public Health and Roma NGOs",
                      "KEMIN, 8 April 2081 – A round table took place in Kemin today.")
    assert {"Ministry of Health", "Institute of Public Health"} <= set(orgs(ex))
    assert not any("NGOs" in name for name in orgs(ex))


def test_a_people_after_and_is_no_word_of_a_bodys_name(extract_text):
    # tests/gold_blind335: "... with Ministry of Education, Institute for the Improvement of Education and Roma teaching
    # assistants on inclusive education"
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        first = next(t.i for t in doc if t.text == "Institute")
        return [Span(doc, first, first + 6, label="ORG")]

    ex = extract_text("OSCE training in Kemin with Institute for the Improvement of Tides and Roma teaching assistants",
                      "KEMIN, 8 April 2081 – A training took place in Kemin today.", tag=tag)
    assert "Institute for the Improvement of Tides" in orgs(ex)
    assert not any(name.endswith("and Roma") for name in orgs(ex))


def test_hyphened_words_after_and_a_broadcaster_with_and_two_towns_and_a_region_of_the(extract_text):
    # tests/gold_blind349-blind351: "State Secretary at the Ministry of Political System and Inter-Community
    # Relations", "the regional public broadcaster Adjara TV and Radio", "meets ... and Integration Foundation in
    # Tallinn and Narva", "the Main Internal Affairs Department of the Osh Region"
    ex = extract_text("OSCE visits Tessaly, meets Ministry of Tides and Harnvik Foundation in Oldmere and Kemin",
                      "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "“Rumours travel fast,” said Ellory Tamsworth, State Secretary at the Ministry of Political "
                      "System and Inter-Community Relations. The Representative visited the regional public "
                      "broadcaster Oldmere TV and Radio. Quillon Vasterby, head of the Community Policing Division of "
                      "the Main Internal Affairs Department of the Harnvik Region, presented the results.")
    found = orgs(ex)
    assert {"Ministry of Political System and Inter-Community Relations", "Oldmere TV and Radio", "Harnvik Foundation",
            "Main Internal Affairs Department of the Harnvik Region"} <= set(found)
    assert not {"Harnvik Foundation in Oldmere", "Oldmere TV", "Main Internal Affairs Department"} & set(found)


def test_a_safe_house_of_a_compass_part_and_an_acronym_of_a_name_in_sentence_case(extract_text):
    # tests/gold_blind207, blind268: "The director of the Women’s Safe House of the North, X, showed ...", "Italy's
    # National Anti-Mafia and Anti-Terrorism Directorate (Direzione nazionale antimafia e antiterrorismo, DNAA)"
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "The director of the Women’s Safe House of the North, Ellory Tamsworth, showed the rooms. "
                      "Quillon Vasterby, a magistrate of Italy's National Tides Directorate (Direzione nazionale delle "
                      "maree e dei porti, DNMP), described the work.")
    found = orgs(ex)
    assert {"Women’s Safe House of the North", "National Tides Directorate"} <= set(found)
    assert found["National Tides Directorate"][0] == "DNMP"
    assert not {"Women’s Safe House", "DNMP"} & set(found)


def test_a_remits_from_two_towns_of_a_diocese_and_a_peoples_possessive_after_and(extract_text):
    # tests/gold_blind318, blind345: "the Office of the Commissioner for Protection from Discrimination", "the Diocese
    # of Raška and Prizren of the Serbian Orthodox Church", "with Police Directorate, Ministry of Interior and Women’s
    # Police Network" (a headline)
    ex = extract_text("OSCE holds round table in Kemin with Police Directorate, Ministry of Interior and Women’s "
                      "Police Network", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "The round table was organized with the Office of the Commissioner for Protection from "
                      "Discrimination. Father Ellory Tamsworth, spokesperson of the Diocese of Oldmere and Harnvik, "
                      "thanked the municipality.")
    found = orgs(ex)
    assert {"Office of the Commissioner for Protection from Discrimination", "Diocese of Oldmere and Harnvik",
            "Ministry of Interior", "Women’s Police Network"} <= set(found)
    assert not {"Office of the Commissioner for Protection", "Diocese of Oldmere", "Ministry of Interior and Women"} \
        & set(found)


def test_a_units_owner_with_and_keeps_its_possessive(extract_text):
    # tests/gold_blind82: "a senior mediation adviser at the United Nations Department of Political and Peacebuilding
    # Affairs’ Mediation Support Unit" (a body's possessive, no people's); "a member of the Working Group on Transport
    # and Road Infrastructure from Tiraspol" (where its members come from, no word of its name)
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "The lecturers included Ellory Tamsworth, a senior mediation adviser at the United Nations "
                      "Department of Political and Peacebuilding Affairs’ Mediation Support Unit. Quillon Vasterby, a "
                      "member of the Working Group on Tides and Road Infrastructure from Oldmere, said her side wanted "
                      "faster registration.")
    found = orgs(ex)
    assert {"United Nations Department of Political and Peacebuilding Affairs", "Mediation Support Unit",
            "Working Group on Tides and Road Infrastructure"} <= set(found)


def test_an_acronym_of_an_own_language_name_with_short_words_and_a_rector_after_his_university(extract_text):
    # tests/gold_blind354, blind29: "the Media Council for Self-Regulation (Medijski savjet za samoregulaciju, MSS)",
    # "Urgench State University Rector X Y reminded ..." (the model's "Urgench State University Rector X Y")
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "The Mission organized the workshop with the Tessaly Media Council (Medijski savjet za "
                      "samoregulaciju, MSS). Urgench State University Rector Ellory Tamsworth reminded the students "
                      "that the city stands in an oasis.")
    found = orgs(ex)
    assert found["Tessaly Media Council"][0] == "MSS" and "MSS" not in found
    assert "Urgench State University" in found and "Urgench State University Rector" not in found


def test_a_headlines_last_town_and_the_population_a_ministrys_portfolios_are_of(extract_text):
    # tests/gold_blind361, blind362: "... with Association for Local Autonomy, municipal councils and Central Election
    # Commission in Shkodër" (a headline: the town is where the news took place), "the Ministry of Labour, Migration and
    # Employment of Population"
    ex = extract_text("OSCE holds conference with Association for Local Autonomy, municipal councils and Central "
                      "Election Commission in Oldmere", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "The agency reports to the Ministry of Labour, Migration and Employment of Population.")
    found = orgs(ex)
    assert {"Central Election Commission", "Ministry of Labour, Migration and Employment of Population"} <= set(found)
    assert "Central Election Commission in Oldmere" not in found


def test_names_with_their_translation_in_brackets_and_a_convention_on_a_body_word(extract_text):
    # tests/gold_blind378, blind379, blind382, blind377, blind375: "coordinator of the civic initiative Azat Hraparak
    # (Free Square)", "director of Kivotos Elpidas (Ark of Hope), a non-governmental organization", "programme
    # coordinator at Lëvizja Transparenca (Transparency Movement), a civic group", "the civic association Bashkë-Zaedno
    # (Together)", "a disability inclusion officer at the National Electoral Institute (Instituto Nacional Electoral,
    # INE)", "the European Convention on Transfrontier Television" (a document)
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Tamsin Vorley, coordinator of the civic initiative Azat Harnvikian (Free Square), said young "
                      "activists needed training. Orrin Marchbanks, director of Kivotos Oldmerion (Ark of Hope), a "
                      "non-governmental organization, showed the rooms. Brisvane Oday, programme coordinator at "
                      "Lëvizja Tessalyja (Transparency Movement), a civic group, spoke. Quillon Vasterby, executive "
                      "director of the civic association Bashkë-Kemin (Together), led the group work. Ellory "
                      "Tamsworth, a disability inclusion officer at the National Electoral Institute (Instituto "
                      "Nacional Electoral, INE), presented a template. She cited the European Convention on "
                      "Transfrontier Television.")
    found = orgs(ex)
    assert {"Azat Harnvikian", "Kivotos Oldmerion", "Lëvizja Tessalyja", "Bashkë-Kemin",
            "National Electoral Institute"} <= set(found)
    assert not {name for name in found if "(" in name or "Convention" in name}
    assert {r.person: r.organization for r in ex.roles} == {
        "Tamsin Vorley": "Azat Harnvikian", "Orrin Marchbanks": "Kivotos Oldmerion",
        "Brisvane Oday": "Lëvizja Tessalyja", "Quillon Vasterby": "Bashkë-Kemin",
        "Ellory Tamsworth": "National Electoral Institute"}
    assert {p.name for p in ex.people} == {"Tamsin Vorley", "Orrin Marchbanks", "Brisvane Oday", "Quillon Vasterby",
                                          "Ellory Tamsworth"}


def test_postings_numbered_schools_compound_heads_and_a_holders_office_tagged_apart(extract_text):
    # tests/gold_blind376, blind275, blind379, blind382, blind380: "a programme manager at the European Union Delegation
    # to the Republic of Moldova", "Director of the Uyghur School-Gymnasium No. 101 X Y showed ...", "director of the
    # Itchan Kala State Museum-Reserve", "the Department for Combating Economic Crimes (DCEC) under the Prosecutor
    # General's Office of the Republic of Uzbekistan", "The Chair of the OSCE Informal Working Group on Cyber Security"
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "“It works,” said Tamsin Vorley, a programme manager at the European Union Delegation to the "
                      "Republic of Moldova. In Oldmere, Director of the Harnvik School-Gymnasium No. 101 Orrin "
                      "Marchbanks showed the classes. Brisvane Oday, director of the Tessaly State Museum-Reserve, "
                      "spoke. The workshop was held by the Department for Combating Economic Crimes (DCEC) under the "
                      "Prosecutor General's Office of the Republic of Uzbekistan. The Chair of the OSCE Informal "
                      "Working Group on Cyber Security, Ambassador Quillon Vasterby, opened it.")
    found = orgs(ex)
    assert {"European Union Delegation to the Republic of Moldova", "Harnvik School-Gymnasium No. 101",
            "Tessaly State Museum-Reserve", "Prosecutor General's Office of the Republic of Uzbekistan",
            "OSCE Informal Working Group on Cyber Security"} <= set(found)


def test_a_units_parent_named_after_the_peoples_possessive_and_a_former_union(extract_text):
    # tests/gold_blind380, blind379: "The head of the Department for the Prevention of Torture of the People’s Advocate
    # Office, X Y, said ...", "documents issued under the former Union of Soviet Socialist Republics"
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "The head of the Department for the Prevention of Torture of the People’s Advocate Office, "
                      "Ellory Tamsworth, said his monitors had visited nine institutions. Some documents issued under "
                      "the former Union of Soviet Socialist Republics are still presented at crossings.")
    found = orgs(ex)
    assert {"Department for the Prevention of Torture", "People’s Advocate Office"} <= set(found)
    assert not {name for name in found if "Soviet" in name or name.endswith("People")}
    assert {(r.person, r.title, r.organization) for r in ex.roles} == {
        ("Ellory Tamsworth", "head", "Department for the Prevention of Torture")}


def test_an_acronym_in_brackets_with_the_place_closing_the_name(extract_text):
    # tests/gold_blind390, blind375: "a researcher at the European Centre for Minority Issues Kosovo (ECMI Kosovo)"
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "“Researchers can count the signs,” said Tamsin Vorley, a researcher at the European Centre for "
                      "Minority Issues Kosovo (ECMI Kosovo).")
    assert "European Centre for Minority Issues Kosovo" in orgs(ex)
    assert {(r.person, r.organization) for r in ex.roles} == {
        ("Tamsin Vorley", "European Centre for Minority Issues Kosovo")}


def test_a_one_word_workplace_after_an_occupations_at_or_of(extract_text):
    # tests/gold_blind392, blind300s: "a loan officer at Zarafshonkreditbonk,", "chief information security officer of
    # Transelectrica,", "executive director of Promo-LEX,", "president of the Casa do Brasil de Lisboa"; not "a resident
    # of Kemin", "a senior adviser at the Sámediggi" (a name other rules pair), "Minister of Justice"
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Ellory Tamsworth, a loan officer at Harnvikbonk, said farmers borrow. “Attackers,” said Quillon "
                      "Vasterby, chief information security officer of Tesselgrid, “no longer need to blow up a "
                      "substation.” Brisvane Oday, executive director of Promo-HARN, called the law weak. Orrin "
                      "Marchbanks, president of the Casa do Oldmere, spoke next. Tamsin Vorley, a resident of Kemin, "
                      "and a senior adviser at the Oldmeretinget listened.")
    found = orgs(ex)
    assert {"Harnvikbonk", "Tesselgrid", "Promo-HARN", "Casa do Oldmere"} <= set(found)
    assert not {"Kemin", "Oldmeretinget"} & set(found)
    assert {(r.person, r.organization) for r in ex.roles} >= {
        ("Ellory Tamsworth", "Harnvikbonk"), ("Quillon Vasterby", "Tesselgrid"), ("Brisvane Oday", "Promo-HARN"),
        ("Orrin Marchbanks", "Casa do Oldmere")}


def test_own_language_names_with_lower_case_words_and_the_state_after_them(extract_text):
    # tests/gold_blind416, blind420, blind422, blind423, blind396, blind417: "the Udruženje žrtava Kozare", "the Centar
    # za građansku hrabrost,", "the Združenje policistk Slovenije", "the Fondazzjoni Xatt il-Kenn", "the Asociația
    # Profesorilor de Istorie din Moldova", "the Consell General of Andorra", "the Institut d’Estudis Andorrans"; not
    # "the Shoqata trained ..." (a verb), "the Casa do Oldmere in Kemin" (an English word ends the name)
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Ellory Tamsworth, president of the Udruženje žrtava Harnvika, spoke. Quillon Vasterby, "
                      "programme director of the Centar za građansku hrabrost, spoke. Brisvane Oday, chairwoman of the "
                      "Združenje policistk Oldmerije, spoke. Orrin Marchbanks, director of the Fondazzjoni Xatt "
                      "il-Kemin, spoke. Tamsin Vorley, president of the Asociația Profesorilor de Istorie din Moldova, "
                      "spoke.",
                      "The meeting was hosted by the Consell General of Andorra. Marivelle Oday, a glaciologist at the "
                      "Institut d’Estudis Oldmerans, showed the data. The Shoqata trained Tessaly police. The guests "
                      "visited the Casa do Oldmere in Kemin.")
    found = set(orgs(ex))
    assert {"Udruženje žrtava Harnvika", "Centar za građansku hrabrost", "Združenje policistk Oldmerije",
            "Fondazzjoni Xatt il-Kemin", "Asociația Profesorilor de Istorie din Moldova", "Consell General of Andorra",
            "Institut d’Estudis Oldmerans", "Casa do Oldmere"} <= found
    assert not {"Udruženje", "Centar", "Združenje", "Shoqata trained Tessaly", "Casa do Oldmere in Kemin"} & found
    assert {(r.person, r.organization) for r in ex.roles} >= {
        ("Ellory Tamsworth", "Udruženje žrtava Harnvika"), ("Quillon Vasterby", "Centar za građansku hrabrost"),
        ("Brisvane Oday", "Združenje policistk Oldmerije"), ("Orrin Marchbanks", "Fondazzjoni Xatt il-Kemin"),
        ("Tamsin Vorley", "Asociația Profesorilor de Istorie din Moldova"),
        ("Marivelle Oday", "Institut d’Estudis Oldmerans")}


def test_a_school_named_after_a_person_the_model_tagged_apart(extract_text):
    # tests/gold_blind441, blind447-blind449, blind452: "at Al-Farabi Kazakh National University", "the Magtymguly
    # Turkmen State University", "the Ştefan cel Mare Police Academy", where the model tagged the person apart
    ex = extract_text("Meeting", "KEMIN, 9 March 2029 – A meeting took place in Kemin today.",
                      "Ellory Tamsworth, a lecturer at al-Farabi Kazakh National University, spoke first. Quillon "
                      "Vasterby, a lecturer in law at the Magtymguly Turkmen State University, spoke next. Orrin "
                      "Marchbanks, professor of criminal law at the Ştefan cel Mare Police Academy, also spoke.",
                      "At Oldmere Public School No. 5, the director Brisvane Oday welcomed the guests.")
    names = set(orgs(ex))
    assert {"al-Farabi Kazakh National University", "Magtymguly Turkmen State University",
            "Ştefan cel Mare Police Academy", "Oldmere Public School No. 5"} <= names
    assert not {"Kazakh National University", "Turkmen State University", "Mare Police Academy"} & names


def test_a_unit_the_model_tagged_as_nothing_after_the_possessive_of_a_body_named_before(extract_text):
    # tests/gold_blind449, blind452, blind455: "said X, head of the Mission’s Media Unit" after "the OSCE Mission to
    # Serbia", the unit tagged as nothing
    ex = extract_text("Workshop", "OLDMERE, 9 March 2029 – The OSCE Mission to Serbia held a workshop today.",
                      "“Threats are rising,” said Ellory Tamsworth, head of the Mission’s Media Unit. “We counted "
                      "them.” Orrin Marchbanks trained at Her Majesty’s Tide Watch Unit.")
    assert "Media Unit" in orgs(ex)
    assert ("Ellory Tamsworth", "head", "Media Unit") in {(r.person, r.title, r.organization) for r in ex.roles}
    assert "Tide Watch Unit" not in orgs(ex)  # (no body named before owns it)
