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
}
