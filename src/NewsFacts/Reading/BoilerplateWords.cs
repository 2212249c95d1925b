namespace NewsFacts.Reading;

/// <summary>The words that tell page furniture from article content, read from <c>Data/read-boilerplate.tsv</c>.</summary>
internal sealed class BoilerplateWords
{
    private readonly string[] _negative;
    private readonly string[] _strong;
    private readonly string[] _positive;
    private readonly HashSet<string> _lines;
    private readonly string[] _lineStarts;
    private readonly string[] _notes;
    private readonly HashSet<string> _dateWords;
    private readonly string[] _profile;

    private BoilerplateWords(IReadOnlyList<string[]> rows)
    {
        string[] Of(string kind) => [.. rows.Where(r => r.Length >= 2 && r[0] == kind).Select(r => r[1].ToLowerInvariant())];
        _strong = Of("negative-strong");
        _negative = [.. Of("negative"), .. _strong];
        _positive = Of("positive");
        DropTags = new HashSet<string>(Of("drop-tag"), StringComparer.Ordinal);
        _lines = new HashSet<string>(Of("line"), StringComparer.OrdinalIgnoreCase);
        _lineStarts = Of("line-start");
        _notes = Of("note");
        _dateWords = new HashSet<string>(Of("date-word"), StringComparer.OrdinalIgnoreCase);
        _profile = Of("profile");
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
    public bool IsFurnitureLine(string text) =>
        (text.Length <= 40 && _lines.Contains(text.Trim().TrimEnd(':', '.', '!', '…', '»', '›', '>').Trim()))
        || (text.Length <= 100 && StartsWithAny(text, _lineStarts))
        || IsShortcode(text);

    /// <summary>
    /// Whether a block is a publishing system's shortcode the page failed to render: it opens with a bracketed tag and
    /// closes it ("[button link=...]Send us your review[/button]").
    /// </summary>
    public static bool IsShortcode(string text)
    {
        if (text.Length < 5 || text[0] != '[' || !char.IsAsciiLetter(text[1]))
        {
            return false;
        }

        var end = 1;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '-'))
        {
            end++;
        }

        if (end >= text.Length || text[end] is not (' ' or ']'))
        {
            return false;
        }

        var tag = text.AsSpan(1, end - 1);
        var closing = $"[/{tag}]";
        return text.TrimEnd().EndsWith(closing, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether a short block speaks to the reader about the author or the outlet rather than about the news: a way to
    /// reach or follow the writer, an e-mail address, a call to subscribe ("Follow her on Twitter", "Sign up for our
    /// newsletter"). Such notes close many articles.
    /// </summary>
    public bool IsReaderNote(string text)
    {
        if (text.Length > 400)
        {
            return false;
        }

        var lower = text.ToLowerInvariant();
        return ContainsAny(lower, _notes) || HasEmailAddress(lower);
    }

    /// <summary>
    /// Whether the paragraphs <paramref name="start"/> to <paramref name="end"/> (exclusive) are the self-description of
    /// a company that closes press releases ("Corvane is a leading provider of ... . Corvane is headquartered in ...,
    /// employs ... and is listed on ..."): the first opens with a name and "is a", "is an", "is the" or "is one of";
    /// every one opens with that name or points to more information; each is at most 1,500 characters; and together
    /// they hold two different phrases of such profiles. One phrase alone ("the plant employs 400 people") is news.
    /// </summary>
    public bool IsCompanyProfile(IReadOnlyList<string> paragraphs, int start, int end)
    {
        if (start < 0 || end > paragraphs.Count || start >= end)
        {
            return false;
        }

        var first = paragraphs[start].TrimStart();
        var name = ProfileName(first);
        if (name is null)
        {
            return false;
        }

        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var i = start; i < end; i++)
        {
            var p = paragraphs[i].TrimStart();
            if (p.Length > 1500 || (i > start && !p.StartsWith(name, StringComparison.Ordinal) && !p.StartsWith("For more information", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            var lower = p.ToLowerInvariant();
            foreach (var cue in _profile)
            {
                if (lower.Contains(cue, StringComparison.Ordinal))
                {
                    found.Add(cue);
                }
            }
        }

        return found.Count >= 2;
    }

    /// <summary>The name that opens a profile's first sentence: one to five capitalised words before "is a", "is an", "is the" or "is one of" ("Corvane Group AG is a ...").</summary>
    private static string? ProfileName(string text)
    {
        var words = text.Split(' ', 8, StringSplitOptions.None);
        for (var n = 1; n <= 5 && n + 1 < words.Length; n++)
        {
            var w = words[n - 1];
            if (w.Length == 0 || !(char.IsUpper(w[0]) || char.IsDigit(w[0])))
            {
                return null;
            }

            if (words[n] == "is" && words[n + 1] is "a" or "an" or "the" or "one")
            {
                return words[0];
            }
        }

        return null;
    }

    /// <summary>Whether a short block is only a date or a time, perhaps with a weekday and a zone ("NOVEMBER 20, 2019 10:43", "Updated at 1:23 p.m. ET").</summary>
    public bool IsDateLine(string text)
    {
        if (text.Length > 60)
        {
            return false;
        }

        var figures = false;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsDigit(text[i]))
            {
                figures = true;
                i++;
                continue;
            }

            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (!_dateWords.Contains(text[start..i]))
            {
                return false;
            }
        }

        return figures;
    }

    /// <summary>Whether a short block is a byline: "By" and a few capitalised words, no sentence ("By Jane Roe and John Doe").</summary>
    public static bool IsByline(string text)
    {
        if (text.Length > 80 || !text.StartsWith("By ", StringComparison.OrdinalIgnoreCase) || text.TrimEnd()[^1] is '.' or '!' or '?' or ',')
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 8)
        {
            return false;
        }

        foreach (var w in words.Skip(1))
        {
            if (char.IsLetter(w[0]) && !char.IsUpper(w[0]) && w is not "and" and not "of" and not "in" and not "de" and not "van" and not "von")
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasEmailAddress(string text)
    {
        for (var at = text.IndexOf('@', StringComparison.Ordinal); at > 0; at = text.IndexOf('@', at + 1))
        {
            var dot = text.IndexOf('.', at);
            if (char.IsLetterOrDigit(text[at - 1]) && dot > at + 1 && dot + 1 < text.Length && char.IsLetter(text[dot + 1]))
            {
                var between = text.AsSpan(at + 1, dot - at - 1);
                if (!between.ContainsAny(' ', '\n'))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool StartsWithAny(string text, string[] starts)
    {
        foreach (var s in starts)
        {
            if (text.StartsWith(s, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

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
