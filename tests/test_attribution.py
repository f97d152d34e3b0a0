"""Speaker and cue for each attribution pattern: one positive and one negative case each."""

from __future__ import annotations

from quotecli.document import Document
from quotecli.extract.attribution import clean_name
from quotecli.extract.people import extract_people
from quotecli.extract.quotes import extract_quotes


def first(text: str, with_people: bool = True):
    document = Document(id="t", text=text)
    people = extract_people(document) if with_people else []
    found = [q for q in extract_quotes(document, people) if q.kind in ("full", "partial")]
    assert found, "no quotation found"
    q = found[0]
    if q.speaker_start is not None:
        assert text[q.speaker_start:q.speaker_end] == q.speaker_mention
    return q


def test_quote_then_name_said():
    q = first("“The harbour will reopen,” Ana Ruiz said on Monday.")
    assert (q.speaker, q.speaker_mention, q.cue) == ("Ana Ruiz", "Ana Ruiz", "said")


def test_quote_then_name_said_negative_conjunction():
    assert first("“The harbour will reopen,” and the crowd cheered loudly.").speaker is None


def test_quote_then_said_name():
    q = first("“The harbour will reopen,” said Ana Ruiz, the port director.")
    assert (q.speaker, q.speaker_mention, q.cue) == ("Ana Ruiz", "Ana Ruiz", "said")


def test_quote_then_said_negative_no_speaker_after():
    assert first("“The harbour will reopen,” said in a note pinned to the door.").speaker is None


def test_name_said_comma_quote():
    q = first("Ana Ruiz said, “The harbour will reopen in May.”")
    assert (q.speaker, q.cue) == ("Ana Ruiz", "said")


def test_name_said_colon_quote():
    q = first("Ana Ruiz told the council: “The harbour will reopen in May.”")
    assert (q.speaker, q.cue) == ("Ana Ruiz", "told")


def test_name_said_quote_negative_noun_not_verb():
    assert first("In her remarks, “The harbour will reopen in May.”").speaker is None


def test_name_colon_quote():
    q = first("Ruiz: “The harbour will reopen in May.”")
    assert (q.speaker_mention, q.cue) == ("Ruiz", ":")


def test_name_colon_quote_negative_long_sentence():
    assert first("The trouble with the harbour plan is simple: “Nobody has paid for it.”").speaker is None


def test_quote_dash_name():
    q = first("“The sea gives and the sea takes.” — Ana Ruiz")
    assert (q.speaker, q.cue) == ("Ana Ruiz", "—")


def test_quote_dash_negative_lower_case():
    assert first("“The sea gives and the sea takes” — or so the saying goes.").speaker is None


def test_according_to():
    q = first("According to Ana Ruiz, “the harbour will reopen in May.”")
    assert (q.speaker, q.cue) == ("Ana Ruiz", "according to")


def test_according_to_negative_other_preposition():
    assert first("Next to the harbour office, “the harbour will reopen in May.”").speaker is None


def test_according_to_after_the_frame_keeps_the_person_quoted():
    # the words are Tom Reyes's, relayed by the Gazette: verify and the quote rules need him
    text = "“The ferry will run again,” Tom Reyes said, according to the Harbour Gazette. “Soon.”"
    found = [q for q in extract_quotes(Document(id="t", text=text)) if q.kind in ("full", "partial")]
    assert [q.speaker_mention for q in found] == ["Tom Reyes"] * 2


def test_title_word_does_not_swallow_the_full_stop():
    q = first("“We sail at noon,” said the spokesman. Ana Ruiz went home.")
    assert q.speaker_mention == "the spokesman"


def test_fragment_takes_the_subject_after_an_introduction():
    q = first("On Monday, Ana Ruiz knocked a harbour plan as “plainly unworkable” for the port.")
    assert q.speaker_mention == "Ana Ruiz"
    q = first("In a speech on Friday, she expressed “deep regret” about the ruling.")
    assert q.speaker_mention == "she"


def test_fragment_after_an_introduction_negative_no_person():
    text = "On Monday, the harbour board rejected a “plainly unworkable” plan for the port."
    assert [(q.kind, q.speaker) for q in extract_quotes(Document(id="t", text=text))] == [("scare", None)]


def test_statement_gerund_belongs_to_who_issued_it():
    q = first("On Friday, the harbour board issued a statement saying the ferry was “safe to sail.”")
    assert q.speaker_mention == "the harbour board"


def test_statement_gerund_negative_statement_as_subject():
    q = first("A statement saying the ferry was “safe to sail” was read aloud by Ana Ruiz.")
    assert q.speaker_mention != "Ana Ruiz"


def test_dateline_with_a_date_is_never_the_speaker():
    q = first("SALEM, Dec. 8 (UPI) — In response to the vote, the mayor rallied supporters, saying: “We are ready.”")
    assert q.speaker_mention.startswith("the mayor")


def test_state_and_day_after_an_introduction_are_never_the_speaker():
    q = first("At a rally in Salem, Ore., on Tuesday, Senator Ana Ruiz endorsed the plan, saying it was “a help.”")
    assert q.speaker_mention == "Senator Ana Ruiz"


def test_introduction_negative_subject_with_apposition():
    q = first("Ana Ruiz, the mayor of Salem, Ore., endorsed the plan, saying it was “a help.”")
    assert q.speaker_mention == "Ana Ruiz"


def test_cue_then_speaker_behind_an_organisation_possessive():
    q = first("“Trade will keep growing,” writes ACME's Dana Whitfield in the Daily Ledger.")
    assert (q.speaker, q.speaker_mention, q.cue) == ("Dana Whitfield", "ACME's Dana Whitfield", "writes")


def test_cue_then_speaker_negative_place_after_cue():
    assert first("“Trade will keep growing,” writes in the margin of the report.").speaker is None


def test_paragraph_continuing_the_previous_speaker():
    text = ("“The first part of the plan is ready,” Ana Ruiz said. “The second part\n\n"
            "“will follow next spring, when the money arrives.”")
    found = [q for q in extract_quotes(Document(id="t", text=text)) if q.kind in ("full", "partial")]
    assert [q.speaker for q in found] == ["Ana Ruiz"] * 3


def test_floating_quote_after_a_quote_by_the_same_person():
    text = ("“The harbour will reopen in May,” Ana Ruiz said.\n\n"
            "“We have waited long enough for this.”")
    found = [q for q in extract_quotes(Document(id="t", text=text)) if q.kind == "full"]
    assert [q.speaker for q in found] == ["Ana Ruiz", "Ana Ruiz"]


def test_floating_quote_negative_after_narrative():
    text = ("The council met on Monday.\n\nThe harbour has been closed since winter.\n\n"
            "“We have waited long enough for this.”")
    assert first(text).speaker is None


def test_block_quote_after_a_colon_paragraph():
    text = "Ana Ruiz went further:\n\n“We have waited long enough for this harbour.”"
    q = first(text)
    assert q.speaker_mention == "Ana Ruiz"


def test_pronoun_resolves_to_the_nearest_person_before():
    q = first("Ana Ruiz runs the port. She states, “The harbour will reopen in May.”")
    assert (q.speaker, q.speaker_mention, q.cue) == ("Ana Ruiz", "She", "states")


def test_pronoun_without_people_uses_capitalised_names():
    q = first("Ana Ruiz runs the port. She states, “The harbour will reopen in May.”", with_people=False)
    assert q.speaker == "Ana Ruiz"


def test_pronoun_negative_gender_mismatch():
    q = first("Mr. Tom Reyes runs the port. She states, “The harbour will reopen in May.”")
    assert (q.speaker, q.speaker_mention) == ("She", "She")


def test_pronoun_negative_plural_stays_as_written():
    q = first("Ana Ruiz met the builders. They said, “The harbour will reopen in May.”")
    assert q.speaker == "They"


def test_titles_and_roles_stripped():
    q = first("“The harbour will reopen,” said Sen. Ana Ruiz, D-Maine.")
    assert q.speaker == "Ana Ruiz"
    assert clean_name("Sen. Jim Rowe, R-Ohio") == "Jim Rowe"
    assert clean_name("Mexican President Ana Ruiz") == "Ana Ruiz"


def test_surname_resolves_to_the_full_name():
    q = first("Ana Ruiz visited the port on Monday.\n\n“The harbour will reopen,” Ruiz said.")
    assert (q.speaker, q.speaker_mention) == ("Ana Ruiz", "Ruiz")


def test_nominal_speaker_kept_as_written():
    q = first("“The harbour will reopen,” a spokeswoman for the port said.")
    assert q.speaker == "a spokeswoman for the port"


def test_nominal_speaker_after_cue():
    q = first("“The harbour will reopen,” said the newspaper in an editorial.")
    assert q.speaker == "the newspaper"


def test_apposition_after_the_name():
    q = first("“The harbour will reopen,” Ana Ruiz, a historian at the port museum, said.")
    assert q.speaker == "Ana Ruiz"


def test_second_quote_of_a_sentence_shares_its_frame():
    text = "Tom Reyes called the plan “reckless,” “costly” and “late.”"
    found = [q for q in extract_quotes(Document(id="t", text=text)) if q.kind == "partial"]
    assert [q.speaker for q in found] == ["Tom Reyes"] * 3


def test_participle_takes_the_sentence_subject():
    q = first("Ana Ruiz attacked the budget on Monday, calling it “a recipe for ruin.”")
    assert (q.speaker, q.cue) == ("Ana Ruiz", "calling")


def test_participle_negative_after_a_quote_is_not_its_object():
    q = first("Ana Ruiz praised the plan as “bold,” telling reporters it would pass.")
    assert q.speaker == "Ana Ruiz"


def test_coordinated_cue_shares_the_subject():
    q = first("Ana Ruiz smiled and said, “We will open in May.”")
    assert q.speaker == "Ana Ruiz"


def test_relative_pronoun_is_the_mention():
    q = first("“Prices are rising,” said Ana Ruiz, who added that “nobody is safe from it.”")
    assert q.speaker == "Ana Ruiz"
    text = "Critics include Tom Reyes, who argues that the plan is “a waste of money.”"
    q = first(text)
    assert (q.speaker_mention, q.speaker) == ("who", "Tom Reyes")


def test_age_and_home_town_after_the_name():
    q = first("Tom Reyes, 42, of Bangor, Maine, said, “We never saw a winter like this.”")
    assert q.speaker_mention == "Tom Reyes"


def test_age_negative_plain_apposition_keeps_the_name():
    q = first("Tom Reyes, a fisherman, said, “We never saw a winter like this.”")
    assert q.speaker_mention == "Tom Reyes"


def test_unlisted_verb_after_a_name():
    q = first("“Not again!” Ana Ruiz groaned as the lights went out.")
    assert (q.speaker, q.cue) == ("Ana Ruiz", "groaned")


def test_unlisted_verb_negative_after_a_full_stop():
    q = first("“We have waited long enough.” Ana Ruiz groaned about the delay in her column.")
    assert q.speaker is None


def test_role_words_before_a_name_after_the_cue():
    q = first("“We will open in May,” said harbour director Ana Ruiz.")
    assert q.speaker == "Ana Ruiz"


def test_same_paragraph_frame_before_a_sentence_opening_quote():
    q = first("The harbour board met on Monday, and Ana Ruiz agreed. “We will open in May.”")
    assert q.speaker == "Ana Ruiz"


def test_leftmost_frame_of_a_sentence():
    q = first("Ana Ruiz says the board is wrong and insists Tom Reyes is “playing games.”")
    assert q.speaker == "Ana Ruiz"


def test_introductory_clause_keeps_its_own_speaker():
    text = "While Ana Ruiz said the plan was “reckless and late,” Tom Reyes said it would pass."
    q = first(text)
    assert q.speaker == "Ana Ruiz"


def test_dateline_is_not_the_speaker():
    q = first("PORTLAND, Maine (AP) — Ana Ruiz defended the plan on Monday, saying “the harbour must reopen.”")
    assert q.speaker == "Ana Ruiz"


def test_time_phrase_before_the_subject():
    q = first("Last week, harbour director Ana Ruiz defended the plan, calling it “the only way out.”")
    assert q.speaker == "Ana Ruiz"


def test_time_phrase_negative_name_with_apposition():
    q = first("Tom Reyes, the mayor, opened the bridge, calling it “a promise kept.”")
    assert q.speaker_mention == "Tom Reyes"


def test_quote_horizontal_bar_name():
    q = first("“The harbour is our home.” ― Ana Ruiz")
    assert (q.speaker, q.cue) == ("Ana Ruiz", "―")


def test_as_x_put_it():
    q = first("As the port memo put it, “the harbour will reopen in May.”")
    assert q.speaker_mention == "the port memo"


def test_past_cue_after_a_pronoun_determiner():
    q = first("Another tweeted, “The harbour will never reopen.”")
    assert (q.speaker_mention, q.cue) == ("Another", "tweeted")


def test_plural_cue_noun_after_a_determiner_is_not_a_verb():
    q = first("In his remarks, “the harbour will reopen in May.”")
    assert q.speaker is None


def test_pronoun_clause_nearest_the_quote_frames_it():
    q = first("Ana Ruiz said the board met, although she called the vote “a sham.”")
    assert q.speaker_mention == "she"


def quotes_of(text: str):
    document = Document(id="t", text=text)
    return [q for q in extract_quotes(document, extract_people(document)) if q.kind in ("full", "partial")]


def test_inverted_cue_after_a_place_names_the_speaker_behind_it():
    text = ("Ten houses fell in Ruston, the county seat, said Mara Quill of the relief agency.\n"
            "\"We are still counting the damage in every street.\"")
    assert quotes_of(text)[0].speaker == "Mara Quill"


def test_inverted_cue_negative_an_object_after_the_verb_is_no_speaker():
    q = first("Ana Ruiz, the mayor of Ruston, told Tom Reyes that the plan was “dead on arrival” last week.")
    assert q.speaker == "Ana Ruiz"


def test_cue_typed_against_the_closing_mark():
    q = first("\"The river rose faster than anyone expected, \"said Lena Ortiz, a resident.")
    assert (q.speaker, q.cue) == ("Lena Ortiz", "said")


def test_frame_across_a_line_break_after_a_title():
    text = ("\"He came in and started shouting at everyone,\" Ruston police Const.\n"
            "Tim Fanning told a news conference.\nFanning said no one was hurt.")
    assert first(text).speaker == "Tim Fanning"


def test_frame_across_a_line_break_negative_a_sentence_end():
    text = "\"He came in and started shouting at everyone,\" the report says.\nTim Fanning was not there."
    assert first(text).speaker != "Tim Fanning"


def test_a_time_phrase_is_never_the_speaker():
    q = first("Sen. Ann Holt (D-Ohio) on Saturday criticized the accord, saying it goes “nowhere near far enough.”")
    assert q.speaker == "Ann Holt"


def test_dash_line_signing_a_quotation_paragraph():
    text = "\"We will look into it, and we will answer every letter.\"\n\n- Maria Lindqvist.\n\nShe left."
    assert first(text).speaker == "Maria Lindqvist"


def test_dash_line_negative_a_subheading_between_dashes():
    text = "\"We will look into it, and we will answer every letter.\"\n\n– Ready to talk –\n\nShe left."
    assert first(text).speaker is None


def test_unlisted_past_tense_verb_before_the_mark():
    q = first("During the debate, Grace Brennan cracked, \"I am a reformer who likes to get things done.\"")
    assert (q.speaker, q.cue) == ("Grace Brennan", "cracked")


def test_and_said_between_two_quotations_keeps_the_first_speaker():
    quotes = quotes_of("She declared “What a night!” and said that her campaign would continue “to break walls” "
                       "across the state.")
    assert [q.speaker_mention for q in quotes] == ["She", "She"]


def test_descriptive_speaker_ends_at_its_verb():
    q = first("Her remarks feed “the mob mentality” fostered by rivals, the groups say. They want an apology.")
    assert (q.speaker_mention, q.cue) == ("the groups", "say")
    q = first("“It is a violation of the rules,” the two write. “We do not understand it.”")
    assert (q.speaker_mention, q.cue) == ("the two", "write")


def test_cue_right_before_the_colon_wins():
    quotes = quotes_of("\"There is a young man with some problems,\" Omar Haddad said as the heckler yelled: \"You lie!\"")
    assert [q.speaker_mention for q in quotes] == ["Omar Haddad", "the heckler"]


def test_filler_marks_are_no_quotations():
    quotes = quotes_of('"""""""" ' + '"We open at nine," said Priya Nakamura.')
    assert [(q.text, q.speaker) for q in quotes] == [("We open at nine,", "Priya Nakamura")]


# --- roles and nested frames (speaker names for descriptions) ---------------------------

def test_a_spokesman_for_a_person_keeps_the_description_as_speaker():
    q = first("Senator Mary Smith voted no. “We will not close the plant,” a spokesman for Smith said.")
    assert (q.speaker, q.speaker_mention) == ("a spokesman for Smith", "a spokesman for Smith")


def test_a_persons_spokesman_named_in_apposition_is_that_spokesman():
    q = first("Senator Mary Smith voted no. “It is over,” said Smith's spokesman, Tom Reyes.")
    assert (q.speaker, q.speaker_mention) == ("Tom Reyes", "Smith's spokesman")


def test_the_spokeswoman_is_the_spokeswoman_the_article_names():
    q = first("Jane Doe, a spokeswoman for the company, declined to comment on Friday. "
              "Later, the spokeswoman said: “We are reviewing it.”")
    assert (q.speaker, q.speaker_mention) == ("Jane Doe", "the spokeswoman")


def test_the_spokeswoman_stays_as_written_when_no_spokeswoman_is_named():
    q = first("Jane Doe, a lawyer for the company, declined to comment on Friday. "
              "Later, the spokeswoman said: “We are reviewing it.”")
    assert (q.speaker, q.speaker_mention) == ("the spokeswoman", "the spokeswoman")


def test_participle_after_the_object_takes_the_subject_not_the_object():
    q = first("In his speech the senator also took a swipe at Governor Ann Holt, calling her plan "
              "“a reckless gamble with our schools.”")
    assert q.speaker_mention == "the senator"


def test_participle_after_an_object_with_no_subject_found_has_no_speaker_from_the_object():
    q = first("Reading the report closely showed a swipe at Governor Ann Holt, calling her plan "
              "“a reckless gamble with our schools.”")
    assert q.speaker_mention != "Governor Ann Holt"


def test_before_saying_takes_the_sentence_subject():
    q = first("On Tuesday, Mr. Ruiz deflected questions about the port before saying, "
              "“It is time to get back to work on the harbour.”")
    assert q.speaker_mention == "Mr. Ruiz"


def test_sentence_adverb_before_a_comma_is_not_the_subject():
    q = first("Likewise, a report from the harbour board had this to say: “The port will not reopen this year.”")
    assert q.speaker_mention == "a report"


def test_phrase_after_a_preposition_behind_the_quote_is_not_the_speaker():
    q = first("Frustrated, Ana Ruiz said she “cannot walk down the street” without reporters asking her about it.")
    assert q.speaker_mention == "Ana Ruiz"


def test_cue_inside_a_relative_clause_does_not_beat_the_main_verb():
    q = first("Ana Ruiz, who says the port needs money, tweeted that the plan “will not work.”")
    assert q.speaker_mention == "Ana Ruiz"
    q = first("Tom Reyes, who has told aides he is tired, said in a statement: “We are done here.”")
    assert q.speaker_mention == "Tom Reyes"


def test_relative_clause_frame_alone_still_speaks():
    q = first("The mayor thanked Tom Reyes, who called the ferry “a lifeline for the island.”")
    assert q.speaker_mention == "who"


def test_subject_before_a_bracketed_party_and_an_apposition():
    q = first("Sen. Ana Ruiz (D-Ore.), who has endorsed Tom Reyes, said the plan was “a good start.”")
    assert q.speaker_mention == "Sen. Ana Ruiz"


def test_subject_before_a_prepositional_aside_with_a_place():
    q = first("Ana Ruiz, during a town hall meeting in Salem, Oregon, said she was “going to fix the port.”")
    assert q.speaker_mention == "Ana Ruiz"
    q = first("Ana Ruiz, of Salem, Oregon, said the port was “a mess.”")
    assert q.speaker_mention == "Ana Ruiz"


def test_passive_cue_gives_the_agent():
    q = first("Ana Ruiz was asked by host Tom Reyes whether the port would “stay open all winter.”")
    assert q.speaker_mention == "host Tom Reyes"
    q = first("Ana Ruiz was asked about the port and said it would “stay open all winter.”")
    assert q.speaker_mention == "Ana Ruiz"


def test_participle_phrase_opening_the_sentence_is_not_the_subject():
    q = first("Continuing to explain her view, Ana Ruiz rejected the claim, saying it was “a giveaway.”")
    assert q.speaker_mention == "Ana Ruiz"
    q = first("Horrified at the prospect of Ana Ruiz winning, Tom Reyes believes in budgets that “add up.”")
    assert q.speaker_mention == "Tom Reyes"


def test_unlisted_verb_with_a_particle_before_the_mark():
    q = first("When the mayor spoke, Ana Ruiz fired back forcefully: “The port is not for sale.”")
    assert (q.speaker_mention, q.cue) == ("Ana Ruiz", "fired")
    q = first("The mayor spoke about the pier and then everything went back: “The port is not for sale.”")
    assert q.speaker_mention != "everything"


def test_document_issued_on_a_day_before_the_gerund_is_the_issuers():
    q = first("The town released a statement Wednesday saying the claims “are not based on facts.”")
    assert q.speaker_mention == "The town"
    q = first("Ana Ruiz sent a letter on Monday saying the port “will stay open.”")
    assert q.speaker_mention == "Ana Ruiz"


def test_relative_clause_frame_keeps_its_speaker_against_a_cue_inside_its_clause():
    q = first("Tom Reyes, who argues the plan reflected a “vision for the port,” spoke on Monday.")
    assert q.speaker_mention == "who"


def test_passive_agent_never_beats_a_frame_nearer_the_quotation():
    q = first("Her words were echoed by harbour director Tom Reyes who called the plan “a lifeline.”")
    assert q.speaker_mention == "who"


def test_bracketed_party_then_comma_before_the_cue_after_an_introduction():
    q = first("After winning the county, Gov. Ann Holt (R-Ohio), said, “We will rent a covered wagon.”")
    assert q.speaker_mention == "Gov. Ann Holt"


def test_phrase_after_a_partial_quotation_starting_with_of_is_no_frame():
    q = first("Ana Ruiz said she has begun “to expose the real plan” of Tom Reyes, whom she called a “fraud.”")
    assert q.speaker_mention == "Ana Ruiz"


def test_unframed_quotation_takes_the_subject_of_its_sentence():
    q = first("The Harbor Workers Union was blunt in its findings: “Further delay is not acceptable.”")
    assert q.speaker_mention == "The Harbor Workers Union"
    q = first("The union spokesman stood firm at the meeting, hoping members would “sign the petition now.”")
    assert q.speaker_mention == "The union spokesman"


def test_unframed_paragraph_quotation_takes_the_subject_before_it():
    q = first("Ana Ruiz spoke only in slogans during the rally.\n\n“We have to win this and we will win it.”")
    assert q.speaker == "Ana Ruiz"


def test_unframed_quotation_after_a_subject_that_cannot_speak_stays_unattributed():
    q = first("The weather was cold and grey.\n\n“We have to win this and we will win it.”")
    assert q.speaker is None


def test_name_after_after_opens_its_own_clause():
    q = first("The vote came three days after Tom Reyes told the Courier he was “not ready yet” on the plan.")
    assert q.speaker_mention == "Tom Reyes"


def test_given_name_that_is_also_a_modal_after_the_cue():
    q = first("Costs rose, Tom Reyes said.\n\n“It is an expensive model,” said Will Doyle, a professor at Salem.")
    assert q.speaker_mention == "Will Doyle"
    q = first("“It is an expensive model,” will be the line of the day.")
    assert q.speaker is None
    q = first("“It is an expensive model,” Will wrote on Sunday.")
    assert q.speaker_mention == "Will"


def test_party_abbreviation_in_brackets_before_a_cue_after_the_quotation():
    q = first("“The port is gaming the system,” Sen. Ana Holt (D-Ore.) said in a statement.", with_people=False)
    assert (q.speaker_mention, q.speaker) == ("Sen. Ana Holt", "Ana Holt")


def test_name_before_a_time_phrase_before_the_cue():
    q = first("Tom Reyes later Thursday told the Courier: “Both sides are meeting next week.”")
    assert q.speaker_mention == "Tom Reyes"


def test_object_after_told_is_no_inverted_speaker():
    q = first("Another source speaking to the Harbor News said, “The agents are looking at the port.”")
    assert q.speaker_mention != "Harbor News"
    q = first("Said Ana Ruiz: “The agents are looking at the port.”")
    assert q.speaker_mention == "Ana Ruiz"


def test_it_before_a_cue_is_the_speaker():
    q = first("The company wrote a statement. It added, “We want no part in the listing.”")
    assert q.speaker_mention == "It"
    q = first("The rules changed, and it said, “The port stays open.”")
    assert q.speaker_mention == "it"
    q = first("The email shows a photo. At the bottom it reads, “You can support the port too.”")
    assert q.speaker_mention == "it"


def test_subject_of_a_sentence_ending_in_a_colon_before_the_quotation():
    q = first("A footnote in the harbour report makes that clear: “These limits do not apply to ferries.”")
    assert q.speaker_mention == "A footnote"
    q = first("Then, later that month on the radio: “I never said we made a mistake.”")
    assert q.speaker is None


def test_short_participle_opening_is_skipped_to_the_main_frame():
    q = first("Asked by Tom Reyes to respond to the criticism, Ana Ruiz said, “What does it say about us?”")
    assert q.speaker_mention == "Ana Ruiz"


def test_irregular_past_before_back_is_a_frame():
    q = first("After Gov. Tom Reyes criticized the plan in a debate, Ana Ruiz shot back, “I could have baked cookies.”")
    assert (q.speaker_mention, q.cue) == ("Ana Ruiz", "shot")


def test_sentence_going_on_after_a_partial_quotation_is_no_frame():
    q = first("Ana Ruiz says no one in the race is “on pace to get 1,237 delegates,” the number needed to win.")
    assert q.speaker_mention == "Ana Ruiz"
    q = first("Tom Reyes wrote in both listings he was “honored and humbled” to announce the sale of the boat.")
    assert q.speaker_mention != "the sale"
    q = first("Ana Ruiz called Tom Reyes “very flexible,” a nod to the mayor acknowledging his changes.")
    assert q.speaker_mention == "Ana Ruiz"


def test_new_sentence_after_a_question_is_no_frame_unless_its_verb_ends_it():
    q = first("Ana Ruiz wondered aloud: “What have I done?” Others saw the same thing in her stare.")
    assert q.speaker_mention != "Others"
    q = first("“What have I done?” Ana Ruiz shot back.")
    assert q.speaker_mention == "Ana Ruiz"


def test_time_phrase_after_over_is_skipped_to_the_subject():
    q = first("The mayor over the weekend had tweeted that Tom Reyes has “badly damaged” the port.")
    assert q.speaker_mention == "The mayor"


def test_subject_before_a_gerund_phrase_before_the_cue():
    q = first("Another harbour source speaking to Channel Four said, “The agents are looking at the port.”")
    assert q.speaker_mention == "Another harbour source"


def test_a_share_of_those_polled_is_a_speaker():
    q = first("In the poll, 14 percent said “not at all likely.”")
    assert q.speaker_mention == "14 percent"


def test_openings_before_the_subject_are_skipped():
    q = first("Shortly after the call ended, the mayor's office sent a note saying Tom Reyes owes “an apology.”")
    assert q.speaker_mention == "the mayor's office"
    q = first("Facing mounting criticism from both parties, Ana Ruiz released a note insisting it was “no accident.”")
    assert q.speaker_mention == "Ana Ruiz"


def test_cue_word_after_an_article_and_adjective_before_of_is_a_noun():
    q = first("A crowd of dock workers joined in a thunderous chant of “Save the port and the jobs now!”")
    assert q.speaker_mention != "a thunderous"


def test_upon_saying_frames_the_sentence_subject():
    q = first("Ana Ruiz drew a wave of boos upon saying, “The plan heard the people.”")
    assert q.speaker_mention == "Ana Ruiz"


def test_owner_of_a_speech_noun_frames_a_quotation_nothing_else_frames():
    q = first("The harbour came up again. Ana Ruiz stood by her remark that “the port is not for sale.”")
    assert (q.speaker_mention, q.speaker) == ("her", "Ana Ruiz")


def test_name_and_party_before_a_time_before_the_cue():
    q = first("Senate Democrat Ana Holt (D-Ore.) last week said Tom Reyes never sent any “top secret” notes.")
    assert q.speaker_mention == "Senate Democrat Ana Holt"


def test_subject_of_the_verb_an_infinitive_cue_hangs_on():
    q = first("Where he used to boast that he had beaten “the harbor gangs,” on Tuesday he said they remain.")
    assert q.speaker_mention == "he"


def test_cue_noun_after_a_possessive_and_an_adjective_is_a_noun():
    q = first("Ana Ruiz went on the radio to discuss her recent remarks about Tom Reyes, saying he was “a liar.”")
    assert q.speaker_mention == "Ana Ruiz"


def test_speaker_phrase_stops_at_an_auxiliary():
    from quotecli.extract.attribution import tokens, trimmed_phrase
    for text, kept in (("the harbour board has always", "the harbour board"),
                       ("Ana Ruiz, who was among those polled", "Ana Ruiz"),
                       ("the plan for the port in May 2012", "the plan for the port in May 2012")):
        toks = tokens(text, 0, len(text))
        i, j = trimmed_phrase(toks, (0, len(toks)))
        assert text[toks[i].start:toks[j - 1].end] == kept


def test_party_abbreviation_between_commas_before_a_cue_after_the_quotation():
    q = first("Costs rose.\n\n“There has been a lot of talk about the port,” Sen. Tom Reyes, R-Ky., said.")
    assert (q.speaker_mention, q.speaker) == ("Sen. Tom Reyes", "Tom Reyes")


def test_as_x_said_after_the_quotation():
    q = first("Still, the fact that the race “is a dead heat right now,” as Ana Ruiz said on the radio, helps.")
    assert (q.speaker_mention, q.cue) == ("Ana Ruiz", "said")


def test_a_title_before_the_quotation_stays_in_its_frame():
    q = first("Tom Reyes said on the radio show “Harbor Hour” that “too much of the port became a wasteland.”")
    assert q.speaker_mention == "Tom Reyes"


def test_more_speech_verbs_frame_fragments():
    q = first("On the steps of the hall, Ana Ruiz expressed a deep regret for “my failure to fix the port.”")
    assert (q.speaker_mention, q.cue) == ("Ana Ruiz", "expressed")
    q = first("Tom Reyes has increasingly decried the issue of “harbor neglect” in his speeches.")
    assert q.speaker_mention == "Tom Reyes"


def test_owner_of_a_speech_noun_across_a_pronoun_or_a_comma():
    q = first("The union sat it out after her March comment that “we will close the port for good.”")
    assert q.speaker_mention == "her"
    q = first("The audit contradicts her claim that she “never sent any secret notes.”")
    assert q.speaker_mention == "her"


def test_team_before_a_role_is_not_the_speaker():
    """"Lincoln Stars owner Ana Ruiz": the name after the role speaks, not the team the
    person extractor reads as a name."""
    text = ("The Lincoln Stars lost twice. Lincoln Stars owner Ana Ruiz said the team “will not "
            "sell” its stadium. The Lincoln Stars play Sunday.")
    q = first(text)
    assert q.speaker == "Ana Ruiz"
    assert q.speaker_mention == "Lincoln Stars owner Ana Ruiz"



def test_pronoun_of_a_relative_clause_gives_the_named_subject():
    """"what she calls “…”": the pronoun points back to the sentence's named subject,
    whose words the quotation is."""
    q = first("Ana Ruiz has railed against what she calls the “harbour cartel” for years.")
    assert (q.speaker, q.speaker_mention, q.cue) == ("Ana Ruiz", "Ana Ruiz", "calls")


def test_pronoun_of_a_relative_clause_without_a_named_subject_stays():
    q = first("The plan, which she calls “a lifeline,” passed on Monday.")
    assert q.speaker_mention == "she"


def test_a_coordinated_clause_with_its_own_subject_frames_the_quotation():
    q = first("The port has been warning that it is short of cash, and Ana Ruiz said the "
              "“emergency steps” could not last.")
    assert (q.speaker, q.cue) == ("Ana Ruiz", "said")


def test_pronoun_after_which_keeps_its_own_frame():
    q = first("Ana Ruiz wants to close the two yards, which she called “a drain on the port.”")
    assert q.speaker_mention == "she"


def test_participle_after_a_short_phrase_takes_the_sentence_subject():
    q = first("Tom Reyes spoke for an hour about the port budget, at one point calling the mayor a “liar.”")
    assert (q.speaker, q.cue) == ("Tom Reyes", "calling")


def test_a_new_sentence_after_a_question_is_not_its_frame_when_one_stands_before():
    q = first("Ana Ruiz, tired, finally responded: “What difference does it make now?” Her critics "
              "cited it as proof that she did not care.")
    assert (q.speaker, q.cue) == ("Ana Ruiz", "responded")


def test_a_question_with_its_frame_after_it_keeps_that_frame():
    q = first("Tom Reyes spoke first. “Why now?” Ana Ruiz asked the council on Monday before the vote.")
    assert (q.speaker, q.cue) == ("Ana Ruiz", "asked")


def test_a_possessive_speaker_resolves_to_its_person():
    q = first("Tom Reyes spoke on Monday. The mayor rejected his claim that “the port is dying.”")
    assert (q.speaker_mention, q.speaker) == ("his", "Tom Reyes")


def test_someones_words_before_a_colon_are_that_persons():
    """"Her exact words:" on its own line: the quotation is hers, not the phrase's."""
    q = first("Ana Ruiz spoke briefly.\n\nHer exact words:\n“We are leaving the port.”")
    assert (q.speaker_mention, q.speaker) == ("Her", "Ana Ruiz")


def test_an_abbreviation_before_a_subject_pronoun_ends_the_sentence():
    q = first("Tom Reyes says the plan fails in the U.S. She says voters don’t need any more "
              "“long lectures about the port.”")
    assert (q.speaker_mention, q.cue) == ("She", "says")


def test_one_persons_two_roles_after_a_quotation_are_one_frame():
    q = first("Tom Reyes spoke.\n\n“The port is lost,” the Vermont senator and presidential candidate said.")
    assert (q.speaker_mention, q.cue) == ("the Vermont senator and presidential candidate", "said")


def test_a_name_typed_against_the_closing_mark_is_the_frame():
    """"…,”Okafor told lawmakers" / '…, "Okafor said': no space after the closing mark."""
    q = first("The fund must grow, “or the harbour will suffer,”Okafor told lawmakers.")
    assert (q.speaker, q.cue) == ("Okafor", "told")
    q = first('Tom Reyes spoke.\n"We just felt the plan was wrong, "Ana Ruiz said.')
    assert (q.speaker, q.cue) == ("Ana Ruiz", "said")


def test_a_participle_hangs_on_the_last_coordinated_clause():
    q = first("Tom Reyes backed the plan, and he has fought with the mayor over the budget, "
              "at one point calling her a “liar.”")
    assert (q.speaker_mention, q.cue) == ("he", "calling")


def test_an_as_clause_with_a_cue_frames_the_sentence():
    """"As the paper reported, …": the main clause has no cue; the clause says whose account it is."""
    q = first("As The Harbour Courier reported, the shipping firm “paid twice the going rate” for the berth.")
    assert (q.speaker_mention, q.cue) == ("The Harbour Courier", "reported")


def test_an_as_clause_that_is_no_account_frames_nothing():
    """"As the crowd began to chant, …" says what happened, not who said the words."""
    q = first("As the crowd began to chant, the mayor waved a banner reading “a harbour for every family in town.”")
    assert q.cue != "chant"


def test_a_main_clause_frame_wins_over_an_as_clause():
    q = first("As The Harbour Courier reported, Ana Ruiz said the berth “cost twice the going rate.”")
    assert (q.speaker, q.cue) == ("Ana Ruiz", "said")


def test_a_spokesman_for_a_person_is_not_that_person():
    """"A spokesman for Sen. Ana Ruiz said": the words are the spokesman's, the mention
    runs to whom he speaks for (as PolNeAR marks it), and never resolves to Ana Ruiz."""
    q = first("A spokesman for Senator Ana Ruiz said she was “disappointed by the vote.”")
    assert q.speaker_mention == "A spokesman for Senator Ana Ruiz"
    assert q.speaker != "Ana Ruiz"
    q = first("“We are reviewing the order,” a spokeswoman for Ana Ruiz said.")
    assert q.speaker_mention == "a spokeswoman for Ana Ruiz" and q.speaker != "Ana Ruiz"


def test_a_role_after_the_cue_keeps_whom_it_serves():
    q = first("“We are grateful,” said a lawyer for the family, Tom Reyes.")
    assert (q.speaker_mention, q.speaker) == ("a lawyer for the family", "Tom Reyes")
    q = first("“The claim is false,” said an aide to the governor.")
    assert q.speaker_mention == "an aide to the governor"


def test_a_role_for_a_place_is_not_extended_without_a_role_noun():
    """Only a role noun takes its "for …": "said Ana Ruiz for the second time" stays Ana Ruiz."""
    q = first("“We are grateful,” said Ana Ruiz for the second time.")
    assert q.speaker_mention == "Ana Ruiz"


def test_a_name_in_apposition_inside_the_mention_is_the_speaker():
    q = first("“We will appeal,” the group’s lawyer, Ana Ruiz, said.")
    assert q.speaker == "Ana Ruiz"
