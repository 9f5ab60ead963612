"""Quotes: attribution before, after and inside; curly and straight marks; multi-paragraph statements."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import people_at


def quotes(extraction) -> list[tuple]:
    return [(q.speaker, q.text.split()[0], len(q.evidence)) for q in extraction.quotes]


def test_attribution_after_inside_and_before(extract_text):
    ex = extract_text(
        "Seminar on election observation",
        "WARSAW, 7 March 2022 – A seminar opened today.",
        "“Observers must be independent,” said Harriet Okonkwo, Director of the Election Department. “And they "
        "must be well trained.”",
        "Gustav Lindqvist, Head of the Observation Unit, added: \"Transparency builds trust in every election.\"",
        "\"We will publish our findings within weeks,\" Mr Lindqvist said.",
    )
    assert quotes(ex) == [("Harriet Okonkwo", "Observers", 2), ("Gustav Lindqvist", "Transparency", 1),
                          ("Gustav Lindqvist", "We", 1)]
    for quote in ex.quotes:
        for ev in quote.evidence:
            assert ex.release.text[ev.start : ev.end] == ev.anchor


def test_paragraphs_continue_open_quotes_and_unattributed_quote_paragraphs(extract_text):
    ex = extract_text(
        "Conference on water",
        "TASHKENT, 4 April 2019 – A conference opened today.",
        "“Water is a shared resource. We cannot manage it alone,” said Dilnoza Rakhimova, Minister of Water "
        "Resources.",
        "“Regional co-operation is the only way forward for our countries.”",
        "Pieter Jansen, Co-ordinator of OSCE Economic Activities, said that funding was secured. “The project "
        "will run for three years.",
        "“It will reach every district in the basin,” he said.",
    )
    assert quotes(ex) == [("Dilnoza Rakhimova", "Water", 2), ("Pieter Jansen", "The", 2)]


def test_pronoun_and_reported_phrase_and_scare_quotes(extract_text):
    ex = extract_text(
        "Anti-corruption talks",
        "VIENNA, 2 July 2020 – Talks were held today.",
        "Marta Kowalczyk, Director of the Anti-Corruption Unit, called corruption “a threat to every democracy "
        "in the region” and warned against so-called “quick fixes”.",
        "“Integrity cannot be imposed from outside,” she said.",
    )
    assert quotes(ex) == [("Marta Kowalczyk", "a", 1), ("Marta Kowalczyk", "Integrity", 1)]


def test_seed_quotes(seed_extractions):
    ex = seed_extractions["000"]
    assert [q.speaker for q in ex.quotes] == ["Aleksandar Nikolić", "Yury Fedotov", "Lamberto Zannier"]
    fedotov = ex.quotes[1]
    assert fedotov.text.startswith("Migrants are extremely vulnerable") and len(fedotov.evidence) == 2
    assert [q.speaker for q in seed_extractions["004"].quotes] == [
        "Helga Konrad", "Helga Konrad", "Maud de Boer Buquicchio", "Maud de Boer Buquicchio", "Marco Gramegna"]
    assert [q.speaker for q in seed_extractions["003"].quotes] == [
        "Valiant Richey", "Marcin Czapliński", "Petya Nestorova"]


def test_titles_and_unattributed_phrases_are_not_statements(extract_text):
    ex = extract_text(
        "Report launched",
        "VIENNA, 1 June 2021 – The OSCE launched the report “Trafficking in Human Beings and Terrorism: Where "
        "and How They Intersect” today. Experts discussed the rise of “digital recruitment of young people”.",
        "“Traffickers adapt fast,” said Elif Aydın, the report’s author.",
    )
    assert quotes(ex) == [("Elif Aydın", "Traffickers", 1)]


def test_joined_segments_stay_faithful_and_embedded_phrases_are_their_own(extract_text):
    ex = extract_text(
        "Statement on media law",
        "VIENNA, 3 May 2021 – The Representative spoke today.",
        "“Laws must protect,” Nadia Benali said after meeting the Minister. “They must not silence.”",
        "Ms Benali also raised the case of Omar Haddad, a blogger, who is charged with “spreading false news” "
        "over a post.",
        "“Nobody should be jailed for a post,” she said, adding that the charge was “a blow to free speech”.",
    )
    assert [(q.speaker, q.text) for q in ex.quotes] == [
        ("Nadia Benali", "Laws must protect, […] They must not silence."),
        ("Nadia Benali", "Nobody should be jailed for a post,"),
        ("Nadia Benali", "a blow to free speech"),
    ]


def test_an_office_named_alone_is_the_person_given_that_office_earlier(extract_text):
    ex = extract_text(
        "Chair closes meeting",
        "VIENNA, 3 March 2021 – The meeting ended today.",
        "“We have reached an agreement on every item that mattered to us,” the OSCE Chairperson-in-Office, "
        "Sweden’s Minister for Foreign Affairs Ann Lindqvist, said.",
        "The Chairperson-in-Office called the agreement “a signal that dialogue still works in this region”.",
    )
    assert quotes(ex) == [("Ann Lindqvist", "We", 1), ("Ann Lindqvist", "a", 1)]


def test_a_quote_split_after_a_few_words_by_an_office_is_one_statement(extract_text):
    ex = extract_text(
        "Budget adopted",
        "VIENNA, 3 March 2021 – The budget was adopted today.",
        "Oskar Lindgren, the OSCE Secretary General, welcomed the decision.",
        "“We now have,” the Secretary General said, “a plan that every delegation can support and fund.”",
    )
    assert quotes(ex) == [("Oskar Lindgren", "We", 2)]


PANEL = ("Panel on water", "VIENNA, 3 March 2021 – A panel on water was held today.",
         "John Miller, Director of the Water Institute, opened the panel. “Rivers connect our countries more than "
         "borders divide them,” he said.")


def test_she_said_is_the_person_the_paragraph_introduces(extract_text):
    ex = extract_text(*PANEL, "After John Miller spoke, Anna Berg, a hydrologist at the Baltic Research Centre, "
                      "presented new data. “The glaciers we depend on are shrinking every single year,” she said.")
    assert quotes(ex) == [("John Miller", "Rivers", 1), ("Anna Berg", "The", 1)]
    ex = extract_text(*PANEL, "According to Anna Berg, a hydrologist at the Baltic Research Centre, the data are "
                      "clear. “The glaciers we depend on are shrinking every single year,” she said.")
    assert quotes(ex) == [("John Miller", "Rivers", 1), ("Anna Berg", "The", 1)]


def test_she_said_is_not_a_man_called_he_before(extract_text):
    ex = extract_text(*PANEL, "New data were then presented by a young hydrologist from the northern provinces. "
                      "“The glaciers we depend on are shrinking every single year,” she said.")
    assert quotes(ex) == [("John Miller", "Rivers", 1), (None, "The", 1)]


def test_an_attribution_with_a_colon_introduces_the_next_quotation(extract_text):
    ex = extract_text(
        "Parliamentarians meet",
        "VIENNA, 10 May 2023 – A seminar took place today. MP Aivars Kalns and Minister of Justice Dace Roze "
        "attended.",
        "“Dialogue is essential,” said Kalns, adding that “minorities must be heard.” Roze said: “We will act.” "
        "“Education matters,” she said. “It builds trust.”",
    )
    assert quotes(ex) == [("Aivars Kalns", "Dialogue", 1), ("Aivars Kalns", "minorities", 1),
                          ("Dace Roze", "We", 1), ("Dace Roze", "Education", 2)]
    assert ("Aivars Kalns", "MP") in {(r.person, r.title) for r in ex.roles}


def test_the_one_told_is_not_the_speaker(extract_text):
    ex = extract_text(
        "Minister meets envoy",
        "RIGA, 3 March 2021 – The OSCE Special Representative, Anna Lindqvist, met Minister of Culture "
        "Ivars Kalnietis.",
        "Minister Kalnietis told the Special Representative: “Our schools stay open to every pupil in the country.”",
    )
    assert [(q.speaker, q.text[:11]) for q in ex.quotes] == [("Ivars Kalnietis", "Our schools")]


def test_a_reported_phrase_is_the_subjects_not_a_name_after_it(extract_text):
    ex = extract_text(
        "Director concerned about media law",
        "VIENNA, 2 July 2020 – The Director of the Media Unit, Ruth Abara, today criticized a draft law.",
        "Abara called the draft “a step back for every independent newsroom”, and noted that she had written to "
        "the Minister of Information, Petar Vuković, on 1 July.",
    )
    assert quotes(ex) == [("Ruth Abara", "a", 1)]


def test_legal_wording_after_of_or_an_article_is_no_statement(extract_text):
    ex = extract_text(
        "Training on hate crime",
        "VIENNA, 3 March 2021 – A training ended today.",
        "Judge Ivana Kos, a trainer of the Judicial Academy, explained that the offence of “spreading panic "
        "and false information among the population in times of crisis” requires proof of intent. Such acts "
        "can be punished as a “breach of public order committed by a group of persons acting together”, "
        "she added. “Intent must be proven in every single case we bring,” she said.",
    )
    assert quotes(ex) == [("Ivana Kos", "Intent", 1)]


def test_a_phrase_quoted_after_a_pronoun_subject_is_the_referents(extract_text):
    # The last person named before the phrase is the one briefed, not the "he" of the sentence; the
    # phrase a reported clause quotes ("had given ... “...”") is the words of the verb of saying's subject.
    ex = extract_text(
        "Envoy visits border region",
        "BISHKEK, 4 May 2023 – The OSCE Special Envoy, Marta Oyelaran-Vidal, visited the border region.",
        "In Osh, the Special Envoy met Governor Tilek Abdraimov and the head of the local border service.",
        "Governor Abdraimov briefed Special Envoy Oyelaran-Vidal on the reopened checkpoints. He called the "
        "agreement “the first good news for our farmers in years”.",
        "Among the people she met was Aigul Sarieva, a teacher in the village of Kara-Suu. She said that the "
        "new bus line had given the pupils “a way to reach school in winter”.",
    )
    assert quotes(ex) == [("Tilek Abdraimov", "the", 1), ("Aigul Sarieva", "a", 1)]


def test_a_category_after_as_is_no_statement_though_a_speaker_reports_it(extract_text):
    ex = extract_text(
        "Roundtable on domestic violence",
        "SARAJEVO, 5 May 2023 – A roundtable took place today.",
        "Lejla Hadžić, a judge of the Municipal Court, said that such cases were still recorded as “family "
        "disputes” by the police. She described the new protocol as “a real change for the victims”.",
    )
    assert quotes(ex) == [("Lejla Hadžić", "a", 1)]


def test_in_her_words_attributes_a_phrase_to_the_pronouns_referent(extract_text):
    ex = extract_text(
        "Court project launched",
        "TIRANA, 2 March 2024 – A project for the courts was launched today.",
        "Judge Mirela Hoxha, who chairs the Judges' Association, welcomed the project. She also welcomed plans by "
        "Minister of Justice Arben Duka to publish the decisions online, which would help explain acquittals, "
        "a subject that, in her words, is often “reported without the facts”.",
    )
    assert quotes(ex) == [("Mirela Hoxha", "reported", 1)]


def test_reported_phrase_is_the_words_of_the_naming_verbs_subject(extract_text):
    ex = extract_text(
        "Talks on labour migration",
        "BISHKEK, 3 May 2021 – Talks were held today.",
        "Minister of Labour Nurlan Abdyrov told the Special Envoy, Petra Holmqvist, that inspections had doubled. "
        "He called the new inspection regime “a shield for every seasonal worker”.",
        "Gulnara Tashieva, a judge at the Supreme Court, said that cases took too long. She called the rule of the "
        "Labour Code that sets the deadlines “the most ignored page of our law”.",
    )
    assert quotes(ex) == [("Nurlan Abdyrov", "a", 1), ("Gulnara Tashieva", "the", 1)]


def test_capitalised_pronoun_after_a_quote_begins_a_new_sentence(extract_text):
    ex = extract_text(
        "Forum on rivers",
        "ALMATY, 9 June 2020 – A forum opened today.",
        "Dana Omarova, Director of the Basin Council, said that floods were rising. “Every spring costs us "
        "villages,” she said. “Dams, warnings and maps are not alternatives. We need all of them now.” "
        "She also recalled that two bridges had been lost last year.",
    )
    assert quotes(ex) == [("Dana Omarova", "Every", 2)]


def test_the_person_told_is_not_the_speaker(extract_text):
    ex = extract_text(
        "Envoy visits border villages",
        "YEREVAN, 5 May 2021 – The Special Envoy visited border villages today.",
        "The OSCE Special Envoy, Henrik Aalto, met farmers in the village, among them Lusine Sargsyan, who runs "
        "the local co-operative.",
        "“Our orchards are on the other side of the road,” she told the Special Envoy. “We ask only for a safe "
        "way to reach them.”",
    )
    assert quotes(ex) == [("Lusine Sargsyan", "Our", 2)]


def test_an_opinion_given_as_a_phrase_in_a_reported_clause_and_a_parenthetical_he_said(extract_text):
    ex = extract_text(
        "Arbitration conference",
        "GENEVA, 5 May 2023 – A conference took place today.",
        "Norway’s State Secretary, Eirik Solberg-Haugen, opened the conference. He said that his country had always "
        "regarded mediation and arbitration as “tools of the same trade”.",
        "Ana Ribeiro Costa, a professor at the University of Porto, presented a survey. The survey, she said, "
        "showed that ministries feared “a loss of control over the result” more than the costs.",
    )
    assert quotes(ex) == [("Eirik Solberg-Haugen", "tools", 1), ("Ana Ribeiro Costa", "a", 1)]


def test_a_name_after_a_closed_quote_and_a_new_sentence_is_not_its_speaker(extract_text):
    ex = extract_text(
        "Conference",
        "WARSAW, 7 October 2026 – “I spent a month in a cell with nine other people,” Jan Kowal said. “I am here to "
        "speak for the ones who are still there.” He called for the release of Piotr Nowak, who remains in prison.",
    )
    assert [(q.speaker, q.text.split()[0]) for q in ex.quotes] == [("Jan Kowal", "I")]


def test_phrases_summed_up_as_and_warned_of(extract_text):
    ex = extract_text(
        "Conference",
        "WARSAW, 7 October 2026 – Ewa Lis, a board member of the Helsinki Foundation, pointed to audits of NGOs, a "
        "trend she summed up as “death by paperwork”.",
        "Tomas Berg, a specialist at Europol, warned of a “do-it-yourself arms market” on messaging platforms.",
    )
    assert [(q.speaker, q.text) for q in ex.quotes] == [
        ("Ewa Lis", "death by paperwork"), ("Tomas Berg", "do-it-yourself arms market")]


def test_a_split_quote_ended_by_its_full_stop_is_not_the_next_sentence_s_subject_s(extract_text):
    ex = extract_text(
        "Conference",
        "KHIVA, 7 October 2026 – The session heard Aigerim Dosmukhanova and Bakyt Isakov-Turan. “The river does not "
        "ask for a visa,” Dosmukhanova said, “but we all pay for its floods in the end.” Isakov-Turan asked who "
        "would pay for the dams.",
    )
    assert [(q.speaker, q.text) for q in ex.quotes] == [
        ("Aigerim Dosmukhanova", "The river does not ask for a visa, […] but we all pay for its floods in the end.")]


def test_an_office_of_a_body_named_by_a_word_of_its_name_and_a_family_name_written_first(extract_text):
    ex = extract_text(
        "Course",
        "ATYRAU, 7 October 2026 – The course was opened by the Head of the OSCE Programme Office in Astana, Ambassador "
        "Joonas Tammsaare-Uibo.",
        "“The sea is shared, and so is the work,” the Head of the Office said. The speakers included Park Min-jae, a "
        "senior inspector with the Korean Coast Guard.",
        "“Every vessel has an owner somewhere,” Park said.",
    )
    assert [(q.speaker, q.text.split()[1]) for q in ex.quotes] == [
        ("Joonas Tammsaare-Uibo", "sea"), ("Park Min-jae", "vessel")]


def test_he_told_the_one_he_met_the_quote_is_his(extract_text):
    ex = extract_text(
        "Visit",
        "NICOSIA, 3 March 2026 – OSCE Secretary General Anna Berg-Lund met the Foreign Minister, Andreas "
        "Kyprianou-Hart.",
        "Kyprianou-Hart recalled the talks of 2004. He welcomed the new dialogue. He told the Secretary General: "
        "“We are ready to help.”",
    )
    assert [(q.speaker, q.text) for q in ex.quotes] == [("Andreas Kyprianou-Hart", "We are ready to help.")]


def test_one_word_then_the_attribution_then_the_rest_is_one_statement(extract_text):
    ex = extract_text(
        "Hearing",
        "KORÇË, 3 March 2026 – \"Accountability,\" Arben Hoxhaj-Lika said, \"starts with a budget anyone can read.\"",
    )
    assert [(q.speaker, q.text) for q in ex.quotes] == [
        ("Arben Hoxhaj-Lika", "Accountability, […] starts with a budget anyone can read.")]


def test_a_surname_two_people_share_is_the_one_named_last_before_it(extract_text):
    ex = extract_text(
        "Meeting of ombudspersons",
        "TELAVI, 9 March 2029 – A meeting took place today.",
        "Iamze Lekveishvili, Deputy Public Defender, said that her office had visited prisons. “Our staff still go "
        "to work every morning,” Ms Lekveishvili said.",
        "Vakhtang Lekveishvili, a lawyer with a civic association, who is not related to her, spoke for the "
        "associations. “An institution is only as strong as its defenders,” Mr Lekveishvili said.",
    )
    assert quotes(ex) == [("Iamze Lekveishvili", "Our", 1), ("Vakhtang Lekveishvili", "An", 1)]


def test_a_pronouns_attribution_before_the_quote_in_its_own_paragraph(extract_text):
    ex = extract_text(
        "Round table on schools",
        "TVARDIȚA, 9 March 2029 – A round table took place today.",
        "The head of the district's education department, Stoyanka Zlatova, spoke about the past. “For years our "
        "schools taught the language from the wrong books,” Zlatova said.",
        "She added: “The new classes changed that. When a pupil learns history in the language, it becomes a tool.”",
    )
    assert quotes(ex) == [("Stoyanka Zlatova", "For", 1), ("Stoyanka Zlatova", "The", 1)]


def test_a_pronouns_attribution_after_a_quoted_phrase_opens_a_statement_of_its_own(extract_text):
    ex = extract_text(
        "Course on asset recovery",
        "TERMEZ, 9 March 2029 – A course took place today.",
        "The trainer was Liselotte Wäfler-Rüegg, a senior specialist at a Swiss institute. Wäfler-Rüegg called shell "
        "companies “the getaway cars of modern crime”. She warned: “A firm with no staff and no office should be a "
        "red flag for every bank.”",
    )
    assert quotes(ex) == [("Liselotte Wäfler-Rüegg", "the", 1), ("Liselotte Wäfler-Rüegg", "A", 1)]


def test_a_written_message_is_quoted_by_its_writer(extract_text):
    ex = extract_text(
        "Conference on water",
        "BALYKCHY, 9 March 2029 – A conference took place today.",
        "“Water knows no borders,” Ambassador Kairat Usenbaev wrote in a message to the participants.",
        "Kanat Beishenov wrote in a letter to the Ministry: “We are ready to help.”",
    )
    assert quotes(ex) == [("Kairat Usenbaev", "Water", 1), ("Kanat Beishenov", "We", 1)]


def test_a_new_attribution_before_a_colon_opens_a_statement_of_its_own(extract_text):
    ex = extract_text(
        "Conference on water",
        "BALYKCHY, 9 March 2029 – A conference took place today.",
        "“Water knows no borders,” said Ambassador Askat Mukanov. Danagul Ospanova added: “We are ready to help.”",
    )
    assert quotes(ex) == [("Askat Mukanov", "Water", 1), ("Danagul Ospanova", "We", 1)]


def test_answered_and_replied_attribute_quotes(extract_text):
    ex = extract_text(
        "Podcast launch",
        "BALYKCHY, 9 March 2029 – A podcast was launched today.",
        "\"Why are the mediators always men?\" asked Hanne Wouters, a student from Belgium.",
        "\"Because we still treat women as the exception,\" answered Tineke Verhoeven. \"This series is meant to "
        "change that.\"",
        "Verhoeven replied that silence was itself information, and that the "
        "series had been made for \"the day when nobody wants to talk\".",
    )
    assert quotes(ex) == [("Hanne Wouters", "Why", 1), ("Tineke Verhoeven", "Because", 2),
                          ("Tineke Verhoeven", "the", 1)]


def test_the_office_of_a_body_named_by_its_acronym_speaks_for_its_holder(extract_text):
    ex = extract_text("Statement", "KEMIN, 9 March 2029 – Fenwick Ashgrove-Tully, Director of the Kemin Water Board "
                      "(KWB), and Ruairi Kilbane-Moyle, Chair of the Tamga Grazing Council, issued a statement today.",
                      "“A river does not stop at a border,” the KWB Director said in the statement.",
                      date=dt.date(2029, 3, 9))
    assert [(q.speaker, q.text[:7]) for q in ex.quotes] == [("Fenwick Ashgrove-Tully", "A river")]


def test_she_said_after_a_relative_clause_telling_what_she_said(extract_text):
    ex = extract_text("Meeting", "KEMIN, 9 March 2029 – A meeting on grazing opened today.", "Orla Brennock-Dunne "
                      "opened the meeting together with the region’s governor, Brigid Tallow-Moore, who told the "
                      "participants that the region had rewritten its rules. “We learned that a fence is also a "
                      "conversation,” she said.", date=dt.date(2029, 3, 9))
    assert [(q.speaker, q.text[:10]) for q in ex.quotes] == [("Brigid Tallow-Moore", "We learned")]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ("The ceremony was also attended by the Mayor of Tamga, Fenwick Ashgrove-Tully, and by Ambassador Brigid "
     "Tallow-Moore, who serves as Chairperson of the Kemin Grazing Council. “A pasture is a shared field,” she said.",
     "Brigid Tallow-Moore"),
    ("Orla Brennock-Dunne described how her pupils produce a programme with Fenwick Ashgrove-Tully, who presents a "
     "farming programme on the radio. “The children learn that a microphone is a tool,” she said.",
     "Orla Brennock-Dunne"),
], ids=["no-subject-but-a-relative-clause", "a-subject-before-a-relative-clause"])
def test_the_subject_of_a_relative_clause_is_she_only_when_no_clause_has_another(extract_text, paragraph, speaker):
    ex = extract_text("Ceremony", "KEMIN, 9 March 2029 – A ceremony was held today.", paragraph,
                      date=dt.date(2029, 3, 9))
    assert [q.speaker for q in ex.quotes] == [speaker]


def test_a_second_quotation_closed_by_its_full_stop_goes_on_the_first_whatever_the_next_sentence_reports(
        extract_text):
    # "The clinic, she said, had ..." reports other words in a sentence of its own: no attribution of the quotation
    ex = extract_text("Round table", "KEMIN, 9 March 2029 – A round table was held today.",
                      "Aikokul Tokonbaeva, a lawyer at a legal clinic, spoke. “Most of the people we help never "
                      "changed their old passports,” Tokonbaeva said. “Their children inherited the problem.” The "
                      "clinic, she said, had helped 312 people since 2026.", date=dt.date(2029, 3, 9))
    assert [(q.speaker, q.text) for q in ex.quotes] == [
        ("Aikokul Tokonbaeva", "Most of the people we help never changed their old passports, […] Their children "
                               "inherited the problem.")]


def test_a_one_word_opening_before_a_long_attribution_opens_the_statement(extract_text):
    ex = extract_text("Meeting", "KEMIN, 9 March 2029 – A meeting was held today.",
                      "“Maps,” said the OSCE Representative on Freedom of the Media, Orrin Marchbanks-Feore, as he "
                      "opened the two-day meeting in the great baroque reading room of the old town hall of Kemin, "
                      "“are the slowest form of journalism.”", date=dt.date(2029, 3, 9))
    assert [(q.speaker, q.text) for q in ex.quotes] == [
        ("Orrin Marchbanks-Feore", "Maps, […] are the slowest form of journalism.")]


def test_a_question_its_attribution_opens_with_a_colon_is_the_asker_s(extract_text):
    # tests/gold_blind247, blind250: the name after the question answers it
    ex = extract_text("Seminar", "KEMIN, 9 March 2029 – A seminar was held today.",
                      "Ellory Tamsworth, a lawyer from Oldmere, spoke about the new rules.",
                      "A young student from Harnvik, Quillon Vasterby, asked the lawyers: “If my friend calls me from "
                      "abroad, whom should I call first?” Tamsworth answered that the hotline would take such calls.",
                      "Brisvane Oday, a volunteer from Kemin, asked Tamsworth: “Why should young people join an NGO "
                      "when they could simply leave?” Tamsworth answered that the people who stay change a country.",
                      date=dt.date(2029, 3, 9))
    assert [(q.speaker, q.text[:20]) for q in ex.quotes] == [
        ("Quillon Vasterby", "If my friend calls m"), ("Brisvane Oday", "Why should young peo")]
    # the asker in apposition to the subject's place: "A volunteer from Y, X, asked the Director: ..."
    ex = extract_text("Seminar", "KEMIN, 9 March 2029 – A seminar was held today.",
                      "The Director of the Institute, Ellory Tamsworth, opened the seminar.",
                      "A seventeen-year-old volunteer from Harnvik, Quillon Vasterby, asked the Director: \"Can a "
                      "pupil write to the Institute if a school does not respect his rights?\" Tamsworth answered "
                      "that the Institute accepted written appeals from anyone.", date=dt.date(2029, 3, 9))
    assert [(q.speaker, q.text[:20]) for q in ex.quotes] == [("Quillon Vasterby", "Can a pupil write to")]


def test_a_quote_after_a_sentence_whose_subject_met_an_official_is_the_subjects(extract_text):
    # tests/gold_blind254, blind256: "X, a herder from Y, met the Secretary General near Lake Z. “In the ...”"
    ex = extract_text("Visit", "KEMIN, 8 April 2081 – Secretary General Quillon Vasterby visited Kemin today.",
                      "Ellory Tamsworth, a herder from Oldmere, met the Secretary General near Lake Harnvik. “In the "
                      "old days the collective sent trucks with hay. Now every family is alone.”")
    assert [(q.speaker, q.text[:11]) for q in ex.quotes] == [("Ellory Tamsworth", "In the old ")]


def test_a_pronouns_attribution_beats_a_name_after_it_and_a_name_set_off_after_a_subjects_clause(extract_text):
    # tests/gold_blind286: "“...,” she said in Romani, translated into Bosnian by X, the Mission’s ... officer";
    # "A teacher who fled Uzhhorod, X, told the High Commissioner that ... “...,” she said."
    ex = extract_text("Visit", "KEMIN, 8 April 2081 – High Commissioner Brisvane Oday visited Kemin today.",
                      "Ellory Tamsworth, a mother of four from Oldmere, spoke of the floods. “When the river rose, "
                      "nobody could tell us whose floor it was,” she said in Romani, translated into English by "
                      "Quillon Vasterby, the Mission’s officer.",
                      "The Mayor of Harnvik, Orrin Marchbanks, asked for a bus line, which he called “the only "
                      "school bus that needs a passport”. A teacher who fled Tessaly, Maelis Corrabund, told the High "
                      "Commissioner that she now taught refugee children. “My pupils mix the two languages,” she said.",
                      tag=people_at("Ellory", "Quillon", "Orrin", "Maelis"))
    assert [(q.speaker, q.text[:12]) for q in ex.quotes] == [
        ("Ellory Tamsworth", "When the riv"), ("Orrin Marchbanks", "the only sch"),
        ("Maelis Corrabund", "My pupils mi")]
    # not the object of the subject's own clause: "X, who accompanied the Special Representative, compared ..."
    ex = extract_text("Visit", "KEMIN, 8 April 2081 – Special Representative Brisvane Oday visited Kemin today.",
                      "MP Ellory Tamsworth, who accompanied the Special Representative, compared the two "
                      "practices. “Small countries can move faster,” he said.", tag=people_at("Ellory", "Brisvane"))
    assert [(q.speaker, q.text[:12]) for q in ex.quotes] == [("Ellory Tamsworth", "Small countr")]


def test_a_full_stop_before_said_and_an_office_inside_a_bodys_name(extract_text):
    # tests/gold_blind375: "“A border that works well is a border that people can trust.” said the Head of ..., X Y,";
    # tests/gold_blind378: "X Y, head of the Monitoring Department of the Office of the Human Rights Defender, described
    # ... “We stand at the edge of the crowd ...”" (not the Defender's words)
    ex = extract_text("Meeting", "KEMIN, 8 April 2081 – A meeting took place in Kemin today.",
                      "“A border that works well is a border that people can trust.” said the Head of the OSCE "
                      "Programme Office in Kemin, Ambassador Ellory Tamsworth, as he opened the round table.",
                      "The Human Rights Defender of Tessaly, Quillon Vasterby, said: “Freedom of assembly is tested on "
                      "the day when thousands disagree.”",
                      "Orrin Marchbanks, head of the Monitoring Department of the Office of the Human Rights Defender, "
                      "described how his staff had observed forty assemblies. “We stand at the edge of the crowd, with "
                      "a vest and a notebook.”")
    assert [(q.speaker, q.text[:12]) for q in ex.quotes] == [
        ("Ellory Tamsworth", "A border tha"), ("Quillon Vasterby", "Freedom of a"),
        ("Orrin Marchbanks", "We stand at ")]
