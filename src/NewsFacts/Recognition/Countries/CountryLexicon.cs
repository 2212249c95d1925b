namespace NewsFacts.Recognition;

/// <summary>How a country form may also be read as something else, so its context must decide.</summary>
[Flags]
internal enum CountryFormFlags
{
    None = 0,

    /// <summary>Also a common given name ("Jordan", "Chad").</summary>
    Given = 1,

    /// <summary>Also a common surname ("Paris", "Washington").</summary>
    Surname = 2,

    /// <summary>Also a US state or place ("Georgia").</summary>
    State = 4,
}

/// <summary>One written form of a country, or a blocking phrase (no code) that denotes no country.</summary>
/// <param name="Text">The form as written, case-sensitive.</param>
/// <param name="Code">ISO 3166-1 alpha-2 code; null for a blocking phrase.</param>
/// <param name="Kind">Name, demonym or metonym.</param>
/// <param name="Flags">Other readings the context must rule out.</param>
internal sealed record CountryForm(string Text, string? Code, CountryMentionKind Kind, CountryFormFlags Flags);

/// <summary>
/// The country lexicon (<c>country-names.tsv</c>) and its context words (<c>country-contexts.tsv</c>), indexed by the first
/// word of each form so that a scan tries only the forms that can start at a word.
/// </summary>
internal sealed class CountryLexicon
{
    private readonly Dictionary<string, CountryForm[]> _byFirstWord;

    private CountryLexicon()
    {
        var forms = new List<CountryForm>();
        foreach (var row in Lexicon.Rows("country-names.tsv"))
        {
            if (row.Length < 3 || row[0].Length != 2)
            {
                continue;
            }

            var kind = row[1] switch
            {
                "demonym" => CountryMentionKind.Demonym,
                "metonym" => CountryMentionKind.Metonym,
                _ => CountryMentionKind.Name,
            };
            var flags = CountryFormFlags.None;
            if (row.Length > 3)
            {
                foreach (var f in row[3].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    flags |= f switch
                    {
                        "given" => CountryFormFlags.Given,
                        "surname" => CountryFormFlags.Surname,
                        "state" => CountryFormFlags.State,
                        _ => CountryFormFlags.None,
                    };
                }
            }

            forms.Add(new CountryForm(row[2], row[0], kind, flags));
            Codes.Add(row[0]);
        }

        var contexts = Lexicon.Rows("country-contexts.tsv").Where(r => r.Length >= 2).ToLookup(r => r[0], r => r[1], StringComparer.Ordinal);
        foreach (var block in contexts["block"])
        {
            forms.Add(new CountryForm(block, null, CountryMentionKind.Name, CountryFormFlags.None));
        }

        OrgAfter = Set(contexts["org-after"]);
        OrgHeads = Set(contexts["org-head"]);
        Function = Set(contexts["function"]);
        TitleBefore = Set(contexts["title-before"]);
        Speech = Set(contexts["speech"]);
        PersonPronouns = Set(contexts["person-pron"]);
        StateBefore = [.. contexts["state-before"]];
        StateAfter = Set(contexts["state-after"]);
        CountryAfter = Set(contexts["country-after"]);
        UsStates = [.. contexts["us-state"]];
        StateCues = [.. contexts["state-cue"]];
        CountryCues = [.. contexts["country-cue"]];

        // A form opening with "the" also matches "The" at a sentence start.
        var expanded = new List<CountryForm>(forms);
        foreach (var form in forms)
        {
            if (form.Text.StartsWith("the ", StringComparison.Ordinal))
            {
                expanded.Add(form with { Text = "The" + form.Text[3..] });
            }
        }

        _byFirstWord = expanded
            .GroupBy(f => FirstWord(f.Text), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.Text.Length).ToArray(), StringComparer.Ordinal);
        Names = new HashSet<string>(forms.Where(f => f.Code is not null).Select(f => f.Text), StringComparer.Ordinal);

        // "Yemenis" beside "Yemeni", "Swedes" beside "Swede": one word, a demonym, the plural of another of its country's
        var demonyms = forms.Where(f => f.Kind == CountryMentionKind.Demonym && f.Code is not null && !f.Text.Contains(' ', StringComparison.Ordinal))
            .Select(f => (f.Code, f.Text)).ToHashSet();
        PluralDemonyms = new HashSet<string>(demonyms.Where(d => d.Text.Length > 3 && d.Text.EndsWith('s') && demonyms.Contains((d.Code, d.Text[..^1]))).Select(d => d.Text), StringComparer.Ordinal);
    }

    /// <summary>The lexicon, loaded once.</summary>
    public static CountryLexicon Instance => Lexicon.Cached("country", () => new CountryLexicon(), Shared);

    private static readonly Lazy<CountryLexicon> Shared = new(() => new CountryLexicon());

    /// <summary>Every ISO code the lexicon knows.</summary>
    public HashSet<string> Codes { get; } = new(StringComparer.Ordinal);

    /// <summary>One-word demonyms that are the plural of another ("Yemenis", "Iraqis", "Swedes"): people counted by their country.</summary>
    public HashSet<string> PluralDemonyms { get; }

    /// <summary>Every country form, for "is the word before a country too?" checks.</summary>
    public HashSet<string> Names { get; }

    public HashSet<string> OrgAfter { get; }

    /// <summary>Head words of national bodies' names ("Authority", "Department"): a country name opening such a name stays a country.</summary>
    public HashSet<string> OrgHeads { get; }

    public HashSet<string> Function { get; }

    public HashSet<string> TitleBefore { get; }

    public HashSet<string> Speech { get; }

    public HashSet<string> PersonPronouns { get; }

    public string[] StateBefore { get; }

    public HashSet<string> StateAfter { get; }

    public HashSet<string> CountryAfter { get; }

    public string[] UsStates { get; }

    public string[] StateCues { get; }

    public string[] CountryCues { get; }

    /// <summary>The forms whose first word is <paramref name="word"/>, longest first.</summary>
    public ReadOnlySpan<CountryForm> FormsStartingWith(ReadOnlySpan<char> word) =>
        _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var forms) ? forms : [];

    /// <summary>The leading run of letters of <paramref name="text"/>.</summary>
    public static string FirstWord(string text)
    {
        var n = 0;
        while (n < text.Length && char.IsLetter(text[n]))
        {
            n++;
        }

        return text[..n];
    }

    private static HashSet<string> Set(IEnumerable<string> words) => new(words, StringComparer.Ordinal);
}
