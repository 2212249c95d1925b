namespace NewsFacts.Reading;

/// <summary>The words that tell page furniture from article content, read from <c>Data/read-boilerplate.tsv</c>.</summary>
internal sealed class BoilerplateWords
{
    private readonly string[] _negative;
    private readonly string[] _strong;
    private readonly string[] _positive;
    private readonly HashSet<string> _lines;

    private BoilerplateWords(IReadOnlyList<string[]> rows)
    {
        string[] Of(string kind) => [.. rows.Where(r => r.Length >= 2 && r[0] == kind).Select(r => r[1].ToLowerInvariant())];
        _strong = Of("negative-strong");
        _negative = [.. Of("negative"), .. _strong];
        _positive = Of("positive");
        DropTags = new HashSet<string>(Of("drop-tag"), StringComparer.Ordinal);
        _lines = new HashSet<string>(Of("line"), StringComparer.OrdinalIgnoreCase);
    }

    public static BoilerplateWords Default { get; } = new(Lexicon.Rows("read-boilerplate.tsv"));

    /// <summary>Element names that are never part of an article body.</summary>
    public HashSet<string> DropTags { get; }

    /// <summary>Whether a lower-cased class-and-id string names furniture.</summary>
    public bool IsNegative(ReadOnlySpan<char> classAndId) => ContainsAny(classAndId, _negative);

    /// <summary>Whether a lower-cased class-and-id string names furniture that is never the article (comments, related stories).</summary>
    public bool IsStrongNegative(ReadOnlySpan<char> classAndId) => ContainsAny(classAndId, _strong);

    /// <summary>Whether a lower-cased class-and-id string names content.</summary>
    public bool IsPositive(ReadOnlySpan<char> classAndId) => ContainsAny(classAndId, _positive);

    /// <summary>Whether a short block is furniture by its whole text ("Advertisement", "Read more").</summary>
    public bool IsFurnitureLine(string text) => text.Length <= 40 && _lines.Contains(text.Trim().TrimEnd(':', '.', '…', '»', '›', '>').Trim());

    private static bool ContainsAny(ReadOnlySpan<char> s, string[] words)
    {
        foreach (var w in words)
        {
            if (s.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
