using System.Globalization;

namespace NewsFacts.Recognition;

/// <summary>A holiday and the rule that places it in a year.</summary>
/// <param name="Words">The holiday's name as lower-case tokens.</param>
/// <param name="Rule">fixed, nth or easter.</param>
/// <param name="Args">The rule's numbers.</param>
internal sealed record Holiday(string[] Words, string Rule, int[] Args)
{
    /// <summary>The holiday's date in <paramref name="year"/>, or null when the rule is unknown.</summary>
    public DateOnly? In(int year)
    {
        if (year is < 1 or > 9998)
        {
            return null;
        }

        switch (Rule)
        {
            case "fixed" when Args.Length >= 2:
                return new DateOnly(year, Args[0], Args[1]);
            case "nth" when Args.Length >= 3:
                var d = DateCalendar.NthWeekday(year, Args[0], Args[1], Args[2]);
                return Args.Length >= 4 ? d.AddDays(Args[3]) : d;
            case "easter" when Args.Length >= 1:
                return DateCalendar.Easter(year).AddDays(Args[0]);
            default:
                return null;
        }
    }
}

/// <summary>The date lexicons (Data/date-*.tsv), loaded once.</summary>
internal static class DateLexicon
{
    public static readonly IReadOnlyDictionary<string, (int Month, bool Ambiguous)> Months = Load("date-months.tsv");

    public static readonly IReadOnlyDictionary<string, (int Day, bool Ambiguous)> Weekdays = Load("date-weekdays.tsv");

    public static readonly IReadOnlyDictionary<string, (int Value, bool Ordinal)> Numbers =
        Lexicon.Rows("date-numbers.tsv").ToDictionary(r => r[0], r => (Parse(r[1]), r.Length > 2 && r[2] == "ordinal"), StringComparer.Ordinal);

    public static readonly IReadOnlyDictionary<string, (int Count, char Unit)> Units =
        Lexicon.Rows("date-units.tsv").ToDictionary(r => r[0], r => (Parse(r[1]), r[2][0]), StringComparer.Ordinal);

    public static readonly IReadOnlyDictionary<string, string> PartsOfDay =
        Lexicon.Rows("date-parts-of-day.tsv").ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);

    public static readonly IReadOnlyDictionary<string, (string Code, bool Ambiguous)> Seasons =
        Lexicon.Rows("date-seasons.tsv").ToDictionary(r => r[0], r => (r[1], r.Length > 2 && r[2] == "ambiguous"), StringComparer.Ordinal);

    /// <summary>Vague references ("now", "in the future"), longest phrases first.</summary>
    public static readonly (string[] Words, string Value)[] References =
        [.. Lexicon.Rows("date-references.tsv").Select(r => (Words(r[0]), r[1])).OrderByDescending(p => p.Item1.Length)];

    /// <summary>Dates named through the article's own time frame ("that year", "the next day"), longest first: unit and offset.</summary>
    public static readonly (string[] Words, char Unit, int Offset)[] Anchors =
        [.. Lexicon.Rows("date-anchors.tsv").Select(r => (Words(r[0]), r[1][0], int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture))).OrderByDescending(p => p.Item1.Length)];

    /// <summary>Holidays, longest names first (these lists are arrays: the parser runs through them at many tokens, and a loop over an interface allocates its enumerator).</summary>
    public static readonly Holiday[] Holidays =
        [.. Lexicon.Rows("date-holidays.tsv").Select(r => new Holiday(Words(r[0]), r[1], [.. r.Skip(2).Select(Parse)])).OrderByDescending(h => h.Words.Length)];

    /// <summary>
    /// Measurement-unit words written after a number ("sq", "km", "p", "mph"), from the quantity lexicon
    /// (quantity-units.tsv): a number they follow is a measurement, not a year or a day.
    /// </summary>
    public static readonly IReadOnlySet<string> MeasurementUnits = LoadUnits();

    private static HashSet<string> LoadUnits()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyList<string[]> rows;
        try
        {
            rows = Lexicon.Rows("quantity-units.tsv");
        }
        catch (InvalidOperationException)
        {
            return set;
        }

        foreach (var row in rows)
        {
            foreach (var alias in row.Skip(1))
            {
                var a = alias.TrimStart('=').Split(' ', 2)[0].TrimEnd('.');
                if (a.Length > 0 && a.All(char.IsLetter) && !a.Equals("pm", StringComparison.OrdinalIgnoreCase) && !a.Equals("am", StringComparison.OrdinalIgnoreCase))
                {
                    set.Add(a.ToLowerInvariant());
                }
            }
        }

        return set;
    }

    /// <summary>Splits a phrase into the tokens <see cref="DateTokenizer"/> would make of it.</summary>
    public static string[] Words(string phrase) => [.. DateTokenizer.Tokenize(phrase).Select(t => t.Lower)];

    private static Dictionary<string, (int, bool)> Load(string file) =>
        Lexicon.Rows(file).ToDictionary(r => r[0], r => (Parse(r[1]), r.Length > 2 && r[2] == "ambiguous"), StringComparer.Ordinal);

    private static int Parse(string s) => int.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
