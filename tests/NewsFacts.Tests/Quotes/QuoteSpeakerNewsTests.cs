namespace NewsFacts.Tests.Quotes;

/// <summary>
/// Quote speakers as news writes them, on sentences of our own: titles and descriptions before or after the quotation,
/// a name after a long quotation, an age or a role in apposition, a pronoun in the next sentence or paragraph.
/// </summary>
public sealed class QuoteSpeakerNewsTests
{
    private static QuoteMention First(string text) => QuoteRecognizer.Default.Recognize(text)[0];

    private static QuoteMention Last(string text) => QuoteRecognizer.Default.Recognize(text)[^1];

    [Theory]
    [InlineData("\"We will not back down,\" said the minister.", "the minister")]
    [InlineData("\"The talks have stalled,\" a spokesman for the ministry said.", "spokesman for the ministry")]
    [InlineData("\"We expect a full recovery by spring,\" the company's chief executive told reporters.", "the company's chief executive")]
    [InlineData("\"No one was hurt,\" police said.", "police")]
    [InlineData("\"It was chaos,\" said one witness, who asked not to be named.", "witness")]
    [InlineData("\"We are deeply concerned,\" the United Nations said.", "the United Nations")]
    [InlineData("\"Our members are angry,\" said a union official.", "union official")]
    [InlineData("\"There is no timetable,\" a senior diplomat told Reuters.", "senior diplomat")]
    [InlineData("\"We will rebuild,\" the governor wrote on social media.", "the governor")]
    [InlineData("\"We are ready to talk,\" the rebels said in a statement.", "the rebels")]
    [InlineData("\"We are investigating,\" a police spokesperson said on Sunday.", "police spokesperson")]
    [InlineData("\"Nobody expected this,\" the club's manager said after the game.", "the club's manager")]
    [InlineData("\"We were not told,\" the Harper campaign said.", "the Harper campaign")]
    [InlineData("\"We are confident,\" Maria Vance's aides said.", "Maria Vance's aides")]
    [InlineData("The mayor's office said the order was \"temporary\".", "the mayor's office")]
    [InlineData("Officials said the dam was safe. \"There is no risk of collapse,\" said the head of the regional water authority.", "the head of the regional water authority")]
    public void A_description_is_the_speaker_as_written(string text, string speaker) => Assert.Equal(speaker, Last(text).Speaker);

    [Theory]
    [InlineData("About one in four drivers called the new toll \"daylight robbery,\" the survey found.")]
    [InlineData("Nearly all of the tenants described the repairs as \"too little, too late\" in the poll.")]
    [InlineData("Some said the vote was \"a foregone conclusion\" before it began.")]
    public void A_word_that_opens_a_counted_phrase_is_no_name(string text)
    {
        var speaker = First(text).Speaker;
        Assert.False(speaker is "About" or "Nearly" or "Some", $"speaker '{speaker}'");
    }

    [Theory]
    [InlineData("\"Prices will keep rising,\" said Maria Lopez, the bank's chief economist.", "Maria Lopez", "bank's chief economist")]
    [InlineData("\"This is a dark day for the country,\" Prime Minister John Harris said in a statement.", "John Harris", "Prime Minister")]
    [InlineData("\"The vote was fair,\" said Electoral Commission chairman Peter Obi Nwosu.", "Peter Obi Nwosu", "Electoral Commission chairman")]
    [InlineData("\"We will appeal,\" said Mark Webb, a lawyer for the family.", "Mark Webb", "lawyer for the family")]
    [InlineData("\"The plant is safe,\" said Keiko Sato, a spokeswoman for the utility.", "Keiko Sato", "spokeswoman for the utility")]
    [InlineData("\"This is unacceptable,\" Foreign Minister Ana Diaz told a news conference in Lima.", "Ana Diaz", "Foreign Minister")]
    [InlineData("\"We need answers,\" said the family's lawyer, Omar Said.", "Omar Said", "family's lawyer")]
    [InlineData("\"The storm hit us hard. We lost the roof, the barn and most of the crops. It will take years to recover from this,\" said farmer Tom Reed.", "Tom Reed", "farmer")]
    public void A_name_keeps_its_title_or_appositive_as_the_role(string text, string speaker, string role)
    {
        var q = First(text);
        Assert.Equal((speaker, role), (q.Speaker, q.SpeakerRole));
    }

    [Theory]
    [InlineData("\"I did not see it coming,\" Smith, 42, said.", "Smith")]
    [InlineData("\"I'm not going anywhere,\" Johnson, 68, told supporters.", "Johnson")]
    [InlineData("\"We had ten minutes to get out,\" said Tom Reed, 61.", "Tom Reed")]
    public void An_age_in_apposition_is_no_role(string text, string speaker)
    {
        var q = First(text);
        Assert.Equal((speaker, (string?)null), (q.Speaker, q.SpeakerRole));
    }

    [Fact]
    public void An_age_before_a_role_leaves_the_role()
    {
        var q = First("\"We lost everything. The water came in at night and there was no warning,\" said Jane Cole, 55, a teacher.");
        Assert.Equal(("Jane Cole", "teacher"), (q.Speaker, q.SpeakerRole));
    }

    [Theory]
    [InlineData("Ahmed Khan told the court: \"I was not there that night.\"", "Ahmed Khan")]
    [InlineData("Sarah Quinn, 34, said: \"We were told to leave at once.\"", "Sarah Quinn")]
    [InlineData("\"The figures are alarming,\" said Dr Helen Moss, who leads the study.", "Helen Moss")]
    public void A_name_before_a_colon_or_before_a_relative_clause_is_the_speaker(string text, string speaker) => Assert.Equal(speaker, First(text).Speaker);

    [Theory]
    [InlineData("Lars Holm was defiant. \"We will not resign,\" he said.", "Lars Holm")]
    [InlineData("The minister, Lars Holm, was defiant. \"We will not resign,\" he said.", "Lars Holm")]
    [InlineData("Anna Berg, the mayor, spoke on Monday.\n\n\"We will not resign,\" she said.", "Anna Berg")]
    public void A_pronoun_means_the_person_named_before_even_in_apposition_to_a_description(string text, string speaker) => Assert.Equal(speaker, Last(text).Speaker);

    [Theory]
    [InlineData("\"The figures are worse than we feared,\" said economists at Nordbank.", "economists at Nordbank")]
    [InlineData("\"We are shocked and we want answers,\" the parents of Lena Fisk said.", "the parents of Lena Fisk")]
    [InlineData("\"Exports will slow,\" a spokeswoman for Halvard Shipping told reporters.", "spokeswoman for Halvard Shipping")]
    public void A_name_after_a_preposition_says_whose_not_who(string text, string speaker) => Assert.Equal(speaker, First(text).Speaker);

    [Theory]
    [InlineData("\"The inquiry will report in June,\" said Detective Inspector Alan Rigg.", "Alan Rigg", "Detective Inspector")]
    [InlineData("\"The whips have lost control,\" said one veteran Labour MP.", "veteran Labour MP", null)]
    public void Police_ranks_and_members_of_parliament_are_titles(string text, string speaker, string? role)
    {
        var q = First(text);
        Assert.Equal((speaker, role), (q.Speaker, q.SpeakerRole));
    }

    [Fact]
    public void A_boss_is_a_title_so_the_name_after_it_is_whom_he_means()
    {
        var text = "\"We deserved it,\" said Tom Pryor, the home manager. Albion boss Paul Rix was less pleased. \"We were outplayed,\" he said.";
        Assert.Equal("Paul Rix", Last(text).Speaker);
    }

    [Theory]
    [InlineData("\"We will fight this in court,\" said Luis da Costa, the group's lawyer. Later, da Costa said the ruling was \"a disgrace\".", "Luis da Costa")]
    [InlineData("Sheikh Ahmed bin Khalid opened the port on Monday. \"Trade is our future,\" bin Khalid told guests.", "Ahmed bin Khalid")]
    [InlineData("Judge Maria van der Berg read the verdict. \"The evidence was overwhelming,\" van der Berg said.", "Maria van der Berg")]
    public void A_surname_with_its_particles_is_the_full_name(string text, string speaker) => Assert.Equal(speaker, Last(text).Speaker);

    [Fact]
    public void A_quotation_over_paragraphs_takes_the_speaker_named_where_it_ends()
    {
        var text = "Anja Ritter, who runs the shelter, described the night.\n\n\"The dogs were barking for hours and nobody came.\n\n\"By morning we had lost the power completely,\" she said.";
        var quotes = QuoteRecognizer.Default.Recognize(text);
        Assert.Equal(("Anja Ritter", "Anja Ritter"), (quotes[0].Speaker, quotes[1].Speaker));
    }

    [Theory]
    [InlineData("Kerry Walsh won the 400 metres in a record time.\n\n\"I can't believe it,\" the 19-year-old told reporters.", "Kerry Walsh")]
    [InlineData("Doreen Platt has lived on the street since 1961. \"Nobody ever asked us,\" the 84-year-old widow said.", "Doreen Platt")]
    public void A_person_referred_to_by_age_is_the_person_just_named(string text, string speaker) => Assert.Equal(speaker, Last(text).Speaker);

    [Fact]
    public void A_title_may_open_the_name_in_apposition_to_a_description()
    {
        var q = First("The bank's chief economist, Dr Paul Hensley, said growth would \"slow sharply\" next year.");
        Assert.Equal(("Paul Hensley", "bank's chief economist"), (q.Speaker, q.SpeakerRole));
    }

    [Fact]
    public void They_means_the_plural_description_named_as_a_speaker_before()
    {
        var text = "Residents of the estate said they had complained for years. \"Nobody listened,\" they said.";
        Assert.Equal("Residents of the estate", Last(text).Speaker);
    }

    [Theory]
    [InlineData("The goalkeeper, 31, said: \"We have to be better at the back.\"", "the goalkeeper")]
    [InlineData("\"The deal is close,\" a person close to the negotiations said.", "person close to the negotiations")]
    public void A_description_with_an_age_or_close_to_is_the_speaker(string text, string speaker) => Assert.Equal(speaker, First(text).Speaker);

    [Fact]
    public void A_quoted_sentence_resumed_after_its_attribution_is_not_partial()
    {
        var quotes = QuoteRecognizer.Default.Recognize("\"The market,\" the analyst said, \"is running out of buyers.\" She called the rally \"a bubble\".");
        Assert.Equal((false, false, true), (quotes[0].Partial, quotes[1].Partial, quotes[2].Partial));
    }

    [Fact]
    public void A_fragment_in_a_new_sentence_is_the_named_subject_s()
    {
        var quotes = QuoteRecognizer.Default.Recognize("\"We have done nothing wrong,\" said Ana Kovac. Piotr Lis fired back that she had \"misled the voters\".");
        Assert.Equal(("Ana Kovac", "Piotr Lis"), (quotes[0].Speaker, quotes[1].Speaker));
    }

    [Fact]
    public void British_single_quotes_quote_and_apostrophes_do_not()
    {
        var quotes = QuoteRecognizer.Default.Recognize("'The workers' union was not consulted, and we don't accept that,' said Jo Marsh.\n\nThe council called the complaint 'baseless'.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal(("The workers' union was not consulted, and we don't accept that,", "Jo Marsh", false), (quotes[0].Text, quotes[0].Speaker, quotes[0].Partial));
        Assert.Equal(("baseless", "the council", true), (quotes[1].Text, quotes[1].Speaker, quotes[1].Partial));
    }
}
