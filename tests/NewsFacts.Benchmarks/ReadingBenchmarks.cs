using System.IO.Compression;
using BenchmarkDotNet.Attributes;

namespace NewsFacts.Benchmarks;

/// <summary>
/// The reading stage alone (HTML page → article body and metadata) on the article-extraction-benchmark pages of
/// ../shared/eval/data/aeb-dev, read at run time (never copied into the repository), against the whole
/// <c>News.Extract</c> of the same pages. Times are per page (<see cref="PageCount"/> operations per invoke).
/// </summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    /// <summary>The number of pages in aeb-dev; the setup checks it so per-page figures stay honest.</summary>
    public const int PageCount = 91;

    private string[] _pages = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.GetFullPath(Path.Combine(Corpus.Root, "..", "shared", "eval", "data", "aeb-dev", "html"));
        _pages = [.. Directory.EnumerateFiles(folder, "*.html.gz").Order(StringComparer.Ordinal).Select(Unzip)];
        if (_pages.Length != PageCount)
        {
            throw new InvalidOperationException($"{folder} holds {_pages.Length} pages, not {PageCount}; update ReadingBenchmarks.PageCount.");
        }
    }

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

    private static string Unzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }
}
