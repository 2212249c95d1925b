namespace NewsFacts.Recognition;

/// <summary>How fine a parsed date is.</summary>
internal enum DateGrain
{
    /// <summary>A calendar day (possibly with a time or part of day).</summary>
    Day,
    /// <summary>A month.</summary>
    Month,
    /// <summary>A year.</summary>
    Year,
    /// <summary>An ISO week or a week of a month.</summary>
    Week,
    /// <summary>A quarter or half of a year (<c>1989-Q3</c>, <c>2020-H1</c>).</summary>
    Part,
    /// <summary>A decade or century (<c>198</c> for the 1980s, <c>19</c> for the 20th century).</summary>
    Decade,
    /// <summary>Anything else with a ready-made value: seasons, quarters, decades, references, intervals, times.</summary>
    Other,
}

/// <summary>
/// A period named through the quarter (or half) the article last spoke of: "the quarter", "the year-earlier period",
/// "a year earlier" after "the third quarter". The year is <see cref="Year"/> when written ("the 1988 quarter"), else
/// the focus year less <see cref="YearsBack"/>.
/// </summary>
/// <param name="Year">The written year, if any.</param>
/// <param name="YearsBack">How many years before the focus quarter.</param>
/// <param name="Near">Whether the focus counts only when it was named shortly before (for "a year ago", which names a year otherwise).</param>
internal readonly record struct PartAnaphor(int? Year, int YearsBack, bool Near)
{
    /// <summary>Whether the period is said to be over ("the latest quarter"): a focus still running does not count.</summary>
    public bool Over { get; init; }
}

/// <summary>A parsed date expression before it becomes a mention.</summary>
/// <param name="Grain">How fine it is.</param>
/// <param name="Timex">The TIMEX3-style value, or null when it cannot be resolved.</param>
internal sealed record DateValue(DateGrain Grain, string? Timex)
{
    /// <summary>The year, when known (written or resolved).</summary>
    public int? Year { get; init; }

    /// <summary>The month, when known.</summary>
    public int? Month { get; init; }

    /// <summary>The day of the month, when known.</summary>
    public int? Day { get; init; }

    /// <summary>Whether the year was inferred from the publication date rather than written or implied by a deictic word.</summary>
    public bool YearInferred { get; init; }

    /// <summary>Whether the day was named relative to the reference ("today", "tomorrow night"): such a day keeps its part of the day.</summary>
    public bool Deictic { get; init; }

    /// <summary>Whether the day is a named holiday (which does not take a time of day).</summary>
    public bool Holiday { get; init; }

    /// <summary>The tokens of a duration inside the expression ("two years" in "in two years"): a quantity in its own right.</summary>
    public (int Start, int End)? DurationTokens { get; init; }

    /// <summary>For a quarter or half: its number (1 to 4, or 1 to 2) and how many months it lasts (3 or 6).</summary>
    public (int Index, int Months)? Part { get; init; }

    /// <summary>Set when the value follows the quarter in focus; <see cref="Timex"/> is then what it means without one (null: no date).</summary>
    public PartAnaphor? Anaphor { get; init; }

    /// <summary>
    /// For a range ("between 2014 and 2018", "from Monday until May 30", "between noon and 4 p.m."): its ends, each
    /// a date of its own (TIMEX3 writes a range as two dates), with the token each starts at.
    /// </summary>
    public IReadOnlyList<(int Start, DateMatch Match)>? Pieces { get; init; }

    /// <summary>A time of day the text gives without its day ("at 10:35 a.m."): the day comes from the text around it.</summary>
    public bool TimeOfDay { get; init; }

    /// <summary>The part of the day written with a day ("Sunday night": NI), which the day's value leaves out.</summary>
    public string? PartOfDay { get; init; }

    /// <summary>
    /// For "that year", "the following day": the unit (Y, M, D) and the offset from the last date the text named
    /// with that precision; <see cref="Timex"/> is null until it is resolved.
    /// </summary>
    public (char Unit, int Offset)? Narrative { get; init; }

    /// <summary>
    /// For "two days later", "a month earlier": the amount and its direction, counted from the last date the text
    /// named at least as finely as the amount (a day for days and weeks, a month for months, a year for years);
    /// <see cref="Timex"/> holds the value counted from the reference date, kept when the text named none.
    /// </summary>
    public (DateAmount Amount, int Sign)? CountedFrom { get; init; }

    /// <summary>
    /// For "the previous Friday": the ISO weekday whose last occurrence before the day the text last named (else
    /// before the reference date, already in <see cref="Timex"/>) the value is.
    /// </summary>
    public int? WeekdayBefore { get; init; }

    /// <summary>The TIMEX3 modifier (START, END, BEFORE...).</summary>
    public string? Mod { get; init; }

    /// <summary>A day value from a full date.</summary>
    public static DateValue Of(DateOnly d, bool yearInferred = false) =>
        new(DateGrain.Day, DateCalendar.Day(d)) { Year = d.Year, Month = d.Month, Day = d.Day, YearInferred = yearInferred };

    /// <summary>A month value.</summary>
    public static DateValue OfMonth(int? year, int month) =>
        new(DateGrain.Month, DateCalendar.Month(year, month)) { Year = year, Month = month };

    /// <summary>A year value.</summary>
    public static DateValue OfYear(int year) => new(DateGrain.Year, DateCalendar.Year(year)) { Year = year };

    /// <summary>A quarter or half: <c>1989-Q3</c>, <c>XXXX-H2</c>.</summary>
    public static DateValue OfPart(int? year, int index, int months) =>
        new(DateGrain.Part, $"{DateCalendar.Year(year)}-{(months == 3 ? 'Q' : 'H')}{DateCalendar.Int(index)}") { Year = year, Part = (index, months) };

    /// <summary>A ready-made value.</summary>
    public static DateValue Other(string? timex) => new(DateGrain.Other, timex);

    /// <summary>The first day as a TIMEX3 day, year XXXX when it was only inferred (as interval ends are written).</summary>
    public string? StartDay(bool keepInferred) => Grain switch
    {
        DateGrain.Day when Month is { } m && Day is { } d => DateCalendar.Day(YearInferred && !keepInferred ? null : Year, m, d),
        DateGrain.Month when Month is { } m => DateCalendar.Day(YearInferred && !keepInferred ? null : Year, m, 1),
        DateGrain.Year when Year is { } y => DateCalendar.Day(y, 1, 1),
        _ => null,
    };
}
