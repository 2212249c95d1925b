namespace NewsFacts;

/// <summary>
/// Finds date and time expressions and resolves them against a reference (publication) date, TIMEX3-style:
/// weekdays, month-day and day-month dates with or without a year, ISO and numeric dates, years, months, seasons,
/// quarters, decades, weeks, yesterday/today/tomorrow, this/last/next week, "the end of April", "early May",
/// "three days ago", "in two weeks", times of day, holidays and ranges. Durations ("48 hours") are not dates.
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

    internal IReadOnlyList<DateMention> Recognize(DocumentContext document) =>
        new DateParser(document.Text, document.Published).Parse();
}
