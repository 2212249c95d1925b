namespace NewsFacts.Benchmarks;

/// <summary>Finds the repository's corpus/ and the shared evaluation data beside the repository.</summary>
internal static class Corpus
{
    public static string Root { get; } = FindRoot();

    public static string Folder => Path.Combine(Root, "corpus");

    /// <summary>The corpus articles, read and parsed (front matter included).</summary>
    public static IReadOnlyList<NewsArticle> Articles() =>
        [.. Directory.EnumerateFiles(Folder, "*.txt").Order(StringComparer.Ordinal).Select(p => NewsArticle.FromFile(p).Article!)];

    /// <summary>The bodies of the corpus articles as one text, a paragraph break between articles.</summary>
    public static string Text() => string.Join("\n", Articles().Select(a => a.Body));

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            var dir = start;
            while (dir is not null && !File.Exists(Path.Combine(dir, "NewsFacts.sln")))
            {
                dir = Path.GetDirectoryName(dir);
            }

            if (dir is not null)
            {
                return dir;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the NewsFacts repository.");
    }
}
