namespace NewsFacts.Recognition;

internal sealed partial class DateParser
{
    // ---- numeric dates ---------------------------------------------------------------------------------------

    private static bool IsDateSeparator(DateToken tok) => tok.IsSymbol('-') || tok.IsSymbol('/') || tok.IsSymbol('.');

    /// <summary>"2021-03-18", "2019/aug/01", "3/18/2021", "13/04/21", "23.04.2022", "22/04", "12-2015".</summary>
    private DateMatch? Numeric(int i)
    {
        var a = At(i);
        if (!a.IsNumber || a.Length > 4)
        {
            return null;
        }

        var sep = At(i + 1);
        if (!IsDateSeparator(sep) || !Tight(i + 1) || !Tight(i + 2))
        {
            return null;
        }

        var b = At(i + 2);
        var hasThird = At(i + 3).Lower == sep.Lower && Tight(i + 3) && Tight(i + 4) && (At(i + 4).IsNumber || At(i + 4).IsWord);
        var c = At(i + 4);

        // year first: 2021-03-18, 2019-aug-1, 2020/23/sep
        if (a.Length == 4 && hasThird)
        {
            if (IsChained(i, i + 5))
            {
                return null;
            }

            int? month = b.IsNumber ? b.Number : MonthAt(i + 2);
            int? day = c.IsNumber && c.Length <= 2 ? c.Number : null;
            if (b.IsNumber && c.IsWord && MonthAt(i + 4) is { } m2)
            {
                (month, day) = (m2, b.Number);
            }

            if (month is { } mm && day is { } dd && (b.IsWord || b.Length <= 2) && (c.IsWord || c.Length <= 2) && DateCalendar.IsValid(a.Number, mm, dd))
            {
                return new DateMatch(i + 5, DateValue.Of(new DateOnly(a.Number, mm, dd)));
            }

            return null;
        }

        if (a.Length > 2)
        {
            return null;
        }

        // day or month first, with a year: 3/18/2021, 13/04/21, 23.04.2022, 22/jan/2019
        if (hasThird && (c.IsNumber && (c.Length == 4 || (c.Length == 2 && !sep.IsSymbol('-')))))
        {
            if (IsChained(i, i + 5) || (b.IsNumber && b.Length > 2))
            {
                return null;
            }

            var year = c.Length == 4 ? c.Number : TwoDigitYear(c.Number);
            int first = a.Number, second;
            if (b.IsWord)
            {
                if (MonthAt(i + 2) is not { } bm)
                {
                    return null;
                }

                (first, second) = (bm, a.Number);
            }
            else if (a.Number > 12 || sep.IsSymbol('.'))
            {
                (first, second) = (b.Number, a.Number);
            }
            else
            {
                second = b.Number;
            }

            return DateCalendar.IsValid(year, first, second) ? new DateMatch(i + 5, DateValue.Of(new DateOnly(year, first, second))) : null;
        }

        if (!b.IsNumber || hasThird || IsChained(i, i + 3))
        {
            return null;
        }

        // month-year: 12-2015, 03/2021
        if (b.Length == 4 && !sep.IsSymbol('.') && a.Number is >= 1 and <= 12 && b.Number is >= 1000 and <= 2199)
        {
            return new DateMatch(i + 3, DateValue.OfMonth(b.Number, a.Number));
        }

        // month/day alone: only with a slash, and where it reads as a date (not "3/4 of the vote")
        var cued = (At(i - 1).IsWord && (DatePrepositions.Contains(At(i - 1).Lower) || DateLexicon.Weekdays.ContainsKey(At(i - 1).Lower))) || Sym(i - 1, ',') && WeekdayAt(i - 2) is not null;
        if (!sep.IsSymbol('/') || b.Length > 2 || IsUnitAfter(i + 3) || IsMoneyOrCount(i) || At(i - 1).IsNumber || Sym(i - 1, '-')
            || (!cued && At(i + 3).IsWord && !WordIn(i + 3, "to", "and", "or", "at", "until", "till", "through", "from", "between")))
        {
            return null;
        }

        // a price in eighths moving to another ("eased 1/8 to 31 7/8", "up 3/4 to 12"): a fraction, not a date
        if (IsPriceFraction(a.Number, b.Number) && Word(i + 3, "to") && At(i + 4).IsNumber && !(Sym(i + 5, '/') && Tight(i + 5)))
        {
            return null;
        }

        var (mo, da) = a.Number > 12 ? (b.Number, a.Number) : (a.Number, b.Number);
        return MonthDay(null, mo, da, i) is { } v ? new DateMatch(i + 3, v) : null;
    }

    /// <summary>Whether <paramref name="numerator"/>/<paramref name="denominator"/> is a proper fraction in halves to 32nds, as share prices were quoted.</summary>
    private static bool IsPriceFraction(int numerator, int denominator) =>
        denominator is 2 or 4 or 8 or 16 or 32 && numerator >= 1 && numerator < denominator;

    // ---- years, decades, centuries -------------------------------------------------------------------------

    private static readonly HashSet<string> CountCues = new(StringComparer.Ordinal)
    {
        "than", "about", "approximately", "nearly", "almost", "roughly", "some", "least", "most", "total", "additional",
        "another", "extra", "only", "just", "over", "under", "exactly", "number",
    };

    /// <summary>"2020", "the year 2020", "the 1990s", "'90s", "cy18".</summary>
    private DateMatch? YearForm(int i)
    {
        var j = The(i);
        if ((Word(j, "year") && !WordIn(j - 1, "school", "fiscal", "financial", "academic", "model", "tax")) || (Word(j, "calendar") && Word(j + 1, "year")))
        {
            var k = Word(j, "year") ? j + 1 : j + 2;
            if (Word(k, "of"))
            {
                k++;
            }

            return YearAt(k, allowWords: true) is { } y && !IsChained(k, k + 1) ? new DateMatch(y.End, DateValue.OfYear(y.Year)) : null;
        }

        // the nineties, the sixties: a decade of the 1900s named in words
        if (j > i && At(j).IsWord && DecadeWords.TryGetValue(At(j).Lower, out var tens))
        {
            return new DateMatch(j + 1, Decade(1900 + tens));
        }

        if (Word(i, "cy") || Word(i, "fy"))
        {
            if (YearAt(i + 1, allowTwoDigits: true) is { } cy && (At(i + 1).Length == 4 || Tight(i + 1)))
            {
                // "FY24", "FY2020": the fiscal year by the calendar year it is named after, as "fiscal 2020" is
                return new DateMatch(cy.End, DateValue.OfYear(cy.Year));
            }

            return null;
        }

        // '90s, the 90s
        if ((Sym(i, '\'') || Word(i - 1, "the") || WordIn(i - 1, "early", "mid", "late", "in")) && (Sym(i, '\'') ? At(i + 1) : At(i)) is { IsNumber: true, Length: 2 } yy)
        {
            var n = Sym(i, '\'') ? i + 1 : i;
            if (yy.Number % 10 == 0 && Word(n + 1, "s") && Tight(n + 1))
            {
                var start = yy.Number >= 30 ? 1900 + yy.Number : 2000 + yy.Number;
                return new DateMatch(n + 2, Decade(start));
            }
        }

        // "in nineteen ninety-six"; after no preposition only a year of the 1800s or 1900s with a compound second part
        // ("Atlanta, nineteen ninety-six"), which counts nothing
        if (At(i).IsWord && YearInWords(i) is { } spelled && spelled.End > i + 1
            && (WordIn(i - 1, "in", "since", "of", "until", "before", "after", "from", "during", "by")
                || (spelled.Year is >= 1821 and <= 1999 && spelled.Year % 10 != 0 && spelled.Year % 100 > 20 && spelled.End > i + 2 && !IsUnitAfter(spelled.End))))
        {
            return new DateMatch(spelled.End, DateValue.OfYear(spelled.Year));
        }

        if (YearAt(i) is not { } year || IsChained(i, i + 1))
        {
            return null;
        }

        // the 1990s, 1990 s, 1990's
        if (year.Year % 10 == 0)
        {
            if (Word(i + 1, "s") && (Tight(i + 1) || !At(i + 2).IsWord))
            {
                return new DateMatch(i + 2, DecadeOrCentury(year.Year));
            }

            if (Sym(i + 1, '\'') && Tight(i + 1) && Word(i + 2, "s") && Tight(i + 2))
            {
                return new DateMatch(i + 3, DecadeOrCentury(year.Year));
            }
        }

        var before = At(i - 1);
        if (before.Kind == DateTokenKind.Symbol && (before.Is("$") || before.Is("€") || before.Is("£") || before.Is("#") || before.Is("+") || before.Is("№")))
        {
            return null;
        }

        if (before.IsNumber)
        {
            return null;
        }

        if (before.IsWord && CountCues.Contains(before.Lower) && !WordIn(i - 2, "later", "earlier"))
        {
            return null;
        }

        // "up to 2000", "a total of 2000", "one of 2000"
        if ((before.Is("to") && Word(i - 2, "up")) || (before.Is("of") && (At(i - 2).IsNumber || WordIn(i - 2, "total", "sum", "maximum", "minimum", "average", "one", "out", "group", "crowd", "population"))))
        {
            return null;
        }

        if (IsUnitAfter(i + 1) || WordIn(i + 1, "over", "divided", "times", "plus", "minus", "multiplied") || (Sym(i + 1, '.') && Tight(i + 1) && At(i + 2).IsNumber) || (Sym(i + 1, ',') && At(i + 2).IsNumber && At(i + 2).Length == 3))
        {
            return null;
        }

        return new DateMatch(i + 1, DateValue.OfYear(year.Year));
    }

    /// <summary>
    /// Words after "the year" that make it some other year ("the year before", "the year of the flood"); a fiscal
    /// year "ended March 31" is named by its last day.
    /// </summary>
    private static readonly HashSet<string> NotThisYear = new(StringComparer.Ordinal)
    {
        "of", "before", "after", "earlier", "later", "ago", "when", "in", "that", "which", "since", "prior", "following", "-", "'",
        "ended", "ending", "through", "to",
    };

    /// <summary>Words for a stretch of a year before "of the year" ("the first nine months of the year", "the rest of the year").</summary>
    private static readonly HashSet<string> PartsOfAYear = new(StringComparer.Ordinal)
    {
        "months", "weeks", "days", "quarter", "quarters", "half", "rest", "remainder", "balance", "part",
    };

    /// <summary>Whether the word at <paramref name="k"/>, before "of the year", names a stretch of it: the year meant is this one.</summary>
    private bool PeriodOfTheYear(int k) => At(k).IsWord && PartsOfAYear.Contains(At(k).Lower);

    /// <summary>
    /// "the year", "the full year", "the fiscal year", "the current fiscal year": the year of publication, as business
    /// news reports it ("earnings for the full year"); "fiscal 1989", "fiscal year 2020": that year.
    /// </summary>
    private DateMatch? YearOfReport(int i)
    {
        if (Word(i, "fiscal"))
        {
            var k = Word(i + 1, "year") ? i + 2 : i + 1;
            return YearAt(k) is { } fy && !IsChained(k, k + 1) ? new DateMatch(fy.End, DateValue.OfYear(fy.Year)) : null;
        }

        // not a title ("player of the year") nor the object of a verb ("to end the year at 4.5%")
        if (!Word(i, "the") || reference is not { } r || (WordIn(i - 1, "of", "for") && WordIn(i - 2, "person", "man", "woman", "player", "team", "coach", "book", "song", "album", "car", "word"))
            || WordIn(i - 1, "end", "ended", "ends", "ending", "start", "started", "starts", "begin", "began", "begins", "close", "closed", "closes", "finish", "finished", "finishes", "open", "opened", "opens", "see", "saw"))
        {
            return null;
        }

        var j = i + 1;
        if (WordIn(j, "full", "whole", "entire", "current"))
        {
            j++;
        }

        if (Word(j, "fiscal") || Word(j, "financial"))
        {
            j++;
        }

        // with "current", "full" or "fiscal" it is the year of publication even before a relative clause ("the current
        // fiscal year that ends in June")
        var qualified = j > i + 1;
        if (!Word(j, "year") || (Sym(j + 1, '\'') && Tight(j + 1)) || (At(j + 1).IsSymbol('-') && Tight(j + 1)) || YearAt(j + 1) is not null
            || (At(j + 1).IsWord && NotThisYear.Contains(At(j + 1).Lower) && !(qualified && WordIn(j + 1, "that", "which", "in")))
            || (!qualified && Word(i - 1, "of") && !PeriodOfTheYear(i - 2)))
        {
            // "a high for the year of $42.875": the year of a figure
            if (!(Word(j, "year") && Word(j + 1, "of") && (Sym(j + 2, '$') || Sym(j + 2, '\u00a3') || Sym(j + 2, '\u20ac')) && WordIn(i - 1, "for", "in") && !qualified))
            {
                return null;
            }
        }

        return new DateMatch(j + 1, DateValue.OfYear(r.Year));
    }

    private static readonly Dictionary<string, int> DecadeWords = new(StringComparer.Ordinal)
    {
        ["twenties"] = 20,
        ["thirties"] = 30,
        ["forties"] = 40,
        ["fifties"] = 50,
        ["sixties"] = 60,
        ["seventies"] = 70,
        ["eighties"] = 80,
        ["nineties"] = 90,
    };

    /// <summary>A decade as TIMEX3 writes it: the 1980s are <c>198</c>.</summary>
    internal static DateValue Decade(int start) =>
        new(DateGrain.Decade, DateCalendar.Int(start / 10).PadLeft(3, '0')) { Year = start };

    /// <summary>
    /// "the 1990s" is a decade; "the 1800s" and "the 1900s" are centuries in news ("the early 1900s": the start of
    /// the 20th century), TIMEX3 <c>18</c>; "the 2000s" stay the decade modern news means.
    /// </summary>
    private static DateValue DecadeOrCentury(int start) =>
        start % 100 == 0 && start < 2000 ? new DateValue(DateGrain.Decade, DateCalendar.Int(start / 100).PadLeft(2, '0')) { Year = start } : Decade(start);

    /// <summary>"the 15th century", "the twenty-first century", "this century", "by the end of the century".</summary>
    private DateMatch? Century(int i)
    {
        // "the end of the century", "the start of this century": the century of the reference date, named as the
        // span of a boundary ("the deal of the century" and "the worst storm this century" name no date)
        if (reference is { } r && Word(i + 1, "century") && WordIn(i, "this", "the") && Word(i - 1, "of") && WordIn(i - 2, "end", "close", "start", "beginning", "middle"))
        {
            var century = r.Year / 100;
            return century is >= 0 and <= 99 ? new DateMatch(i + 2, new DateValue(DateGrain.Decade, DateCalendar.Int(century).PadLeft(2, '0'))) : null;
        }

        var j = The(i);
        if (Number(j) is not { Ordinal: true, Value: >= 1 and <= 30 } n)
        {
            return null;
        }

        var k = n.End;
        if (Sym(k, '-') && Tight(k))
        {
            k++;
        }

        if (!Word(k, "century"))
        {
            return null;
        }

        // TIMEX3 writes a century by its first two digits: the 20th century is 19
        var start = (n.Value - 1) * 100;
        return new DateMatch(k + 1, new DateValue(DateGrain.Decade, DateCalendar.Int(start / 100).PadLeft(2, '0')));
    }

    // ---- weeks -----------------------------------------------------------------------------------------------

    /// <summary>"week 10", "week 3 of 2027".</summary>
    private DateMatch? WeekNumber(int i)
    {
        if (!Word(i, "week") || !At(i + 1).IsNumber || At(i + 1).Length > 2 || At(i + 1).Number is < 1 or > 53 || IsUnitAfter(i + 2))
        {
            return null;
        }

        var n = At(i + 1).Number;
        var e = i + 2;
        int? year = reference?.Year;
        if (Word(e, "of") && YearAt(e + 1) is { } y)
        {
            (year, e) = (y.Year, y.End);
        }

        return new DateMatch(e, new DateValue(DateGrain.Week, $"{DateCalendar.Year(year)}-W{DateCalendar.Two(n)}"));
    }

    /// <summary>"the week of March 6": the ISO week of that day.</summary>
    private DateMatch? WeekOf(int i)
    {
        if (!Word(i, "the") || !Word(i + 1, "week") || !Word(i + 2, "of") || Base(i + 3) is not { Value.Grain: DateGrain.Day } day || AsDate(day.Value) is not { } d)
        {
            return null;
        }

        return new DateMatch(day.End, new DateValue(DateGrain.Week, DateCalendar.Week(d)));
    }

    /// <summary>"the ninth month of next year", "the third month of 2020".</summary>
    private DateMatch? NthMonthOf(int i)
    {
        var j = The(i);
        if (Number(j) is not { Ordinal: true, Value: >= 1 and <= 12 } ord || !Word(ord.End, "month") || !Word(ord.End + 1, "of"))
        {
            return null;
        }

        var k = ord.End + 2;
        return Longest(Deictic(k), YearForm(k)) is { Value.Grain: DateGrain.Year, Value.Year: { } year } of
            ? new DateMatch(of.End, DateValue.OfMonth(year, ord.Value))
            : null;
    }

    /// <summary>"the first week of January 2015", "the last week of July", "the second week of 2021", "the last week of last month".</summary>
    private DateMatch? NthWeekOf(int i)
    {
        var j = The(i);
        if (Number(j) is not { Ordinal: true } ord || ord.Value is 0 or > 5 || !Word(ord.End, "week") || !Word(ord.End + 1, "of"))
        {
            return null;
        }

        var k = ord.End + 2;
        if (Longest(MonthForm(k), Deictic(k), YearForm(k)) is not { } of)
        {
            return null;
        }

        if (of.Value.Grain == DateGrain.Month && of.Value.Month is { } month)
        {
            var year = of.Value.YearInferred ? null : of.Value.Year;
            var n = ord.Value;
            if (n < 0)
            {
                var y = year ?? reference?.Year ?? 2000;
                n = DateCalendar.WeekOfMonth(new DateOnly(y, month, DateTime.DaysInMonth(y, month)));
            }

            return new DateMatch(of.End, new DateValue(DateGrain.Week, $"{DateCalendar.Year(year)}-{DateCalendar.Two(month)}-W{DateCalendar.Two(n)}"));
        }

        if (of.Value.Grain == DateGrain.Year && of.Value.Year is { } yy)
        {
            var n = ord.Value < 0 ? System.Globalization.ISOWeek.GetWeekOfYear(new DateTime(yy, 12, 28)) : ord.Value;
            return new DateMatch(of.End, new DateValue(DateGrain.Week, $"{DateCalendar.Year(yy)}-W{DateCalendar.Two(n)}"));
        }

        return null;
    }

    // ---- seasons and holidays --------------------------------------------------------------------------------

    /// <summary>"summer 2020", "the summer of 2020", "in the fall", "throughout the winter".</summary>
    private DateMatch? Season(int i)
    {
        var j = The(i);
        var tok = At(j);
        if (!tok.IsWord || !DateLexicon.Seasons.TryGetValue(tok.Lower, out var season))
        {
            return null;
        }

        var k = j + 1;
        if (Word(k, "of") && YearAt(k + 1, allowWords: true) is { } y1)
        {
            return new DateMatch(y1.End, DateValue.Other(DateCalendar.Year(y1.Year) + "-" + season.Code));
        }

        if (YearAt(k) is { } y2 && !IsChained(k, k + 1))
        {
            return new DateMatch(y2.End, DateValue.Other(DateCalendar.Year(y2.Year) + "-" + season.Code));
        }

        if (Word(k, "of") || At(k).IsWord && !WordIn(k, "and", "or", "to", "when", "as", "is", "was", "will", "has", "had", "the", "a", "in", "at", "for", "with", "before", "after"))
        {
            return null;
        }

        // a season with no year: only after a determiner or preposition, and for "spring"/"fall" only after one
        var prev = At(j - 1).Lower;
        var cue = j > i || prev is "in" or "during" or "throughout" or "over" or "whole" or "entire" or "this" or "early" or "late" or "mid";
        if (!cue || (season.Ambiguous && j == i && prev is not ("whole" or "entire")))
        {
            return null;
        }

        return new DateMatch(k, DateValue.Other(SeasonYear(season.Code, j) is { } sy ? DateCalendar.Year(sy) + "-" + season.Code : season.Code));
    }

    /// <summary>
    /// The year of a season named without one: the reference year, the year before in a sentence about the past when
    /// the season has not begun yet, the year after in one about the future when it is over ("in the summer" in March).
    /// </summary>
    private int? SeasonYear(string code, int at)
    {
        if (reference is not { } r)
        {
            return null;
        }

        var (first, last) = code switch { "SP" => (3, 5), "SU" => (6, 8), "FA" => (9, 11), _ => (1, 2) };
        if (r.Month < first && !FutureContext(at) && PastContext(at))
        {
            return r.Year - 1;
        }

        return r.Month > last + 1 && FutureContext(at) ? r.Year + 1 : r.Year;
    }

    /// <summary>Whether a holiday name ends just before <paramref name="i"/> ("Christmas of 2020").</summary>
    private bool HolidayEndsAt(int i)
    {
        foreach (var h in DateLexicon.Holidays)
        {
            if (Seq(i - h.Words.Length, h.Words) == i)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Christmas", "Easter 2018", "black Friday 2010", "Independence Day of this year"; with a direction, the last or next one.</summary>
    private DateMatch? HolidayForm(int i, int? direction)
    {
        // "Labor Day weekend", "Halloween weekend 2021": the weekend nearest the holiday
        if (HolidayDay(i, direction) is not { } m)
        {
            return null;
        }

        var e = m.End;

        // "Easter week", "Christmas week": the week the holiday falls in
        if (Word(e, "week") && AsDate(m.Value) is { } inWeek)
        {
            return new DateMatch(e + 1, new DateValue(DateGrain.Week, DateCalendar.Week(inWeek)));
        }

        if (Word(e, "weekend") || (YearAt(e) is not null && Word(e + 1, "weekend")))
        {
            var end = Word(e, "weekend") ? e + 1 : e + 2;
            var year = Word(e, "weekend") && YearAt(e + 1) is { } y ? y : ((int End, int Year)?)null;
            var value = m.Value;
            if (year is { } yy && HolidayDay(i, null, yy.Year) is { } again)
            {
                value = again.Value;
                end = yy.End;
            }

            if (AsDate(value) is { } day)
            {
                var back = (DateCalendar.IsoDay(day) + 1) % 7;   // days back to the Saturday before (Saturday itself: 0)
                var saturday = back <= 3 ? day.AddDays(-back) : day.AddDays(7 - back);
                return new DateMatch(end, new DateValue(DateGrain.Week, DateCalendar.Week(saturday) + "-WE"));
            }
        }

        return m;
    }

    private DateMatch? HolidayDay(int i, int? direction, int? forceYear = null)
    {
        var j = The(i);
        foreach (var h in DateLexicon.Holidays)
        {
            var e = Seq(j, h.Words);
            if (e < 0)
            {
                continue;
            }

            // "may day" and "new year" need capitals or a clear date context to be the holiday
            if (h.Words[0] is "may" or "new" && !Capitalized(j) && j == i && !DatePrepositions.Contains(At(i - 1).Lower))
            {
                return null;
            }

            if (forceYear is { } fy)
            {
                return h.In(fy) is { } df ? new DateMatch(e, DateValue.Of(df) with { Holiday = true }) : null;
            }

            if (Word(e, "of") && YearAt(e + 1) is { } y1)
            {
                return h.In(y1.Year) is { } d1 ? new DateMatch(y1.End, DateValue.Of(d1) with { Holiday = true }) : null;
            }

            if (YearAt(e) is { } y2 && !IsChained(e, e + 1))
            {
                return h.In(y2.Year) is { } d2 ? new DateMatch(y2.End, DateValue.Of(d2) with { Holiday = true }) : null;
            }

            var k = Word(e, "of") ? e + 1 : e;
            if (WordIn(k, "this", "last", "next") && Word(k + 1, "year") && reference is { } r1)
            {
                return h.In(r1.Year + Direction(At(k).Lower)!.Value) is { } d3 ? new DateMatch(k + 2, DateValue.Of(d3) with { Holiday = true }) : null;
            }

            if (reference is not { } r)
            {
                return h.Rule == "fixed" ? new DateMatch(e, new DateValue(DateGrain.Day, DateCalendar.Day(null, h.Args[0], h.Args[1])) { Month = h.Args[0], Day = h.Args[1], YearInferred = true }) : null;
            }

            DateOnly? best = null;
            for (var y = r.Year - 1; y <= r.Year + 1; y++)
            {
                if (h.In(y) is not { } d)
                {
                    continue;
                }

                var ok = direction switch { > 0 => d > r, < 0 => d < r, _ => true };
                if (ok && (best is null || Math.Abs(d.DayNumber - r.DayNumber) < Math.Abs(best.Value.DayNumber - r.DayNumber)))
                {
                    best = d;
                }
            }

            return best is { } b ? new DateMatch(e, DateValue.Of(b, yearInferred: direction is null) with { Holiday = true }) : null;
        }

        return null;
    }
}
