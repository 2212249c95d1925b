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
        coreMemo = new DateMatch?[t.Count];
        coreDone = new bool[t.Count];
        baseMemo = new DateMatch?[t.Count];
        baseDone = new bool[t.Count];
    }

    private readonly DateMatch?[] coreMemo;
    private readonly bool[] coreDone;
    private readonly DateMatch?[] baseMemo;
    private readonly bool[] baseDone;

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
            "year", "calendar", "cy", "fy", "q", "h", "eod", "noon", "midday", "midnight", "at", "couple", "that", "its", "fiscal",
        };
        set.UnionWith(DateLexicon.Months.Keys);
        set.UnionWith(DateLexicon.Weekdays.Keys);
        set.UnionWith(DateLexicon.Numbers.Keys);
        set.UnionWith(DateLexicon.Seasons.Keys);
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
        PartFocus? focus = null;
        var i = 0;
        while (i < t.Count)
        {
            if (Expression(i) is { } m && m.End > i)
            {
                // "every Monday", "each week at 4pm": a recurring set, not a date
                if (WordIn(i - 1, "every", "each") || (Word(i - 1, "other") && WordIn(i - 2, "every", "each")))
                {
                    i = m.End;
                    continue;
                }

                // "the quarter", "a year earlier": the quarter in focus decides; a named quarter becomes the focus
                if (ResolveAnaphor(m.Value, focus, i) is not { } value)
                {
                    i = m.End;
                    continue;
                }

                if ((m.Value.Anaphor is null || focus is null) && value.Part is { } part && value.Year is { } partYear)
                {
                    focus = new PartFocus(m.End, partYear, part.Index, part.Months);
                }

                var span = new TextSpan(t[i].Start, t[m.End - 1].End);
                var mention = new DateMention(span, text[span.Start..span.End], value.Timex, value.Mod);
                if (m.Value.DurationTokens is { } d && d.End > d.Start)
                {
                    mention = mention with { Duration = new TextSpan(t[d.Start].Start, t[d.End - 1].End) };
                }

                mentions.Add(mention);
                i = m.End;
            }
            else
            {
                i++;
            }
        }

        return mentions;
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

    /// <summary>"2012 or later", "1/1/2016 and later", "2010 onwards".</summary>
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

        if (WordIn(e, "onwards", "onward"))
        {
            return new DateMatch(e + 1, m.Value with { Mod = m.Value.Mod ?? "ON_OR_AFTER" });
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
                var value = m.Value.Timex is { } v && (v.StartsWith('(') || v.EndsWith("_REF", StringComparison.Ordinal)) ? m.Value : m.Value with { Mod = m.Value.Mod ?? mod };
                return new DateMatch(m.End, value);
            }

            return null;
        }

        return null;
    }
}
