using System.IO.Compression;

namespace NewsFacts.Benchmarks;

/// <summary>
/// The article-extraction-benchmark pages of ../shared/eval/data/aeb-dev, read at run time (never copied into the
/// repository).
/// </summary>
internal static class AebPages
{
    /// <summary>The number of pages in aeb-dev; <see cref="Load"/> checks it so per-page figures stay honest.</summary>
    public const int Count = 91;

    /// <summary>The pages' HTML, in the order of their file names.</summary>
    public static string[] Load()
    {
        var folder = Path.GetFullPath(Path.Combine(Corpus.Root, "..", "shared", "eval", "data", "aeb-dev", "html"));
        string[] pages = [.. Directory.EnumerateFiles(folder, "*.html.gz").Order(StringComparer.Ordinal).Select(Unzip)];
        return pages.Length == Count ? pages : throw new InvalidOperationException($"{folder} holds {pages.Length} pages, not {Count}; update AebPages.Count.");
    }

    private static string Unzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }
}
