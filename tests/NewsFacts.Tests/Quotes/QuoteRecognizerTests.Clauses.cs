namespace NewsFacts.Tests.Quotes;

/// <summary>Reporting-clause shapes, each on a sentence of our own.</summary>
public sealed class QuoteClauseTests
{
    private static IReadOnlyList<QuoteMention> Quotes(string text) => QuoteRecognizer.Default.Recognize(text);

    private static string? SpeakerOf(string text, int index = 0) => Quotes(text)[index].Speaker;

    [Fact]
    public void Party_state_tag_after_a_name_does_not_end_the_sentence()
    {
        Assert.Equal("Lena Ortiz", SpeakerOf("\"The vote stands,\" Sen. Lena Ortiz, D-Ore., said."));
    }

    [Fact]
    public void Parenthesized_aside_is_skipped()
    {
        Assert.Equal("Carl Jensen", SpeakerOf("\"The bill is dead,\" Rep. Carl Jensen (R-Utah) said in a statement."));
    }

    [Theory]
    [InlineData("\"We will rebuild,\" said the company's chief executive, Maria Lund.", "Maria Lund", "company's chief executive")]
    [InlineData("\"It is over,\" said the union leader, Piet de Wit, on Monday.", "Piet de Wit", "union leader")]
    public void A_name_in_apposition_after_the_description_is_the_speaker(string text, string speaker, string role)
    {
        var q = Quotes(text)[0];
        Assert.Equal((speaker, role), (q.Speaker, q.SpeakerRole));
    }

    [Theory]
    [InlineData("Last week, the Marlow campaign also called on the city to conduct an \"urgent review\" of the water supply.", "the Marlow campaign")]
    [InlineData("Jane Marlow's aides cast her victory as a sign that her \"open doors\" agenda was working.", "Jane Marlow's aides")]
    [InlineData("Today, the Harbour Herald newspaper calls the bay \"the jewel\" of the coast.", "the Harbour Herald newspaper")]
    public void A_noun_that_a_name_qualifies_stays_in_the_speaker(string text, string speaker) => Assert.Equal(speaker, SpeakerOf(text));

    [Fact]
    public void A_verb_before_a_quotation_is_not_read_as_a_noun_of_the_speaker() =>
        Assert.Equal("Jane Marlow", SpeakerOf("Jane Marlow likes \"The Long Road,\" while her rival prefers quiz shows."));

    [Fact]
    public void One_of_a_group_after_said_keeps_the_whole_description() =>
        Assert.Equal("one of those advisers", SpeakerOf("\"There is no path for Dunn,\" said one of those advisers, who spoke on condition of anonymity."));

    [Theory]
    [InlineData("First, Jane Marlow attacked the mayor for being a \"failed leader.\"", "Jane Marlow")]
    [InlineData("BRAYFORD, Ore. - Tom Reddan told reporters the hearing was \"a farce.\"", "Tom Reddan")]
    public void A_sequence_word_or_a_dateline_before_the_subject_is_not_the_speaker(string text, string speaker) => Assert.Equal(speaker, SpeakerOf(text));

    [Fact]
    public void A_name_after_a_named_speaker_is_not_taken_for_them() =>
        Assert.Equal("Maria Lund", SpeakerOf("\"We will rebuild,\" said Maria Lund, Brightwater."));

    [Fact]
    public void Several_commas_in_an_appositive_still_find_the_name()
    {
        Assert.Equal("Rosa Lindqvist", SpeakerOf("Rosa Lindqvist, a nurse from Dayton, Ohio, says the ward is \"stretched thin.\""));
    }

    [Fact]
    public void Relative_clause_appositive_gives_no_role()
    {
        var q = Quotes("Dorsey, who ran the agency for a decade, called the audit \"long overdue.\"")[0];
        Assert.Equal("Dorsey", q.Speaker);
        Assert.Null(q.SpeakerRole);
    }

    [Fact]
    public void Nested_appositive_keeps_the_name_at_the_head()
    {
        Assert.Equal("Ivan Petrov", SpeakerOf("Ivan Petrov, the head of Clearwater, a local charity, said donors were \"tired but generous.\""));
    }

    [Fact]
    public void Description_then_name_between_commas_names_the_person()
    {
        var q = Quotes("The mayor's chief of staff, Ben Alder, said the budget was \"balanced at last.\"")[0];
        Assert.Equal("Ben Alder", q.Speaker);
        Assert.Equal("mayor's chief of staff", q.SpeakerRole);
    }

    [Fact]
    public void Participle_attribution_goes_to_the_sentence_subject()
    {
        Assert.Equal("Maria Okafor", SpeakerOf("Maria Okafor left the stage early, saying the crowd was \"not ready for this.\""));
    }

    [Fact]
    public void Opening_place_and_time_phrases_are_skipped_for_the_subject()
    {
        Assert.Equal("Hugo Brandt", SpeakerOf("At a town hall in Salem, Oregon, on Friday, Hugo Brandt tried to calm voters, arguing that taxes would \"stay flat.\""));
    }

    [Fact]
    public void Coordinated_said_takes_the_sentence_subject()
    {
        Assert.Equal("Petra Novak", SpeakerOf("Petra Novak read the report twice and said it was \"deeply flawed.\""));
    }

    [Fact]
    public void Prepositional_phrase_before_said_is_not_the_subject()
    {
        Assert.Equal("the inspector", SpeakerOf("The inspector first denied it, but in a later hearing said she had \"made a mistake.\""));
    }

    [Fact]
    public void Dateline_is_not_the_subject()
    {
        Assert.Equal("Omar Haddad", SpeakerOf("BRUSSELS \u2014 Omar Haddad on Monday rejected the offer and said it was \"an insult.\""));
    }

    [Fact]
    public void As_X_put_it_names_the_speaker()
    {
        Assert.Equal("Lucy Grant", SpeakerOf("As Lucy Grant, a historian, put it, \"Every empire thinks it is the exception.\""));
    }

    [Fact]
    public void Inverted_said_after_a_comma_wins_over_the_words_before_it()
    {
        Assert.Equal("Nils Berg", SpeakerOf("Any \"serious\" reading of the treaty, said Nils Berg, an expert on arms control, shows a gap."));
    }

    [Fact]
    public void Plural_noun_reports_is_not_a_reporting_verb()
    {
        Assert.Equal("the ministry", SpeakerOf("Last week the ministry sent a letter calling two press reports \"false and harmful.\""));
    }

    [Fact]
    public void Capitalized_states_in_a_country_name_is_no_verb()
    {
        Assert.Equal("Ruth Kahn", SpeakerOf("Ruth Kahn said on Monday that the United States should carry \"a fair share.\""));
    }

    [Fact]
    public void Description_speaker_keeps_its_relative_clause()
    {
        Assert.Equal("former diplomat who served in Cairo", SpeakerOf("\"Nobody expected this,\" said a former diplomat who served in Cairo."));
    }

    [Fact]
    public void Pronoun_after_a_named_subject_in_the_same_sentence_is_that_person()
    {
        const string text = "\"We are ready,\" said Mr. Jon Tal.\n\nMr. Alan Weiss said he replied: \"Nobody is ready.\"";
        Assert.Equal("Alan Weiss", SpeakerOf(text, 1));
    }

    [Fact]
    public void Paragraph_of_bare_quotation_after_a_quoted_paragraph_keeps_the_speaker()
    {
        const string text = "\"We will rebuild,\" Governor Ada Moss said.\n\n\"Every house, every school.\"";
        Assert.Equal("Ada Moss", SpeakerOf(text, 1));
    }

    [Fact]
    public void The_plus_short_name_is_kept_as_written()
    {
        const string text = "The New Ledger first ran the story.\n\nIt was \"a clear breach,\" the Ledger said.";
        Assert.Equal("the Ledger", SpeakerOf(text));
    }

    [Fact]
    public void Headline_run_yields_to_a_full_name_with_a_first_name()
    {
        const string text = "Quiet Haddad wins\n\nThomas Haddad won the seat.\n\n\"It was close,\" Haddad said.";
        Assert.Equal("Thomas Haddad", SpeakerOf(text));
    }

    [Fact]
    public void Second_fragment_after_and_added_keeps_the_sentence_subject()
    {
        const string text = "A port spokesperson said there were \"long delays\" at the gate and added that \"crews are working nights.\"";
        Assert.Equal("port spokesperson", SpeakerOf(text, 1));
    }
}
