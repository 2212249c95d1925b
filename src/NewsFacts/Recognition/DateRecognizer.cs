namespace NewsFacts.Recognition;

/// <summary>
/// Finds date and time expressions and resolves them against a reference (publication) date, TIMEX3-style:
/// weekdays, month-day and day-month dates with or without a year, ISO and numeric dates, years, months, seasons,
/// quarters, decades, weeks, yesterday/today/tomorrow, this/last/next week, "the end of April", "early May",
/// "three days ago", "in two weeks", times of day (on the day they fall on), holidays, ranges (as their two ends, the
/// way TIMEX3 writes them) and dates in the article's own time frame ("the following year"). Durations ("48 hours",
/// "the past three years") are not dates.
/// </summary>
public sealed class DateRecognizer
{
    /// <summary>The shared instance; the recognizer holds no mutable state.</summary>
    public static DateRecognizer Default { get; } = new();

    /// <summary>Finds every date expression in <paramref name="text"/>, resolving relative ones against <paramref name="reference"/>.</summary>
    public IReadOnlyList<DateMention> Recognize(string text, DateOnly? reference = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Recognize(DocumentContext.Of(text, reference));
    }

    /// <summary>
    /// The earliest and latest reference dates relative expressions are resolved against. A publication date at the
    /// very edge of the calendar (0001-01-01 is a common placeholder) leaves no room for "last Tuesday", so outside
    /// this window relative expressions stay unresolved, as with no publication date at all.
    /// </summary>
    internal static readonly DateOnly EarliestReference = new(2, 1, 1);

    /// <summary>The latest usable reference date; see <see cref="EarliestReference"/>.</summary>
    internal static readonly DateOnly LatestReference = new(9998, 12, 31);

    internal IReadOnlyList<DateMention> Recognize(DocumentContext document)
    {
        var reference = document.Published is { } p && (p < EarliestReference || p > LatestReference) ? null : document.Published;
        return new DateParser(document.Text, reference).Parse();
    }
}
