namespace NewsFacts.Tests.Quantities;

public sealed class QuantityRobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("$")]
    [InlineData("- - - 1/0 0/0 ^ ^- x10^")]
    [InlineData("\uD800 12 \uDFFF € ½ ⅔ ⁄ 10−")]
    [InlineData("one and one and one and one and one and one and a half")]
    public void Odd_input_gives_spans_that_match_the_text(string text)
    {
        foreach (var q in QuantityRecognizer.Default.Recognize(text))
        {
            Assert.Equal(q.Text, q.Span.Of(text));
            Assert.True(double.IsFinite(q.Value));
        }
    }

    [Fact]
    public void A_number_too_large_for_a_double_is_not_a_quantity()
    {
        var text = "The total was " + new string('9', 400) + " and 2.5^999 more.";
        Assert.All(QuantityRecognizer.Default.Recognize(text), q => Assert.True(double.IsFinite(q.Value)));
    }

    [Fact]
    public void A_long_article_is_scanned_in_linear_time()
    {
        const string Paragraph = "Officials said 2.5 million doses, or about 12% of the $4bn order, reached 69 countries between 3 and 4 June; 28 more will follow.\n";
        var found = QuantityRecognizer.Default.Recognize(string.Concat(Enumerable.Repeat(Paragraph, 1000)));
        Assert.True(found.Count >= 1000 * 5, $"found {found.Count}");
        AssertLinear(n => string.Concat(Enumerable.Repeat(Paragraph, n)), 500);
    }

    [Fact]
    public void One_paragraph_of_digits_and_symbols_without_spaces_is_scanned_in_linear_time() =>
        AssertLinear(n => string.Concat(Enumerable.Repeat("1-2/3.4,5:6$7%", n)), 2000);

    [Fact]
    public void One_paragraph_of_number_words_is_scanned_in_linear_time() =>
        AssertLinear(n => string.Concat(Enumerable.Repeat("one and twenty and a half hundred thousand and ", n)), 1000);

    private static void AssertLinear(Func<int, string> make, int n) => Growth.AssertLinear(make, n, text => QuantityRecognizer.Default.Recognize(text));

    [Theory]
    [InlineData("Imports reached 1,000")]
    [InlineData("The ferry carried 12,000 passengers.\n3,500")]
    public void A_grouped_number_at_the_very_end_of_the_text_is_read(string text)
    {
        var quantities = QuantityRecognizer.Default.Recognize(text);
        Assert.Contains(quantities, q => text.EndsWith(q.Text, StringComparison.Ordinal));
    }
}
