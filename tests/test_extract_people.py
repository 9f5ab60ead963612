"""People: fullest names, titles stripped, later mentions joined, model mislabels fixed by rule."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import people_at


def names(extraction) -> list[str]:
    return sorted(p.name for p in extraction.people)


def test_titles_are_stripped_and_later_mentions_join_the_full_name(extract_text):
    ex = extract_text(
        "Workshop on border security opens in Dushanbe",
        "DUSHANBE, 3 March 2021 – A workshop opened today.",
        "“We must work together,” said Ambassador Valeria Fontana-Kruger, Head of the OSCE Programme Office "
        "in Dushanbe.",
        "Ms Fontana-Kruger added that the Office would continue its support.",
    )
    assert names(ex) == ["Valeria Fontana-Kruger"]
    anchors = [e.anchor for e in ex.people[0].evidence]
    assert anchors == ["Valeria Fontana-Kruger", "Fontana-Kruger"]


def test_names_with_particles_found_by_the_apposition_they_head(extract_text):
    ex = extract_text(
        "Experts meet on cybercrime",
        "BERLIN, 5 May 2020 – Experts met today.",
        "Anneke van der Sloot, Deputy Director of the European Police Office, called for faster exchange of data.",
        "German Deputy Foreign Minister Henrik van der Berg said the meeting was timely.",
    )
    assert names(ex) == ["Anneke van der Sloot", "Henrik van der Berg"]


def test_no_place_organization_or_title_is_a_person(extract_text):
    ex = extract_text(
        "Conference on Combating Trafficking in Human Beings",
        "BRATISLAVA, 2 June 2019 – The Special Representative for Combating Trafficking in Human Beings "
        "opened the conference of the Council of Europe and the International Labour Organization.",
    )
    assert names(ex) == []


def test_surname_after_a_role_title_is_the_same_person(extract_text):
    ex = extract_text(
        "Envoy calls for action",
        "GENEVA, 1 April 2019 – Speakers included UNHCR’s Special Envoy for the Western Balkans, Rafael Oduya.",
        "“Protection must come first,” said Special Envoy Oduya.",
    )
    assert names(ex) == ["Rafael Oduya"]
    assert len(ex.people[0].evidence) == 2


def test_evidence_points_into_the_release_text(seed_extractions):
    for ex in seed_extractions.values():
        for person in ex.people:
            for ev in person.evidence:
                assert ex.release.text[ev.start : ev.end] == ev.anchor
                assert ev.release_id == ex.release.id and ev.anchor in ev.sentence


def test_seed_people(seed_extractions):
    assert names(seed_extractions["000"]) == ["Aleksandar Nikolić", "Lamberto Zannier", "Yury Fedotov"]
    assert names(seed_extractions["004"]) == ["Helga Konrad", "Marco Gramegna", "Maud de Boer Buquicchio"]
    assert "Madina Jarbussynova" in names(seed_extractions["002"])
    assert len(names(seed_extractions["002"])) == 9
    konrad = next(p for p in seed_extractions["004"].people if p.name == "Helga Konrad")
    assert "Konrad" in [e.anchor for e in konrad.evidence]  # "Ms Konrad urged"
    for ex in seed_extractions.values():
        assert not {"Vienna", "VIENNA"} & {p.name for p in ex.people}
        assert not {"Vienna", "VIENNA"} & {o.name for o in ex.organizations}


def test_a_name_right_after_a_state_in_a_title(extract_text):
    ex = extract_text(
        "Chairman visits",
        "KYIV, 3 March 2023 – OSCE Chairman-in-Office and Minister of Foreign Affairs of North Macedonia "
        "Arben Hoxha visited the OSCE Project Co-ordinator in Ukraine today.",
    )
    assert names(ex) == ["Arben Hoxha"]
    assert ("North Macedonia", "participating") in [(s.name, s.status) for s in ex.states]
    assert [(o.name, o.parent) for o in ex.organizations if o.name != "OSCE"] == [
        ("OSCE Project Co-ordinator in Ukraine", "OSCE")]


def test_portfolio_after_a_title_and_a_name_after_a_lower_case_word(extract_text):
    ex = extract_text(
        "Minister meets journalists",
        "BAKU, 3 March 2021 – Minister of Internal Affairs Rauf Aliyev met the family of Leyla Mammadova, "
        "a journalist for the news agency Turan, after the arrest on 2 March of Elnur Huseynov, an editor.",
    )
    assert {p.name for p in ex.people} == {"Rauf Aliyev", "Leyla Mammadova", "Elnur Huseynov"}


def test_sentence_openers_brackets_and_longer_portfolios(extract_text):
    ex = extract_text(
        "Visit concludes",
        "TBILISI, 14 June 2022 – The OSCE High Commissioner on National Minorities (HCNM), Arvid Lunde, concluded "
        "a visit today.",
        "In Tbilisi, the High Commissioner met the State Minister for Reconciliation and Civic Equality Nana "
        "Beridze and the Ministry of Education and Science of Georgia.",
    )
    assert names(ex) == ["Arvid Lunde", "Nana Beridze"]
    assert {(r.person, r.title, r.organization) for r in ex.roles} == {
        ("Arvid Lunde", "High Commissioner on National Minorities", "OSCE"),
        ("Nana Beridze", "State Minister for Reconciliation and Civic Equality", None)}
    assert "Ministry of Education and Science of Georgia" in {o.name for o in ex.organizations}


def test_catalan_particle_and_hyphenated_given_names(extract_text):
    ex = extract_text(
        "Parliamentarians meet in Vienna",
        "VIENNA, 3 March 2021 – Opening the session, OSCE PA President Jordi Puig i Ferrer (Andorra) warned of "
        "new threats.",
        "Danish Ambassador to Austria Per-Erik Holmgaard noted that Denmark supported the work.",
        "\u201cWe are ready,\u201d Puig i Ferrer said.",
    )
    assert names(ex) == ["Jordi Puig i Ferrer", "Per-Erik Holmgaard"]


def test_a_topic_ending_a_capitalised_phrase_is_not_a_person(extract_text):
    ex = extract_text(
        "Committee debates",
        "VIENNA, 3 March 2021 – The General Committee on Culture and Linguistic Questions met today.",
        "\u201cWe need data,\u201d said the Co-ordinator of Social and Cultural Activities, Marta Lindqvist-Obi.",
    )
    assert names(ex) == ["Marta Lindqvist-Obi"]


def test_a_surname_with_an_elided_particle_stays_in_the_name(extract_text):
    ex = extract_text(
        "Centre trains prosecutors",
        "ASHGABAT, 2 May 2022 – A course for prosecutors opened today.",
        "It was opened by the Head of the OSCE Centre in Ashgabat, Ambassador Marie-Claire d’Ornano, and the "
        "Centre’s legal team.",
        "“Good laws need good practice,” said Ambassador d’Ornano. Luca dell’Orto, a trainer, and Anna d'Alessio "
        "said the course was timely.",
    )
    assert names(ex) == ["Anna d'Alessio", "Luca dell’Orto", "Marie-Claire d’Ornano"]
    head = next(p for p in ex.people if p.name == "Marie-Claire d’Ornano")
    assert [e.anchor for e in head.evidence] == ["Marie-Claire d’Ornano", "d’Ornano"]
    assert [(q.speaker, q.text[:10]) for q in ex.quotes] == [("Marie-Claire d’Ornano", "Good laws ")]


def test_a_full_name_written_again_is_a_full_mention(extract_text):
    ex = extract_text(
        "Representative calls for release of blogger Sergei Volkov",
        "VIENNA, 3 March 2021 – The Representative today criticized the detention in Armenia of Sergei Volkov "
        "on 1 March.",
        "Volkov was detained at his home.",
    )
    assert names(ex) == ["Sergei Volkov"]
    assert [e.anchor for e in ex.people[0].evidence] == ["Sergei Volkov", "Sergei Volkov", "Volkov"]


def test_topic_word_ending_a_title_is_not_a_given_name(extract_text):
    ex = extract_text(
        "Forum on security closes",
        "VIENNA, 3 March 2021 – The forum closed today.",
        "Closing the forum, OSCE Senior Adviser on Gender Issues Ingrid Solberg, who leads the unit, "
        "presented the findings.",
    )
    assert names(ex) == ["Ingrid Solberg"]


def test_honorific_before_a_hyphenated_surname_joins_the_full_name(extract_text):
    ex = extract_text(
        "Talks on water management",
        "VIENNA, 3 March 2021 – Talks opened today.",
        "The speakers were Sara Lind and Tom Baker-Lloyd, Director of the Regional Water Division of the "
        "Basin Commission.",
        "Mr Baker-Lloyd said that the rivers were shared by all.",
    )
    assert names(ex) == ["Sara Lind", "Tom Baker-Lloyd"]


def test_surname_the_model_left_after_a_lone_given_name(extract_text):
    ex = extract_text(
        "Meeting on cyber threats",
        "VIENNA, 3 March 2021 – A meeting opened today.",
        "“Attacks grow faster than our defences,” said Marco D’Angelo, Director of the OSCE Conflict "
        "Prevention Centre, as he opened the meeting.",
        "Mr D’Angelo noted the risks for hospitals.",
    )
    assert names(ex) == ["Marco D’Angelo"]


def test_title_word_and_portfolio_before_a_name_are_not_part_of_it(extract_text):
    ex = extract_text(
        "Sanctions debated",
        "VIENNA, 3 March 2021 – Delegates met today.",
        "The amendments were led by U.S. Congresswoman Janet Oakfield-Brown.",
        "EUROPOL Director of Cybercrime Hiroshi Tanaka presented the results of an operation.",
    )
    assert names(ex) == ["Hiroshi Tanaka", "Janet Oakfield-Brown"]


def test_military_and_police_ranks_are_no_part_of_the_name(extract_text):
    ex = extract_text(
        "Border officers trained",
        "VIENNA, 3 March 2021 – A course ended today.",
        "Colonel Aldo Verbruggen opened the course with Senior Lieutenant Mira Castellano and "
        "Major General Pieter Lindqvist.",
        "“Borders are shared,” said Colonel Verbruggen.",
    )
    assert names(ex) == ["Aldo Verbruggen", "Mira Castellano", "Pieter Lindqvist"]


def test_apostrophe_surname_after_a_title_with_a_capitalised_verb(extract_text):
    # The model labels the name an organization; the title before it (with its verb "Combating") marks a person.
    ex = extract_text(
        "Envoy visits the region",
        "VIENNA, 3 March 2021 – The OSCE Special Representative and Co-ordinator for Combating Trafficking in "
        "Human Beings, Anne-Sophie N'Goran, yesterday concluded a four-day visit to Austria.",
        "“Victims come first,” N'Goran said. Mr N'Goran also met Sean O’Connell, Director of the Harbour Authority.",
    )
    assert names(ex) == ["Anne-Sophie N'Goran", "Sean O’Connell"]


def test_an_italian_plural_particle_stays_in_the_name_and_its_capitalised_form_joins_it(extract_text):
    ex = extract_text(
        "Forum on water opens",
        "VIENNA, 3 March 2021 – Ambassador Beatrice degli Alberti (Italy) opened the forum today.",
        "Degli Alberti said that the forum would meet again in June.",
    )
    assert names(ex) == ["Beatrice degli Alberti"]
    assert "Degli Alberti" in [e.anchor for e in ex.people[0].evidence]


def test_a_town_after_in_is_no_person(extract_text):
    ex = extract_text(
        "Roundtable for judges",
        "VIENNA, 3 March 2021 – A second roundtable, for judges, is planned in Stara Zagora in December, the "
        "Mission said.",
    )
    assert names(ex) == []


def test_a_relative_clause_with_who_marks_an_untagged_name_as_a_person(extract_text):
    ex = extract_text(
        "Forum",
        "VIENNA, 3 March 2021 – Traders met today.",
        "Tsetsegmaa Dorjsuren, who runs a felt workshop in Erdenet, described the new rules as a relief.",
    )
    assert "Tsetsegmaa Dorjsuren" in names(ex)


def test_lower_case_dutch_particles_ten_and_op(extract_text):
    ex = extract_text(
        "Court",
        "VIENNA, 3 March 2021 – The OSCE Secretariat was represented by Marleen ten Hove, Deputy Head of the "
        "Gender Issues Programme, and by Joost op den Velde, Adviser at the Conflict Prevention Centre.",
    )
    assert names(ex) == ["Joost op den Velde", "Marleen ten Hove"]


def test_a_name_the_model_cut_before_its_last_surname(extract_text):
    ex = extract_text(
        "Media",
        "VIENNA, 3 March 2021 – In the afternoon session, Joana Carvalho Pinto of Reporters Without Borders (RSF) "
        "presented a comparison of media laws.",
    )
    assert names(ex) == ["Joana Carvalho Pinto"]


def test_a_name_joined_to_a_place_after_in_is_a_place(extract_text):
    ex = extract_text(
        "Minority languages",
        "VIENNA, 3 March 2021 – The High Commissioner cited schools for Armenian-speaking pupils in "
        "Samtskhe-Javakheti and Kvemo Kartli.",
    )
    assert names(ex) == []


def test_a_patronymic_word_in_lower_case_ends_the_name(extract_text):
    ex = extract_text(
        "Training",
        "OSH, 3 March 2021 – The course was taught by Nurlan Asanbek uulu, a senior trainer at the Border "
        "Academy, and opened by the Governor.",
        "Asanbek uulu said the course would be repeated.",
    )
    assert names(ex) == ["Nurlan Asanbek uulu"]
    assert len(next(p for p in ex.people if p.name == "Nurlan Asanbek uulu").evidence) == 2


def test_a_name_after_a_title_whose_portfolio_is_a_comma_list(extract_text):
    ex = extract_text(
        "Forum",
        "BISHKEK, 3 March 2021 – Kyrgyzstan’s Minister of Education, Science and Innovation, Bermet Asanova, "
        "congratulated the graduates on behalf of the Government.",
    )
    assert names(ex) == ["Bermet Asanova"]


def test_a_name_the_model_took_for_an_organization_after_a_sentence_s_first_word(extract_text):
    ex = extract_text(
        "Visit",
        "LISBON, 3 March 2021 – As Nadia El Amrani Soto, a lawyer with a refugee network, put it: “The law is good.”",
    )
    assert "Nadia El Amrani Soto" in names(ex)


def test_hyphenated_given_names_with_a_lower_case_second_syllable(extract_text):
    ex = extract_text(
        "Conference",
        "SEOUL, 1 July 2026 – Opening the conference, First Vice Minister of Foreign Affairs Kwon Min-ji recalled "
        "the history of the partnership. Rear Admiral Yoon Tae-ho of the Korea Coast Guard described an exercise.",
    )
    assert {"Kwon Min-ji", "Yoon Tae-ho"} <= set(names(ex))


def test_a_name_after_a_two_word_portfolio_and_before_the_next_person_s_title(extract_text):
    ex = extract_text(
        "Visit",
        "SKOPJE, 4 May 2026 – Today, the Head of Mission met Minister of Information and Telecommunications "
        "Goran Petrovski and the Deputy Director of the Agency for Audio and Audiovisual Media Services (AVMU), "
        "Elena Trajkovska-Ilievska.",
    )
    assert {"Goran Petrovski", "Elena Trajkovska-Ilievska"} <= set(names(ex))


def test_where_one_travels_to_and_what_where_follows_are_places(extract_text):
    ex = extract_text(
        "Visit",
        "BELGRADE, 4 May 2026 – Tomorrow, Ambassador Kowalczyk will travel to Stara Pazova, where she will meet "
        "teachers. In Kragujevac she will visit a school.",
    )
    assert names(ex) == ["Kowalczyk"]


def test_a_name_the_model_cut_into_two_organizations_is_one_person(extract_text):
    ex = extract_text(
        "Visit",
        "CHISINAU, 3 June 2025 – The Deputy Head of EUBAM, Aleksandra Wiśniewska-Holm, presented data on the "
        "registration of companies.",
    )
    assert {p.name for p in ex.people} == {"Aleksandra Wiśniewska-Holm"}


def test_a_full_name_taken_for_an_organization_whose_surname_is_told_as_a_person(extract_text):
    ex = extract_text(
        "Conference",
        "CHISINAU, 3 June 2025 – Among the speakers was Tatiana Guțu, whose family farms 40 hectares near the "
        'village of Cocieri. "For ten years I have needed a permit to harvest my own sunflowers," Guțu said.',
    )
    assert {p.name for p in ex.people} == {"Tatiana Guțu"}
    assert [q.speaker for q in ex.quotes] == ["Tatiana Guțu"]


def test_a_full_name_the_next_sentence_calls_she_and_her_office_told_there(extract_text):
    ex = extract_text(
        "Seminar",
        "NIŠ, 22 October 2026 – Police officers met in Niš on Tuesday.",
        "The participants also discussed the standards of the European Code of Police Ethics. Zorica Petrović Lukić "
        "presented to the participants the findings of a survey of 1,200 residents of southern Serbia, in which fewer "
        "than half of the respondents said they knew where to report police misconduct. She is the director of the "
        "Niš-based Centre for Civic Oversight of Security, a non-governmental organization.",
    )
    assert {p.name for p in ex.people} == {"Zorica Petrović Lukić"}
    assert {(r.person, r.title, r.organization) for r in ex.roles} == {
        ("Zorica Petrović Lukić", "director", "Centre for Civic Oversight of Security")}


def test_a_name_the_model_cut_after_its_first_word_and_a_digital_portfolio(extract_text):
    ex = extract_text(
        "Workshop",
        "ODESA, 4 June 2026 – Ukraine’s Deputy Minister of Environmental Protection and Natural Resources, Zoriana "
        "Prybylska-Hnatiuk, told the participants that the ministry had submitted 1,400 claims. Montenegrin State "
        "Secretary for Digital Transformation Jelisaveta Bošković-Raičević welcomed the participants.",
    )
    assert {p.name for p in ex.people} == {"Zoriana Prybylska-Hnatiuk", "Jelisaveta Bošković-Raičević"}


def test_a_place_listed_after_a_place_is_no_person(extract_text):
    ex = extract_text(
        "Award",
        "BITOLA, 26 November 2026 – Since 2024, the unit has visited more than 600 households in the municipalities of "
        "Bitola, Prilep, Demir Hisar and Novaci and helped 140 women, said Lieutenant Colonel Vesna Trajkovska-Ilić.",
    )
    assert {p.name for p in ex.people} == {"Vesna Trajkovska-Ilić"}


def test_the_first_of_a_double_surname_and_a_committee_s_portfolio_list(extract_text):
    ex = extract_text(
        "Exercise",
        "VLORË, 11 November 2026 – Among the trainers is Giovanna Ferraresi-Monti, a senior instructor at the "
        "police academy. “The first person to meet the victims is rarely a police officer,” Ms Ferraresi said. The "
        "findings go to the Committee on Human Rights, Gender Equality, Missing Persons and Petitions.",
    )
    assert {p.name for p in ex.people} == {"Giovanna Ferraresi-Monti"}
    assert [q.speaker for q in ex.quotes] == ["Giovanna Ferraresi-Monti"]


def test_two_people_led_a_session_a_hyphenated_given_name_and_a_lake(extract_text):
    ex = extract_text(
        "Meeting",
        "KARAKOL, 3 March 2026 – Police officers met on the shore of Lake Song-Kul.",
        "Sessions on recruitment were led by Tuuli-Maaria Vähäsarja and Ksawery Nowodworski.",
    )
    assert {p.name for p in ex.people} == {"Tuuli-Maaria Vähäsarja", "Ksawery Nowodworski"}


def test_portfolios_of_senior_citizens_and_humanitarian_aid_are_no_people(extract_text):
    ex = extract_text(
        "Hearing",
        "BERLIN, 17 March 2027 – The Special Representative told a hearing of the Committee on Human Rights and "
        "Humanitarian Aid that the law must change.",
        "The Parliamentary State Secretary at the Federal Ministry for Family Affairs, Senior Citizens, Women and "
        "Youth, Annegret Thielmann-Voss, said that the Government shared the goal.",
    )
    assert {p.name for p in ex.people} == {"Annegret Thielmann-Voss"}


def test_double_barrelled_names_the_model_takes_for_bodies(extract_text):
    ex = extract_text(
        "Talks",
        "NAIROBI, 3 March 2026 – The session on early warning was opened by Wanjiru Kamau-Lindqvist. She is a member "
        "of the regional panel of elders.",
        "The delegation also heard the testimony of Haruki Shimazu-Oyelaran, a survivor of the flood. “We rebuilt "
        "the school first,” Shimazu-Oyelaran told them.",
        "Minister of Migration and Asylum Eleftheria Kostopoulou-Vance welcomed the delegation.",
    )
    names = {p.name for p in ex.people}
    assert {"Wanjiru Kamau-Lindqvist", "Haruki Shimazu-Oyelaran", "Eleftheria Kostopoulou-Vance"} <= names
    assert "Asylum Eleftheria Kostopoulou-Vance" not in names
    assert ("Haruki Shimazu-Oyelaran", "We rebuilt the school first,") in {(q.speaker, q.text) for q in ex.quotes}


def test_a_hyphenated_given_name_the_model_parts_from_its_hyphenated_surname(extract_text):
    ex = extract_text(
        "Seminar",
        "VAASA, 3 March 2026 – The panellists were Jarl-Anders Sandberg-Vikström, a professor of international law "
        "at Åbo Akademi University, the Swedish-language university in Turku; and Ines Bauer-Kolb, Deputy Head of the "
        "OSCE Mission to Moldova.",
    )
    assert "Jarl-Anders Sandberg-Vikström" in {p.name for p in ex.people}


def test_a_name_from_whom_a_question_came_of_a_body(extract_text):
    ex = extract_text(
        "Conference",
        "LOCARNO, 3 March 2026 – Answering a question from Lorena Bianchi-Zürcher of the Grisons Cantonal Police, the "
        "speakers agreed that police and grid operators train together too rarely.",
    )
    assert "Lorena Bianchi-Zürcher" in {p.name for p in ex.people}


def test_a_patronymic_between_given_and_family_name(extract_text):
    ex = extract_text(
        "Round table",
        "GANJA, 3 March 2026 – CEC Secretary Elvin Rauf oğlu Məmmədzadə presented the changes. Məmmədzadə called the "
        "report “a fair warning”.",
    )
    assert [p.name for p in ex.people] == ["Elvin Rauf oğlu Məmmədzadə"]


def test_a_person_of_a_state_after_a_rank_or_before_who(extract_text):
    ex = extract_text(
        "Visit",
        "PLJEVLJA, 3 March 2026 – The team is led by Lieutenant Colonel Henrik Dahlgaard of Denmark's Defence "
        "Verification Centre and includes experts from Austria.",
        "Also taking part were Ieva Kalniņa-Ozola of Latvia, who serves as FSC Co-ordinator for Projects on Small Arms "
        "and Light Weapons; and Ana Vuković, a project manager.",
    )
    assert {"Henrik Dahlgaard", "Ieva Kalniņa-Ozola"} <= {p.name for p in ex.people}


def test_a_language_named_after_a_compass_point_is_no_person(extract_text):
    ex = extract_text("Hearing", "ALTA, 3 March 2026 – Risten Oskal-Bær, who teaches North Sámi at the upper "
                      "secondary school in Alta, said that his pupils had asked him to come.")
    assert [p.name for p in ex.people] == ["Risten Oskal-Bær"]


def test_places_after_neighbouring_and_after_a_community_of(extract_text):
    ex = extract_text("Workshop", "GORIS, 3 March 2026 – Rangers came from Syunik and neighbouring Vayots Dzor.",
                      "Ismet Kovačević, who chairs the council of the local community of Donji Rahić, spoke.")
    assert [p.name for p in ex.people] == ["Ismet Kovačević"]


def test_a_chief_of_a_service_is_a_person_and_a_chief_engineer_an_engineer(extract_text):
    ex = extract_text(
        "Session",
        "BIHAĆ, 3 March 2026 – Mladen Kovačić, chief of civil protection in the Canton’s Department of Public "
        "Safety, told the session that the Canton had 46 professional rescuers.",
        "Ana Ionescu, chief engineer of the Prut Basin Water Management Department, spoke next.",
    )
    assert [p.name for p in ex.people] == ["Mladen Kovačić", "Ana Ionescu"]
    assert ("Ana Ionescu", "chief engineer") in {(r.person, r.title) for r in ex.roles}


@pytest.mark.parametrize("paragraph, name", [
    ("BUJANOVAC, 3 March 2026 – One student asked why the town had no bus. That student, Vlora Rrustaj, 17, attends "
     "the Sezai Surroi Secondary School.", "Vlora Rrustaj"),
    ("ZUGDIDI, 3 March 2026 – Nino Chikvaidze, whose husband was detained near Khurcha in 2027 and released after "
     "eleven days, photographed the gate.", "Nino Chikvaidze"),
], ids=["age", "whose-husband"])
def test_a_name_with_an_age_or_a_relative_after_it_is_a_persons(extract_text, paragraph, name):
    assert name in {p.name for p in extract_text("Debate", paragraph).people}


def test_a_rank_only_people_bear_marks_a_name_the_model_left_untagged(extract_text):
    ex = extract_text("Canine training", "CHOIBALSAN, 20 November 2029 – Dog handlers from Central Asia completed a "
                      "course today.", "Lieutenant Colonel Ariunzaya Luvsanjamts of Mongolia's Border Protection "
                      "Agency, who leads a canine unit in Choibalsan, said the dogs had found heroin.",
                      date=dt.date(2029, 11, 20))
    assert [p.name for p in ex.people] == ["Ariunzaya Luvsanjamts"]


@pytest.mark.parametrize("name", ["Nicolae Gaidarji", "Semion Gaidarji"])
def test_a_name_after_by_and_before_of_a_body_without_article_is_a_person(extract_text, name):
    ex = extract_text("Round table", "CAHUL, 9 March 2029 – A round table took place today.", f"A study presented by "
                      f"{name} of Cahul State University found that pupils in the pilot schools scored higher.",
                      date=dt.date(2029, 3, 9))
    assert [p.name for p in ex.people] == [name]


def test_a_buildings_name_is_no_person(extract_text):
    ex = extract_text("Ceremony", "GORI, 9 March 2029 – A mentoring programme was launched today.", "The Mayor, who "
                      "hosted the ceremony in the city's restored Satire Theatre, said the municipality would help.",
                      date=dt.date(2029, 3, 9))
    assert [p.name for p in ex.people] == []


def test_a_place_joined_to_a_one_word_place_after_in_is_no_person(extract_text):
    ex = extract_text("Conference", "ZENICA, 9 March 2029 – A conference took place today.", "From next September, "
                      "pupils in Vitez and Gornji Vakuf will take these subjects together.", date=dt.date(2029, 3, 9))
    assert [p.name for p in ex.people] == []


def test_a_name_the_model_ran_on_into_of_ends_before_it(extract_text):
    ex = extract_text("Meeting", "ISTARAVSHAN, 9 March 2029 – A meeting took place today.", "Khurshed Ismoilov of Rohi "
                      "Ohan, the national railway company, said that trains were late.", date=dt.date(2029, 3, 9))
    assert names(ex) == ["Khurshed Ismoilov"]


def test_a_name_of_a_body_that_speaks_is_a_persons(extract_text):
    ex = extract_text("Visit", "RIGA, 9 March 2029 – A visit took place today.", "“Speed is the reward for good "
                      "analysis,” she added.", "Uranchimeg Purevsuren of Latvia's State Revenue Service said it was "
                      "the first time officers had visited the port.", date=dt.date(2029, 3, 9))
    assert names(ex) == ["Uranchimeg Purevsuren"]


def test_a_name_after_an_owned_office_in_lower_case_is_a_persons(extract_text):
    ex = extract_text("Round table", "YOVON, 9 March 2029 – A round table took place today.", "Yovon’s biggest pasture "
                      "users’ association, Obodon, serves some 900 herders along the valley. Its chairperson, Gulbahor "
                      "Nematova, told the round table that complaints had fallen by half.", date=dt.date(2029, 3, 9))
    assert names(ex) == ["Gulbahor Nematova"]


def test_a_name_after_an_owned_office_with_its_own_qualifier_is_a_persons(extract_text):
    # The model tags this name as a body; "the KCF’s integrity officer," marks a person all the same.
    ex = extract_text("Round table", "KEMIN, 9 March 2029 – A round table took place today.", "The Kemin Chess "
                      "Federation (KCF) hosted it. The KCF’s integrity officer, Matevz Korosec-Hribar, said that the "
                      "federation had banned two coaches this year.", date=dt.date(2029, 3, 9))
    assert names(ex) == ["Matevz Korosec-Hribar"]
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Matevz Korosec-Hribar", "integrity officer", "KCF")]


def test_a_name_of_a_body_told_of_with_who_is_a_persons(extract_text):
    ex = extract_text("Seminar", "AQABA, 9 March 2029 – A seminar took place today.", "Majd Sweis-Zubi of Jordan's "
                      "Gendarmerie Directorate, who attended as a guest from the Mediterranean Partners for "
                      "Co-operation, presented the programme.", date=dt.date(2029, 3, 9))
    assert names(ex) == ["Majd Sweis-Zubi"]


def test_a_clerical_don_before_a_full_name_is_no_part_of_it(extract_text):
    ex = extract_text("Dialogue", "TIVAT, 9 March 2029 – A dialogue took place today.", "Don Lovro Zaninović, a priest "
                      "of the parish, told journalists that the communities would report attacks together. Don Tvrtko "
                      "said he agreed.", date=dt.date(2029, 3, 9))
    assert names(ex) == ["Don Tvrtko", "Lovro Zaninović"]


def test_a_name_after_the_reverend_and_before_whose_is_a_persons(extract_text):
    ex = extract_text("Round table", "VENTSPILS, 9 March 2029 – A round table took place today.", "The Reverend Ivars "
                      "Dzelzkalns-Ore, whose chapel in Ventspils was set on fire in 2028, said the police were slow.",
                      date=dt.date(2029, 3, 9))
    assert names(ex) == ["Ivars Dzelzkalns-Ore"]


def test_the_subject_of_an_office_after_on_is_no_person(extract_text):
    ex = extract_text("Conference", "TIVAT, 9 March 2029 – A conference took place today.", "ODIHR’s Adviser on "
                      "Combating Anti-Roma Racism, Enikő Bódis, said that incidents had risen.",
                      date=dt.date(2029, 3, 9))
    assert names(ex) == ["Enikő Bódis"]


def test_an_age_before_an_occupation_marks_a_person(extract_text):
    ex = extract_text("Meeting", "KOŠICE, 9 March 2029 – A meeting took place today.", "In the afternoon, young Roma "
                      "spoke in a session moderated by Alžbeta Holubová. Tibor Rusnák, a 22-year-old medical student "
                      "from Levoča, told the officials that he was the first from his settlement to finish school. “I "
                      "was lucky,” he said.",
                      "Ivana Horvatić, a 35-year-old teacher at the Vinkovci Primary School, agreed.",
                      date=dt.date(2029, 3, 9))
    assert names(ex) == ["Alžbeta Holubová", "Ivana Horvatić", "Tibor Rusnák"]
    assert [(q.speaker, q.text) for q in ex.quotes] == [("Tibor Rusnák", "I was lucky,")]
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Ivana Horvatić", "teacher", "Vinkovci Primary School")]


def test_a_saint_or_a_storm_is_no_person(extract_text):
    ex = extract_text("Exercise", "KRUJA, 9 March 2029 – An exercise took place today.", "Brigita Rannala, who has "
                      "looked after the church of St Nicholas of Myra for years, took part. Storm Lenore was a "
                      "warning, said Vilhelm Tuvikene. Hurricane Jaspar flooded the coast.", date=dt.date(2029, 3, 9))
    assert names(ex) == ["Brigita Rannala", "Vilhelm Tuvikene"]


def test_where_a_group_of_people_comes_from_is_a_place(extract_text):
    ex = extract_text("Training", "PRIBOJ, 9 March 2029 – A training took place today.", "A second training, for "
                      "judges and prosecutors from Nova Varoš, is planned in Prijepolje in November. Students from "
                      "Gornja Tuzla met Dragana Milosavić.", date=dt.date(2029, 3, 9))
    assert names(ex) == ["Dragana Milosavić"]


def test_a_family_name_first_after_a_form_of_address(extract_text):
    ex = extract_text("Forum", "HANOI, 9 March 2029 – A forum took place today.", "Speakers included Ms. Tran Thi "
                      "Hoa of Viet Nam and Mr. Orhan Aksoy. Ms. Tran called for more co-operation.",
                      date=dt.date(2029, 3, 9))
    assert names(ex) == ["Orhan Aksoy", "Tran Thi Hoa"]


def test_an_occupation_in_lower_case_before_a_name_marks_a_person(extract_text):
    ex = extract_text("Workshop", "KRATOVO, 9 March 2029 – A workshop took place today.", "Among the trainers were "
                      "Judge Trajko Ivanov of the Basic Court Skopje I, prosecutor Ana Stojanova and police "
                      "inspector Goran Nikolov from the Ministry of Interior.", date=dt.date(2029, 3, 9))
    assert names(ex) == ["Ana Stojanova", "Goran Nikolov", "Trajko Ivanov"]


def test_no_person_inside_a_bodys_name_the_model_tagged_whole(extract_text):
    ex = extract_text("Memorandum", "TIVAT, 9 March 2029 - The memorandum was signed by Ambassador Pontus Sjöqvist, "
                      "Head of the OSCE Mission to Montenegro; Stanka Rakočević, Director General of the Directorate "
                      "for Public Procurement Policy; and Mirko Ćeranić, Director of the APC.",
                      date=dt.date(2029, 3, 9))
    assert names(ex) == ["Mirko Ćeranić", "Pontus Sjöqvist", "Stanka Rakočević"]


def test_a_description_ended_by_who_marks_a_person(extract_text):
    ex = extract_text("Round table", "KEMIN, 9 March 2029 – A round table took place today.", "Vahe Tsovakyan, a "
                      "blind voter from Meghri who took part in the survey, told the round table that he had voted.",
                      date=dt.date(2029, 3, 9))
    assert "Vahe Tsovakyan" in names(ex)
    assert "Meghri" not in names(ex)


def test_naval_ranks_and_a_titles_topic_word_are_no_part_of_a_name(extract_text):
    ex = extract_text("Course", "KEMIN, 9 March 2029 – A course ended today.", "\"Money travels,\" said OSCE "
                      "Co-ordinator of Economic and Environmental Activities Arvid Lindroos, who handed over the "
                      "certificates.", "Commodore Taavetti Rautanen described the damage to a pipeline. Lieutenant "
                      "Commander Kaipainen Oiva of the coast guard spoke next.", date=dt.date(2029, 3, 9))
    assert set(names(ex)) == {"Arvid Lindroos", "Taavetti Rautanen", "Kaipainen Oiva"}


def test_a_place_after_a_plural_place_noun_and_of_is_no_person(extract_text):
    ex = extract_text("Film", "KEMIN, 9 March 2029 – A film was screened today.", "The film follows the journalists "
                      "who have produced a daily news programme in Azerbaijani for the public broadcaster since 2013, "
                      "and the listeners in the villages of Zemo Dzirula who depend on it.", date=dt.date(2029, 3, 9))
    assert names(ex) == []


def test_a_name_in_apposition_after_an_occupation_opening_the_sentence(nlp):
    from kg.extract.common import role_head_tokens
    from kg.extract.people import _person_context

    doc = nlp("A member of the Communications Commission of Georgia, Lamara Gvelesiani-Zhorzholi, said that the "
              "Commission was preparing simpler licensing rules.")
    start = next(t.i for t in doc if t.text == "Lamara")
    end = next(t.i for t in doc if t.text == "Zhorzholi") + 1
    # Whatever the model tags the name (it took one such name for a building), the sentence marks a person.
    assert _person_context(doc, start, end, role_head_tokens(doc))


def test_a_name_in_apposition_after_an_owned_office_with_its_remit(nlp):
    from kg.extract.common import role_head_tokens
    from kg.extract.people import _person_context

    doc = nlp("Speaking from Vienna, the Kemin Water Board’s adviser on grazing disputes, Ruairi Kilbane-Moyle, asked "
              "the farmers how many of them had ever reported a broken gauge.")
    start = next(t.i for t in doc if t.text == "Ruairi")
    end = next(t.i for t in doc if t.text == "Moyle") + 1
    # Whatever the model tags the name (it took one such name for a body), the sentence marks a person.
    assert _person_context(doc, start, end, role_head_tokens(doc))


def test_an_inspector_s_rank_is_no_part_of_the_name(extract_text):
    ex = extract_text("Hackathon", "KEMIN, 9 March 2029 – A hackathon ended today.", "Its other members were Inspector "
                      "Ruairi Kilbane-Moyle, head of the cybercrime unit at the Kemin Police Headquarters, and a "
                      "student of law.", date=dt.date(2029, 3, 9))
    assert names(ex) == ["Ruairi Kilbane-Moyle"]
    assert [(r.person, r.title) for r in ex.roles] == [("Ruairi Kilbane-Moyle", "head of the cybercrime unit")]


def test_a_name_after_the_port_of_is_a_place(extract_text):
    ex = extract_text("Visit", "KEMIN, 9 March 2029 – A study visit began today.", "Fenwick Ashgrove-Tully, a deputy "
                      "director at the Marine Department of Thailand, presented how the port of Tanjung Pelepas "
                      "screens fuel tankers.", date=dt.date(2029, 3, 9))
    assert names(ex) == ["Fenwick Ashgrove-Tully"]


def test_a_cadet_s_rank_is_no_part_of_the_name(extract_text):
    ex = extract_text("Academy", "KEMIN, 9 March 2029 – A simulator was handed over today.", "Cadet Brigid "
                      "Tallow-Moore, 20, was one of the first to try the simulator.", date=dt.date(2029, 3, 9))
    assert names(ex) == ["Brigid Tallow-Moore"]


def test_words_after_an_office_and_the_are_no_person_by_the_office(nlp):
    from kg.extract.common import role_head_tokens
    from kg.extract.people import _person_context

    doc = nlp("The jury was chaired by the Chairperson of the Danube Media Ethics Council and two editors.")
    start = next(t.i for t in doc if t.text == "Danube")
    # "Chairperson of the | Danube Media Ethics": the words name a body, whatever the model tags them
    assert not _person_context(doc, start, start + 3, role_head_tokens(doc))


def test_a_name_the_model_ran_into_a_ministry_s_name_over_a_comma_is_a_person_s(extract_text):
    # The model tags "Ministry of Defence, Purevdorjiin Saruul" as one body.
    ex = extract_text("Seminar", "KEMIN, 9 December 2039 – A seminar took place today.", "Welcoming the delegates, "
                      "the State Secretary of Mongolia’s Ministry of Defence, Purevdorjiin Saruul, said: “Our "
                      "engineers cleared the first minefield in 2011.”", date=dt.date(2039, 12, 9))
    assert names(ex) == ["Purevdorjiin Saruul"]
    assert [o.name for o in ex.organizations] == ["Ministry of Defence"]
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Purevdorjiin Saruul", "State Secretary", "Ministry of Defence")]
    assert [q.speaker for q in ex.quotes] == ["Purevdorjiin Saruul"]


def test_the_dateline_town_the_model_takes_for_a_person_is_none_and_ends_a_body_s_name(extract_text):
    ex = extract_text(
        "Wildfire workshop",
        "PEDRO MUÑOZ, 12 June 2041 – Forest rangers from ten States met in Pedro Muñoz yesterday and today for a "
        "regional workshop on wildfires.",
        "The workshop was hosted by the Regional Fire Brigade of Pedro Muñoz. Inés Barragán Soto, a fire officer with "
        "the Regional Fire Brigade of Pedro Muñoz, led the exercise.",
        date=dt.date(2041, 6, 12), place="Pedro Muñoz",
    )
    assert [p.name for p in ex.people] == ["Inés Barragán Soto"]
    assert [o.name for o in ex.organizations] == ["Regional Fire Brigade of Pedro Muñoz"]


def test_where_one_who_does_a_job_comes_from_is_a_place_not_a_person(extract_text):
    ex = extract_text(
        "Wildfire workshop",
        "KEMIN, 12 June 2041 – Forest rangers met in Kemin today.",
        "In the afternoon the participants visited the Serra do Açor, where Telmo Rebelo Magalhães, a volunteer "
        "firefighter from Vila Nova, showed them a cleared strip of land.",
    )
    assert [p.name for p in ex.people] == ["Telmo Rebelo Magalhães"]


def test_a_name_of_a_body_opening_its_sentence_as_the_subject_of_any_verb_is_a_person(extract_text):
    ex = extract_text(
        "Hearing in Kemin",
        "KEMIN, 9 March 2029 – The hearing was held in Kemin today.",
        "Gaëlle Quesnoy-Varenne of the Council of Europe’s Venice Commission followed the hearing from Strasbourg.",
    )
    assert [p.name for p in ex.people] == ["Gaëlle Quesnoy-Varenne"]


def test_a_body_s_namesake_and_a_body_named_after_a_people_s_adjective_are_no_people(extract_text):
    ex = extract_text(
        "Visit",
        "KEMIN, 3 March 2044 – The envoy met community leaders today.",
        "He met the President of the Federation of Polish Jewish Communities (FPJC), Oskar Zielonka-Bryś. Later he "
        "visited the Centre of Drug Expertise named after Arshavir Petrosyants, which tests samples.",
    )
    assert [p.name for p in ex.people] == ["Oskar Zielonka-Bryś"]
    assert {o.name for o in ex.organizations} == {"Federation of Polish Jewish Communities",
                                                  "Centre of Drug Expertise named after Arshavir Petrosyants"}


def test_a_community_named_by_its_place_and_its_people_is_no_person(extract_text):
    ex = extract_text(
        "Recruitment",
        "KEMIN, 3 March 2044 – A recruitment campaign was launched today.",
        "The mayor said that many young Kemin Serbs leave for Belgrade and that Presevo Albanians often study in "
        "Tirana.",
    )
    assert [p.name for p in ex.people] == []


def test_words_between_the_words_of_an_office_are_no_name(extract_text):
    ex = extract_text("Course", "KEMIN, 9 March 2053 – Prosecutors met in Kemin today.",
                      "The Deputy Supreme Public Prosecutor of the Czech Republic, Ctibor Kolovrátek, told the "
                      "participants that the number of cases had risen.")
    assert [p.name for p in ex.people] == ["Ctibor Kolovrátek"]


def test_a_place_named_with_its_kind_or_with_upper_is_no_person(extract_text):
    ex = extract_text("Visit", "KEMIN, 9 May 2044 – The delegation visited Kemin today.",
                      "The minister told the participants that Upper Lusatia had lost half of its mining jobs.",
                      "A third team built a tool that tracks the water taken by the new Rukhsora Qumsoy canal in the "
                      "north.")
    assert [p.name for p in ex.people] == []


def test_one_among_the_guests_is_a_person(extract_text):
    ex = extract_text("Visit", "KEMIN, 9 May 2044 – The delegation visited Kemin today.",
                      "Among the guests was Serikgazy Ulbikeyev-Tarrant, whose small bakery near the market was robbed "
                      "by two teenagers last year.")
    assert [p.name for p in ex.people] == ["Serikgazy Ulbikeyev-Tarrant"]


def test_a_name_goes_on_after_a_hyphenated_given_name_the_model_took_alone(nlp):
    from spacy.tokens import Span

    from kg.extract.people import _extend

    doc = nlp("“Thank you,” said Gudveig-Ranveig Brekkevoll-Omdal, Head of the Unit, as she opened the forum.")
    start = next(t.i for t in doc if t.text == "Gudveig")
    # The model took the hyphenated given name alone for the person (as it did in one release).
    doc.ents = [Span(doc, start, start + 3, label="PERSON")]
    assert doc[start:_extend(doc, start + 3)].text == "Gudveig-Ranveig Brekkevoll-Omdal"


def test_a_councillor_before_the_name_marks_a_person(extract_text):
    ex = extract_text("Visit", "KEMIN, 9 May 2044 – The Special Representative visited Kemin today.",
                      "The Councillor for Family and Equal Opportunities of the Junta de Extremadura, Herminia "
                      "Villaseca-Almendral, said the Junta would open two more shelters.")
    assert names(ex) == ["Herminia Villaseca-Almendral"]


def test_one_of_a_group_with_a_relative_clause_and_one_of_a_body_named_with_its_kind(nlp, extract_text):
    from kg.extract.common import role_head_tokens
    from kg.extract.people import _person_context

    doc = nlp("Mahabat Orazgulyyeva-Tennhardt, one of two women on the course, who works at a border crossing, said "
              "her dog had found cash.")
    end = next(t.i for t in doc if t.text == "Tennhardt") + 1
    # Whatever the model tags the name (it missed one such name), the sentence marks a person.
    assert _person_context(doc, 0, end, role_head_tokens(doc))
    ex = extract_text("Awards", "KEMIN, 9 May 2044 – Awards were presented in Kemin today.",
                      "The second winner was not in the room: Radoslavko Zlatkovar of the Georgian investigative "
                      "outlet Kavkasia accepted his award by video link.")
    assert names(ex) == ["Radoslavko Zlatkovar"]


def test_a_bektashi_clerics_title_is_no_part_of_his_name(extract_text):
    ex = extract_text("Seminar", "KEMIN, 9 May 2044 – A seminar for clerics took place in Kemin today.",
                      "“We will translate the exercises,” said Baba Nazmi Rexhebaj of the Bektashi community.")
    assert names(ex) == ["Nazmi Rexhebaj"]


def test_the_datelines_town_of_two_words_is_no_person_when_the_model_tags_its_last_word(nlp, tmp_path):
    from spacy.tokens import Span

    from kg.extract.people import extract_people
    from kg.ingest import ingest
    from kg.model import Extraction

    path = tmp_path / "x.txt"
    path.write_text("Meeting\n\nZGORNJA GORA, 9 October 2070 – Heads of police academies are comparing how they teach "
                    "ethics, at a three-day meeting that opened in Zgornja Gora yesterday and closes tomorrow.\n",
                    encoding="utf-8")
    release = ingest([str(path)]).releases[0]
    doc = nlp(release.text)
    gora = [t.i for t in doc if t.text == "Gora"][-1]
    # The model took the town's last word alone for a person (as it did in one release).
    doc.ents = [Span(doc, gora, gora + 1, label="PERSON")]
    extraction = Extraction(release=release)
    extract_people(release, doc, extraction)
    assert extraction.people == []


def test_access_now_is_known(extract_text):
    ex = extract_text("Meeting", "KEMIN, 9 October 2070 – A round table took place in Kemin today.",
                      "Pippa Veldhorst, a digital security trainer at Access Now, spoke.")
    assert [(r.person, r.organization) for r in ex.roles] == [("Pippa Veldhorst", "Access Now")]


def test_a_trade_or_a_retired_worker_after_the_name_marks_a_person(nlp):
    from kg.extract.common import role_head_tokens
    from kg.extract.people import _person_context

    # Whatever the model tags the names (it missed one such name in its release), the occupation marks a person.
    for text in ("Oraztäç Garlyýewa-Baýramdurdy, a melon grower from a village near Kemin, said it would help.",
                 "Oraztäç Garlyýewa-Baýramdurdy, a carpet weaver from Kemin, said it would help.",
                 "Oraztäç Garlyýewa-Baýramdurdy, a pensioner from Kemin, said it would help.",
                 "Oraztäç Garlyýewa-Baýramdurdy, a cotton picker from Kemin, said it would help.",
                 "Oraztäç Garlyýewa-Baýramdurdy, a night watchman at a warehouse near Kemin, said it would help.",
                 "Oraztäç Garlyýewa-Baýramdurdy, a retired dock worker from Kemin, said it would help.",
                 "Oraztäç Garlyýewa-Baýramdurdy, a retired handball player from Kemin, said it would help."):
        doc = nlp(text)
        end = next(t.i for t in doc if t.text == ",")
        assert _person_context(doc, 0, end, role_head_tokens(doc)), text


def test_a_body_named_after_a_continent_or_international_is_no_person(extract_text):
    ex = extract_text("Workshop", "KEMIN, 9 May 2071 – A workshop took place in Kemin today.",
                      "The speakers included Quennevieve Ostrander-Baako, a policy officer at Solidaria Europe, who "
                      "came from Brussels. She said that Solidaria Europe had worked with election bodies.")
    assert names(ex) == ["Quennevieve Ostrander-Baako"]
    ex = extract_text("Workshop", "KEMIN, 9 May 2071 – A workshop took place in Kemin today.",
                      "The speakers included Quennevieve Ostrander-Baako, a policy adviser at Solidaria International, "
                      "who came from London.")
    assert names(ex) == ["Quennevieve Ostrander-Baako"]


def test_a_town_near_which_a_village_lies_is_no_person(extract_text):
    ex = extract_text("Conference", "KEMIN, 9 May 2074 – A conference took place in Kemin today.",
                      "Gertruda Kruczkowska, a farmer from a village near Białobrzegi Nowe, told the participants that "
                      "she had waited.")
    assert names(ex) == ["Gertruda Kruczkowska"]


def test_a_body_after_the_and_a_peoples_adjective_is_no_person_after_a_title(extract_text):
    ex = extract_text("Workshop", "KEMIN, 9 May 2074 – A workshop took place in Kemin today.",
                      "The workshop is organized by the Office of the OSCE Representative on Freedom of the Media with "
                      "the Georgian Young Lawyers' Association (GYLA) and is funded by Estonia.")
    assert names(ex) == []


def test_a_rear_admirals_rank_is_no_part_of_the_name(extract_text):
    ex = extract_text("Meeting", "KEMIN, 9 May 2077 – A meeting took place in Kemin today.",
                      "The Commander of the Coast Guard of the State Border Service, Rear Admiral Vüsalə Ilgarzade, "
                      "called the boats fast.")
    assert names(ex) == ["Vüsalə Ilgarzade"]


def test_a_documents_name_is_no_person(extract_text):
    ex = extract_text("Course", "KEMIN, 9 May 2080 – A course took place in Kemin today.",
                      "The Chairperson of the Forum, Ambassador Gertruda Kruczkowska, called the Kemin Document "
                      "\"a modest text that has saved lives\".")
    assert names(ex) == ["Gertruda Kruczkowska"]



def test_trainers_listed_after_their_occupations_are_people_however_the_model_tagged_them(extract_text):
    # The model runs a department's name on over the comma into the lecturer's name, and takes the volunteer's name
    # for a body's; each is told later as a speaker ("X said", "According to Y, ... she said").
    ex = extract_text("Course", "KEMIN, 9 March 2029 – A course opened in Kemin today.",
                      "The trainers were a water expert at the World Meteorological Organization (WMO), who came from "
                      "Geneva, Brisenda Peverell-Strand; a lecturer at the Department of Hydrology of the University "
                      "of Halvast, Svetozarko Ćebedžić-Mrkalj; and a volunteer with the Kemin-based farmers' group "
                      "Aldmoor Wells, Gorjanka Vrbničević-Šćepanović.",
                      "“Rain no longer comes when the calendar says,” Ćebedžić-Mrkalj said.",
                      "According to Vrbničević-Šćepanović, the volunteers of Aldmoor Wells have dug more than forty "
                      "wells since 2026. “Every well is a small treaty,” she said.", date=dt.date(2029, 3, 9))
    assert {"Svetozarko Ćebedžić-Mrkalj", "Gorjanka Vrbničević-Šćepanović"} <= set(names(ex))
    assert [(q.speaker, q.text[:10]) for q in ex.quotes] == [("Svetozarko Ćebedžić-Mrkalj", "Rain no lo"),
                                                              ("Gorjanka Vrbničević-Šćepanović", "Every well")]
    assert "University of Halvast" in [o.name for o in ex.organizations]


def test_a_trainer_the_model_joined_to_a_town_or_left_untagged_is_a_person_told_as_a_speaker(extract_text):
    # The lecturer's name, joined in the parse to the town the first trainer came from, looks like a place; the
    # volunteer's name has no entity at all. Each is told later as a speaker ("X said", "According to Y").
    ex = extract_text("Training", "KEMIN, 9 March 2029 – A training opened in Kemin today.",
                      "The trainers are a victim identification specialist at the International Organization for "
                      "Migration (IOM), who came from Helsinki, Wendeline Quarrington-Bosk; a lecturer at the "
                      "Department of Nursing Sciences of Halvast University, Jorunna Dunmarrow-Kest; and a counsellor "
                      "with the Kemin-based shelter Aldmoor Wells, Orrin Marchbanks-Feore.",
                      "“Nurses already ask about violence at home,” Dunmarrow-Kest said.")
    assert "Jorunna Dunmarrow-Kest" in names(ex)
    ex = extract_text("Course", "KEMIN, 9 March 2029 – A course opened in Kemin today.",
                      "The trainers were a drug detection expert at the United Nations Office on Drugs and Crime "
                      "(UNODC), who came from Vienna, Wendeline Quarrington-Bosk; a lecturer at the Department of "
                      "Analytical Chemistry of Halvast State University, Jorunna Dunmarrow-Kest; and a volunteer with "
                      "the Kemin-based drug prevention group Maqur Tsav, Araksyanik Avetisvazyants-Kirakosova.",
                      "According to Avetisvazyants-Kirakosova, the volunteers of Maqur Tsav have visited sixty "
                      "schools. “Children know how to order anything,” she said.", date=dt.date(2029, 3, 9))
    assert "Araksyanik Avetisvazyants-Kirakosova" in names(ex)
    assert [q.speaker for q in ex.quotes] == ["Araksyanik Avetisvazyants-Kirakosova"]


def test_a_tajik_local_government_named_with_its_village_is_no_person(extract_text):
    ex = extract_text("Workshop", "KEMIN, 9 March 2029 – A workshop took place in Kemin today.",
                      "Tajikistan's delegation was led by Orrin Marchbanks-Feore, chairperson of the Obizarin Jamoat, "
                      "who said that herders wanted the same calendar. “The Obizarin Jamoat has kept its pastures open "
                      "for a hundred years,” he said. Wendeline Quarrington-Bosk of the Halvast Jamoat agreed.")
    assert sorted(names(ex)) == ["Orrin Marchbanks-Feore", "Wendeline Quarrington-Bosk"]


def test_a_friars_title_before_his_surname_is_no_part_of_a_name(extract_text):
    ex = extract_text("Meeting", "KEMIN, 9 March 2029 – A meeting took place in Kemin today.",
                      "Fra Orrin Marchbanks-Feore, a provincial of the friars, spoke. “Our friars walk to every "
                      "feast,” Fra Marchbanks-Feore said.")
    assert names(ex) == ["Orrin Marchbanks-Feore"]
    assert [q.speaker for q in ex.quotes] == ["Orrin Marchbanks-Feore"]



def test_a_name_with_its_honorific_the_model_ran_a_bodys_name_into_over_a_comma(extract_text):
    # As the model tagged it in the release this comes from: "the Muslim Community of X, Imam Y Z" as one ORG.
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        start = next(t.i for t in doc if t.text == "Muslim") - 1
        return [Span(doc, start, next(t.i for t in doc if t.text == "Halvastaj") + 1, label="ORG")]

    ex = extract_text("Meeting", "KEMIN, 9 March 2029 – A meeting took place in Kemin today.",
                      "The Chairman of the Muslim Community of Gurizë, Imam Kujtimor Halvastaj, called the joint "
                      "kitchen “a prayer that anyone can understand”. According to him, the Community has collected "
                      "flour.",
                      date=dt.date(2029, 3, 9), place="Kemin", tag=tag)
    assert [p.name for p in ex.people] == ["Kujtimor Halvastaj"]
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Kujtimor Halvastaj", "Chairman", "Muslim Community of Gurizë")]


def test_a_name_apposed_to_a_schoolteacher_or_a_displaced_woman_is_a_persons(extract_text):
    # The model took each name for an organization's, as it did in the releases this comes from.
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        return [Span(doc, t.i, t.i + 4, label="ORG") for t in doc if t.text in {"Kujtimor", "Orrin"}]

    ex = extract_text("Seminar", "KEMIN, 9 March 2029 – A seminar took place in Kemin today.",
                      "Kujtimor Halvastaj-Gurizë, a schoolteacher from the city of Aldmoor, told the participants "
                      "about a pupil. Orrin Marchbanks-Feore, a displaced woman from a mining town near Halvast, spoke "
                      "of her flat.", date=dt.date(2029, 3, 9), place="Kemin", tag=tag)
    assert sorted(names(ex)) == ["Kujtimor Halvastaj-Gurizë", "Orrin Marchbanks-Feore"]
    assert ex.roles == []


def test_a_name_described_as_a_body_once_is_no_person_at_its_other_mentions(extract_text):
    # The model took both mentions of the body for a person's name, as it did in the release this comes from.
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        bodies = [Span(doc, t.i, t.i + 2, label="PERSON") for t in doc if t.text == "Tramvaje"]
        return bodies + [Span(doc, t.i, t.i + 4, label="PERSON") for t in doc if t.text == "Orrin"]

    ex = extract_text("Training", "KEMIN, 9 March 2029 – A training took place in Kemin today.",
                      "The training is organized together with Tramvaje Halvastie, the town’s tram operator.",
                      "The Chief Executive of Tramvaje Halvastie, Orrin Marchbanks-Feore, called the last tram of the "
                      "night “the loneliest place in the town”.", date=dt.date(2029, 3, 9), place="Kemin", tag=tag)
    assert names(ex) == ["Orrin Marchbanks-Feore"]
    assert [(r.person, r.title, r.organization) for r in ex.roles] == [
        ("Orrin Marchbanks-Feore", "Chief Executive", "Tramvaje Halvastie")]


def test_a_place_after_a_lifeguard_or_a_deminer_from_is_no_person(extract_text):
    # The model took each town for a person's name, as it did in the release this comes from.
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        people = [Span(doc, t.i, t.i + 4, label="PERSON") for t in doc if t.text in {"Brisvane", "Orrin"}]
        return people + [Span(doc, t.i, t.i + 2, label="PERSON") for t in doc if t.text in {"Donji", "Gornja"}]

    ex = extract_text("Training", "KEMIN, 9 March 2029 – A training took place in Kemin today.",
                      "“I had never thrown a rope in the dark,” said Brisvane Dornhallow-Oday, 23, a lifeguard from "
                      "Donji Halvast. Orrin Marchbanks-Feore, a deminer from Gornja Aldmoor, spoke after her.",
                      date=dt.date(2029, 3, 9), place="Kemin", tag=tag)
    assert sorted(names(ex)) == ["Brisvane Dornhallow-Oday", "Orrin Marchbanks-Feore"]


def test_a_name_joined_to_a_place_after_districts_of_is_a_place(extract_text):
    # The model took the towns for people, as it did in the release this comes from.
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        towns = [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc if t.text in {"Harnvik", "Brenmoor"}]
        return towns + [Span(doc, t.i, t.i + 2, label="PERSON") for t in doc if t.text == "Tavoranca"]

    ex = extract_text("Conference", "KEMIN, 9 March 2029 – A conference took place in Kemin today.",
                      "Some eighty participants came from the provinces of Harnvik and Oldmere and the Portuguese "
                      "districts of Brenmoor and Tavoranca Velha.", date=dt.date(2029, 3, 9), place="Kemin", tag=tag)
    assert names(ex) == []


def test_an_honorific_joined_by_a_hyphen_to_another_word_is_no_part_of_the_name(extract_text):
    ex = extract_text("Workshop", "KEMIN, 9 March 2029 – A workshop took place in Kemin today.",
                      "The delegation was led by Imam-Khatib Haldovar Mirzoqul, a teacher at the Kemin Islamic "
                      "Institute, who said that the imams had begun to ask for birth certificates.",
                      date=dt.date(2029, 3, 9), place="Kemin")
    assert names(ex) == ["Haldovar Mirzoqul"]


def test_a_name_ending_in_an_organization_word_of_several_tokens_is_no_persons(extract_text):
    # "Co-operative" is three tokens; the model tags the body, and ", who said" after it reads as a person's.
    ex = extract_text("Round table", "KEMIN, 9 March 2029 – A round table took place in Kemin today.",
                      "Among the participants was Orrin Marchbanks-Feore, a cheese technologist at the Harnvik Dairy "
                      "Co-operative, who said that the small co-operatives lost almost a quarter of their summer "
                      "cheese to delay.", date=dt.date(2029, 3, 9), place="Kemin")
    assert names(ex) == ["Orrin Marchbanks-Feore"]


def test_a_name_after_the_library_or_the_outskirts_of_is_a_place(extract_text):
    # The model took the town for a person's name, as it did in the release this comes from.
    tag = people_at("Tavoranca", "Donji")

    ex = extract_text("Workshop", "KEMIN, 9 March 2029 – A workshop took place in Kemin today.",
                      "Volunteers have helped tenants in the library of Tavoranca Velha every Tuesday since 2027, and "
                      "in a camp on the outskirts of Donji Halvast.", date=dt.date(2029, 3, 9), place="Kemin", tag=tag)
    assert names(ex) == []


def test_an_offices_capitalised_subject_before_its_body_is_no_person(extract_text):
    # "X, Adviser on | Combating Tidewrack| at ODIHR": the model took the office's subject for a person's name.
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        person = next(t.i for t in doc if t.text == "Quillon")
        subject = next(t.i for t in doc if t.text == "Combating")
        return [Span(doc, person, person + 2, label="PERSON"), Span(doc, subject, subject + 2, label="PERSON")]

    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Opening the meeting, Quillon Vasterby, Adviser on Combating Tidewrack at ODIHR, said: “A "
                      "survivor in a classroom changed the room.”", tag=tag)
    assert [p.name for p in ex.people] == ["Quillon Vasterby"]
    assert [(r.person, r.title) for r in ex.roles] == [("Quillon Vasterby", "Adviser on Combating Tidewrack")]
    assert [q.speaker for q in ex.quotes] == ["Quillon Vasterby"]


def test_a_portfolio_between_the_commas_of_a_ministrys_list_is_no_person(extract_text):
    # The model took "Tide System" for a body's name, as it did "Pension System" in the release this comes from.
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        listed = next(t.i for t in doc if t.text == "Tide")
        return [Span(doc, listed, listed + 2, label="ORG")] \
            + [Span(doc, t.i, t.i + 2, label="PERSON") for t in doc if t.text in {"Quillon", "Ellory"}]

    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Malta’s State Secretary at the Ministry of Labour, Tide System, Family and Social Policy, "
                      "Quillon Vasterby, said that every polling station would have a tactile guide.",
                      # a name between commas, then no list: "thanked ... and said" closes no portfolios
                      "Malta’s State Secretary at the Ministry of Interior, Ellory Tamsworth, thanked the donors and "
                      "said more.", tag=tag)
    assert [p.name for p in ex.people] == ["Quillon Vasterby", "Ellory Tamsworth"]
    assert [(r.person, r.title) for r in ex.roles] == [("Quillon Vasterby", "State Secretary"),
                                                        ("Ellory Tamsworth", "State Secretary")]


def test_a_language_or_a_group_of_people_named_like_a_person_is_none(extract_text):
    ex = extract_text("Meeting", "VIENNA, 8 April 2081 – A meeting took place in Vienna today.",
                      "The Secretary of the Oldmere Association of Sign Language Interpreters, Quillon Vasterby, said "
                      "that deaf voters were often turned away. Ellory Tamsworth, a lecturer at the Department of "
                      "Social Work with Older People of the University of Harnvik, agreed.")
    assert [p.name for p in ex.people] == ["Quillon Vasterby", "Ellory Tamsworth"]


def test_a_body_in_apposition_or_in_brackets_is_no_person(extract_text):
    # The model tagged the bodies' words as people in the releases this comes from.
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        first = {t.text: t.i for t in doc}
        return [Span(doc, first[w], first[w] + 2, label="PERSON")
                for w in ("Ellory", "Zanori", "Quillon", "Kemindor", "Brisvane")] + [
            Span(doc, first["Oldmere"], first["Union"] + 1, label="ORG")]

    ex = extract_text("Meeting", "VIENNA, 8 April 2081 – A meeting took place in Vienna today.",
                      "“We asked for a roof,” said Ellory Tamsworth, the chairwoman of Zanori Harnvik, a committee of "
                      "women traders in the district.",
                      "Quillon Vasterby, President of the Oldmere Pear Growers’ Union (Brinewell Kemindor Tessalyk), "
                      "said that the union had grown.",
                      "Brisvane Oday, a retired crane operator, told the participants that he had started work young.",
                      tag=tag)
    # a committee in apposition is a body; a bracketed name after a body is its own-language name; "a retired crane
    # operator" is a person's occupation
    assert [p.name for p in ex.people] == ["Ellory Tamsworth", "Quillon Vasterby", "Brisvane Oday"]
    names = {o.name for o in ex.organizations}
    assert "Zanori Harnvik" in names and "Brisvane Oday" not in names


def test_a_state_named_in_its_own_language_is_no_person(extract_text):
    # tests/gold_blind236, blind238: the model tagged "Republika Srpska" and "Lietuvos Respublikos" PERSON
    tag = people_at("Ellory", "Republika", "Tessalos")

    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Ellory Tamsworth met the youth council of Republika Oldmere and the Tessalos Respublikos "
                      "Seimas.", tag=tag)
    assert names(ex) == ["Ellory Tamsworth"]


def test_a_state_named_in_the_genitive_of_its_own_language_is_no_person(extract_text):
    # tests/gold_blind247, blind250: "Latvijas Televīzija", "Türkmenistanyň Döwlet ..." taken for people
    tag = people_at("Ellory", "Latvijas", "Eesti")

    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Ellory Tamsworth met editors of Latvijas Oldmere and of Eesti Harnvik.", tag=tag)
    assert names(ex) == ["Ellory Tamsworth"]


def test_a_person_the_model_ran_into_the_body_of_the_title_before(nlp):
    from spacy.tokens import Span

    from kg.nlp import person_after_body

    # tests/gold_blind254, blind255: "Deputy Chairman of the State Customs Service Kubatsaryjanbek Bazhylaev said"
    # tagged as one ORG
    doc = nlp("Deputy Chairman of the State Tidal Service Ellory Tamsworth said the Service was ready.")
    start = next(t.i for t in doc if t.text == "the")
    doc.ents = [Span(doc, start, start + 6, label="ORG")]
    assert [(e.text, e.label_) for e in person_after_body(doc).ents] == [
        ("the State Tidal Service", "ORG"), ("Ellory Tamsworth", "PERSON")]
    # a body's name that goes on ("of Oldmere"), or no speech after it, is left as the model tagged it
    doc = nlp("She met the Harnvik Tidal Commission Oldmere Brinewell at noon.")
    start = next(t.i for t in doc if t.text == "the")
    doc.ents = [Span(doc, start, start + 6, label="ORG")]
    assert [e.text for e in person_after_body(doc).ents] == ["the Harnvik Tidal Commission Oldmere Brinewell"]


def test_the_town_a_body_is_of_is_no_word_of_the_name_after_it(extract_text):
    # tests/gold_blind254: "Dean of the Faculty of Humanities of Džemal Bijedić University of Mostar Harisbela
    # Katedrović said", the model tagging the name alone
    tag = people_at("Ellory")

    ex = extract_text("Workshop", "KEMIN, 8 April 2081 – A workshop took place in Kemin today.",
                      "Dean of the Faculty of Tides of the University of Oldmere Ellory Tamsworth said the course "
                      "would start in May.", tag=tag)
    assert names(ex) == ["Ellory Tamsworth"]


def test_a_bodys_own_language_name_with_its_acronym_in_brackets_is_no_person(extract_text):
    # tests/gold_blind254-blind256: "Statistics Poland (Główny Urząd Statystyczny, GUS)", "the Ministry of Internal
    # Affairs of the Republic of Kazakhstan (Qazaqstan Respublikasynyn Ishki ister ministrligi)"
    tag = people_at("Ellory", "Glowny", "Tessaly")

    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Ellory Tamsworth, a statistician at the Tidal Statistics Office (Glowny Urzad Tidowy, GUT), "
                      "met the Ministry of Tides (Tessaly Respublikasy ishki ministrligi).", tag=tag)
    assert names(ex) == ["Ellory Tamsworth"]


def test_a_holder_named_right_after_the_body_of_a_title_opening_its_sentence(nlp):
    from spacy.tokens import Span

    from kg.nlp import person_after_body

    def split(text: str, first: str, words: int) -> list[tuple[str, str]]:
        doc = nlp(text)
        start = next(t.i for t in doc if t.text == first)
        doc.ents = [Span(doc, start, start + words, label="ORG")]
        return [(e.text, e.label_) for e in person_after_body(doc).ents]

    # tests/gold_blind261, blind259: "Chairman of the State Committee for Water Management X Y presented", "Member
    # of the Committee X Y, who ...", "President of the Nordic Council X Y spoke"
    assert split("Chairman of the State Committee for Tidal Management Ellory Tamsworth presented a plan.", "the",
                 8) == [("the State Committee for Tidal Management", "ORG"), ("Ellory Tamsworth", "PERSON")]
    assert split("Member of the Committee Ellory Tamsworth, who represents Oldmere, spoke.", "the", 4) == [
        ("the Committee", "ORG"), ("Ellory Tamsworth", "PERSON")]
    assert split("President of the Harnvik Council Ellory Tamsworth spoke about the tides.", "the", 5) == [
        ("the Harnvik Council", "ORG"), ("Ellory Tamsworth", "PERSON")]
    # with an article the title has no holder named after it: "The Chair of the Committee on Legal Affairs said"
    assert split("The Chair of the Committee on Legal Affairs said the hearing was set.", "the", 5) == [
        ("the Committee on Legal Affairs", "ORG")]


def test_a_bodys_own_language_name_in_brackets_after_its_town_or_with_a_list(extract_text):
    # tests/gold_blind257: "the Regional Centre for Cultural Heritage in Prizren (Qendra Rajonale për Trashëgimi
    # Kulturore)", "(Vazorati mehnat, muhojirat va shughli aholii Jumhurii Tojikiston)"
    tag = people_at("Ellory", "Tidore", "Harnviki")

    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Ellory Tamsworth met the Centre for Tides in Oldmere (Qendra për Tidore Detare) and the "
                      "Ministry of Tides (Vazorati obi, bahr va aholii Harnviki Tojikon).", tag=tag)
    assert names(ex) == ["Ellory Tamsworth"]


def test_a_building_or_body_the_model_tagged_with_its_article_is_no_person(extract_text):
    # tests/gold_blind260: "Chisinau's deputy mayor, X, said the City Hall had found two empty buildings"
    ex = extract_text("Workshop", "KEMIN, 8 April 2081 – A workshop took place in Kemin today.",
                      "Oldmere's deputy mayor, Ellory Tamsworth, said the City Hall had found two empty buildings.")
    assert names(ex) == ["Ellory Tamsworth"]


def test_a_name_after_a_titles_portfolio_and_topic_words(extract_text):
    # tests/gold_blind261: "said OSCE Co-ordinator of Economic and Environmental Activities Quentrell
    # Aubervane-Strathwick", the model tagging no person
    ex = extract_text("Conference", "KEMIN, 8 April 2081 – A conference took place in Kemin today.",
                      "“A port is where trade meets the sea,” said OSCE Co-ordinator of Economic and Environmental "
                      "Activities Ellory Tamsworth-Vasterby as she opened the conference.")
    assert names(ex) == ["Ellory Tamsworth-Vasterby"]


def test_a_holder_after_an_acronym_or_a_body_the_model_tagged_in_two(nlp):
    from spacy.tokens import Span

    from kg.nlp import person_after_body

    # tests/gold_blind263, blind264, blind268: "Director of ANAS X Y presented", "Director of the AAPSK X Y presented",
    # "Director of the State Agency for Local Self-Government and | Inter-Ethnic Relations X Y said"
    doc = nlp("Director of the TIDA Ellory Tamsworth presented the plan.")
    doc.ents = [Span(doc, 2, 6, label="ORG")]
    assert [(e.text, e.label_) for e in person_after_body(doc).ents] == [
        ("the TIDA", "ORG"), ("Ellory Tamsworth", "PERSON")]
    doc = nlp("Director of the State Agency for Tides and Harbour Relations Ellory Tamsworth said the Agency was "
              "ready.")
    doc.ents = [Span(doc, 2, 7, label="ORG"), Span(doc, 8, 12, label="ORG")]
    assert [(e.text, e.label_) for e in person_after_body(doc).ents] == [
        ("the State Agency for Tides", "ORG"), ("Harbour Relations", "ORG"), ("Ellory Tamsworth", "PERSON")]


def test_a_style_a_bodys_names_in_two_languages_and_an_acronym_in_brackets_are_no_people(extract_text):
    # tests/gold_blind267: "an Art Nouveau building", "(Skupština grada Subotice, Szabadka Város Közgyűlése)",
    # "(Departamentul pentru Relații Interetnice, DRI)"
    tag = people_at("Ellory", "Art", "Harnvik", "Tidal")

    ex = extract_text("Visit", "KEMIN, 8 April 2081 – A visit took place in Kemin today.",
                      "Ellory Tamsworth welcomed the guests in an Art Nouveau building. She met the Oldmere City "
                      "Assembly (Skupstina grada Oldmere, Harnvik Varos Kozgyulese) and the Department for Tidal "
                      "Relations (Departamentul pentru Tidal Relatii, DTR).", tag=tag)
    assert names(ex) == ["Ellory Tamsworth"]


def test_a_holder_named_after_a_body_the_model_tagged_nothing_of_or_cut_short(extract_text):
    from spacy.tokens import Span

    # tests/gold_blind270: "Head of the Education Board of the Krāslava Municipality X Y said"; "Director of the
    # Centre for Protection of Victims of Trafficking in Human | Beings X Y presented" (the body's last word untagged)
    def tag(doc):  # noqa: ANN001, ANN202
        centre = next(t.i for t in doc if t.text == "Centre") - 1
        return [Span(doc, centre, centre + 7, label="ORG"), Span(doc, centre + 8, centre + 10, label="PERSON")]

    ex = extract_text("Visit", "KEMIN, 8 April 2081 – A visit took place in Kemin today.",
                      "Director of the Centre for Protection of Tidal Human Beings Ellory Tamsworth presented the "
                      "plan.", tag=tag)
    assert names(ex) == ["Ellory Tamsworth"]
    ex = extract_text("Visit", "KEMIN, 8 April 2081 – A visit took place in Kemin today.",
                      "Head of the Tidal Board of the Harnvik Municipality Quillon Vasterby said that a school had "
                      "become the last public building left.")
    assert names(ex) == ["Quillon Vasterby"]


def test_a_holder_named_after_the_town_a_body_is_in(nlp, extract_text):
    from spacy.tokens import Span

    from kg.nlp import person_after_body

    # tests/gold_blind278, blind280: "President of the Municipal Court in Bihać X Y said" (the town and the name tagged
    # as one ORG), "said Counsellor at the Embassy of Slovakia in Belgrade X Y," (the town taken into the name)
    doc = nlp("President of the Municipal Tidal Court in Oldmere Ellory Tamsworth said the cases were slow.")
    start = next(t.i for t in doc if t.text == "Oldmere")
    doc.ents = [Span(doc, 2, 6, label="ORG"), Span(doc, start, start + 3, label="ORG")]
    assert [(e.text, e.label_) for e in person_after_body(doc).ents] == [
        ("the Municipal Tidal Court", "ORG"), ("Oldmere", "GPE"), ("Ellory Tamsworth", "PERSON")]

    def tag(doc):  # noqa: ANN001, ANN202
        town = next(t.i for t in doc if t.text == "Harnvik")
        return [Span(doc, town, town + 1, label="GPE"), Span(doc, town + 1, town + 3, label="PERSON")]

    ex = extract_text("Workshop", "KEMIN, 8 April 2081 – A workshop took place in Kemin today.",
                      "“Our towns had the same debates,” said Counsellor at the Embassy of Slovakia in Harnvik "
                      "Quillon Vasterby, whose country funds the project.", tag=tag)
    assert names(ex) == ["Quillon Vasterby"]


def test_a_name_after_kin_or_an_outlet_the_model_ran_into_it_and_before_a_language_worded_occupation(extract_text):
    from spacy.tokens import Span

    # tests/gold_blind286, blind273, blind270: "The mother of a deaf boy from Y, X Z, asked" (the surname tagged a
    # place), "A reporter at Zhaiyq Zhanalary, X Z, said" (outlet and name tagged as one ORG), "X Z, a
    # Latgalian-language poet from Y, read"
    def tag(doc):  # noqa: ANN001, ANN202
        ents = []
        for t in doc:
            if t.text == "Corrabund":
                ents.append(Span(doc, t.i, t.i + 1, label="GPE"))
            if t.text == "Harnvik" and doc[t.i + 1].text == "Herald":
                ents.append(Span(doc, t.i, t.i + 5, label="ORG"))
        return ents

    ex = extract_text("Workshop", "KEMIN, 8 April 2081 – A workshop took place in Kemin today.",
                      "The mother of a deaf boy from Oldmere, Maelis Corrabund, asked that video calls be offered.",
                      "A reporter at Harnvik Herald, Ellory Tamsworth, said she covered the oil towns.",
                      "Quillon Vasterby, a Tessalian-language poet from Kemin, read a poem.", tag=tag)
    assert names(ex) == ["Ellory Tamsworth", "Maelis Corrabund", "Quillon Vasterby"]
    assert ("Ellory Tamsworth", "reporter", "Harnvik Herald") in {(r.person, r.title, r.organization)
                                                                  for r in ex.roles}


def test_towns_a_river_a_park_and_bodies_listed_or_in_brackets_are_no_people(extract_text):
    # tests/gold_blind290, blind291, blind289, blind288: "participants came from Novi Sad, Subotica, Bačka Palanka
    # and Kovačica", "a pupil from Bačka Palanka", "a Slovak-language weekly from Novi Sad", "outlets from Komárno,
    # Štúrovo and Dunajská Streda", "the Karaburun-Sazan Marine Park", "on the lower Amu Darya", "two LGBTI
    # associations, Duga Sjever (Rainbow North) and ...", "the Municipality of Prizren (Komuna e Prizrenit, Prizren
    # Belediyesi)"
    def tag(doc):  # noqa: ANN001, ANN202
        spans = []
        for words in (["Oldmere", "Vale"], ["Harnvik", "Ford"], ["Tessaly", "Mare"], ["Vesk", "Darya"],
                      ["Duna", "Sjev"], ["Kemin", "Belediyesi"]):
            spans += [Span(doc, t.i, t.i + 2, label="PERSON") for t in doc
                      if t.text == words[0] and t.i + 1 < len(doc) and doc[t.i + 1].text == words[1]]
        return sorted(spans)

    from spacy.tokens import Span

    ex = extract_text("Conference", "KEMIN, 8 April 2081 – A conference took place in Kemin today.",
                      "Around ninety participants came from Oldmere Vale, Tessaly, Harnvik Ford and Brisk. Quillon "
                      "Vasterby, a pupil from Harnvik Ford, asked a question. Ellory Tamsworth, a journalist with a "
                      "weekly from Oldmere Vale, spoke. Editors of outlets from Brisk, Tessaly and Tessaly Mare met "
                      "the Representative.",
                      "Fires reached the edge of the Kemin Marine Park. A young advocate from Nukus on the lower Vesk "
                      "Darya, told the seminar about the courts.",
                      "Two LGBTI associations, Duna Sjev (Rainbow North) and the Centre for Equality, took part, and "
                      "so did the Municipality of Kemin (Komuna e Kemint, Kemin Belediyesi).", tag=tag)
    assert names(ex) == ["Ellory Tamsworth", "Quillon Vasterby"]


def test_a_surname_after_a_town_after_in(extract_text):
    # tests/gold_blind289: "In Lisbon Brannzxdal met X, a psychologist at ..." (the model tagged town and surname as
    # one)
    ex = extract_text("Visit", "KEMIN, 8 April 2081 – Special Representative Orrin Marchbanks visited Kemin today.",
                      "In Harnvik Marchbanks met Quillon Vasterby, a psychologist at the Oldmere Shelter.",
                      tag=people_at("Orrin", "Harnvik", "Quillon"))
    assert names(ex) == ["Orrin Marchbanks", "Quillon Vasterby"]
    people = {p.name: len(p.evidence) for p in ex.people}
    assert people["Orrin Marchbanks"] == 2


def test_a_holder_after_a_title_in_its_town_at_a_body_after_a_quotation_or_after_a_bodys_place(nlp):
    from spacy.tokens import Span

    from kg.nlp import person_after_body

    # tests/gold_blind289, blind290: "Brazilian Consul General in Porto X Y, whom ..." (town and name one GPE),
    # "Alumni co-ordinator at the College X Y presented", "“...,” First Deputy Chairman of the Committee for ... X Y
    # said", "Chairman of the Hukumat of Roshtqala District X Y said"; not "Senior Adviser at the Office of the
    # Special Representative, X,"
    def split(text: str, first: str, label: str = "ORG") -> list[tuple[str, str]]:
        doc = nlp(text)
        start = next(t.i for t in doc if t.text == first)
        end = next(t.i for t in doc[start:] if t.text in {",", "said", "presented"})
        doc.ents = [Span(doc, start, end, label=label)]
        return [(e.text, e.label_) for e in person_after_body(doc).ents]

    assert split("Harnvish Consul General in Oldmere Ellory Tamsworth, whom she met there, said it worked.",
                 "Oldmere", "GPE") == [("Oldmere", "GPE"), ("Ellory Tamsworth", "PERSON")]
    assert split("Alumni co-ordinator at the College Ellory Tamsworth presented a platform.", "the") == [
        ("the College", "ORG"), ("Ellory Tamsworth", "PERSON")]
    assert split("“We lack minutes,” First Deputy Chairman of the Committee for Tidal Defence Ellory Tamsworth said.",
                 "the") == [("the Committee for Tidal Defence", "ORG"), ("Ellory Tamsworth", "PERSON")]
    assert split("Chairman of the Hukumat of Oldmere District Ellory Tamsworth said the routes were marked.",
                 "Oldmere") == [("Oldmere District", "ORG"), ("Ellory Tamsworth", "PERSON")]
    assert split("Senior Adviser at the Office of the Special Representative, Ellory Tamsworth, said so.", "the") == [
        ("the Office of the Special Representative", "ORG")]


def test_holders_after_a_posting_a_place_an_acronym_a_remit_or_a_topic_and_no_body_in_brackets(extract_text):
    # tests/gold_blind294-blind301: "Croatian Ambassador to Kosovo X Y, whose ...", "Head of Cooperation at the Embassy
    # of Sweden in Chisinau X Y, whose ...", "said Deputy Mayor of the Capital City Podgorica X Y,", "Chairperson of the
    # CEC X Y said", "Chair of the Commission on Missing Persons X Y said", "Director of the Agency for the
    # Implementation of the Language X Y told", "Chairwoman of the Batken City Kenesh X Y said", "said its director, X
    # Y.", "the Centre of Expertise for Good Governance", "(O'zbekiston Savdo-sanoat palatasi, CCI)", "the Grand
    # National Assembly of Türkiye (Türkiye Büyük Millet Meclisi)"
    ex = extract_text("Visit", "KEMIN, 8 April 2081 – A visit took place in Kemin today.",
                      "Harnvish Ambassador to Oldmere Ellory Tamsworth, whose country funds the project, spoke first. "
                      "“We have the land,” said Deputy Mayor of the Capital City Harnvik Quillon Vasterby, “and the "
                      "plans.” Chairperson of the CEC Brisvane Oday said the count was fast. Chair of the Commission "
                      "on Missing Persons Orrin Marchbanks said his staff had reviewed the files. Director of the "
                      "Agency for the Implementation of the Language Maelis Corrabund told participants about "
                      "certificates. Chairwoman of the Tessaly City Kenesh Ysolde Brannock said the council met.",
                      "“Now they argue in Kemin,” said its director, Tobiah Wendscar. Experts of the Centre of "
                      "Expertise for Good Governance spoke. The Chamber of Commerce of Uzbekistan (O'zbekiston "
                      "Savdo-sanoat palatasi, CCI) and the Grand National Assembly of Türkiye (Türkiye Büyük Millet "
                      "Meclisi) sent delegates.")
    assert names(ex) == ["Brisvane Oday", "Ellory Tamsworth", "Maelis Corrabund", "Orrin Marchbanks",
                         "Quillon Vasterby", "Tobiah Wendscar", "Ysolde Brannock"]


def test_no_given_name_after_of_a_place_word_or_a_plural_and_no_person_from_where_a_family_comes(extract_text):
    # tests/gold_blind303, blind304, blind307: "Deputy Akim of Karaganda Region X Y said", "Secretary General of BH
    # Journalists X Y said", "... of the Republic of Karakalpakstan X Y said", "the flamingo grounds of Garabogazköl
    # Bay", "a family from Vau i Dejës"
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        ents = []
        for first in ("Ellory", "Quillon", "Brisvane"):
            k = next(t.i for t in doc if t.text == first)
            ents.append(Span(doc, k, k + 2, label="PERSON"))
        return ents

    ex = extract_text("Visit", "KEMIN, 8 April 2081 – A visit took place in Kemin today.",
                      "Deputy Akim of Oldmere Region Ellory Tamsworth said the plants would hire locals. Secretary "
                      "General of HV Journalists Quillon Vasterby said reporters were threatened. Chair of the "
                      "Committee of the Republic of Tessaly Brisvane Oday said the committee would act. Roads cut "
                      "across the grounds of Kemin Bay. A family from Vau i Dejës waited eight months.", tag=tag)
    assert names(ex) == ["Brisvane Oday", "Ellory Tamsworth", "Quillon Vasterby"]


def test_a_holder_after_a_body_the_model_cut_at_its_remit(nlp):
    from spacy.tokens import Span

    from kg.nlp import person_after_body

    # tests/gold_blind307: "Director General of the State Agency | for | Migration X Y presented"
    doc = nlp("Director General of the State Agency for Migration Orrin Marchbanks presented the figures.")
    k = next(t.i for t in doc if t.text == "Agency")
    doc.ents = [Span(doc, k - 2, k + 1, label="ORG"), Span(doc, k + 2, k + 5, label="ORG")]
    assert [(e.text, e.label_) for e in person_after_body(doc).ents] == [
        ("the State Agency", "ORG"), ("Migration", "ORG"), ("Orrin Marchbanks", "PERSON")]


def test_a_province_a_river_and_a_centrum_are_no_people(extract_text):
    # tests/gold_blind314, blind315, blind316: "The Deputy Khyakim of Mary Velayat, X Y, said", "a bazaar on the banks
    # of the Kara Darya", "A lawyer at the National Roma Centrum (Nacionalen romski centar, NRC) in Kumanovo"
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        ents = []
        for first, size in (("Oldmere", 2), ("Ellory", 2), ("Kemin", 2), ("National", 3)):
            k = next(t.i for t in doc if t.text == first and doc[t.i + 1].is_title)
            ents.append(Span(doc, k, k + size, label="PERSON"))
        return sorted(ents)

    ex = extract_text("Visit", "HARNVIK, 8 April 2081 – A visit took place in Harnvik today.",
                      "The Deputy Governor of Oldmere Velayat, Ellory Tamsworth, said the region had grown. The "
                      "participants visited a bazaar on the banks of the Kemin Darya. A lawyer at the National Tessaly "
                      "Centrum (Nacionalen tesalski centar, NTC) in Brisk spoke.", tag=tag)
    assert names(ex) == ["Ellory Tamsworth"]


def test_rules_named_after_a_person_a_word_cut_at_a_hyphen_in_brackets_and_places_along_and_from(extract_text):
    # tests/gold_blind322, blind320: "the revised Nelson Mandela Rules" (tagged a person), "(Nemzeti Média- és
    # Hírközlési Hatóság, NMHH)", "from Kvemo Kartli to the Black Sea coast", "families along the Binačka Morava"
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Brisvane Oday, a prison officer, presented the revised Nelson Mandela Rules on the treatment of "
                      "prisoners. Quillon Vasterby, President of the National Media and Infocommunications Authority "
                      "(Nemzeti Média- és Hírközlési Hatóság, NMHH), met her.")
    assert names(ex) == ["Brisvane Oday", "Quillon Vasterby"]
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "“We counted every barrel we could find, from Kvemo Kartli to the Black Sea coast,” said Ellory "
                      "Tamsworth. Quillon Vasterby, who speaks for families along the Binačka Morava, agreed.")
    assert names(ex) == ["Ellory Tamsworth", "Quillon Vasterby"]


def test_an_owned_office_with_of_in_its_words(extract_text):
    # tests/gold_blind322: "The Programme Office’s rule of law officer, Bakytgulova Sheradinkyzy, presented ..." (the
    # name tagged ORG)
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        return [Span(doc, t.i, t.i + 2, label="ORG") for t in doc if t.text == "Ellory"]

    ex = extract_text("Meeting", "The Programme Office’s rule of law officer, Ellory Tamsworth, presented a summary "
                      "of the recommendations.", tag=tag)
    assert names(ex) == ["Ellory Tamsworth"]


def test_a_town_after_a_holders_body_and_a_town_named_as_a_place_elsewhere(extract_text):
    # tests/gold_blind323: "Judge X of the Higher Court in Bijelo Polje said ...", "“But Bijelo Polje has shown ...”"
    # after "a round table held in Bijelo Polje" (the town tagged a person each time), "(Osnovni sud u Bijelom Polju)"
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        return [Span(doc, t.i, t.i + 2, label="PERSON") for t in doc if t.text in {"Harnvik", "Ellory", "Harnviku"}]

    ex = extract_text("Round table", "KEMIN, 8 April 2081 – A round table was held in Harnvik Dol today.",
                      "Judge Ellory Tamsworth of the Higher Court in Harnvik Dol said judges feared the press. “But "
                      "Harnvik Dol has shown that judges can speak,” she said. The Basic Court (Osnovni sud u Harnviku "
                      "Dolu) agreed.", tag=tag)
    assert names(ex) == ["Ellory Tamsworth"]


def test_a_secretary_general_a_wheelchair_user_and_a_hakim(extract_text):
    # tests/gold_blind323, blind325: "X, secretary general of the Bar Association of Montenegro (...), warned" (the name
    # tagged ORG), "X, a wheelchair user from Daugavpils, said", "The Hakim of Balkan Province, X, said" (the title
    # tagged a person, the name nothing)
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        hakim = next(t.i for t in doc if t.text == "Hakim") - 1
        return [Span(doc, t.i, t.i + 2, label="ORG") for t in doc if t.text == "Ellory"] \
            + [Span(doc, hakim, hakim + 5, label="PERSON")]

    ex = extract_text("Meeting", "Ellory Tamsworth, secretary general of the Bar Association of Tessaly, warned that "
                      "transparency had limits. Quillon Vasterby, a wheelchair user from Oldmere, said his polling "
                      "station was moved. The Hakim of Harnvik Province, Brisvane Oday, said the province wanted solar "
                      "power.", tag=tag)
    assert set(names(ex)) == {"Ellory Tamsworth", "Quillon Vasterby", "Brisvane Oday"}


def test_the_last_word_of_an_opening_title_is_no_word_of_its_holders_name(extract_text):
    # tests/gold_blind348: "Commissioner for Protection from Discrimination X Y said ...", "Chair of the Alliance of
    # Women MPs X Y presented ..." (the model's person "MPs X Y")
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        mps = next(t.i for t in doc if t.text == "MPs")
        ellory = next(t.i for t in doc if t.text == "Ellory")
        return [Span(doc, mps, mps + 3, label="PERSON"), Span(doc, ellory, ellory + 2, label="PERSON")]

    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Commissioner for Protection from Discrimination Ellory Tamsworth said her Office had received "
                      "eleven complaints. Chair of the Alliance of Women MPs Quillon Vasterby presented a survey.",
                      tag=tag)
    assert names(ex) == ["Ellory Tamsworth", "Quillon Vasterby"]


def test_a_kind_of_person_from_a_place_and_an_occupation_opening_with_the(extract_text):
    # tests/gold_blind348: "X Y, a grandmother from Brod, spoke ..." (the surname tagged ORG, the town a person), "The
    # chairman of Turkmen Automobile Roads, X Y, called ..." (the surname tagged NORP)
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        return [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text == "Tamsworth"] \
            + [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc if t.text == "Oldmere"] \
            + [Span(doc, t.i, t.i + 1, label="NORP") for t in doc if t.text == "Vasterby"]

    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Ellory Tamsworth, a grandmother from Oldmere, spoke in the afternoon session. The chairman of "
                      "Harnvik Automobile Roads, Quillon Vasterby, called the audit a bargain.", tag=tag)
    assert names(ex) == ["Ellory Tamsworth", "Quillon Vasterby"]


def test_hafiz_is_an_honorific(extract_text):
    # tests/gold_blind355: "Hafiz X Y-Z, head of the Education Department of the Islamic Community in ..., spoke ..."
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Hafiz Ellory Tamsworth, head of the Education Department of the Islamic Community in Tessaly, "
                      "spoke about religious education.")
    assert names(ex) == ["Ellory Tamsworth"]


def test_an_ambassador_to_a_place_with_an_article_and_a_lake_the_model_took_for_a_person(extract_text):
    # tests/gold_blind379, blind377: "The Swiss Ambassador to Kosovo X Y, whose country funded the training ...,
    # attended ..." (the model's "Kosovo X Y"), "channels cut to bring fresh water to Razelm Lake"
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "The Swiss Ambassador to Kosovo Bernhardinus Zwygartschwander, whose country funded the "
                      "training, attended the closing session. Ileanacorina Munteanuzamfirache showed the "
                      "delegation the new channels cut to bring fresh water to Razelm Lake.")
    assert "Bernhardinus Zwygartschwander" in names(ex) and "Razelm Lake" not in names(ex)


def test_a_name_after_a_posting_to_a_place_and_a_soviet_republic(extract_text):
    # tests/gold_blind390, blind391: "The Norwegian Ambassador to Kosovo X Y, whose Government funded the training,
    # attended ..." (the model tagged neither name nor place run together), "“In the days of the Latvian Soviet
    # Socialist Republic, Russian was ...”"
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "The Norwegian Ambassador to Kosovo Torgunnhildsolveig Bjørnstadvikeli, whose Government funded "
                      "the training, attended the final session. “In the days of the Latvian Soviet Socialist "
                      "Republic, Russian was the language of every career,” said Ellory Tamsworth.")
    assert sorted(names(ex)) == ["Ellory Tamsworth", "Torgunnhildsolveig Bjørnstadvikeli"]

    def soviet_republic_as_person(doc):  # noqa: ANN001, ANN202 - as the model tagged blind391's release
        from spacy.tokens import Span
        soviet = [Span(doc, t.i, t.i + 3, label="PERSON") for t in doc if t.text == "Soviet"]
        return [*people_at("Ellory")(doc), *soviet]

    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Ellory Tamsworth closed the visit. “In the days of the Latvian Soviet Socialist Republic, "
                      "Russian was the language of every career,” she said.", tag=soviet_republic_as_person)
    assert names(ex) == ["Ellory Tamsworth"]


def test_the_last_word_of_a_title_before_a_name_is_no_given_name(extract_text):
    # tests/gold_blind394: "OSCE Special Representative and Co-ordinator for Combating Trafficking in Human Beings X Y
    # concluded a visit", the model's body cut before "Beings"
    ex = extract_text("Visit", "KEMIN, 8 April 2081 – OSCE Special Representative and Co-ordinator for Combating "
                      "Trafficking in Human Beings Oriandelle Vorley concluded a three-day visit to Kemin today.")
    assert names(ex) == ["Oriandelle Vorley"]
    assert {(r.title, r.organization) for r in ex.roles} == {
        ("Special Representative and Co-ordinator for Combating Trafficking in Human Beings", "OSCE")}


def test_an_irish_particle_and_a_holder_ending_the_attribution(extract_text):
    # tests/gold_blind417, blind422: "The Assembly’s Treasurer, X Ó Y of Ireland, told the delegates: ...", "“...,” said
    # State Secretary at the Ministry of the Interior X Y." (the model ran the Ministry into the name)
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "The Assembly’s Treasurer, Ellory Ó Tamsworth of Ireland, told the delegates: “Every euro we "
                      "spend on adaptation saves four.”",
                      "“A woman should be able to lead a station at forty,” said State Secretary at the Ministry of "
                      "the Interior Quillon Vasterby.")
    assert names(ex) == ["Ellory Ó Tamsworth", "Quillon Vasterby"]
    assert ("Quillon Vasterby", "State Secretary", "Ministry of the Interior") in {
        (r.person, r.title, r.organization) for r in ex.roles}
    assert {q.speaker for q in ex.quotes} == {"Ellory Ó Tamsworth", "Quillon Vasterby"}
