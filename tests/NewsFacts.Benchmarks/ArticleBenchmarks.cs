using BenchmarkDotNet.Attributes;

namespace NewsFacts.Benchmarks;

/// <summary>
/// The whole pipeline on one article, against its own first stage as the baseline, so the table's Ratio column
/// says how many times the repair stage alone the whole extraction costs.
/// </summary>
[MemoryDiagnoser]
public class ArticleBenchmarks
{
    private NewsArticle _article = null!;

    [Params("000", "002")]
    public string Article { get; set; } = "000";

    [GlobalSetup]
    public void Setup() => _article = Corpus.Articles().First(a => a.Metadata.Id!.StartsWith(Article, StringComparison.Ordinal));

    [Benchmark(Baseline = true)]
    public RepairedText RepairOnly() => TextRepair.Repair(_article.Body);

    [Benchmark]
    public ArticleFacts WholeArticle() => News.Extract(_article);
}
