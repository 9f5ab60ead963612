"""Roles from appositions, pre-nominal titles and speaker lists; the most specific organization."""

from __future__ import annotations

import datetime as dt

import pytest


def roles(extraction) -> set[tuple]:
    return {(r.person, r.title, r.organization, r.state) for r in extraction.roles}


def test_apposition_and_prenominal_titles(extract_text):
    ex = extract_text(
        "Regional meeting on policing",
        "SARAJEVO, 9 September 2020 – “Trust is built locally,” said Lena Morgenstern, Executive Director of the "
        "International Centre for Migration Policy Development.",
        "OSCE Secretary General Tomas Kovarik opened the meeting together with Croatia’s State Secretary of the "
        "Justice Ministry, Ivo Maretić.",
    )
    assert roles(ex) == {
        ("Lena Morgenstern", "Executive Director", "International Centre for Migration Policy Development", None),
        ("Tomas Kovarik", "Secretary General", "OSCE", None),
        ("Ivo Maretić", "State Secretary", "Justice Ministry", "Croatia"),
    }


def test_speaker_list_gives_each_title_to_the_name_after_it(extract_text):
    ex = extract_text(
        "Forum closes",
        "PRAGUE, 11 September 2019 – Speakers included Director of the OSCE Conflict Prevention Centre, "
        "Aurelio Bianchi, Director of UNDP’s Bureau for Policy Support, Kwame Asante, and ILO’s Regional "
        "Director for Europe, Sigrid Halvorsen.",
    )
    assert roles(ex) == {
        ("Aurelio Bianchi", "Director", "OSCE Conflict Prevention Centre", None),
        ("Kwame Asante", "Director", "Bureau for Policy Support", None),
        ("Sigrid Halvorsen", "Regional Director for Europe", "ILO", None),
    }


def test_state_officials_without_a_ministry_have_no_organization(extract_text):
    ex = extract_text(
        "Ministers meet",
        "LISBON, 2 February 2021 – The Portuguese Secretary of State for Internal Administration, Rui Tavares "
        "Sampaio, welcomed the delegates.",
    )
    assert roles(ex) == {("Rui Tavares Sampaio", "Secretary of State for Internal Administration", None, "Portugal")}


def test_rank_before_the_name_gives_way_to_the_office_after_it(extract_text):
    ex = extract_text(
        "Field visit",
        "SKOPJE, 5 May 2020 – Ambassador Clara Weissmann, Head of the OSCE Mission to Skopje, visited the area.",
    )
    assert roles(ex) == {("Clara Weissmann", "Head", "OSCE Mission to Skopje", None)}


def test_seed_roles(seed_extractions):
    assert ("Yury Fedotov", "Executive Director", "United Nations Office on Drugs and Crime", None) in roles(
        seed_extractions["000"])
    assert ("Aleksandar Nikolić", "State Secretary", "Interior Ministry", "Serbia") in roles(seed_extractions["000"])
    assert ("John Brandolino", "Director", "Division for Treaty Affairs", None) in roles(seed_extractions["002"])
    assert ("Marcin Czapliński", "Deputy Permanent Representative", None, "Poland") in roles(seed_extractions["003"])
    assert ("Petya Nestorova", "Executive Secretary", "Council of Europe", None) in roles(seed_extractions["003"])


def test_office_then_rank_then_name(extract_text):
    ex = extract_text(
        "Mission head visits",
        "BELGRADE, 5 May 2020 – The Head of the OSCE Mission to Serbia, Ambassador Joaquín Ferrer Llorca, "
        "said the talks were useful. Ambassador Peter K. Lindgren also attended.",
    )
    assert roles(ex) == {("Joaquín Ferrer Llorca", "Head", "OSCE Mission to Serbia", None)}
    assert {p.name for p in ex.people} == {"Joaquín Ferrer Llorca", "Peter K. Lindgren"}


def test_office_named_as_an_institution_and_a_title_used_alone(extract_text):
    ex = extract_text(
        "Visit concludes",
        "TBILISI, 12 February 2020 – The OSCE Representative on Freedom of the Media, Oskar Lindahl-Berg, "
        "concluded a visit today.",
        "“Journalists must be able to work safely,” said the Representative.",
    )
    assert roles(ex) == {("Oskar Lindahl-Berg", "Representative on Freedom of the Media", "OSCE", None)}
    assert [q.speaker for q in ex.quotes] == ["Oskar Lindahl-Berg"]


def test_two_offices_with_two_owners_postings_and_occupations(extract_text):
    ex = extract_text(
        "Chairperson visits the region",
        "SKOPJE, 2 May 2021 – The OSCE Chairperson-in-Office and Minister for Foreign Affairs of Sweden, Annika "
        "Bergqvist, met Prime Minister Edon Kraja and the Head of the OSCE Mission to Skopje, Ambassador Piotr "
        "Nowicki-Zaręba.",
        "Canada’s Ambassador to North Macedonia, Marie-Claude Tremblay, and Deputy Minister of Justice Arben Dervishi "
        "joined the meeting, as did Luan Hoxha, a reporter for the broadcaster Radio Vardar.",
        "“Reform takes time,” the Head of Mission said.",
    )
    found = roles(ex)
    assert ("Annika Bergqvist", "Chairperson-in-Office", "OSCE", None) in found
    assert ("Annika Bergqvist", "Minister for Foreign Affairs", None, "Sweden") in found
    assert ("Edon Kraja", "Prime Minister", None, None) in found
    assert ("Marie-Claude Tremblay", "Ambassador to North Macedonia", None, "Canada") in found
    assert ("Arben Dervishi", "Deputy Minister of Justice", None, None) in found
    assert ("Luan Hoxha", "reporter", "Radio Vardar", None) in found
    assert [q.speaker for q in ex.quotes] == ["Piotr Nowicki-Zaręba"]


def test_offices_sharing_one_owner_stay_one_title(extract_text):
    ex = extract_text(
        "Trafficking report",
        "VIENNA, 5 May 2020 – The OSCE Special Representative and Co-ordinator for Combating Trafficking in Human "
        "Beings, Tamar Kiknadze, presented the report.",
    )
    assert roles(ex) == {("Tamar Kiknadze",
                          "Special Representative and Co-ordinator for Combating Trafficking in Human Beings",
                          "OSCE", None)}


def test_a_title_ending_in_its_portfolio_then_the_name(extract_text):
    ex = extract_text(
        "Minority education discussed",
        "RIGA, 10 May 2023 – The visitors met Latvia’s Minister of Education and Science Ilona Vītola and "
        "Speaker of the Saeima Jānis Ozoliņš. Deputy Minister of Interior Kaspars Liepa also attended.",
    )
    assert roles(ex) == {
        ("Ilona Vītola", "Minister of Education and Science", None, "Latvia"),
        ("Jānis Ozoliņš", "Speaker", "Saeima", None),
        ("Kaspars Liepa", "Deputy Minister of Interior", None, None),
    }
    assert {o.name for o in ex.organizations} == {"Saeima"}


def test_institution_titles_acronyms_and_brackets_before_the_name(extract_text):
    ex = extract_text(
        "Experts meet",
        "VIENNA, 10 May 2023 – The OSCE High Commissioner on National Minorities Torvald Ekdahl met Director of "
        "the OSCE Office for Democratic Institutions and Human Rights (ODIHR) Paolo Severini and UNECE Executive "
        "Secretary Hana Dvořáková.",
        "“Trust takes time,” said Ekdahl.",
    )
    assert roles(ex) == {
        ("Torvald Ekdahl", "High Commissioner on National Minorities", "OSCE", None),
        ("Paolo Severini", "Director", "OSCE Office for Democratic Institutions and Human Rights", None),
        ("Hana Dvořáková", "Executive Secretary", "UNECE", None),
    }
    assert [q.speaker for q in ex.quotes] == ["Torvald Ekdahl"]


def test_field_operation_heads_delegations_and_two_offices(extract_text):
    ex = extract_text(
        "Security dialogue",
        "VIENNA, 10 May 2023 – Speakers included the Head of the OSCE Mission to Bosnia and Herzegovina, "
        "Ambassador Lorenz Gruber, and Mira Kovač, Head of the OSCE Programme Office in Bishkek.",
        "The Chair of the Forum for Security Co-operation, Ambassador Elena Borg of Malta, also spoke. OSCE "
        "Chairperson-in-Office and Foreign Minister of Finland Aino Virtanen opened the session.",
    )
    found = roles(ex)
    assert ("Lorenz Gruber", "Head", "OSCE Mission to Bosnia and Herzegovina", None) in found
    assert ("Mira Kovač", "Head", "OSCE Programme Office in Bishkek", None) in found
    assert ("Elena Borg", "Chair", "Forum for Security Co-operation", None) in found
    assert ("Aino Virtanen", "Chairperson-in-Office", "OSCE", None) in found
    assert ("Aino Virtanen", "Foreign Minister", None, "Finland") in found


def test_occupations_with_qualifiers_and_employers(extract_text):
    ex = extract_text(
        "Border officers trained",
        "DUSHANBE, 3 March 2021 – Tserenbat Oyun, a senior trainer at Mongolia's Customs Service Agency, led the "
        "first session. Kenji Mori, a passport examiner with the Immigration Control Bureau, and Lara Petrić, "
        "victim support co-ordinator at the Municipal Court in Split, spoke next.",
    )
    found = roles(ex)
    assert ("Tserenbat Oyun", "senior trainer", "Customs Service Agency", None) in found
    assert ("Kenji Mori", "passport examiner", "Immigration Control Bureau", None) in found
    assert ("Lara Petrić", "victim support co-ordinator", "Municipal Court in Split", None) in found


def test_hyphenated_title_prefix_and_a_unit_of_a_named_parent(extract_text):
    ex = extract_text(
        "Forum on energy",
        "VIENNA, 3 March 2021 – Norway’s Vice-Minister of Energy and Climate, Ole Brattvik, opened the forum. "
        "The Chief of the Small Arms Section of the United Nations Office for Disarmament Affairs, Amara Diallo, "
        "spoke next.",
    )
    found = roles(ex)
    assert ("Ole Brattvik", "Vice-Minister of Energy and Climate", None, "Norway") in found
    assert ("Amara Diallo", "Chief", "Small Arms Section", None) in found
    assert {o.name: o.parent for o in ex.organizations}["Small Arms Section"] is not None


def test_state_in_brackets_stacked_offices_and_bare_later_titles(extract_text):
    ex = extract_text(
        "Council closes",
        "VIENNA, 3 March 2021 – Elif Arslan-Berg (Türkiye), Chair of the General Committee on Economic Affairs "
        "and Security, opened the debate.",
        "“We agreed,” the OSCE Chairperson-in-Office, Malta’s Minister of Foreign Affairs Joseph Vella Borg, "
        "said. Minister of Justice and Culture Ansis Kalns also spoke.",
        "Minister Kalns told the Council that reforms would continue.",
    )
    found = roles(ex)
    assert ("Elif Arslan-Berg", "Chair", "General Committee on Economic Affairs and Security", None) in found
    assert ("Joseph Vella Borg", "Chairperson-in-Office", "OSCE", None) in found
    assert ("Joseph Vella Borg", "Minister of Foreign Affairs", None, "Malta") in found
    assert ("Ansis Kalns", "Minister", None, None) not in found
    assert ("Ansis Kalns", "Minister of Justice and Culture", None, None) in found


def test_a_listed_portfolio_title_and_a_plenipotentiary(extract_text):
    ex = extract_text(
        "Ministers meet",
        "VIENNA, 3 March 2021 – Addressing the session, Iceland’s Minister of Culture, Youth and Sport, "
        "Birta Jónsdóttir, said that the work would continue. Hungary’s Plenipotentiary for Minority Communities, "
        "Zoltán Kertész-Varga, presented a plan.",
    )
    found = roles(ex)
    assert ("Birta Jónsdóttir", "Minister of Culture, Youth and Sport", None, "Iceland") in found
    assert ("Zoltán Kertész-Varga", "Plenipotentiary for Minority Communities", None, "Hungary") in found


def test_a_bare_later_title_is_the_office_given_with_its_organization(extract_text):
    ex = extract_text(
        "Assembly meets",
        "VIENNA, 3 March 2021 – Opening the meeting, OSCE PA President Jordi Puig i Ferrer warned of "
        "disinformation.",
        "Closing the meeting, President Puig i Ferrer thanked the hosts.",
    )
    assert roles(ex) == {("Jordi Puig i Ferrer", "President", "OSCE PA", None)}


def test_a_unit_named_by_its_listed_topics(extract_text):
    ex = extract_text(
        "Survey presented",
        "VIENNA, 3 March 2021 – Lotte Brandt, Head of the Migration, Asylum and Border Policy Section at the "
        "European Commission, presented a survey.",
    )
    assert "Migration, Asylum and Border Policy Section" in {o.name for o in ex.organizations}
    assert ("Lotte Brandt", "Head", "Migration, Asylum and Border Policy Section", None) in roles(ex)


def test_a_news_outlet_after_a_media_occupation_is_the_employer_not_a_person(extract_text):
    ex = extract_text(
        "Representative concerned about detained reporter",
        "VIENNA, 3 March 2021 – The Representative today raised the detention in Belarus of Maryna Kaval, a "
        "reporter for the independent news portal Zorka Minsk, and of Igor Lenski, a columnist with Vechernyaya "
        "Gazeta.",
        "In a statement, the editor-in-chief of Zorka Minsk, Pavel Hrybau, wrote that Zorka Minsk would keep "
        "publishing.",
    )
    assert sorted(p.name for p in ex.people) == ["Igor Lenski", "Maryna Kaval", "Pavel Hrybau"]
    assert {"Zorka Minsk", "Vechernyaya Gazeta"} <= {o.name for o in ex.organizations}
    found = roles(ex)
    assert ("Maryna Kaval", "reporter", "Zorka Minsk", None) in found
    assert ("Igor Lenski", "columnist", "Vechernyaya Gazeta", None) in found
    assert ("Pavel Hrybau", "editor-in-chief", "Zorka Minsk", None) in found


def test_a_title_before_the_name_and_an_apposition_after_give_all_offices(extract_text):
    ex = extract_text(
        "Observers assess the vote",
        "TIRANA, 3 March 2021 – “The vote was calm,” said OSCE Special Co-ordinator Hanna Lindqvist-Moor, a Swedish "
        "lawmaker and Vice-President of the OSCE Parliamentary Assembly, who led the observers.",
        "The speakers were the Director of ODIHR, Ivo Marek, Head of the Election Unit of ODIHR, Sara Pohl, "
        "and others.",
    )
    found = roles(ex)
    assert ("Hanna Lindqvist-Moor", "Special Co-ordinator", "OSCE", None) in found
    assert ("Hanna Lindqvist-Moor", "lawmaker", None, "Sweden") in found
    assert ("Hanna Lindqvist-Moor", "Vice-President", "OSCE Parliamentary Assembly", None) in found
    # A list of speakers: the title after one name is the next one's.
    assert ("Ivo Marek", "Director", "ODIHR", None) in found
    assert not any(person == "Ivo Marek" and title == "Head" for person, title, _o, _s in found)


def test_acronym_before_an_office_is_its_organization(extract_text):
    ex = extract_text(
        "Judges trained",
        "VIENNA, 3 March 2021 – A training ended today.",
        "It was held with the National Judicial Council of Albania (NJCA).",
        "NJCA President Arben Kola said that the courts needed new skills.",
    )
    assert ("Arben Kola", "President", "NJCA", None) in roles(ex)


def test_state_possessive_before_a_ministry_and_state_adjective_inside_a_name(extract_text):
    ex = extract_text(
        "Conference opens",
        "VIENNA, 3 March 2021 – A conference opened today.",
        "It was opened by Head of Austria’s Federal Ministry for European and International Affairs, Karl Huber.",
        "Amira Saleh, Secretary-General of the Egyptian National Council for Women, spoke about her country.",
    )
    found = roles(ex)
    assert ("Karl Huber", "Head", "Federal Ministry for European and International Affairs", "Austria") in found
    assert ("Amira Saleh", "Secretary-General", "Egyptian National Council for Women", None) in found


def test_possessive_inside_a_title_and_occupation_with_a_unit_or_a_hyphenated_place(extract_text):
    ex = extract_text(
        "Panel on peace processes",
        "VIENNA, 3 March 2021 – A panel met today.",
        "The speakers were Ana Ruiz, Peru’s Presidential Commissioner for Children’s Rights; and Ole Berg, "
        "a data expert with the Council of Europe’s Data Protection Unit.",
        "Dana Omarova, a lawyer with the Bishkek-based Pravo Legal Centre, described the cases.",
    )
    found = roles(ex)
    # Peru is no OSCE State: no State on the role.
    assert ("Ana Ruiz", "Presidential Commissioner for Children’s Rights", None, None) in found
    assert ("Ole Berg", "data expert", "Data Protection Unit", None) in found
    assert ("Dana Omarova", "lawyer", "Pravo Legal Centre", None) in found


def test_lower_case_remit_and_state_occupation_before_a_name(extract_text):
    ex = extract_text(
        "Report launched",
        "VIENNA, 3 March 2021 – A report was launched today.",
        "Joining by video link, the UN Special Rapporteur on the situation of human rights defenders, "
        "Amara Osei, welcomed the report.",
        "Latvian parliamentarian Jānis Ozols asked about the follow-up.",
    )
    found = roles(ex)
    assert ("Amara Osei", "Special Rapporteur on the situation of human rights defenders", "UN", None) in found
    assert ("Jānis Ozols", "parliamentarian", None, "Latvia") in found


def test_an_organization_word_used_alone_refers_back_to_the_one_name_it_ends(extract_text):
    ex = extract_text(
        "Assembly session closes",
        "VIENNA, 3 March 2021 – The Baltic Youth Assembly closed its session today in the building of the "
        "National Assembly of Lithuania.",
        "In her last speech as President of the Assembly, Rita Kaunas thanked the delegates.",
    )
    assert ("Rita Kaunas", "President", "Baltic Youth Assembly", None) in roles(ex)


def test_office_a_person_is_elected_or_appointed_to(extract_text):
    ex = extract_text(
        "New chair elected",
        "VIENNA, 3 March 2021 – The Nordic Youth Council met today.",
        "Delegates elected Finnish diplomat Aino Virtanen as the Council's new Chair. Her friends, as well as "
        "Lars Berg as always, cheered.",
    )
    found = roles(ex)
    assert ("Aino Virtanen", "Chair", "Nordic Youth Council", None) in found
    assert not any(r[0] == "Lars Berg" for r in found)


def test_a_lower_case_body_word_before_a_title_refers_to_the_body_just_named(extract_text):
    ex = extract_text(
        "Report adopted",
        "VIENNA, 3 March 2021 – The forum met today.",
        "The forum adopted a report of its Standing Working Group on Energy presented by the group's Chair, "
        "Norwegian Ambassador Kari Dahl.",
    )
    assert ("Kari Dahl", "Chair", "Standing Working Group on Energy", None) in roles(ex)


def test_head_of_an_acronym_names_the_body_written_in_full(extract_text):
    ex = extract_text(
        "Anti-fraud project launched",
        "SKOPJE, 3 March 2021 – A project will support the Office for Anti-Corruption Offences (DAKO) and the "
        "courts.",
        "The speakers were the Minister of Finance, Petra Kostovska; and the Head of DAKO, Ilir Dervishi.",
    )
    assert ("Ilir Dervishi", "Head", "Office for Anti-Corruption Offences", None) in roles(ex)


def test_an_office_in_brackets_or_in_a_copula_relative_clause(extract_text):
    ex = extract_text(
        "Seminar on border policing",
        "VIENNA, 3 March 2021 – The seminar was opened by Ambassador Teodora Lindqvist (Head of the OSCE Mission "
        "to Serbia) and by Marek Dobrowolski, who is Director of the OSCE Transnational Threats Department.",
    )
    assert ("Teodora Lindqvist", "Head", "OSCE Mission to Serbia", None) in roles(ex)
    assert ("Marek Dobrowolski", "Director", "OSCE Transnational Threats Department", None) in roles(ex)


def test_lower_case_director_and_faculty_posts(extract_text):
    ex = extract_text(
        "Survey on discrimination presented",
        "VIENNA, 3 March 2021 – Milena Radović, programme director of the Centre for Civic Education, and "
        "Stefan Kovačević, a professor at the Faculty of Social Sciences, presented the survey.",
    )
    assert ("Milena Radović", "programme director", "Centre for Civic Education", None) in roles(ex)
    assert ("Stefan Kovačević", "professor", "Faculty of Social Sciences", None) in roles(ex)


def test_a_mayor_of_a_town_has_no_organization_and_keeps_the_town_in_the_office(extract_text):
    ex = extract_text(
        "Towns share experience",
        "VIENNA, 3 March 2021 – Anna Petrova, Mayor of Gabrovo, said that small towns needed shared experts.",
    )
    assert ("Anna Petrova", "Mayor of Gabrovo", None, None) in roles(ex)


def test_a_short_form_of_an_organization_named_before_owns_the_office(extract_text):
    ex = extract_text(
        "Handbook presented",
        "VIENNA, 3 March 2021 – The OSCE Mission to Serbia presented a handbook on procurement today.",
        "The Mission's Deputy Head, Oliver Brandt, said that it would be used in every municipality. The State "
        "Audit Institution also took part, and the Secretary General of the Institution, Mira Jovanović, "
        "welcomed the handbook.",
    )
    assert ("Oliver Brandt", "Deputy Head", "OSCE Mission to Serbia", None) in roles(ex)
    assert ("Mira Jovanović", "Secretary General", "State Audit Institution", None) in roles(ex)


def test_an_acronym_given_in_words_after_the_name(extract_text):
    ex = extract_text(
        "Towns trained on budgets",
        "VIENNA, 3 March 2021 – The training was held with the Union of Municipal Treasurers, known by its "
        "Slovene acronym ZOBS.",
        "Petra Novak, Executive Director of ZOBS, said that every town needed a treasurer.",
    )
    assert ("Petra Novak", "Executive Director", "Union of Municipal Treasurers", None) in roles(ex)


def test_supervisors_and_chairpersons_are_occupations(extract_text):
    ex = extract_text(
        "Border course ends",
        "DUSHANBE, 6 June 2024 – A course for border officials ended today.",
        "Among the participants was Major Rustam Nazarov, a shift supervisor with the Customs Service at the "
        "Panji Poyon crossing, and Zarina Olimova, chairperson of the National Bar Association.",
    )
    assert roles(ex) == {
        ("Rustam Nazarov", "shift supervisor", "Customs Service", None),
        ("Zarina Olimova", "chairperson", "National Bar Association", None),
    }


def test_office_named_after_its_holder_keeps_the_possessive(extract_text):
    ex = extract_text(
        "Roundtable on hate crime",
        "ZAGREB, 4 May 2022 – A roundtable was held today.",
        "Goran Ilić, a deputy prosecutor at the High State Prosecutor’s Office, said that cases were rising.",
    )
    assert ("Goran Ilić", "deputy prosecutor", "High State Prosecutor’s Office") in \
        [(r.person, r.title, r.organization) for r in ex.roles]
    assert "High State Prosecutor’s Office" in [o.name for o in ex.organizations]


def test_a_title_before_an_organization_with_commas_and_a_title_that_opens_the_next_clause(extract_text):
    ex = extract_text(
        "Heritage letter",
        "VIENNA, 3 March 2021 – In a joint letter with the Deputy Director-General for Culture of the United "
        "Nations Educational, Scientific and Cultural Organization (UNESCO), Lars Petersen, the Secretary General "
        "noted that heritage sites were at risk.",
        "The OSCE Secretary General, Maria Ortiz, welcomed the letter.",
    )
    assert roles(ex) == {
        ("Lars Petersen", "Deputy Director-General for Culture",
         "United Nations Educational, Scientific and Cultural Organization", None),
        ("Maria Ortiz", "Secretary General", "OSCE", None),
    }


def test_an_office_before_the_name_and_another_after_it(extract_text):
    ex = extract_text(
        "Seminar",
        "VIENNA, 3 March 2021 – The seminar was organized by the Swiss Chairmanship of the Liaison Group with the "
        "Asian Partners for Co-operation.",
        "The Chair of the Liaison Group, Ambassador Lena Vogt, Permanent Representative of Switzerland to the OSCE, "
        "opened the seminar.",
    )
    assert roles(ex) == {("Lena Vogt", "Chair", "Liaison Group", None),
                         ("Lena Vogt", "Permanent Representative", None, "Switzerland")}
    assert len(next(o for o in ex.organizations if o.name == "Liaison Group").evidence) == 2


def test_a_mayor_of_a_municipality_the_model_took_for_a_place(extract_text):
    ex = extract_text(
        "Training",
        "VIENNA, 3 March 2021 – Ilir Hoxha, Mayor of the Municipality of Gostivar, who spoke in Albanian, opened "
        "the training.",
    )
    assert roles(ex) == {("Ilir Hoxha", "Mayor", "Municipality of Gostivar", None)}


def test_an_office_named_before_a_post_held_by_its_holder(extract_text):
    ex = extract_text(
        "Envoy in Albania",
        "VIENNA, 3 March 2021 – The Special Representative visited Durrës. There he was briefed by the Head of the "
        "European Union Police Mission in Albania (EUPMA), a post held since June by Karl-Heinz Brandt of Austria.",
    )
    assert roles(ex) == {("Karl-Heinz Brandt", "Head", "European Union Police Mission in Albania", None)}


def test_offices_before_the_name_new_heads_and_a_short_name_in_brackets(extract_text):
    ex = extract_text(
        "Debate",
        "NEW YORK, 3 March 2021 – The Permanent Observer of the League of Arab States to the United Nations, "
        "Ambassador Karim Haddad-Nasser, spoke first.",
        "The Executive Director of the United Nations Human Settlements Programme (UN Habitat), Lindiwe Okafor-Dahl, "
        "signed the plan.",
        "The UNDP Resident Representative in Serbia, Matías Ferreira Ortiz, announced a grant.",
    )
    assert roles(ex) >= {
        ("Karim Haddad-Nasser", "Permanent Observer", "League of Arab States", None),
        ("Lindiwe Okafor-Dahl", "Executive Director", "United Nations Human Settlements Programme", None),
    }
    assert {(r.person, r.title, r.organization) for r in ex.roles} >= {
        ("Matías Ferreira Ortiz", "Resident Representative", "UNDP")}


def test_a_title_whose_first_words_the_model_took_for_an_organization(extract_text):
    ex = extract_text(
        "Closing",
        "VIENNA, 3 March 2021 – Dilfuza Karimova, National Programme Officer at the OSCE Mission to Serbia, "
        "closed the session.",
    )
    assert roles(ex) == {("Dilfuza Karimova", "National Programme Officer", "OSCE Mission to Serbia", None)}
    assert "National Programme" not in {o.name for o in ex.organizations}


def test_the_court_is_the_release_s_own_court_even_after_another_is_named(extract_text):
    ex = extract_text(
        "OSCE Court of Conciliation and Arbitration marks anniversary",
        "GENEVA, 3 March 2021 – The OSCE Court of Conciliation and Arbitration marked its anniversary. The Court "
        "was set up in 1995, and the Court has since published two guides.",
        "Ines Marchetti, a judge of the International Court of Justice, spoke first. The Registrar of the Court, "
        "Hanna Lindqvist, presented the new guide.",
    )
    assert ("Hanna Lindqvist", "Registrar", "OSCE Court of Conciliation and Arbitration", None) in roles(ex)


def test_the_subject_of_a_professorship_is_part_of_the_title(extract_text):
    ex = extract_text(
        "Panel",
        "VIENNA, 3 March 2021 – Matteo Rinaldi, a professor of constitutional law at the University of Bologna, "
        "presented a study.",
        "Nedžad Mehić, a reporter for the investigative news portal Istraga, was detained.",
    )
    assert roles(ex) == {("Matteo Rinaldi", "professor of constitutional law", "University of Bologna", None),
                         ("Nedžad Mehić", "reporter", "Istraga", None)}


def test_a_lower_case_head_of_a_unit_and_a_capitalised_head_of_delegation(extract_text):
    ex = extract_text(
        "Border workshop",
        "DUSHANBE, 3 March 2021 – The head of the Programme Office's Border Security Unit, Farrukh Saidov, "
        "presented the project.",
        "Irena Kowalska, Head of Delegation of the International Committee of the Red Cross, also spoke.",
    )
    assert ("Farrukh Saidov", "head", "Border Security Unit", None) in roles(ex)
    assert ("Irena Kowalska", "Head of Delegation", "International Committee of the Red Cross", None) in roles(ex)


def test_an_occupation_after_its_organization_s_possessive_and_a_plural_possessive_inside_a_name(extract_text):
    ex = extract_text(
        "Forum",
        "ALMATY, 3 March 2021 – The forum was organized with the Eurasian Young Farmers’ Alliance (EYFA).",
        "The Alliance’s chairperson, Saule Abenova, said that the Alliance had grown quickly.",
    )
    assert ("Saule Abenova", "chairperson", "Eurasian Young Farmers’ Alliance", None) in roles(ex)
    assert "Eurasian Young Farmers’ Alliance" in {o.name for o in ex.organizations}


def test_a_title_whose_portfolio_is_a_comma_list_of_capitalised_words(extract_text):
    ex = extract_text(
        "Forum",
        "ASTANA, 3 March 2021 – Kazakhstan’s Vice Minister of Digital Development, Innovations and Aerospace "
        "Industry, Aizhan Tokhtarbekova, welcomed the participants.",
    )
    title = "Vice Minister of Digital Development, Innovations and Aerospace Industry"
    assert ("Aizhan Tokhtarbekova", title, None, "Kazakhstan") in roles(ex)


# The model tags "Radicalization" as a body and "Xenophobia" as a place: neither ends the list.
@pytest.mark.parametrize("remit", ["Countering Extremism, Radicalization and Terrorism",
                                   "Combating Antisemitism, Xenophobia and Intolerance"])
def test_a_remit_after_on_that_lists_capitalised_words_stays_in_the_title(extract_text, remit):
    ex = extract_text(
        "Seminar",
        "KEMIN, 9 March 2029 – A seminar opened today.",
        f"The seminar is organized by Wenna Polgrain-Achebe, the OSCE Chairperson-in-Office’s Personal Representative "
        f"on {remit}, together with the ODIHR.",
    )
    assert ("Wenna Polgrain-Achebe", f"Personal Representative on {remit}", "OSCE", None) in roles(ex)


def test_a_region_s_local_office_in_lower_case_or_with_a_gloss_in_brackets(extract_text):
    ex = extract_text(
        "Forum",
        "KEMIN, 9 March 2029 – A forum took place today.",
        "The akim (governor) of Kostanay region, Berik Sultanbekov, who hosted the forum, said that the region would "
        "help.",
        "The First Deputy Hokim (deputy governor) of Surkhandarya region, Oralbek Temirkhanov, opened it.",
    )
    assert ("Berik Sultanbekov", "akim", None, None) in roles(ex)
    assert ("Oralbek Temirkhanov", "First Deputy Hokim", None, None) in roles(ex)


def test_head_of_a_placed_customs_post_of_a_body(extract_text):
    ex = extract_text(
        "Forum",
        "KEMIN, 9 March 2029 – A forum took place today.",
        "Gunel Safarli, head of the customs post of Azerbaijan's State Customs Committee, said the new procedure had "
        "cut waiting times. Bolat Ospanuly, head of the Masalli customs post of the State Customs Committee, said "
        "more.",
    )
    # (The model tags "Masalli" as a person.)
    assert ("Gunel Safarli", "head of the customs post", "State Customs Committee", None) in roles(ex)
    assert ("Bolat Ospanuly", "head of the Masalli customs post", "State Customs Committee", None) in roles(ex)


def test_an_occupation_owned_by_a_back_reference_in_lower_case(extract_text):
    ex = extract_text(
        "Elections",
        "KEMIN, 9 March 2029 – The OSCE Election Observation Mission presented its findings today.",
        "Oskar Vilde-Marsh, who works as the mission’s media analyst, said that two channels had given the "
        "incumbent most of their airtime.",
    )
    assert ("Oskar Vilde-Marsh", "media analyst", "OSCE Election Observation Mission", None) in roles(ex)


def test_two_offices_after_a_name_and_a_body_s_word_before_an_office(extract_text):
    ex = extract_text(
        "School",
        "DUSHANBE, 3 March 2021 – The OSCE Border Management Staff College in Dushanbe opened its new term.",
        "Ambassador Lena Brandt, Head of the OSCE Programme Office in Dushanbe and Chair of the College’s "
        "Advisory Board, welcomed the students. “Welcome,” said College Director Rustam Nazarov.",
        "The students were taught by Farida Yusupova, a senior lecturer in border law at the College.",
    )
    found = roles(ex)
    assert ("Lena Brandt", "Head", "OSCE Programme Office in Dushanbe", None) in found
    assert ("Lena Brandt", "Chair", "Advisory Board", None) in found
    assert ("Rustam Nazarov", "Director", "OSCE Border Management Staff College", None) in found
    assert ("Farida Yusupova", "senior lecturer in border law", "OSCE Border Management Staff College",
            None) in found


def test_the_office_of_an_office_holder_and_a_title_before_an_acronym_and_the_next_name(extract_text):
    ex = extract_text(
        "Visit",
        "LISBON, 3 March 2021 – The OSCE Chairperson-in-Office’s Personal Representative on Combating Racism, "
        "Ambassador Eva Lindqvist, met Secretary of State for Equality Rita Moura Neves, the Director of the "
        "Portuguese Commission for Equality and Migration (CICDR), Ana Lobo Ferreira, and others.",
        "“Data matter,” the Personal Representative said.",
    )
    found = roles(ex)
    assert ("Eva Lindqvist", "Personal Representative on Combating Racism", "OSCE", None) in found
    assert ("Ana Lobo Ferreira", "Director", "Portuguese Commission for Equality and Migration", None) in found
    assert not any(r[0] == "Rita Moura Neves" and r[1] == "Director" for r in found)
    assert [(q.speaker, q.text) for q in ex.quotes] == [("Eva Lindqvist", "Data matter,")]


def test_who_became_an_office_and_a_state_s_representative_to_the_osce(extract_text):
    ex = extract_text(
        "Conference",
        "WARSAW, 7 October 2026 – The session was opened by Marie Dubois, who became ODIHR Director last year. "
        "Ambassador Sean Byrne, Ireland’s Permanent Representative to the OSCE, also spoke.",
    )
    found = roles(ex)
    assert any(r[0] == "Marie Dubois" and r[1] == "Director" for r in found)
    assert ("Sean Byrne", "Permanent Representative", None, "Ireland") in found


def test_a_member_of_a_unit_named_by_one_word_after_its_owner_s_possessive(extract_text):
    ex = extract_text(
        "Court anniversary",
        "GENEVA, 3 March 2021 – The OSCE Court of Conciliation and Arbitration marked its anniversary. Ilse Varga, "
        "a member of the Court’s Bureau, presented a guide.",
    )
    assert ("Ilse Varga", "member", "Bureau", None) in roles(ex)
    assert any(o.name == "Bureau" for o in ex.organizations)


def test_a_staff_a_chief_heads_is_part_of_the_office_and_a_rank_of_several_words_before_the_name(extract_text):
    ex = extract_text(
        "Seminar",
        "VIENNA, 3 March 2026 – Rear Admiral Tomas Lindqvist, Chief of the Joint Operations Staff of the Danish "
        "Armed Forces, spoke first. Poland’s Deputy Minister of Defence, Lieutenant General Marek Zawadzki, "
        "presented the reform.",
    )
    found = roles(ex)
    assert ("Tomas Lindqvist", "Chief of the Joint Operations Staff", "Danish Armed Forces") in {r[:3] for r in found}
    assert ("Marek Zawadzki", "Deputy Minister of Defence", None, "Poland") in found
    assert {o.name for o in ex.organizations} == {"Danish Armed Forces"}


def test_a_body_named_with_a_document_word_and_an_office_s_body_after_the_name(extract_text):
    ex = extract_text(
        "Seminar",
        "OSH, 3 March 2026 – The Central Asian Law Enforcement Centre (CALEC) trained 40 officers. "
        "“Trust is built slowly,” CALEC Director General Bakyt Osmonaliev said. "
        "Deputy Mufti Nurlan Abdykadyrov of the Religious Administration of Muslims of Tajikistan said that the "
        "Religious Administration had trained imams. Father Pavel Sidorenko, who serves the parish in Osh, spoke next.",
    )
    found = roles(ex)
    # The body as written before the office (its acronym), or the name the acronym stands for.
    assert found & {("Bakyt Osmonaliev", "Director General", name, None)
                    for name in ("CALEC", "Central Asian Law Enforcement Centre")}
    assert ("Nurlan Abdykadyrov", "Deputy Mufti", "Religious Administration of Muslims of Tajikistan", None) in found
    assert {p.name for p in ex.people} == {"Bakyt Osmonaliev", "Nurlan Abdykadyrov", "Pavel Sidorenko"}
    assert {o.name for o in ex.organizations} == {"Central Asian Law Enforcement Centre",
                                                  "Religious Administration of Muslims of Tajikistan"}
    assert ex.documents == []


def test_an_office_after_who_serves_as_and_occupations_with_their_employer(extract_text):
    ex = extract_text(
        "Meeting",
        "VIENNA, 3 March 2026 – Pavel Novak, who serves as Director of the National Anti-Corruption Centre, opened "
        "the session. Lena Vogt, a project manager with the International Organization for Migration, and Omar "
        "Saleh, a team leader at the Danish Refugee Council, spoke next. Ines Moreau, spokesperson for the "
        "European Commission, closed it.",
    )
    found = roles(ex)
    assert ("Pavel Novak", "Director", "National Anti-Corruption Centre", None) in found
    assert ("Lena Vogt", "project manager", "International Organization for Migration", None) in found
    assert ("Omar Saleh", "team leader", "Danish Refugee Council", None) in found
    assert ("Ines Moreau", "spokesperson", "European Commission", None) in found


def test_an_office_of_an_organization_said_to_be_based_in_a_city(extract_text):
    ex = extract_text(
        "Statement",
        "VIENNA, 3 June 2025 – “Nothing has changed,” said Ana Ribeiro, Executive Director of the Lisbon-based "
        "European Media Freedom Centre (EMFC).",
    )
    assert ("Ana Ribeiro", "Executive Director", "European Media Freedom Centre", None) in roles(ex)


def test_an_occupation_with_the_subject_of_the_post_and_a_school_principal(extract_text):
    ex = extract_text(
        "Workshop",
        "VALLETTA, 3 June 2025 – Speakers included Omar Ben Salah, head of market supervision at Morocco's Capital "
        "Markets Authority (AMMC), and Greta Vella, principal of the St Aloysius Secondary School.",
    )
    found = roles(ex)
    assert ("Omar Ben Salah", "head of market supervision", "Capital Markets Authority", None) in found
    assert ("Greta Vella", "principal", "St Aloysius Secondary School", None) in found


def test_an_occupation_with_the_unit_of_the_post_before_its_employer(extract_text):
    ex = extract_text(
        "Conference",
        "ALMATY, 3 June 2025 – Speakers included Lena Hartmann, head of the water security team at the Berlin "
        "Institute for Climate Research, and Omar Haddad, head of the migration unit at the National Employment "
        "Agency of Morocco.",
    )
    found = roles(ex)
    assert ("Lena Hartmann", "head of the water security team", "Berlin Institute for Climate Research", None) in found
    assert ("Omar Haddad", "head of the migration unit", "National Employment Agency of Morocco", None) in found


def test_a_state_attorney_s_office_and_an_irrigation_portfolio_before_the_name(extract_text):
    ex = extract_text(
        "Conference",
        "MOSTAR, 3 June 2025 – The conference heard Deputy Chief State Attorney Mirela Kovač-Horvat and Kazakh "
        "Vice-Minister of Agriculture and Irrigation Daniyar Seitkali.",
    )
    assert {p.name for p in ex.people} == {"Mirela Kovač-Horvat", "Daniyar Seitkali"}
    titles = {(r.person, r.title) for r in ex.roles}
    assert ("Mirela Kovač-Horvat", "Deputy Chief State Attorney") in titles
    assert ("Daniyar Seitkali", "Vice-Minister of Agriculture and Irrigation") in titles


def test_an_office_told_of_she_after_a_sentence_naming_one_person(extract_text):
    ex = extract_text(
        "Workshop",
        "ODESA, 4 June 2026 – The workshop was co-ordinated by Olesia Zaporozhets-Oliinyk, who also presented a "
        "checklist. She is a National Programme Officer in the OSCE Support Programme for Ukraine.",
    )
    assert ("Olesia Zaporozhets-Oliinyk", "National Programme Officer", "OSCE Support Programme for Ukraine") in {
        (r.person, r.title, r.organization) for r in ex.roles}


def test_bodies_named_after_their_kind_and_an_outlet_s_seat(extract_text):
    ex = extract_text(
        "School",
        "SHKODËR, 10 July 2026 – The trainers included Klodiana Prendi-Marku, editor of the Tirana-based "
        "fact-checking portal Kontrollo. Among the guests was Kalina Sekulovska-Ristova, programme co-ordinator at "
        "the women's rights organization Pelagonka, and Zarina Tursunova, a credit officer at the Kyrgyz "
        "microfinance company Kompanion.",
    )
    roles = {(r.person, r.organization) for r in ex.roles}
    assert {("Klodiana Prendi-Marku", "Kontrollo"), ("Kalina Sekulovska-Ristova", "Pelagonka"),
            ("Zarina Tursunova", "Kompanion")} <= roles
    assert "Tirana" not in {o.name for o in ex.organizations}


def test_occupations_the_lexicon_does_not_list_and_subjects_of_a_post(extract_text):
    ex = extract_text(
        "Workshop",
        "DUSHANBE, 3 March 2026 – Speakers included Farrukh Odinazoda-Rahimi, a senior glaciologist at the Pamir "
        "Academy of Sciences; Nilufar Sharipova-Beck, a lecturer in Persian literature at the Khujand State "
        "University; "
        "and Timur Abdulloev-Grant, deputy head of the river monitoring department of the Hydrometeorological Agency.",
    )
    found = {(r.person, r.title, r.organization) for r in ex.roles}
    assert ("Farrukh Odinazoda-Rahimi", "senior glaciologist", "Pamir Academy of Sciences") in found
    assert ("Nilufar Sharipova-Beck", "lecturer in Persian literature", "Khujand State University") in found
    assert ("Timur Abdulloev-Grant", "deputy head of the river monitoring department",
            "Hydrometeorological Agency") in found


def test_a_committee_named_by_its_remit_after_a_parliament_s_possessive_and_a_task_force(extract_text):
    ex = extract_text(
        "Visit",
        "TBILISI, 3 March 2026 – The Special Representative met in Tbilisi with Deputy Minister Aram Sargsyan-Tell; "
        "and the Chair of the National Assembly’s Standing Committee on European Integration, Tornike "
        "Abashidze-Brandt. She is accompanied by Ambassador Heidi Lüthold-Marti, Head of the OSCE "
        "Chairpersonship Task Force at Switzerland’s Federal Department of Foreign Affairs.",
    )
    found = {(r.person, r.title, r.organization) for r in ex.roles}
    assert ("Tornike Abashidze-Brandt", "Chair", "Standing Committee on European Integration") in found
    assert ("Heidi Lüthold-Marti", "Head", "OSCE Chairpersonship Task Force") in found


def test_a_second_office_after_who_serves_as_a_state_s_defender_and_a_fronted_phrase(extract_text):
    ex = extract_text(
        "Visit",
        "TBILISI, 3 March 2026 – “Rivers know no borders,” said Ingrid Haugland-Moe, a member of the Norwegian "
        "Storting who serves as Vice-President of the OSCE Parliamentary Assembly. She met Georgia’s Human Rights "
        "Defender, Tamar Kvaratskhelia-Dunn, and the Deputy Prime Minister.",
        "After her meeting with the Deputy Prime Minister, Haugland-Moe said the talks had been useful.",
    )
    found = {(r.person, r.title, r.organization, r.state) for r in ex.roles}
    assert ("Ingrid Haugland-Moe", "Vice-President", "OSCE Parliamentary Assembly", None) in found
    assert ("Tamar Kvaratskhelia-Dunn", "Human Rights Defender") in {(r.person, r.title) for r in ex.roles}
    assert ("Ingrid Haugland-Moe", "Deputy Prime Minister") not in {(r.person, r.title) for r in ex.roles}
    assert ("Tamar Kvaratskhelia-Dunn", "Deputy Prime Minister") not in {(r.person, r.title) for r in ex.roles}


def test_an_employer_after_a_seat_of_two_words_and_based(extract_text):
    ex = extract_text(
        "Meeting",
        "BANGKOK, 3 March 2026 – Speakers included Malai Srisuk-Hendry, a field worker with the Chiang Rai-based "
        "Northern Survivors' Alliance.",
    )
    assert ("Malai Srisuk-Hendry", "field worker", "Northern Survivors' Alliance") in {
        (r.person, r.title, r.organization) for r in ex.roles}


def test_offices_of_an_initiative_a_student_council_a_holder_s_office_and_its_president(extract_text):
    ex = extract_text(
        "Conference",
        "ZAGREB, 3 March 2026 – “We are ready,” said Mira Kovačević-Lang, programme manager at the Regional Youth "
        "Initiative for Civic Rights (RYICR). Ena Tomić-Bauer, president of the student council at the Split Nautical "
        "School, spoke next, with Milica Jović-Hart, head of the anti-corruption sector of Serbia’s Chief Prosecutor’s "
        "Office for Organized Crime.",
        "The actors were coached by Iva Marić-Sonne, who joined them on stage. She is a lecturer in acting at the "
        "Academy of Dramatic Art.",
        "The State Audit Commission (SAC) held its sessions in public. Its President, Goran Perković-Hill, said the "
        "audits were complete.",
    )
    found = {(r.person, r.title, r.organization) for r in ex.roles}
    assert ("Mira Kovačević-Lang", "programme manager", "Regional Youth Initiative for Civic Rights") in found
    assert ("Ena Tomić-Bauer", "president of the student council", "Split Nautical School") in found
    assert ("Milica Jović-Hart", "head of the anti-corruption sector",
            "Chief Prosecutor’s Office for Organized Crime") in found
    assert ("Iva Marić-Sonne", "lecturer in acting", "Academy of Dramatic Art") in found
    assert ("Goran Perković-Hill", "President", "State Audit Commission") in found


def test_an_office_after_a_state_and_who_serves_as_an_acronym_s_office_and_a_command_s_head(extract_text):
    ex = extract_text(
        "Ceremony",
        "BĂLȚI, 3 March 2026 – The OSCE Border Support Office for Moldova (BSOM) held a ceremony with the Logistics "
        "Command of the National Army. Ambassador Annick Feltgen-Roth of Luxembourg, who serves as Chairperson of the "
        "FSC, spoke first.",
        "The BSOM’s Senior Programme Manager, Kalev Pärtel-Ilves, spoke next. The visit was led by Dmytro "
        "Hnatiuk-Zoria.",
    )
    found = {(r.person, r.title, r.organization) for r in ex.roles}
    assert ("Annick Feltgen-Roth", "Chairperson", "FSC") in found  # the listed acronym, resolved later
    assert ("Kalev Pärtel-Ilves", "Senior Programme Manager", "OSCE Border Support Office for Moldova") in found
    assert "Logistics Command" in {o.name for o in ex.organizations}
    assert "Dmytro Hnatiuk-Zoria" in {p.name for p in ex.people}


def test_the_place_of_a_unit_in_a_lower_case_post(extract_text):
    ex = extract_text(
        "Course",
        "LVIV, 3 March 2026 – The course ended.",
        "Yaroslav Pidhirnyi, head of the Lviv regional office of the Cyber Police Department, called the course "
        "useful.",
    )
    assert ("Yaroslav Pidhirnyi", "head of the Lviv regional office", "Cyber Police Department") in {
        (r.person, r.title, r.organization) for r in ex.roles}


def test_two_qualifiers_joined_by_and_make_one_office(extract_text):
    ex = extract_text(
        "Course",
        "TERMEZ, 3 March 2026 – “Follow the money,” said Hróðný Egilsdóttir, Senior Economic and Environmental Officer "
        "at the OSCE Project Co-ordinator in Uzbekistan.",
        "Trade and Transport Adviser Lorcan Ferriter of the OSCE Mission to Serbia also spoke.",
    )
    assert {("Hróðný Egilsdóttir", "Senior Economic and Environmental Officer",
             "OSCE Project Co-ordinator in Uzbekistan", None),
            ("Lorcan Ferriter", "Trade and Transport Adviser", "OSCE Mission to Serbia", None)} <= roles(ex)


def test_lower_case_occupations_of_a_body_before_and_of_a_state(extract_text):
    ex = extract_text(
        "Hearing",
        "TALAS, 3 March 2026 – The mine belongs to the mining company Sary-Jaz Metals, which plans a new road. Its "
        "senior engineer, Emilbek Sydykov, presented the plan.",
        "Armenian border inspector Hovik Sargsyan said the crossing was ready.",
        "Zilola Rahimova, who serves as deputy head of the risk management department at Tajikistan’s Customs "
        "Service, closed the meeting.",
    )
    found = roles(ex)
    assert ("Emilbek Sydykov", "senior engineer", "Sary-Jaz Metals", None) in found
    assert ("Hovik Sargsyan", "border inspector", None, "Armenia") in found
    assert ("Zilola Rahimova", "deputy head of the risk management department", "Customs Service", None) in found


def test_a_states_government_office_and_a_remit_with_or(extract_text):
    ex = extract_text(
        "Round table",
        "SHYMKENT, 3 March 2026 – The round table was hosted by the Office of the Plenipotentiary of the Government "
        "of the Czech Republic for Minority Affairs. Czechia’s Government Plenipotentiary for Minority Affairs, "
        "Radka Novotná-Pešek, opened it with Ilinca Voicu-Brandt, Adviser on Freedom of Religion or Belief at the "
        "OSCE Office for Democratic Institutions and Human Rights (ODIHR), and Wiesław Kądzioła, chancellor of the "
        "Catholic Diocese of Atyrau.",
    )
    found = roles(ex)
    assert ("Radka Novotná-Pešek", "Government Plenipotentiary for Minority Affairs", None, "Czechia") in found
    assert ("Ilinca Voicu-Brandt", "Adviser on Freedom of Religion or Belief",
            "OSCE Office for Democratic Institutions and Human Rights", None) in found
    assert ("Wiesław Kądzioła", "chancellor", "Catholic Diocese of Atyrau", None) in found


def test_an_office_whose_body_has_its_acronym_and_posting_before_the_name(extract_text):
    ex = extract_text(
        "Visit",
        "NICOSIA, 3 March 2026 – She also met the Representative of the Office of the United Nations High "
        "Commissioner for Refugees (UNHCR) in Cyprus, Abebech Tadesse-Holm, and researchers of the Cyprus Centre "
        "for European and International Affairs.",
        "“Rescue at sea is an obligation,” said Tadesse-Holm.",
    )
    assert ("Abebech Tadesse-Holm", "Representative", "Office of the United Nations High Commissioner for Refugees") \
        in {(r.person, r.title, r.organization) for r in ex.roles}


def test_the_town_before_a_mayor_is_no_part_of_the_title(extract_text):
    ex = extract_text("Hearing", "BERAT, 3 March 2026 – Përmet Mayor Arta Zeneli-Hoxha presented the draft budget.")
    assert ("Arta Zeneli-Hoxha", "Mayor") in {(r.person, r.title) for r in ex.roles}


def test_an_evaluator_and_a_researcher_at_a_watchdog(extract_text):
    ex = extract_text(
        "Round table",
        "GYUMRI, 3 March 2026 – Speakers included Ilse Marquardt-Oyelowo, an evaluator for the Council of Europe's "
        "Group of States against Corruption (GRECO), and Ani Petrosyan, a researcher at the Gyumri-based watchdog "
        "Tesaket.",
    )
    found = {(r.person, r.title, r.organization) for r in ex.roles}
    assert ("Ilse Marquardt-Oyelowo", "evaluator", "Group of States against Corruption") in found
    assert ("Ani Petrosyan", "researcher", "Tesaket") in found


def test_an_occupation_at_a_bodys_office_in_a_city(extract_text):
    ex = extract_text(
        "Visit",
        "OSAKA, 3 March 2026 – She heard from Kwame Asante-Lindqvist, a programme analyst at the Osaka office of the "
        "United Nations Development Programme (UNDP), and from students.",
    )
    assert ("Kwame Asante-Lindqvist", "programme analyst", "United Nations Development Programme") in {
        (r.person, r.title, r.organization) for r in ex.roles}


def test_an_occupation_after_the_word_of_a_body_named_before(extract_text):
    ex = extract_text(
        "Round table",
        "VANADZOR, 3 March 2026 – The round table was organized with Armenia's Audit Chamber Oversight Commission. "
        "Commission member Gohar Sargsyan-Holm said guidance would follow.",
    )
    assert ("Gohar Sargsyan-Holm", "member", "Audit Chamber Oversight Commission") in {
        (r.person, r.title, r.organization) for r in ex.roles}


def test_an_office_of_a_region_named_in_lower_case(extract_text):
    ex = extract_text(
        "Round table",
        "BOKHTAR, 3 March 2026 – The Deputy Governor of the Sughd province, Rustam Nazarzoda-Holm, told the "
        "participants that the schedules would be published.",
    )
    assert ("Rustam Nazarzoda-Holm", "Deputy Governor", None) in {
        (r.person, r.title, r.organization) for r in ex.roles}


def test_a_remit_list_a_second_clause_office_a_chapters_chair_and_a_team_leader(extract_text):
    ex = extract_text(
        "Talks",
        "OHRID, 3 March 2026 – “Rivers have no borders,” said Ilinca Morar-Vasilescu, Minister of Energy, Mining "
        "and Geological Surveys, “and neither do floods.”",
        "“Tenders are where money meets power,” said Oskar Lindqvist-Aho, who led the visiting team and is Senior "
        "Legal Adviser at the ODIHR.",
        "Teodor Brânză, chair of the Latvian chapter of Transparency International, told the visitors about it.",
        "Halvard Ødegård, Team Leader of the European Union’s Border Support Programme in the Caucasus (BSPC), "
        "joined by video link.",
        "Mirko Stanić, who is UNODC's Regional Programme Co-ordinator for Central Asia, said the route had moved.",
    )
    found = roles(ex)
    assert ("Ilinca Morar-Vasilescu", "Minister of Energy, Mining and Geological Surveys", None, None) in found
    assert ("Oskar Lindqvist-Aho", "Senior Legal Adviser", "ODIHR", None) in found
    assert ("Teodor Brânză", "chair of the Latvian chapter", "Transparency International", None) in found
    assert ("Halvard Ødegård", "Team Leader", "Border Support Programme in the Caucasus", None) in found
    assert ("Mirko Stanić", "Regional Programme Co-ordinator for Central Asia", "UNODC", None) in found
    assert "Regional Programme Co-ordinator" not in {o.name for o in ex.organizations}


def test_an_occupation_after_and_in_an_apposition_that_opens_with_no_office(extract_text):
    ex = extract_text("Moot court", "OHRID, 3 March 2026 – Irina Ceban-Lupu, the Georgian team’s coach and a "
                      "lecturer in civil law at Batumi State University, said her students had worked hard.")
    assert ("Irina Ceban-Lupu", "lecturer in civil law", "Batumi State University", None) in roles(ex)


def test_an_adviser_on_a_subject_a_governor_of_a_province_and_a_numbered_school(extract_text):
    ex = extract_text(
        "Visit",
        "KHOVD, 3 March 2026 – Arne Vestbø, a senior adviser on hate crime at the Troms Police District, replied.",
        "The High Commissioner met the Governor of Uvs province, Batbayar Enkhtuya, and Saule Nurkanova, the "
        "principal of Khovd Secondary School No. 3.",
    )
    found = roles(ex)
    assert ("Arne Vestbø", "senior adviser on hate crime", "Troms Police District", None) in found
    assert ("Batbayar Enkhtuya", "Governor of Uvs province", None, None) in found
    assert ("Saule Nurkanova", "principal", "Khovd Secondary School No. 3", None) in found


def test_a_former_office_is_no_role(extract_text):
    ex = extract_text("Jury", "GYEONGJU, 3 March 2026 – The jury was chaired by Batbold Ganzorig, a former Minister "
                      "of Education of Mongolia, and included Ines Torma, Director of the Tallinn Peace Institute.")
    found = roles(ex)
    assert not any(person == "Batbold Ganzorig" for person, *_ in found)
    assert ("Ines Torma", "Director", "Tallinn Peace Institute", None) in found


def test_a_member_after_a_listed_bodys_name_and_an_offices_seat_after_its_title(extract_text):
    ex = extract_text(
        "Hearing",
        "BERLIN, 3 March 2026 – “Who was sent home?” asked Bundestag member Jonas Weidenfeller.",
        "Arben Hoxha, the State Police's Regional Director in Vlorë, called the councils important.",
    )
    found = roles(ex)
    assert ("Jonas Weidenfeller", "member", "Bundestag", None) in found
    assert ("Arben Hoxha", "Regional Director", "State Police", None) in found


def test_a_hyphenated_occupation_after_a_possessive_and_a_place_the_model_took_for_a_body(extract_text):
    ex = extract_text(
        "Workshop",
        "GORIS, 3 March 2026 – The workshop was organized by the Goris-based Tavush Aarhus Centre.",
        "The Centre's co-ordinator, Nare Avetisyan, who moderated the first day, said so.",
        "Lieutenant Colonel Aram Grigoryan, head of the Gegharkunik regional department of the Rescue Service, told "
        "the workshop so.",
        "Jasur Tursunov, a senior engineer at the National Electric Grid of Tajikistan, asked.",
    )
    found = roles(ex)
    assert ("Nare Avetisyan", "co-ordinator", "Tavush Aarhus Centre", None) in found
    assert ("Aram Grigoryan", "head of the Gegharkunik regional department", "Rescue Service", None) in found
    assert ("Jasur Tursunov", "senior engineer", "National Electric Grid of Tajikistan", None) in found


def test_a_posts_subject_then_in_and_its_employer(extract_text):
    ex = extract_text("Session", "BIHAĆ, 3 March 2026 – Zoran Lukić, chief of civil protection in the Canton’s "
                      "Department of Public Safety, told the session.")
    assert ("Zoran Lukić", "chief of civil protection", "Department of Public Safety", None) in roles(ex)


def test_a_place_titles_remit_after_for_is_part_of_the_title(extract_text):
    ex = extract_text("Meeting", "DRAGASH, 9 March 2029 – Community leaders met today.", "Mirsad Hoxha, Deputy Mayor "
                      "for Communities of the Municipality of Dragash, said that families were hit.")
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Mirsad Hoxha", "Deputy Mayor for Communities", "Municipality of Dragash")]


def test_a_body_named_before_written_again_before_an_office(extract_text):
    ex = extract_text(
        "Visit", "ORHEI, 9 March 2029 – The visit was hosted by the State Water Reserves Committee of the Ministry of "
        "Environment of the Republic of Moldova and funded by Norway.",
        "State Water Reserves Committee Deputy Chairman Vasile Plămădeală told the participants: “The dams are old.”",
    )
    assert roles(ex) == {("Vasile Plămădeală", "Deputy Chairman", "State Water Reserves Committee", None)}


@pytest.mark.parametrize("occupation", ["commissioner", "warden", "ombudsperson"])
def test_more_occupations_with_their_body(extract_text, occupation):
    ex = extract_text(
        "Mock trial", "NISPORENI, 9 March 2029 – A mock trial took place today.",
        f"The participants heard from Bogdana Sârbu, a {occupation} of Romania’s National Water Inspectorate, who "
        "spoke first.",
    )
    assert roles(ex) == {("Bogdana Sârbu", occupation, "National Water Inspectorate", None)}


@pytest.mark.parametrize("adverb", ["also", "now", "currently"])
def test_an_office_after_who_is_and_an_adverb(extract_text, adverb):
    ex = extract_text(
        "Session", "POPRAD, 9 March 2029 – A session took place today.",
        f"The session was moderated by Alžbeta Hrabovská, who is {adverb} a member of the Poprad City Council.",
    )
    assert roles(ex) == {("Alžbeta Hrabovská", "member", "Poprad City Council", None)}


@pytest.mark.parametrize("chamber", ["House of Representatives", "House of Peoples"])
def test_a_house_of_a_parliament_is_an_organization(extract_text, chamber):
    ex = extract_text(
        "Forum", "LIMASSOL, 9 March 2029 – A forum took place today.",
        f"Andriani Kyprianou-Loizou, a member of Cyprus’s {chamber}, described the coast as a door.",
    )
    assert roles(ex) == {("Andriani Kyprianou-Loizou", "member", chamber, None)}
    assert [o.name for o in ex.organizations] == [chamber]


def test_an_owned_occupation_told_in_the_next_sentence(extract_text):
    ex = extract_text(
        "Forum", "KIČEVO, 9 March 2029 – A forum took place today.",
        "The forum was organized by the OSCE Mission to Skopje. It was moderated by Ljupka Petrushevska-Dimova. She is "
        "the Mission’s community safety co-ordinator.",
    )
    assert roles(ex) == {("Ljupka Petrushevska-Dimova", "community safety co-ordinator", "OSCE Mission to Skopje",
                          None)}


def test_an_office_after_a_lower_case_possessive_of_a_body_named_before(extract_text):
    ex = extract_text("Memorandum", "TIRANA, 9 March 2029 – A memorandum was signed today.", "The Mission and the "
                      "Committee on Health and Social Policy of the Assembly of the Republic of Albania signed a "
                      "memorandum today.", "The committee's Deputy Chair, Besjana Kolgjini, said the opposition had "
                      "asked for it.")
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Besjana Kolgjini", "Deputy Chair", "Committee on Health and Social Policy")]


def test_a_chancellor_an_ombud_and_the_institution_an_ombudsman_names(extract_text):
    ex = extract_text(
        "Round table", "PALDISKI, 9 March 2029 – A round table took place today.",
        "Estonia's Chancellor of Justice, Piret Tammsaar, said that her office had started to note bias motives. "
        "Norway's Consumer Ombud, Randi Solheimsnes, said the same.",
        "Torbjörn Ljungqvist, a senior legal adviser at Sweden's Press Ombudsman (PO), spoke about cases.",
    )
    assert roles(ex) == {("Piret Tammsaar", "Chancellor of Justice", None, "Estonia"),
                         ("Randi Solheimsnes", "Consumer Ombud", None, "Norway"),
                         ("Torbjörn Ljungqvist", "senior legal adviser", "Press Ombudsman", None)}


def test_an_office_told_after_an_adverb_in_the_next_sentence_and_a_regions_lead(extract_text):
    ex = extract_text(
        "Visit", "KVITSØY, 9 March 2029 – A visit took place today.",
        "Oddmund Fjellheim governed a prison in Bergen for twelve years. He is now a senior adviser at the Norwegian "
        "Directorate of Immigration.",
        "Peregrine Ashcombe-Lowry, Europe lead at the Open Budget Partnership, who spoke last, urged the agencies to "
        "publish contracts. Bastien Ferrand-Oury, programme lead at the Open Budget Partnership, agreed.",
    )
    assert roles(ex) == {
        ("Oddmund Fjellheim", "senior adviser", "Norwegian Directorate of Immigration", None),
        ("Peregrine Ashcombe-Lowry", "Europe lead", "Open Budget Partnership", None),
        ("Bastien Ferrand-Oury", "programme lead", "Open Budget Partnership", None)}


def test_an_adviser_to_a_body(extract_text):
    ex = extract_text(
        "Visit", "TARTU, 9 March 2029 – A visit took place today.",
        "Tõnis Kasemets, an adviser to the Foreign Affairs Committee of the Riigikogu, described how the members "
        "review every treaty.",
    )
    assert roles(ex) == {("Tõnis Kasemets", "adviser", "Foreign Affairs Committee", None)}


def test_the_seat_of_an_office_is_no_part_of_its_title_even_tagged_as_a_body(extract_text):
    ex = extract_text(
        "Conference", "PRIZREN, 9 March 2029 – A conference took place today.",
        "The Kosovo Police's Regional Director in Kaçanik, Colonel Arianit Krasniqi-Dobra, called the councils \"the "
        "early warning system of every municipality\".",
    )
    assert roles(ex) == {("Arianit Krasniqi-Dobra", "Regional Director", "Kosovo Police", None)}


def test_a_student_holds_no_post(extract_text):
    ex = extract_text("Hackathon", "PIRITA, 9 March 2029 – A hackathon took place today.", "The team included Jaspar "
                      "Otsmaa, a student of software engineering at the University of Vaasa, and Lenore Kask, a "
                      "lecturer in law at Kokkola University of Applied Sciences.")
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Lenore Kask", "lecturer in law", "Kokkola University of Applied Sciences")]


def test_an_office_in_a_relative_clause_after_adverbs_or_a_description(extract_text):
    ex = extract_text("Ceremony", "NARVA, 9 March 2029 – A ceremony took place today.", "Speakers included Ingmar "
                      "Thorsen, a 2016 graduate of the Academy who now serves as Programme Officer at the United "
                      "Nations Development Programme (UNDP) in Tashkent, and Jean Leclerc, who now serves as Senior "
                      "Adviser at the International Organization for Migration (IOM).")
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Ingmar Thorsen", "Programme Officer", "United Nations Development Programme"),
        ("Jean Leclerc", "Senior Adviser", "International Organization for Migration")]


def test_a_title_before_the_next_name_is_no_apposition_of_the_one_before(extract_text):
    ex = extract_text("Forum", "AQABA, 9 March 2029 – A forum took place today.", "Speakers included Lena "
                      "Strandmark, Jordan’s Minister of Interior Kamal Sweidan and Orhan Aksoy.")
    assert [(r.person, r.title, r.state) for r in ex.roles] == [("Kamal Sweidan", "Minister of Interior", "Jordan")]


def test_a_title_after_a_dateline_closed_by_a_spaced_hyphen(extract_text):
    ex = extract_text("Statement", "VIENNA, 9 March 2029 - The OSCE Representative on Freedom of the Media, Sunita "
                      "Ferreira-Lamb, today expressed concern about the detention of a journalist.")
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Sunita Ferreira-Lamb", "Representative on Freedom of the Media", "OSCE")]


def test_an_office_told_by_a_sentence_opening_with_the_name(extract_text):
    ex = extract_text("Seminar", "KEMIN, 9 March 2029 – A seminar took place today.", "Kristo Aavikson is now a "
                      "senior adviser at the Tallinn Centre for Civic Education. He chaired the first session.",
                      date=dt.date(2029, 3, 9))
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Kristo Aavikson", "senior adviser", "Tallinn Centre for Civic Education")]


def test_an_occupation_with_its_remit_after_an_owners_possessive(extract_text):
    ex = extract_text("Seminar", "KEMIN, 9 March 2029 – A seminar took place today at the OSCE Mission to Skopje.",
                      "The programme will be co-ordinated by Zorka Mrakovica. She is the Mission’s national programme "
                      "officer for rule of law.", "The survey was designed by Signe Holmquist. She is ODIHR’s adviser "
                      "on the participation of young people and presented the findings region by region.",
                      date=dt.date(2029, 3, 9))
    assert {(r.person, r.title, r.organization) for r in ex.roles} == {
        ("Zorka Mrakovica", "national programme officer for rule of law", "OSCE Mission to Skopje"),
        ("Signe Holmquist", "adviser on the participation of young people", "ODIHR")}


def test_an_occupation_after_a_gerund(extract_text):
    ex = extract_text("Tournament", "KEMIN, 9 March 2029 – A tournament opened today.", "Sergeant Dragi Vevcani, a "
                      "community policing officer with the Ministry of Internal Affairs, will referee the final.",
                      date=dt.date(2029, 3, 9))
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Dragi Vevcani", "community policing officer", "Ministry of Internal Affairs")]


def test_chief_of_police_of_a_police_district(extract_text):
    ex = extract_text("Visit", "SORTLAND, 9 March 2029 – A study visit began today.", "The Chief of Police of the "
                      "Sortland Police District, Tordis Myrvang, described a district in which a patrol may drive "
                      "three hours.", date=dt.date(2029, 3, 9))
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Tordis Myrvang", "Chief of Police", "Sortland Police District")]


def test_a_rank_of_two_words_and_a_states_body_named_with_a_town(extract_text):
    ex = extract_text("Visit", "ORHEI, 9 March 2029 – A study visit began today.", "The delegation is led by the "
                      "Deputy Head of Moldova’s Border Police Inspectorate, Chief Superintendent Teodosie Vasilache. "
                      "Among the visitors is Casiana Grigoras, a sector officer of the Border Police Inspectorate in "
                      "Nisporeni.",
                      date=dt.date(2029, 3, 9))
    assert {(r.person, r.title, r.organization) for r in ex.roles} >= {
        ("Teodosie Vasilache", "Deputy Head", "Border Police Inspectorate")}
    assert [o.name for o in ex.organizations] == ["Border Police Inspectorate"]


def test_a_long_lower_case_post_before_a_states_possessive_and_its_body(extract_text):
    ex = extract_text("Lecture", "KEMIN, 9 March 2029 – A lecture was given today.", "Amal Berrada, head of the "
                      "international co-operation division at Morocco's General Directorate of Information Systems "
                      "Security (DGSSI), spoke on the panel.", date=dt.date(2029, 3, 9))
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Amal Berrada", "head of the international co-operation division",
         "General Directorate of Information Systems Security")]


def test_a_compound_rank_before_a_name_and_its_body_is_no_role(extract_text):
    ex = extract_text("Visit", "KEMIN, 9 March 2029 – A study visit began today.", "Lieutenant Commander Jeong Minho "
                      "of the Korea Coast Guard said that dark tankers had become a concern.", date=dt.date(2029, 3, 9))
    assert ex.roles == []
    assert "Jeong Minho" in {p.name for p in ex.people}


@pytest.mark.parametrize(("office", "expected"), [
    ("Minister of Fisheries and Attorney General", [("Minister of Fisheries", None), ("Attorney General", None)]),
    ("Special Representative and Co-ordinator for Grazing Rights",
     [("Special Representative and Co-ordinator for Grazing Rights", None)]),
], ids=["two-offices", "one-office-two-titles"])
def test_an_office_with_its_own_portfolio_and_another_office_are_two_roles(extract_text, office, expected):
    ex = extract_text("Visit", f"KEMIN, 9 March 2029 – The province’s {office}, Tamsin Oakhurst-Vane, opened the "
                      "meeting today.", date=dt.date(2029, 3, 9))
    assert [(r.title, r.organization) for r in ex.roles if r.person == "Tamsin Oakhurst-Vane"] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The panel heard Tamsin Oakhurst-Vane, a camera operator for the broadcaster Kemin TV.",
     ("Tamsin Oakhurst-Vane", "camera operator", "Kemin TV")),
    ("The panel heard Tamsin Oakhurst-Vane, senior counsel at the Kemin-based Center for Grazing Law.",
     ("Tamsin Oakhurst-Vane", "senior counsel", "Center for Grazing Law")),
], ids=["camera-operator", "counsel-at-a-center-for-a-field-of-law"])
def test_camera_operators_and_counsel_at_a_center_for_a_field_of_law(extract_text, sentence, expected):
    ex = extract_text("Panel", f"KEMIN, 9 March 2029 – {sentence}", date=dt.date(2029, 3, 9))
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [expected]
    assert expected[2] in {o.name for o in ex.organizations}
    assert not ex.documents


def test_an_apposition_naming_an_occupation_after_a_body_s_possessive(extract_text):
    ex = extract_text("Exercise", "KEMIN, 9 March 2029 – The OSCE Mission to Montenegro supports the exercise.",
                      "The scenario was written by Alaric Winterbourne, the Mission’s senior arms control officer, who "
                      "said that the drill would move on.", date=dt.date(2029, 3, 9))
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Alaric Winterbourne", "senior arms control officer", "OSCE Mission to Montenegro")]


def test_an_occupation_in_a_military_unit_of_a_body(extract_text):
    ex = extract_text("Exercise", "KEMIN, 9 March 2029 – The Engineering Command of the Armed Forces of Montenegro "
                      "runs the drill.", "Among the officers running the response is Captain Olwen Brackley. She is "
                      "deputy commander of the ammunition technical platoon of the Engineering Command.",
                      date=dt.date(2029, 3, 9))
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Olwen Brackley", "deputy commander of the ammunition technical platoon", "Engineering Command")]


def test_an_owned_office_with_its_remit_before_the_name(extract_text):
    ex = extract_text("News", "KEMIN, 9 March 2029 – Speaking from Vienna, the OSCE Transnational Threats Department’s "
                      "adviser on cyber hygiene, Fenwick Ashgrove-Tully, asked the students how many of them had ever "
                      "changed a password.", date=dt.date(2029, 3, 9))
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Fenwick Ashgrove-Tully", "adviser on cyber hygiene", "OSCE Transnational Threats Department")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("“Police still record it as assault,” said ODIHR hate crime officer Fenwick Ashgrove-Tully, who led the team.",
     ("Fenwick Ashgrove-Tully", "hate crime officer", "ODIHR")),
    ("The meeting was opened by Bundestag member Fenwick Ashgrove-Tully, who led the team.",
     ("Fenwick Ashgrove-Tully", "member", "Bundestag")),
], ids=["qualifier-tagged-as-verb", "member"])
def test_an_occupation_in_the_body_named_right_before_the_name(extract_text, sentence, expected):
    ex = extract_text("Data", f"KEMIN, 9 March 2029 – {sentence}", date=dt.date(2029, 3, 9))
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [expected]


def test_a_minister_s_portfolio_after_of_the_is_no_organization(extract_text):
    ex = extract_text("Data", "KEMIN, 9 March 2029 – Montenegro’s Deputy Minister of the Interior and Administration, "
                      "Fenwick Ashgrove-Tully, who opened the hackathon on Friday, said that the police had recorded "
                      "more cases.", date=dt.date(2029, 3, 9))
    assert [(r.title, r.organization, r.state) for r in ex.roles] == [
        ("Deputy Minister of the Interior and Administration", None, "Montenegro")]
    assert "Interior and Administration" not in {o.name for o in ex.organizations}


def test_a_superlative_before_an_occupation_tells_no_post(extract_text):
    ex = extract_text("Prize", "KEMIN, 9 March 2029 – A team of the Kemin Agrarian University won the prize today.",
                      "“We tested it on real data,” said its oldest member, Fenwick Ashgrove-Tully, 64.",
                      date=dt.date(2029, 3, 9))
    assert ex.roles == []


def test_a_rank_of_a_service_between_the_office_and_the_name(extract_text):
    ex = extract_text("Academy", "KEMIN, 9 March 2029 – The Kemin Police Academy received a simulator today.",
                      "The Head of the Academy, Major General of Police Alaric Winterbourne, said the classroom would "
                      "reach officers.", date=dt.date(2029, 3, 9))
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Alaric Winterbourne", "Head", "Kemin Police Academy")]


def test_a_hyphenated_place_qualifying_a_unit_in_an_occupation_s_post(extract_text):
    ex = extract_text("Visit", "KEMIN, 9 March 2029 – Colonel Alaric Winterbourne, commander of the "
                      "Bilhorod-Dnistrovskyi border detachment of the State Border Guard Service of Ukraine, joined "
                      "the delegation at the bridge.", date=dt.date(2029, 3, 9))
    assert [(r.title, r.organization) for r in ex.roles] == [
        ("commander of the Bilhorod-Dnistrovskyi border detachment", "State Border Guard Service of Ukraine")]


def test_a_regional_governor_of_a_place_and_a_senator_of_a_state(extract_text):
    ex = extract_text(
        "Conference",
        "KEMIN, 16 November 2040 – A conference opened today.",
        "The Regional Governor of Kemin, Nikos Kalogeridis, welcomed the delegates, among them Gualtiero Brancaleoni, "
        "an Italian senator.",
    )
    assert ("Nikos Kalogeridis", "Regional Governor of Kemin", None, None) in roles(ex)
    assert ("Gualtiero Brancaleoni", "senator", None, "Italy") in roles(ex)


def test_the_mayor_of_a_town_named_in_two_languages(extract_text):
    ex = extract_text(
        "Conference",
        "KEMIN, 16 November 2040 – A conference took place today.",
        "The Mayor of Tamga/Tamgë, Driton Kelmendi, who hosted the conference in the town hall, said that the town "
        "would help.",
    )
    assert roles(ex) == {("Driton Kelmendi", "Mayor of Tamga/Tamgë", None, None)}


def test_an_outlet_after_its_seat_and_qualifiers_and_a_group_after_its_kind_are_the_employers(extract_text):
    ex = extract_text(
        "Rights defenders meet in Kemin",
        "KEMIN, 9 March 2029 – Rights defenders from twelve countries met today in Kemin. Speakers included Arnel "
        "Tobiasz, a lawyer with the Tbilisi-based housing rights group Samartali Gza, and Ivo Brankov, editor-in-chief "
        "of the Skopje independent news portal Kompas Vesti.",
    )
    assert roles(ex) == {("Arnel Tobiasz", "lawyer", "Samartali Gza", None),
                         ("Ivo Brankov", "editor-in-chief", "Kompas Vesti", None)}
    assert {p.name for p in ex.people} == {"Arnel Tobiasz", "Ivo Brankov"}
    assert {o.name for o in ex.organizations} == {"Samartali Gza", "Kompas Vesti"}


def test_a_one_word_name_its_kind_introduced_is_the_employer_where_written_again_untagged(extract_text):
    ex = extract_text(
        "Rights defenders meet in Kemin",
        "KEMIN, 9 March 2029 – Rights defenders met today in Kemin at the invitation of the Bergen-based foundation "
        "Varsling and the Council of Europe.",
        "A course on online safety, held today, was led by Runa Eklind. She is a digital safety trainer at Varsling. "
        "\"Most threats need one click,\" she said.",
    )
    assert roles(ex) == {("Runa Eklind", "digital safety trainer", "Varsling", None)}


def test_the_head_of_a_centre_of_a_force_named_without_the_place_its_unit_serves(extract_text):
    ex = extract_text(
        "Conference on rescue at sea",
        "KEMIN, 9 March 2029 – A conference on rescue at sea opened today in Kemin.",
        "Captain Orestis Lambrakopoulos, head of the maritime operations centre of the Hellenic Navy in Paxos, said "
        "his crews were ready.",
    )
    assert roles(ex) == {("Orestis Lambrakopoulos", "head of the maritime operations centre", "Hellenic Navy", None)}
    assert {o.name for o in ex.organizations} == {"Hellenic Navy"}


def test_an_adviser_on_a_subject_ending_in_a_gerund_at_a_body(extract_text):
    ex = extract_text(
        "Reform",
        "KEMIN, 4 March 2042 – A conference opened today.",
        "Speakers included Conal Breslin, an adviser on youth policing at the Gwent Police in Wales.",
    )
    assert roles(ex) == {("Conal Breslin", "adviser on youth policing", "Gwent Police", None)}


def test_an_airline_a_concern_and_a_police_zone_are_bodies_an_office_belongs_to(extract_text):
    ex = extract_text(
        "Border course",
        "KEMIN, 14 October 2043 – A course for border officers opened today.",
        "Speakers included Temirkhan Omarbekov, head of the cargo department of Tundra Airways; Zhanyl Kaliyeva, chief "
        "engineer of the Altyn Mining Concern; and Commissioner Maarten Vandamme-Joris, Chief of Police of the Kemin "
        "Police Zone.",
    )
    assert {(r.person, r.title, r.organization) for r in ex.roles if r.organization} == {
        ("Temirkhan Omarbekov", "head of the cargo department", "Tundra Airways"),
        ("Zhanyl Kaliyeva", "chief engineer", "Altyn Mining Concern"),
        ("Maarten Vandamme-Joris", "Chief of Police", "Kemin Police Zone")}


def test_local_offices_in_the_titles_lexicon_and_an_office_before_a_bracketed_gloss(extract_text):
    ex = extract_text(
        "Handover",
        "KEMIN, 3 March 2044 – Software was handed over today.",
        "The Khokim of Kemin region, Anvarjon Tursunov, thanked the donors. The Prefect (župan) of Bjelovar-Bilogora "
        "County, Mirko Vlaić, also spoke, as did the Akyikatchy (Ombudsperson) of the Kyrgyz Republic, Aida Temirova.",
    )
    assert roles(ex) == {("Anvarjon Tursunov", "Khokim of Kemin region", None, None),
                         ("Mirko Vlaić", "Prefect", None, None), ("Aida Temirova", "Akyikatchy", None, None)}


def test_a_minister_with_a_portfolio_after_another_office_is_a_second_role(extract_text):
    ex = extract_text(
        "Handover",
        "KEMIN, 3 March 2044 – Software was handed over today.",
        "The Tánaiste and Minister for Foreign Affairs of Ireland, Sorcha Daly, spoke.",
    )
    assert roles(ex) == {("Sorcha Daly", "Tánaiste", None, "Ireland"),
                         ("Sorcha Daly", "Minister for Foreign Affairs", None, "Ireland")}


def test_an_occupation_after_whose_belongs_to_the_body_before_it(extract_text):
    ex = extract_text(
        "Seminar",
        "KEMIN, 8 May 2045 – A seminar for judges opened today.",
        "One such association is the Lisbon-based Rede Vigilante, whose lawyer, Gracinda Brandoa-Moura, also spoke.",
    )
    assert roles(ex) == {("Gracinda Brandoa-Moura", "lawyer", "Rede Vigilante", None)}


def test_a_region_named_by_a_compass_word_and_a_state_and_a_deputy_s_place_title(extract_text):
    ex = extract_text(
        "Round table",
        "KEMIN, 31 July 2048 – A round table opened today.",
        "The Deputy Akim of North Kazakhstan Region, Olzhas Sadykov, opened the round table hosted by the Police "
        "Department of North Kazakhstan Region.",
    )
    assert roles(ex) == {("Olzhas Sadykov", "Deputy Akim of North Kazakhstan Region", None, None)}
    assert [o.name for o in ex.organizations] == ["Police Department of North Kazakhstan Region"]


def test_a_charge_d_affaires_of_an_embassy(extract_text):
    ex = extract_text(
        "Opening",
        "KEMIN, 5 July 2046 – A crossing point opened today.",
        "The Chargé d'affaires of the Embassy of Finland in Dushanbe, Vappu Leppälä-Kivi, said the crossing would help "
        "traders.",
    )
    assert roles(ex) == {("Vappu Leppälä-Kivi", "Chargé d'affaires", "Embassy of Finland in Dushanbe", None)}


def test_a_special_rapporteur_s_remit_in_lower_case_before_and_after_the_name(extract_text):
    ex = extract_text(
        "Seminar",
        "KEMIN, 6 March 2046 – A seminar opened today.",
        "By video link from Geneva, the UN Special Rapporteur on the promotion of water rights while preventing "
        "conflicts, Titilayo Adebisi-Bello, warned the participants. \"Water is a right,\" said Lionel "
        "Thibodeaux-Marchal, the UN Special Rapporteur on the rights of migrants in transit, who joined by video link.",
    )
    assert roles(ex) == {
        ("Titilayo Adebisi-Bello", "Special Rapporteur on the promotion of water rights while preventing conflicts",
         "UN", None),
        ("Lionel Thibodeaux-Marchal", "Special Rapporteur on the rights of migrants in transit", "UN", None)}


def test_a_government_plenipotentiary_is_an_office_not_a_body(extract_text):
    ex = extract_text(
        "Visit",
        "KEMIN, 6 March 2046 – The High Commissioner visited Kemin today.",
        "In the capital on Monday, the High Commissioner met Norway’s State Secretary for Culture and Equality, "
        "Torgunn Aasheim, and the Government Plenipotentiary for Minority Languages, Åshild Steinsvik.",
    )
    assert ("Åshild Steinsvik", "Government Plenipotentiary for Minority Languages", None, None) in roles(ex)
    assert [o.name for o in ex.organizations] == []


def test_an_age_between_the_name_and_the_apposition(extract_text):
    ex = extract_text("Forum", "KEMIN, 9 May 2044 – Among the speakers was Bronisława Wielgus-Fenn, 31, a lawyer with "
                      "the Dorsk Bar Association, who spoke in Polish.")
    assert roles(ex) == {("Bronisława Wielgus-Fenn", "lawyer", "Dorsk Bar Association", None)}


def test_a_cadet_holds_no_post(extract_text):
    ex = extract_text("Course", "KEMIN, 9 May 2044 – Bolortuya Dulmaa, a third-year cadet at the Kemin Military "
                      "Academy, said that she wanted to serve with the border troops.")
    assert roles(ex) == set()


def test_an_occupation_after_a_two_word_back_reference_with_a_remit_naming_a_place(extract_text):
    ex = extract_text("Dialogue", "KEMIN, 9 May 2044 – Farmers agreed on a schedule at a dialogue facilitated by the "
                      "OSCE Programme Office in Bishkek.",
                      "The dialogue was moderated by Aidarkan Asylbaeva, the Programme Office's national officer for "
                      "environmental affairs, and by Tolkunbek Jergalan, the Programme Office's adviser for Karakujur "
                      "Valley, who spoke next.")
    assert roles(ex) == {
        ("Aidarkan Asylbaeva", "national officer for environmental affairs", "OSCE Programme Office in Bishkek", None),
        ("Tolkunbek Jergalan", "adviser for Karakujur Valley", "OSCE Programme Office in Bishkek", None)}


def test_a_specialist_is_an_office(extract_text):
    ex = extract_text("Meeting", "KEMIN, 9 May 2044 – A meeting on gender equality in the armed forces took place "
                      "today.", "The guest speakers included Ashkhen Gevorgyants-Mkrtumova, a gender adviser in the "
                      "Kemin Armed Forces; Hovsep Tarkhanyants-Dolukhyan, Programme Specialist at the UN Women office "
                      "in Kemin; and Tamrazyan Avetikov, who commands a company.")
    assert ("Hovsep Tarkhanyants-Dolukhyan", "Programme Specialist", "UN Women", None) in roles(ex)


def test_a_marshal_of_a_region_holds_an_office_and_an_air_marshal_a_rank(extract_text):
    ex = extract_text("Conference", "KEMIN, 9 May 2044 – A conference on mining regions opened in Kemin today.",
                      "The Marshal of the Lubuskie Region, Jadwisia Ostromecka, said that two mines would become solar "
                      "parks.",
                      "Air Marshal Sir Jowan Tregarthen-Vosper, the United Kingdom’s Chief of the Air Staff, spoke "
                      "next.")
    assert roles(ex) == {("Jadwisia Ostromecka", "Marshal of the Lubuskie Region", None, None),
                         ("Jowan Tregarthen-Vosper", "Chief of the Air Staff", None, "United Kingdom")}


def test_the_body_an_office_is_of_named_before_its_kind_in_apposition(extract_text):
    ex = extract_text("Conference", "KEMIN, 9 May 2044 – A conference opened in Kemin today.",
                      "The speakers on the first panel were Gwenaël Maesschalck, President of GREY Platform Europe, "
                      "the Brussels-based network of older people's organizations; and Hedwiga Wexdorf, a senior "
                      "adviser at the Ministry of Labour.")
    assert ("Gwenaël Maesschalck", "President", "GREY Platform Europe", None) in roles(ex)


def test_a_church_in_the_portfolio_of_a_state_secretary(extract_text):
    ex = extract_text("Visit", "KEMIN, 9 May 2044 – The Personal Representative visited Kemin today.",
                      "On Tuesday, the Personal Representative met the State Secretary for Church and Minority "
                      "Relations at Hungary’s Prime Minister’s Office, Zsófia Bárdossy-Kertai, who told him that "
                      "funding had doubled.")
    assert roles(ex) == {("Zsófia Bárdossy-Kertai", "State Secretary for Church and Minority Relations",
                          "Prime Minister’s Office", "Hungary")}
    assert "Church and Minority Relations" not in {o.name for o in ex.organizations}


def test_an_auditor_general_is_an_office(extract_text):
    ex = extract_text("Round table", "KEMIN, 9 May 2044 – A round table on party finances took place in Kemin today.",
                      "The Deputy Auditor General of Georgia, Vakhtangi Kvirikashvili-Gelovani, said that most "
                      "parties now filed their reports on time.")
    assert [p.name for p in ex.people] == ["Vakhtangi Kvirikashvili-Gelovani"]
    assert roles(ex) == {("Vakhtangi Kvirikashvili-Gelovani", "Deputy Auditor General", None, "Georgia")}


def test_an_office_with_its_remit_after_a_bodys_possessive_is_no_body(extract_text):
    ex = extract_text("Handover", "KEMIN, 9 May 2044 – The OSCE Mission to Serbia handed over equipment in Kemin "
                      "today.", "The Mission’s National Programme Officer for Police Development, Vukomir "
                      "Dobrivojević, said that more equipment would follow.")
    assert [o.name for o in ex.organizations] == ["OSCE Mission to Serbia"]
    assert roles(ex) == {("Vukomir Dobrivojević", "National Programme Officer for Police Development",
                          "OSCE Mission to Serbia", None)}


def test_an_office_the_model_tagged_as_an_organization_is_a_title(extract_text):
    # no gazetteer knows the office as an institution: the phrase is the person's title, the State hers
    ex = extract_text("Round table", "KEMIN, 9 March 2053 – A round table took place in Kemin today.",
                      "Hungary's Government Plenipotentiary for Roma Affairs, Tündérke Halmosné, described the rule.")
    assert [(r.person, r.title, r.organization, r.state) for r in ex.roles] == [
        ("Tündérke Halmosné", "Government Plenipotentiary for Roma Affairs", None, "Hungary")]
    assert ex.organizations == []


def test_an_office_after_whose_is_the_office_of_the_body_before_it(extract_text):
    ex = extract_text("Visit", "KEMIN, 9 March 2053 – The High Commissioner visited Kemin today.",
                      "The visit was prepared with Romania’s Department for Rural Archives, whose State Secretary, "
                      "Dumitru Stoicescu, accompanied the High Commissioner.")
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Dumitru Stoicescu", "State Secretary", "Department for Rural Archives")]


def test_a_towns_branch_of_a_body_is_part_of_the_office(extract_text):
    ex = extract_text("Workshop", "KEMIN, 9 March 2053 – A workshop took place in Kemin today.",
                      "Zhyrgalbek Asankulov, Director of the Dorsk branch of the Kemin Hydrometeorological Service, "
                      "spoke. Velemír Pětikoz, Director of the Vrchlabí regional branch of the Labour Office of Kemin, "
                      "spoke.")
    assert {r[:3] for r in roles(ex)} >= {
        ("Zhyrgalbek Asankulov", "Director of the Dorsk branch", "Kemin Hydrometeorological Service"),
        ("Velemír Pětikoz", "Director of the Vrchlabí regional branch", "Labour Office of Kemin")}


def test_a_posts_subject_with_a_possessive_or_and(extract_text):
    ex = extract_text("Workshop", "KEMIN, 9 March 2053 – A workshop took place in Kemin today.",
                      "Nigorabonu Davlatqulova, head of the women’s affairs unit of the Dorsk Regional Department of "
                      "Internal Affairs, spoke.")
    assert {r[:3] for r in roles(ex)} == {("Nigorabonu Davlatqulova", "head of the women’s affairs unit",
                                           "Dorsk Regional Department of Internal Affairs")}


def test_a_known_name_with_a_possessive_inside_is_not_split(extract_text):
    ex = extract_text("Workshop", "KEMIN, 9 March 2053 – A workshop took place in Kemin today.",
                      "Ingvold Nyquard, a road safety specialist at the United Nations Children’s Fund (UNICEF) in "
                      "Kemin, spoke.")
    assert {(r.person, r.organization) for r in ex.roles} == {("Ingvold Nyquard", "United Nations Children’s Fund")}


def test_a_title_goes_on_through_with_between_plurals_and_communities_are_no_person(extract_text):
    ex = extract_text("Workshop", "KEMIN, 9 May 2071 – A workshop took place in Kemin today.",
                      "“A vote counts,” said Tamsine Holloway-Kettridge, ODIHR’s Senior Adviser on Persons with "
                      "Disabilities, as she opened the workshop. Slovakia’s Special Envoy for Relations with Jewish "
                      "Communities and the Fight against Antisemitism, Ortrun Pruszkowiak, spoke.")
    assert [p.name for p in ex.people] == ["Tamsine Holloway-Kettridge", "Ortrun Pruszkowiak"]
    assert ("Tamsine Holloway-Kettridge", "Senior Adviser on Persons with Disabilities", "ODIHR", None) in roles(ex)
    assert {r.person for r in ex.roles} == {"Tamsine Holloway-Kettridge", "Ortrun Pruszkowiak"}


def test_known_bodies_of_local_authorities(extract_text):
    ex = extract_text("Visit", "KEMIN, 9 May 2071 – A study visit took place in Kemin today.",
                      "Tamsine Holloway-Kettridge, Secretary General of the Standing Conference of Towns and "
                      "Municipalities, spoke. Ortrun Pruszkowiak, a researcher at the Council of Europe's Congress of "
                      "Local and Regional Authorities, spoke.")
    assert roles(ex) == {
        ("Tamsine Holloway-Kettridge", "Secretary General", "Standing Conference of Towns and Municipalities", None),
        ("Ortrun Pruszkowiak", "researcher", "Congress of Local and Regional Authorities", None)}


def test_of_inside_the_field_of_an_office_before_its_word(extract_text):
    ex = extract_text("Round table", "KEMIN, 9 May 2071 – A round table took place in Kemin today.",
                      "The OSCE Mission to Serbia’s Senior Rule of Law Adviser, Hroswitha Zembrzycka, spoke.")
    assert roles(ex) == {("Hroswitha Zembrzycka", "Senior Rule of Law Adviser", "OSCE Mission to Serbia", None)}


def test_the_office_before_a_judges_form_of_address_is_the_role(extract_text):
    ex = extract_text("Training", "KEMIN, 8 April 2077 – A training took place in Kemin today.",
                      "The President of the Kemin District Court, Judge Radmilka Vlaskovan, spoke.")
    assert roles(ex) == {("Radmilka Vlaskovan", "President", "Kemin District Court", None)}


def test_a_commission_on_two_media_joined_by_and(extract_text):
    ex = extract_text("Workshop", "KEMIN, 8 April 2077 – A workshop took place in Kemin today.",
                      "The Chairperson of Armenia's Commission on Television and Radio, Vardanushik Terhovsepyan, "
                      "said that the Commission would not renew a licence.")
    assert roles(ex) == {("Vardanushik Terhovsepyan", "Chairperson", "Commission on Television and Radio", "Armenia")}


def test_a_title_word_of_hyphen_joined_parts_before_the_office_word(extract_text):
    ex = extract_text("Course", "KEMIN, 8 April 2080 – A course took place in Kemin today.",
                      "“Children first,” said Brunhildine Krausbeckerova, Senior Co-ordination Adviser at the OSCE "
                      "Mission to Serbia, as she opened the course. The Editor-in-Chief of Kemin TV, Hroswitha "
                      "Zembrzycka, spoke.")
    assert roles(ex) == {("Brunhildine Krausbeckerova", "Senior Co-ordination Adviser", "OSCE Mission to Serbia", None),
                         ("Hroswitha Zembrzycka", "Editor-in-Chief", "Kemin TV", None)}


def test_a_state_official_with_a_second_ministers_office(extract_text):
    ex = extract_text("Seminar", "KEMIN, 8 April 2081 – A seminar took place in Kemin today.",
                      "Belgium’s Deputy Prime Minister and Minister of the Interior, Orlenska Vashtuk, spoke.")
    assert roles(ex) == {("Orlenska Vashtuk", "Deputy Prime Minister", None, "Belgium"),
                         ("Orlenska Vashtuk", "Minister of the Interior", None, "Belgium")}


def test_an_occupation_with_two_qualifiers_at_a_body_named_by_its_word(extract_text):
    ex = extract_text("Workshop", "KEMIN, 8 April 2081 – A workshop took place in Kemin today.",
                      "The workshop was organized by the OSCE Programme Office in Astana. Beltrune Ostkamp, an "
                      "economic and environmental officer at the Programme Office, spoke.")
    assert roles(ex) == {
        ("Beltrune Ostkamp", "economic and environmental officer", "OSCE Programme Office in Astana", None)}
    ex = extract_text("Workshop", "KEMIN, 8 April 2081 – A workshop took place in Kemin today.",
                      "The workshop was organized by the Office of the OSCE High Commissioner on National Minorities. "
                      "Quellmar Dravinskaya, a project officer at the Office, who organized the workshop, said that "
                      "it went well.")
    assert roles(ex) == {
        ("Quellmar Dravinskaya", "project officer", "Office of the OSCE High Commissioner on National Minorities",
         None)}


def test_a_participle_or_a_people_describing_a_bodys_members(extract_text):
    ex = extract_text("Training", "KEMIN, 8 April 2081 – A training took place in Kemin today.",
                      "The trainers were Vardušik Ormelova, a lawyer with the Kemin-based displaced women’s group "
                      "Dzhanabeli Kvemurtuli; and Bershengo Kalosvari, a volunteer with the Kemin-based Roma reading "
                      "club Paramichi Lilori.")
    assert roles(ex) == {("Vardušik Ormelova", "lawyer", "Dzhanabeli Kvemurtuli", None),
                         ("Bershengo Kalosvari", "volunteer", "Paramichi Lilori", None)}


def test_an_acronym_qualifying_a_bodys_kind_after_an_occupation(extract_text):
    ex = extract_text("Seminar", "KEMIN, 8 April 2081 – A seminar took place in Kemin today.",
                      "The speakers included Sonnegard Hvitmark, a volunteer with the Kemin-based LGBTI support group "
                      "Vaivoro Draugai.")
    assert roles(ex) == {("Sonnegard Hvitmark", "volunteer", "Vaivoro Draugai", None)}


def test_the_head_of_a_lower_case_commission_or_a_search_and_rescue_department(extract_text):
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Hedvigora Salmenkorpi, head of the heritage commission of the Jewish Community of Kemin, spoke. "
                      "Tuvalinde Aspvretsholm, head of the search and rescue department of the Hellenic Coast Guard, "
                      "spoke too.")
    assert roles(ex) == {
        ("Hedvigora Salmenkorpi", "head of the heritage commission", "Jewish Community of Kemin", None),
        ("Tuvalinde Aspvretsholm", "head of the search and rescue department", "Hellenic Coast Guard", None)}


def test_occupations_before_the_names_in_a_list_of_trainers(extract_text):
    ex = extract_text("Training", "KEMIN, 8 April 2081 – A training took place in Kemin today.",
                      "The trainers were a child protection specialist at the United Nations Children’s Fund (UNICEF), "
                      "who came from Geneva, Solvejgine Marthenholm; and two police officers.")
    assert roles(ex) == {
        ("Solvejgine Marthenholm", "child protection specialist", "United Nations Children’s Fund", None)}


def test_an_occupation_at_a_unit_of_a_body_before_the_name(extract_text):
    ex = extract_text("Training", "KEMIN, 8 April 2081 – A training took place in Kemin today.",
                      "The trainers were two police officers and a lecturer at the Department of Economics of the "
                      "University of Latvia, Margitte Brackwasser.")
    assert roles(ex) == {("Margitte Brackwasser", "lecturer", "Department of Economics", None)}


def test_an_occupation_at_a_unit_with_a_long_name_or_with_a_body_described_by_a_possessive(extract_text):
    ex = extract_text("Training", "KEMIN, 8 April 2081 – A training took place in Kemin today.",
                      "The trainers were a lecturer at the Department of Conservation and Restoration of the National "
                      "Academy of Halvast, Jorunna Dunmarrow-Kest; and a volunteer with the Kemin-based hunters' "
                      "society Aldmoor Wells, Orrin Marchbanks-Feore.")
    assert roles(ex) == {("Jorunna Dunmarrow-Kest", "lecturer", "Department of Conservation and Restoration", None),
                         ("Orrin Marchbanks-Feore", "volunteer", "Aldmoor Wells", None)}


def test_an_occupation_with_two_nouns_joined_by_and_before_it(extract_text):
    ex = extract_text("Conference", "KEMIN, 8 April 2081 – A conference took place in Kemin today.",
                      "The speakers also included Orrin Marchbanks-Feore, a climate and health expert at the United "
                      "Nations Children's Fund (UNICEF), who came from Halvast; and Wendeline Quarrington-Bosk, a "
                      "search and rescue officer at the International Maritime Organization (IMO).")
    assert roles(ex) == {
        ("Orrin Marchbanks-Feore", "climate and health expert", "United Nations Children's Fund", None),
        ("Wendeline Quarrington-Bosk", "search and rescue officer", "International Maritime Organization", None)}


def test_an_occupation_qualified_by_a_nouns_complement_or_by_peoples(extract_text):
    # "a rule of law officer", "a Roma and Sinti officer": the office's field qualifies the occupation.
    ex = extract_text("Workshop", "KEMIN, 8 April 2081 – The OSCE Mission to Serbia held a workshop in Kemin today.",
                      "Orrin Marchbanks-Feore, a rule of law officer at the Mission, who organized the workshop, said "
                      "that a guide would follow. Brisvane Dornhallow-Oday, a Roma and Sinti officer at the Mission, "
                      "spoke after him.", date=dt.date(2081, 4, 8), place="Kemin")
    assert {(r.person, r.title, r.organization) for r in ex.roles} == {
        ("Orrin Marchbanks-Feore", "rule of law officer", "OSCE Mission to Serbia"),
        ("Brisvane Dornhallow-Oday", "Roma and Sinti officer", "OSCE Mission to Serbia")}


def test_an_occupations_qualifiers_are_counted_in_words_with_or_between_them(extract_text):
    # "a security co-operation officer" (five tokens, three words), "a freedom of religion or belief adviser".
    ex = extract_text("Workshop", "KEMIN, 8 April 2081 – The OSCE Mission to Serbia held a workshop in Kemin today.",
                      "Orrin Marchbanks-Feore, a security co-operation officer at the Mission, who organized the "
                      "workshop, said that a guide would follow. Brisvane Dornhallow-Oday, a freedom of religion or "
                      "belief adviser at the Mission, spoke after him.", date=dt.date(2081, 4, 8), place="Kemin")
    assert {(r.person, r.title, r.organization) for r in ex.roles} == {
        ("Orrin Marchbanks-Feore", "security co-operation officer", "OSCE Mission to Serbia"),
        ("Brisvane Dornhallow-Oday", "freedom of religion or belief adviser", "OSCE Mission to Serbia")}


def test_an_archbishop_or_a_primate_of_a_church_holds_an_office_of_it(extract_text):
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "The Archbishop of the Evangelical Church of Harnvik, Orrin Marchbanks-Feore, called the parish "
                      "house “a kindergarten with a bell tower”. The Primate of the Diocese of Oldmere, Bishop "
                      "Brisvane Dornhallow-Oday, called the road “a path”.", date=dt.date(2081, 4, 8), place="Kemin")
    assert {(r.person, r.title, r.organization) for r in ex.roles} == {
        ("Orrin Marchbanks-Feore", "Archbishop", "Evangelical Church of Harnvik"),
        ("Brisvane Dornhallow-Oday", "Primate", "Diocese of Oldmere")}


def test_a_harbour_master_of_a_town_is_an_office_of_the_place(extract_text):
    ex = extract_text("Training", "KEMIN, 8 April 2081 – A training took place in Kemin today.",
                      "The Harbour Master of Harnvik, Commander Orrin Marchbanks-Feore, called the anchorage “the last "
                      "waiting room”.", date=dt.date(2081, 4, 8), place="Kemin")
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Orrin Marchbanks-Feore", "Harbour Master of Harnvik", None)]


def test_a_guilds_master_and_more_trades_at_their_workplaces(extract_text):
    ex = extract_text("Training", "KEMIN, 8 April 2081 – A training took place in Kemin today.",
                      "The Master of the Brinewell Salt Makers’ Guild, Quillon Vasterby, opened the training. Among "
                      "the participants was Ellory Tamsworth, a pastry chef at the Oldmere Bread Factory, who said "
                      "that apprentices were paid in bread.")
    assert {(r.person, r.title, r.organization) for r in ex.roles} == {
        ("Quillon Vasterby", "Master", "Brinewell Salt Makers’ Guild"),
        ("Ellory Tamsworth", "pastry chef", "Oldmere Bread Factory")}


def test_a_lower_case_chairwoman_or_chairman_of_a_body(extract_text):
    # tests/gold_blind210-blind252: "X, chairwoman of the Y Association" (28 roles missed over the sets)
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Ellory Tamsworth, chairwoman of the Oldmere Association of Teachers, said the rules were "
                      "paperwork. Quillon Vasterby, chairman of the Harnvik Fishermen's Society, agreed.")
    assert {(r.person, r.title, r.organization) for r in ex.roles} == {
        ("Ellory Tamsworth", "chairwoman", "Oldmere Association of Teachers"),
        ("Quillon Vasterby", "chairman", "Harnvik Fishermen's Society")}


def test_an_adjective_joined_by_a_hyphen_tells_a_language_or_a_birthplace(extract_text):
    # tests/gold_blind254, blind256: "an Estonian-language teacher at Sillamäe Basic School", "a Ukrainian-born
    # shopkeeper from Białystok"
    ex = extract_text("Visit", "KEMIN, 8 April 2081 – A visit took place in Kemin today.",
                      "Ellory Tamsworth, an Estonian-language teacher at Harnvik Basic School, said the classes were "
                      "full. Quillon Vasterby, a Ukrainian-born shopkeeper from Oldmere, told of the attack.")
    assert roles(ex) == {("Ellory Tamsworth", "Estonian-language teacher", "Harnvik Basic School", None)}


def test_a_foreign_countrys_adjective_and_a_place_after_a_remit_are_no_words_of_the_title(extract_text):
    # tests/gold_blind289, blind288: "Brazilian Consul General in Porto X" (Brazil no participating State), "The Deputy
    # Mayor for Communities of Prizren, X,"
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        return [Span(doc, t.i, t.i + (1 if t.text == "Brazilian" else 2), label="NORP" if t.text == "Brazilian"
                     else "PERSON") for t in doc if t.text in {"Brazilian", "Ellory", "Quillon"}]

    ex = extract_text("Visit", "KEMIN, 8 April 2081 – A visit took place in Kemin today.",
                      "Brazilian Consul General Ellory Tamsworth said his consulate had helped forty nationals. The "
                      "Deputy Mayor for Communities of Oldmere, Quillon Vasterby, told the participants about the "
                      "offices.", tag=tag)
    assert roles(ex) == {("Ellory Tamsworth", "Consul General", None, None),
                         ("Quillon Vasterby", "Deputy Mayor for Communities", None, None)}


def test_a_posting_to_a_place_a_senior_official_a_naib_imam_and_a_lawyer_at_an_ngo(extract_text):
    # tests/gold_blind300, blind318, blind321, blind320, blind322: "Croatian Ambassador to Kosovo X" (no participating
    # State), "Iceland’s Senior Arctic Official, X", "Naib Imam X of the ...", "a lawyer at the NGO Promo-LEX"
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Croatian Ambassador to Kosovo Ellory Tamsworth, whose country funds the project, spoke. Quillon "
                      "Vasterby, a lawyer at the NGO Promo-LEX, reminded the meeting of the cars. Iceland’s Senior "
                      "Arctic Official, Brisvane Oday, led a panel. Naib Imam Orrin Marchbanks of the Spiritual "
                      "Administration spoke of recruiters.")
    assert roles(ex) == {("Ellory Tamsworth", "Ambassador to Kosovo", None, "Croatia"),
                         ("Quillon Vasterby", "lawyer", "Promo-LEX", None),
                         ("Brisvane Oday", "Senior Arctic Official", None, "Iceland"),
                         ("Orrin Marchbanks", "Naib Imam", None, None)}


def test_a_title_before_a_bodys_name_in_its_own_language_in_brackets(extract_text):
    # tests/gold_blind320: "The Chairman of the Committee on Culture of the National Assembly (Országgyűlés), X, told"
    ex = extract_text("Visit", "KEMIN, 8 April 2081 – A visit took place in Kemin today.",
                      "The Chairman of the Committee on Culture of the National Assembly (Országgyűlés), Ellory "
                      "Tamsworth, told the Representative that Parliament would review the law.")
    assert roles(ex) == {("Ellory Tamsworth", "Chairman", "Committee on Culture", None)}


def test_a_hakim_of_a_place_with_its_word_in_lower_case(extract_text):
    # tests/gold_blind311, blind323, blind72: "The Hakim of Serhetabat etrap, X, welcomed ...", "The Hakim of Balkan
    # Province, X, said ..." (the office written with its place)
    ex = extract_text("Visit", "KEMIN, 8 April 2081 – A visit took place in Kemin today.",
                      "The Hakim of Oldmere etrap, Ellory Tamsworth, welcomed the participants.")
    assert roles(ex) == {("Ellory Tamsworth", "Hakim of Oldmere etrap", None, None)}


def test_an_occupation_after_the_possessive_of_a_body_named_before_by_one_word(extract_text):
    # tests/gold_blind323, blind333, blind334: "The Mission’s rule of law adviser, X, presented ...", "The Centre's
    # economic and environmental officer, X, closed ...", "The Mission's Roma and Sinti affairs officer, X, said ...",
    # "The Project Co-ordinator’s rule of law officer, X, said ..."
    ex = extract_text("Training", "KEMIN, 8 April 2081 – The OSCE Mission to Tessaly held a training in Kemin today.",
                      "The Mission’s rule of law officer, Ellory Tamsworth, presented a comparison. The Mission's Roma "
                      "and Sinti affairs officer, Quillon Vasterby, said the report would follow.")
    assert roles(ex) == {("Ellory Tamsworth", "rule of law officer", "OSCE Mission to Tessaly", None),
                         ("Quillon Vasterby", "Roma and Sinti affairs officer", "OSCE Mission to Tessaly", None)}
    ex = extract_text("Seminar", "KEMIN, 8 April 2081 – The OSCE Project Co-ordinator in Tessaly held a seminar in "
                      "Kemin today.", "The Project Co-ordinator’s economic and environmental officer, Brisvane Oday, "
                      "closed the seminar.")
    assert roles(ex) == {("Brisvane Oday", "economic and environmental officer", "OSCE Project Co-ordinator in Tessaly",
                          None)}


def test_a_title_opening_its_sentence_then_its_body_and_the_holder_before_a_verb(extract_text):
    # tests/gold_blind335, blind336, blind343: "Director of the Institute for the Improvement of Education X Y
    # presented ...", "Secretary of State at the Ministry of Education and Research X Y said ...", "Secretary General
    # of the OSCE PA X Y said ..." (the names tagged as nothing)
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Director of the Institute for the Improvement of Tides Ellory Tamsworth presented a module. "
                      "Secretary General of the OSCE PA Quillon Vasterby said the Assembly had adopted resolutions.")
    assert roles(ex) == {("Ellory Tamsworth", "Director", "Institute for the Improvement of Tides", None),
                         ("Quillon Vasterby", "Secretary General", "OSCE PA", None)}


def test_roles_at_a_safe_house_with_its_own_language_name_a_faculty_a_channel_and_a_bloc(extract_text):
    # tests/gold_blind349, blind350, blind352: "The director of the Bihać Safe House (Sigurna kuća Bihać), X, said",
    # "X, an editor at the Batumi broadcaster TV 25", "X, director of the Bender Business Incubator", "X, secretary of
    # the opposition alliance Arevik Bloc", "X, dean of the Faculty of History and Philology of Y University"
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "The director of the Oldmere Safe House (Sigurna kuća Oldmere), Ellory Tamsworth, said the "
                      "shelter was full. Quillon Vasterby, an editor at the Oldmere broadcaster TV 25, said it was "
                      "hard. Brisvane Oday, director of the Oldmere Business Incubator, called the cost a tax. Orrin "
                      "Marchbanks, secretary of the opposition alliance Harnvik Bloc, said it was unfair. Tamsin "
                      "Vorley, dean of the Faculty of History and Philology of Oldmere University, said it was hard.")
    assert roles(ex) == {("Ellory Tamsworth", "director", "Oldmere Safe House", None),
                         ("Quillon Vasterby", "editor", "TV 25", None),
                         ("Brisvane Oday", "director", "Oldmere Business Incubator", None),
                         ("Orrin Marchbanks", "secretary", "Harnvik Bloc", None),
                         ("Tamsin Vorley", "dean", "Faculty of History and Philology", None)}


def test_a_known_body_in_a_state_and_a_chair_after_the_bodys_last_word(extract_text):
    # tests/gold_blind348, blind351: "The Chief of Mission of the International Organization for Migration in
    # Turkmenistan, X, called ...", "Chair of the Alliance of Women MPs X Y presented ..."
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "The Chief of Mission of the International Organization for Migration in Turkmenistan, Ellory "
                      "Tamsworth, called the forms useful. Chair of the Alliance of Women MPs Quillon Vasterby "
                      "presented a survey.")
    assert roles(ex) == {("Ellory Tamsworth", "Chief of Mission", "International Organization for Migration",
                          "Turkmenistan"),
                         ("Quillon Vasterby", "Chair", "Alliance of Women MPs", None)}


def test_occupations_a_bodys_possessive_owns_after_the_name(extract_text):
    # tests/gold_blind353: "X, the Mission’s Roma and Sinti issues officer, presented ...", "X, ODIHR’s freedom of
    # assembly adviser, presented ..." (the first name tagged ORG with the words after it, the second tagged nothing)
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – The OSCE Mission to Tessaly held a conference in Kemin today "
                      "with the OSCE Office for Democratic Institutions and Human Rights (ODIHR).",
                      "Nadeždalina Pešićevarija, the Mission’s Roma and Sinti issues officer, presented a map of the "
                      "settlements. Quillon Vasterby, ODIHR’s freedom of assembly adviser, presented a handbook.")
    assert roles(ex) == {("Nadeždalina Pešićevarija", "Roma and Sinti issues officer", "OSCE Mission to Tessaly", None),
                         ("Quillon Vasterby", "freedom of assembly adviser", "ODIHR", None)}


def test_a_body_with_its_own_language_name_after_its_state_a_team_and_a_run_on_holder(extract_text):
    # tests/gold_blind350, blind355: "A member of the National Council of the Slovak Republic (Národná rada Slovenskej
    # republiky), X, described ...", "X, Head of the Roma and Travellers Team of the Council of Europe", "Deputy
    # Chairman of the Supreme Court X Y-Z said ..." (the model's "the Supreme Court X")
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "A member of the National Council of the Slovak Republic (Národná rada Slovenskej republiky), "
                      "Ellory Tamsworth, described her work. “Participation starts with a birth certificate,” said "
                      "Quillon Vasterby, Head of the Roma and Travellers Team of the Council of Europe. Deputy "
                      "Chairman of the Supreme Court Ravshanbekqul Ismatullayevichzoda-Oltinoyev said that the Supreme "
                      "Court had prepared a resolution.")
    assert roles(ex) == {("Ellory Tamsworth", "member", "National Council of the Slovak Republic", None),
                         ("Quillon Vasterby", "Head", "Roma and Travellers Team", None),
                         ("Ravshanbekqul Ismatullayevichzoda-Oltinoyev", "Deputy Chairman", "Supreme Court", None)}


def test_the_osce_named_in_its_structures_title_and_an_occupation_of_the_project_coordinator(extract_text):
    # tests/gold_blind355, blind357: "said Ambassador X, the OSCE Project Co-ordinator in Uzbekistan" (the OSCE is
    # named, and listed), "X, the Project Co-ordinator’s gender officer, explained ..."
    ex = extract_text("Workshop", "TASHKENT, 8 June 2082 – The OSCE Project Co-ordinator in Uzbekistan held a "
                      "workshop in Namangan today.", "“Women are half,” said Ambassador Ellory Tamsworth, the OSCE "
                      "Project Co-ordinator in Uzbekistan. Quillon Vasterby, the Project Co-ordinator’s gender "
                      "officer, explained how the handbook would be published.")
    assert roles(ex) == {("Ellory Tamsworth", "Project Co-ordinator in Uzbekistan", "OSCE", None),
                         ("Quillon Vasterby", "gender officer", "OSCE Project Co-ordinator in Uzbekistan", None)}
    assert "OSCE" in {o.name for o in ex.organizations}


def test_the_holder_after_an_opening_title_of_a_region(extract_text):
    # tests/gold_blind357: "Deputy Khokim of Namangan Region X Y said ...", "Deputy Akim of Shymkent X Y-Z said ..."
    # (the model's organization "Khokim of Namangan Region X Y")
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Deputy Khokim of Namangan Region Ellory Tamsworth said that half of the officials had been "
                      "recruited. Deputy Akim of Shymkent Baurzhanbekesh Kozhakhmetovich-Arystan said the prisons were "
                      "full.")
    assert {(r.person, r.title) for r in ex.roles} == {
        ("Ellory Tamsworth", "Deputy Khokim of Namangan Region"),
        ("Baurzhanbekesh Kozhakhmetovich-Arystan", "Deputy Akim of Shymkent")}


def test_a_council_for_self_regulation_a_first_deputy_and_a_portfolio_list_before_its_holder(extract_text):
    # tests/gold_blind354, blind270: "X, President of the Media Council for Self-Regulation, presented ..." (no
    # document's "Regulation"), "First Deputy Chairman of the Financial Monitoring Agency X Y said ..." (the given name
    # tagged an adverb), "State Secretary of the Ministry of Labour, Employment, Veteran and Social Policy X Y told ..."
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Bojanelka Trebjesovac, President of the Media Council for Self-Regulation, presented the "
                      "Council's report. First Deputy Chairman of the Financial Monitoring Agency Nurlanbekzhanuly "
                      "Ilebalkhashuly said that the Agency had received twice as many reports. State Secretary of the "
                      "Ministry of Labour, Employment, Veteran and Social Policy Radmivrbanka Žičevska told the "
                      "participants that her ministry would fund two teams.")
    assert roles(ex) == {
        ("Bojanelka Trebjesovac", "President", "Media Council for Self-Regulation", None),
        ("Nurlanbekzhanuly Ilebalkhashuly", "First Deputy Chairman", "Financial Monitoring Agency", None),
        ("Radmivrbanka Žičevska", "State Secretary", "Ministry of Labour, Employment, Veteran and Social Policy", None)}


def test_a_brother_of_a_diocese_and_a_directorates_task_before_its_ministry(extract_text):
    # tests/gold_blind367: "said Brother X Y, secretary of the Diocese of Raška and Prizren ...", "The Chief of the Main
    # Directorate for the Execution of Criminal Penalties of the Ministry of Internal Affairs, Colonel X Y, described"
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "“Nobody owns the past,” said Brother Ellory Tamsworth, secretary of the Diocese of Oldmere and "
                      "Harnvik, “but we can damage it.” The Chief of the Main Directorate for the Execution of "
                      "Criminal Penalties of the Ministry of Internal Affairs, Colonel Quillon Vasterby, described new "
                      "rules.")
    directorate = "Main Directorate for the Execution of Criminal Penalties"
    assert roles(ex) == {("Ellory Tamsworth", "secretary", "Diocese of Oldmere and Harnvik", None),
                         ("Quillon Vasterby", "Chief", directorate, None)}


def test_a_posting_to_a_states_long_name_and_occupations_before_a_name_and_its_body(extract_text):
    # tests/gold_blind376, blind379, blind382: "The Swiss Ambassador to the Kyrgyz Republic X Y attended ...",
    # "Germany's Ambassador to the Republic of Moldova, X Y, ...", "Finnish media educator X Y of the National
    # Audiovisual Institute (KAVI) shared ...", "Italian prosecutor X Y of the Public Prosecutor's Office of Naples"
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "The Swiss Ambassador to the Kyrgyz Republic Ellory Tamsworth attended the closing session. "
                      "Germany's Ambassador to the Republic of Moldova, Quillon Vasterby, spoke next. Finnish media "
                      "educator Brisvane Oday of the National Audiovisual Institute (KAVI) shared the experience of "
                      "Finland.")
    assert roles(ex) == {("Ellory Tamsworth", "Ambassador to the Kyrgyz Republic", None, "Switzerland"),
                         ("Quillon Vasterby", "Ambassador to the Republic of Moldova", None, "Germany"),
                         ("Brisvane Oday", "media educator", "National Audiovisual Institute", "Finland")}


def test_an_occupation_qualified_by_another_and_a_rector(extract_text):
    # tests/gold_blind378, blind375: "X Y, chief compliance officer at Jadranska štedna banka (Adriatic Savings Bank),
    # called ...", "said X Y, rector of Comrat State University, who ..."
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Tamsin Vorley, chief compliance officer at the Harnvik Savings Bank, called the feedback "
                      "useful. “Students come to us speaking three languages,” said Orrin Marchbanks, rector of "
                      "Oldmere State University, who showed the guests a new course.")
    assert roles(ex) == {("Tamsin Vorley", "chief compliance officer", "Harnvik Savings Bank", None),
                         ("Orrin Marchbanks", "rector", "Oldmere State University", None)}


def test_an_occupation_before_the_name_after_its_bodys_possessive_bracket_from_or_seat(extract_text):
    # tests/gold_blind312, blind300, blind304, blind301, blind306, blind303: "The Mission's community policing adviser,
    # X", "The Programme Office’s environmental programme assistant, X", "The Presence’s anti-corruption officer, X",
    # "The chairwoman of the Association of ... (Stowarzyszenie ... na Litwie), X", "A trainer from the Swiss Police
    # Institute, X", "A police inspector from Montenegro's Police Directorate, X", "An environment specialist at the
    # United Nations Development Programme (UNDP) in Turkmenistan, X"; not "a young survivor from non-OSCE Guinea"
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – The OSCE Mission in Kosovo and the OSCE Programme Office in "
                      "Bishkek held a meeting in Kemin today with the OSCE Presence in Albania.",
                      "The Mission’s community policing adviser, Ellory Tamsworth, presented a guide. The Programme "
                      "Office’s environmental programme assistant, Quillon Vasterby, presented a plan. The Presence’s "
                      "anti-corruption officer, Brisvane Oday, closed the meeting.",
                      "The chairwoman of the Association of Oldmere Teachers in Harnvik (Stowarzyszenie Nauczycieli "
                      "Oldmerskich na Harnviku), Tamsin Vorley, asked for time. A trainer from the Tessaly Police "
                      "Institute, Orrin Marchbanks, showed a drill. A police inspector from Montenegro's Police "
                      "Directorate, Ellen Quistbury, spoke next. An environment specialist at the United Nations "
                      "Development Programme in Turkmenistan, Marivelle Oday, said dunes move. Oriandelle Vorley, a "
                      "young survivor from non-OSCE Guinea, lost his brother.")
    assert roles(ex) == {
        ("Ellory Tamsworth", "community policing adviser", "OSCE Mission in Kosovo", None),
        ("Quillon Vasterby", "environmental programme assistant", "OSCE Programme Office in Bishkek", None),
        ("Brisvane Oday", "anti-corruption officer", "OSCE Presence in Albania", None),
        ("Tamsin Vorley", "chairwoman", "Association of Oldmere Teachers in Harnvik", None),
        ("Orrin Marchbanks", "trainer", "Tessaly Police Institute", None),
        ("Ellen Quistbury", "police inspector", "Police Directorate", None),
        ("Marivelle Oday", "environment specialist", "United Nations Development Programme", None)}


def test_an_office_before_a_states_mp_and_a_judge_of_a_court(extract_text):
    # tests/gold_blind301, blind304, blind306: "The Chair of the Ad Hoc Committee on Migration, Italian MP X, presented
    # ...", "The Special Representative on Central Asia of the OSCE Parliamentary Assembly (OSCE PA), Swedish MP X,
    # reported ...", "Judge X of the Special Court for Corruption and Organized Crime spoke"
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "The Chair of the Ad Hoc Committee on Migration, Italian MP Ellory Tamsworth, presented the "
                      "report.",
                      "The Special Representative on Central Asia of the OSCE Parliamentary Assembly (OSCE PA), "
                      "Swedish MP Quillon Vasterby, reported to the Assembly today.",
                      "Judge Tamsin Vorley of the Special Court for Corruption and Organized Crime spoke about "
                      "evidence.")
    assert roles(ex) == {
        ("Ellory Tamsworth", "MP", None, "Italy"),
        ("Ellory Tamsworth", "Chair", "Ad Hoc Committee on Migration", None),
        ("Quillon Vasterby", "MP", None, "Sweden"),
        ("Quillon Vasterby", "Special Representative on Central Asia", "OSCE Parliamentary Assembly", None),
        ("Tamsin Vorley", "Judge", "Special Court for Corruption and Organized Crime", None)}


def test_a_title_held_in_the_body_the_sentence_speaks_for(extract_text):
    # tests/gold_blind418, blind420: "Speaking for UN Women, policy specialist X said ...", "For the Association of
    # Kosovo Municipalities, Executive Director X said ...", "Speaking for the European Commission’s Directorate-General
    # for Employment, Social Affairs and Inclusion, Deputy Director-General X said ...", "For the mining company
    # Saryarqa Metals, sustainability director X described ...", "For the Deutsche Richterakademie, Germany’s judicial
    # academy, trainer X led ..."
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Speaking for UN Women, policy specialist Ellory Tamsworth said that women were consulted late.",
                      "For the Association of Harnvik Municipalities, Executive Director Quillon Vasterby said that "
                      "smaller municipalities lacked staff.",
                      "Speaking for the European Commission's Directorate-General for Employment, Social Affairs and "
                      "Inclusion, Deputy Director-General Orrin Marchbanks said that the ban would apply.",
                      "On behalf of the Oldmere Women's Network, lawyer Tamsin Vorley thanked the hosts.",
                      "For the Tessaly Bar Association, the problem is old, Brisvane Oday said.",
                      "For the mining company Oldmere Metals, sustainability director Marivelle Oday described a "
                      "pilot.",
                      "For the Harnvik Police Academy, Lithuania's police school, trainer Ellen Quistbury led a "
                      "simulation.",
                      "For the migrants’ support group Oldmere Yordam, co-ordinator Oriandelle Vorley spoke next.",
                      "Speaking for the Harnvik Cadastral Agency (HCA), head of public service policy Ellory Quistbury "
                      "called it cheap.")
    assert roles(ex) == {
        ("Ellory Tamsworth", "policy specialist", "UN Women", None),
        ("Quillon Vasterby", "Executive Director", "Association of Harnvik Municipalities", None),
        ("Orrin Marchbanks", "Deputy Director-General",
         "Directorate-General for Employment, Social Affairs and Inclusion", None),
        ("Tamsin Vorley", "lawyer", "Oldmere Women's Network", None),
        ("Marivelle Oday", "sustainability director", "Oldmere Metals", None),
        ("Ellen Quistbury", "trainer", "Harnvik Police Academy", None),
        ("Oriandelle Vorley", "co-ordinator", "Oldmere Yordam", None),
        ("Ellory Quistbury", "head of public service policy", "Harnvik Cadastral Agency", None)}


def test_an_occupation_in_a_body_and_a_post_with_two_subjects(extract_text):
    # tests/gold_blind418, blind423, blind424: "X, programme officer in the Council of Europe’s Youth Department,
    # presented ...", "X, cyber security officer in the Cyber Security Unit of the OSCE Transnational Threats
    # Department, called ...", "According to X, professor of peace and conflict research at the University of Helsinki,
    # ...", "professor of sociology of religion at the University of Sarajevo", "director for social and civil affairs
    # at the Union for the Mediterranean (UfM)"
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Ellory Tamsworth, programme officer in the Council of Europe's Youth Department, presented the "
                      "system.",
                      "Orrin Marchbanks, cyber security officer in the Cyber Security Unit of the OSCE Transnational "
                      "Threats Department, said so.",
                      "According to Brisvane Oday, professor of peace and conflict research at the University of "
                      "Oldmere, the evidence is clear.",
                      "Marivelle Oday, professor of sociology of religion at the University of Harnvik, spoke. Ellen "
                      "Quistbury, director for social and civil affairs at the Union for the Mediterranean (UfM), "
                      "spoke.",
                      "Tamsin Vorley, a lawyer in Harnvik, said it.")
    assert roles(ex) == {
        ("Ellory Tamsworth", "programme officer", "Youth Department", None),
        ("Orrin Marchbanks", "cyber security officer", "Cyber Security Unit", None),
        ("Brisvane Oday", "professor of peace and conflict research", "University of Oldmere", None),
        ("Marivelle Oday", "professor of sociology of religion", "University of Harnvik", None),
        ("Ellen Quistbury", "director for social and civil affairs", "Union for the Mediterranean", None)}


def test_a_portfolio_with_and_before_a_second_office(extract_text):
    # tests/gold_blind427: "Malta's Minister for Foreign and European Affairs and Trade and OSCE Chairperson-in-Office,
    # X, opened ..."; "OSCE Chairman-in-Office and Foreign Minister of Y" still gives two offices
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Malta's Minister for Foreign and European Affairs and Trade and OSCE Chairperson-in-Office, "
                      "Ellory Tamsworth, opened the conference.",
                      "Serbia's Deputy Prime Minister and Minister of the Interior, Quillon Vasterby, spoke next.")
    assert roles(ex) == {
        ("Ellory Tamsworth", "Minister for Foreign and European Affairs and Trade", None, "Malta"),
        ("Ellory Tamsworth", "Chairperson-in-Office", "OSCE", None),
        ("Quillon Vasterby", "Deputy Prime Minister", None, "Serbia"),
        ("Quillon Vasterby", "Minister of the Interior", None, "Serbia")}


def test_an_office_opening_with_an_article_and_a_unit_after_its_owners_possessive(extract_text):
    # tests/gold_blind429, blind430: "A Senior Legal Adviser in the Office of the OSCE High Commissioner on National
    # Minorities, X, presented ...", "X, head of the Project Co-ordinator’s Human Dimension Unit", "Speaking for
    # Estonia’s Integration Foundation, director X described ..."
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – The OSCE Project Co-ordinator in Uzbekistan organized a "
                      "meeting in Kemin today.",
                      "A Senior Legal Adviser in the Office of the OSCE High Commissioner on National Minorities, "
                      "Ellory Tamsworth, presented the draft.",
                      "“Most applications fail on paperwork,” said Quillon Vasterby, head of the Project "
                      "Co-ordinator’s Human Dimension Unit.",
                      "Speaking for Estonia’s Integration Foundation, director Orrin Marchbanks described the courses.")
    assert roles(ex) == {
        ("Ellory Tamsworth", "Senior Legal Adviser", "Office of the OSCE High Commissioner on National Minorities",
         None),
        ("Quillon Vasterby", "head", "Human Dimension Unit", None),
        ("Orrin Marchbanks", "director", "Integration Foundation", None)}


def test_a_body_spoken_for_with_no_organization_word_described_right_after_its_name(extract_text):
    # tests/gold_blind441-blind445: "Speaking for Prona Jonë, a citizens’ group from Vlora, chairwoman X said", "On
    # behalf of Mirni Dom, a network of women from Bosnia and Herzegovina who ..., its chairwoman X"
    ex = extract_text("Meeting", "KEMIN, 9 March 2029 – A meeting took place in Kemin today.",
                      "Speaking for Vasta Dorë, a citizens’ group from Oldmere, chairwoman Ellory Tamsworth said that "
                      "the harbour must reopen.",
                      "On behalf of Kemo Nuri, a network of women from Tessaly and Harnvik who mend nets, its "
                      "chairwoman Quillon Vasterby spoke.",
                      "For Brisvane Oday, a group leader from Harnvik, the day was long.")
    assert {("Ellory Tamsworth", "chairwoman", "Vasta Dorë", None),
            ("Quillon Vasterby", "chairwoman", "Kemo Nuri", None)} <= roles(ex)
    people = {p.name for p in ex.people}
    assert "Brisvane Oday" in people and not {"Vasta Dorë", "Kemo Nuri"} & people
    assert {"Vasta Dorë", "Kemo Nuri"} <= {o.name for o in ex.organizations}
    assert "Brisvane Oday" not in {o.name for o in ex.organizations}


def test_the_adjective_of_a_country_that_is_no_participating_state_is_no_word_of_an_occupation(extract_text):
    # tests/gold_blind440, blind450, blind451: "a Kenyan programme officer at the United Nations Environment
    # Programme", "an Argentine forensic expert at the Y"; a faith or a language stays ("a Catholic chaplain")
    ex = extract_text("Meeting", "KEMIN, 9 March 2029 – A meeting took place in Kemin today.",
                      "Ellory Tamsworth, a Kenyan programme officer at the United Nations Environment Programme, "
                      "spoke about waste. Quillon Vasterby, a Catholic chaplain at the Oldmere Prison, spoke next. "
                      "Orrin Marchbanks, a Romani language lecturer at the Faculty of Philology, also spoke.")
    found = {(r.person, r.title) for r in ex.roles}
    assert ("Ellory Tamsworth", "programme officer") in found
    assert {("Quillon Vasterby", "Catholic chaplain"), ("Orrin Marchbanks", "Romani language lecturer")} <= found
