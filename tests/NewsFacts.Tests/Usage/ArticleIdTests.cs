namespace NewsFacts.Tests.Usage;

/// <summary>Articles made from strings carry no id; checking several of them together must still work.</summary>
public sealed class ArticleIdTests
{
    private const string First = "The port of Velmora loaded 40 tonnes of grain on Monday, the harbour office said.";
    private const string Second = "Officials in Velmora said 45 tonnes of grain were loaded at the port on Monday.";

    [Fact]
    public void Two_articles_made_from_strings_are_checked_together_under_distinct_ids()
    {
        var report = News.Check([News.Extract(First), News.Extract(Second)]);

        Assert.Equal(["article-1", "article-2"], report.Sources.Select(s => s.Id));
    }

    [Fact]
    public void Unnamed_articles_with_one_title_are_numbered_after_the_title()
    {
        var metadata = new ArticleMetadata { Title = "Grain at Velmora" };

        var report = News.Check([News.Extract(First, metadata), News.Extract(Second, metadata), News.Extract(Second)]);

        Assert.Equal(["Grain at Velmora-1", "Grain at Velmora-2", "article"], report.Sources.Select(s => s.Id));
    }

    [Fact]
    public void A_number_never_takes_an_id_that_another_article_already_has()
    {
        var report = News.Check([News.Extract(First, new ArticleMetadata { Id = "article-1" }), News.Extract(First), News.Extract(Second)]);

        Assert.Equal(["article-1", "article-2", "article-3"], report.Sources.Select(s => s.Id));
    }

    [Fact]
    public void Two_articles_that_the_caller_gave_one_id_are_still_refused()
    {
        var metadata = new ArticleMetadata { Id = "velmora" };

        var error = Assert.Throws<ArgumentException>(() => News.Check([News.Extract(First, metadata), News.Extract(Second, metadata)]));

        Assert.Contains("'velmora'", error.Message, StringComparison.Ordinal);
    }
}
