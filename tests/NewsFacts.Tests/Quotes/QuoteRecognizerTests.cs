namespace NewsFacts.Tests.Quotes;

public sealed class QuoteRecognizerTests
{
    private static IReadOnlyList<QuoteMention> Quotes(string text) => QuoteRecognizer.Default.Recognize(text);

    private static QuoteMention Single(string text) => Assert.Single(Quotes(text));

    [Fact]
    public void Straight_marks_with_said_after_give_the_speaker()
    {
        var q = Single("\"We will open the bridge next week,\" Mayor Dana Whitfield said on Monday.");
        Assert.Equal("We will open the bridge next week,", q.Text);
        Assert.Equal("Dana Whitfield", q.Speaker);
        Assert.Equal("Mayor", q.SpeakerRole);
        Assert.False(q.Partial);
    }

    [Fact]
    public void Quote_text_and_span_agree()
    {
        const string text = "The harbour master said: \u201CNo ship leaves tonight.\u201D";
        var q = Single(text);
        Assert.Equal(q.Text, q.Span.Of(text));
        Assert.Equal("No ship leaves tonight.", q.Text);
    }

    [Fact]
    public void Curly_marks_with_inverted_said_give_the_speaker_and_appositive_role()
    {
        var q = Single("\u201CThe rains came too late,\u201D said Tomas Keller, a farmer near the river.");
        Assert.Equal("Tomas Keller", q.Speaker);
        Assert.Equal("farmer near the river", q.SpeakerRole);
    }

    [Fact]
    public void Surname_attribution_takes_the_first_full_mention()
    {
        const string text = "Finance Minister Olga Brandt presented the budget.\n\n\"Every line was checked twice,\" Brandt said.";
        Assert.Equal("Olga Brandt", Single(text).Speaker);
    }

    [Fact]
    public void Title_and_name_split_into_role_and_name()
    {
        var q = Single("\"Talks are on track,\" Portuguese Foreign Minister Rui Almeida told reporters.");
        Assert.Equal("Rui Almeida", q.Speaker);
        Assert.Equal("Portuguese Foreign Minister", q.SpeakerRole);
    }

    [Fact]
    public void Quote_split_around_the_attribution_keeps_one_speaker()
    {
        var qs = Quotes("\"The data are clear,\" said Ines Moreau. \"We need to act now.\"");
        Assert.Equal(2, qs.Count);
        Assert.All(qs, q => Assert.Equal("Ines Moreau", q.Speaker));
    }

    [Fact]
    public void Pronoun_resolves_to_the_last_named_speaker_of_matching_gender()
    {
        const string text = "\"Prices will fall,\" said Mr. Peter Olsen.\n\n\"They have to,\" said Ms. Clara Voss.\n\n\"We shall see,\" he added.";
        var qs = Quotes(text);
        Assert.Equal("Peter Olsen", qs[2].Speaker);
    }

    [Fact]
    public void Pronoun_uses_first_name_gender_when_known()
    {
        const string text = "Mary Lund and Robert Haas spoke at the hearing.\n\n\"The numbers do not add up,\" Lund said.\n\n\"I disagree,\" Haas said.\n\n\"The audit proves it,\" she added.";
        Assert.Equal("Mary Lund", Quotes(text)[2].Speaker);
    }

    [Fact]
    public void Description_speaker_is_kept_as_written_without_the_article()
    {
        var q = Single("A hospital spokesperson said staff were \"working around the clock.\"");
        Assert.Equal("hospital spokesperson", q.Speaker);
        Assert.True(q.Partial);
    }

    [Fact]
    public void According_to_after_a_quote_names_the_source()
    {
        var q = Single("\"The vote will be delayed,\" according to the Daily Ledger.");
        Assert.Equal("the Daily Ledger", q.Speaker); // a body named with "the" is kept as written
    }

    [Fact]
    public void Appositive_between_name_and_verb_is_the_role()
    {
        var q = Single("\"We test every batch,\" Anna Kowalski, head of quality at the plant, told the inquiry.");
        Assert.Equal("Anna Kowalski", q.Speaker);
        Assert.Equal("head of quality at the plant", q.SpeakerRole);
    }

    [Fact]
    public void Quote_after_an_attributed_one_in_the_same_paragraph_goes_to_the_same_speaker()
    {
        var qs = Quotes("\"Turnout was high,\" the governor said on Tuesday. \"I expect a close count.\" He left early.");
        Assert.Equal(2, qs.Count);
        Assert.Equal("the governor", qs[1].Speaker);
    }

    [Fact]
    public void Multi_paragraph_quote_continues_with_the_same_speaker()
    {
        const string text = "Coach Lena Ruiz said: \"We trained hard all winter.\n\n\"And the team believes in the plan.\"";
        var qs = Quotes(text);
        Assert.Equal(2, qs.Count);
        Assert.All(qs, q => Assert.Equal("Lena Ruiz", q.Speaker));
        Assert.Equal("We trained hard all winter.", qs[0].Text);
    }

    [Fact]
    public void Mistyped_closing_mark_still_closes_the_quote()
    {
        var qs = Quotes("The council asked for a \u201Cfull review\u201C of the contract and a \u201Cfresh tender\u201D next year.");
        Assert.Equal(["full review", "fresh tender"], qs.Select(q => q.Text));
    }

    [Fact]
    public void Doubled_apostrophes_are_quote_marks()
    {
        var q = Single("''The road is closed,'' said Officer Paul Grant.");
        Assert.Equal("The road is closed,", q.Text);
        Assert.Equal("Paul Grant", q.Speaker);
    }

    [Fact]
    public void Scare_quote_is_a_quote_and_partial()
    {
        var q = Single("The plan was dismissed as \"unworkable\" by critics.");
        Assert.Equal("unworkable", q.Text);
        Assert.True(q.Partial);
    }

    [Fact]
    public void Label_verb_before_a_fragment_names_the_speaker()
    {
        var q = Single("Senator Ruth Adler called the bill \"a gift to lobbyists.\"");
        Assert.Equal("Ruth Adler", q.Speaker);
        Assert.True(q.Partial);
    }

    [Fact]
    public void Passive_by_names_the_speaker()
    {
        var q = Single("The deal was described by some economists as \"a turning point.\"");
        Assert.Equal("economists", q.Speaker);
    }

    [Fact]
    public void Transcript_label_inside_the_quote_is_the_speaker()
    {
        const string text = "Host Carl Benning interviewed the mayor.\n\n\"BENNING: Why now?\"";
        Assert.Equal("Carl Benning", Single(text).Speaker);
    }

    [Fact]
    public void Handles_and_numbers_in_quotes_are_not_quotes()
    {
        Assert.Empty(Quotes("The post (\"@cityhall\") was dated \"2019-04-02\" and liked \"1200\" times."));
    }

    [Fact]
    public void Possessive_before_a_noun_is_not_the_speaker_name()
    {
        var q = Single("\"We are confident,\" Garcia's campaign said.");
        Assert.Equal("Garcia's campaign", q.Speaker);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("\u201C\u201D\u201C")]
    [InlineData("said said said \" , \" according to")]
    [InlineData("\"\n\n\"\n\"")]
    public void Odd_input_does_not_crash(string text) => _ = Quotes(text);

    [Fact]
    public void Long_text_is_scanned_in_linear_time()
    {
        static string Make(int n) => string.Concat(Enumerable.Repeat("\"Go on,\" she said, and \"then stop\" according to ", n));
        Assert.True(Quotes(Make(2000)).Count > 1000);
        Growth.AssertLinear(Make, 2000, text => Quotes(text));
    }
}
