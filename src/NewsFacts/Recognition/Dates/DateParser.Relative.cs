namespace NewsFacts.Recognition;

internal sealed partial class DateParser
{
    /// <summary>Words before a date, in its sentence, that point to the future ("will", "as soon as", "until", "by").</summary>
    private static readonly HashSet<string> FutureWords = new(StringComparer.Ordinal)
    {
        "will", "shall", "ll", "would", "could", "can", "might", "should", "must", "won", "going", "plan", "plans", "planned",
        "planning", "scheduled", "expected", "expects", "expect", "due", "upcoming", "coming", "next", "until", "till", "soon",
        "hopes", "hope", "intends", "aims", "ahead", "set",
    };

    /// <summary>Words that, when nearer to the date than any future cue, make it past: "told reporters on Tuesday" (Data/date-past-cues.tsv).</summary>
    private static readonly HashSet<string> PastWords = new(Lexicon.Rows("date-past-cues.tsv").Select(r => r[0]), StringComparer.Ordinal);

    /// <summary>Whether the sentence before token <paramref name="i"/> speaks of the future (a modal, "until", "as soon as").</summary>
    private bool FutureContext(int i) => FutureCue(i).Future == true;

    /// <summary>
    /// The tense cue nearest before token <paramref name="i"/> in its clause: true for the future (a modal, "until",
    /// "as soon as"), false for a past-tense verb, null when the clause holds neither; and how far back it stands.
    /// </summary>
    private (bool? Future, int Distance) FutureCue(int i)
    {
        var byCue = false;
        for (var k = i - 1; k >= 0 && k >= i - 40; k--)
        {
            var tok = At(k);
            if (tok.Kind == DateTokenKind.Symbol && (tok.Is("!") || tok.Is("?") || tok.Is(";") || tok.Is("\"") || tok.Is("\u201c") || tok.Is("\u201d") || (tok.Is(".") && At(k + 1).SpaceBefore && !IsInitial(k - 1))
                || ((tok.Is("`") || tok.Is("'")) && (Sym(k - 1, tok.Lower[0]) || Sym(k + 1, tok.Lower[0])))))
            {
                // sentence ends and quotation marks (also `` and '' as wires write them) end the clause
                return (byCue ? true : null, byCue ? 40 : i - k);
            }

            // "rain is forecast for the weekend": a forecast in the present passive points ahead
            if (ForecastPassive(k))
            {
                return (true, i - k);
            }

            // a past-tense verb nearer than any cue of the future: "the market closed Wednesday"; a participle after
            // "be" is passive, not past: "will be held on Monday"
            if (tok.IsWord && !WordIn(k - 1, "be", "being") && !IsWont(k) && (PastWords.Contains(tok.Lower) || IsPastEd(tok) && !char.IsUpper(text[tok.Start])))
            {
                return (false, i - k);
            }

            if (At(k + 1).NewlineBefore && k + 1 <= i - 1)
            {
                return (byCue ? true : null, 40);
            }

            // "could not be reached Monday", "could not stop the bullet that struck him Friday night": what could not be is past
            if ((tok.Is("could") && (Word(k + 1, "not") || (Word(k + 1, "be") && NegatedBefore(k)))) || tok.Is("couldn"))
            {
                return (false, i - k);
            }

            if (tok.IsWord && (IsFutureWord(k) || IsScheduledPresent(k) || (tok.Is("may") && !char.IsUpper(text[tok.Start]))))
            {
                // "had been due to expire Friday", "had planned to vote Monday": a plan of the past
                return (!AfterHad(k), i - k);
            }

            // "by Friday" points ahead unless a past verb governs it: "had filed reports by Wednesday"
            if (tok.Is("by") && k >= i - 2)
            {
                byCue = true;
            }
        }

        return (byCue ? true : null, 40);
    }

    /// <summary>Whether a negative opens the clause before <paramref name="k"/>: "neither he nor his wife could be reached".</summary>
    private bool NegatedBefore(int k)
    {
        for (var n = k - 1; n >= 0 && n >= k - 12 && !SentenceBreak(n + 1); n--)
        {
            if (WordIn(n, "neither", "nor", "nobody", "none"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the token at <paramref name="k"/> is a single letter ("U.S.", "J. Smith", "5 p.m."), whose period ends no sentence.</summary>
    private bool IsInitial(int k) => At(k) is { IsWord: true, Length: 1 };

    /// <summary>
    /// Whether a weekday at <paramref name="i"/> (ending at <paramref name="e"/>) lies ahead: the tense cue nearest to
    /// it decides, before it or just after it ("the ministry on Sunday issued", "On Tuesday, the league plans to").
    /// </summary>
    private bool WeekdayAhead(int i, int e)
    {
        var (future, distance) = FutureCue(i);

        // "until" and "till" are prepositions: the verb of the clause decides ("Until Thursday, they had not called")
        distance = future is null || (future == true && WordIn(i - distance, "until", "till")) ? int.MaxValue : distance;
        for (var n = e; n < e + 10 && n < t.Count && n - e + 1 < distance; n++)
        {
            if (SentenceBreak(n) || At(n).Is("\"") || At(n).Is("\u201c") || At(n).Is("\u201d") || ((At(n).Is("`") || At(n).Is("'")) && (Sym(n - 1, At(n).Lower[0]) || Sym(n + 1, At(n).Lower[0]))))
            {
                break;
            }

            // another clause begins ("unless employers improved"); "until May 30" is a preposition, not a verb
            // ("and" between capitalized words is part of a name: "the Sales and Marketing Council plans to")
            if (At(n).IsWord && ClauseOpeners.Contains(At(n).Lower) && !(At(n).Is("and") && Capitalized(n - 1) && Capitalized(n + 1)))
            {
                break;
            }

            if (!WordIn(n, "until", "till", "next", "coming", "upcoming", "soon", "ahead", "due") && Tense(n) is { } past)
            {
                return !past;
            }
        }

        return future == true;
    }

    /// <summary>Words that open a new clause, past which a tense cue is another verb's.</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "unless", "if", "when", "while", "because", "although", "though", "after", "before", "since", "and", "but", "or",
        "which", "who", "that", "where", "as", "than",
    };

    /// <summary>
    /// Whether a capitalized time word at <paramref name="k"/> is part of a name or title ("USA Today", ABC's
    /// "This Week", "High Noon"): it follows a capitalized word in mid-sentence, and the text is not in capitals.
    /// </summary>
    private bool InTitle(int k, bool evenAtStart = false)
    {
        if (!Capitalized(k) || At(k).Length < 2 || !char.IsLower(text[At(k).Start + 1]) || !Capitalized(k - 1) || SentenceBreak(k - 1) || At(k).NewlineBefore)
        {
            return false;
        }

        // a sentence may open with the previous word ("Yesterday Today" aside, "Then Today" is no title); "This Week"
        // in title case is one even there
        var p = k - 1;
        return evenAtStart || !(p == 0 || SentenceBreak(p) || At(p).NewlineBefore || At(p - 1).IsSymbol('"') || At(p - 1).IsSymbol('\u201c') || (At(p - 1).IsSymbol('`') && Sym(p - 2, '`')));
    }

    /// <summary>Words of the future that are also nouns or past forms ("the plan", "hopes of a deal", "set"): a cue only before "to".</summary>
    private static readonly HashSet<string> FutureNouns = new(StringComparer.Ordinal) { "plan", "plans", "hope", "hopes", "set" };

    /// <summary>
    /// Whether the word at <paramref name="k"/> points to the future: "will", "expected"; "plans" only as "plans to";
    /// "planned" not as "as planned" or "previously planned" (a plan of the past); "next" not as "next to".
    /// </summary>
    private bool IsFutureWord(int k) =>
        FutureWords.Contains(At(k).Lower) && (!FutureNouns.Contains(At(k).Lower) || Word(k + 1, "to"))
        && !(At(k).Is("planned") && WordIn(k - 1, "as", "previously", "originally")) && !(At(k).Is("next") && Word(k + 1, "to"))
        && !(At(k).Is("won") && !IsWont(k));

    /// <summary>Whether "won" at <paramref name="k"/> is the "won" of "won't" (the future), not the past of "win".</summary>
    private bool IsWont(int k) => Word(k, "won") && Sym(k + 1, '\'') && Tight(k + 1) && Word(k + 2, "t");

    /// <summary>Present-tense verbs of a scheduled event ("reopens", "kick off", "turns 60"; Data/date-scheduled-verbs.tsv).</summary>
    private static readonly HashSet<string> ScheduledVerbs = new(Lexicon.Rows("date-scheduled-verbs.tsv").Select(r => r[0]), StringComparer.Ordinal);

    /// <summary>Words before a scheduled verb that make it a noun, an infinitive or a negation ("the close", "to open", "did not open").</summary>
    private static readonly HashSet<string> NotScheduledAfter = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those", "to", "not",
        "never", "t", "did", "didn", "s", "whose", "of", "for", "on", "in", "at", "by", "with",
    };

    /// <summary>
    /// Whether the word at <paramref name="k"/> is a present-tense verb of a scheduled event: "the museum reopens on
    /// Saturday", "the polls close at midday on Friday". A timetable in the present points ahead in news.
    /// </summary>
    private bool IsScheduledPresent(int k) =>
        At(k) is { IsWord: true } tok && ScheduledVerbs.Contains(tok.Lower) && !char.IsUpper(text[tok.Start]) && !(At(k - 1).IsWord && NotScheduledAfter.Contains(At(k - 1).Lower))
        && !Sym(k - 1, '\'');

    /// <summary>Whether the word at <paramref name="k"/> is a forecast in the present passive: "rain is forecast", "storms are predicted".</summary>
    private bool ForecastPassive(int k) => WordIn(k, "forecast", "forecasted", "predicted", "tipped") && WordIn(k - 1, "is", "are");

    /// <summary>Whether a cue of the future at <paramref name="k"/> follows "had" ("had been due", "had planned"): the past perfect.</summary>
    private bool AfterHad(int k) => Word(k - 1, "had") || (Word(k - 1, "been") && Word(k - 2, "had")) || (WordIn(k - 1, "not", "been") && WordIn(k - 2, "not", "been") && Word(k - 3, "had"));

    /// <summary>Words ending in -ed that do not make a sentence past ("expected to", "scheduled for").</summary>
    private static readonly HashSet<string> NotPastEd = new(StringComparer.Ordinal)
    {
        "expected", "scheduled", "planned", "proposed", "needed", "intended", "designed", "aimed", "slated", "red", "bed", "need", "seed", "speed", "feed", "weed", "indeed",
    };

    /// <summary>
    /// Whether the sentence around token <paramref name="i"/> is in the past: the tense cue nearest the date, in its
    /// sentence, is a past-tense verb ("announced", "was", "ended", "ago"), before it or just after it ("the Aug. 7
    /// blasts killed"), and no cue of the future ("will", "payable", "effective") stands nearer.
    /// </summary>
    private bool PastContext(int i) => PastCue(i) >= 0;

    /// <summary>
    /// The past-tense cue that makes the sentence around token <paramref name="i"/> past (see <see cref="PastContext"/>):
    /// its index, or -1 when the nearest cue is of the future, the date is an infinitive's, or there is none.
    /// </summary>
    private int PastCue(int i)
    {
        bool backOpen = true, aheadOpen = true;
        for (var d = 1; d <= 40 && (backOpen || aheadOpen); d++)
        {
            var k = i - d;
            if (backOpen && (k < 0 || SentenceBreak(k + 1) || SentenceBreak(k)))
            {
                backOpen = false;
            }

            // "agreed to hold elections in December": the date is the infinitive's, which has no tense
            if (backOpen && Word(k, "to") && IsInfinitive(k + 1))
            {
                return -1;
            }

            if (backOpen && Tense(k) is { } before)
            {
                return before ? k : -1;
            }

            var n = i + d;
            if (aheadOpen && (d > 12 || n >= t.Count || SentenceBreak(n)))
            {
                aheadOpen = false;
            }

            if (aheadOpen && Tense(n) is { } after)
            {
                return after ? n : -1;
            }
        }

        return -1;
    }

    /// <summary>Reporting verbs ("said", "told"): past themselves, they leave the tense of what is reported open.</summary>
    private static readonly HashSet<string> ReportingVerbs = Lexicon.Words("quote-reporting-verbs.tsv");

    /// <summary>
    /// Whether a past verb governs the date at <paramref name="i"/> itself, so that a day or month a little ahead of
    /// the publication date is last year's: the verb stands just before it ("the fiscal year ended Jan. 31"), or the
    /// date opens its sentence and the main verb after it is past ("In January, the company brought in"). A reporting
    /// verb ("said the talks resume in January"), a passive ("is heard in May"), another clause between them, or a
    /// preposition that points ahead ("extended to Nov. 20", "through January", "by May") leaves the date ahead.
    /// </summary>
    private bool GovernedByPast(int i)
    {
        var k = PastCue(i);
        if (k < 0 || ReportingVerbs.Contains(At(k).Lower) || WordIn(k - 1, "is", "are", "was", "were", "be", "been", "being")
            || WordIn(i - 1, "to", "through", "until", "till", "by", "before"))
        {
            return false;
        }

        if (k == i - 1)
        {
            return true;
        }

        // "In January, ...": the preposition opens the sentence, the verb comes after the date
        var open = WordIn(i - 1, "in", "during") ? i - 1 : i;
        if (k < i || !(open == 0 || SentenceBreak(open - 1) || At(open).NewlineBefore))
        {
            return false;
        }

        for (var n = i + 1; n < k; n++)
        {
            if (At(n).IsWord && ClauseOpeners.Contains(At(n).Lower))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Words after "to" that make it a preposition ("changed to a calendar year", "compared to last year").</summary>
    private static readonly HashSet<string> NotInfinitive = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those", "some", "any",
        "all", "each", "every", "last", "next", "about", "around", "nearly", "more", "less", "date", "him", "them", "us",
        "me", "it", "what", "which", "whom", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    };

    /// <summary>Whether the word at <paramref name="k"/>, after "to", is a verb in the infinitive ("to hold", "to be").</summary>
    private bool IsInfinitive(int k) =>
        At(k) is { IsWord: true } tok && !char.IsUpper(text[tok.Start]) && !NotInfinitive.Contains(tok.Lower) && !tok.Lower.EndsWith("ing", StringComparison.Ordinal)
        && !DateLexicon.Months.ContainsKey(tok.Lower) && !DateLexicon.Weekdays.ContainsKey(tok.Lower);

    /// <summary>True for a past-tense cue, false for a future one, null for neither.</summary>
    private bool? Tense(int k)
    {
        var tok = At(k);
        if (!tok.IsWord)
        {
            return null;
        }

        if (IsFutureWord(k) || tok.Is("payable") || tok.Is("effective"))
        {
            return AfterHad(k);
        }

        if (IsScheduledPresent(k) || ForecastPassive(k))
        {
            return false;
        }

        if (WordIn(k - 1, "be", "being"))
        {
            return null;
        }

        if (tok.Is("been"))
        {
            return true;
        }

        return PastWords.Contains(tok.Lower) || (IsPastEd(tok) && !char.IsUpper(text[tok.Start])) ? true : null;
    }

    /// <summary>A word in -ed that reads as a past-tense verb ("closed", "announced"), not "expected" or "scheduled".</summary>
    private static bool IsPastEd(DateToken tok) =>
        tok.Lower.Length >= 5 && tok.Lower.EndsWith("ed", StringComparison.Ordinal) && !NotPastEd.Contains(tok.Lower) && !FutureWords.Contains(tok.Lower);

    private bool SentenceBreak(int k)
    {
        var tok = At(k);
        return (tok.Kind == DateTokenKind.Symbol && (tok.Is("!") || tok.Is("?") || tok.Is(";") || (tok.Is(".") && At(k + 1).SpaceBefore && !(k > 0 && At(k - 1).IsWord && At(k - 1).Length <= 4 && DateLexicon.Months.ContainsKey(At(k - 1).Lower)))))
            || At(k).NewlineBefore;
    }

    // ---- today, tomorrow, yesterday --------------------------------------------------------------------------

    /// <summary>Nouns after "today's" that make it "nowadays" ("today's youth", "in today's world"), not the day.</summary>
    private static readonly HashSet<string> GenericNowNouns = new(StringComparer.Ordinal)
    {
        "world", "youth", "society", "generation", "generations", "children", "kids", "teenagers", "teens", "young",
        "culture", "technology", "computers", "economy", "standards", "families", "students", "workers", "consumers",
        "politics", "media", "music", "cars", "women", "men", "people",
    };

    /// <summary>
    /// Whether "today" or "tomorrow" at <paramref name="i"/> means an age rather than a day: "today's youth", "in
    /// today's world", "the people of tomorrow", "the cars of today".
    /// </summary>
    private bool GenericTodayOrTomorrow(int i)
    {
        if (Word(i, "today") && Sym(i + 1, '\'') && Tight(i + 1) && Word(i + 2, "s") && At(i + 3).IsWord && GenericNowNouns.Contains(At(i + 3).Lower))
        {
            return true;
        }

        // "the results of today's vote" is the day
        return WordIn(i, "today", "tomorrow") && Word(i - 1, "of") && !Sym(i + 1, '\'') && At(i - 2) is { IsWord: true } noun
            && (GenericNowNouns.Contains(noun.Lower) || (At(i).Is("tomorrow") && noun.Lower.Length > 3 && noun.Lower.EndsWith('s') && !noun.Lower.EndsWith("ss", StringComparison.Ordinal)));
    }

    /// <summary>"today", "tomorrow", "yesterday", "tonight", "this morning", "last night", "the day after tomorrow".</summary>
    private DateMatch? DeicticDay(int i)
    {
        int offset;
        int end;
        string? part = null;
        if (WordIn(i, "today", "tomorrow", "yesterday", "tonight", "tonite", "tmrw"))
        {
            if (InTitle(i) || GenericTodayOrTomorrow(i))
            {
                return null;
            }

            offset = At(i).Lower switch { "tomorrow" or "tmrw" => 1, "yesterday" => -1, _ => 0 };
            part = At(i).Is("tonight") || At(i).Is("tonite") ? "NI" : null;
            end = i + 1;
        }
        else if (Word(i, "the") && Word(i + 1, "day") && WordIn(i + 2, "after", "before") && WordIn(i + 3, "tomorrow", "yesterday"))
        {
            offset = (At(i + 3).Is("tomorrow") ? 1 : -1) + (At(i + 2).Is("after") ? 1 : -1);
            end = i + 4;
        }
        else if (Word(i, "this") && At(i + 1).IsWord && DateLexicon.PartsOfDay.TryGetValue(At(i + 1).Lower, out var code) && !At(i + 1).Lower.EndsWith('s'))
        {
            offset = 0;
            part = code;
            end = i + 2;
        }
        else if (At(i).IsWord && DateLexicon.PartsOfDay.TryGetValue(At(i).Lower, out var before) && !At(i).Lower.EndsWith('s') && !WordIn(i, "tonight", "tonite")
            && WordIn(i + 1, "today", "tomorrow", "yesterday") && !InTitle(i + 1) && !GenericTodayOrTomorrow(i + 1))
        {
            // "afternoon yesterday", "(mid-)morning today": the part of the day named before its day
            offset = At(i + 1).Lower switch { "tomorrow" => 1, "yesterday" => -1, _ => 0 };
            part = before;
            end = i + 2;
        }
        else if (Word(i, "last") && Word(i + 1, "night"))
        {
            offset = -1;
            part = "NI";
            end = i + 2;
        }
        else
        {
            return null;
        }

        if (reference is not { } r)
        {
            return new DateMatch(end, new DateValue(DateGrain.Day, null) { Deictic = true });
        }

        var day = DateValue.Of(r.AddDays(offset)) with { Deictic = true };
        if (part is not null)
        {
            // "tonight at 8pm" is the time on that day; "tonight" alone keeps its part of the day
            var k = WordIn(end, "at", "around") ? end + 1 : end;
            if (Time(k) is { } time)
            {
                return new DateMatch(time.End, day with { Timex = day.Timex + time.Value });
            }

            if (k > end && At(k).IsNumber && At(k).Length <= 2 && At(k).Number is >= 1 and <= 12 && !At(k + 1).IsWord && !Sym(k + 1, ':') && !(Sym(k + 1, '.') && Tight(k + 1) && At(k + 2).IsNumber))
            {
                // "tonight at 9" is 21:00; "tonight at 2" the small hours; "this afternoon at 3" 15:00
                var hour = At(k).Number;
                if ((hour >= 5 && hour < 12) || (part == "AF" && hour < 12))
                {
                    hour += 12;
                }

                return new DateMatch(k + 1, day with { Timex = day.Timex + "T" + DateCalendar.Two(hour) + ":00" });
            }

            return new DateMatch(end, day with { Timex = day.Timex + "T" + part });
        }

        return new DateMatch(end, day);
    }

    // ---- this / next / last ... ------------------------------------------------------------------------------

    private static int? Direction(string word) => word switch
    {
        "this" or "current" => 0,
        "next" or "coming" or "following" or "upcoming" => 1,
        "last" or "previous" or "past" or "preceding" => -1,
        _ => null,
    };

    /// <summary>"last week", "next month", "this year", "next Friday", "last summer", "the next two days", "next week Monday".</summary>
    private DateMatch? Deictic(int i)
    {
        if (Word(i, "the") && WordIn(i + 1, "week", "month", "year") && Word(i + 2, "after") && Word(i + 3, "next") && reference is { } r2)
        {
            var v = At(i + 1).Lower switch
            {
                "week" => new DateValue(DateGrain.Week, DateCalendar.Week(r2.AddDays(14))),
                "month" => DateValue.OfMonth(r2.AddMonths(2).Year, r2.AddMonths(2).Month),
                _ => DateValue.OfYear(r2.Year + 2),
            };
            return new DateMatch(i + 4, v);
        }

        // "for the week, the index fell 3%", "the week's most active session": a week the text does not name, of the
        // year of the report (TIMEX3 leaves the week unspecified: 1989-WXX); not "the rest of the week", "the week of
        // March 6", "the week before the vote", nor "the week ended Friday"
        if (Word(i, "the") && Word(i + 1, "week") && reference is { } rk && !WordIn(i - 1, "a", "per", "each", "every")
            && !(Word(i - 1, "of") && WordIn(i - 2, "rest", "remainder", "balance", "end", "start", "beginning", "middle", "part", "most", "half", "day", "days"))
            && !(At(i + 2).IsWord && WordIn(i + 2, "of", "before", "after", "ended", "ending", "is", "was", "to", "that", "when", "in", "earlier", "later", "ago"))
            && !(Sym(i + 2, '-') && Tight(i + 2)))
        {
            return new DateMatch(i + 2, new DateValue(DateGrain.Week, DateCalendar.Year(rk.Year) + "-WXX"));
        }

        // "the weekend", "over the weekend": the last one, or in a sentence about the future the coming one
        if (Word(i, "the") && Word(i + 1, "weekend") && reference is { } rw)
        {
            var today = DateCalendar.IsoDay(rw);
            var week = today >= 6 ? rw : FutureContext(i) ? rw.AddDays(6 - today) : rw.AddDays(-today);
            return new DateMatch(i + 2, new DateValue(DateGrain.Week, DateCalendar.Week(week) + "-WE"));
        }

        // "10 previous weeks", "the 5 upcoming years"
        var j = The(i);
        if (Number(j) is { Value: > 0 and < 1000 } lead && At(lead.End).IsWord && Direction(At(lead.End).Lower) is { } leadDir && leadDir != 0)
        {
            return CountedPeriod(lead.End + 1, lead.Value, leadDir, j, lead.End);
        }

        if (!At(j).IsWord || Direction(At(j).Lower) is not { } dir)
        {
            return null;
        }

        var k = j + 1;
        var thisOne = false;
        if (dir == 0 && WordIn(k, "past", "coming"))
        {
            dir = At(k).Is("past") ? -1 : 1;
            thisOne = true;
            k++;
        }

        if (Number(k) is { Value: > 0 and < 1000 } count && !count.Ordinal)
        {
            return CountedPeriod(count.End, count.Value, dir, k, count.End);
        }

        if (reference is not { } r)
        {
            return null;
        }

        if (WordIn(k, "working", "business", "calendar", "school") && Unit(k + 1) is not null)
        {
            if (At(k).Is("school"))
            {
                return null;
            }

            k++;
        }

        var tok = At(k);

        // "the past decade": the ten years up to now, a duration (a quantity), not the decade before this one
        if (tok.Is("decade") && (At(j).Is("past") || At(k - 1).Is("past")))
        {
            return new DateMatch(k + 1, DateValue.Other(null) with { Pieces = [] });
        }

        if (tok.Is("decade"))
        {
            var decade = ((r.Year / 10) + dir) * 10;
            return new DateMatch(k + 1, Decade(decade));
        }

        if (tok.Is("fortnight"))
        {
            var start = DateCalendar.WeekStart(r).AddDays(14 * dir);
            return new DateMatch(k + 1, DateValue.Other($"({DateCalendar.Day(start)},{DateCalendar.Day(start.AddDays(14))},P2W)"));
        }

        if (Unit(k) is { } unit && !tok.Lower.EndsWith('s'))
        {
            if (InTitle(k, evenAtStart: true))
            {
                return null;
            }

            var v = unit switch
            {
                'D' => null,
                'W' => new DateValue(DateGrain.Week, DateCalendar.Week(r.AddDays(7 * dir))),
                'M' => DateValue.OfMonth(r.AddMonths(dir).Year, r.AddMonths(dir).Month),
                _ => DateValue.OfYear(r.Year + dir),
            };
            if (v is null)
            {
                return null;
            }

            // "next week Monday", "this week on Tuesday"
            if (unit == 'W')
            {
                var w = Word(k + 1, "on") ? k + 2 : k + 1;
                if (WeekdayAt(w) is { } wd)
                {
                    var monday = DateCalendar.WeekStart(r).AddDays(7 * dir);
                    return new DateMatch(w + 1, DateValue.Of(monday.AddDays(wd - 1)));
                }
            }

            // "up from $4 million last year", "from last year's $1.55 billion": the figure of the period in focus a
            // year before, as "a year earlier" is (a quarter in focus makes it that quarter of last year)
            if (unit == 'Y' && dir < 0 && j == i && At(i).Is("last") && ComparedFigure(i, k + 1))
            {
                v = v with { Anaphor = new PartAnaphor(null, 1, Near: true) };
            }

            return new DateMatch(k + 1, v);
        }

        if (tok.Is("weekend"))
        {
            return new DateMatch(k + 1, new DateValue(DateGrain.Week, DateCalendar.Week(r.AddDays(7 * dir)) + "-WE"));
        }

        if (tok.Is("quarter"))
        {
            var qs = new DateOnly(r.Year, (((r.Month - 1) / 3) * 3) + 1, 1).AddMonths(3 * dir);
            var quarter = DateValue.OfPart(qs.Year, ((qs.Month - 1) / 3) + 1, 3);

            // "This quarter's loss includes charges" in a report of a quarter just ended: the quarter reported (the
            // one in focus, when it is over); not "this quarter's results will show" nor "expects this quarter's sales to"
            if (dir == 0 && j == i && Sym(k + 1, '\'') && Word(k + 2, "s") && WordIn(k + 3, "loss", "losses", "profit", "profits", "earnings", "results", "net", "sales", "revenue", "revenues")
                && !FutureContext(i) && !(IsFutureWord(k + 4) || IsFutureWord(k + 5) || WordIn(k + 4, "to")))
            {
                quarter = quarter with { Anaphor = new PartAnaphor(null, 0, Near: true) { Over = true } };
            }

            return new DateMatch(k + 1, quarter);
        }

        // "this coming Sunday", "this past Friday", "last Tuesday": the nearest such day ahead or gone
        if ((thisOne || (dir < 0 && At(j).Is("last"))) && WeekdayAt(k) is { } nearest)
        {
            var ahead = (nearest - DateCalendar.IsoDay(r) + 7) % 7;
            var back = (DateCalendar.IsoDay(r) - nearest + 7) % 7;
            return new DateMatch(k + 1, DateValue.Of(dir > 0 ? r.AddDays(ahead == 0 ? 7 : ahead) : r.AddDays(-(back == 0 ? 7 : back))));
        }

        // "the previous Friday", "the preceding Monday": the last such day before the day the text speaks of
        if (WordIn(j, "previous", "preceding") && WeekdayAt(k) is { } before)
        {
            var back = (DateCalendar.IsoDay(r) - before + 7) % 7;
            return new DateMatch(k + 1, DateValue.Of(r.AddDays(-(back == 0 ? 7 : back))) with { WeekdayBefore = before });
        }

        if (WeekdayAt(k) is { } weekday)
        {
            var monday = DateCalendar.WeekStart(r).AddDays(7 * dir);
            return new DateMatch(k + 1, DateValue.Of(monday.AddDays(weekday - 1)));
        }

        if (tok.IsWord && DateLexicon.Seasons.TryGetValue(tok.Lower, out var season))
        {
            // "this past spring" is the last spring over (this year's in October); "last spring" the year before's
            var year = thisOne && SeasonMonths(season.Code) is { } months
                ? (dir < 0 ? (months.Last < r.Month ? r.Year : r.Year - 1) : (months.First > r.Month ? r.Year : r.Year + 1))
                : r.Year + dir;
            return new DateMatch(k + 1, DateValue.Other(DateCalendar.Year(year) + "-" + season.Code));
        }

        if (tok.IsWord && DateLexicon.Months.TryGetValue(tok.Lower, out var month) && (!month.Ambiguous || Capitalized(k)))
        {
            // "last May" is the latest May before this month, "next March" the first one after it
            var year = dir switch
            {
                < 0 => month.Month < r.Month ? r.Year : r.Year - 1,
                > 0 => month.Month > r.Month ? r.Year : r.Year + 1,
                _ => r.Year,
            };
            // "last Oct. 23": that day of the month named
            var after = AfterMonth(k);
            if (DayNumber(after) is { } day && !IsUnitAfter(day.End) && DateCalendar.IsValid(year, month.Month, day.Value))
            {
                return new DateMatch(day.End, DateValue.Of(new DateOnly(year, month.Month, day.Value)));
            }

            return new DateMatch(after, DateValue.OfMonth(year, month.Month));
        }

        return HolidayForm(k, dir == 0 ? null : dir);
    }

    /// <summary>Words that end a figure ("$4 million", "5%", "$1.40 a share") just before a period it is compared with.</summary>
    private static readonly HashSet<string> FigureEnds = new(StringComparer.Ordinal)
    {
        "million", "billion", "trillion", "thousand", "percent", "cents", "share", "points", "%",
    };

    /// <summary>Words before a figure that compare it with another ("from", "compared with", "than", "versus").</summary>
    private static readonly HashSet<string> ComparisonCues = new(StringComparer.Ordinal) { "from", "with", "than", "versus", "vs", "against", "over" };

    /// <summary>
    /// Whether "last year" at <paramref name="i"/> (ending at <paramref name="end"/>) dates a figure compared with
    /// another: it follows the figure ("up from $4 million last year", "a loss of $3 million last year") in a sentence
    /// that compares, or as "last year's" it leads one after the comparison ("from last year's $1.55 billion").
    /// </summary>
    private bool ComparedFigure(int i, int end)
    {
        if (Sym(end, '\'') && Word(end + 1, "s"))
        {
            return At(i - 1).IsWord && ComparisonCues.Contains(At(i - 1).Lower) && (At(end + 2).IsNumber || Sym(end + 2, '$') || At(end + 2).Kind == DateTokenKind.Symbol && At(end + 3).IsNumber);
        }

        var k = Sym(i - 1, ',') ? i - 2 : i - 1;
        if (!(At(k).IsNumber || FigureEnds.Contains(At(k).Lower)))
        {
            return false;
        }

        var compared = false;
        for (var n = k - 1; n >= 0 && n > k - 40 && !SentenceBreak(n + 1); n--)
        {
            // "net for the year ended Aug. 31 fell to $2 million from $9 million last year": a year's figure
            if (Word(n, "year") && (WordIn(n + 1, "ended", "ending", "to") || WordIn(n - 1, "fiscal", "full")))
            {
                return false;
            }

            compared |= n > k - 25 && At(n).IsWord && ComparisonCues.Contains(At(n).Lower);
        }

        return compared;
    }

    /// <summary>The first and last month of a season within one calendar year (null for winter, which spans two).</summary>
    private static (int First, int Last)? SeasonMonths(string code) => code switch
    {
        "SP" => (3, 5),
        "SU" => (6, 8),
        "FA" => (9, 11),
        _ => null,
    };

    /// <summary>"the next two days", "the past three years", "the last 2 quarters": an interval that ends or starts at the reference.</summary>
    private DateMatch? CountedPeriod(int unitAt, int count, int dir, int countStart, int countEnd)
    {
        // a duration counted back or ahead from now is a quantity (TIMEX3 DURATION), not a date: it names no point
        if (!EmitCountedPeriods)
        {
            return CountedPeriodEnd(unitAt);
        }

        if (reference is not { } r || !At(unitAt).IsWord)
        {
            return null;
        }

        var k = unitAt;
        if (WordIn(k, "business", "working") && Unit(k + 1) == 'D')
        {
            return null;
        }

        if (At(k).Is("quarters") || At(k).Is("quarter"))
        {
            var qs = new DateOnly(r.Year, (((r.Month - 1) / 3) * 3) + 1, 1);
            var (a, b) = dir > 0 ? (qs.AddMonths(3), qs.AddMonths(3 + (3 * count))) : (qs.AddMonths(-3 * count), qs);
            return new DateMatch(k + 1, DateValue.Other($"({DateCalendar.Day(a)},{DateCalendar.Day(b)},P{DateCalendar.Int(3 * count)}M)") with { DurationTokens = (countStart, k + 1) });
        }

        if (!DateLexicon.Units.TryGetValue(At(k).Lower, out var unit) || At(k).Is("decade") || At(k).Is("decades"))
        {
            return null;
        }

        var n = count * unit.Count;
        var letter = unit.Unit;
        DateOnly? from, to;
        if (dir > 0)
        {
            from = r.AddDays(1);
            to = DateCalendar.Add(from.Value, n, letter);
        }
        else
        {
            to = r;
            from = DateCalendar.Add(r, -n, letter);
        }

        if (from is null || to is null)
        {
            return null;
        }

        return new DateMatch(k + 1, DateValue.Other($"({DateCalendar.Day(from.Value)},{DateCalendar.Day(to.Value)},P{DateCalendar.Int(n)}{letter})") with { DurationTokens = (countStart, k + 1) });
    }

    /// <summary>Whether "the past three years" is a date (an interval ending now); TIMEX3 makes it a duration.</summary>
    private static readonly bool EmitCountedPeriods = false;

    /// <summary>A counted period that is no date: consumed (so that no part of it reads as one), with no value.</summary>
    private DateMatch? CountedPeriodEnd(int unitAt) =>
        At(unitAt).IsWord && (DateLexicon.Units.ContainsKey(At(unitAt).Lower) || WordIn(unitAt, "quarters", "quarter")) ? new DateMatch(unitAt + 1, DateValue.Other(null) with { Pieces = [] }) : null;

    // ---- weekdays --------------------------------------------------------------------------------------------

    /// <summary>Whether the word at <paramref name="k"/> is a part of the day in the plural ("nights"), which makes a weekday before it recur.</summary>
    private bool PluralPartOfDay(int k) => WordIn(k, "nights", "mornings", "evenings", "afternoons");

    /// <summary>The ISO weekday a token names; abbreviations only where they cannot be ordinary words.</summary>
    private int? WeekdayAt(int i)
    {
        var tok = At(i);
        if (!tok.IsWord || !DateLexicon.Weekdays.TryGetValue(tok.Lower, out var w))
        {
            return null;
        }

        if (!w.Ambiguous)
        {
            return w.Day;
        }

        if (WordIn(i - 1, "the", "a", "an") || !Capitalized(i) && !At(i + 1).IsNumber)
        {
            return null;
        }

        // "Sun, 3 May", "Tue." before a date, "(tue)"; not a name with a possessive or a comma ("Sun's results", "Sun, a maker")
        var next = At(i + 1);
        var symbolThenDate = next.Kind == DateTokenKind.Symbol && !next.Is("'") && !next.Is("’")
            && (At(i + 2).IsNumber || MonthAt(i + 2) is not null || i + 2 >= t.Count || !At(i + 2).IsWord || !(next.Is(",") || next.Is(".")));
        return next.IsNumber || symbolThenDate || i + 1 >= t.Count || WordIn(i + 1, "or", "and") || MonthAt(i + 1) is not null
            || (WordIn(i - 1, "on", "next", "last", "this", "or", "and", "week") && !(Capitalized(i + 1) && MonthAt(i + 1) is null)) ? w.Day : null;
    }

    /// <summary>"Friday", "Tuesday, March 7", "Tue 13th", "friday the 26th", "Tuesday of last week".</summary>
    private DateMatch? WeekdayForm(int i)
    {
        if (WeekdayAt(i) is not { } weekday)
        {
            return null;
        }

        // "on Tuesday nights", "on Monday and Thursday mornings": a recurring set, not a date
        if (PluralPartOfDay(i + 1) || (WordIn(i + 1, "and", "or") && WeekdayAt(i + 2) is not null && PluralPartOfDay(i + 3)))
        {
            return null;
        }

        var e = AfterMonth(i);
        var k = Sym(e, ',') ? e + 1 : e;

        // Tuesday, March 7 / Friday 7/6 / Friday 2018-7-6
        if (Longest(MonthForm(k), DayMonthForm(k), Numeric(k)) is { } date && date.Value.Grain == DateGrain.Day)
        {
            return date;
        }

        // Tue 13th, friday the 26th, Monday 21
        var d = Word(k, "the") ? k + 1 : k;
        if (k == e && DayNumber(d) is { } day && !IsUnitAfter(day.End) && !Sym(day.End, ':') && !(Sym(day.End, '.') && Tight(day.End) && At(day.End + 1).IsNumber) && MonthAt(day.End) is null && (day.Ordinal || d > k || !At(d + 1).IsWord || WordIn(day.End, "at", "around")))
        {
            if (reference is { } r0 && DateCalendar.NearestDayOfMonth(r0, day.Value, weekday) is { } found)
            {
                return new DateMatch(day.End, DateValue.Of(found));
            }

            return new DateMatch(day.End, DateValue.Other("XXXX-WXX-" + DateCalendar.Int(weekday)));
        }

        if (reference is not { } r)
        {
            return new DateMatch(e, DateValue.Other("XXXX-WXX-" + DateCalendar.Int(weekday)));
        }

        // Tuesday of last week, Wednesday next week
        var o = Word(e, "of") ? e + 1 : e;
        if (WordIn(o, "last", "next", "this", "previous") && Word(o + 1, "week"))
        {
            var monday = DateCalendar.WeekStart(r).AddDays(7 * Direction(At(o).Lower)!.Value);
            return new DateMatch(o + 2, DateValue.Of(monday.AddDays(weekday - 1)));
        }

        var today = DateCalendar.IsoDay(r);
        if (weekday == today)
        {
            return new DateMatch(e, DateValue.Of(r));
        }

        var resolved = WeekdayAhead(i, e)
            ? r.AddDays((weekday - today + 7) % 7)
            : r.AddDays(-((today - weekday + 7) % 7));
        return new DateMatch(e, DateValue.Of(resolved));
    }
}
