namespace NewsFacts.Recognition;

/// <summary>A clock reading as written: hour, optional minutes, optional am/pm.</summary>
/// <param name="End">One past its last token.</param>
/// <param name="Hour">The hour as written (0-24).</param>
/// <param name="Minute">The minutes, when written.</param>
/// <param name="Meridiem">"am", "pm" or null.</param>
internal readonly record struct Clock(int End, int Hour, int? Minute, string? Meridiem)
{
    public int Hour24 => Meridiem switch
    {
        "pm" when Hour < 12 => Hour + 12,
        "am" when Hour == 12 => 0,
        _ => Hour,
    };
}

internal sealed partial class DateParser
{
    /// <summary>The day part of a time whose day the text does not give: <c>XXXX-XX-XXT12:00</c>.</summary>
    private const string UnknownDay = "XXXX-XX-XX";

    /// <summary>An hour with optional minutes and am/pm; a bare hour is allowed (the caller decides whether it reads as a time).</summary>
    private Clock? ClockAt(int i)
    {
        var tok = At(i);
        if (WordIn(i, "noon", "midday"))
        {
            return new Clock(i + 1, 12, null, "pm");
        }

        if (!tok.IsNumber || tok.Length > 2 || tok.Number > 24 || IsMoneyOrCount(i))
        {
            return null;
        }

        int? minute = null;
        var e = i + 1;
        if ((Sym(e, ':') || Sym(e, '.')) && Tight(e) && At(e + 1).IsNumber && At(e + 1).Length == 2 && Tight(e + 1) && At(e + 1).Number < 60)
        {
            minute = At(e + 1).Number;
            e += 2;
        }

        var (end, meridiem) = Meridiem(e);
        return new Clock(end, tok.Number, minute, meridiem);
    }

    /// <summary>"5 to 6pm", "between 3:00 pm and 5:00 pm", "from 10:30 to 3", "1-3 pm", with an optional day after: "3:00 to 4:00 tomorrow".</summary>
    private DateMatch? TimeRange(int i, string? day = null)
    {
        var between = Word(i, "between");
        var k = WordIn(i, "from", "between") ? i + 1 : i;
        if (ClockAt(k) is not { } a)
        {
            return null;
        }

        var c = a.End;
        var joined = between ? Word(c, "and") || Sym(c, '-') : WordIn(c, "to", "until", "till", "through") || Sym(c, '-');
        if (!joined || ClockAt(c + 1) is not { } b)
        {
            return null;
        }

        // one side must read as a clock time
        if (a.Minute is null && a.Meridiem is null && b.Minute is null && b.Meridiem is null)
        {
            return null;
        }

        if (Sym(c, '-') && a.Minute is null && b.Minute is null && b.Meridiem is null)
        {
            return null;
        }

        var start = (a.Hour24 * 60) + (a.Minute ?? 0);
        var finish = (b.Hour24 * 60) + (b.Minute ?? 0);
        var startHour = a.Hour24;
        if (a.Meridiem is null && b.Meridiem == "pm" && a.Hour < 12 && (a.Hour + 12) * 60 + (a.Minute ?? 0) <= finish)
        {
            startHour = a.Hour + 12;
            start += 12 * 60;
        }

        var finishHour = b.Hour24;
        if (finish <= start && b.Meridiem is null && b.Hour < 12)
        {
            finishHour += 12;
            finish += 12 * 60;
        }

        if (finish <= start)
        {
            return null;
        }

        var end = b.End;
        if (day is null)
        {
            var d = Word(end, "on") ? end + 1 : end;
            if (Base(d) is { } on && on.Value.Grain == DateGrain.Day && on.Value.Timex is { } tx && !tx.Contains('T', StringComparison.Ordinal))
            {
                day = tx;
                end = on.End;
            }
        }

        string Stamp(int hour, int? minute) => (day ?? string.Empty) + "T" + DateCalendar.Two(hour) + (minute is { } m ? ":" + DateCalendar.Two(m) : string.Empty);
        var minutes = finish - start;
        var duration = "PT" + (minutes / 60 > 0 ? DateCalendar.Int(minutes / 60) + "H" : string.Empty) + (minutes % 60 > 0 ? DateCalendar.Int(minutes % 60) + "M" : string.Empty);

        // TIMEX3 writes a range as its two times (and the day, when one follows), each on the day it falls on
        DateValue Clock(int hour, int? minute) => DateValue.Other((day ?? string.Empty) + "T" + DateCalendar.Two(hour) + ":" + DateCalendar.Two(minute ?? 0)) with { TimeOfDay = day is null };
        List<(int, DateMatch)> pieces = [(k, new DateMatch(a.End, Clock(startHour, a.Minute))), (c + 1, new DateMatch(b.End, Clock(finishHour, b.Minute)))];
        if (end > b.End)
        {
            var dayAt = Word(b.End, "on") ? b.End + 1 : b.End;
            pieces.Add((dayAt, new DateMatch(end, Base(dayAt)!.Value.Value)));
        }

        return new DateMatch(end, DateValue.Other($"({Stamp(startHour, a.Minute)},{Stamp(finishHour, b.Minute)},{duration})") with { Pieces = pieces });
    }
}
