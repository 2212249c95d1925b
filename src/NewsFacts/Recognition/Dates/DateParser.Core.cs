namespace NewsFacts.Recognition;

internal sealed partial class DateParser
{
    /// <summary>One date with its boundary words and time of day: "the end of April", "Tuesday morning", "8am today".</summary>
    private DateMatch? Core(int i)
    {
        if (i < 0 || i >= t.Count)
        {
            return null;
        }

        return Remembered(coreMemo, i, out var known) ? known
            : Remember(coreMemo, i, Longest(Boundary(i), TimeThenDay(i), WithTime(Base(i)), StandaloneTime(i), TimeRange(i)));
    }

    /// <summary>Any single date, without boundary or time.</summary>
    private DateMatch? Base(int i)
    {
        if (i < 0 || i >= t.Count)
        {
            return null;
        }

        return !CanStart(i) ? null : Remembered(baseMemo, i, out var known) ? known : Remember(baseMemo, i, BaseUncached(i));
    }

    private DateMatch? BaseUncached(int i)
    {
        return Longest(
            NarrativeAnchor(i), YearOfReport(i), DeicticDay(i), Deictic(i), WeekdayForm(i), MonthForm(i), DayMonthForm(i), Numeric(i), YearForm(i),
            Quarter(i), PartReference(i), WeekNumber(i), WeekOf(i), NthWeekOf(i), NthMonthOf(i), Season(i), HolidayForm(i, null), Century(i), DayOfMonth(i));
    }

    private static readonly (string[] Words, string Mod)[] Boundaries =
    [
        (["end", "of"], "END"),
        (["close", "of"], "END"),
        (["beginning", "of"], "START"),
        (["start", "of"], "START"),
        (["middle", "of"], "MID"),
        (["turn", "of"], "START"),
    ];

    /// <summary>"the end of April", "early May", "mid-2020", "later this week", "before the week is over".</summary>
    private DateMatch? Boundary(int i)
    {
        // before the week is over
        if (Word(i, "before") && Word(i + 1, "the") && Unit(i + 2) is { } unitBefore && WordIn(i + 3, "is", "was") && WordIn(i + 4, "over", "out", "up", "done"))
        {
            return CurrentUnit(unitBefore) is { } v ? new DateMatch(i + 5, v with { Mod = "END" }) : null;
        }

        if (WordIn(i, "eod"))
        {
            return reference is { } r0 ? new DateMatch(i + 1, DateValue.Other(DateCalendar.Day(r0) + "T23:59:59")) : null;
        }

        var j = The(i);
        foreach (var (words, mod) in Boundaries)
        {
            var e = Seq(j, words);
            if (e < 0)
            {
                continue;
            }

            // "the end of the week", "end of month", "end of the day"
            var k = The(e);
            if (Unit(k) is { } unit && !(At(k + 1).IsNumber || Word(k + 1, "of")))
            {
                if (unit == 'D')
                {
                    return mod == "END" && reference is { } r ? new DateMatch(k + 1, DateValue.Other(DateCalendar.Day(r) + "T23:59:59")) : null;
                }

                return CurrentUnit(unit) is { } cv ? new DateMatch(k + 1, cv with { Mod = mod }) : null;
            }

            if (WithTime(Base(e)) is { } m && m.Value.Grain != DateGrain.Other && m.Value.Anaphor is null)
            {
                return new DateMatch(m.End, m.Value with { Mod = mod });
            }

            return null;
        }

        var b = Word(i, "the") && WordIn(i + 1, "early", "mid", "late") ? i + 1 : i;

        // "collected a day late next week", "landed an hour early today": the adverb of a delay after its amount,
        // not the start or end of the date after it
        if (b == i && WordIn(b, "early", "late") && (UnitWordAt(i - 1) is not null || WordIn(i - 1, "hour", "hours", "minute", "minutes")) && (At(i - 2).IsNumber || Number(i - 2, allowArticle: true) is not null))
        {
            return null;
        }

        if (WordIn(b, "early", "mid", "late"))
        {
            var mod = At(b).Lower switch { "early" => "START", "mid" => "MID", _ => "END" };
            var e = b + 1;
            if (Sym(e, '-') && Tight(e) && Tight(e + 1))
            {
                e++;
            }

            if (Word(e, "in") && Word(e + 1, "the") && Unit(e + 2) is { } u && u != 'D')
            {
                return CurrentUnit(u) is { } cv ? new DateMatch(e + 3, cv with { Mod = mod }) : null;
            }

            // "the early summer" too: a season is a ready-made value
            if (Base(e) is { } m && (m.Value.Grain != DateGrain.Other || IsSeason(m.Value)) && m.Value.Anaphor is null)
            {
                return new DateMatch(m.End, m.Value with { Mod = mod });
            }
        }

        // "year-end", "year end", "year's end": the end of this year
        if (Word(i, "year") && (((Sym(i + 1, '-') && Tight(i + 1) && Tight(i + 2)) || (Sym(i + 1, '\'') && Word(i + 2, "s"))) ? WordIn(i + 2 + (Sym(i + 1, '\'') ? 1 : 0), "end") : Word(i + 1, "end")) && reference is { } ry)
        {
            var end = Word(i + 1, "end") ? i + 2 : Sym(i + 1, '\'') ? i + 4 : i + 3;

            // "since year-end" looks back to the last one
            var year = WordIn(i - 1, "since") ? ry.Year - 1 : ry.Year;

            // "by year-end", "since year-end": the noun, as business news writes it, is the year's closing day,
            // Dec. 31 (TIMEX3 1989-12-31); "year end" and the adjective ("year-end results") keep the year's end
            if (Sym(i + 1, '-') && !(At(end).IsWord && !WordIn(end, "and", "or", "but", "when", "as", "if", "while", "because", "to", "from", "in", "at", "on", "for", "with")))
            {
                return new DateMatch(end, DateValue.Of(new DateOnly(year, 12, 31)));
            }

            return new DateMatch(end, DateValue.OfYear(year) with { Mod = "END" });
        }

        // "earlier this week", "later this month", "later in the year": the start or the end of it, as TIMEX3 marks them
        if (WordIn(i, "earlier", "later"))
        {
            var part = At(i).Is("earlier") ? "START" : "END";
            if (Word(i + 1, "in") && Word(i + 2, "the") && Unit(i + 3) is { } u && u != 'D')
            {
                return CurrentUnit(u) is { } cv ? new DateMatch(i + 4, cv with { Mod = part }) : null;
            }

            if (Word(i + 1, "this") && Deictic(i + 1) is { } m)
            {
                return new DateMatch(m.End, m.Value with { Mod = m.Value.Mod ?? part });
            }

            // "earlier Sunday", "later yesterday", "later this afternoon": the start or the end of that day
            if (!Word(i + 1, "than") && Longest(DeicticDay(i + 1), WeekdayForm(i + 1)) is { Value: { Grain: DateGrain.Day, Timex: not null } dm } day && !InTitle(i + 1))
            {
                return new DateMatch(day.End, dm with { Mod = dm.Mod ?? part });
            }
        }

        return null;
    }

    /// <summary>Whether a value is a season ("1989-SU", "SP").</summary>
    private static bool IsSeason(DateValue v) =>
        v.Timex is { } tx && DateLexicon.Seasons.Values.Any(s => tx == s.Code || tx.EndsWith("-" + s.Code, StringComparison.Ordinal));

    /// <summary>The calendar unit a word names: D, W, M, Y (singular or plural), else null.</summary>
    private char? Unit(int i) => At(i).IsWord && DateLexicon.Units.TryGetValue(At(i).Lower, out var u) && u.Count == 1 ? u.Unit : null;

    /// <summary>The current week, month or year of the reference date.</summary>
    private DateValue? CurrentUnit(char unit) => reference is not { } r ? null : unit switch
    {
        'W' => new DateValue(DateGrain.Week, DateCalendar.Week(r)),
        'M' => DateValue.OfMonth(r.Year, r.Month),
        'Y' => DateValue.OfYear(r.Year),
        'D' => DateValue.Of(r),
        _ => null,
    };

    /// <summary>A day followed by a time or part of the day: "tomorrow 8:00am", "Tuesday morning", "today at 9pm".</summary>
    private DateMatch? WithTime(DateMatch? day)
    {
        if (day is not { } d || d.Value.Grain != DateGrain.Day || d.Value.Timex is null || d.Value.Timex.Contains('T', StringComparison.Ordinal) || d.Value.Holiday)
        {
            return day;
        }

        var e = d.End;
        var k = e;
        if (Sym(k, ','))
        {
            k++;
        }

        // "tomorrow, 13/04/21, at 7 PM": an explicit date in apposition is the date
        if (d.Value.Deictic && Sym(e, ',') && Longest(Numeric(e + 1), MonthForm(e + 1), DayMonthForm(e + 1)) is { Value.Grain: DateGrain.Day } apposed && apposed.Value.Year is not null && !apposed.Value.YearInferred)
        {
            return WithTime(apposed);
        }

        var linked = WordIn(k, "at", "around", "by", "before", "after");
        if (linked)
        {
            k++;
        }

        if (Time(k) is { } time && !TimeRangeAfter(time.End))
        {
            return new DateMatch(time.End, d.Value with { Timex = d.Value.Timex + time.Value });
        }

        // "at 4": a bare hour after "at" or "around" on a named day (not a price, "at 1,015 francs")
        if (linked && At(k).IsNumber && At(k).Length <= 2 && At(k).Number is >= 1 and <= 12 && !At(k + 1).IsWord && !Sym(k + 1, ':') && !(Sym(k + 1, '.') && Tight(k + 1) && At(k + 2).IsNumber) && !Sym(k + 1, '/') && !Sym(k + 1, '-')
            && !(Sym(k + 1, ',') && Tight(k + 1) && Tight(k + 2) && At(k + 2).IsNumber && At(k + 2).Length == 3))
        {
            return new DateMatch(k + 1, d.Value with { Timex = d.Value.Timex + "T" + DateCalendar.Two(At(k).Number) + ":00" });
        }

        var p = WordIn(e, "in") && Word(e + 1, "the") ? e + 2 : e;
        if (At(p).IsWord && DateLexicon.PartsOfDay.TryGetValue(At(p).Lower, out var code) && !At(p).Is("tonight") && !At(p).Is("tonite"))
        {
            // A weekday or date with a part of the day is that date ("Tuesday morning" is Tuesday); only a deictic
            // day ("tomorrow night") keeps the part, as TIMEX3 does.
            if (Time(p + 1 + (WordIn(p + 1, "at", "around") ? 1 : 0)) is { } later)
            {
                return new DateMatch(later.End, d.Value with { Timex = d.Value.Timex + later.Value });
            }

            return new DateMatch(p + 1, IsDeicticDay(d) ? d.Value with { Timex = d.Value.Timex + "T" + code } : d.Value with { PartOfDay = code });
        }

        return day;
    }

    private static bool IsDeicticDay(DateMatch d) => d.Value.Deictic;

    /// <summary>Whether a time is the start of a time range ("3:00 to 4:00"), which a day does not take as its time.</summary>
    private bool TimeRangeAfter(int e) => (WordIn(e, "to", "and", "until", "till") || Sym(e, '-')) && (At(e + 1).IsNumber || WordIn(e + 1, "noon", "midnight"));

    /// <summary>"8am this morning", "3pm today", "at 8.30pm today", "5 p.m. on Tuesday".</summary>
    private DateMatch? TimeThenDay(int i)
    {
        var k = WordIn(i, "at", "around") ? i + 1 : i;
        if (Time(k) is not { } time)
        {
            return null;
        }

        var d = time.End;
        if (Sym(d, ',') && Base(d + 1) is { Value.Grain: DateGrain.Day })
        {
            d++;
        }

        if (Word(d, "on"))
        {
            d++;
        }

        if (Base(d) is { } day && day.Value.Grain == DateGrain.Day && day.Value.Timex is { } tx && !tx.Contains('T', StringComparison.Ordinal))
        {
            return new DateMatch(day.End, day.Value with { Timex = tx + time.Value, Mod = null });
        }

        if (Word(d, "this") && At(d + 1).IsWord && DateLexicon.PartsOfDay.ContainsKey(At(d + 1).Lower) && reference is { } r)
        {
            return new DateMatch(d + 2, DateValue.Of(r) with { Timex = DateCalendar.Day(r) + time.Value });
        }

        return null;
    }

    /// <summary>A time of day alone: "10 a.m.", "3:30 pm", "noon".</summary>
    private DateMatch? StandaloneTime(int i)
    {
        if (!EmitStandaloneTimes)
        {
            return null;
        }

        var k = WordIn(i, "at") ? i + 1 : i;
        return Time(k) is { } time && !TimeRangeAfter(time.End) ? new DateMatch(time.End, DateValue.Other(time.Value) with { TimeOfDay = true }) : null;
    }

    /// <summary>Whether a time with no date ("10 a.m.") is a mention of its own (value <c>T10</c>).</summary>
    private static readonly bool EmitStandaloneTimes = true;
}
