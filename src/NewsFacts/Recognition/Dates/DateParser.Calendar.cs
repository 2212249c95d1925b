namespace NewsFacts.Recognition;

internal sealed partial class DateParser
{
    /// <summary>Words after which an ambiguous month name ("May", "March") or a bare number is read as a date.</summary>
    private static readonly HashSet<string> DatePrepositions = new(StringComparer.Ordinal)
    {
        "in", "on", "of", "since", "until", "till", "by", "from", "through", "between", "early", "late", "mid", "during",
        "before", "after", "last", "next", "this", "end", "beginning", "start", "middle", "throughout", "around", "as", "until",
    };

    // ---- months ----------------------------------------------------------------------------------------------

    /// <summary>The month a token names, honouring ambiguity: "May" and "March" only next to a number or after a date word.</summary>
    private int? MonthAt(int i)
    {
        var tok = At(i);
        if (!tok.IsWord || !DateLexicon.Months.TryGetValue(tok.Lower, out var m))
        {
            return null;
        }

        // "Sept." and other abbreviations may carry a period; a short form before a capitalized name is a first name
        // ("Foreign Minister Jan Kavan")
        if (!m.Ambiguous)
        {
            return tok.Lower.Length <= 4 && !Sym(i + 1, '.') && At(i + 1) is { IsWord: true } name && char.IsUpper(text[name.Start])
                && !DateLexicon.Months.ContainsKey(name.Lower) && !DateLexicon.Weekdays.ContainsKey(name.Lower) && !Tight(i + 1) && Capitalized(i)
                ? null : m.Month;
        }

        var next = At(i + 1);
        var nextIsNumber = next.IsNumber || (next.IsSymbol('/') && At(i + 2).IsNumber) || (next.IsSymbol('-') && Tight(i + 1) && At(i + 2).IsNumber);
        if (nextIsNumber || PrevIsDay(i) || (Word(i - 1, "of") && PrevIsDay(i - 1)))
        {
            return m.Month;
        }

        if (tok.Is("mar"))
        {
            return null;
        }

        // "between September and March", "from January to May": the second month of a pair of months
        if (Capitalized(i) && (DatePrepositions.Contains(At(i - 1).Lower) || (Sym(i - 1, '-') && Word(i - 2, "mid")) || (Word(i - 1, "of") && At(i - 2).IsWord)
            || (WordIn(i - 1, "and", "to", "or") && At(i - 2).IsWord && DateLexicon.Months.TryGetValue(At(i - 2).Lower, out var before) && !before.Ambiguous)))
        {
            return m.Month;
        }

        return null;
    }

    /// <summary>Whether a day number ("10", "10th", "tenth") stands just before <paramref name="i"/>.</summary>
    private bool PrevIsDay(int i)
    {
        var p = At(i - 1);
        if (p.IsNumber)
        {
            return p.Length <= 2 && !IsMoneyOrCount(i - 1);
        }

        if (p.IsWord && OrdinalSuffixes.Contains(p.Lower) && Tight(i - 1))
        {
            return At(i - 2).IsNumber && At(i - 2).Length <= 2;
        }

        return p.IsWord && DateLexicon.Numbers.TryGetValue(p.Lower, out var n) && n.Ordinal && n.Value > 0;
    }

    /// <summary>Skips the period after an abbreviated month ("Sept."), when it is one.</summary>
    private int AfterMonth(int i)
    {
        var tok = At(i);
        return tok.Lower.Length <= 4 && Sym(i + 1, '.') && Tight(i + 1) && !At(i + 2).NewlineBefore && (At(i + 2).IsNumber || (At(i + 2).IsWord && !char.IsUpper(text[At(i + 2).Start]))) ? i + 2 : i + 1;
    }

    /// <summary>A four-digit (or, after "of", two-digit) year; returns its end.</summary>
    private (int End, int Year)? YearAt(int i, bool allowTwoDigits = false, bool allowWords = false)
    {
        var tok = At(i);
        if (allowWords && tok.IsWord)
        {
            return YearInWords(i);
        }

        if (!tok.IsNumber)
        {
            return null;
        }

        if (tok.Length == 4 && tok.Number is >= 1000 and <= 2199)
        {
            return (i + 1, tok.Number);
        }

        if (allowTwoDigits && tok.Length == 2)
        {
            return (i + 1, TwoDigitYear(tok.Number));
        }

        return null;
    }

    /// <summary>"nineteen ninety six", "two thousand and fifteen", "twenty twenty-one".</summary>
    private (int End, int Year)? YearInWords(int i)
    {
        if (Word(i, "two") && Word(i + 1, "thousand"))
        {
            var k = Word(i + 2, "and") ? i + 3 : i + 2;
            if (At(k).IsWord && Number(k) is { Ordinal: false, Value: >= 1 and <= 99 } rest)
            {
                return (rest.End, 2000 + rest.Value);
            }

            return (i + 2, 2000);
        }

        if (At(i).IsWord && Number(i) is { Ordinal: false, Value: >= 11 and <= 20 } century && century.End == i + 1
            && At(i + 1).IsWord && Number(i + 1) is { Ordinal: false, Value: >= 10 and <= 99 } yy)
        {
            return (yy.End, (century.Value * 100) + yy.Value);
        }

        return null;
    }

    private int TwoDigitYear(int yy)
    {
        var pivot = reference is { } r ? (r.Year % 100) + 20 : 50;
        return yy <= pivot % 100 || (pivot >= 100 && yy < pivot - 100) ? 2000 + yy : 1900 + yy;
    }

    /// <summary>An optional ", 2021" / " 2021" / " of 2021" / " in 2021" after a month and day.</summary>
    private (int End, int Year)? TrailingYear(int e)
    {
        var k = e;
        if (Sym(k, ','))
        {
            k++;
        }

        if (WordIn(k, "of", "in"))
        {
            k++;
        }

        if (YearAt(k, allowWords: true) is { } y && !IsChained(k, k + 1))
        {
            return y;
        }

        return null;
    }

    /// <summary>A resolved month-and-day: the written year, else the one nearest the reference, else XXXX.</summary>
    private DateValue? MonthDay(int? year, int month, int day, int at = -1)
    {
        if (year is { } y)
        {
            return DateCalendar.IsValid(y, month, day) ? DateValue.Of(new DateOnly(y, month, day)) : null;
        }

        if (month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            return null;
        }

        if (reference is { } r && DateCalendar.NearestMonthDay(r, month, day) is { } d)
        {
            // in a sentence about the future, the next such day; in one about the past, the last one; else the nearest
            // (a day just gone stays gone: "by Jan. 14" the day after is a late report, not next year's)
            if (d < r.AddDays(-30) && at >= 0 && FutureContext(at) && DateCalendar.NearestMonthDay(r.AddYears(1), month, day) is { } next && next >= r)
            {
                d = next;
            }
            else if (d > r.AddDays(14) && at >= 0 && !FutureContext(at) && (d > r.AddMonths(3) ? PastContext(at) : GovernedByPast(at)) && DateCalendar.IsValid(d.Year - 1, month, day))
            {
                d = new DateOnly(d.Year - 1, month, day);
            }

            return DateValue.Of(d, yearInferred: true);
        }

        return new DateValue(DateGrain.Day, DateCalendar.Day(null, month, day)) { Month = month, Day = day, YearInferred = true };
    }

    /// <summary>"March 3", "March 3, 2021", "Jan 4th 2019", "Dec31", "May 2021", "April of 87", "sep-23-2020", "jan/3", "April", "March 3-5".</summary>
    private DateMatch? MonthForm(int i)
    {
        if (MonthAt(i) is not { } month)
        {
            return null;
        }

        var e = AfterMonth(i);

        // month [-/] day
        var d = e;
        if ((Sym(d, '/') || Sym(d, '-')) && Tight(d) && Tight(d + 1) && At(d + 1).IsNumber)
        {
            d++;
        }
        else if (Word(d, "the"))
        {
            d++;
        }

        // January nineteen ninety-seven: a year in words, not a day
        if (YearInWords(e) is { } spelledYear && spelledYear.End > e + 1)
        {
            return new DateMatch(spelledYear.End, DateValue.OfMonth(spelledYear.Year, month));
        }

        // "the Aug. 7 bombings": after "the" a month with its day is a date even before a plural noun ("May 10 people" is not)
        var attributive = Word(i - 1, "the") && !DateLexicon.Months[At(i).Lower].Ambiguous;
        if (DayNumber(d) is { } day && !(At(d).IsNumber && At(d + 1 == day.End ? d + 1 : day.End).IsSymbol('%')) && (attributive || !IsUnitAfter(day.End)))
        {
            var end = day.End;

            // sep-23-2020
            if (Sym(end, '-') && Tight(end) && YearAt(end + 1) is { } dashYear && Tight(end + 1))
            {
                return MonthDay(dashYear.Year, month, day.Value) is { } v0 ? new DateMatch(dashYear.End, v0) : null;
            }

            // March 3-5, April 9th through seventeenth
            if (DayRangeAfter(end) is { } second)
            {
                var year = TrailingYear(second.End);
                return DayInterval(year?.Year, month, day.Value, month, second.Day, year?.End ?? second.End);
            }

            if (TrailingYear(end) is { } ty)
            {
                return MonthDay(ty.Year, month, day.Value) is { } v1 ? new DateMatch(ty.End, v1) : null;
            }

            // "April 24 and 25": two days of one month, each a date
            if (Word(end, "and") && DayNumber(end + 1) is { } other && other.Value > day.Value && !IsUnitAfter(other.End) && MonthAt(other.End) is null
                && !Sym(other.End, ':') && !(Sym(other.End, '.') && Tight(other.End) && At(other.End + 1).IsNumber) && At(end + 1).IsNumber
                && MonthDay(null, month, day.Value, i) is { } first && first.Year is { } fy && DateCalendar.IsValid(fy, month, other.Value))
            {
                var then = DateValue.Of(new DateOnly(fy, month, other.Value), first.YearInferred);
                var yearAfter = TrailingYear(other.End);
                if (yearAfter is { } ya && MonthDay(ya.Year, month, day.Value) is { } f2 && DateCalendar.IsValid(ya.Year, month, other.Value))
                {
                    (first, then) = (f2, DateValue.Of(new DateOnly(ya.Year, month, other.Value)));
                }

                var last = yearAfter?.End ?? other.End;
                return new DateMatch(last, DateValue.Other(null) with { Pieces = [(i, new DateMatch(end, first)), (end + 1, new DateMatch(last, then))] });
            }

            // "May 10 people": a number followed by a word that counts something is not a day
            if (MonthDay(null, month, day.Value, i) is { } v2)
            {
                return new DateMatch(end, v2);
            }
        }

        // month [,|-|of|in] year
        var k = e;
        if ((Sym(k, ',') || (Sym(k, '-') && Tight(k))) && YearAt(k + 1) is not null)
        {
            k++;
        }
        else if (WordIn(k, "of", "in"))
        {
            k++;
        }

        if (YearAt(k, allowTwoDigits: Word(k - 1, "of") || (Sym(k - 1, '\'') && Tight(k)), allowWords: true) is { } year2 && !IsChained(k, k + 1))
        {
            return new DateMatch(year2.End, DateValue.OfMonth(year2.Year, month));
        }

        // "July last year", "in March this year", "May next year": the month of that year
        if (WordIn(e, "last", "this", "next") && Word(e + 1, "year") && reference is { } r && !(Sym(e + 2, '\'') && Word(e + 3, "s")))
        {
            return new DateMatch(e + 2, DateValue.OfMonth(r.Year + Direction(At(e).Lower)!.Value, month));
        }

        return new DateMatch(e, MonthOfYear(month, i));
    }

    /// <summary>
    /// A month named without a year: in a sentence about the future the next such month (this one included),
    /// else the nearest one to the reference; XXXX without a reference.
    /// </summary>
    private DateValue MonthOfYear(int month, int at)
    {
        if (reference is not { } r)
        {
            return DateValue.OfMonth(null, month) with { YearInferred = true };
        }

        var here = (r.Year * 12) + r.Month - 1;
        var best = 0;
        for (var y = r.Year - 1; y <= r.Year + 1; y++)
        {
            var there = (y * 12) + month - 1;
            if (best == 0 || Math.Abs(there - here) < Math.Abs(best - here))
            {
                best = there;
            }
        }

        if (best < here && FutureContext(at))
        {
            best += 12;
        }
        else if (best > here && !FutureContext(at) && (best > here + 3 ? PastContext(at) : GovernedByPast(at)))
        {
            best -= 12;
        }

        return DateValue.OfMonth(best / 12, (best % 12) + 1) with { YearInferred = true };
    }

    /// <summary>"-5", "to 5th", "through seventeenth", "and 12" after a first day.</summary>
    private (int End, int Day)? DayRangeAfter(int e, bool monthFollows = false)
    {
        var k = e;
        if (Sym(k, '-') || Sym(k, '~'))
        {
            k++;
        }
        else if (WordIn(k, "to", "through", "thru", "till", "until"))
        {
            k++;
            if (Word(k, "the"))
            {
                k++;
            }
        }
        else
        {
            return null;
        }

        if (DayNumber(k) is { } second && !IsUnitAfter(second.End) && (monthFollows || MonthAt(second.End) is null) && !Sym(second.End, ':'))
        {
            return (second.End, second.Value);
        }

        return null;
    }

    /// <summary>An interval of days within known months.</summary>
    private DateMatch? DayInterval(int? year, int month1, int day1, int month2, int day2, int end)
    {
        var y = year ?? reference?.Year ?? 2000;
        if (!DateCalendar.IsValid(y, month1, day1) || !DateCalendar.IsValid(y, month2, day2))
        {
            return null;
        }

        var a = new DateOnly(y, month1, day1);
        var b = new DateOnly(y, month2, day2);
        if (b < a)
        {
            if (year is null && month2 < month1)
            {
                b = b.AddYears(1);
            }
            else
            {
                return null;
            }
        }

        var timex = $"({DateCalendar.Day(year, month1, day1)},{DateCalendar.Day(year is null ? null : b.Year, month2, day2)},P{DateCalendar.Int(b.DayNumber - a.DayNumber)}D)";
        return new DateMatch(end, DateValue.Other(timex));
    }

    /// <summary>"3 March", "4th of July 1995", "the 09th of May", "second of Aug", "twenty five January", "3 to 12 of Sept".</summary>
    private DateMatch? DayMonthForm(int i)
    {
        var j = The(i);
        if (DayNumber(j) is not { } day || IsMoneyOrCount(j))
        {
            return null;
        }

        var e = day.End;
        var rangeEnd = DayRangeAfter(e, monthFollows: true) ?? (Word(e, "and") && DayNumber(e + 1) is { } andDay ? (andDay.End, andDay.Value) : null);
        var m = rangeEnd?.End ?? e;
        if (Sym(m, '/') || Sym(m, '-'))
        {
            // 22/jan/2019, 23-sep-2020
            if (!Tight(m) || !Tight(m + 1))
            {
                return null;
            }

            m++;
        }
        else if (Word(m, "of"))
        {
            m++;
        }

        if (MonthAt(m) is not { } month)
        {
            return null;
        }

        var end = AfterMonth(m);
        int? year = null;
        if ((Sym(end, '/') || Sym(end, '-')) && Tight(end) && YearAt(end + 1) is { } slashYear)
        {
            year = slashYear.Year;
            end = slashYear.End;
        }
        else if (TrailingYear(end) is { } ty)
        {
            year = ty.Year;
            end = ty.End;
        }

        if (rangeEnd is { } r)
        {
            return DayInterval(year, month, day.Value, month, r.Day, end);
        }

        return MonthDay(year, month, day.Value, i) is { } v ? new DateMatch(end, v) : null;
    }

    /// <summary>"on the 18th", "by 29th", "the thirty-first day of the month": a day of the month alone, as an ordinal after a date preposition.</summary>
    private DateMatch? DayOfMonth(int i)
    {
        var j = Word(i, "the") ? i + 1 : i;
        if (DayNumber(j) is not { Ordinal: true } day || (j == i && !At(j).IsNumber))
        {
            return null;
        }

        var end = day.End;
        var ofMonth = Word(end, "day") && Word(end + 1, "of") && WordIn(end + 2, "the", "this") && Word(end + 3, "month");
        if (ofMonth)
        {
            end += 4;
        }
        else if (!WordIn(i - 1, "on", "by", "until", "till", "since", "before", "after", "from")
            || (At(end).IsWord && !WordIn(end, "and", "or", "to", "at", "from", "between")) || IsUnitAfter(end))
        {
            return null;
        }

        if (reference is { } r)
        {
            if (ofMonth)
            {
                return DateCalendar.IsValid(r.Year, r.Month, day.Value) ? new DateMatch(end, DateValue.Of(new DateOnly(r.Year, r.Month, day.Value))) : null;
            }

            if (DateCalendar.NearestDayOfMonth(r, day.Value, null) is { } d)
            {
                return new DateMatch(end, DateValue.Of(d, yearInferred: true));
            }
        }

        return new DateMatch(end, DateValue.Other(DateCalendar.Day(null, null, day.Value)));
    }

    /// <summary>Whether the number at <paramref name="i"/> is an amount of money or part of a longer number ("$12", "1,12").</summary>
    private bool IsMoneyOrCount(int i)
    {
        var before = At(i - 1);
        return before.Kind == DateTokenKind.Symbol && (before.Is("$") || before.Is("€") || before.Is("£") || before.Is("¥") || before.Is("#")
            || ((before.Is(",") || before.Is(".")) && !before.SpaceBefore && At(i - 2).IsNumber && !At(i).SpaceBefore));
    }

    /// <summary>Whether the word at <paramref name="i"/> makes the number before it a count ("10 people", "5 percent").</summary>
    private bool IsUnitAfter(int i)
    {
        var tok = At(i);
        if (tok.IsSymbol('%'))
        {
            return true;
        }

        if (!tok.IsWord || char.IsUpper(text[tok.Start]))
        {
            return false;
        }

        if (DateLexicon.MeasurementUnits.Contains(tok.Lower) && !DateLexicon.Months.ContainsKey(tok.Lower) && Meridiem(i).Meridiem is null)
        {
            return true;
        }

        if (tok.Lower.Length < 3)
        {
            return false;
        }

        if (DateLexicon.Units.ContainsKey(tok.Lower) || tok.Is("percent") || tok.Is("per") || tok.Is("million") || tok.Is("billion") || tok.Is("thousand"))
        {
            return true;
        }

        return (tok.Lower.EndsWith('s') && !NotCountNouns.Contains(tok.Lower)) || tok.Lower is "people" or "children" or "men" or "women" or "staff" or "police" or "cattle" or "personnel" or "troops";
    }

    private static readonly HashSet<string> NotCountNouns = new(StringComparer.Ordinal)
    {
        "was", "is", "has", "as", "his", "its", "this", "thus", "always", "whereas", "perhaps", "plus", "less", "unless", "does", "across", "towards", "afterwards",
    };

    /// <summary>Whether tokens [start, end) sit inside a longer chain of numbers joined by - / . : (phone numbers, IDs).</summary>
    private bool IsChained(int start, int end)
    {
        var before = At(start - 1);
        if (start > 0 && !At(start).SpaceBefore && (before.IsSymbol('-') || before.IsSymbol('/') || before.IsSymbol('.') || before.IsSymbol(':')) && At(start - 2).IsNumber && !before.SpaceBefore)
        {
            return true;
        }

        var after = At(end);
        return end < t.Count && !after.SpaceBefore && (after.IsSymbol('-') || after.IsSymbol('/') || after.IsSymbol(':') || (after.IsSymbol('.') && At(end + 1).IsNumber)) && At(end + 1).IsNumber && !At(end + 1).SpaceBefore;
    }
}
