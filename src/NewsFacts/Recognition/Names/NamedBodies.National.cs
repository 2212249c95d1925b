namespace NewsFacts.Recognition;

/// <summary>
/// A country's body named by a lower-case description after the country ("Chile's central bank", "the Chilean central
/// bank"): given one canonical name, "Central Bank of Chile", so that it acts as that body (not as the country's
/// government) and outlets that write it either way name one party. Lexicon: <c>Data/name-national-bodies.tsv</c>.
/// </summary>
internal sealed partial class NamedBodies
{
    private static readonly Lazy<string[][]> NationalDescriptions = new(() =>
        [.. Lexicon.Rows("name-national-bodies.tsv").Select(r => r[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 0)]);

    /// <summary>Each country's name as the lexicon first writes it ("Chile" for CL).</summary>
    private static readonly Lazy<Dictionary<string, string>> CountryNames = new(() =>
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Lexicon.Rows("country-names.tsv"))
        {
            if (row.Length >= 3 && row[1] == "name")
            {
                names.TryAdd(row[0], row[2]);
            }
        }

        return names;
    });

    /// <summary>
    /// The national bodies written at the words <paramref name="words"/>: a country's name in the possessive or its
    /// demonym, then a listed description. Added to the names in text order.
    /// </summary>
    private void AddNationalBodies(List<(int Index, int Length)> words)
    {
        var added = false;
        for (var k = 0; k + 1 < words.Count; k++)
        {
            if (!IsCapitalized(words[k]) || !Adjacent(words, k))
            {
                continue;
            }

            var owner = Span(words[k]).ToString();
            var bare = EndsPossessive(owner) ? owner[..^2] : owner;
            var mention = CountryRecognizer.Default.Recognize(bare).FirstOrDefault(c => c.Span.Start == 0 && c.Span.End == bare.Length);
            if (mention is null || !(EndsPossessive(owner) ? mention.Kind == CountryMentionKind.Name : mention.Kind == CountryMentionKind.Demonym)
                || !CountryNames.Value.TryGetValue(mention.Code, out var country))
            {
                continue;
            }

            foreach (var description in NationalDescriptions.Value)
            {
                if (Describes(words, k + 1, description))
                {
                    var last = words[k + description.Length];
                    var title = string.Join(' ', description.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
                    _names.Add((words[k].Index, last.Index + last.Length, title + " of " + country));
                    added = true;
                    break;
                }
            }
        }

        if (added)
        {
            _names.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>Whether the description's words stand side by side from word <paramref name="k"/>, in lower case.</summary>
    private bool Describes(List<(int Index, int Length)> words, int k, string[] description)
    {
        for (var i = 0; i < description.Length; i++)
        {
            if (k + i >= words.Count || (i > 0 && !Adjacent(words, k + i - 1)) || !Span(words[k + i]).SequenceEqual(description[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether two lower-case words are a listed description of a national body ("central", "bank").</summary>
    public static bool IsNationalDescription(string first, string second) =>
        NationalDescriptions.Value.Any(d => d.Length == 2 && d[0] == first && d[1] == second);

    /// <summary>Whether a name was written as the lexicon's canonical form of a national body, not as the text has it.</summary>
    private bool IsNational((int Start, int End, string Name) name) => !_text.AsSpan(name.Start, name.End - name.Start).SequenceEqual(name.Name);

    /// <summary>"the central bank" at <paramref name="at"/>: the national body of that description named last before it, or null.</summary>
    public string? NationalBody(string description, int at)
    {
        for (var i = Sorted.FirstFrom(_names, n => n.End, at + 1) - 1; i >= 0 && at - _names[i].End < LookBack; i--)
        {
            if (IsNational(_names[i]) && _names[i].Name.StartsWith(description, StringComparison.OrdinalIgnoreCase))
            {
                return _names[i].Name;
            }
        }

        return null;
    }
}
