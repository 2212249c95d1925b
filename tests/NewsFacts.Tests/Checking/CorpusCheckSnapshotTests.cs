namespace NewsFacts.Tests.Checking;

/// <summary>Snapshots of the cross-check of the corpus story (the three seed articles), as readable dumps.</summary>
public sealed class CorpusCheckSnapshotTests
{
    private static IReadOnlyList<ArticleFacts> Corpus() =>
        [.. Directory.GetFiles(Repo.Corpus, "*.txt").Order(StringComparer.Ordinal).Select(path =>
        {
            var read = ArticleReader.ReadFile(path);
            Assert.True(read.Succeeded, $"{path}: {read.Error?.Message}");
            return News.Extract(read.Article!);
        })];

    [Fact]
    public void Check_of_the_corpus_story_matches_its_snapshot()
    {
        var articles = Corpus();
        Assert.Equal(3, articles.Count);
        var report = News.Check(articles);
        Snapshot.Match("check-corpus", report.ToString());
    }

    [Fact]
    public void Text_report_of_the_corpus_story_matches_its_snapshot()
    {
        Snapshot.Match("check-corpus-text", NewsReport.ToText(News.Check(Corpus())));
    }

    [Fact]
    public void The_report_is_deterministic_and_its_lists_are_read_only()
    {
        var articles = Corpus();
        var a = News.Check(articles);
        var b = News.Check(articles);
        Assert.Equal(a.ToString(), b.ToString());
        Assert.IsAssignableFrom<IReadOnlyList<AlignedFact>>(a.Facts);
        Assert.False(a.Facts is List<AlignedFact>, "facts must not be handed out as a mutable list");
        Assert.False(a.Conflicts is List<Conflict>, "conflicts must not be handed out as a mutable list");
    }
}
