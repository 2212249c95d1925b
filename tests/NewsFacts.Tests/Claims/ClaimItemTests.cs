namespace NewsFacts.Tests.Claims;

/// <summary>Items read from sentence structure (<see cref="ItemReader"/>), over sentences written for these tests.</summary>
public sealed class ClaimItemTests
{
    private static Claim ClaimOf(string text, double value) =>
        News.Extract(NewsArticle.FromText(text)).Claims.Single(c => c.Quantity.Value == value);

    [Fact]
    public void The_phrase_after_of_is_the_item_with_its_adjectives()
    {
        Assert.Equal(["Thai rice"], ClaimOf("Vietnamese traders shipped 120,000 tonnes of Thai rice last month.", 120000).Item);
    }

    [Fact]
    public void A_measure_written_as_one_word_gives_the_noun_it_modifies()
    {
        Assert.Equal(["bridge"], ClaimOf("Engineers inspected the 3,000-metre bridge after the storm.", 3000).Item);
    }

    [Fact]
    public void The_subject_of_an_intransitive_change_is_what_a_rate_is_of()
    {
        Assert.Equal(["core inflation"], ClaimOf("Core inflation rose to 4.1% in October, the statistics office said.", 4.1).Item);
    }

    [Fact]
    public void The_subject_of_a_passive_price_is_the_item()
    {
        Assert.Equal(["Arabica coffee"], ClaimOf("Arabica coffee was sold at $4,200 a tonne in Nairobi.", 4200).Item);
    }

    [Fact]
    public void A_quantity_that_is_the_object_takes_no_item_from_the_agent()
    {
        Assert.Empty(ClaimOf("Farmers planted 40,000 hectares this spring.", 40000).Item);
    }

    [Fact]
    public void A_date_is_no_item()
    {
        Assert.DoesNotContain("week", string.Join(' ', ClaimOf("Exporters sold 90,000 tonnes last week alone.", 90000).Item), StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_of_nationals_has_the_nationality_as_its_item_and_no_nation_of_the_list_as_actor()
    {
        var claims = News.Extract(NewsArticle.FromText("The ferry carried 212 passengers, among them 140 Filipinos, 38 Indonesians and 12 Japanese, the port authority said.")).Claims;
        var filipinos = claims.Single(c => c.Quantity.Value == 140);
        var indonesians = claims.Single(c => c.Quantity.Value == 38);
        Assert.Equal(["Filipinos"], filipinos.Item);
        Assert.Equal(["Indonesians"], indonesians.Item);
        Assert.NotEqual("PH", indonesians.Actor);
    }

    [Fact]
    public void Two_outlets_counting_one_nationality_differently_conflict_and_the_other_nationality_does_not_hide_it()
    {
        var a = News.Extract("The ferry carried 212 passengers, among them 140 Filipinos and 38 Indonesians, the port authority said.", new ArticleMetadata { Id = "a", Outlet = "Harbour Post", Published = new DateOnly(2024, 5, 2) });
        var b = News.Extract("The ferry carried 212 passengers, including 131 Filipinos and 38 Indonesians, port officials said.", new ArticleMetadata { Id = "b", Outlet = "Island Courier", Published = new DateOnly(2024, 5, 2) });
        var conflict = Assert.Single(News.Check([a, b]).Conflicts, c => c.Kind == ConflictKind.Value);
        Assert.Equal([131.0, 140.0], conflict.Claims.Select(c => c.Value).Order());
    }
}
