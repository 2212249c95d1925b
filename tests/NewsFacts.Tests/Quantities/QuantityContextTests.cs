namespace NewsFacts.Tests.Quantities;

/// <summary>Units read from the article around a quantity once its countries are known (<see cref="QuantityContext"/>).</summary>
public sealed class QuantityContextTests
{
    private static QuantityMention Only(string text, string mention) =>
        Assert.Single(News.Extract(text, new ArticleMetadata { Published = new DateOnly(2024, 5, 2) }).Quantities, q => q.Text == mention);

    [Theory]
    [InlineData("The Philippine coast guard will pay 30 million pesos to the fishermen.", "30 million pesos", "PHP")]
    [InlineData("Kenya's treasury set aside 2 billion shillings for the flood victims.", "2 billion shillings", "KES")]
    [InlineData("Sweden agreed to release 4 billion kronor to the fund.", "4 billion kronor", "SEK")]
    [InlineData("Pakistan's government released 3 billion rupees for relief, officials in Islamabad said.", "3 billion rupees", "PKR")]
    public void A_shared_currency_name_is_the_currency_of_the_country_spoken_of(string text, string mention, string code) =>
        Assert.Equal(code, Only(text, mention).Unit);

    [Fact]
    public void A_qualified_currency_name_is_never_changed() =>
        Assert.Equal("MXN", Only("Chile's exporters were paid 3 million Mexican pesos for the copper.", "3 million Mexican pesos").Unit);

    [Fact]
    public void A_shared_currency_name_with_no_country_keeps_its_usual_reading() =>
        Assert.Equal("MXN", Only("The trader lost 5,000 pesos on the deal.", "5,000 pesos").Unit);

    [Fact]
    public void A_rate_against_a_currency_is_in_the_currency_named_before_it() =>
        Assert.Equal("COP", Only("In Colombia, the peso weakened to 4,100 per dollar on Friday.", "4,100").Unit);

    [Theory]
    [InlineData("Police arrested five fishermen in the harbour on Monday. The five were charged in court on Tuesday.", "fisherman")]
    [InlineData("Rebels freed 12 nurses on Friday. The 12 later flew home to Oslo.", "nurse")]
    [InlineData("Rebels freed 12 nurses on Friday. Of the 12, four were Danes.", null)] // no verb after the count
    [InlineData("Crews laid 12 km of cable. The 12 were tested on Monday.", null)] // a measure is no group
    public void The_bare_count_after_the_counts_the_group_counted_before(string text, string? unit) =>
        Assert.Equal(unit, Only(text, text.Contains("The five", StringComparison.Ordinal) ? "five" : "12").Unit);

    [Fact]
    public void A_plural_demonym_counts_people()
    {
        var facts = News.Extract("The ferry carried 40 Filipinos and 12 Indonesians to the island.");
        Assert.All(facts.Quantities, q => Assert.Equal("person", q.Unit));
        Assert.Equal(2, facts.Quantities.Count);
    }

    [Theory]
    [InlineData("Coast guards detained 14 Iraqis near the island on Sunday.", "14 Iraqis")] // a plural demonym ending like "Paris"
    [InlineData("The charity says 30 Europeans remain in custody.", "30 Europeans")] // a people's name, with a verb after it
    [InlineData("At least 25 Kurds were wounded in the shelling.", "At least 25 Kurds")]
    [InlineData("Three Somalis and two Yemenis were rescued.", "two Yemenis")]
    public void A_plural_peoples_name_counts_people_before_any_word_that_is_no_noun(string text, string mention) =>
        Assert.Equal("person", Only(text, mention).Unit);

    [Theory]
    [InlineData("The team sold 400 Yankees season tickets in an hour.", "ticket")] // the capitalised plural names the tickets' kind
    [InlineData("The navy flew two Marine Corps helicopters to the ship.", "helicopter")]
    [InlineData("The studio's two Oscars stand in the lobby.", "oscar")]
    public void A_capitalised_plural_before_a_noun_names_the_kind_and_before_anything_else_is_counted(string text, string unit) =>
        Assert.Contains(News.Extract(text).Quantities, q => q.Unit == unit);

    [Fact]
    public void A_capitalised_name_ending_like_a_plural_is_not_counted() =>
        Assert.DoesNotContain(News.Extract("Police found 12 Davis family letters in the house.").Quantities, q => q.Unit == "davi" || q.Unit == "davis");

    [Theory]
    [InlineData("Customs officers found 40 fully loaded crates at the border post.", "40 fully loaded crates", "crate")]
    [InlineData("The raid freed nine badly injured hostages, the army said.", "nine badly injured hostages", "hostage")]
    public void An_adverb_before_a_participle_does_not_hide_the_counted_noun(string text, string mention, string unit) =>
        Assert.Equal(unit, Only(text, mention).Unit);

    [Fact]
    public void An_adverb_with_no_participle_after_it_still_ends_the_counted_noun() =>
        Assert.DoesNotContain(News.Extract("Of the 40 bids received, 5 quickly became firm offers.").Quantities, q => q.Unit == "offer");

    [Fact]
    public void A_demonym_before_the_counted_noun_keeps_the_noun() =>
        Assert.Equal("prisoner", Only("Oman helped free three Iranian prisoners last week.", "three Iranian prisoners").Unit);

    [Theory]
    [InlineData("The club is said to have offered the striker $45MM over five years.", "$45MM", 45_000_000)]
    [InlineData("Rivals were put at $38.5MM, well short of the asking price.", "$38.5MM", 38_500_000)]
    public void Double_m_after_a_dollar_figure_is_millions(string text, string mention, double value)
    {
        var q = Only(text, mention);
        Assert.Equal(value, q.Value);
        Assert.Equal("USD", q.Unit);
    }
}
