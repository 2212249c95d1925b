namespace NewsFacts.Tests.Checking;

/// <summary>The readable slot names of a check are made of the roles found, each name said once.</summary>
public sealed class SlotKeyTests
{
    [Fact]
    public void A_company_that_is_also_the_item_is_named_once_as_the_giver()
    {
        var articles = new[]
        {
            new ArticleBuilder("one", "Pfizer will deliver 5 million Pfizer doses to Peru.", "One Post", "2024-02-01")
                .Claim("5 million Pfizer doses", 5_000_000, "dose", "deliver", "Pfizer", "PE", item: ["Pfizer"])
                .Build(),
            new ArticleBuilder("two", "Pfizer is to deliver 5 million doses to Peru.", "Two Times", "2024-02-01")
                .Claim("5 million doses", 5_000_000, "dose", "deliver", "Pfizer", "PE", item: ["Pfizer"])
                .Build(),
        };

        var fact = Assert.Single(News.Check(articles).Facts);

        Assert.Equal("doses · Pfizer → PE", fact.Key);
    }

    [Fact]
    public void An_item_that_is_neither_giver_nor_receiver_stays_in_the_name()
    {
        var articles = new[]
        {
            new ArticleBuilder("one", "Chile will send 5 million Pfizer doses to Peru.", "One Post", "2024-02-01")
                .Claim("5 million Pfizer doses", 5_000_000, "dose", "send", "CL", "PE", item: ["Pfizer"])
                .Build(),
        };

        Assert.Equal("doses · Pfizer · CL → PE", Assert.Single(News.Check(articles).Facts).Key);
    }
}
