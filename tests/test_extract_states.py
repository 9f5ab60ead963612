"""Participating States and Partners: names, aliases, possessives and adjectives; counts are not."""

from __future__ import annotations

import datetime as dt


def states(extraction) -> dict[str, str]:
    return {s.name: s.status for s in extraction.states}


def test_aliases_possessives_and_adjectives(extract_text):
    ex = extract_text(
        "Dutch and Czech experts meet",
        "THE HAGUE, 4 October 2021 – Turkey’s delegation joined representatives of the Czech Republic, "
        "the UK and Moldova. The Maltese Minister spoke after Russia's envoy.",
    )
    assert states(ex) == {
        "The Netherlands": "participating", "Czechia": "participating", "Türkiye": "participating",
        "United Kingdom": "participating", "Moldova": "participating", "Malta": "participating",
        "Russian Federation": "participating",
    }


def test_partners_are_told_apart_and_counts_are_not_states(extract_text):
    ex = extract_text(
        "Mediterranean conference",
        "VALLETTA, 10 October 2019 – Delegations from all 57 OSCE participating States and the Partners "
        "for Co-operation, including Jordan and Japan, met in the Eastern Mediterranean.",
        place="Valletta",
    )
    assert states(ex) == {"Jordan": "mediterranean-partner", "Japan": "asian-partner"}
    assert {p.name for p in ex.places} == {"Valletta", "Mediterranean", "Eastern Mediterranean"}


def test_seed_states(seed_extractions):
    assert states(seed_extractions["000"]) == {"Serbia": "participating"}  # not the navigation list
    assert set(states(seed_extractions["003"])) == {"Ukraine", "Poland", "Russian Federation"}
    assert set(states(seed_extractions["002"])) == {"Italy"}
    assert states(seed_extractions["004"]) == {}


def test_chairpersonships(extract_text, seed_extractions):
    ex = extract_text("Chairmanship event", "SKOPJE, 2 May 2023 – The North Macedonian 2023 OSCE Chairpersonship "
                      "and Sweden’s OSCE Chairmanship held talks.", date=dt.date(2023, 5, 2))
    assert sorted((c.state, c.year) for c in ex.chairpersonships) == [("North Macedonia", 2023), ("Sweden", 2023)]
    assert [(c.state, c.year) for c in seed_extractions["000"].chairpersonships] == [("Serbia", 2015)]
    assert [(c.state, c.year) for c in seed_extractions["003"].chairpersonships] == [("Poland", 2022)]


def test_adjectives_of_a_language_or_a_people_name_no_state(extract_text):
    ex = extract_text(
        "Language policy discussed",
        "RIGA, 10 May 2023 – The move to Latvian-language schooling affects Russian language schools and "
        "Ukrainian-language classes. Ethnic Armenian and Polish minority families raised concerns, as did Georgian "
        "wine producers and Russian-speaking parents. Lessons are taught in Latvian and pupils speak Greek at home.",
        "The Latvian government and Serbian authorities shared experience, and the Italian Undersecretary "
        "attended. The Swedish Chairmanship and Dutch experts met Estonian officials.",
    )
    assert set(states(ex)) == {"Latvia", "Serbia", "Italy", "Sweden", "The Netherlands", "Estonia"}
    latvia = next(s for s in ex.states if s.name == "Latvia")
    assert [e.anchor for e in latvia.evidence] == ["Latvian"]  # the government, not the language


def test_an_adjective_listed_with_a_language_is_a_language(extract_text):
    ex = extract_text(
        "Guide published",
        "VIENNA, 3 March 2021 – The OSCE will publish a handbook for border guards next month, in English and "
        "Ukrainian.",
    )
    assert "Ukraine" not in states(ex)


def test_the_second_of_two_languages_after_in_is_a_language(extract_text):
    ex = extract_text(
        "Leaflets printed",
        "VIENNA, 3 March 2021 – The leaflets were printed in Serbian and Hungarian for the border towns.",
    )
    assert not {"Serbia", "Hungary"} & set(states(ex))


def test_a_list_of_languages_after_in_names_no_state_whatever_its_parse(extract_text):
    ex = extract_text(
        "Hotline opened",
        "BISHKEK, 3 March 2026 – The prosecutor said that Tajik border guards had found 12 victims and that a "
        "hotline in Kyrgyz, Russian and Uzbek had received more than 2,000 calls from families.",
    )
    assert set(states(ex)) == {"Tajikistan"}


def test_a_state_closing_an_organization_name_is_named(extract_text):
    ex = extract_text(
        "Monitors report",
        "VIENNA, 3 March 2021 – The Chief Monitor of the OSCE Special Monitoring Mission to Ukraine briefed the "
        "Permanent Council today.",
    )
    assert "Ukraine" in states(ex)


def test_languages_listed_after_a_word_the_model_took_for_a_product_or_before_the_state_language(extract_text):
    ex = extract_text(
        "Roundtable on multilingual education",
        "COMRAT, 3 March 2021 – Pupils who speak Gagauz, Bulgarian, Ukrainian or Russian at home learn the "
        "teaching of Romanian, the State language, from the first grade, and many can also read Russian or "
        "Bulgarian.",
    )
    assert [s.name for s in ex.states] == []


def test_a_community_named_by_its_place_names_no_state(extract_text):
    ex = extract_text(
        "Meeting",
        "PRIZREN, 3 March 2026 – “Kosovo Albanian and Kosovo Serb members meet every month,” she said. "
        "A Serbian delegation attended.",
    )
    assert [s.name for s in ex.states] == ["Serbia"]


def test_peoples_and_languages_listed_before_their_head_name_no_state(extract_text):
    ex = extract_text(
        "Youth forum",
        "PRIZREN, 18 May 2026 – Young people from the Kosovo Albanian, Kosovo Serb, Bosniak, Turkish, Gorani and "
        "Roma communities met in Prizren. In Croatia, the Hungarian and Italian national minorities elect one member "
        "each, and ballots were printed in Serbian Cyrillic. Latvian officials attended.",
    )
    assert set(states(ex)) == {"Croatia", "Latvia"}
    assert not {"Kosovo Serb", "Bosniak"} & {p.name for p in ex.people}


def test_a_state_adjective_naming_an_acronyms_language(extract_text):
    ex = extract_text("Visit", "NICOSIA, 3 March 2026 – The visitors met the Financial Intelligence Unit, known by "
                      "its Turkish acronym MASAK, and officials of Malta.")
    assert states(ex) == {"Malta": "participating"}


def test_a_language_taught_names_no_state(extract_text):
    ex = extract_text("Festival", "LUDZA, 3 March 2026 – Speakers included a teacher of Polish at a school in "
                      "Lithuania and a lecturer of Russian from Estonia.")
    assert states(ex) == {"Lithuania": "participating", "Estonia": "participating"}


def test_a_state_name_inside_a_landmarks_name_names_no_state(extract_text):
    ex = extract_text("Launch", "DRESDEN, 3 March 2026 – \"In 2024 we watched a fire burn for weeks in the Saxon "
                      "Switzerland National Park,\" said Jürgen Albrecht-Ohm, who travelled from Germany for the "
                      "launch.")
    assert states(ex) == {"Germany": "participating"}


def test_languages_listed_with_arabic_and_communities_named_by_two_adjectives(extract_text):
    ex = extract_text("Launch", "ZUG, 3 March 2026 – The guide was published in Estonia, with versions in Hebrew, "
                      "Latvian, Polish and Ukrainian. Its authors are Greek Cypriot and Turkish Cypriot lawyers.")
    assert states(ex) == {"Estonia": "participating", "Cyprus": "participating"}


def test_a_state_adjective_opening_a_territorys_name_names_no_state(extract_text):
    ex = extract_text("Course", "ZUG, 3 March 2026 – The money was hidden in a yacht registered in Malta and in shell "
                      "companies in the British Virgin Islands.")
    assert states(ex) == {"Malta": "participating"}


def test_a_language_that_people_prefer_names_no_state(extract_text):
    ex = extract_text("Workshop", "ZUG, 3 March 2026 – Sholpan Zhaxylykova said that the station's older "
                      "listeners still prefer Russian.")
    assert states(ex) == {}


def test_languages_interpreted_between_name_no_state(extract_text):
    ex = extract_text("Course", "KEMIN, 8 October 2043 – Court staff in Kemin interpret between Greek and Bulgarian, "
                      "and one of them has interpreted between Turkish and Romanian for a decade.")
    assert states(ex) == {}


def test_northern_ireland_is_a_region_not_ireland(extract_text):
    ex = extract_text("Reform", "KEMIN, 4 March 2042 – Conal Breslin of the Police Service of Northern Ireland spoke "
                      "by video link from Belfast.")
    assert states(ex) == {}


def test_an_adjective_listed_with_peoples_or_after_a_possessive_names_no_state(extract_text):
    ex = extract_text("Campaign", "KEMIN, 4 March 2042 – The campaign aims to bring more Bosniak, Gorani, Turkish and "
                      "Roma candidates into the police.")
    assert states(ex) == {}
    ex = extract_text("Campaign", "KEMIN, 4 March 2042 – Young people cannot find work because their Romanian is "
                      "weak, the mayor said.")
    assert states(ex) == {}


def test_a_state_that_is_no_more_and_a_language_one_interprets_name_no_state(extract_text):
    ex = extract_text("Exhibition", "KEMIN, 4 August 2048 – The pages signed by the German Democratic Republic are on "
                      "display.")
    assert states(ex) == {}
    ex = extract_text("Exhibition", "KEMIN, 4 August 2048 – The oldest guest worked as an interpreter of Russian for "
                      "forty years.")
    assert states(ex) == {}


def test_a_states_other_adjective_opening_a_known_body_names_the_state(extract_text):
    ex = extract_text("Forum", "KEMIN, 9 May 2044 – A deputy who sits in the Hellenic Parliament told the forum how "
                      "the threats began.")
    assert set(states(ex)) == {"Greece"}


def test_an_edition_in_a_language_names_no_state(extract_text):
    ex = extract_text("Bulgarian edition of a guide presented to mayors",
                      "KEMIN, 4 March 2042 – The guide was presented to mayors today.")
    assert states(ex) == {}


def test_states_inside_the_name_of_a_former_state_name_none(extract_text):
    ex = extract_text("Visit", "KEMIN, 4 March 2042 – The town had belonged to Austria-Hungary until 1918 and to the "
                      "Ottoman Empire before that.")
    assert states(ex) == {}


def test_interpreters_for_languages_and_an_east_german_system_name_no_state(extract_text):
    ex = extract_text("Course", "KEMIN, 4 March 2042 – The courts cannot find trained interpreters for Tatar and "
                      "Bulgarian, and the shortage of Bulgarian interpreters is worst in the south.")
    assert states(ex) == {}
    ex = extract_text("Conference", "KEMIN, 4 March 2042 – The pattern resembled the one documented in the former "
                      "East German sports system.")
    assert states(ex) == {}


def test_a_language_of_two_joined_words_and_one_listed_with_it_name_no_state(extract_text):
    ex = extract_text("Round table", "KEMIN, 4 March 2042 – The old road signs were in Serbo-Croatian and Hungarian "
                      "in those years, a teacher said.")
    assert states(ex) == {}
    ex = extract_text("Round table", "KEMIN, 4 March 2042 – Serbian and Hungarian officials met.")
    assert set(states(ex)) == {"Serbia", "Hungary"}


def test_a_language_read_well_names_no_state(extract_text):
    # the model takes "well" for the noun the adjective qualifies
    ex = extract_text("Workshop", "KEMIN, 4 March 2042 – “Half of the traders at my stall do not read Russian well,” "
                      "a teacher said.")
    assert states(ex) == {}


def test_church_slavonic_and_austro_hungarian_name_no_state(extract_text):
    ex = extract_text("Seminar", "KEMIN, 4 March 2042 – The inscriptions on the icons, in Church Slavonic and "
                      "Hungarian, match the Austro-Hungarian inventories of the monastery, a curator said.")
    assert states(ex) == {}
    assert ex.organizations == []


def test_languages_a_child_mixes_name_no_state(extract_text):
    ex = extract_text("Round table", "KEMIN, 4 March 2042 – Many children in the district mix Bulgarian, Romanian "
                      "and Russian in one sentence, a speech therapist said.")
    assert states(ex) == {}


def test_a_kingdom_that_is_no_more_names_no_state(extract_text):
    ex = extract_text("Visit", "KEMIN, 4 March 2042 – The pupils visited a school whose building dates from the days "
                      "of the Kingdom of Hungary, and a museum of the Kingdom of Serbia.")
    assert states(ex) == {}
    ex = extract_text("Visit", "KEMIN, 4 March 2042 – The Ambassador of the Kingdom of Spain visited the school.")
    assert set(states(ex)) == {"Spain"}


def test_a_realm_of_one_state_named_after_another_names_neither(extract_text):
    ex = extract_text("Visit", "KEMIN, 4 March 2042 – The guests walked up to a fortress rebuilt in the days of the "
                      "Spanish Netherlands and to a tower of the Grand Duchy of Finland.")
    assert states(ex) == {}


def test_realms_of_the_middle_ages_name_no_state(extract_text):
    ex = extract_text("Meeting", "KEMIN, 4 March 2042 – A meeting took place in Kemin today.",
                      "The participants visited a church built in the days of the Serbian Empire and a manor park laid "
                      "out under the Livonian Confederation, and heard of the Kalmar Union and of a chapel from the "
                      "days of the Swedish Empire. Delegates came from Estonia.")
    assert set(states(ex)) == {"Estonia"}
    assert not [o.name for o in ex.organizations if "Union" in o.name or "Confederation" in o.name]


def test_an_adjective_listed_or_set_beside_languages_is_a_language(extract_text):
    # "Yaghnobi" (tagged as a body by the model), "Setonian" (as a people) and "Surzhyk" (as a person) are listed with
    # the States' adjectives, or spoken where they are.
    ex = extract_text("Meeting", "KEMIN, 4 March 2042 – A meeting took place in Kemin today.",
                      "The ceremony was held in Uzbek, Yaghnobi and Russian, with interpretation into English. Forms "
                      "will be printed in Estonian, Setonian and Russian.",
                      "“My uncle speaks Ukrainian in the shop, Russian at the station and Surzhyk at home,” said "
                      "Orrin Marchbanks-Feore. Delegates came from Estonia.")
    assert set(states(ex)) == {"Estonia"}


def test_a_language_lost_or_kept_is_no_state(extract_text):
    ex = extract_text("Visit", "KEMIN, 4 March 2042 – A visit took place in Kemin today.",
                      "“I want my pupils to learn it without losing Armenian,” said Orrin Marchbanks-Feore. Her "
                      "colleague wants them to keep Ukrainian too. Delegates came from Estonia.")
    assert set(states(ex)) == {"Estonia"}


def test_a_former_empire_or_kingdom_is_no_mention_of_a_state_today(extract_text):
    ex = extract_text("Visit", "KEMIN, 8 April 2081 – Guides from Malta visited Kemin today.",
                      "They saw the fortress of Harnvik, built in the days of the Austrian Empire, and caricatures "
                      "printed in the days of the United Kingdom of the Netherlands.")
    assert set(states(ex)) == {"Malta"}


def test_a_language_after_languages_or_before_its_grammar_is_no_state(extract_text):
    ex = extract_text("Visit", "KEMIN, 8 April 2081 – Teachers from Malta met in Kemin today.",
                      "A glossary in the three languages and Croatian was handed out. “We wrote the words on the back "
                      "of Hungarian grammar books,” said Quillon Vasterby.")
    assert set(states(ex)) == {"Malta"}


def test_languages_after_only_or_both_after_and_or_as_the_subject_of_the_language(extract_text):
    ex = extract_text("Visit", "OLDMERE, 8 April 2081 – A visit ended in Oldmere today.",
                      "“The radio spoke only Russian then,” said Ellory Tamsworth. Her office keeps every record in "
                      "both Albanian and Serbian. “They read Bulgarian at home and Romanian on television,” she said. "
                      "“In those days Polish was the language of every career.”")
    # a language after "only"/"both", one more after "and" with no verb between, the subject of "was the language"
    assert [s.name for s in ex.states] == []


def test_a_language_taught_or_interpreted_is_no_state(extract_text):
    # tests/gold_blind243: "more Romanian lessons", "with Hungarian interpretation"
    ex = extract_text("Visit", "OLDMERE, 8 April 2081 – A visit ended in Oldmere today.",
                      "Ellory Tamsworth presented a plan for more Romanian lessons in minority schools. The meetings "
                      "were held in English, with Hungarian interpretation, and Polish classes start in May.")
    assert [s.name for s in ex.states] == []


def test_the_organization_of_american_states_names_no_state(extract_text):
    # tests/gold_blind251: "the Organization of American States (OAS)", a listed organization
    ex = extract_text("Workshop", "OLDMERE, 8 April 2081 – A workshop ended in Oldmere today.",
                      "Ellory Tamsworth, a mediation specialist at the Organization of American States (OAS), spoke.")
    assert [s.name for s in ex.states] == []
    assert "Organization of American States" in {o.name for o in ex.organizations}


def test_languages_listed_after_or_only_and_waters_named_after_a_state(extract_text):
    # tests/gold_blind254: "Will my son’s assistant speak Romani, or only Bosnian, Croatian and Serbian?";
    # tests/gold_blind256: "the shores of Lake Peipus and the Gulf of Finland"
    ex = extract_text("Visit", "KEMIN, 8 April 2081 – A visit took place in Kemin today.",
                      "A parent asked: “Will my son’s assistant speak Romani, or only Bosnian, Croatian and Serbian?” "
                      "The Office will return to the Gulf of Finland next spring.")
    assert states(ex) == {}


def test_languages_listed_as_nouns_and_a_states_adjective_before_versions_or_an_equivalent(extract_text):
    # tests/gold_blind269, blind272, blind280: "on television it is Azerbaijani, Armenian or Russian", "the Serbian and
    # Hungarian versions of a model decision", "no Serbian or Albanian equivalent"
    ex = extract_text("Visit", "KEMIN, 8 April 2081 – A visit took place in Kemin today.",
                      "“On the bus and on television it is Azerbaijani, Armenian or Russian,” she said. One session "
                      "compared the Serbian and Hungarian versions of a model decision. Many words had no Polish or "
                      "Latvian equivalent.")
    assert states(ex) == {}


def test_a_sign_language_a_church_and_a_peoples_schools_in_another_state_name_no_state(extract_text):
    # tests/gold_blind286, blind137: "translated into Albanian and Macedonian Sign Language", "a Greek Catholic
    # church", "Uzbek schools in Kyrgyzstan"
    ex = extract_text("Visit", "KEMIN, 8 April 2081 – A visit took place in Kemin today.",
                      "The guidelines would be translated into Albanian and Macedonian Sign Language. He visited a "
                      "Greek Catholic church in Oldmere. Schools for Tajik children in Afghanistan and Uzbek schools "
                      "in Kyrgyzstan faced the same questions.")
    assert set(states(ex)) == {"Afghanistan", "Kyrgyzstan"}


def test_languages_after_another_states_possessive_than_only_or_before_an_infinitive(extract_text):
    # tests/gold_blind294, blind296, blind297, blind299, blind300: "Canada’s French programmes", "we want Bosnian,
    # Croatian and Serbian to be respected", "Many of the women speak only Kazakh, and some only Russian", "speaks
    # better English than Bosnian", "Roma and Albanian journalists"; but "on the Chinese and Russian borders" names
    # Russia
    ex = extract_text("Visit", "KEMIN, 8 April 2081 – A visit took place in Kemin today.",
                      "The model was borrowed from Canada’s French programmes. “We want Bosnian, Croatian and Serbian "
                      "to be respected,” he said. Many of the women speak only Kazakh, and some only Polish. “My son "
                      "speaks better English than Latvian,” she said. Roma and Albanian journalists met there. "
                      "Mongolia has linked its posts on the Chinese and Russian borders.")
    assert set(states(ex)) == {"Canada", "Mongolia", "Russian Federation"}


def test_a_language_taught_wanted_spoken_or_switched_to(extract_text):
    # tests/gold_blind302, blind303, blind306: "one teacher of Romanian travels between three schools", "a parent who
    # wanted less Romanian", "where Albanian, Bosnian and the Gorani language are spoken", "switched to Serbian for
    # older clients"
    ex = extract_text("Visit", "KEMIN, 8 April 2081 – A visit took place in Kemin today.",
                      "We have villages where one teacher of Romanian travels between three schools. No parent wanted "
                      "less Polish. It is a municipality where Albanian, Latvian and the Gorani language are spoken. "
                      "The voice on the line switched to Serbian for older clients.")
    assert states(ex) == {}


def test_a_language_spoken_with_its_article_or_official(extract_text):
    # tests/gold_blind314, blind315: "who still speaks the Russian of her ancestors", "In Slovenia, Italian and
    # Hungarian are official in a few municipalities"
    ex = extract_text("Visit", "KEMIN, 8 April 2081 – A visit took place in Kemin today.",
                      "A member of the community who still speaks the Polish of her ancestors spoke. “In Oldmere, "
                      "Italian and Hungarian are official in a few municipalities,” he said.")
    assert states(ex) == {}


def test_the_british_empire_and_terms_in_two_languages_name_no_state(extract_text):
    # tests/gold_blind333, blind328: "when Malta was part of the British Empire", "a session on the Kazakh and Russian
    # terms used in court records"
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "The participants visited a cistern from the time when Tessaly was part of the British Empire. "
                      "Ellory Tamsworth led a session on the Kazakh and Russian terms used in court records.")
    assert "United Kingdom" not in states(ex) and "Russian Federation" not in states(ex)


def test_a_language_switched_to_a_languages_text_and_a_region_named_macedonia(extract_text):
    # tests/gold_blind375, blind379, blind378: "schools had switched from Gagauz to Russian", "the translation arrives
    # weeks after the Albanian text", "a labour inspector at the Labour Inspectorate in Central Macedonia"
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "Many schools had switched from Gagauz to Russian in those years. The translation arrives weeks "
                      "after the Albanian text. Ellory Tamsworth, a labour inspector at the Labour Inspectorate in "
                      "Central Macedonia, called the orchards hard to watch.")
    assert states(ex) == {}


def test_an_adjective_standing_alone_as_an_object_is_a_language(extract_text):
    # tests/gold_blind387, blind370, blind391, blind337: "help pupils master Romanian", "the parents asked me for
    # Russian", "so did Canada with French", "minority languages, including Hungarian and Czech"; "thanks to the Swiss"
    # and "Kyrgyz and Lithuanian-licensed exchanges" still name their States
    ex = extract_text("Seminar", "KEMIN, 8 April 2081 – A seminar took place in Kemin today.",
                      "Schools help pupils master Romanian without losing their mother tongue. “Twenty years ago the "
                      "parents asked me for Russian,” said Ellory Tamsworth. Harnvik faced the same debate, and so "
                      "did Tessaly with French. A course opened for teachers of minority languages, including "
                      "Hungarian and Czech.")
    assert states(ex) == {}
    ex = extract_text("Seminar", "KEMIN, 8 April 2081 – A seminar took place in Kemin today.",
                      "The course was funded thanks to the Swiss. Money passes through Kyrgyz and "
                      "Lithuanian-licensed exchanges.")
    assert set(states(ex)) == {"Switzerland", "Kyrgyzstan", "Lithuania"}


def test_languages_a_guide_is_published_in_and_the_language_that_was_one(extract_text):
    # tests/gold_blind425, blind426: "a short guide ... was published in Kazakh and Russian today", "the language of
    # advancement was Russian for everyone"; "The minority was Russian" and "the Polish delegation" still name States
    ex = extract_text("Seminar", "KEMIN, 8 April 2081 – A seminar took place in Kemin today.",
                      "A short guide for small businesses was published in Kazakh and Russian today. “In those days "
                      "the language of advancement was Russian for everyone,” said Ellory Tamsworth.")
    assert states(ex) == {}
    ex = extract_text("Seminar", "KEMIN, 8 April 2081 – A seminar took place in Kemin today.",
                      "The minority was Russian. The Polish delegation arrived today.")
    assert set(states(ex)) == {"Russian Federation", "Poland"}
