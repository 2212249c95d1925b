namespace NewsFacts.Tests.Text;

public sealed class SegmenterTests
{
    private static string[] Sentences(string text)
    {
        var seg = Segmenter.Segment(text);
        return [.. seg.Sentences.Select(s => s.Of(text))];
    }

    [Fact]
    public void Closing_marks_and_a_second_terminal_after_a_question_stay_in_one_sentence()
    {
        const string text = "The judge asked, ``Why should the rule differ?''. Lawyers for both sides agreed.";
        var seg = Segmenter.Segment(text);
        Assert.All(seg.Sentences, s => Assert.True(s.End > s.Start, $"an empty or inverted sentence {s.Start}..{s.End}"));
        Assert.Equal(["The judge asked, ``Why should the rule differ?''.", "Lawyers for both sides agreed."], Sentences(text));
    }

    [Fact]
    public void Title_abbreviations_do_not_end_sentences()
    {
        Assert.Single(Sentences("Dr. Amal Haddad met Gov. Ray Stone and Sen. Ella Marsh in the capital."));
    }

    [Fact]
    public void Dotted_country_abbreviation_inside_a_sentence_does_not_split()
    {
        Assert.Single(Sentences("The U.S. Navy sent two ships to the strait."));
    }

    [Fact]
    public void Dotted_abbreviation_at_sentence_end_splits_before_a_sentence_opener()
    {
        Assert.Equal(2, Sentences("The aid came from the U.S. The ships left on Monday.").Length);
    }

    [Fact]
    public void Initials_do_not_end_sentences()
    {
        Assert.Single(Sentences("The award went to Mary J. Blige and George W. Bush attended."));
    }

    [Fact]
    public void Decimals_do_not_end_sentences()
    {
        Assert.Single(Sentences("Growth was 2.5 percent in the first quarter."));
    }

    [Fact]
    public void Question_and_exclamation_end_sentences()
    {
        Assert.Equal(3, Sentences("Why now? Because time is short! We start today.").Length);
    }

    [Fact]
    public void Closing_quote_followed_by_lower_case_attribution_stays_in_the_sentence()
    {
        Assert.Single(Sentences("\"We are done.\" she said after the vote."));
    }

    [Fact]
    public void Paragraphs_split_on_line_breaks_and_sentences_never_cross_them()
    {
        var seg = Segmenter.Segment("First line ends here\n\nSecond paragraph starts. It has two sentences.");
        Assert.Equal(2, seg.Paragraphs.Count);
        Assert.Equal(3, seg.Sentences.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("...")]
    [InlineData("\n\n\n")]
    [InlineData("U.S.")]
    [InlineData("Dr.")]
    public void Odd_input_does_not_crash(string text) => _ = Segmenter.Segment(text);
}
