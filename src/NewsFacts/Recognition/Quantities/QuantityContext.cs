namespace NewsFacts.Recognition;

/// <summary>
/// What a quantity counts, read from the article around it once its countries are known: a bare currency name that
/// several countries use is the currency of the country the article speaks of ("30 million pesos" in a story about
/// the Philippines is PHP), a count of people named by nationality counts people ("40 Danes" is 40 persons), and a
/// rate "18.4 per dollar" after a named currency is in that currency ("the rand ended at 18.4 per dollar"), and "the
/// five were charged" counts what the count of five before it counted ("police arrested five men ...").
/// Lexicon: <c>Data/quantity-currency-countries.tsv</c>.
/// </summary>
internal static class QuantityContext
{
    private static readonly Lazy<Dictionary<string, (string Country, string Code)[]>> SharedNames = new(() =>
        Lexicon.Rows("quantity-currency-countries.tsv").ToDictionary(
            r => r[0],
            r => r[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => (p[..2], p[3..])).ToArray(),
            StringComparer.OrdinalIgnoreCase));

    /// <summary>The quantities with their units read in context; the list is returned as is when nothing changes.</summary>
    public static IReadOnlyList<QuantityMention> Resolve(string text, IReadOnlyList<QuantityMention> quantities, IReadOnlyList<CountryMention> countries)
    {
        if (quantities.Count == 0)
        {
            return quantities;
        }

        var byStart = countries.OrderBy(c => c.Span.Start).ToList();
        var frequency = countries.GroupBy(c => c.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new List<QuantityMention>(quantities.Count);
        var changed = false;
        foreach (var q in quantities)
        {
            var resolved = People(q, byStart) ?? Currency(text, q, byStart, frequency) ?? Rate(text, q, byStart, frequency) ?? Anaphor(text, q, result) ?? q;
            changed |= !ReferenceEquals(resolved, q);
            result.Add(resolved);
        }

        return changed ? result : quantities;
    }

    /// <summary>Words that may follow a definite bare count standing for a group named before ("the five were charged").</summary>
    private static readonly HashSet<string> AnaphorFollowers = new(["were", "are", "was", "had", "have", "will", "would", "could", "can", "may", "must", "later", "also", "all", "each", "then", "who", "remain", "remained"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Police arrested five men ... The five were charged": a whole bare count after "the" with a verb after it (an
    /// auxiliary, an adverb, "who", or a word in "-ed") stands for the group counted before it with the same figure, within
    /// 1,500 characters: it counts the same thing. Money, percentages and measures (a unit written as its own lemma,
    /// "5 km") are not groups.
    /// </summary>
    private static QuantityMention? Anaphor(string text, QuantityMention q, List<QuantityMention> before)
    {
        if (q.Unit is not null || q.ValueMax is not null || q.Value < 2 || q.Value != Math.Floor(q.Value) || q.Span.Start < 4
            || !text.AsSpan(q.Span.Start - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase)
            || (q.Span.Start > 4 && char.IsLetterOrDigit(text[q.Span.Start - 5])))
        {
            return null;
        }

        var next = NextWord(text, q.Span.End);
        if (next.Length == 0 || !(AnaphorFollowers.Contains(next) || (next.Length > 4 && next.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(next[0]))))
        {
            return null;
        }

        for (var k = before.Count - 1; k >= 0 && q.Span.Start - before[k].Span.End <= 1500; k--)
        {
            var b = before[k];
            if (b.Value == q.Value && b.Unit is { } unit && b.UnitSpan is { } us && !QuantityLexicon.IsMoney(unit) && unit != "percent" && !QuantityLexicon.Default.MeasureUnits.Contains(unit)
                && (unit == "person" || text[us.End - 1] == 's' || !text.AsSpan(us.Start, us.Length).Equals(unit, StringComparison.OrdinalIgnoreCase)))
            {
                return q with { Unit = unit };
            }
        }

        return null;
    }

    /// <summary>The word that starts after <paramref name="at"/> past spaces, or empty.</summary>
    private static string NextWord(string text, int at)
    {
        var i = at;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return text[start..i];
    }

    /// <summary>"40 Danes", "12 Poles", "20 Europeans": a plural demonym, or a people's name, as the counted noun counts people.</summary>
    private static QuantityMention? People(QuantityMention q, List<CountryMention> countries)
    {
        if (q.UnitSpan is not { } unit || q.Unit is null || q.Unit == "person")
        {
            return null;
        }

        if (QuantityLexicon.Default.Peoples.Contains(q.Unit) && q.Value != 1)
        {
            return q with { Unit = "person" };
        }

        var k = Sorted.FirstFrom(countries, c => c.Span.End, unit.Start + 1);
        return k < countries.Count && countries[k].Kind == CountryMentionKind.Demonym && countries[k].Span.Overlaps(unit) &&
               countries[k].Span.End == unit.End && countries[k].Text.EndsWith('s')
            ? q with { Unit = "person" }
            : null;
    }

    /// <summary>"30 million pesos": a bare shared currency name takes the country the sentence or the article speaks of.</summary>
    private static QuantityMention? Currency(string text, QuantityMention q, List<CountryMention> countries, Dictionary<string, int> frequency)
    {
        if (q.Unit is null || q.UnitSpan is not { } unit || !unit.Overlaps(q.Span))
        {
            return null;
        }

        var name = LastWord(unit.Of(text));
        if (!SharedNames.Value.TryGetValue(name, out var users) || QualifiedBefore(text, unit))
        {
            return null;
        }

        var code = CountryCurrency(q.Span.Start, users, countries, frequency);
        return code is not null && code != q.Unit && users.Any(u => u.Code == q.Unit) ? q with { Unit = code } : null;
    }

    /// <summary>"the rand ended at 18.4 per dollar": a bare rate against a currency is in the currency named before it.</summary>
    private static QuantityMention? Rate(string text, QuantityMention q, List<CountryMention> countries, Dictionary<string, int> frequency)
    {
        if (q.Unit is not null || q.Span.End >= text.Length)
        {
            return null;
        }

        var after = text.AsSpan(q.Span.End, Math.Min(24, text.Length - q.Span.End)).TrimStart();
        if (!(after.StartsWith("per ", StringComparison.OrdinalIgnoreCase) || after.StartsWith("to the ", StringComparison.OrdinalIgnoreCase) ||
              after.StartsWith("against the ", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        // the currency whose rate it is: a shared name in the few words before the number, in the same sentence
        var from = Math.Max(0, q.Span.Start - 60);
        var before = text[from..q.Span.Start];
        var stop = before.LastIndexOfAny(['.', ';', '!', '?']);
        if (stop >= 0)
        {
            before = before[(stop + 1)..];
        }

        foreach (var word in before.Split([' ', ',', '\'', '\u2019'], StringSplitOptions.RemoveEmptyEntries).Reverse())
        {
            if (SharedNames.Value.TryGetValue(word, out var users) && CountryCurrency(q.Span.Start, users, countries, frequency) is { } code)
            {
                return q with { Unit = code };
            }
        }

        return null;
    }

    /// <summary>The currency of the nearest country before the position that uses the name, else of the article's most named one.</summary>
    private static string? CountryCurrency(int at, (string Country, string Code)[] users, List<CountryMention> countries, Dictionary<string, int> frequency)
    {
        for (var k = Sorted.FirstFrom(countries, c => c.Span.End, at + 1) - 1; k >= 0 && at - countries[k].Span.End < 300; k--)
        {
            foreach (var (country, code) in users)
            {
                if (countries[k].Code == country)
                {
                    return code;
                }
            }
        }

        string? best = null;
        var most = 0;
        foreach (var (country, code) in users)
        {
            if (frequency.TryGetValue(country, out var n) && n > most)
            {
                (best, most) = (code, n);
            }
        }

        return best;
    }

    /// <summary>Whether a nationality or country word stands right before the name ("Mexican pesos", "Hong Kong dollars"): then it is not bare.</summary>
    private static bool QualifiedBefore(string text, TextSpan unit)
    {
        var words = unit.Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && char.IsUpper(words[^2][0]))
        {
            return true;
        }

        var e = unit.Start;
        while (e > 0 && text[e - 1] == ' ')
        {
            e--;
        }

        var s = e;
        while (s > 0 && char.IsLetter(text[s - 1]))
        {
            s--;
        }

        return e > s && char.IsUpper(text[s]) && !(s == 0 || text[s - 1] is '.' or '\n');
    }

    private static string LastWord(string s)
    {
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? s : words[^1];
    }
}
