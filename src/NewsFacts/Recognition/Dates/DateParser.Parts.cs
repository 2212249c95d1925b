namespace NewsFacts.Recognition;

internal sealed partial class DateParser
{
    /// <summary>How many tokens back a quarter stays in focus for "a year ago", which otherwise names a year.</summary>
    private const int NearFocusTokens = 250;

    /// <summary>
    /// "Q1 2017", "2017 q1", "2019-H2", "the first quarter of 2020", "third-quarter", "the fiscal first quarter",
    /// "the second half of the year", "this year's third quarter", "the 1988 second quarter": TIMEX3 <c>1989-Q3</c>.
    /// </summary>
    private DateMatch? Quarter(int i)
    {
        // q1 [-] [2019] / h2
        if (WordIn(i, "q", "h") && At(i + 1).IsNumber && Tight(i + 1))
        {
            var isQuarter = Word(i, "q");
            var n = At(i + 1).Number;
            if (n < 1 || n > (isQuarter ? 4 : 2))
            {
                return null;
            }

            var k = i + 2;
            int? year = null;
            if ((Sym(k, '-') || Sym(k, '/')) && Tight(k) && YearAt(k + 1) is { } y1)
            {
                (year, k) = (y1.Year, y1.End);
            }
            else if (YearAt(k) is { } y2 && !IsChained(k, k + 1))
            {
                (year, k) = (y2.Year, y2.End);
            }

            return new DateMatch(k, PartOf(year, n, isQuarter ? 3 : 6, i));
        }

        // 2017 q1 / 2019-h2
        if (YearAt(i) is { } yf)
        {
            var k = (Sym(i + 1, '-') || Sym(i + 1, '/')) && Tight(i + 1) ? i + 2 : i + 1;
            if (WordIn(k, "q", "h") && At(k + 1).IsNumber && Tight(k + 1))
            {
                var isQuarter = Word(k, "q");
                var n = At(k + 1).Number;
                return n >= 1 && n <= (isQuarter ? 4 : 2) ? new DateMatch(k + 2, DateValue.OfPart(yf.Year, n, isQuarter ? 3 : 6)) : null;
            }

            return null;
        }

        var j = The(i);
        int? named = null;

        // "the December quarter", "the June 2023 quarter": the quarter that ends in that month, as Australian and
        // Indian business news name quarters
        if (At(j).IsWord && DateLexicon.Months.TryGetValue(At(j).Lower, out var endMonth) && endMonth.Month % 3 == 0)
        {
            var k = j + 1;
            int? written = null;
            if (YearAt(k) is { } wy && !IsChained(k, k + 1))
            {
                (written, k) = (wy.Year, wy.End);
            }

            if (Word(k, "quarter") && !(Sym(k + 1, '-') && Tight(k + 1)))
            {
                return new DateMatch(k + 1, written is { } qy ? DateValue.OfPart(qy, endMonth.Month / 3, 3) : PartOf(null, endMonth.Month / 3, 3, i));
            }
        }

        // "the first two quarters of 1990", "the last two quarters of the year": a half
        if (WordIn(j, "first", "last") && Number(j + 1) is { Value: 2, Ordinal: false } two && Word(two.End, "quarters") && Word(two.End + 1, "of"))
        {
            var half = At(j).Is("first") ? 1 : 2;
            if (YearAt(two.End + 2) is { } hy && !IsChained(two.End + 2, two.End + 3))
            {
                return new DateMatch(hy.End, DateValue.OfPart(hy.Year, half, 6));
            }

            if (WordIn(two.End + 2, "this", "the") && Word(two.End + 3, "year") && reference is { } rh)
            {
                return new DateMatch(two.End + 4, DateValue.OfPart(rh.Year, half, 6));
            }
        }

        // this year's third quarter, last year's fourth quarter
        if (WordIn(j, "this", "last", "next") && Word(j + 1, "year") && Sym(j + 2, '\'') && Word(j + 3, "s") && reference is { } r0)
        {
            named = r0.Year + Direction(At(j).Lower)!.Value;
            j += 4;
        }
        else if (j > i && YearAt(j) is { } written && !IsChained(j, j + 1))
        {
            // the 1988 third quarter
            named = written.Year;
            j = written.End;
        }

        if (!(OrdinalPart(j) is { } part))
        {
            return null;
        }

        var (index, months, e) = part;
        if (named is { } ny)
        {
            return new DateMatch(e, DateValue.OfPart(ny, index, months));
        }

        // "the last half of the '80s", "the first half of the 1990s": the decade's start or end, as TIMEX3 marks it
        if (months == 6 && Word(e, "of") && YearForm(The(e + 1)) is { Value: { Grain: DateGrain.Decade } decade } d)
        {
            return new DateMatch(d.End, decade with { Mod = index == 1 ? "START" : "END" });
        }

        if (Word(e, "of") || (Sym(e, ',') && YearAt(e + 1) is not null))
        {
            if (YearAt(e + 1) is { } y && !IsChained(e + 1, e + 2))
            {
                return new DateMatch(y.End, DateValue.OfPart(y.Year, index, months));
            }

            if (Word(e + 1, "the") && Word(e + 2, "year"))
            {
                return new DateMatch(e + 3, PartOf(null, index, months, i));
            }

            if (WordIn(e + 1, "this", "last", "next") && Word(e + 2, "year") && reference is { } r)
            {
                return new DateMatch(e + 3, DateValue.OfPart(r.Year + Direction(At(e + 1).Lower)!.Value, index, months));
            }
        }

        if (YearAt(e) is { } yAfter && !IsChained(e, e + 1))
        {
            return new DateMatch(yAfter.End, DateValue.OfPart(yAfter.Year, index, months));
        }

        return new DateMatch(e, PartOf(null, index, months, i));
    }

    /// <summary>"[fiscal] third quarter", "third-quarter", "fiscal-first quarter", "the last half": the part's number, length and end.</summary>
    private (int Index, int Months, int End)? OrdinalPart(int j)
    {
        if (Word(j, "fiscal"))
        {
            j = Sym(j + 1, '-') && Tight(j + 1) && Tight(j + 2) ? j + 2 : j + 1;
        }

        if (Number(j) is not { Ordinal: true } ord)
        {
            return null;
        }

        var q = ord.End;
        if (Sym(q, '-') && Tight(q) && Tight(q + 1))
        {
            q++;
        }

        if (!WordIn(q, "quarter", "half"))
        {
            return null;
        }

        var months = At(q).Is("quarter") ? 3 : 6;
        var index = ord.Value == -1 ? 12 / months : ord.Value;
        return index < 1 || index > 12 / months ? null : (index, months, q + 1);
    }

    /// <summary>
    /// A quarter or half without a written year: the publication year, or the year before when the part lies after
    /// publication and the sentence is not about the future: well after it, or in a past sentence (a fourth quarter
    /// reported in January or August).
    /// </summary>
    private DateValue PartOf(int? year, int index, int months, int at)
    {
        if (year is not null || reference is not { } r)
        {
            return DateValue.OfPart(year, index, months);
        }

        // "will report fourth-quarter earnings on Jan. 25": results reported, even ahead, are of a quarter over
        var start = new DateOnly(r.Year, ((index - 1) * months) + 1, 1);
        var y = start > r && (ReportedResults(at) || (!FutureContext(at) && (start > r.AddMonths(3) || PastContext(at)))) ? r.Year - 1 : r.Year;
        return DateValue.OfPart(y, index, months) with { YearInferred = true };
    }

    /// <summary>Verbs that release a period's results ("report", "posts", "will announce").</summary>
    private static readonly HashSet<string> ResultVerbs = new(StringComparer.Ordinal)
    {
        "report", "reports", "reporting", "post", "posts", "posting", "release", "releases", "releasing", "announce",
        "announces", "announcing", "publish", "publishes", "publishing", "unveil", "unveils", "unveiling",
    };

    /// <summary>Nouns of a period's results ("fourth-quarter earnings", "its third-quarter results").</summary>
    private static readonly HashSet<string> ResultNouns = new(StringComparer.Ordinal)
    {
        "earnings", "results", "profit", "profits", "revenue", "revenues", "sales", "figures", "numbers", "loss", "losses",
    };

    /// <summary>
    /// Whether the part at <paramref name="at"/> names the period of results a verb releases: "will report
    /// fourth-quarter earnings", "posts its second-quarter results": a period over, whatever the tense.
    /// </summary>
    private bool ReportedResults(int at)
    {
        var verb = at - 1;
        while (verb >= at - 3 && WordIn(verb, "its", "their", "the", "his", "her", "our"))
        {
            verb--;
        }

        if (!(At(verb).IsWord && ResultVerbs.Contains(At(verb).Lower)))
        {
            return false;
        }

        for (var n = at + 1; n <= at + 5 && n < t.Count && !SentenceBreak(n); n++)
        {
            if (At(n).IsWord && ResultNouns.Contains(At(n).Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that refer back to the period in focus: "the latest quarter", "the same period".</summary>
    private static readonly HashSet<string> FocusAdjectives = new(StringComparer.Ordinal) { "latest", "same", "comparable", "corresponding", "recent", "most" };

    /// <summary>
    /// The quarter an article speaks of, named again: "the quarter", "the latest period", "the year-earlier quarter",
    /// "the year-ago period", "the 1988 quarter", "last year's quarter", "the quarter a year ago", "year-earlier".
    /// Its value comes from the last quarter named before it; without one only a written year is left.
    /// </summary>
    private DateMatch? PartReference(int i)
    {
        // a bare "year-earlier" / "year-ago" ("from $5 million year-earlier")
        if (YearBackAdjective(i) is { } bare && !(WordIn(bare, "quarter", "period", "half") || OrdinalPart(bare) is not null || Amount(bare) is not null))
        {
            return reference is { } rb
                ? new DateMatch(bare, DateValue.OfYear(rb.Year - 1) with { Anaphor = new PartAnaphor(null, 1, Near: true) })
                : null;
        }

        var j = i;
        int? year = null;
        var back = 0;
        var over = false;
        if (WordIn(j, "last", "this") && Word(j + 1, "year") && Sym(j + 2, '\'') && Word(j + 3, "s") && reference is { } r0)
        {
            year = r0.Year + Direction(At(j).Lower)!.Value;
            j += 4;
        }
        else if (WordIn(j, "the", "that", "its"))
        {
            j++;
            while (At(j).IsWord && FocusAdjectives.Contains(At(j).Lower))
            {
                over |= WordIn(j, "latest", "recent");
                j++;
            }

            if (YearBackAdjective(j) is { } after)
            {
                back = 1;
                j = after;
            }
            else if (YearAt(j) is { } y && !IsChained(j, j + 1))
            {
                year = y.Year;
                j = y.End;
            }
        }
        else
        {
            return null;
        }

        // "the year-earlier third quarter": a named part a year back
        if (back > 0 && OrdinalPart(j) is { } named)
        {
            var v = PartOf(null, named.Index, named.Months, i);
            return v.Year is { } ny ? new DateMatch(named.End, DateValue.OfPart(ny - back, named.Index, named.Months)) : null;
        }

        if (!WordIn(j, "quarter", "period") || (At(j).Is("period") && j == i + 1 && year is null && back == 0))
        {
            return null;
        }

        var e = j + 1;

        // "the quarter ended Sept. 30": the quarter in focus (it may be a fiscal one), else the calendar quarter of
        // that day (the day stays a mention of its own)
        if (year is null && back == 0 && At(j).Is("quarter") && WordIn(e, "ended", "ending") && Core(e + 1) is { Value: { Grain: DateGrain.Day, Year: { } ey, Month: { } em } })
        {
            return new DateMatch(e, DateValue.OfPart(ey, ((em - 1) / 3) + 1, 3) with { Anaphor = new PartAnaphor(null, 0, Near: false) });
        }

        // the quarter a year ago, the corresponding period last year
        if (year is null && back == 0 && Number(e, allowArticle: true) is { Value: 1, Ordinal: false } one && Word(one.End, "year") && WordIn(one.End + 1, "ago", "earlier"))
        {
            back = 1;
            e = one.End + 2;
        }
        else if (year is null && back == 0 && Word(e, "last") && Word(e + 1, "year"))
        {
            back = 1;
            e += 2;
        }

        // "the latest quarter" with no quarter over in focus: the last calendar quarter over
        over &= year is null && back == 0 && At(j).Is("quarter");
        var fallback = year is { } fy ? DateValue.OfYear(fy) : back > 0 && reference is { } r ? DateValue.Other(DateCalendar.Year(r.Year - back) + "-QX") : over && LastQuarterOver() is { } last ? last : DateValue.Other(null);
        return new DateMatch(e, fallback with { Anaphor = new PartAnaphor(year, back, Near: false) { Over = over } });
    }

    /// <summary>"year-earlier", "year-ago", "year earlier": returns the end.</summary>
    private int? YearBackAdjective(int i) =>
        Word(i, "year") && Sym(i + 1, '-') && Tight(i + 1) && Tight(i + 2) && WordIn(i + 2, "earlier", "ago") ? i + 3 : null;

    /// <summary>The quarter last named, resolved: where it was named, its year, number and length (12: the year to date).</summary>
    private readonly record struct PartFocus(int At, int Year, int Index, int Months);

    /// <summary>Whether the period in focus had ended by the reference date (true without one).</summary>
    private bool IsOver(PartFocus f) => IsOver(f, reference);

    private static bool IsOver(PartFocus f, DateOnly? reference) =>
        reference is not { } r || f.Year is < 1 or > 9998 || new DateOnly(f.Year, 1, 1).AddMonths(Math.Min(12, f.Index * f.Months)) <= r.AddDays(1);

    /// <summary>
    /// "the first nine months", "the nine months", "the latest six months": a report of the year to date (a fiscal one
    /// perhaps), which puts its year in focus: the reference's, or the last one early in a year.
    /// </summary>
    private PartFocus? MonthsToDate(int i)
    {
        if (!WordIn(i - 1, "first", "the", "latest") || Number(i) is not { Ordinal: false, Value: 6 or 9 } n || reference is not { } r)
        {
            return null;
        }

        var plural = Word(n.End, "months");
        var adjective = Sym(n.End, '-') && Tight(n.End) && Word(n.End + 1, "month");
        if (!plural && !adjective)
        {
            return null;
        }

        return new PartFocus(i, r.Month <= 2 ? r.Year - 1 : r.Year, 1, 12);
    }

    /// <summary>The last calendar quarter over by the reference date: "the latest quarter" with none in focus.</summary>
    private DateValue? LastQuarterOver()
    {
        if (reference is not { } r)
        {
            return null;
        }

        var start = new DateOnly(r.Year, (((r.Month - 1) / 3) * 3) + 1, 1).AddMonths(-3);
        return DateValue.OfPart(start.Year, ((start.Month - 1) / 3) + 1, 3);
    }

    /// <summary>
    /// The value of <paramref name="value"/> given the quarter in focus (and whether the focus gave it); null when it
    /// names no date. A period said to
    /// be over ("the latest quarter") does not follow a focus still running at <paramref name="reference"/>; a focus on
    /// the year to date makes it a year.
    /// </summary>
    private static (DateValue? Value, bool ThroughFocus) ResolveAnaphor(DateValue value, PartFocus? focus, int at, DateOnly? reference)
    {
        if (value.Anaphor is not { } an)
        {
            return (value, false);
        }

        if (focus is { } f && (!an.Near || at - f.At <= NearFocusTokens) && !(an.Over && !IsOver(f, reference)))
        {
            var year = an.Year ?? (f.Year - an.YearsBack);
            return ((f.Months == 12 ? DateValue.OfYear(year) : DateValue.OfPart(year, f.Index, f.Months)) with { Mod = value.Mod }, true);
        }

        return (value.Timex is null ? null : value with { Anaphor = null }, false);
    }
}
