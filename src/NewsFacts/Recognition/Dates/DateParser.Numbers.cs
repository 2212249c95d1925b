namespace NewsFacts.Recognition;

/// <summary>A parsed number: where it ends, its value and whether it was an ordinal ("3rd", "third").</summary>
internal readonly record struct NumberMatch(int End, int Value, bool Ordinal);

/// <summary>A parsed time of day: where it ends and its TIMEX3 suffix (<c>T08</c>, <c>T20:30</c>).</summary>
internal readonly record struct TimeMatch(int End, string Value);

internal sealed partial class DateParser
{
    private static readonly HashSet<string> OrdinalSuffixes = new(StringComparer.Ordinal) { "st", "nd", "rd", "th" };

    /// <summary>A number written in digits or words, up to 99 in words ("twenty-first", "3rd", "two", "a couple of").</summary>
    private NumberMatch? Number(int i, bool allowArticle = false)
    {
        var tok = At(i);
        if (tok.IsNumber)
        {
            if (tok.Length > 6)
            {
                return null;
            }

            if (OrdinalSuffixes.Contains(At(i + 1).Lower) && Tight(i + 1))
            {
                return new NumberMatch(i + 2, tok.Number, true);
            }

            return new NumberMatch(i + 1, tok.Number, false);
        }

        if (!tok.IsWord)
        {
            return null;
        }

        if (tok.Is("a") && Word(i + 1, "couple"))
        {
            return new NumberMatch(Word(i + 2, "of") ? i + 3 : i + 2, 2, false);
        }

        if (!DateLexicon.Numbers.TryGetValue(tok.Lower, out var n) || (!allowArticle && (tok.Is("a") || tok.Is("an"))))
        {
            return null;
        }

        if (n.Value is >= 20 and <= 90 && !n.Ordinal)
        {
            var k = Sym(i + 1, '-') && Tight(i + 1) ? i + 2 : i + 1;
            if (At(k).IsWord && DateLexicon.Numbers.TryGetValue(At(k).Lower, out var unit) && unit.Value is >= 1 and <= 9 && !At(k).Is("a") && !At(k).Is("an"))
            {
                return new NumberMatch(k + 1, n.Value + unit.Value, unit.Ordinal);
            }
        }

        return new NumberMatch(i + 1, n.Value, n.Ordinal);
    }

    /// <summary>A day of the month: 1 to 31, in digits (at most two) or words.</summary>
    private NumberMatch? DayNumber(int i)
    {
        if (At(i).IsNumber && At(i).Length > 2)
        {
            return null;
        }

        return Number(i) is { Value: >= 1 and <= 31 } n ? n : null;
    }

    /// <summary>A time of day: "10 a.m.", "3:30 pm", "8.30pm", "9p", "14:55", "noon", "7 o'clock", "5 in the morning".</summary>
    private TimeMatch? Time(int i)
    {
        var tok = At(i);
        if (WordIn(i, "noon", "midday"))
        {
            // a title ("the film High Noon"); "high noon" is a moment of decision, not twelve o'clock
            if (InTitle(i) || Word(i - 1, "high"))
            {
                return null;
            }

            return new TimeMatch(i + 1, "T12:00");
        }

        if (Word(i, "midnight"))
        {
            return new TimeMatch(i + 1, "T00:00");
        }

        if (!tok.IsNumber || tok.Length > 2 || tok.Number > 24 || IsMoneyOrCount(i))
        {
            return null;
        }

        var hour = tok.Number;
        int? minute = null;
        var e = i + 1;
        var dotted = false;
        if ((Sym(e, ':') || Sym(e, '.')) && Tight(e) && At(e + 1).IsNumber && At(e + 1).Length == 2 && Tight(e + 1) && At(e + 1).Number < 60)
        {
            dotted = Sym(e, '.');
            minute = At(e + 1).Number;
            e += 2;
            if (Sym(e, ':') && Tight(e) && At(e + 1).IsNumber && Tight(e + 1))
            {
                return null; // 12:04:33 and longer chains are not read
            }
        }

        var (afterMeridiem, meridiem) = Meridiem(e);
        var oclock = Word(e, "oclock") ? e + 1 : Seq(e, ["o", "'", "clock"]);
        if (meridiem is null && oclock > 0)
        {
            afterMeridiem = oclock;
            meridiem = string.Empty;
        }

        if (meridiem is null && Word(e, "in") && Word(e + 1, "the") && WordIn(e + 2, "morning", "afternoon", "evening"))
        {
            meridiem = At(e + 2).Is("morning") ? "am" : "pm";
            afterMeridiem = e + 3;
        }

        if (meridiem is null)
        {
            if (minute is null || dotted || hour > 23)
            {
                return null;
            }

            afterMeridiem = e;
        }

        if (meridiem is "pm" && hour < 12)
        {
            hour += 12;
        }
        else if (meridiem is "am" && hour == 12)
        {
            hour = 0;
        }

        if (hour > 23 || (meridiem is "am" or "pm" && tok.Number is 0 or > 12))
        {
            return null;
        }

        var value = "T" + DateCalendar.Two(hour) + ":" + DateCalendar.Two(minute ?? 0);
        return new TimeMatch(AfterTimeZone(afterMeridiem), value);
    }

    /// <summary>Time zones written after a clock time ("5 p.m. EST", "10:00 GMT"), as the text writes them (upper case).</summary>
    private static readonly HashSet<string> TimeZones = new(StringComparer.Ordinal)
    {
        "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "HST", "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST",
        "WET", "WEST", "IST", "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "EAT", "WAT", "CAT", "SAST", "MSK",
    };

    /// <summary>Skips a time zone or "local time" after a clock time; the value stays the clock reading as written.</summary>
    private int AfterTimeZone(int e)
    {
        if (At(e).IsWord && TimeZones.Contains(text[At(e).Start..At(e).End]))
        {
            return e + 1;
        }

        return Word(e, "local") && Word(e + 1, "time") ? e + 2 : e;
    }

    /// <summary>am / pm / a.m. / p.m. / a / p after a number.</summary>
    private (int End, string? Meridiem) Meridiem(int e)
    {
        var tok = At(e);
        if (!tok.IsWord)
        {
            return (e, null);
        }

        if (tok.Is("am") || tok.Is("pm"))
        {
            return (e + 1, tok.Lower);
        }

        if ((tok.Is("a") || tok.Is("p")) && Sym(e + 1, '.') && Tight(e + 1) && Word(e + 2, "m") && Tight(e + 2))
        {
            var end = Sym(e + 3, '.') && Tight(e + 3) ? e + 4 : e + 3;
            return (end, tok.Is("a") ? "am" : "pm");
        }

        if ((tok.Is("a") || tok.Is("p")) && Tight(e) && !At(e + 1).IsWord)
        {
            return (e + 1, tok.Is("a") ? "am" : "pm");
        }

        return (e, null);
    }
}
