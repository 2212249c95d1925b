namespace NewsFacts.Recognition;

/// <summary>A parse that runs from a start token to <see cref="End"/> (exclusive).</summary>
/// <param name="End">One past the last token of the expression.</param>
/// <param name="Value">What it means.</param>
internal readonly record struct DateMatch(int End, DateValue Value);

/// <summary>
/// A hand-written grammar over date tokens: at each token it tries the expression rules and keeps the longest
/// match, then moves past it. Every rule looks at a bounded number of tokens, so a scan is linear in the text.
/// </summary>
internal sealed partial class DateParser
{
    private static readonly DateToken None = new(0, 0, DateTokenKind.Symbol, string.Empty, true, true);

    private readonly string text;
    private readonly DateOnly? reference;
    private readonly List<DateToken> t;

    public DateParser(string text, DateOnly? reference)
    {
        this.text = text;
        this.reference = reference;
        t = DateTokenizer.Tokenize(text);
        coreMemo = new DateMatch[t.Count];
        baseMemo = new DateMatch[t.Count];
    }

    // Parses remembered by start token, one array each: the default entry means not yet parsed, End -1 no date there
    // (a found date always has a value), so no array of nullables and no array of flags beside it.
    private readonly DateMatch[] coreMemo;
    private readonly DateMatch[] baseMemo;

    private static readonly DateMatch NoDate = new(-1, null!);

    private static bool Remembered(DateMatch[] memo, int i, out DateMatch? match)
    {
        var m = memo[i];
        match = m.End == -1 ? null : m;
        return m.Value is not null || m.End == -1;
    }

    private static DateMatch? Remember(DateMatch[] memo, int i, DateMatch? match)
    {
        memo[i] = match ?? NoDate;
        return match;
    }

    /// <summary>Words that can open a date expression; any other word is skipped at once.</summary>
    private static readonly HashSet<string> Starters = BuildStarters();

    private static HashSet<string> BuildStarters()
    {
        var set = new HashSet<string>(StringComparer.Ordinal)
        {
            "the", "this", "next", "last", "previous", "past", "coming", "following", "current", "upcoming", "preceding", "today", "tomorrow",
            "yesterday", "tonight", "tonite", "tmrw", "between", "from", "before", "after", "since", "until", "till", "by", "no", "not",
            "later", "earlier", "prior", "starting", "beginning", "as", "around", "circa", "end", "close", "start", "middle", "turn",
            "early", "mid", "late", "in", "more", "less", "about", "nearly", "almost", "some", "roughly", "just", "only", "week",
            "year", "calendar", "cy", "fy", "q", "h", "eod", "noon", "midday", "midnight", "at", "couple", "that", "its", "fiscal", "then", "soon",
        };
        set.UnionWith(DateLexicon.Months.Keys);
        set.UnionWith(DateLexicon.Weekdays.Keys);
        set.UnionWith(DateLexicon.Numbers.Keys);
        set.UnionWith(DateLexicon.Seasons.Keys);
        set.UnionWith(DateLexicon.PartsOfDay.Keys);
        set.UnionWith(DateLexicon.Holidays.Select(h => h.Words[0]));
        set.UnionWith(DateLexicon.References.Select(r => r.Words[0]));
        return set;
    }

    /// <summary>Whether a date expression can open at token <paramref name="i"/>: a number, an apostrophe or a starter word.</summary>
    private bool CanStart(int i)
    {
        var tok = At(i);
        return tok.Kind switch
        {
            DateTokenKind.Number => true,
            DateTokenKind.Word => Starters.Contains(tok.Lower),
            _ => tok.Is("'"),
        };
    }

    public IReadOnlyList<DateMention> Parse()
    {
        var mentions = new List<DateMention>();
        var found = new List<(int Start, int End, DateValue Value)>();
        PartFocus? focus = null;
        var frame = new TimeFrame(null, null, null);
        var i = 0;
        while (i < t.Count)
        {
            // "the first nine months", "the six months": the year to date comes into focus, so that "a year earlier"
            // after it is last year
            if (MonthsToDate(i) is { } toDate)
            {
                focus = toDate with { Year = focus?.Year ?? toDate.Year };
            }

            if (Expression(i) is { } m && m.End > i)
            {
                // "every Monday", "each week at 4pm": a recurring set, not a date
                if (WordIn(i - 1, "every", "each") || (Word(i - 1, "other") && WordIn(i - 2, "every", "each")))
                {
                    i = m.End;
                    continue;
                }

                // "quarter-to-quarter", "year-to-year": a comparison between periods, no date
                if (Sym(m.End, '-') && Word(m.End + 1, "to") && Sym(m.End + 2, '-') && At(m.End + 3).IsWord && At(m.End + 3).Lower == At(m.End - 1).Lower)
                {
                    i = m.End + 4;
                    continue;
                }

                // "the quarter", "a year earlier": the quarter in focus decides; a named quarter becomes the focus
                var (resolved, throughFocus) = ResolveAnaphor(YearBeforeInSentence(m, i, found), focus, i, reference);
                if (resolved is null || ResolveNarrative(resolved, frame) is not { } value)
                {
                    i = m.End;
                    continue;
                }

                frame = Frame(frame, value);

                // the quarter in focus named again ("the quarter", "a year earlier") stays in focus from here on
                if (throughFocus && focus is { } named)
                {
                    focus = named with { At = m.End };
                }

                // a quarter still to come ("a fourth-quarter charge") does not take the focus from one reported
                // nor does a quarter named in passing with "a" ("after a flat second quarter")
                if ((m.Value.Anaphor is null || focus is null) && value.Part is { } part && value.Year is { } partYear && !(focus is { } current && IsOver(current) && !IsOver(new PartFocus(m.End, partYear, part.Index, part.Months)))
                    && !(focus is not null && IndefinitePeriod(i, m.End)))
                {
                    focus = new PartFocus(m.End, partYear, part.Index, part.Months);
                }

                if (m.Value.Pieces is { } pieces)
                {
                    foreach (var (start, piece) in pieces)
                    {
                        mentions.Add(PieceMention(start, piece));
                        found.Add((start, piece.End, piece.Value));
                    }

                    i = m.End;
                    continue;
                }

                var span = new TextSpan(t[i].Start, t[m.End - 1].End);
                var mention = new DateMention(span, text[span.Start..span.End], value.Timex, value.Mod);
                if (m.Value.DurationTokens is { } d && d.End > d.Start)
                {
                    mention = mention with { Duration = new TextSpan(t[d.Start].Start, t[d.End - 1].End) };
                }

                mentions.Add(mention);
                found.Add((i, m.End, value));
                i = m.End;
            }
            else
            {
                i++;
            }
        }

        AnchorTimes(mentions, found);
        return mentions;
    }

    /// <summary>
    /// Whether a period is named with the indefinite article as its noun ("a flat second quarter", "an uneven
    /// quarter"), not as a modifier ("a third-quarter loss"): a period spoken of in passing.
    /// </summary>
    private bool IndefinitePeriod(int i, int end)
    {
        if (Sym(end - 2, '-'))
        {
            return false;
        }

        for (var k = i - 1; k >= i - 3 && k >= 0; k--)
        {
            if (WordIn(k, "a", "an"))
            {
                return true;
            }

            if (!At(k).IsWord || WordIn(k, "the", "its", "their", "this", "that", "his", "her", "our"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "41,000 tonnes in 2023, up from 39,500 tonnes a year earlier": counted back from the year its sentence has
    /// just named, not from a quarter named before (which "a year earlier" follows otherwise).
    /// </summary>
    private DateValue YearBeforeInSentence(DateMatch m, int i, List<(int Start, int End, DateValue Value)> found)
    {
        if (m.Value.Anaphor is not { YearsBack: > 0 } an || !Word(m.End - 1, "earlier") || found.Count == 0)
        {
            return m.Value;
        }

        var last = found[^1];
        return last.Value is { Grain: DateGrain.Year, Year: { } y, Mod: null } && !SentenceBetween(last.End, i)
            ? DateValue.OfYear(y - an.YearsBack) with { DurationTokens = m.Value.DurationTokens }
            : m.Value;
    }

    /// <summary>The last year, month and day the text named: the article's own time frame.</summary>
    private readonly record struct TimeFrame(int? Year, (int Year, int Month)? Month, DateOnly? Day);

    /// <summary>The time frame after a date: its year, month and day, as far as it names them.</summary>
    private static TimeFrame Frame(TimeFrame frame, DateValue v)
    {
        if (v.Year is not { } y || v.Timex is null || v.Timex.EndsWith("_REF", StringComparison.Ordinal))
        {
            return frame;
        }

        return v.Grain switch
        {
            DateGrain.Day when AsDate(v) is { } d => new TimeFrame(y, (y, d.Month), d),
            DateGrain.Month when v.Month is { } m => new TimeFrame(y, (y, m), frame.Day is { } fd && fd.Year == y && fd.Month == m ? fd : null),
            DateGrain.Year or DateGrain.Part => new TimeFrame(y, frame.Month is { } fm && fm.Year == y ? fm : null, frame.Day is { } fd2 && fd2.Year == y ? fd2 : null),
            _ => frame,
        };
    }

    /// <summary>A date named through the time frame ("the following year"), resolved; null when the frame lacks it.</summary>
    private static DateValue? ResolveNarrative(DateValue v, TimeFrame frame)
    {
        // "down from the previous Friday" after "on Friday": a week before the day the text speaks of
        if (v.WeekdayBefore is { } weekday && frame.Day is { } fd && fd.DayNumber > 7)
        {
            var back = (DateCalendar.IsoDay(fd) - weekday + 7) % 7;
            return DateValue.Of(fd.AddDays(-(back == 0 ? 7 : back)));
        }

        if (v.CountedFrom is { } counted)
        {
            return CountFromFrame(v, counted.Amount, counted.Sign, frame);
        }

        if (v.Narrative is not { } n)
        {
            return v;
        }

        DateValue? resolved = n.Unit switch
        {
            'Y' when frame.Year is { } y => DateValue.OfYear(y + n.Offset),
            'M' when frame.Month is { } m => DateValue.OfMonth(new DateOnly(m.Year, m.Month, 1).AddMonths(n.Offset).Year, new DateOnly(m.Year, m.Month, 1).AddMonths(n.Offset).Month),
            'D' when frame.Day is { } d && d.DayNumber + n.Offset is > 0 and < 3652059 => DateValue.Of(d.AddDays(n.Offset)),
            _ => null,
        };
        return resolved is null ? null : resolved with { Mod = v.Mod };
    }

    /// <summary>
    /// "A day later" after "on March 10, 2023", "a year later" after "in 2018": the amount counted from the last date
    /// the text named as finely as the amount needs; without one, the value counted from the reference stands.
    /// </summary>
    private static DateValue CountFromFrame(DateValue v, DateAmount amount, int sign, TimeFrame frame)
    {
        DateOnly? anchor = amount switch
        {
            { Days: > 0 } => frame.Day,
            { Months: > 0 } => frame.Month is { } m ? new DateOnly(m.Year, m.Month, 1) : null,
            _ => frame.Year is { } y and > 0 and < 10000 ? new DateOnly(y, 1, 1) : null,
        };
        return anchor is { } a && amount.Apply(a, sign) is { } d
            ? AsPreciseAs(amount, d) with { DurationTokens = v.DurationTokens, Mod = v.Mod }
            : v;
    }

    /// <summary>How many sentences back a time of day looks for the day it falls on.</summary>
    private const int TimeAnchorSentences = 3;

    /// <summary>
    /// Gives each time of day written without its day ("at 10:35 a.m.") the day it falls on: the day named nearest
    /// to it in its sentence, else the last day named shortly before whose part of the day the hour fits ("on Sunday
    /// night ... shortly after 10:40 p.m."); else the day stays unknown (<c>XXXX-XX-XXT10:35</c>).
    /// </summary>
    private void AnchorTimes(List<DateMention> mentions, List<(int Start, int End, DateValue Value)> found)
    {
        for (var n = 0; n < found.Count; n++)
        {
            var (start, end, value) = found[n];
            if (!value.TimeOfDay || value.Timex is not { } time || !time.StartsWith('T'))
            {
                continue;
            }

            string? day = null;
            var best = int.MaxValue;
            for (var o = 0; o < found.Count; o++)
            {
                var other = found[o];
                if (o == n || DayOf(other.Value) is not { } otherDay)
                {
                    continue;
                }

                var distance = other.Start > start ? other.Start - end : start - other.End;
                if (distance < best && !SentenceBetween(Math.Min(end, other.End), Math.Max(start, other.Start)))
                {
                    (best, day) = (distance, otherDay);
                }
            }

            if (day is null && int.TryParse(time.AsSpan(1, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var hour))
            {
                var part = hour switch { >= 4 and < 12 => "MO", >= 12 and < 18 => "AF", _ => "NI" };
                for (var o = n - 1; o >= 0 && day is null; o--)
                {
                    var other = found[o];
                    if (SentencesBetween(other.End, start) > TimeAnchorSentences)
                    {
                        break;
                    }

                    var otherPart = other.Value.PartOfDay ?? (other.Value.Timex is { Length: 13 } dt && dt[10] == 'T' && !char.IsDigit(dt[11]) ? dt[11..] : null);
                    if (other.Value.Grain == DateGrain.Day && other.Value.Timex is { Length: >= 10 } ot && !ot.StartsWith('X') && (otherPart == part || (part == "NI" && otherPart == "EV")))
                    {
                        day = ot[..10];
                    }
                }
            }

            mentions[n] = mentions[n] with { Value = (day ?? UnknownDay) + time };
        }
    }

    private static bool IsPlainDay(DateValue v) =>
        v.Grain == DateGrain.Day && v.Timex is { Length: 10 } tx && !tx.StartsWith('X') && v.Mod is null;

    /// <summary>
    /// The day a date names for a time in its sentence: a plain day, or the day of a time written with its day
    /// ("leave at 4 in the morning (4 a.m. Thursday)" falls on that Thursday); null for anything else.
    /// </summary>
    private static string? DayOf(DateValue v) =>
        IsPlainDay(v) ? v.Timex
        : v.Mod is null && !v.TimeOfDay && v.Timex is { Length: > 11 } tx && tx[10] == 'T' && char.IsAsciiDigit(tx[0]) && char.IsAsciiDigit(tx[11]) ? tx[..10]
        : null;

    /// <summary>Whether a sentence ends between tokens <paramref name="from"/> and <paramref name="to"/>.</summary>
    private bool SentenceBetween(int from, int to) => SentencesBetween(from, to) > 0;

    /// <summary>How many sentence breaks stand between tokens <paramref name="from"/> and <paramref name="to"/>.</summary>
    private int SentencesBetween(int from, int to)
    {
        var count = 0;
        for (var k = from; k < to && k < t.Count; k++)
        {
            if (SentenceBreak(k))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>One end of a range as a mention of its own: "now" is the present, any other end its date.</summary>
    private DateMention PieceMention(int start, DateMatch piece)
    {
        var span = new TextSpan(t[start].Start, t[piece.End - 1].End);
        var value = WordIn(start, "now", "present") && piece.End == start + 1 ? "PRESENT_REF" : piece.Value.Timex;
        return new DateMention(span, text[span.Start..span.End], value, null);
    }

    // ---- token helpers -------------------------------------------------------------------------------------

    private DateToken At(int i) => i >= 0 && i < t.Count ? t[i] : None;

    private bool Word(int i, string lower) => At(i) is { IsWord: true } tok && tok.Is(lower);

    private bool WordIn(int i, params ReadOnlySpan<string> words)
    {
        var tok = At(i);
        if (!tok.IsWord)
        {
            return false;
        }

        foreach (var w in words)
        {
            if (tok.Is(w))
            {
                return true;
            }
        }

        return false;
    }

    private bool Sym(int i, char c) => At(i).IsSymbol(c);

    /// <summary>Whether the token at <paramref name="i"/> touches the previous one (no white space between).</summary>
    private bool Tight(int i) => i < t.Count && !At(i).SpaceBefore;

    /// <summary>Matches a sequence of lower-case tokens; returns the end or -1.</summary>
    private int Seq(int i, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (!At(i + k).Is(words[k]) || (k > 0 && At(i + k).NewlineBefore))
            {
                return -1;
            }
        }

        return i + words.Length;
    }

    private bool Capitalized(int i) => At(i) is { IsWord: true } tok && char.IsUpper(text[tok.Start]);

    /// <summary>Skips an optional article "the".</summary>
    private int The(int i) => Word(i, "the") ? i + 1 : i;

    private static DateMatch? Longest(params ReadOnlySpan<DateMatch?> candidates)
    {
        DateMatch? best = null;
        foreach (var c in candidates)
        {
            if (c is { } m && (best is null || m.End > best.Value.End))
            {
                best = m;
            }
        }

        return best;
    }

    // ---- the expression --------------------------------------------------------------------------------------

    private DateMatch? Expression(int i)
    {
        if (!CanStart(i))
        {
            return null;
        }

        return Longest(Range(i), Prefixed(i), WithSuffix(i, Core(i)), Offset(i), Reference(i));
    }

    /// <summary>"2012 or later", "1/1/2016 and later", "2010 onwards", "1990 and beyond", "the next year or so".</summary>
    private DateMatch? WithSuffix(int i, DateMatch? core)
    {
        if (core is not { } m)
        {
            return null;
        }

        var e = m.End;
        if (WordIn(e, "or", "and") && WordIn(e + 1, "later", "after") && (At(e + 1).Is("later") || Core(e + 2) is null))
        {
            return new DateMatch(e + 2, m.Value with { Mod = m.Value.Mod ?? "ON_OR_AFTER" });
        }

        if (WordIn(e, "or", "and") && WordIn(e + 1, "earlier", "before") && (At(e + 1).Is("earlier") || Core(e + 2) is null))
        {
            return new DateMatch(e + 2, m.Value with { Mod = m.Value.Mod ?? "ON_OR_BEFORE" });
        }

        if (WordIn(e, "onwards", "onward") || (WordIn(e, "and", "or") && Word(e + 1, "beyond")))
        {
            var end = Word(e, "beyond") || WordIn(e, "onwards", "onward") ? e + 1 : e + 2;
            return new DateMatch(end, m.Value with { Mod = m.Value.Mod ?? "ON_OR_AFTER" });
        }

        // "the next year or so": about then
        if (Word(e, "or") && Word(e + 1, "so") && !At(e + 2).IsWord)
        {
            return new DateMatch(e + 2, m.Value with { Mod = m.Value.Mod ?? "APPROX" });
        }

        return core;
    }

    private static readonly (string[] Words, string Mod)[] Prefixes =
    [
        (["no", "later", "than"], "ON_OR_BEFORE"),
        (["not", "later", "than"], "ON_OR_BEFORE"),
        (["no", "earlier", "than"], "ON_OR_AFTER"),
        (["later", "than"], "AFTER"),
        (["earlier", "than"], "BEFORE"),
        (["prior", "to"], "BEFORE"),
        (["before"], "BEFORE"),
        (["after"], "AFTER"),
        (["since"], "ON_OR_AFTER"),
        (["until"], "ON_OR_BEFORE"),
        (["till"], "ON_OR_BEFORE"),
        (["by"], "ON_OR_BEFORE"),
        (["starting", "on"], "ON_OR_AFTER"),
        (["starting", "from"], "ON_OR_AFTER"),
        (["starting"], "ON_OR_AFTER"),
        (["beginning", "on"], "ON_OR_AFTER"),
        (["as", "early", "as"], "ON_OR_AFTER"),
        (["as", "late", "as"], "ON_OR_BEFORE"),
        (["around"], "APPROX"),
        (["circa"], "APPROX"),
    ];

    /// <summary>A month or day whose year was inferred, moved to the year before when it lies after the reference.</summary>
    private DateValue NotAhead(DateValue v)
    {
        if (!v.YearInferred || reference is not { } r || v.Year is not { } y || v.Month is not { } month || y <= 1)
        {
            return v;
        }

        if (v.Grain == DateGrain.Month && (y * 12) + month > (r.Year * 12) + r.Month)
        {
            return DateValue.OfMonth(y - 1, month) with { YearInferred = true, Mod = v.Mod };
        }

        if (v.Grain == DateGrain.Day && v.Day is { } day && v.Timex is { Length: 10 } && DateCalendar.IsValid(y, month, day) && new DateOnly(y, month, day) > r && DateCalendar.IsValid(y - 1, month, day))
        {
            return DateValue.Of(new DateOnly(y - 1, month, day), yearInferred: true) with { Mod = v.Mod };
        }

        return v;
    }

    /// <summary>"before 2018", "since August", "by May 1", "no later than January 1, 2010".</summary>
    private DateMatch? Prefixed(int i)
    {
        if (!At(i).IsWord)
        {
            return null;
        }

        foreach (var (words, mod) in Prefixes)
        {
            var e = Seq(i, words);
            if (e < 0)
            {
                continue;
            }

            if (WithSuffix(e, Longest(Core(e), Offset(e))) is { } m)
            {
                // "since March": what "since" counts from has begun, so a month or day without its year is not ahead
                if (words[0] == "since")
                {
                    m = m with { Value = NotAhead(m.Value) };
                }

                var value = m.Value.Timex is { } v && (v.StartsWith('(') || v.EndsWith("_REF", StringComparison.Ordinal)) ? m.Value : m.Value with { Mod = m.Value.Mod ?? mod };
                return new DateMatch(m.End, value);
            }

            return null;
        }

        return null;
    }
}
