using BenchmarkDotNet.Attributes;

namespace NewsFacts.Benchmarks;

/// <summary>
/// The reading stage alone (HTML page → article body and metadata) on the article-extraction-benchmark pages of
/// ../shared/eval/data/aeb-dev, read at run time (never copied into the repository), against the whole
/// <c>News.Extract</c> of the same pages, and HtmlAgilityPack's parse alone. Times are per page (<see cref="PageCount"/>
/// operations per invoke).
/// </summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    /// <summary>The number of pages in aeb-dev (see <see cref="AebPages"/>).</summary>
    public const int PageCount = AebPages.Count;

    private string[] _pages = [];

    [GlobalSetup]
    public void Setup() => _pages = AebPages.Load();

    [Benchmark(Baseline = true, OperationsPerInvoke = PageCount)]
    public int ReadPage()
    {
        var chars = 0;
        foreach (var page in _pages)
        {
            chars += ArticleReader.ReadString(page, ArticleFormat.Html).Article?.Body.Length ?? 0;
        }

        return chars;
    }

    /// <summary>HtmlAgilityPack's parse alone, with the reader's options: the floor of what reading allocates on this DOM.</summary>
    [Benchmark(OperationsPerInvoke = PageCount)]
    public int ParsePage()
    {
        var nodes = 0;
        foreach (var page in _pages)
        {
            nodes += HtmlArticleReader.Parse(page, ReadOptions.Default).DocumentNode.ChildNodes.Count;
        }

        return nodes;
    }

    [Benchmark(OperationsPerInvoke = PageCount)]
    public int ExtractPage()
    {
        var claims = 0;
        foreach (var page in _pages)
        {
            if (ArticleReader.ReadString(page, ArticleFormat.Html).Article is { } article)
            {
                claims += News.Extract(article).Claims.Count;
            }
        }

        return claims;
    }
}
