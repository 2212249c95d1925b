using System.Globalization;

namespace NewsFacts.Checking;

/// <summary>Reads TIMEX3 values ("2021-03-18", "2021-03", "2021-W11", "2021") as spans of days.</summary>
internal static class Timex
{
    public static (DateOnly Start, DateOnly End)? Days(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.StartsWith("XXXX", StringComparison.Ordinal))
        {
            return null;
        }

        var v = value;
        var t = v.IndexOf('T', StringComparison.Ordinal);
        if (t > 0)
        {
            v = v[..t];
        }

        var inv = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(v, "yyyy-MM-dd", inv, DateTimeStyles.None, out var day))
        {
            return (day, day);
        }

        if (DateOnly.TryParseExact(v + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var month))
        {
            return (month, month.AddMonths(1).AddDays(-1));
        }

        if (v.Length is 8 or 7 && v[4] == '-' && v[5] == 'W'
            && int.TryParse(v.AsSpan(0, 4), NumberStyles.None, inv, out var wy)
            && int.TryParse(v.AsSpan(6), NumberStyles.None, inv, out var week) && week is >= 1 and <= 53 && wy is >= 1 and <= 9998)
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(wy, Math.Min(week, ISOWeek.GetWeeksInYear(wy)), DayOfWeek.Monday));
            return (monday, monday.AddDays(6));
        }

        if (v.Length == 4 && int.TryParse(v, NumberStyles.None, inv, out var year) && year is >= 1 and <= 9999)
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        return null;
    }

    /// <summary>
    /// The ISO day of the week (1 Monday ... 7 Sunday) a value names: a weekday of no known week ("XXXX-WXX-6",
    /// "XXXX-WXX-6TNI": an undated article's "on Saturday (night)"), or the weekday of a single day ("2026-04-12");
    /// null for anything wider or vaguer.
    /// </summary>
    public static int? Weekday(string? value)
    {
        if (value is { Length: >= 10 } && value.StartsWith("XXXX-WXX-", StringComparison.Ordinal) && value[9] is >= '1' and <= '7'
            && (value.Length == 10 || value[10] == 'T'))
        {
            return value[9] - '0';
        }

        return Days(value) is { } d && d.Start == d.End ? ((int)d.Start.DayOfWeek + 6) % 7 + 1 : null;
    }

    /// <summary>The number of days between two spans (0 when they overlap).</summary>
    public static int Gap((DateOnly Start, DateOnly End) a, (DateOnly Start, DateOnly End) b) =>
        a.End < b.Start ? b.Start.DayNumber - a.End.DayNumber : b.End < a.Start ? a.Start.DayNumber - b.End.DayNumber : 0;
}
