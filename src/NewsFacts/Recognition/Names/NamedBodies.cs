using System.Text.RegularExpressions;

namespace NewsFacts.Recognition;

/// <summary>
/// The names of people and bodies an article writes out, so that a speaker or an actor can be given one canonical name
/// across the article and across outlets:
/// <list type="bullet">
/// <item>an acronym the article defines stands for its long name ("the Health Service Executive (HSE)": "HSE" is the
/// Health Service Executive);</item>
/// <item>a description follows back to the last body it describes ("the bureau" after "the Bureau of Fisheries", "the
/// airline" after "Mbega Airways", "the company" after "Coralia Shipping Lines");</item>
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

    private static readonly Lazy<HashSet<string>> KindWords = new(() => new(Descriptions.Value.Values.SelectMany(kinds => kinds), StringComparer.Ordinal));

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

    /// <summary>Title words ("Governor", "Minister", "Chief"): a body's name ends before one ("Central Bank Governor X" names the bank, then its governor).</summary>
    private static readonly Lazy<HashSet<string>> Titles = new(() =>
        new(Lexicon.Rows("quote-titles.tsv").Where(r => r.Length < 2 || r[1] is "title" or "modifier").Select(r => r[0]), StringComparer.OrdinalIgnoreCase));

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

            // a run of capitalized words, with connectors inside ("Office of Rivers and Inland Waterways")
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

        AddNationalBodies(words);
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
            if (!IsNational(_names[i]) && parts.Any(p => Descriptions.Value.ContainsKey(p) || KindWords.Value.Contains(p)))
            {
                return _names[i].Name;
            }
        }

        return null;
    }

    /// <summary>
    /// The places where the article names a body: each written name that holds a word of a body's kind ("Mbega Airways",
    /// "Bureau of Fisheries", "Central Bank of Chile", "Ghana Civil Aviation Authority": a national body is kept whole),
    /// cut before a title ("Central Bank Governor X" is the bank), and each use of an acronym the article defines, named by
    /// what it stands for. In text order.
    /// </summary>
    public List<(TextSpan Span, string Name)> Bodies()
    {
        var bodies = new List<(TextSpan Span, string Name)>();
        foreach (var (start, stop, name) in _names)
        {
            if (IsNational((start, stop, name)))
            {
                bodies.Add((new TextSpan(start, stop), name)); // "Chile's central bank" is the Central Bank of Chile
                continue;
            }

            var parts = name.Split(' ');
            var skipped = 0;
            var offset = start;
            while (skipped < parts.Length - 1 && (IsHyphenatedModifier(parts[skipped]) || IsCountryPossessive(parts[skipped])))
            {
                offset += parts[skipped].Length + 1;
                skipped++; // "London-listed Brackmoor Mining", "Lima-based Banco X", "Chile's Instituto Y": no part of the name
            }

            parts = parts[skipped..];
            var kept = 0;
            // a title word that ends a body's name is the body's own ("Health Service Executive")
            while (kept < parts.Length && (kept == 0 || !Titles.Value.Contains(parts[kept].TrimEnd('.')) || kept == parts.Length - 1 && IsBodyWord(parts[kept])))
            {
                kept++;
            }

            while (kept > 1 && Connectors.Contains(parts[kept - 1]))
            {
                kept--;
            }

            if (kept > 0 && (parts[kept - 1].EndsWith("'s", StringComparison.Ordinal) || parts[kept - 1].EndsWith("\u2019s", StringComparison.Ordinal)))
            {
                parts[kept - 1] = parts[kept - 1][..^2]; // "the Health Service Executive's staff": the body without its possessive
            }

            if (kept > 1 && parts.Take(kept).Any(IsBodyWord))
            {
                var body = string.Join(' ', parts.Take(kept));
                // "Nordvik Shipping" after "Nordvik Shipping Lines" acts under the full name the article wrote first
                bodies.Add((new TextSpan(offset, offset + body.Length), Shortened(body, offset) ?? body));
            }
        }

        foreach (var (acronym, name) in _acronyms)
        {
            for (var i = _text.IndexOf(acronym, StringComparison.Ordinal); i >= 0; i = _text.IndexOf(acronym, i + acronym.Length, StringComparison.Ordinal))
            {
                var end = i + acronym.Length;
                if ((i == 0 || !char.IsLetterOrDigit(_text[i - 1])) && (end >= _text.Length || !char.IsLetterOrDigit(_text[end])))
                {
                    bodies.Add((new TextSpan(i, end), name));
                }
            }
        }

        bodies.AddRange(MarkedAndShort(bodies));
        bodies.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        var unique = new List<(TextSpan Span, string Name)>(bodies.Count);
        foreach (var body in bodies)
        {
            if (unique.Count == 0 || unique[^1].Span.End <= body.Span.Start)
            {
                unique.Add(body); // where two readings overlap, the one that starts first and reaches furthest
            }
        }

        return unique;
    }

    /// <summary>A country's name in the possessive ("Chile's"): the owner of the body named after it, no part of its name.</summary>
    private static bool IsCountryPossessive(string word) => EndsPossessive(word) && IsCountry(word[..^2]);

    /// <summary>A capitalized word joined by a hyphen to a lower-case one ("London-listed", "Cairo-based").</summary>
    private static bool IsHyphenatedModifier(string word)
    {
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]);
    }

    /// <summary>"the airline" at <paramref name="at"/>: the body named before that the bare description fits, or null.</summary>
    public string? DescribedBody(string description, int at) => Described(description, at, national: true);

    /// <summary>Whether a written word marks a body: a description's own word ("Ministry") or a word of its kind ("Airways").</summary>
    private static bool IsBodyWord(string word) => word.Length > 1 && char.IsUpper(word[0]) && (Descriptions.Value.ContainsKey(word) || KindWords.Value.Contains(word));

    /// <summary>"the bureau", "the airline", "company": the last name before <paramref name="at"/> that the description fits.</summary>
    /// <remarks>
    /// A national body named from a lower-case description ("Chile's central bank": <see cref="AddNationalBodies"/>) is
    /// followed back only for actors (<paramref name="national"/>); a speaker keeps the article's own description.
    /// </remarks>
    private string? Described(string name, int at, bool national = false)
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
            if (!national && IsNational(_names[i]))
            {
                continue;
            }

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
        return !OpensSentence(words[k].Index) || k + 1 < words.Count && Adjacent(words, k) && IsCapitalized(words[k + 1]);
    }

    [GeneratedRegex(@"[\p{L}][\p{L}\p{M}'\u2019\-]*|&", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Word();
}
