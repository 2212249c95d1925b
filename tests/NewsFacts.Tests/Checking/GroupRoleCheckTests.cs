namespace NewsFacts.Tests.Checking;

/// <summary>Outlets that name one group with different common nouns: one fact, and their figures still compared.</summary>
public sealed class GroupRoleCheckTests
{
    private static CrossCheckReport Check(params ArticleBuilder[] articles) => News.Check(articles.Select(a => a.Build()));

    private static ArticleBuilder Article(string id, string text, string outlet) => new(id, text, outlet, "2025-06-03");

    [Fact]
    public void Two_common_nouns_for_one_group_tell_one_fact()
    {
        var report = Check(
            Article("a", "Salvage crews had pumped 4,000 litres of fuel from the sunken ferry by Monday, the coastguard said.", "Harbour Post")
                .Claim("4,000 litres", 4000, "litre", "pump", "salvage crews", item: ["fuel"]),
            Article("b", "Workers have pumped 4,000 litres of fuel out of the ferry that sank off Orvik, officials said on Monday.", "Coast Wire")
                .Claim("4,000 litres", 4000, "litre", "pump", "workers", item: ["fuel"]));

        var fact = Assert.Single(report.Facts);
        Assert.Equal(2, fact.IndependentSources);
        Assert.Empty(report.Conflicts);
    }

    [Fact]
    public void Two_common_nouns_for_one_group_do_not_keep_their_figures_apart()
    {
        var report = Check(
            Article("a", "Salvage crews had pumped 4,000 litres of fuel from the sunken ferry by Monday, the coastguard said.", "Harbour Post")
                .Claim("4,000 litres", 4000, "litre", "pump", "salvage crews", item: ["fuel"]),
            Article("b", "Workers have pumped 6,500 litres of fuel out of the ferry that sank off Orvik, officials said on Monday.", "Coast Wire")
                .Claim("6,500 litres", 6500, "litre", "pump", "workers", item: ["fuel"]));

        var conflict = Assert.Single(report.Conflicts);
        Assert.Equal(ConflictKind.Value, conflict.Kind);
    }
}
