using System.Globalization;

namespace NewsFacts.Recognition;

/// <summary>The kind of a number word.</summary>
internal enum NumberWordKind
{
    /// <summary>zero to nineteen.</summary>
    Unit,

    /// <summary>twenty to ninety.</summary>
    Ten,

    /// <summary>hundred.</summary>
    Hundred,

    /// <summary>thousand, million, billion, lakh, crore...</summary>
    Scale,
}

/// <summary>A phrase (a list of lower-case token texts) and what it stands for.</summary>
internal sealed record QuantityPhrase(string[] Tokens, bool[] CaseSensitive, string Value)
{
    /// <summary>Whether the phrase counts only glued to the number before it ("6ft 2in", not "2 in 10").</summary>
    public bool GluedOnly { get; init; }
}

/// <summary>The quantity lexicons, read once from the <c>quantity-*.tsv</c> data files.</summary>
internal sealed class QuantityLexicon
{
    private static readonly Lazy<QuantityLexicon> Shared = new(() => new QuantityLexicon());

    private QuantityLexicon()
    {
        foreach (var row in Lexicon.Rows("quantity-number-words.tsv"))
        {
            NumberWords[row[0]] = (Parse(row[1]), row[2] switch
            {
                "ten" => NumberWordKind.Ten,
                "hundred" => NumberWordKind.Hundred,
                "scale" => NumberWordKind.Scale,
                _ => NumberWordKind.Unit,
            });
        }

        foreach (var row in Lexicon.Rows("quantity-scale-words.tsv"))
        {
            var flags = row.Length > 2 ? row[2] : string.Empty;
            if (flags.Contains("cs", StringComparison.Ordinal))
            {
                CaseSensitiveScales[row[0]] = Parse(row[1]);
            }
            else
            {
                Scales[row[0]] = (Parse(row[1]), flags.Contains("money", StringComparison.Ordinal));
                if (flags.Contains("glued", StringComparison.Ordinal))
                {
                    GluedOnly.Add(row[0]);
                }
            }
        }

        foreach (var row in Lexicon.Rows("quantity-fraction-words.tsv"))
        {
            var den = Parse(row[2]);
            FractionSingular[row[0]] = den;
            FractionPlural[row[1]] = den;
        }

        Ordinals = Lexicon.Words("quantity-ordinal-words.tsv");
        foreach (var row in Lexicon.Rows("quantity-ordinal-numbers.tsv"))
        {
            var value = Parse(row[2]);
            OrdinalSingular[row[0]] = value;
            OrdinalPlural[row[1]] = value;
            Ordinals.Add(row[0]);
        }

        ChangeWords = Lexicon.Words("quantity-change-words.tsv");
        NotCountNouns = Lexicon.Words("quantity-not-nouns.tsv");
        MagnitudeNouns = Lexicon.Words("quantity-magnitude-nouns.tsv");
        Peoples = Lexicon.Words("quantity-peoples.tsv");
        PoundCues = Lexicon.Rows("quantity-pound-cues.tsv").Where(r => r.Length >= 2).ToDictionary(r => r[0], r => r[1], StringComparer.OrdinalIgnoreCase);
        Irregular = Lexicon.Rows("quantity-plurals.tsv").ToDictionary(r => r[0], r => r[1], StringComparer.OrdinalIgnoreCase);
        NameWords = Lexicon.Words("quantity-name-words.tsv");

        foreach (var row in Lexicon.Rows("quantity-bounds.tsv"))
        {
            var bound = row[1] switch
            {
                "atLeast" => QuantityBound.AtLeast,
                "atMost" => QuantityBound.AtMost,
                _ => QuantityBound.Approx,
            };
            var list = row.Length > 2 && row[2] == "after" ? BoundsAfter : BoundsBefore;
            list.Add((Phrase(row[0], row[1]), bound));
        }

        BoundsBefore.Sort((a, b) => b.Phrase.Tokens.Length.CompareTo(a.Phrase.Tokens.Length));
        BoundsAfter.Sort((a, b) => b.Phrase.Tokens.Length.CompareTo(a.Phrase.Tokens.Length));

        foreach (var row in Lexicon.Rows("quantity-currency-symbols.tsv"))
        {
            CurrencySymbols[row[0]] = row[1];
        }

        foreach (var row in Lexicon.Rows("quantity-code-scales.tsv"))
        {
            CodeScales[row[0][0]] = Parse(row[1]);
        }

        foreach (var row in Lexicon.Rows("quantity-currency-subunits.tsv"))
        {
            Subunits[row[0]] = Parse(row[1]);
            SubunitCurrencies[row[0]] = row[2];
        }

        foreach (var row in Lexicon.Rows("quantity-compound-nouns.tsv"))
        {
            if (row.Length > 1)
            {
                Collectives[row[0]] = row[1];
            }
            else
            {
                CompoundNouns.Add(row[0]);
            }
        }

        CurrencyNames = [.. Lexicon.Rows("quantity-currency-names.tsv").Select(r => Phrase(r[0], r[1]))];
        CurrencyNames.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));

        foreach (var row in Lexicon.Rows("quantity-units.tsv"))
        {
            foreach (var alias in row.Skip(1))
            {
                Units.Add(Phrase(alias, row[0]));
            }
        }

        Units.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));

        UnitsByFirst = ByToken(Units, p => p.Tokens[0]);
        CurrencyNamesByFirst = ByToken(CurrencyNames, p => p.Tokens[0]);
        BoundsBeforeByLast = ByToken(BoundsBefore, b => b.Phrase.Tokens[^1]);
        BoundsAfterByFirst = ByToken(BoundsAfter, b => b.Phrase.Tokens[0]);
        MeasureUnits = new HashSet<string>(Units.Select(u => u.Value), StringComparer.Ordinal);
        SingleWordBounds = new HashSet<string>(BoundsBefore.Where(b => b.Phrase.Tokens.Length == 1).Select(b => b.Phrase.Tokens[0]), StringComparer.OrdinalIgnoreCase);
        StrictSymbols = new HashSet<string>(SymbolsFlagged("strict"), StringComparer.OrdinalIgnoreCase);
        LowerCaseSymbols = new HashSet<string>(SymbolsFlagged("lower"), StringComparer.Ordinal);
    }

    /// <summary>The signs of <c>quantity-currency-symbols.tsv</c> whose third column holds <paramref name="flag"/> among its words.</summary>
    private static IEnumerable<string> SymbolsFlagged(string flag) =>
        Lexicon.Rows("quantity-currency-symbols.tsv").Where(r => r.Length > 2 && r[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(flag, StringComparer.Ordinal)).Select(r => r[0]);

    /// <summary>Units indexed by their first token (longest first within each list).</summary>
    public Dictionary<string, List<QuantityPhrase>> UnitsByFirst { get; }

    public Dictionary<string, List<QuantityPhrase>> CurrencyNamesByFirst { get; }

    public Dictionary<string, List<(QuantityPhrase Phrase, QuantityBound Bound)>> BoundsBeforeByLast { get; }

    public Dictionary<string, List<(QuantityPhrase Phrase, QuantityBound Bound)>> BoundsAfterByFirst { get; }

    /// <summary>Canonical names of the measurement units.</summary>
    public HashSet<string> MeasureUnits { get; }

    public HashSet<string> SingleWordBounds { get; }

    /// <summary>Currency signs read only before a decimal, grouped or scaled amount.</summary>
    public HashSet<string> StrictSymbols { get; }

    /// <summary>
    /// Currency signs read only as written, in lower case: "p12million" where a feed lost the pound sign to a "p", not
    /// "P12million", the peso sign that Philippine papers write as a capital P.
    /// </summary>
    public HashSet<string> LowerCaseSymbols { get; }

    private static Dictionary<string, List<T>> ByToken<T>(List<T> sorted, Func<T, string> key)
    {
        var index = new Dictionary<string, List<T>>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in sorted)
        {
            var k = key(item);
            if (!index.TryGetValue(k, out var list))
            {
                index[k] = list = [];
            }

            list.Add(item);
        }

        return index;
    }

    public static QuantityLexicon Default => Lexicon.Cached("quantity", () => new QuantityLexicon(), Shared);

    public Dictionary<string, (double Value, NumberWordKind Kind)> NumberWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, (double Value, bool MoneyOnly)> Scales { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, double> CaseSensitiveScales { get; } = new(StringComparer.Ordinal);

    /// <summary>Scale abbreviations read only when written right after the digits ("1.2b").</summary>
    public HashSet<string> GluedOnly { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, double> FractionSingular { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, double> FractionPlural { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> Ordinals { get; }

    /// <summary>Numbered ordinals by their singular ("fifth" = 5, "hundredth" = 100).</summary>
    public Dictionary<string, double> OrdinalSingular { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Numbered ordinals by their plural, as fraction denominators ("fifths" = 5).</summary>
    public Dictionary<string, double> OrdinalPlural { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> ChangeWords { get; }

    /// <summary>Words after a number that are not what it counts ("more", "of", "were").</summary>
    public HashSet<string> NotCountNouns { get; }

    /// <summary>Nouns of earthquakes: a decimal figure right before one is its magnitude.</summary>
    public HashSet<string> MagnitudeNouns { get; }

    /// <summary>Peoples named by a region or origin, not one country ("european", "kurd"): counted, they count people.</summary>
    public HashSet<string> Peoples { get; }

    /// <summary>Words that tell sterling from weight in a figure of pounds: word → "money", "weight" or "rate" (a period after "a"/"per").</summary>
    public Dictionary<string, string> PoundCues { get; }

    /// <summary>Irregular plural → singular ("people" → "person").</summary>
    public Dictionary<string, string> Irregular { get; }

    /// <summary>Scale letters glued before a currency code ("MEUR"): letter to multiplier.</summary>
    public Dictionary<char, double> CodeScales { get; } = [];

    /// <summary>
    /// Reads a currency code with a scale letter glued before it ("MEUR", "kUSD"): the code and the multiplier, or null.
    /// </summary>
    public (string Code, double Scale)? ScaledCode(string word)
    {
        if (word.Length != 4 || !CodeScales.TryGetValue(word[0], out var scale))
        {
            return null;
        }

        // the code written in capitals, as the ISO list has it ("MEUR", not "Meur")
        var written = word[1..];
        return CurrencyCode(written) == written ? (written, scale) : null;
    }

    /// <summary>Whether a mention's unit is money: the output contract writes money as an ISO 4217 code ("USD", "GBP").</summary>
    public static bool IsMoney(string? unit) => unit is { Length: 3 } && unit.All(char.IsAsciiLetterUpper);

    /// <summary>The ISO 4217 code a word writes, in any case ("USD", "usd"), or null.</summary>
    public string? CurrencyCode(string word) =>
        CurrencyNamesByFirst.TryGetValue(word, out var names) && names.FirstOrDefault(n => n.Tokens.Length == 1 && n.Value.Equals(word, StringComparison.OrdinalIgnoreCase)) is { } name
            ? name.Value
            : null;

    /// <summary>Money subunits by unit name: their share of the main unit ("cent" = 0.01, "mao" = 0.1).</summary>
    public Dictionary<string, double> Subunits { get; } = new(StringComparer.Ordinal);

    /// <summary>The main currency a subunit alone is money in ("pence" is GBP), when the sentence names no other.</summary>
    public Dictionary<string, string> SubunitCurrencies { get; } = new(StringComparer.Ordinal);

    /// <summary>Two-word counted nouns that name one kind of thing ("crew member", "hunger strike"), singular.</summary>
    public HashSet<string> CompoundNouns { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Collective nouns and what they count: "crew" counts crew members.</summary>
    public Dictionary<string, string> Collectives { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that, right before a bare number, make it part of a name ("Windows 10", "Chapter 11").</summary>
    public HashSet<string> NameWords { get; }

    public List<(QuantityPhrase Phrase, QuantityBound Bound)> BoundsBefore { get; } = [];

    public List<(QuantityPhrase Phrase, QuantityBound Bound)> BoundsAfter { get; } = [];

    public Dictionary<string, string> CurrencySymbols { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<QuantityPhrase> CurrencyNames { get; }

    public List<QuantityPhrase> Units { get; } = [];

    public bool TryScale(QuantityToken token, out double scale, out bool moneyOnly)
    {
        moneyOnly = false;
        if (!token.IsWord)
        {
            scale = 0;
            return false;
        }

        if (CaseSensitiveScales.TryGetValue(token.Text, out scale))
        {
            return true;
        }

        if (Scales.TryGetValue(token.Text, out var s))
        {
            // a one-letter abbreviation is only a scale in lower case ("m", "b", "k"); "M" and "B" are listed apart
            if (token.Text.Length == 1 && char.IsUpper(token.Text[0]))
            {
                scale = 0;
                return false;
            }

            if (token.SpaceBefore && GluedOnly.Contains(token.Text))
            {
                scale = 0;
                return false;
            }

            scale = s.Value;
            moneyOnly = s.MoneyOnly;
            return true;
        }

        scale = 0;
        return false;
    }

    private static double Parse(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static QuantityPhrase Phrase(string written, string value)
    {
        var glued = written.Length > 1 && written[0] == '+';
        if (glued)
        {
            written = written[1..];
        }

        var caseSensitive = written.StartsWith('=');
        if (caseSensitive)
        {
            written = written[1..];
        }

        var tokens = QuantityTokenizer.Tokenize(written, 0, written.Length);
        return new QuantityPhrase([.. tokens.Select(t => t.Text)], [.. tokens.Select(_ => caseSensitive)], value) { GluedOnly = glued };
    }
}
