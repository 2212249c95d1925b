namespace NewsFacts.Tests.Text;

public sealed class SlicesTests
{
    [Theory]
    [InlineData("The Mayor of Ghent")]
    [InlineData("İSTANBUL and ΣΟΦΙΑ")]
    [InlineData("already lower")]
    [InlineData("Ǆemal 𝐀𝐁 Ünal")]
    [InlineData("X")]
    [InlineData("É")]
    public void A_lower_cased_piece_equals_the_cut_piece_lower_cased(string text)
    {
        for (var start = 0; start < text.Length; start++)
        {
            for (var length = 1; start + length <= text.Length; length++)
            {
                Assert.Equal(text.Substring(start, length).ToLowerInvariant(), Slices.Lower(text, start, length));
            }
        }
    }

    [Fact]
    public void A_one_character_ascii_piece_is_shared_and_others_are_cut()
    {
        Assert.Same(Slices.Of("up 4%", 4, 1), Slices.Of("50% more", 2, 1));
        Assert.Same(Slices.Of("c", 0, 1), Slices.Lower("Costs", 0, 1));
        Assert.Equal("rose", Slices.Of("Costs rose", 6, 4));
        Assert.Equal("\u201C", Slices.Of("said \u201Cno\u201D", 5, 1));
    }
}
