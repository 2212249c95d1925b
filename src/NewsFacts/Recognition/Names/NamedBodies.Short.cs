namespace NewsFacts.Recognition;

/// <summary>
/// Short forms of a body's name: a company named in full and later without its business word ("Brackmoor" after
/// "Brackmoor Mining", "Nordvik Shipping" after "Nordvik Shipping Lines") or by its initials without a bracketed definition ("the
/// NWA" after "the National Water Authority") is given the full name the article wrote first.
/// </summary>
internal sealed partial class NamedBodies
{
    /// <summary>The full name written before <paramref name="at"/> that <paramref name="name"/> shortens, or null.</summary>
    private string? Shortened(string name, int at)
    {
        var bare = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
        if (bare.Length < 2 || !char.IsUpper(bare[0]))
        {
            return null;
        }

        var initials = bare.Length <= 6 && bare.All(char.IsAsciiLetterUpper);
        if (!initials && (SpeakerLexicon.FirstNames.ContainsKey(bare.Split(' ')[0]) || IsCountry(bare)))
        {
            return null; // "Ruth" is no short form of "Ruth Atieno", nor "Kenya" of "Kenya Airways"
        }

        var prefix = bare + " ";
        var last = Sorted.FirstFrom(_names, n => n.End, at + 1);
        for (var i = Math.Max(0, last - ShortLookBack); i < last; i++)
        {
            var full = NameIndex.Possessive(_names[i].Name);
            if (initials ? Initials(full) == bare && full.Contains(' ', StringComparison.Ordinal) : full.StartsWith(prefix, StringComparison.Ordinal) && IsCompanySuffix(full[prefix.Length..]) && !IsPersonName(full))
            {
                return full;
            }
        }

        return null;
    }

    /// <summary>How many names before a short form are read for its full name.</summary>
    private const int ShortLookBack = 400;

    /// <summary>
    /// Whether the words a short name leaves out are a company's (all capitalized, ending in a word that marks a company,
    /// airline or shipping line: "Mining", "Shipping Lines"). A place's institution ("West Virginia University") or a run
    /// with a connector in it ("Hulu and Amazon Video") is no long form.
    /// </summary>
    private static bool IsCompanySuffix(string rest)
    {
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 2 && words.All(w => char.IsUpper(w[0])) && CompanyWords.Value.Contains(words[^1]);
    }

    private static readonly string[] CompanyDescriptions = ["company", "firm", "miner", "insurer", "airline", "carrier", "operator", "shipowner", "group"];

    private static readonly Lazy<HashSet<string>> CompanyWords = new(() =>
        new HashSet<string>(CompanyDescriptions.SelectMany(d => Descriptions.Value.TryGetValue(d, out var kinds) ? kinds : Array.Empty<string>()), StringComparer.Ordinal));

    private static bool IsCountry(string name) =>
        CountryRecognizer.Default.Recognize(name).Any(c => c.Span.Start == 0 && c.Span.End == name.Length);

    /// <summary>A full name that opens with a first name ("Ruth Atieno") is a person's, not a body's.</summary>
    private static bool IsPersonName(string name) => SpeakerLexicon.FirstNames.ContainsKey(name.Split(' ')[0]);
}
