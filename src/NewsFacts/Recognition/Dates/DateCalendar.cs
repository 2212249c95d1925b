using System.Globalization;

namespace NewsFacts.Recognition;

/// <summary>Calendar arithmetic and TIMEX3 formatting for the date recognizer.</summary>
internal static class DateCalendar
{
    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>The <paramref name="n"/>th <paramref name="isoWeekday"/> of a month; n = -1 is the last one.</summary>
    public static DateOnly NthWeekday(int year, int month, int isoWeekday, int n)
    {
        if (n < 0)
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            var back = (IsoDay(last) - isoWeekday + 7) % 7;
            return last.AddDays(-back);
        }

        var first = new DateOnly(year, month, 1);
        var ahead = (isoWeekday - IsoDay(first) + 7) % 7;
        return first.AddDays(ahead + (7 * (n - 1)));
    }

    /// <summary>Easter Sunday (Gregorian, anonymous algorithm).</summary>
    public static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>ISO day of the week: Monday 1 ... Sunday 7.</summary>
    public static int IsoDay(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    /// <summary>The Monday of the ISO week that holds <paramref name="d"/>.</summary>
    public static DateOnly WeekStart(DateOnly d) => d.AddDays(1 - IsoDay(d));

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Day(int? year, int? month, int day) => $"{Year(year)}-{Two(month)}-{day.ToString("00", CultureInfo.InvariantCulture)}";

    public static string Month(int? year, int month) => $"{Year(year)}-{month.ToString("00", CultureInfo.InvariantCulture)}";

    public static string Year(int? year) => year is { } y ? y.ToString("0000", CultureInfo.InvariantCulture) : "XXXX";

    public static string Week(DateOnly d) =>
        $"{ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue)).ToString("0000", CultureInfo.InvariantCulture)}-W{ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)).ToString("00", CultureInfo.InvariantCulture)}";

    public static string Two(int? n) => n is { } v ? v.ToString("00", CultureInfo.InvariantCulture) : "XX";

    public static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Adds a signed count of calendar units (D, W, M, Y).</summary>
    public static DateOnly? Add(DateOnly d, int count, char unit)
    {
        try
        {
            return unit switch
            {
                'D' => d.AddDays(count),
                'W' => d.AddDays(7 * count),
                'M' => d.AddMonths(count),
                'Y' => d.AddYears(count),
                _ => null,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Of the dates with this month and day in the years around the reference, the nearest one (null when none is valid).</summary>
    public static DateOnly? NearestMonthDay(DateOnly reference, int month, int day)
    {
        DateOnly? best = null;
        for (var y = reference.Year - 4; y <= reference.Year + 4; y++)
        {
            if (!IsValid(y, month, day))
            {
                continue;
            }

            var d = new DateOnly(y, month, day);
            if (best is null || Math.Abs(d.DayNumber - reference.DayNumber) < Math.Abs(best.Value.DayNumber - reference.DayNumber))
            {
                best = d;
            }
        }

        return best;
    }

    /// <summary>The nearest date with this day of the month (and, when given, this weekday) around the reference.</summary>
    public static DateOnly? NearestDayOfMonth(DateOnly reference, int day, int? isoWeekday)
    {
        DateOnly? best = null;
        var start = new DateOnly(reference.Year, reference.Month, 1);
        for (var k = -14; k <= 14; k++)
        {
            var m = start.AddMonths(k);
            if (!IsValid(m.Year, m.Month, day))
            {
                continue;
            }

            var d = new DateOnly(m.Year, m.Month, day);
            if (isoWeekday is { } w && IsoDay(d) != w)
            {
                continue;
            }

            if (best is null || Math.Abs(d.DayNumber - reference.DayNumber) < Math.Abs(best.Value.DayNumber - reference.DayNumber))
            {
                best = d;
            }
        }

        return best;
    }

    /// <summary>The number of the week of the month that holds <paramref name="d"/> (weeks start on Monday).</summary>
    public static int WeekOfMonth(DateOnly d)
    {
        var first = new DateOnly(d.Year, d.Month, 1);
        return ((d.Day + IsoDay(first) - 2) / 7) + 1;
    }
}
