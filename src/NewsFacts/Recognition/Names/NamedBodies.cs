using System.Text.RegularExpressions;

namespace NewsFacts.Recognition;

/// <summary>
/// The names of people and bodies an article writes out, so that a speaker or an actor can be given one canonical name
/// across the article and across outlets:
/// <list type="bullet">
/// <item>an acronym the article defines stands for its long name ("the Health Service Executive (HSE)": "HSE" is the
/// Health Service Executive);</item>
/// <item>a description follows back to the last body it describes ("the bureau" after "the Bureau of Fisheries", "the
/// airline" after "Kilima Airways", "the company" after "Marisol Shipping Lines");</item>
/// <item>a country's body named in the possessive is named by the demonym ("Oman's foreign ministry" is the "Omani
/// foreign ministry"), and a capital speaking is its government ("New Delhi" is the "Indian government").</item>
/// </list>
/// Built once per article, in time linear in its length; lexicon: <c>Data/name-descriptions.tsv</c>.
/// </summary>
internal sealed partial class NamedBodies
{
    private const int LookBack = 4000;
    private readonly string _text;
    private readonly List<(int Start, int End, string Name)> _names = [];
    private readonly Dictionary<string, string> _acronyms = new(StringComparer.Ordinal);

    private static readonly Lazy<Dictionary<string, string[]>> Descriptions = new(() =>
        Lexicon.Rows("name-descriptions.tsv").ToDictionary(r => r[0], r => r.Length > 1 ? r[1].Split('|', StringSplitOptions.RemoveEmptyEntries) : [], StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<Dictionary<string, string>> Demonyms = new(() =>
    {
        var byCode = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Lexicon.Rows("country-names.tsv"))
        {
            if (row.Length >= 3 && row[1] == "demonym" && !row[2].EndsWith('s') && !byCode.ContainsKey(row[0]))
            {
                byCode[row[0]] = row[2];
            }
        }

        return byCode;
    });

    private static readonly HashSet<string> Connectors = new(["of", "and", "for", "the", "on", "de", "del", "da", "do", "des", "la", "&"], StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorWords = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Seats = new(["Kremlin", "Pentagon", "Planalto", "Elysee", "Élysée", "Whitehall", "Zhongnanhai", "Vatican"], StringComparer.Ordinal);

    public NamedBodies(string text)
    {
        _text = text;
        // The words' places only: a Match and a string per word would cost more than the text itself.
        var words = new List<(int Index, int Length)>((text.Length / 6) + 4);
        foreach (var match in Word().EnumerateMatches(text))
        {
            words.Add((match.Index, match.Length));
        }

        var k = 0;
        while (k < words.Count)
        {
            if (!IsCapitalized(words[k]) || !SameLine(words, k) || Is(words[k], "The") || Is(words[k], "A") || Is(words[k], "An"))
            {
                k++;
                continue;
            }

            // a run of capitalized words, with connectors inside ("Bureau of Fisheries and Aquatic Resources")
            var end = k;
            while (end + 1 < words.Count && Adjacent(words, end) &&
                   (IsCapitalized(words[end + 1]) || ConnectorWords.Contains(Span(words[end + 1])) && end + 2 < words.Count && Adjacent(words, end + 1) && IsCapitalized(words[end + 2])))
            {
                end++;
            }

            var start = words[k].Index;
            var stop = words[end].Index + words[end].Length;
            if (end > k)
            {
                _names.Add((start, stop, text[start..stop]));
            }

            // "Long Name (ACR)": the acronym stands for the name
            var after = text.AsSpan(stop);
            if (end > k && after.StartsWith(" (", StringComparison.Ordinal))
            {
                var close = after.IndexOf(')');
                if (close > 2 && close < 12)
                {
                    var acronym = after[2..close].ToString();
                    if (acronym.Length >= 2 && acronym.All(char.IsAsciiLetterUpper) && Initials(text[start..stop]).Contains(acronym[0]))
                    {
                        _acronyms.TryAdd(acronym, text[start..stop]);
                    }
                }
            }

            k = end + 1;
        }
    }

    /// <summary>The canonical form of a speaker or actor named at <paramref name="at"/>; the name as given when none is better.</summary>
    public string? Canonical(string? name, int at)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return name;
        }

        var trimmed = name.Trim();
        if (_acronyms.TryGetValue(trimmed, out var expanded))
        {
            return expanded;
        }

        if (Described(trimmed, at) is { } described)
        {
            return described;
        }

        if (Shortened(trimmed, at) is { } full)
        {
            return full;
        }

        if (Possessive(trimmed) is { } demonym)
        {
            return demonym;
        }

        return Capital(trimmed) ?? trimmed;
    }

    /// <summary>Whether a lower-case word describes a kind of body ("bank", "ministry", "airline"): see <c>Data/name-descriptions.tsv</c>.</summary>
    public static bool IsDescription(string word) => Descriptions.Value.ContainsKey(word);

    /// <summary>The last name before <paramref name="at"/> that names a body ("it said" after the Central Bank of Chile), not a person.</summary>
    public string? LastBody(int at)
    {
        for (var i = Sorted.FirstFrom(_names, n => n.End, at + 1) - 1; i >= 0 && at - _names[i].End < LookBack; i--)
        {
            var parts = _names[i].Name.Split(' ');
            if (parts.Any(p => Descriptions.Value.ContainsKey(p) || Descriptions.Value.Values.Any(kinds => kinds.Contains(p, StringComparer.Ordinal))))
            {
                return _names[i].Name;
            }
        }

        return null;
    }

    /// <summary>"the bureau", "the airline", "company": the last name before <paramref name="at"/> that the description fits.</summary>
    private string? Described(string name, int at)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words[0].ToLowerInvariant() is "the" or "a" or "an" ? 1 : 0;
        if (words.Length - first != 1)
        {
            return null; // "the agriculture ministry" says which; only a bare description is followed back
        }

        var head = words[^1];
        if (!Descriptions.Value.TryGetValue(head, out var kinds))
        {
            return null;
        }

        var headStem = Stem(head);
        for (var i = Sorted.FirstFrom(_names, n => n.End, at + 1) - 1; i >= 0 && at - _names[i].End < LookBack; i--)
        {
            var candidate = _names[i].Name;
            var parts = candidate.Split(' ');
            if (parts.Any(p => Stem(p).Equals(headStem, StringComparison.OrdinalIgnoreCase)) || parts.Any(p => kinds.Contains(p, StringComparer.OrdinalIgnoreCase)))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>"Oman's foreign ministry" is the "Omani foreign ministry".</summary>
    private string? Possessive(string name)
    {
        var mark = name.IndexOf("'s ", StringComparison.Ordinal);
        if (mark < 0)
        {
            mark = name.IndexOf("\u2019s ", StringComparison.Ordinal);
        }

        if (mark <= 0)
        {
            return null;
        }

        var owner = name[..mark];
        var code = CountryRecognizer.Default.Recognize(owner).FirstOrDefault(c => c.Span.Start == 0 && c.Span.End == owner.Length && c.Kind == CountryMentionKind.Name)?.Code;
        return code is not null && Demonyms.Value.TryGetValue(code, out var demonym) ? demonym + name[(mark + 2)..] : null;
    }

    /// <summary>"New Delhi", "Islamabad" speaking: the government of the country whose capital it is.</summary>
    private string? Capital(string name)
    {
        if (Seats.Contains(name) || name.Contains("House", StringComparison.Ordinal) || name.Contains("Street", StringComparison.Ordinal) || name.Contains("Palace", StringComparison.Ordinal))
        {
            return null;
        }

        var mention = CountryRecognizer.Default.Recognize(name).FirstOrDefault(c => c.Span.Start == 0 && c.Span.End == name.Length);
        return mention is { Kind: CountryMentionKind.Metonym } && Demonyms.Value.TryGetValue(mention.Code, out var demonym) ? demonym + " government" : null;
    }

    private static string Stem(string word) => word.Length > 3 && word.EndsWith('s') ? word[..^1] : word;

    private static string Initials(string name) => string.Concat(name.Split(' ').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));

    private bool IsCapitalized((int Index, int Length) word) => word.Length > 0 && char.IsUpper(_text[word.Index]);

    private ReadOnlySpan<char> Span((int Index, int Length) word) => _text.AsSpan(word.Index, word.Length);

    private bool Is((int Index, int Length) word, string value) => Span(word).SequenceEqual(value);

    /// <summary>Whether two words stand side by side: one space between them, no punctuation.</summary>
    private bool Adjacent(List<(int Index, int Length)> words, int k) =>
        words[k + 1].Index == words[k].Index + words[k].Length + 1 && _text[words[k].Index + words[k].Length] == ' ';

    /// <summary>Whether the word opens no sentence (a capital there says nothing), unless the next word is capitalized too.</summary>
    private bool SameLine(List<(int Index, int Length)> words, int k)
    {
        var i = words[k].Index - 1;
        while (i >= 0 && _text[i] == ' ')
        {
            i--;
        }

        var opensSentence = i < 0 || _text[i] is '.' or '!' or '?' or '\n' or '"' or '\u201c';
        return !opensSentence || k + 1 < words.Count && Adjacent(words, k) && IsCapitalized(words[k + 1]);
    }

    [GeneratedRegex(@"[\p{L}][\p{L}\p{M}'\u2019\-]*|&", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Word();
}
