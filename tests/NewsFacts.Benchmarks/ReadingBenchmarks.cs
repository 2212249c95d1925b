using BenchmarkDotNet.Attributes;

namespace NewsFacts.Benchmarks;

/// <summary>
/// The reading stage alone (HTML page → article body and metadata) on the article-extraction-benchmark pages of
/// ../shared/eval/data/aeb-dev, read at run time (never copied into the repository), against the whole
/// <c>News.Extract</c> of the same pages, the reader's own parse alone (<c>HtmlTreeParser</c>), and HtmlAgilityPack's parse of
/// the same pages with the options the reader used when it read HtmlAgilityPack's tree (the tree the parser rebuilds). Times are per page (<see cref="PageCount"/>
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

    /// <summary>The reader's own parse alone (<c>HtmlTreeParser</c>, nodes as structs in pooled arrays, given back as the reader gives them back).</summary>
    [Benchmark(OperationsPerInvoke = PageCount)]
    public int ParsePage()
    {
        var nodes = 0;
        foreach (var page in _pages)
        {
            using var tree = HtmlArticleReader.Parse(page, ReadOptions.Default).Tree!;
            nodes += tree.Count;
        }

        return nodes;
    }

    /// <summary>HtmlAgilityPack's parse alone, with the options the reader gave it before it had its own parser.</summary>
    [Benchmark(OperationsPerInvoke = PageCount)]
    public int ParsePageAgilityPack()
    {
        var nodes = 0;
        foreach (var page in _pages)
        {
            var doc = new HtmlAgilityPack.HtmlDocument { OptionMaxNestedChildNodes = ReadOptions.Default.MaxHtmlDepth + 16, OptionUseIdAttribute = false, OptionCheckSyntax = false };
            doc.LoadHtml(page);
            nodes += doc.DocumentNode.ChildNodes.Count;
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
