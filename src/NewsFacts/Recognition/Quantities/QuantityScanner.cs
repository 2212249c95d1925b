namespace NewsFacts.Recognition;

/// <summary>
/// Finds the quantities of one sentence: a left-to-right pass over its tokens that reads, at each place a number can
/// start, an optional currency sign, the number, its scale, its unit or counted noun, a range's second end, and the
/// bound words around it; then applies the guards that tell names, years, times, dates and ordinals from counts.
/// </summary>
internal sealed class QuantityScanner
{
    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    private static readonly HashSet<string> YearLeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "by", "until", "till", "from", "to", "before", "after", "during", "of", "early", "late", "mid", "through", "between", "and", "year", "fiscal", "summer", "winter", "spring", "autumn", "fall",
    };

    private static readonly HashSet<string> PronounOneLeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "no", "any", "every", "each", "this", "that", "which", "someone", "anyone", "everyone", "such", "last", "only", "another",
    };

    private readonly string text;
    private readonly List<QuantityToken> t;
    private readonly QuantityLexicon lex = QuantityLexicon.Default;
    private readonly HashSet<string> pluralDemonyms = CountryLexicon.Instance.PluralDemonyms;

    private QuantityScanner(string text, List<QuantityToken> tokens)
    {
        this.text = text;
        t = tokens;
    }

    /// <summary>Appends the quantities of one paragraph to <paramref name="output"/>.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="paragraph">The paragraph to scan; it is read as one run of tokens, so that marks split off by a
    /// tokenizer ("4 . 8 %") and the words before a sentence's first number are still seen.</param>
    /// <param name="segmentation">The sentences: an elided noun takes its unit from the same sentence only, or from the
    /// sentence before through a partitive ("300,000 of them").</param>
    /// <param name="output">Where the mentions go.</param>
    public static void Scan(string text, TextSpan paragraph, Segmentation segmentation, List<QuantityMention> output)
    {
        var scanner = new QuantityScanner(text, QuantityTokenizer.Tokenize(text, paragraph.Start, paragraph.End));
        scanner.Run(segmentation, output);
    }

    private void Run(Segmentation segmentation, List<QuantityMention> output)
    {
        string? previousUnit = null;
        string? carried = null;
        QuantityMention? previous = null;
        var sentence = int.MinValue;
        var links = LinkSpans();
        var link = 0;
        var i = 0;
        while (i < t.Count)
        {
            while (link < links.Count && links[link].End <= t[i].Start)
            {
                link++;
            }

            if (link < links.Count && links[link].Contains(t[i].Start))
            {
                i++;
                continue;
            }

            var at = segmentation.SentenceIndexAt(t[i].Start);
            if (at != sentence)
            {
                carried = previousUnit ?? carried;
                previousUnit = null;
                previous = null;
                sentence = at;
            }

            var (mention, next) = TryRead(i, previousUnit, carried, previous);
            if (mention is not null)
            {
                // "a 5-by-8-foot shed", "12 by 15 feet", "3 x 4 metres": the first side is measured in the unit of the second
                if (previous is { Unit: null } && output.Count > 0 && ReferenceEquals(output[^1], previous) && mention.Unit is { } side &&
                    lex.MeasureUnits.Contains(side) && IsTimesBetween(previous.Span.End, mention.Span.Start))
                {
                    previous = previous with { Unit = side };
                    output[^1] = previous;
                }

                output.Add(mention);
                previousUnit = mention.Unit ?? previousUnit;
                previous = mention;
            }

            i = Math.Max(next, i + 1);
        }
    }

    /// <summary>Web addresses in the paragraph: their digits are not quantities.</summary>
    private List<TextSpan> LinkSpans()
    {
        var links = new List<TextSpan>();
        if (t.Count == 0)
        {
            return links;
        }

        var from = t[0].Start;
        var to = t[^1].End;
        var at = text.IndexOf("://", from, to - from, StringComparison.Ordinal);
        var www = text.IndexOf("www.", from, to - from, StringComparison.OrdinalIgnoreCase);
        while (at >= 0 || www >= 0)
        {
            var hit = at < 0 ? www : www < 0 ? at : Math.Min(at, www);
            var start = hit;
            while (start > from && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            var end = hit;
            while (end < to && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            links.Add(new TextSpan(start, end));
            if (end >= to)
            {
                break;
            }

            at = text.IndexOf("://", end, to - end, StringComparison.Ordinal);
            www = text.IndexOf("www.", end, to - end, StringComparison.OrdinalIgnoreCase);
        }

        return links;
    }

    private (QuantityMention? Mention, int Next) TryRead(int i, string? previousUnit, string? carried, QuantityMention? previous)
    {
        var k = i;
        var (currency, afterPrefix, strict, prefixScale) = CurrencyPrefix(i);
        var negative = false;
        var change = false;
        if (currency is not null)
        {
            k = afterPrefix;
            if (k + 1 < t.Count && t[k].Text is "-" or "\u2212" && t[k + 1].IsNumber && !t[k + 1].SpaceBefore)
            {
                negative = true;
                k++;
            }
        }
        else if (t[i].Text is "-" or "\u2212" or "+" && i + 1 < t.Count && t[i + 1].IsNumber && !t[i + 1].SpaceBefore && (i == 0 || t[i].SpaceBefore) &&
                 (i == 0 || !t[i - 1].IsNumber && !(t[i - 1].IsWord && t[i - 1].Text.Any(char.IsUpper))))
        {
            negative = t[i].Text != "+";
            change = t[i].Text == "+";
            k++;
            if (CurrencyPrefix(k).Code is not null)
            {
                return (null, i + 1);
            }
        }
        else if ((t[i].Is("minus") || t[i].Is("negative")) && i + 1 < t.Count)
        {
            var n = i + 1;
            if (t[n].Text == "-" && !t[n].SpaceBefore && n + 1 < t.Count)
            {
                n++;
            }

            if (t[n].IsNumber || lex.NumberWords.ContainsKey(t[n].Text))
            {
                negative = true;
                k = n;
            }
            else
            {
                return (null, i + 1);
            }
        }

        if (k >= t.Count)
        {
            return (null, i + 1);
        }

        var head = t[k];
        if (!(head.IsNumber || head.IsWord || head.Kind == QuantityTokenKind.Symbol))
        {
            return (null, i + 1);
        }

        // a number glued to a word is part of a name ("G7", "Covid-19", "F-35"), unless the word is a currency sign
        if (currency is null && head.IsNumber && k > 0 && !head.SpaceBefore)
        {
            var before = t[k - 1];
            if (before.IsWord && !negative)
            {
                return (null, SkipGlued(k));
            }

            if (before.Text is "-" or "\u2010" && k >= 2 && !before.SpaceBefore && t[k - 2].IsWord && !negative && !t[k - 2].Is("sub") && !t[k - 2].Is("magnitude") &&
                !lex.NumberWords.ContainsKey(t[k - 2].Text) && !IsDimensionTimes(k - 2))
            {
                return (null, SkipGlued(k));
            }

            // "COVID -19"
            if (before.Text is "-" && before.SpaceBefore && k >= 2 && t[k - 2].IsWord && t[k - 2].Text.Any(char.IsUpper))
            {
                return (null, SkipGlued(k));
            }

            if (before.Text is "#" or "@" or "/" or "." or ":" || before.IsNumber)
            {
                return (null, SkipGlued(k));
            }
        }

        var read = NumberReader.Read(t, k, currency is not null);
        if (read is not { } num)
        {
            return (null, i + 1);
        }

        // a strict sign of one letter ("R2bn" for rand) wants a scale or thousands: "R1.2" may be a reproduction number
        if (strict && !num.HasScale && !t[k].Text.Contains(',', StringComparison.Ordinal) && (!t[k].HasDecimal || t[i].Text.Length == 1))
        {
            return (null, num.Next);
        }

        var j = num.Next;
        var value = (negative ? -num.Value : num.Value) * (num.HasScale ? 1 : prefixScale);

        // "twenty-first", "thirty - second": a compound ordinal, not a count
        if (num.IsWords && !num.IsFraction && j + 1 < t.Count && t[j].Text is "-" or "\u2010" && t[j + 1].IsWord &&
            (lex.OrdinalSingular.ContainsKey(t[j + 1].Text) || lex.OrdinalPlural.ContainsKey(t[j + 1].Text)))
        {
            return (null, j + 2);
        }

        // ordinals ("21st", "3rd"), clock times ("9 a.m.", "10:30", "5pm"), dates ("3/4/2021"), versions ("1.2.3")
        if (!num.IsWords && j < t.Count)
        {
            var next = t[j];
            if (!next.SpaceBefore && next.IsWord && (next.Is("st") || next.Is("nd") || next.Is("rd") || next.Is("th") || next.Is("s") && num.Next == k + 1 && t[k].IsPlainInteger))
            {
                return (null, j + 1);
            }

            if (IsClock(j))
            {
                return (null, j + 1);
            }

            if (next.Text is ":" or "/" or "." && !next.SpaceBefore && j + 1 < t.Count && t[j + 1].IsNumber && !t[j + 1].SpaceBefore)
            {
                return (null, SkipGlued(j + 1));
            }

            if (next.Text is "-" && !next.SpaceBefore && j + 3 < t.Count && t[j + 1].IsNumber && !t[j + 1].SpaceBefore && t[j + 2].Text == "-" && !t[j + 2].SpaceBefore && t[j + 3].IsNumber)
            {
                return (null, SkipGlued(j + 3));
            }
        }

        // "Formula One", "Air Force One", "Channel Four": a capitalised number word right after a capitalised word inside
        // a sentence, with no capitalised word after it, ends a name; "world number one", "the number two official": a rank
        if (num.IsWords && currency is null && !num.HasScale && !num.IsFraction && !num.IsVague && k > 0 && t[k - 1].IsWord && num.Value < 100 &&
            (t[k].IsCapitalized && t[k - 1].IsCapitalized && k >= 2 && !(t[k - 2].Text is "." or "!" or "?" or ":" or ";" or "\"" or "\u201C") && !(j < t.Count && t[j].IsCapitalized) ||
             t[k - 1].Is("number") && !t[k].IsCapitalized && !(j < t.Count && t[j].Is("of"))))
        {
            return (null, j);
        }

        // a lone "one" is a pronoun unless a counted noun follows ("one option", not "one of them", "the one")
        var loneOne = num.IsWords && num.Value == 1 && num.Next == k + 1 && t[k].Is("one");

        var end = j;
        string? unit = null;
        TextSpan? unitSpan = null;
        var scale = num.Value;
        if (currency is null && j < t.Count)
        {
            if (t[j].Kind == QuantityTokenKind.Symbol && lex.CurrencySymbols.TryGetValue(t[j].Text, out var sign) && !num.IsWords &&
                !(j + 1 < t.Count && t[j + 1].IsNumber && !t[j + 1].SpaceBefore))
            {
                currency = sign;
                unitSpan = new TextSpan(t[j].Start, t[j].End);
                end = j + 1;
            }
            else if (CurrencyAfter(OfAfterVague(num, j), num.HasScale) is { } name)
            {
                currency = name.Code;
                value *= name.Scale;
                unitSpan = new TextSpan(t[OfAfterVague(num, j)].Start, t[name.Next - 1].End);
                end = name.Next;
            }
            else if (t[j].Text is "-" or "\u2010" && !t[j].SpaceBefore && j + 1 < t.Count && !t[j + 1].SpaceBefore && MatchPhrase(lex.CurrencyNamesByFirst, j + 1) is { } compound)
            {
                // "a one-yen bid", "a 20-dollar note"
                currency = compound.Value;
                unitSpan = new TextSpan(t[j + 1].Start, t[compound.Next - 1].End);
                end = compound.Next;
            }

            // "75 USD million"
            if (currency is not null && end < t.Count && lex.TryScale(t[end], out var late, out _) && late >= 1000 && !num.HasScale)
            {
                value *= late;
                end++;
            }

            // "thirteen dollars and forty-five cents", "15 dollars 50"
            if (currency is not null && end > j && t[end - 1].IsWord && !num.HasScale && CentsAt(end, value < 0) is { } cents)
            {
                value += cents.Amount;
                end = cents.Next;
            }
        }

        if (currency is not null)
        {
            unit = currency;
            unitSpan ??= i < afterPrefix ? new TextSpan(t[i].Start, t[afterPrefix - 1].End) : null;
        }
        else if (j < t.Count)
        {
            var at = OfAfterVague(num, j);
            if (t[j].Text is "-" or "\u2010" && !t[j].SpaceBefore && j + 1 < t.Count && !t[j + 1].SpaceBefore && t[j + 1].IsWord)
            {
                at = j + 1;
            }

            if (UnitAt(at) is { } u)
            {
                unit = u.Value;
                unitSpan = new TextSpan(t[at].Start, t[u.Next - 1].End);
                end = u.Next;

                // "6 feet 2 inches", "5 ft 2 in"
                if (unit == "foot" && InchesAt(end) is { } inches)
                {
                    value += inches.Value / 12;
                    end = inches.Next;
                }
            }
        }

        // "a quarter of a mile", "three-quarters of an hour", "a third of a percentage point": a share of one unit
        if (unit is null && currency is null && num.IsFraction && !num.WantsUnit && j + 2 < t.Count && t[j].Is("of") && (t[j + 1].Is("a") || t[j + 1].Is("an")) &&
            UnitAt(j + 2) is { } shared)
        {
            unit = shared.Value;
            unitSpan = new TextSpan(t[j + 2].Start, t[shared.Next - 1].End);
            end = shared.Next;
        }

        // "half a mile" without a unit after it ("half a loaf") is no quantity
        if (num.WantsUnit && unit is null)
        {
            return (null, j);
        }

        // "forty-odd boats", "2 million-plus passengers": the suffix makes the count approximate or a lower bound, and the
        // noun after it is counted
        var odd = false;
        var plus = false;
        if (unit is null)
        {
            var nounAt = j;
            if (nounAt + 2 < t.Count && t[nounAt].Text is "-" or "\u2010" && !t[nounAt].SpaceBefore && !t[nounAt + 1].SpaceBefore && (t[nounAt + 1].Is("odd") || t[nounAt + 1].Is("plus")) &&
                t[nounAt + 2].IsWord)
            {
                plus = t[nounAt + 1].Is("plus");
                odd = !plus;
                nounAt += 2;
            }
            else if ((num.IsVague || num.IsApproximate && !num.HasScale) && nounAt < t.Count && t[nounAt].Is("of"))
            {
                nounAt++;
            }
            else if (nounAt + 1 < t.Count && t[nounAt].Text is "-" or "\u2010" && !t[nounAt].SpaceBefore && !t[nounAt + 1].SpaceBefore && t[nounAt + 1].IsWord)
            {
                nounAt++;
            }

            // "the 49ers", "76ers fans": digits glued to a plural that is no unit or scale make a name, which counts nothing
            var named = nounAt == j && !num.IsWords && j < t.Count && t[j].IsWord && !t[j].SpaceBefore && IsPluralWord(t[j].Text);
            // "a 400-strong workforce": "-strong" gives the size of a group and names nothing counted ("three strong
            // aftershocks", with a space, is a count of aftershocks)
            var sized = nounAt > j && nounAt < t.Count && t[nounAt].Is("strong");
            if (!named && !sized && CountNoun(nounAt, nounAt > j && t[j].Text is "-" or "\u2010" && !odd && !plus ? 1 : num.Value) is { } noun)
            {
                unit = noun.Lemma;
                unitSpan = noun.Span;
                end = noun.Next;

                // "some 420 passengers and crew": one count of both kinds, not of passengers alone
                if (end + 1 < t.Count && t[end].Is("and") && t[end + 1].IsWord && !t[end + 1].IsCapitalized &&
                    (lex.Collectives.ContainsKey(t[end + 1].Text) || IsPluralWord(t[end + 1].Text)) && !(end + 2 < t.Count && t[end + 2].IsWord && IsPluralWord(t[end + 2].Text)))
                {
                    unit = noun.Lemma + " and " + (lex.Collectives.ContainsKey(t[end + 1].Text) ? t[end + 1].Text.ToLowerInvariant() : Lemma(t[end + 1].Text));
                    unitSpan = new TextSpan(noun.Span.Start, t[end + 1].End);
                    end += 2;
                }
            }
        }

        // guards that need the unit: years, days of the month, names ("Windows 10", "S&P 500"), the pronoun "one"
        var bare = currency is null && unit is null;
        if (bare && !num.IsWords && j < t.Count && t[j].IsWord && !t[j].SpaceBefore)
        {
            return (null, SkipGlued(j));
        }

        // "one out of three Germans", "2 out of 5"; "one in three adults", "two in five voters": a share, after "in" only
        // when a small whole number follows and no unit or period does ("2 in 10 minutes" is a time, "3 in 2021" a year)
        var divided = false;
        var whole = j + 2 < t.Count && t[j].Is("out") && t[j + 1].Is("of") && currency is null && NumberReader.Read(t, j + 2, false) is { } outOf && outOf.Value >= value && outOf.Value > 0
            ? outOf
            : ShareAfterIn(j, value, bare && !negative);
        if (whole is { } among)
        {
            value /= among.Value;
            j = among.Next;
            end = j;
            unit = null;
            unitSpan = null;
            if (CountNoun(j, 2) is { } members)
            {
                unit = members.Lemma;
                unitSpan = members.Span;
                end = members.Next;
            }

            loneOne = false;
            bare = false;
            divided = true;
        }

        // "1 over three": a fraction, only where nothing follows it
        if (bare && j + 1 < t.Count && t[j].Is("over") && (t[j + 1].IsNumber || lex.NumberWords.ContainsKey(t[j + 1].Text)) &&
            NumberReader.Read(t, j + 1, false) is { } divisor && divisor.Value > 0 && !(divisor.Value is >= 1900 and <= 2099) &&
            (divisor.Next >= t.Count || !t[divisor.Next].IsWord))
        {
            value /= divisor.Value;
            j = divisor.Next;
            end = j;
            loneOne = false;
            bare = false;
            divided = true;
        }

        // "one of the largest ports": one member of a group
        if (loneOne && unit is null && j + 1 < t.Count && t[j].Is("of") && (t[j + 1].Is("the") || t[j + 1].Is("its") || t[j + 1].Is("their") || t[j + 1].Is("his") || t[j + 1].Is("her") || t[j + 1].Is("our") || t[j + 1].Is("my") || t[j + 1].Is("your")) &&
            !(k > 0 && PronounOneLeads.Contains(t[k - 1].Text)))
        {
            if (GroupNoun(j + 2) is { } group)
            {
                unit = group.Lemma;
                unitSpan = group.Span;
            }

            loneOne = false;
            bare = false;
        }

        // "the one thing" is "the single"; "only one person" counts
        if (loneOne && !negative && (unit is null || k > 0 && PronounOneLeads.Contains(t[k - 1].Text) && !(t[k - 1].Is("only") && !(k > 1 && t[k - 2].Is("the")))))
        {
            return (null, j);
        }

        // "one day we will": "one day" as "some day", not a duration
        if (IsSomeDay(k, num, unit, end))
        {
            return (null, end);
        }

        // "the second half of the year" is a period, not a fraction
        if (num.IsFraction && t[k].Is("half") && k > 0 && (t[k - 1].Is("the") || lex.Ordinals.Contains(t[k - 1].Text)))
        {
            return (null, j);
        }

        if (currency is null && !negative && !num.IsWords && !num.HasScale && t[k].IsPlainInteger && k == i && !divided)
        {
            var v = t[k].Value;
            var plural = unit is not null && unitSpan is { } us && IsPluralWord(text[us.Start..us.End]);
            var lead = k > 0 && YearLeads.Contains(t[k - 1].Text);
            var yearLike = t[k].Text.Length == 4 && (v is >= 1900 and <= 2099 || v is >= 1000 and <= 2199 && (lead || j < t.Count && (t[j].Is("BC") || t[j].Is("AD") || t[j].Is("BCE") || t[j].Is("CE"))));
            if (yearLike && !IsMeasure(unit) && MatchBoundBefore(k) is null || yearLike && (bare || lead && !plural) ||
                k >= 2 && t[k - 1].Text is "and" or "to" or "-" or "\u2013" or "or" && IsYearToken(k - 2) && t[k].Text.Length == 4)
            {
                return (null, yearLike ? AfterSeasonEnd(j, v) : j);
            }

            // "Smith, 45, said": an age in apposition
            if (bare && v < 130 && k >= 2 && t[k - 1].Text == "," && t[k - 2].IsCapitalized && j < t.Count && t[j].Text == ",")
            {
                return (null, j);
            }

            if (v is >= 1 and <= 31 && (k > 0 && IsMonth(k - 1) || bare && k > 0 && (t[k - 1].Is("may") || t[k - 1].Is("march")) || k > 1 && t[k - 1].Text == "." && IsMonth(k - 2, abbreviated: true) || j < t.Count && IsMonth(j) || j + 1 < t.Count && t[j].Is("of") && IsMonth(j + 1)))
            {
                return (null, j);
            }

            if (k > 1 && t[k - 1].Text == "." && t[k - 2].IsWord && lex.NameWords.Contains(t[k - 2].Text) && t[k - 2].Text.Length <= 3 && bare)
            {
                return (null, j);
            }

            if (k > 0 && t[k - 1].IsWord && (lex.NameWords.Contains(t[k - 1].Text) && (bare || !IsMeasure(unit)) || bare && t[k - 1].IsCapitalized && !IsFunctionWord(k - 1)))
            {
                return (null, j);
            }

            // "49 Elm Road", "9 E 71st St": a house number before a name
            if (bare && j < t.Count && t[j].IsCapitalized && !IsFunctionWord(j))
            {
                return (null, j);
            }

            // "the 486 is", "the 8088 chip", "a 747 jet": a model number, not a count (a count above one takes a plural noun)
            if (bare && t[k].Text.Length >= 3 && v >= 100 && j < t.Count &&
                (k > 0 && IsDeterminerAt(k - 1) && (t[j].Is("is") || t[j].Is("was") || t[j].Is("has")) || IsSingularNounAt(j)))
            {
                return (null, j);
            }

            // "4410 m212": a number before a code
            if (bare && j + 1 < t.Count && t[j].IsWord && t[j + 1].IsNumber && !t[j + 1].SpaceBefore)
            {
                return (null, j);
            }
        }

        if (bare && !num.IsWords && j + 1 < t.Count && t[j].Text is "-" or "\u2013" && !t[j].SpaceBefore && !t[j + 1].SpaceBefore && t[j + 1].IsPlainInteger && t[k].IsPlainInteger &&
            t[j + 1].Value <= t[k].Value && (j + 2 >= t.Count || !t[j + 2].IsWord || t[j + 2].SpaceBefore))
        {
            return (null, j + 2);
        }

        var bound = QuantityBound.Exact;
        double? valueMax = null;
        var start = i;

        // ranges: "10 to 15", "between 3 and 4 million", "3-4", "$10-$15"
        var between = start > 0 && t[start - 1].Is("between");
        var r = unit is null || unitSpan is null || end == j ? j : end;
        if (r + 1 < t.Count && (t[r].Is("to") || t[r].Text is "-" or "\u2013" or "\u2014" || between && t[r].Is("and")))
        {
            // after a change, "to" gives the new level ("rose 5% to $40", "jumped from 240 to 273"); "fell by 1 to 2 degrees" is a range
            var changeThenLevel = ChangeBefore(start) && unit is not null || start >= 2 && t[start - 1].Is("from") && lex.ChangeWords.Contains(t[start - 2].Text);
            if (!changeThenLevel && ReadRangeEnd(r + 1, currency is not null, num, value, t[r].Text is "-" && !t[r].SpaceBefore && !t[r + 1].SpaceBefore) is { } second &&
                (unit is null || second.Unit is null || second.Unit == unit))
            {
                if (!num.HasScale && second.Scale > 1 && value * second.Scale < second.Value * 1.0001 && value < second.Value / second.Scale + 1e-9)
                {
                    value *= second.Scale;
                }

                if (second.Value > value)
                {
                    valueMax = second.Value;
                    bound = QuantityBound.Range;
                    unit ??= second.Unit ?? (second.Currency is { } c2 ? c2 : null);
                    unitSpan ??= second.UnitSpan;
                    end = second.Next;
                    if (between)
                    {
                        start--;
                    }
                }
            }
        }

        // "increase from 24.2 to 33 billion euros": the old level is written bare and takes the new level's scale and unit
        if (unit is null && currency is null && !num.HasScale && bound == QuantityBound.Exact && start >= 2 && t[start - 1].Is("from") && r + 1 < t.Count && t[r].Is("to") &&
            NewLevelAt(r + 1, num, value) is { } level && (level.Unit is not null || level.Scale > 1))
        {
            var scaled = value * level.Scale;
            if (level.Scale == 1 || scaled <= level.Value * 10 && scaled * 10 >= level.Value)
            {
                value = scaled;
                unit = level.Unit;
                bare = false;
            }
        }

        // a suspended hyphen: "four- and six-cylinder engines" takes the noun of the compound that completes it
        if (unit is null && currency is null && j + 1 < t.Count && t[j].Text == "-" && !t[j].SpaceBefore && t[j + 1].SpaceBefore &&
            (t[j + 1].Text == "," || t[j + 1].Is("and") || t[j + 1].Is("or") || t[j + 1].Is("to")))
        {
            for (var q = j + 1; q + 2 < t.Count && q < j + 8; q++)
            {
                if (t[q].Text == "-" && !t[q].SpaceBefore && !t[q + 1].SpaceBefore && t[q + 1].IsWord && q > 0 && (t[q - 1].IsNumber || lex.NumberWords.ContainsKey(t[q - 1].Text)))
                {
                    unit = CountNoun(q + 1, 1)?.Lemma;
                    break;
                }
            }

            end = j + 1;
        }

        // a number word that counts nothing written ("the bottom three", "three or four", "two-door") is not a quantity;
        // alone it is ("the answer is seventy"), and so is a suspended "four-, five- and six-cylinder"
        if (bound != QuantityBound.Range && unit is null && currency is null && num.IsWords && !num.IsFraction && !num.IsVague && value < 1e6 && j < t.Count &&
            (t[j].IsWord || t[j].Text is "-" && j + 1 < t.Count && t[j + 1].IsWord) && !Elides(num, previous, j) &&
            !t[j].Is("of") && !(j + 1 < t.Count && t[j].Is("more") && !t[j + 1].IsWord) && !IsCountSubjectVerb(j))
        {
            return (null, j);
        }

        // "16-18 Harbour Street": house numbers
        if (unit is null && currency is null && !num.IsWords && end < t.Count && t[end].IsCapitalized && !IsFunctionWord(end) && bound == QuantityBound.Range)
        {
            return (null, end);
        }

        // bound words before ("at least", "more than", "nearly") and after ("or more", "-plus")
        if (bound != QuantityBound.Range)
        {
            if (MatchBoundBefore(start) is { } before)
            {
                bound = before.Bound;
                start = before.Start;
            }
            else if (num.IsVague)
            {
                bound = QuantityBound.AtLeast;
            }
            else if (num.IsApproximate)
            {
                bound = QuantityBound.Approx;
            }

            if (MatchBoundAfter(end) is { } after)
            {
                bound = after.Bound;
                end = after.Next;
            }
            else if (odd && bound == QuantityBound.Exact)
            {
                bound = QuantityBound.Approx;
            }
            else if (plus)
            {
                bound = QuantityBound.AtLeast;
            }
        }

        // a change ("rose 3%", "down 1.2 per cent", "increased by 2 percent") rather than a level
        change |= ChangeBefore(start);

        // "sub-7 nanometre": below the value
        if (bound == QuantityBound.Exact && k >= 2 && t[k - 1].Text == "-" && t[k - 2].Is("sub") && !t[k - 1].SpaceBefore)
        {
            bound = QuantityBound.AtMost;
            start = k - 2;
        }

        // a conversion in brackets shares the bound of the amount it converts: "more than 7.5 million crowns ($1.1 million)"
        if (bound == QuantityBound.Exact && previous is { } prev && start > 0 && t[start - 1].Text is "(" or "/" && start >= 2 &&
            (t[start - 2].End == prev.Span.End || t[start - 1].Text == "/" && t[start - 2].End == prev.Span.End))
        {
            bound = prev.Bound == QuantityBound.Range ? QuantityBound.Exact : prev.Bound;
        }

        // a bound word before a list of round figures bounds each of them: "more than 20 goals and 15 assists", "nearly
        // 200 dead and 500 injured" (the second figure follows the first right after "and" or "or"); a precise figure
        // keeps its own ("more than 410,000 cases and 96 deaths")
        if (bound == QuantityBound.Exact && previous is { Bound: QuantityBound.AtLeast or QuantityBound.AtMost or QuantityBound.Approx } listed && start >= 2 &&
            value >= 10 && value % 10 == 0 &&
            t[start - 1].Text is "and" or "or" && (t[start - 2].End == listed.Span.End || start >= 3 && t[start - 2].Text == "," && t[start - 3].End == listed.Span.End))
        {
            bound = listed.Bound;
        }

        // an elided noun: "2.5 million doses to Mexico and 1.5 million to Canada", "69 countries ... 28 more"
        if (unit is null && previousUnit is not null && !num.IsFraction && previous is not null &&
            (num.HasScale && previous.Text.Any(char.IsLetter) || end < t.Count && (t[end].Is("more") || t[end].Is("others") || t[end].Is("each") || t[end].Is("apiece")) ||
             start > 0 && (t[start - 1].Is("further") || t[start - 1].Is("another") || t[start - 1].Is("additional") || t[start - 1].Is("extra"))))
        {
            unit = previousUnit;
        }

        // "from 208 pounds to 193": the new level shares the old level's unit
        if (unit is null && previous is not null && previous.Unit is not null && !num.IsFraction && start > 0 && t[start - 1].Is("to") && FromLevel(previous, start - 1))
        {
            unit = previous.Unit;
        }

        // "at least 31 passengers, six of them badly", "2.5 million of those": a partitive pointing back to the count
        // before it in the sentence, else to the sentence before
        if (unit is null && (previousUnit ?? carried) is { } antecedent && end + 1 < t.Count && t[end].Is("of") &&
            (t[end + 1].Is("those") || t[end + 1].Is("them") || t[end + 1].Is("these") || t[end + 1].Is("which")))
        {
            unit = antecedent;
        }

        if (unit is null && currency is null && !num.IsFraction && PartitiveNoun(end) is { } counted)
        {
            unit = counted;
        }

        // "48 deaths in Peru and at least 30 in Bolivia", "17 ships ..., 11 to Antwerp and six to Hamburg": a bare
        // count that a preposition, a verb of being or the end of a list item follows counts what the count before it
        // in the sentence counts
        if (unit is null && currency is null && (Elides(num, previous, end) || FromAfter(start, previous)))
        {
            unit = previous!.Unit;
        }

        // "Of the Chilean deaths, 41 were in Maule": a fronted partitive names what the count counts
        if (unit is null && currency is null && !num.IsFraction && FrontedPartitive(start) is { } fronted)
        {
            unit = fronted;
        }

        // "the number of schools closed had risen to 22", "the death toll climbed to 57": the measure before the
        // number names what it counts
        if (unit is null && currency is null && !num.IsFraction && MeasureNamedBefore(start, previous) is { } measured)
        {
            unit = measured;
        }

        // "a magnitude 5.6 earthquake", "of magnitude 2.9", "5.2 on the Richter scale", "a 3.1 aftershock": an earthquake's
        // magnitude. A quake named right after the figure makes it the magnitude whatever noun was read as counted after it
        // ("4.6 quake rattles county": the figure alone).
        if (currency is null && (QuakeAfter(start, value) || !num.IsFraction && (unit is null || lex.MagnitudeNouns.Contains(unit)) && MagnitudeNamed(start, end, value)))
        {
            if (unit is not null)
            {
                end = start + 1;
                unitSpan = null;
            }

            unit = "magnitude";
        }

        // "80 million pounds", "tens of millions of pounds": sterling; "2 million pounds of beef" is a weight
        if (unit == "pound" && Math.Abs(value) >= 1e6 && (num.HasScale || valueMax is not null || value != num.Value) && !(end + 1 < t.Count && t[end].Is("of") && t[end + 1].IsWord))
        {
            unit = "GBP";
        }
        else if (unit == "pound" && currency is null && PoundsArePaid(start, end))
        {
            unit = "GBP";
        }

        // "385 pence", "19 cents": a subunit alone is money in its main unit (the currency the sentence names before it, else
        // the subunit's own), as the output contract writes money
        if (currency is null && unit is not null && lex.Subunits.TryGetValue(unit, out var share))
        {
            var main = previous?.Unit is { Length: 3 } code && lex.CurrencyCode(code) == code ? code : lex.SubunitCurrencies[unit];
            value *= share;
            valueMax *= share;
            unit = main;
        }

        // no value that JSON cannot carry ("1.1^999", a thousand-digit number)
        if (end <= start || !double.IsFinite(value) || valueMax is { } m && !double.IsFinite(m))
        {
            return (null, Math.Max(i + 1, j));
        }

        var span = new TextSpan(t[start].Start, t[end - 1].End);
        var mention = new QuantityMention(span, span.Of(text), value, valueMax, unit, bound) { UnitSpan = unitSpan, IsChange = change };
        return (mention, Math.Max(end, j));
    }

    private static readonly HashSet<string> PeopleAdjectives = new(
        ["injured", "dead", "wounded", "missing", "displaced", "homeless", "unemployed", "sick", "infected", "evacuated", "detained", "arrested"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "23 of the country's deaths", "about 6,000 of Velmora's workers": a count followed by "of", a determiner or a
    /// possessive, and a plural noun counts that noun.
    /// </summary>
    private string? PartitiveNoun(int end)
    {
        if (end + 2 >= t.Count || !t[end].Is("of"))
        {
            return null;
        }

        var p = end + 1;
        if (t[p].Is("the") || t[p].Is("its") || t[p].Is("their") || t[p].Is("his") || t[p].Is("her") || t[p].Is("our") || t[p].Is("these") || t[p].Is("those"))
        {
            p++;
        }

        // a possessive owner ("the country's", "Velmora's")
        if (p + 1 < t.Count && t[p].IsWord && t[p + 1].Text is "'s" or "\u2019s" or "'" or "\u2019")
        {
            p += 2;
        }
        else if (p < t.Count && t[p].IsWord && IsPossessive(t[p].Text))
        {
            p++;
        }

        if (p == end + 1)
        {
            return null; // "5 of 7" and "of them" are read elsewhere
        }

        for (var q = p; q < t.Count && q < p + 3; q++)
        {
            if (!t[q].IsWord)
            {
                return null;
            }

            if (IsPluralWord(t[q].Text))
            {
                return Lemma(t[q].Text);
            }
        }

        return null;
    }

    /// <summary>The whole of "one in three": a small whole number after "in" with no unit or period after it, or null.</summary>
    private NumberRead? ShareAfterIn(int j, double value, bool bareCount)
    {
        if (!bareCount || value < 1 || value != Math.Floor(value) || j + 1 >= t.Count || !t[j].Is("in") || !(t[j + 1].IsNumber || lex.NumberWords.ContainsKey(t[j + 1].Text)) ||
            NumberReader.Read(t, j + 1, false) is not { } among)
        {
            return null;
        }

        var small = !among.IsFraction && !among.HasScale && among.Value > value && among.Value <= 100 && among.Value == Math.Floor(among.Value);
        return small && UnitAt(among.Next) is null && (CountNoun(among.Next, 2) is not { } shared || IsCountedThing(shared.Lemma)) ? among : null;
    }

    /// <summary>Counted things a bare count after them may elide: nouns and measures, not money, shares or durations.</summary>
    private bool IsCountedThing(string unit) =>
        unit != "percent" && !(unit.Length == 3 && unit.All(char.IsAsciiLetterUpper)) && lex.CurrencyCode(unit) is null &&
        unit is not ("year" or "month" or "week" or "day" or "hour" or "minute" or "second" or "decade" or "century" or "percentage point");

    /// <summary>Whether a bare count at a list item's end stands for the noun of the count before it in the sentence.</summary>
    private bool Elides(NumberRead num, QuantityMention? previous, int end) =>
        !num.IsFraction && !num.HasScale && previous is { Unit: { } before } && IsCountedThing(before) && !HasScaleWord(previous) && ListItemEnds(end);

    /// <summary>"had risen to 14 hospitals, from 11": the old level right after the new one counts the same thing.</summary>
    private bool FromAfter(int start, QuantityMention? previous) =>
        previous is { Unit: { } before } && IsCountedThing(before) && start >= 2 && t[start - 1].Is("from") &&
        (t[start - 2].End == previous.Span.End || start >= 3 && t[start - 2].Text == "," && t[start - 3].End == previous.Span.End);

    private bool HasScaleWord(QuantityMention q) => q.Text.Split(' ').Any(w => lex.Scales.ContainsKey(w) || lex.CaseSensitiveScales.ContainsKey(w));

    /// <summary>
    /// What follows a count that stands for the noun before it: a preposition, a plural verb ("41 were in Maule"; "12 is a
    /// record" names a number), a comma, a conjunction or the end.
    /// </summary>
    private bool ListItemEnds(int end)
    {
        if (end >= t.Count)
        {
            return true;
        }

        var next = t[end];
        return next.Text is "," or "." or ";" or ")" or ":" ||
               next.IsWord && ElidedNounFollowers.Contains(next.Text);
    }

    private static readonly HashSet<string> ElidedNounFollowers = new(
        ["in", "to", "from", "at", "on", "across", "among", "inside", "outside", "near", "and", "or", "were", "are", "had", "have", "remain", "remained", "died", "each"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>"Of the Pakistani deaths, 38 ...": the plural noun of a phrase "Of the ... NOUN," that opens the clause the number starts.</summary>
    private string? FrontedPartitive(int start)
    {
        if (start < 3 || t[start - 1].Text != "," || !t[start - 2].IsWord || !IsPluralWord(t[start - 2].Text))
        {
            return null;
        }

        for (var p = start - 3; p >= 0 && p >= start - 7; p--)
        {
            if (t[p].Is("of") && p + 1 < start - 2 && (t[p + 1].Is("the") || t[p + 1].Is("these") || t[p + 1].Is("those")) &&
                (p == 0 || t[p - 1].Text is "." or ";" || t[p].IsCapitalized))
            {
                return Lemma(t[start - 2].Text);
            }

            if (!t[p].IsWord)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "the number of schools closed had risen to 22, from 17", "the death toll rose to 57": a measure named in the
    /// few words before the number (and after the quantity before it), whose value the number gives.
    /// </summary>
    private string? MeasureNamedBefore(int start, QuantityMention? previous)
    {
        // "aged 24", "who turns 29 in April", "at the age of 71": an age, in years
        if (start >= 1 && (t[start - 1].Is("aged") || t[start - 1].Is("turns") || t[start - 1].Is("turned") || t[start - 1].Is("turn") || t[start - 1].Is("turning")
                           || t[start - 1].Is("age") && start >= 2 && t[start - 2].Is("at") || t[start - 1].Is("of") && start >= 2 && t[start - 2].Is("age")))
        {
            return "year";
        }

        // "Holm will be 60 in June", "would be 34 on March 2": a coming birthday, an age in years
        if (start >= 2 && t[start - 1].Is("be") && (t[start - 2].Is("will") || t[start - 2].Is("would")) && t[start].IsPlainInteger && t[start].Value is >= 1 and < 130 &&
            start + 2 < t.Count && (t[start + 1].Is("in") || t[start + 1].Is("on")) && IsMonth(start + 2) && t[start + 2].IsCapitalized)
        {
            return "year";
        }

        var from = Math.Max(0, start - 12);
        for (var p = start - 1; p >= from; p--)
        {
            var tok = t[p];
            if (previous is not null && tok.Start < previous.Span.End || tok.Text is "." or ";" or "?" or "!")
            {
                break;
            }

            // "the toll", "the death toll", "Pakistan's toll", "its toll": a toll with no other kind before it counts the dead
            if (tok.Is("toll") && p > 0 && (t[p - 1].Is("death") || t[p - 1].Is("the") || t[p - 1].Is("its") || t[p - 1].Is("their") || IsPossessive(t[p - 1].Text)))
            {
                return "death";
            }

            if (tok.Is("number") && p + 2 < start && t[p + 1].Is("of") && t[p + 2].IsWord && IsPluralWord(t[p + 2].Text))
            {
                return Lemma(t[p + 2].Text);
            }

            // "the number of injured", "the number of dead": an adjective standing for people
            if (tok.Is("number") && p + 2 < start && t[p + 1].Is("of") && t[p + 2].IsWord && PeopleAdjectives.Contains(t[p + 2].Text))
            {
                return "person";
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a figure of pounds is money rather than weight (<see cref="QuantityLexicon.PoundCues"/>): a money word among
    /// the six words before it in its sentence ("tuition rose to 9,250 pounds") or a rate after it ("40 pounds a night",
    /// "per month"), and no weight word before it ("weighed 12 pounds", "lost 20 pounds").
    /// </summary>
    private bool PoundsArePaid(int start, int end)
    {
        if (end + 1 < t.Count && t[end].Is("of") && t[end + 1].IsWord)
        {
            return false; // "sold 500 pounds of beef"
        }

        var money = end + 1 < t.Count && (t[end].Is("a") || t[end].Is("an") || t[end].Is("per")) && lex.PoundCues.GetValueOrDefault(t[end + 1].Text) == "rate";
        for (int k = start - 1, seen = 0; k >= 0 && seen < 6; k--)
        {
            if (t[k].Text is "." or ";" or ":" or "!" or "?")
            {
                break;
            }

            if (!t[k].IsWord)
            {
                continue;
            }

            seen++;
            switch (lex.PoundCues.GetValueOrDefault(t[k].Text))
            {
                case "weight":
                    return false;
                case "money":
                    money = true;
                    break;
            }
        }

        return money;
    }

    /// <summary>Whether the word at <paramref name="by"/> joins two sides of a size ("5-by-8", "3 x 4"): "by" or "x" right after a number.</summary>
    private bool IsDimensionTimes(int by)
    {
        if (!(t[by].Is("by") || t[by].Is("x")) || by < 1)
        {
            return false;
        }

        var p = t[by - 1].Text is "-" or "\u2010" ? by - 2 : by - 1;
        return p >= 0 && t[p].IsNumber;
    }

    /// <summary>Whether only "by", "x" or "×" (with hyphens) stands between two figures, so that they are two sides of one size.</summary>
    private bool IsTimesBetween(int from, int to)
    {
        if (to <= from)
        {
            return false;
        }

        var between = text[from..to].Replace("-", " ", StringComparison.Ordinal).Replace("\u2010", " ", StringComparison.Ordinal).Trim();
        return between is "by" or "x" or "X" or "\u00d7";
    }

    private static bool IsPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) || word is "'" or "\u2019";

    /// <summary>
    /// Whether the word "magnitude" stands right before the number ("magnitude 5.6", "magnitude-4.6", "of magnitude 2.9")
    /// or right after it ("5.6 -magnitude"), a quake is measuring it ("an earthquake measuring 4.6"), or a scale of
    /// magnitude follows ("5.2 on the Richter scale").
    /// </summary>
    private bool MagnitudeNamed(int start, int end, double value)
    {
        var p = start - 1;
        if (p >= 0 && t[p].Text is "-" or "of")
        {
            p--;
        }

        if (p >= 0 && t[p].Is("magnitude") || start + 2 < t.Count && t[start + 1].Text is "-" && t[start + 2].Is("magnitude"))
        {
            return true;
        }

        if (IsMagnitudeSized(start, value) && start >= 2 && t[start - 1].Is("measuring") && lex.MagnitudeNouns.Contains(t[start - 2].Text.ToLowerInvariant()))
        {
            return true;
        }

        return end + 2 < t.Count && t[end].Is("on") && t[end + 1].Is("the") && (t[end + 2].Is("Richter") || t[end + 2].Is("moment"));
    }

    /// <summary>"a 5.6 quake", "a 2.9 aftershock": a decimal figure of the size of a magnitude right before a quake.</summary>
    private bool QuakeAfter(int start, double value) =>
        IsMagnitudeSized(start, value) && start + 1 < t.Count && lex.MagnitudeNouns.Contains(t[start + 1].Text.ToLowerInvariant());

    private bool IsMagnitudeSized(int start, double value) => t[start].HasDecimal && value is > 0 and < 10;

    /// <summary>After "millions" in "millions of dollars", the unit stands after the "of".</summary>
    private int OfAfterVague(NumberRead num, int j) => (num.IsVague || num.IsApproximate && !num.HasScale) && j + 1 < t.Count && t[j].Is("of") ? j + 1 : j;

    private (double Amount, int Next)? CentsAt(int p, bool negative)
    {
        if (p < t.Count && t[p].Is("and"))
        {
            p++;
        }

        if (p >= t.Count || !(t[p].IsNumber && t[p].IsPlainInteger || lex.NumberWords.ContainsKey(t[p].Text)) || NumberReader.Read(t, p, false) is not { } c ||
            c.Value is < 1 or >= 100 || c.HasScale || c.IsFraction)
        {
            return null;
        }

        var next = c.Next;
        var share = 0.01;
        if (UnitAt(next) is { } sub && lex.Subunits.TryGetValue(sub.Value, out var subunit))
        {
            share = subunit;
            next = sub.Next;

            // "five mao five": a bare digit after a tenth is the hundredths
            if (share == 0.1 && next < t.Count && (t[next].IsPlainInteger || lex.NumberWords.ContainsKey(t[next].Text)) && NumberReader.Read(t, next, false) is { } rest &&
                rest.Value is >= 1 and < 10 && !rest.HasScale && !rest.IsFraction && (rest.Next >= t.Count || !t[rest.Next].IsWord))
            {
                var amount = c.Value * share + rest.Value * share / 10;
                return (negative ? -amount : amount, rest.Next);
            }
        }
        else if (next < t.Count && t[next].IsWord)
        {
            return null;
        }

        return ((negative ? -c.Value : c.Value) * share, next);
    }

    private (double Value, int Next)? InchesAt(int p)
    {
        if (p < t.Count && t[p].Is("and"))
        {
            p++;
        }

        if (p + 1 < t.Count && t[p].IsNumber && !t[p].HasDecimal && t[p].Value < 12 && (t[p + 1].Is("inch") || t[p + 1].Is("inches") || t[p + 1].Is("in") && (p + 2 >= t.Count || !t[p + 2].IsWord)))
        {
            return (t[p].Value, p + 2);
        }

        return null;
    }

    private bool ChangeBefore(int start)
    {
        var c = start;
        if (c > 0 && t[c - 1].Is("by"))
        {
            c--;
        }

        return c > 0 && t[c - 1].IsWord && lex.ChangeWords.Contains(t[c - 1].Text);
    }

    /// <summary>
    /// After a year, the end of a season or a span written with two digits ("2024-25", "1939-45", "2023/24"): the token
    /// after them, else <paramref name="j"/>.
    /// </summary>
    private int AfterSeasonEnd(int j, double year) =>
        j + 1 < t.Count && t[j].Text is "-" or "\u2013" or "/" && !t[j].SpaceBefore && !t[j + 1].SpaceBefore && t[j + 1].IsPlainInteger && t[j + 1].Text.Length == 2 &&
        t[j + 1].Value > year % 100
            ? j + 2
            : j;

    private bool IsYearToken(int index) =>
        index >= 0 && t[index].IsPlainInteger && t[index].Text.Length == 4 && t[index].Value is >= 1000 and <= 2099;

    /// <summary>The plural noun of "the largest ports" after "one of".</summary>
    private (string Lemma, TextSpan Span, int Next)? GroupNoun(int j)
    {
        for (var p = j; p < t.Count && p < j + 4; p++)
        {
            if (!t[p].IsWord || lex.NotCountNouns.Contains(t[p].Text) && !t[p].Is("most") && !t[p].Is("least"))
            {
                return null;
            }

            if (IsPluralWord(t[p].Text) && !t[p].IsCapitalized)
            {
                return (Lemma(t[p].Text), new TextSpan(t[p].Start, t[p].End), p + 1);
            }
        }

        return null;
    }

    private int SkipGlued(int k)
    {
        var p = k + 1;
        while (p < t.Count && !t[p].SpaceBefore && (t[p].IsNumber || t[p].IsWord || t[p].Text is "-" or "." or "/" or ":"))
        {
            p++;
        }

        return p;
    }

    private bool IsClock(int j)
    {
        var next = t[j];
        if (next.IsWord && (next.Is("am") || next.Is("pm")) && (j + 1 >= t.Count || !t[j + 1].IsWord || t[j + 1].SpaceBefore))
        {
            return true;
        }

        // "a.m." / "p.m."
        return next.IsWord && (next.Is("a") || next.Is("p")) && j + 2 < t.Count && t[j + 1].Text == "." && !t[j + 1].SpaceBefore && t[j + 2].Is("m") && !t[j + 2].SpaceBefore;
    }

    private bool IsMonth(int index, bool abbreviated = false) => index >= 0 && index < t.Count && t[index].IsWord && Months.Contains(t[index].Text) &&
                                        (t[index].IsCapitalized || abbreviated && t[index].Text.Length <= 4 || t[index].Text.Length > 3 && !t[index].Is("may") && !t[index].Is("march"));

    private bool IsDeterminerAt(int index) => t[index].Is("a") || t[index].Is("an") || NumberReader.IsDeterminer(t[index]);

    /// <summary>
    /// A word that reads as a singular common noun: lower-case letters only, not a function word, comparative, change
    /// or bound word, and without the endings of plurals, participles, adverbs and superlatives ("chip", "jet", "call";
    /// not "aboard"-like function words listed in the lexicon, "killed", "remaining", "largest").
    /// </summary>
    private bool IsSingularNounAt(int index)
    {
        var w = t[index].Text;
        if (!t[index].IsWord || w.Length < 3 || !w.All(char.IsLower) || IsFunctionWord(index) || lex.NumberWords.ContainsKey(w) || lex.Ordinals.Contains(w))
        {
            return false;
        }

        return !(w.EndsWith('s') || w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal) ||
                 w.EndsWith("ly", StringComparison.Ordinal) || w.EndsWith("est", StringComparison.Ordinal) || w.EndsWith("er", StringComparison.Ordinal));
    }

    private static readonly HashSet<string> SomeDayFollowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "you", "he", "she", "we", "they", "it", "will", "would", "could", "might", "may", "shall", "should", "can",
    };

    private static readonly HashSet<string> PartsOfDay = new(StringComparer.Ordinal) { "day", "night", "morning", "evening", "afternoon" };

    /// <summary>
    /// "One day we will win", "one day will be worth", "One night, she left": "one" and a part of the day as an indefinite
    /// time, not a duration: nothing before it that makes it a length ("in", "for", "after", "a", "only"), and a subject,
    /// a modal, or a comma at the head of the sentence after it.
    /// </summary>
    private bool IsSomeDay(int k, NumberRead num, string? unit, int end)
    {
        if (!num.IsWords || num.Next != k + 1 || !t[k].Is("one") || unit is null || !PartsOfDay.Contains(unit) || end >= t.Count)
        {
            return false;
        }

        var first = k == 0 || !t[k - 1].IsWord && t[k - 1].Text is "." or "!" or "?" or "\"" or "\u201C" or ";";
        if (!first && t[k - 1].IsWord && (IsFunctionWord(k - 1) || lex.SingleWordBounds.Contains(t[k - 1].Text)))
        {
            return false;
        }

        return t[end].IsWord && SomeDayFollowers.Contains(t[end].Text) || first && t[end].Text == ",";
    }

    /// <summary>"Three were killed", "zero is": a number word as the subject of a form of "be" or "have" counts what it stands for.</summary>
    private bool IsCountSubjectVerb(int index) =>
        t[index].IsWord && (t[index].Is("is") || t[index].Is("are") || t[index].Is("was") || t[index].Is("were") || t[index].Is("have") || t[index].Is("had") || t[index].Is("has"));

    private bool IsFunctionWord(int index) =>
        lex.NotCountNouns.Contains(t[index].Text) || lex.ChangeWords.Contains(t[index].Text) || lex.SingleWordBounds.Contains(t[index].Text) || Months.Contains(t[index].Text);

    private static bool IsMeasure(string? unit) => unit is not null && QuantityLexicon.Default.MeasureUnits.Contains(unit);

    /// <summary>
    /// A currency sign or code written before an amount ("$", "US$", "USD 200", "MEUR 120"): its code, the token after
    /// it, whether it is read only before a decimal or scaled amount, and the scale a glued letter gives ("MEUR": a million).
    /// </summary>
    private (string? Code, int After, bool Strict, double Scale) CurrencyPrefix(int i)
    {
        var tok = t[i];
        if (tok.Kind == QuantityTokenKind.Symbol && lex.CurrencySymbols.TryGetValue(tok.Text, out var code))
        {
            // "$US55 million", "$A82 million"
            if (i + 2 < t.Count && t[i + 1].IsWord && !t[i + 1].SpaceBefore && t[i + 2].IsNumber && lex.CurrencySymbols.TryGetValue(tok.Text + t[i + 1].Text, out var glued))
            {
                return (glued, i + 2, false, 1);
            }

            return (code, i + 1, false, 1);
        }

        if (!tok.IsWord || i + 1 >= t.Count)
        {
            return (null, i, false, 1);
        }

        var next = t[i + 1];

        // "Rs.25 lakh", "Rs. 500": a sign written with its full stop
        if (next.Text == "." && !next.SpaceBefore && i + 2 < t.Count && t[i + 2].IsNumber && tok.Text.Any(char.IsUpper) &&
            lex.CurrencySymbols.TryGetValue(tok.Text + ".", out code))
        {
            return (code, i + 2, false, 1);
        }

        // "US$", "C$", "HK$", "c $" (spaced, in tokenized text), "Y="
        if (next.Kind == QuantityTokenKind.Symbol && (next.Text is "$" or "=") && (!next.SpaceBefore || next.Text == "$" && tok.Text.Length >= 1 && !tok.Is("a") && !tok.Is("s") && !tok.Is("r")) &&
            lex.CurrencySymbols.TryGetValue(tok.Text + next.Text, out code) && i + 2 < t.Count && (t[i + 2].IsNumber || t[i + 2].Text == "-"))
        {
            return (code, i + 2, false, 1);
        }

        // "Rs 500", "RM2.70", "USD 200", "usd115"
        if (next.IsNumber && lex.CurrencySymbols.TryGetValue(tok.Text, out code) && (tok.Text.Any(char.IsUpper) || !next.SpaceBefore)
            && !(lex.LowerCaseSymbols.Contains(tok.Text.ToLowerInvariant()) && !lex.LowerCaseSymbols.Contains(tok.Text)))
        {
            var strict = lex.StrictSymbols.Contains(tok.Text);
            if (strict && next.SpaceBefore)
            {
                return (null, i, false, 1);
            }

            return (code, i + 1, strict, 1);
        }

        // "MEUR 120"
        if (next.IsNumber && lex.ScaledCode(tok.Text) is { } scaled)
        {
            return (scaled.Code, i + 1, false, scaled.Scale);
        }

        if (next.IsNumber && tok.Text.Length == 3 && (tok.Text.All(char.IsUpper) || !next.SpaceBefore) && lex.CurrencyCode(tok.Text) is { } iso)
        {
            return (iso, i + 1, false, 1);
        }

        return (null, i, false, 1);
    }

    /// <summary>
    /// A currency written after an amount ("dollars", "Canadian dollars", "USD", "MEUR"): its code, the scale a glued letter
    /// gives ("120 MEUR" is 120 million euros; not after an amount that has its own scale), and the token after it.
    /// </summary>
    private (string Code, double Scale, int Next)? CurrencyAfter(int j, bool scaled)
    {
        if (MatchPhrase(lex.CurrencyNamesByFirst, j) is { } name)
        {
            return (name.Value, 1, name.Next);
        }

        return !scaled && j < t.Count && t[j].IsWord && lex.ScaledCode(t[j].Text) is { } code ? (code.Code, code.Scale, j + 1) : null;
    }

    private (string Value, int Next)? MatchPhrase(Dictionary<string, List<QuantityPhrase>> index, int j)
    {
        if (j >= t.Count || !index.TryGetValue(t[j].Text, out var phrases))
        {
            return null;
        }

        foreach (var p in phrases)
        {
            if (Matches(p, j))
            {
                return (p.Value, j + p.Tokens.Length);
            }
        }

        return null;
    }

    private bool Matches(QuantityPhrase p, int j)
    {
        if (j + p.Tokens.Length > t.Count)
        {
            return false;
        }

        for (var m = 0; m < p.Tokens.Length; m++)
        {
            var tok = t[j + m];
            var ok = p.CaseSensitive[m] ? tok.Text == p.Tokens[m] : tok.Is(p.Tokens[m]);
            if (!ok)
            {
                return false;
            }

            // the words of a phrase are not glued to letters around them; digits in a symbol are glued to it ("m2")
            if (m > 0 && (tok.IsWord && t[j + m - 1].IsWord && !tok.SpaceBefore || tok.IsNumber && tok.SpaceBefore))
            {
                return false;
            }
        }

        // a phrase must end where a word ends ("m" is not the start of "march")
        var last = j + p.Tokens.Length;
        return !(last < t.Count && t[last - 1].IsWord && t[last].IsWord && !t[last].SpaceBefore);
    }

    private (string Value, int Next)? UnitAt(int j)
    {
        if (j >= t.Count || !lex.UnitsByFirst.TryGetValue(t[j].Text, out var units))
        {
            return null;
        }

        foreach (var p in units)
        {
            if (!Matches(p, j) || p.GluedOnly && t[j].SpaceBefore)
            {
                continue;
            }

            // a unit is not the start of a code: "L-202", "m212"
            var after = j + p.Tokens.Length;
            if (after < t.Count && !t[after].SpaceBefore && (t[after].IsNumber || t[after].Text == "-" && after + 1 < t.Count && t[after + 1].IsNumber && !t[after + 1].SpaceBefore))
            {
                continue;
            }

            // a one-letter symbol ("m", "g", "s") is a unit when glued to the number or when nothing word-like follows
            if (p.Tokens.Length == 1 && p.Tokens[0].Length == 1 && char.IsLetter(p.Tokens[0][0]) && t[j].SpaceBefore &&
                j + 1 < t.Count && t[j + 1].IsWord && !(p.CaseSensitive[0] && char.IsUpper(p.Tokens[0][0])))
            {
                continue;
            }

            return (p.Value, j + p.Tokens.Length);
        }

        return null;
    }

    private (QuantityBound Bound, int Start)? MatchBoundBefore(int start)
    {
        if (start <= 0 || !lex.BoundsBeforeByLast.TryGetValue(t[start - 1].Text, out var bounds))
        {
            return null;
        }

        foreach (var (phrase, bound) in bounds)
        {
            var s = start - phrase.Tokens.Length;
            if (s >= 0 && Matches(phrase, s))
            {
                return (bound, s);
            }
        }

        return null;
    }

    private (QuantityBound Bound, int Next)? MatchBoundAfter(int end)
    {
        var bounds = end < t.Count && lex.BoundsAfterByFirst.TryGetValue(t[end].Text, out var list) ? list : [];
        foreach (var (phrase, bound) in bounds)
        {
            if (end < t.Count && Matches(phrase, end) && (phrase.Tokens[0] != "+" || !t[end].SpaceBefore) &&
                (phrase.Tokens[0] != "plus" || end > 0 && t[end - 1].Text == "-" || !t[end].SpaceBefore))
            {
                return (bound, end + phrase.Tokens.Length);
            }
        }

        // "50-plus"
        if (end + 1 < t.Count && t[end].Text == "-" && !t[end].SpaceBefore && t[end + 1].Is("plus"))
        {
            return (QuantityBound.AtLeast, end + 2);
        }

        return null;
    }

    /// <summary>Whether <paramref name="previous"/> is the old level of "from A unit [word] to": "from 21 mpg combined to 23".</summary>
    private bool FromLevel(QuantityMention previous, int to)
    {
        var p = to - 1;
        var words = 0;
        while (p >= 0 && t[p].End > previous.Span.End)
        {
            if (!t[p].IsWord || ++words > 1)
            {
                return false;
            }

            p--;
        }

        if (p < 0 || t[p].End != previous.Span.End)
        {
            return false;
        }

        while (p >= 0 && t[p].Start >= previous.Span.Start)
        {
            p--;
        }

        return p >= 0 && t[p].Is("from");
    }

    /// <summary>The level after "to" in "from A to B": B's own reading, or the reading of B's range ("to 33-35 billion euros").</summary>
    private RangeEnd? NewLevelAt(int k, NumberRead first, double firstValue)
    {
        if (ReadRangeEnd(k, false, first, firstValue, false) is not { } level)
        {
            return null;
        }

        if (level.Unit is null && level.Scale == 1 && level.Next + 1 < t.Count && t[level.Next].Text is "-" or "\u2013" or "to" &&
            ReadRangeEnd(level.Next + 1, false, first, level.Value, t[level.Next].Text == "-" && !t[level.Next].SpaceBefore) is { } upper)
        {
            return level with { Scale = upper.Scale, Unit = upper.Unit, Value = level.Value * upper.Scale };
        }

        return level;
    }

    private sealed record RangeEnd(double Value, double Scale, string? Currency, string? Unit, TextSpan? UnitSpan, int Next);

    private RangeEnd? ReadRangeEnd(int k, bool money, NumberRead first, double firstValue, bool glued)
    {
        var (currency, after, _, scale) = CurrencyPrefix(k);
        if (currency is not null)
        {
            k = after;
        }

        if (k >= t.Count || first.IsWords != (t[k].IsWord) && !t[k].IsNumber)
        {
            return null;
        }

        if (glued && !t[k].IsNumber)
        {
            return null;
        }

        var read = NumberReader.Read(t, k, money || currency is not null);
        if (read is not { } second)
        {
            return null;
        }

        // "2-2", "24-7" and phone numbers are not ranges
        if (glued && (second.Value <= firstValue || t[k].Text.Length >= 4 && !t[k].Text.Contains(',', StringComparison.Ordinal)))
        {
            return null;
        }

        var j = second.Next;
        string? unit = null;
        TextSpan? unitSpan = null;
        if (currency is null && CurrencyAfter(j, second.HasScale) is { } name)
        {
            currency = name.Code;
            scale = name.Scale;
            unitSpan = new TextSpan(t[j].Start, t[name.Next - 1].End);
            j = name.Next;
        }
        else if (UnitAt(j) is { } u)
        {
            unit = u.Value;
            unitSpan = new TextSpan(t[j].Start, t[u.Next - 1].End);
            j = u.Next;
        }
        else if (CountNoun(j, second.Value) is { } noun)
        {
            unit = noun.Lemma;
            unitSpan = noun.Span;
            j = noun.Next;
        }

        return second.HasScale
            ? new RangeEnd(second.Value, second.Scale, currency, unit ?? currency, unitSpan, j)
            : new RangeEnd(second.Value * scale, scale, currency, unit ?? currency, unitSpan, j);
    }

    private (string Lemma, TextSpan Span, int Next)? CountNoun(int j, double value)
    {
        // the counted noun: the first plural noun of the few words after the number ("69 foreign countries",
        // "2.5 million AstraZeneca doses", "six Harbour Police divers": a name of several words is one word), or for
        // one, the singular noun right after it ("one option")
        var words = 0;
        var p = j;
        while (p < t.Count && words < 4)
        {
            var tok = t[p];
            if (!tok.IsWord || (p > j && !tok.SpaceBefore && !t[p - 1].IsWord))
            {
                return null;
            }

            // "seven AK-47 rifles", "two F-16 jets", "three Boeing 737-800 planes": a model code names the kind, the noun after it is counted
            if (tok.Text.Any(char.IsUpper) && p + 3 < t.Count && t[p + 1].Text is "-" or "\u2010" && !t[p + 1].SpaceBefore && t[p + 2].IsNumber && !t[p + 2].SpaceBefore
                && t[p + 3].IsWord && t[p + 3].SpaceBefore)
            {
                p += 3;
                words++;
                continue;
            }

            // "seven AK-47s", "four F-16s": a model code with no noun after it is what is counted, code and number whole
            if (p == j && value != 1 && ModelUnit(p) is { } model)
            {
                return (model.Code, new TextSpan(tok.Start, t[model.Last].End), model.Last + 1);
            }

            var acronym = tok.Text.Length >= 2 && tok.Text.All(char.IsUpper);
            if (!acronym && (lex.NotCountNouns.Contains(tok.Text) || lex.NumberWords.ContainsKey(tok.Text)) || Months.Contains(tok.Text) && tok.IsCapitalized)
            {
                return null;
            }

            // "13.4 million TEU", "40 MPs": an acronym right after the number, with no noun after it, is what is counted
            if (p == j && value != 1 && AcronymUnit(p) is { } abbreviation)
            {
                return (abbreviation, new TextSpan(tok.Start, tok.End), p + 1);
            }

            // "six crew": a collective noun counts its members (unless a noun follows: "six crew members")
            // (nor when it ends a name that a plural noun follows: "six Harbour Police oil-spill divers" counts divers)
            if (value != 1 && lex.Collectives.TryGetValue(tok.Text, out var member) && !(p + 1 < t.Count && t[p + 1].IsWord && t[p + 1].SpaceBefore && IsPluralWord(t[p + 1].Text))
                && !(tok.IsCapitalized && p > j && t[p - 1].IsCapitalized && PluralNounSoonAfter(p)))
            {
                return (member, new TextSpan(tok.Start, tok.End), p + 1);
            }

            // a hyphenated compound reads as one word: "ready-to-be-used", "first-team"
            var q = p + 1;
            while (q + 1 < t.Count && t[q].Text is "-" or "\u2010" && !t[q].SpaceBefore && !t[q + 1].SpaceBefore && t[q + 1].IsWord &&
                   !(p > 0 && t[p - 1].Text == "-" && (t[q + 1].Is("a") || t[q + 1].Is("an") || t[q + 1].Is("per"))))
            {
                q += 2;
            }

            var last = t[q - 1];
            var word = text[tok.Start..last.End];
            if (value != 1 ? IsPluralWord(last.Text) : !tok.IsCapitalized && !last.Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
            {
                // a capitalised plural is counted when no noun follows it and it is no name's last word: "20 Europeans
                // remain", "two Oscars stand", not "five Red Sox players", "two Marine Corps helicopters", "49 Elm Court Gardens"
                if (!tok.IsCapitalized || q >= t.Count || !t[q].IsWord || lex.NotCountNouns.Contains(t[q].Text)
                    || value != 1 && !(p > j && t[p - 1].IsCapitalized) && NoNounAfter(q))
                {
                    // "20 crew members", "two hunger strikes": a known two-word noun counts as one
                    var lemma = Lemma(word);
                    if (p > j && t[p - 1].IsWord && lex.CompoundNouns.Contains(t[p - 1].Text + " " + lemma))
                    {
                        return (t[p - 1].Text.ToLowerInvariant() + " " + lemma, new TextSpan(t[p - 1].Start, last.End), q);
                    }

                    return (lemma, new TextSpan(tok.Start, last.End), q);
                }
            }

            // an adverb ends the search ("three early", "two only"), unless it qualifies a participle before the noun
            // ("40 fully loaded crates", "nine badly injured hostages")
            if (last.Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !tok.IsCapitalized &&
                !(q < t.Count && t[q].IsWord && t[q].SpaceBefore && t[q].Text.Length > 3 && t[q].Text.EndsWith("ed", StringComparison.Ordinal)))
            {
                return null;
            }

            // a run of capitalised words is one name and one word of the window ("six Coast Guard divers", "eight Red
            // Cross medical workers"), within eight tokens of the number
            if (!(tok.IsCapitalized && p > j && t[p - 1].IsWord && t[p - 1].IsCapitalized && t[p - 1].SpaceBefore && p - j < 8))
            {
                words++;
            }

            p = q;
        }

        return null;
    }

    /// <summary>
    /// Whether token <paramref name="q"/>, right after a capitalised plural, opens no noun the plural could modify: a
    /// lower-case word that is not a plural, not joined by a hyphen, and not a noun before a plural ("Yankees season
    /// tickets").
    /// </summary>
    private bool NoNounAfter(int q) =>
        t[q].SpaceBefore && !t[q].IsCapitalized && !IsPluralWord(t[q].Text)
        && !(q + 1 < t.Count && (t[q + 1].Text is "-" or "\u2010" && !t[q + 1].SpaceBefore || t[q + 1].IsWord && !t[q + 1].IsCapitalized && IsPluralWord(t[q + 1].Text)));

    /// <summary>Whether a lower-case plural word stands within the three words after token <paramref name="p"/> (hyphenated compounds read past).</summary>
    private bool PluralNounSoonAfter(int p)
    {
        for (var k = p + 1; k < t.Count && k - p <= 5; k++)
        {
            if (t[k].Text is "-" or "\u2010")
            {
                continue;
            }

            if (!t[k].IsWord)
            {
                return false;
            }

            if (!t[k].IsCapitalized && IsPluralWord(t[k].Text) && !(k + 1 < t.Count && t[k + 1].Text is "-" or "\u2010" && !t[k + 1].SpaceBefore))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Abbreviations after a number that are not what it counts: times of day and zones.</summary>
    private static readonly HashSet<string> NotAcronymUnits = new(["AM", "PM", "GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "PST", "PDT", "CST", "CDT", "IST", "ET", "PT", "CT", "BC", "AD", "BCE", "CE", "HRS"], StringComparer.Ordinal);

    /// <summary>
    /// An acronym as the counted thing: two to five capitals, or a plural of one ("MPs"), that is not a currency code,
    /// a time, and is not itself a modifier of a noun after it ("150 NATO troops" counts troops).
    /// </summary>
    private string? AcronymUnit(int p)
    {
        var w = t[p].Text;
        var plural = w.Length >= 3 && w[^1] == 's' && w[..^1].All(char.IsUpper);
        var core = plural ? w[..^1] : w;
        if (core.Length is < 2 or > 5 || !core.All(char.IsAsciiLetterUpper) || NotAcronymUnits.Contains(core) || lex.CurrencyCode(core) is not null)
        {
            return null;
        }

        if (!t[p].SpaceBefore || p + 1 < t.Count && t[p + 1].IsWord && t[p + 1].SpaceBefore && (IsPluralWord(t[p + 1].Text) || t[p + 1].IsCapitalized))
        {
            return null;
        }

        return core;
    }

    /// <summary>
    /// A model code counted on its own: one to four capitals, a hyphen and a number, glued, in the plural ("AK-47s",
    /// "F-16s"; not "MiG-29s", which has small letters), and no noun after it ("seven AK-47 rifles" counts
    /// rifles). The code in the singular ("AK-47") and the index of its last token; null when it is not one.
    /// </summary>
    private (string Code, int Last)? ModelUnit(int p)
    {
        var w = t[p].Text;
        if (w.Length is < 1 or > 4 || !w.All(char.IsAsciiLetterUpper) || p + 2 >= t.Count || t[p + 1].Text is not ("-" or "\u2010")
            || t[p + 1].SpaceBefore || !t[p + 2].IsNumber || t[p + 2].SpaceBefore || !t[p + 2].Text.All(char.IsAsciiDigit))
        {
            return null;
        }

        // Counted models are written in the plural: "4410 L-17" is a part number, "F-16C" a longer code.
        var last = p + 3;
        if (last >= t.Count || !t[last].IsWord || t[last].SpaceBefore || t[last].Text != "s")
        {
            return null;
        }

        if (last + 1 < t.Count && t[last + 1].IsWord && t[last + 1].SpaceBefore && IsPluralWord(t[last + 1].Text))
        {
            return null;
        }

        return (w + "-" + t[p + 2].Text, last);
    }

    /// <summary>"fishermen", "policewomen", "schoolchildren": a word that ends in an irregular plural has its singular.</summary>
    private static string? CompoundIrregular(string word)
    {
        var lower = word.ToLowerInvariant();
        foreach (var (plural, singular) in (ReadOnlySpan<(string, string)>)[("women", "woman"), ("men", "man"), ("children", "child"), ("people", "person")])
        {
            if (lower.Length > plural.Length + 2 && lower.EndsWith(plural, StringComparison.Ordinal))
            {
                return lower[..^plural.Length] + singular;
            }
        }

        return null;
    }

    private bool IsPluralWord(string word)
    {
        var w = word;
        var dash = w.LastIndexOf('-');
        if (dash >= 0)
        {
            w = w[(dash + 1)..];
        }

        // "Yemenis", "Iraqis": a plural demonym, though it ends like "Paris" and "Davis"
        if (lex.Irregular.ContainsKey(w) || CompoundIrregular(w) is not null || pluralDemonyms.Contains(w))
        {
            return true;
        }

        return w.Length >= 3 && (w.EndsWith('s') || w.EndsWith('S')) && !w.EndsWith("ss", StringComparison.OrdinalIgnoreCase) &&
               !w.EndsWith("us", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("is", StringComparison.OrdinalIgnoreCase) &&
               !IsPossessive(w) && !lex.NotCountNouns.Contains(w);
    }

    internal static string Lemma(string word)
    {
        var lex = QuantityLexicon.Default;
        var lower = word.ToLowerInvariant();
        var dash = lower.LastIndexOf('-');
        var prefix = dash >= 0 ? lower[..(dash + 1)] : string.Empty;
        var w = dash >= 0 ? lower[(dash + 1)..] : lower;
        if (lex.Irregular.TryGetValue(w, out var irregular))
        {
            return prefix + irregular;
        }

        if (CompoundIrregular(w) is { } compound)
        {
            return prefix + compound;
        }

        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            return prefix + w[..^3] + "y";
        }

        if (w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("sses", StringComparison.Ordinal) ||
            w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("zzes", StringComparison.Ordinal))
        {
            return prefix + w[..^2];
        }

        if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            return prefix + w[..^1];
        }

        return prefix + w;
    }
}
