namespace NewsFacts.Tests.Repair;

public sealed class LineRepairTests
{
    private static string Fix(string text) => TextRepair.Repair(text).Text;

    [Fact]
    public void Line_broken_around_link_text_is_joined() =>
        Assert.Equal("Farmers in Ghana and Peru sold more.", Fix("Farmers in \nGhana\n and Peru sold more."));

    [Fact]
    public void Line_broken_over_a_blank_looking_line_is_joined_when_the_sentence_goes_on() =>
        Assert.Equal("The second spokesman said no.", Fix("The second\n \nspokesman said no."));

    [Fact]
    public void Heading_line_stays_its_own_paragraph() =>
        Assert.Equal("It ended there.\nA quiet recovery\nMarkets rose on Monday.", Fix("It ended there.\nA quiet recovery\nMarkets rose on Monday."));

    [Fact]
    public void Paragraphs_ending_a_sentence_are_not_merged() =>
        Assert.Equal("First paragraph ends.\nsecond starts oddly.", Fix("First paragraph ends.\nsecond starts oddly."));

    [Fact]
    public void Empty_line_always_ends_a_paragraph() =>
        Assert.Equal("A list item without a stop\n\nand the next paragraph.", Fix("A list item without a stop\n\nand the next paragraph."));

    [Fact]
    public void Zero_width_and_odd_spaces_are_folded_but_no_break_spaces_stay() =>
        Assert.Equal("a b\u00A0c d", Fix("a\u2009b\u00A0c\u200B d"));

    [Fact]
    public void Ligatures_and_fullwidth_forms_are_unfolded() =>
        Assert.Equal("The ﬁnal ﬁgure is 12,5".Replace("ﬁ", "fi", StringComparison.Ordinal), Fix("The ﬁnal ﬁgure is １２，5"));

    [Fact]
    public void Low_quotation_marks_become_straight_quotes() =>
        Assert.Equal("\"Ja\", sagte er.", Fix("\u201EJa\u201C, sagte er.").Replace('\u201C', '"'));

    [Fact]
    public void Control_characters_are_dropped_and_crlf_becomes_lf() =>
        Assert.Equal("one.\ntwo.", Fix("one.\r\ntw\u001Ao."));
}
