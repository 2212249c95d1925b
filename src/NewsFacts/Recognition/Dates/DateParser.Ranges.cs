namespace NewsFacts.Recognition;

/// <summary>An amount of calendar time ("two years", "2 weeks and 3 days"), as days, months and years.</summary>
/// <param name="End">One past its last token.</param>
/// <param name="Days">The days (weeks count seven).</param>
/// <param name="Months">The months.</param>
/// <param name="Years">The years.</param>
internal readonly record struct DateAmount(int End, int Days, int Months, int Years)
{
    /// <summary>Whether its last unit is written as weeks ("two weeks"): a date it reaches is a week ("a fortnight" stays days).</summary>
    public bool InWeeks { get; init; }

    public DateOnly? Apply(DateOnly d, int sign)
    {
        try
        {
            return d.AddYears(sign * Years).AddMonths(sign * Months).AddDays(sign * Days);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}

internal sealed partial class DateParser
{
    /// <summary>"two years", "a fortnight", "2 years 1 month 21 days": a count of calendar units.</summary>
    private DateAmount? Amount(int i)
    {
        int days = 0, months = 0, years = 0;
        var k = i;
        var parts = 0;
        var inWeeks = false;
        while (parts < 4)
        {
            if (Number(k, allowArticle: true) is not { Ordinal: false, Value: > 0 and <= 9999 } n || !At(n.End).IsWord || !DateLexicon.Units.TryGetValue(At(n.End).Lower, out var unit))
            {
                break;
            }

            var count = n.Value * unit.Count;
            switch (unit.Unit)
            {
                case 'D': days += count; break;
                case 'W': days += 7 * count; break;
                case 'M': months += count; break;
                default: years += count; break;
            }

            parts++;
            inWeeks = At(n.End).Lower is "week" or "weeks";
            k = n.End + 1;
            if ((Word(k, "and") || Sym(k, ',')) && Number(k + 1, allowArticle: true) is { } next && At(next.End).IsWord && DateLexicon.Units.ContainsKey(At(next.End).Lower))
            {
                k++;
            }
        }

        return parts == 0 ? null : new DateAmount(k, days, months, years) { InWeeks = inWeeks };
    }

    /// <summary>"three days ago", "in two weeks", "2 weeks before May 13 1999", "3 days from Tuesday", "two years from now".</summary>
    private DateMatch? Offset(int i)
    {
        // "a week or two ago" is a vague time back; "(in) a year or two", "(in) two or three weeks" a vague time
        // ahead, without the "in" (TimeML's span), and neither the first count nor the second
        if (VagueAmountEnd(i) is { } vague)
        {
            if (WordIn(vague, "ago", "back") && !At(vague + 1).IsWord)
            {
                return new DateMatch(vague + 1, DateValue.Other("PAST_REF"));
            }

            return Word(i - 1, "in") && FutureContext(i - 1) ? new DateMatch(vague, DateValue.Other("FUTURE_REF")) : null;
        }

        if (Word(i, "in") && VagueAmountEnd(i + 1) is not null)
        {
            return null;
        }

        if (Word(i, "in") && Amount(i + 1) is { } ahead && FutureContext(i))
        {
            // as precise as the expression: "in five years" is a year, "in two weeks" a week
            return reference is { } r && ahead.Apply(r, 1) is { } d
                ? new DateMatch(ahead.End, AsPreciseAs(ahead, d) with { DurationTokens = (i + 1, ahead.End) })
                : null;
        }

        // "the day before last Tuesday", "the day after May 3": the day next to a named day
        if (Word(i, "the") && Word(i + 1, "day") && WordIn(i + 2, "before", "after") && Core(i + 3) is { Value: { Grain: DateGrain.Day } near } named
            && AsDate(near) is { } nearDay && near.Timex is { Length: 10 } && nearDay.DayNumber is > 1 and < 3652058)
        {
            return new DateMatch(named.End, DateValue.Of(nearDay.AddDays(At(i + 2).Is("before") ? -1 : 1), near.YearInferred));
        }

        var j = i;
        if (Seq(i, ["more", "than"]) > 0 || Seq(i, ["less", "than"]) > 0)
        {
            j = i + 2;
        }
        else if (WordIn(i, "about", "nearly", "almost", "some", "roughly", "around", "just", "only"))
        {
            j = i + 1;
        }

        if (Amount(j) is not { } amount)
        {
            return null;
        }

        var duration = (j, amount.End);
        var e = amount.End;

        // "3 days starting from next Monday", "for 3 days, from today": a duration (a quantity) and the day it starts
        // (a date of its own, found on its own)
        var ago = WordIn(e, "ago", "back") && !(At(e).Is("back") && At(e + 1).IsWord && !WordIn(e + 1, "and", "or", "but", "when"));
        var later = !ago && WordIn(e, "earlier", "later") && !Word(e + 1, "than") && Core(e + 1) is null;
        if (ago || later)
        {
            var toward = At(e).Is("later") ? 1 : -1;
            if (reference is not { } r || amount.Apply(r, toward) is not { } d)
            {
                return new DateMatch(e + 1, DateValue.Other(null) with { DurationTokens = duration });
            }

            // as precise as the expression: "two years ago" is a year, "a month ago" a month; a year back from a
            // quarter in focus is that quarter of the year before
            // "about two weeks ago", "some three years ago": an approximate date, as TIMEX3 marks it
            var v = AsPreciseAs(amount, d) with { DurationTokens = duration, Mod = j == i + 1 && WordIn(i, "about", "around", "roughly", "some") ? "APPROX" : null };
            if (toward < 0 && amount is { Days: 0, Months: 0, Years: > 0 and < 100 })
            {
                v = v with { Anaphor = new PartAnaphor(null, amount.Years, Near: true) };
            }

            // "two days later", "a month earlier": counted from the last date the text named as finely, when there
            // is one ("The bank failed on March 10. A day later ..."); a year earlier keeps the quarter in focus
            if (later && (toward > 0 || amount.Years == 0))
            {
                v = v with { CountedFrom = (amount, toward) };
            }

            return new DateMatch(e + 1, v);
        }

        if (!WordIn(e, "before", "after", "from", "since"))
        {
            return null;
        }

        // "closed for a fortnight from Monday", "for three days from today": a duration and the day it starts (a date
        // of its own), not a day counted on from it
        if (Word(j - 1, "for") && WordIn(e, "from", "since"))
        {
            return null;
        }

        var sign = At(e).Is("before") ? -1 : 1;
        DateOnly? anchor = null;
        var end = e + 1;
        if (Word(e + 1, "now"))
        {
            anchor = reference;
            end = e + 2;
        }
        else if (Core(e + 1) is { } a && a.Value.Grain == DateGrain.Day && AsDate(a.Value) is { } ad)
        {
            anchor = ad;
            end = a.End;
        }
        else
        {
            return null;
        }

        return anchor is { } an && amount.Apply(an, sign) is { } result
            ? new DateMatch(end, DateValue.Of(result) with { DurationTokens = duration })
            : null;
    }

    /// <summary>
    /// Where an amount offered with an alternative count ends: "a year or two", "a year or two years", "two or three
    /// weeks"; null when there is none, or when a noun of its own follows the second count ("a day or two hostages").
    /// </summary>
    private int? VagueAmountEnd(int i)
    {
        if (Amount(i) is { } first && Word(first.End, "or") && Number(first.End + 1) is { Ordinal: false, Value: >= 1 and <= 99 } second)
        {
            if (UnitWordAt(second.End) is not null)
            {
                return second.End + 1;
            }

            return At(second.End).IsWord && !WordIn(second.End, "ago", "back", "from", "and", "or", "to", "but") ? null : second.End;
        }

        return Number(i) is { Ordinal: false, Value: >= 1 and <= 99 } low && Word(low.End, "or")
            && Number(low.End + 1) is { Ordinal: false } high && high.Value > low.Value && UnitWordAt(high.End) is not null
            ? high.End + 1
            : null;
    }

    /// <summary>A date reached by an amount, as fine as the amount's finest unit: years give a year, months a month, weeks a week.</summary>
    private static DateValue AsPreciseAs(DateAmount amount, DateOnly d)
    {
        if (amount.Days == 0 && amount.Months == 0)
        {
            return DateValue.OfYear(d.Year);
        }

        if (amount.Days == 0)
        {
            return DateValue.OfMonth(d.Year, d.Month);
        }

        if (amount.Months == 0 && amount.Years == 0 && amount.Days % 7 == 0 && amount.InWeeks)
        {
            return new DateValue(DateGrain.Week, DateCalendar.Week(d));
        }

        return DateValue.Of(d);
    }

    private char? UnitWordAt(int i) => At(i).IsWord && DateLexicon.Units.TryGetValue(At(i).Lower, out var u) ? u.Unit : null;

    private static DateOnly? AsDate(DateValue v) =>
        v.Year is { } y && v.Month is { } m && v.Day is { } d && DateCalendar.IsValid(y, m, d) ? new DateOnly(y, m, d) : null;

    /// <summary>"that year", "the following month", "the same day", "earlier that day": a date in the article's own time frame.</summary>
    private DateMatch? NarrativeAnchor(int i)
    {
        foreach (var (words, unit, offset) in DateLexicon.Anchors)
        {
            var e = Seq(i, words);
            if (e < 0)
            {
                continue;
            }

            // "the day before the vote" is no date of its own; "that year's budget" still is
            if (words[^1] is "before" or "after" && (At(e).IsWord && !WordIn(e, "and", "or", "but", "when", "as") || At(e).IsNumber))
            {
                return null;
            }

            return new DateMatch(e, new DateValue(unit switch { 'Y' => DateGrain.Year, 'M' => DateGrain.Month, _ => DateGrain.Day }, null) { Narrative = (unit, offset) });
        }

        return null;
    }

    /// <summary>"now", "currently", "recently", "in the future": vague references, valued PRESENT_REF, PAST_REF, FUTURE_REF.</summary>
    private DateMatch? Reference(int i)
    {
        if (Word(i, "year") && Word(i + 1, "to") && Word(i + 2, "date"))
        {
            return reference is { } r ? new DateMatch(i + 3, DateValue.OfYear(r.Year)) : null;
        }

        // "current market conditions", "its current position": the adjective refers to the present; "the then
        // current price" to a past one (periods such as "the current quarter" are dates of their own)
        if (Word(i, "current") && CurrentAdjective(i))
        {
            return new DateMatch(i + 1, DateValue.Other("PRESENT_REF"));
        }

        if (Word(i, "then") && Word(i + 1, "current") && CurrentAdjective(i + 1))
        {
            return new DateMatch(i + 2, DateValue.Other("PAST_REF"));
        }

        // "it will soon begin", "told him they may soon seek": soon after a cue of the future or before "will"; not
        // "as soon as", "soon after", nor "was soon released" in a past clause
        if (Word(i, "soon") && !WordIn(i - 1, "as", "how", "too", "so") && !WordIn(i + 1, "after", "afterward", "afterwards", "thereafter", "as", "than", "enough")
            && (FutureCue(i) is (true, <= 6) || (Word(i + 1, "will") && !PastContext(i))))
        {
            return new DateMatch(i + 1, DateValue.Other("FUTURE_REF"));
        }

        foreach (var (words, value) in DateLexicon.References)
        {
            var e = Seq(i, words);
            if (e < 0)
            {
                continue;
            }

            // "in the past week" is a week; "in the past three months" and "in the past two quarters" are durations;
            // "up to date" is no date; "three minutes from now" is no "now"
            if (Unit(e) is not null || At(e).IsNumber || Number(e) is { Ordinal: false } || WordIn(e, "quarter", "quarters", "decade", "decades") || (words[^1] == "date" && WordIn(i - 1, "up", "equals", "equal")) || At(e).Is("-") || (words[0] == "now" && Word(i - 1, "from")))
            {
                return null;
            }

            // "the future of our peoples": the prospects of something, not a time
            if (words[^1] == "future" && Word(e, "of"))
            {
                return null;
            }

            // "Now, following the sale, ...", "Now for the weather": a sentence opened with "now" and a pause (or
            // "for") turns to the next point of the story; it names no time
            if (words is ["now"] && e == i + 1 && Capitalized(i) && (i == 0 || SentenceBreak(i - 1) || At(i).NewlineBefore) && (Sym(e, ',') || Word(e, "for")))
            {
                return null;
            }

            return new DateMatch(e, DateValue.Other(value));
        }

        return null;
    }

    /// <summary>Words after "current" that make it no reference to the present: periods (dates of their own), terms of accounts and physics, verbs after the noun ("the current was strong").</summary>
    private static readonly HashSet<string> NotCurrentReference = new(StringComparer.Ordinal)
    {
        "year", "years", "quarter", "quarters", "month", "months", "week", "weeks", "fiscal", "period", "half", "season", "decade", "century", "calendar",
        "account", "accounts", "assets", "liabilities", "density", "flow", "flows", "flowed", "is", "was", "were", "are", "has", "had", "will", "would", "can", "could",
        "may", "might", "and", "or", "of", "to", "in", "into", "from", "that", "which",
    };

    /// <summary>Words before "current" that make it the noun of water or electricity ("an electric current", "the ocean current").</summary>
    private static readonly HashSet<string> CurrentNounBefore = new(StringComparer.Ordinal)
    {
        "electric", "electrical", "alternating", "direct", "ocean", "rip", "strong", "powerful", "swift", "undersea", "tidal", "air", "jet",
    };

    /// <summary>
    /// Whether "current" at <paramref name="i"/> is the adjective of time before its noun ("current realities", "the
    /// current four flights"): not the noun before its verb ("the current was strong", "a current dragged them out").
    /// </summary>
    private bool CurrentAdjective(int i) =>
        (At(i + 1).IsWord || At(i + 1).IsNumber) && !NotCurrentReference.Contains(At(i + 1).Lower) && !(At(i - 1).IsWord && CurrentNounBefore.Contains(At(i - 1).Lower))
        && !At(i + 1).NewlineBefore && !CurrentAsSubject(i);

    /// <summary>Words after a verb in -ed that make it the verb of an object or a particle ("dragged them out", "carried the boat").</summary>
    private static readonly HashSet<string> VerbObjectStarts = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "him", "her", "them", "it", "us", "me", "his", "their", "its", "our", "away", "out", "off", "up", "down",
        "under", "over", "along", "back",
    };

    /// <summary>
    /// Whether "current" at <paramref name="i"/> is a noun before its past-tense verb: "a strong current swept the boat
    /// away", "the current dragged two swimmers out" (an adjective in -ed, "the current elected council", is no verb).
    /// </summary>
    private bool CurrentAsSubject(int i) =>
        At(i + 1) is { IsWord: true } next && (PastWords.Contains(next.Lower) || (IsPastEd(next) && (Number(i + 2) is not null || (At(i + 2).IsWord && VerbObjectStarts.Contains(At(i + 2).Lower)))));

    /// <summary>"between 2014 and 2018", "from August to October", "January 12, 2016 - 01/22/2016", "from 10/1 to 11/7".</summary>
    private DateMatch? Range(int i)
    {
        // 2009-2012
        if (At(i).IsNumber && At(i).Length == 4 && (Sym(i + 1, '-') || Sym(i + 1, '/')) && Tight(i + 1) && Tight(i + 2) && At(i + 2).Length == 4
            && YearAt(i) is { } y1 && YearAt(i + 2) is { } y2 && y2.Year > y1.Year && y2.Year - y1.Year < 200 && !IsChained(i, i + 3)
            && !(i > 0 && !At(i).SpaceBefore && IsDateSeparator(At(i - 1))))
        {
            return new DateMatch(i + 3, DateValue.Other($"({DateCalendar.Day(y1.Year, 1, 1)},{DateCalendar.Day(y2.Year, 1, 1)},P{DateCalendar.Int(y2.Year - y1.Year)}Y)")
                with
            { Pieces = [(i, new DateMatch(i + 1, DateValue.OfYear(y1.Year))), (i + 2, new DateMatch(i + 3, DateValue.OfYear(y2.Year)))] });
        }

        var opener = WordIn(i, "between", "from") ? i + 1 : i;
        var first = RangeEnd(opener);
        if (first is not { } a)
        {
            return null;
        }

        // "between 3 and 12 of Sept" is already an interval
        if (opener > i && a.Value.Timex is { } tx && tx.StartsWith('(') && a.Value.Grain == DateGrain.Other)
        {
            return a;
        }

        var k = a.End;
        var joined = Word(i, "between") ? Word(k, "and") : WordIn(k, "to", "till", "until", "through", "thru") || ((Sym(k, '-') || Sym(k, '~')) && !IsChained(i, i + 1 < k ? i + 1 : k) && !(At(i).IsNumber && i > 0 && !At(i).SpaceBefore && IsDateSeparator(At(i - 1))));
        if (!joined)
        {
            return null;
        }

        var dash = Sym(k, '-') || Sym(k, '~');
        if (opener == i && a.Value.Grain == DateGrain.Year && !dash && !WordIn(k, "to", "through", "thru"))
        {
            return null;
        }

        var second = RangeEnd(k + 1);
        var carried = false;
        if (second is null && a.Value.Grain == DateGrain.Day && a.Value.Month is { } am)
        {
            // "from April the ninth till the seventeenth": the month carries over
            var d = Word(k + 1, "the") ? k + 2 : k + 1;
            if (DayNumber(d) is { } day && !IsUnitAfter(day.End))
            {
                second = new DateMatch(day.End, a.Value with { Day = day.Value, Timex = "day" });
                carried = true;
            }
        }

        if (second is not { } b || (b.End < t.Count && IsChained(k + 1, b.End)))
        {
            return null;
        }

        if (opener == i && a.Value.Grain != b.Value.Grain && (a.Value.YearInferred || b.Value.YearInferred || a.Value.Year is null || b.Value.Year is null))
        {
            return null;
        }

        if (Interval(a.Value, b.Value) is not { } v)
        {
            return null;
        }

        var last = b;
        if (carried)
        {
            var y = a.Value.Year ?? reference?.Year ?? 2000;
            var secondValue = a.Value.Month is { } month && b.Value.Day is { } dd && DateCalendar.IsValid(y, month, dd)
                ? DateValue.Of(new DateOnly(y, month, dd), a.Value.YearInferred)
                : DateValue.Other(DateCalendar.Day(null, a.Value.Month, b.Value.Day ?? 1));
            last = new DateMatch(b.End, secondValue);
        }

        return new DateMatch(b.End, v with { Pieces = [(opener, a), (k + 1, new DateMatch(last.End, AfterStart(a.Value, last.Value)))] });
    }

    /// <summary>
    /// The second end of a range whose year is not written, in the year of the first end (or the next, when it would
    /// fall before it): "from August to October" is one season, not two months resolved each on its own.
    /// </summary>
    private static DateValue AfterStart(DateValue a, DateValue b)
    {
        if (!b.YearInferred || a.Year is not { } y || b.Month is not { } m || a.Month is not { } am)
        {
            return b;
        }

        var year = m < am || (m == am && b.Day < a.Day) ? y + 1 : y;
        if (b.Grain == DateGrain.Month)
        {
            return DateValue.OfMonth(year, m) with { YearInferred = true };
        }

        return b.Grain == DateGrain.Day && b.Day is { } d && DateCalendar.IsValid(year, m, d) ? DateValue.Of(new DateOnly(year, m, d), yearInferred: true) : b;
    }

    /// <summary>One end of a range: a date, "now" or "today".</summary>
    private DateMatch? RangeEnd(int i)
    {
        if (WordIn(i, "now", "present") || Seq(i, ["current", "date"]) > 0)
        {
            return reference is { } r ? new DateMatch(Word(i, "current") ? i + 2 : i + 1, DateValue.Of(r)) : null;
        }

        return Core(i) is { } m && m.Value.Mod is null or "END" or "START" && m.Value.Grain is DateGrain.Year or DateGrain.Month or DateGrain.Day ? m : null;
    }

    /// <summary>"from April until the end of June", "between the end of 2007 and the end of 2008": an end counts up to the next period.</summary>
    private static DateValue? EndInterval(DateValue a, DateValue b)
    {
        if (a.Mod is not (null or "END") || b.Mod is not (null or "END") || a.Grain != b.Grain || a.Grain is not (DateGrain.Month or DateGrain.Year))
        {
            return null;
        }

        var open = a.YearInferred && b.YearInferred;
        if (a.Year is not { } ay || b.Year is not { } by)
        {
            return null;
        }

        var ma = (ay * 12) + ((a.Month ?? 1) - 1) + (a.Mod is "END" ? (a.Grain == DateGrain.Year ? 12 : 1) : 0);
        var mb = (by * 12) + ((b.Month ?? 1) - 1) + (b.Mod is "END" ? (b.Grain == DateGrain.Year ? 12 : 1) : 0);
        if (open && mb <= ma)
        {
            mb += 12;
        }

        if (mb <= ma)
        {
            return null;
        }

        string Start(int months) => DateCalendar.Day(open ? null : months / 12, (months % 12) + 1, 1);
        return DateValue.Other($"({Start(ma)},{Start(mb)},P{DateCalendar.Int(mb - ma)}M)");
    }

    /// <summary>The TIMEX interval "(start,end,duration)" between two dates of the same kind.</summary>
    private DateValue? Interval(DateValue a, DateValue b)
    {
        if (a.Mod is "END" || b.Mod is "END")
        {
            return EndInterval(a, b);
        }

        if (a.Mod is not null || b.Mod is not null)
        {
            return null;
        }

        if (a.Grain == DateGrain.Year && b.Grain == DateGrain.Year && a.Year is { } y1 && b.Year is { } y2)
        {
            return y2 > y1 ? DateValue.Other($"({DateCalendar.Day(y1, 1, 1)},{DateCalendar.Day(y2, 1, 1)},P{DateCalendar.Int(y2 - y1)}Y)") : null;
        }

        if (a.Grain == DateGrain.Month && b.Grain == DateGrain.Month && a.Month is { } m1 && b.Month is { } m2)
        {
            var open = a.YearInferred && b.YearInferred;
            int months;
            if (open)
            {
                months = (m2 - m1 + 12) % 12;
            }
            else if (a.Year is { } ay && b.Year is { } by)
            {
                months = ((by * 12) + m2) - ((ay * 12) + m1);
            }
            else
            {
                return null;
            }

            return months > 0
                ? DateValue.Other($"({DateCalendar.Day(open ? null : a.Year, m1, 1)},{DateCalendar.Day(open ? null : b.Year, m2, 1)},P{DateCalendar.Int(months)}M)")
                : null;
        }

        if (a.Grain == DateGrain.Day && b.Grain == DateGrain.Day && a.Month is { } dm1 && b.Month is { } dm2 && a.Day is { } d1 && b.Day is { } d2)
        {
            var ya = a.Year ?? reference?.Year ?? 2000;
            var yb = b.Timex == "day" ? ya : b.Year ?? ya;
            var bInferred = b.Timex == "day" ? a.YearInferred : b.YearInferred;
            if (!DateCalendar.IsValid(ya, dm1, d1) || !DateCalendar.IsValid(yb, dm2, d2))
            {
                return null;
            }

            var da = new DateOnly(ya, dm1, d1);
            var db = new DateOnly(yb, dm2, d2);
            if (db <= da && bInferred)
            {
                db = db.AddYears(1);
            }

            if (db <= da)
            {
                return null;
            }

            var left = DateCalendar.Day(a.YearInferred ? null : ya, dm1, d1);
            var right = DateCalendar.Day(bInferred ? null : db.Year, dm2, d2);
            return DateValue.Other($"({left},{right},P{DateCalendar.Int(db.DayNumber - da.DayNumber)}D)");
        }

        // mixed grains with known years: "2014 through May 2nd 2018", "between Jan 2019 and today"
        if (a.StartDay(true) is { } sa && b.StartDay(true) is { } sb && !a.YearInferred && !b.YearInferred
            && DateOnly.TryParseExact(sa, "yyyy-MM-dd", out var pa) && DateOnly.TryParseExact(sb, "yyyy-MM-dd", out var pb) && pb > pa)
        {
            return DateValue.Other($"({sa},{sb},P{DateCalendar.Int(pb.DayNumber - pa.DayNumber)}D)");
        }

        return null;
    }
}
