using System.Globalization;

namespace NewsFacts.Recognition;

/// <summary>A number read from tokens: its value and the tokens it covers.</summary>
/// <param name="Value">The value, fully scaled.</param>
/// <param name="First">Index of its first token.</param>
/// <param name="Next">Index of the first token after it.</param>
/// <param name="HasScale">Whether a scale word multiplied it ("2.5 million", "$4bn").</param>
/// <param name="IsWords">Whether it opens with a word ("twenty-two", "a dozen"), not digits.</param>
/// <param name="IsVague">A plural scale standing for "at least" ("millions of", "tens of thousands").</param>
/// <param name="IsFraction">A fraction ("two-thirds", "1/2").</param>
internal readonly record struct NumberRead(double Value, int First, int Next, bool HasScale, bool IsWords, bool IsVague, bool IsFraction)
{
    /// <summary>The scale a bare first member of a range takes from the second ("3 to 4 million").</summary>
    public double Scale { get; init; } = 1;

    /// <summary>A number that is only about right: "a couple of days" is about 2.</summary>
    public bool IsApproximate { get; init; }

    /// <summary>A share of one unit ("half a mile"): a quantity only when a unit follows it.</summary>
    public bool WantsUnit { get; init; }
}

/// <summary>
/// Reads one number at a token: digits with separators and decimals, fractions ("1/2", "10 1/2", "½"), scale words
/// and abbreviations ("2.5 million", "4bn", "10k"), number words ("one hundred and five", "twenty-two"), "a dozen",
/// "half a million", and vague plurals ("tens of millions", "millions of"). One left-to-right pass over the tokens.
/// </summary>
internal static class NumberReader
{
    private enum Last { None, Digit, Unit, Ten, Hundred, Scale, And }

    private static readonly Dictionary<string, double> VulgarFractions = new(StringComparer.Ordinal)
    {
        ["½"] = 0.5,
        ["¼"] = 0.25,
        ["¾"] = 0.75,
        ["⅓"] = 1.0 / 3,
        ["⅔"] = 2.0 / 3,
        ["⅕"] = 0.2,
        ["⅖"] = 0.4,
        ["⅗"] = 0.6,
        ["⅘"] = 0.8,
        ["⅙"] = 1.0 / 6,
        ["⅚"] = 5.0 / 6,
        ["⅛"] = 0.125,
        ["⅜"] = 0.375,
        ["⅝"] = 0.625,
        ["⅞"] = 0.875,
    };

    /// <summary>
    /// Whether a fraction is written with this denominator after a slash: thirds, fifths, sixths, the binary parts of
    /// inches and ounces (halves to 1024ths) and the decimal ones (tenths to millionths); not 7 nor 11 ("24/7", "9/11").
    /// </summary>
    private static bool IsDenominator(double den) => den is 3 or 5 or 6 || IsPowerOf(den, 2, 1024) || IsPowerOf(den, 10, 1e6);

    private static bool IsPowerOf(double value, double radix, double max)
    {
        for (var p = radix; p <= max; p *= radix)
        {
            if (value == p)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> VaguePlurals = new(StringComparer.OrdinalIgnoreCase) { "dozens", "hundreds", "thousands", "millions", "billions", "trillions", "tens" };

    /// <summary>Whether a word is a plural scale that makes a vague count ("tens", "hundreds", "millions" of).</summary>
    public static bool IsVaguePlural(string word) => VaguePlurals.Contains(word);

    public static NumberRead? Read(IReadOnlyList<QuantityToken> t, int i, bool money) => Read(t, i, money, 0);

    private static NumberRead? Read(IReadOnlyList<QuantityToken> t, int i, bool money, int depth)
    {
        if (i >= t.Count)
        {
            return null;
        }

        var lex = QuantityLexicon.Default;
        var first = t[i];

        if (first.IsWord && VaguePlurals.Contains(first.Text))
        {
            return ReadVague(t, i);
        }

        if (first.Kind == QuantityTokenKind.Symbol && VulgarFractions.TryGetValue(first.Text, out var vf))
        {
            return new NumberRead(vf, i, i + 1, false, false, false, true);
        }

        // "three twenty-firsts", "one hundred thirty fifths", "a twenty-first": a denominator of more than one word
        if (first.IsWord && ReadSpelledFraction(t, i) is { } spelled)
        {
            return spelled;
        }

        var j = i;
        var isWords = first.IsWord;
        double total = 0, current = 0, lastScale = 0;
        var last = Last.None;
        var hasScale = false;
        var isFraction = false;

        // "a dozen", "a million", "a hundred", "an estimated" is a bound, not a number
        if (first.IsWord && (first.Is("a") || first.Is("an")))
        {
            if (i + 1 >= t.Count)
            {
                return null;
            }

            var next = t[i + 1];

            // "a couple of days" (about 2), "a couple of hundred" (about 200)
            if (next.Is("couple") && i + 2 < t.Count && t[i + 2].Is("of"))
            {
                if (i + 3 < t.Count && IsScaleWord(t[i + 3]))
                {
                    var scale = ScaleOf(t[i + 3]);
                    return new NumberRead(2 * scale, i, i + 4, true, true, false, false) { Scale = scale, IsApproximate = true };
                }

                return new NumberRead(2, i, i + 2, false, true, false, false) { IsApproximate = true };
            }

            if (next.Is("hundred") || next.Is("thousand") || next.Is("million") || next.Is("billion") || next.Is("trillion") || next.Is("dozen"))
            {
                current = 1;
                last = Last.Digit;
                j = i + 1;
            }
            else if (lex.FractionSingular.TryGetValue(next.Text, out var den) && !next.Is("second") && (i + 2 < t.Count && (t[i + 2].Is("of") || IsScaleWord(t[i + 2])) ||
                     (next.Is("half") || den > 4) && (i + 2 >= t.Count || !t[i + 2].IsWord && t[i + 2].Text != "-")))
            {
                // "a third of", "a quarter million"
                current = 1 / den;
                isFraction = true;
                last = Last.Digit;
                j = i + 2;
            }
            else
            {
                return null;
            }
        }
        else if (first.Is("half") || first.Is("quarter"))
        {
            // "half a million", "half a dozen", "quarter million"
            var frac = first.Is("half") ? 0.5 : 0.25;
            var k = i + 1;
            if (k < t.Count && (t[k].Is("a") || t[k].Is("an")))
            {
                k++;
            }

            if (k < t.Count && IsScaleWord(t[k]) && !t[k].Is("hundred"))
            {
                var scale = ScaleOf(t[k]);
                return new NumberRead(frac * scale, i, k + 1, true, true, false, false) { Scale = scale };
            }

            // "half of the voters"
            if (first.Is("half") && i + 1 < t.Count && t[i + 1].Is("of"))
            {
                return new NumberRead(0.5, i, i + 1, false, true, false, true);
            }

            // "half a mile", "half an hour", "half a percentage point": half of one unit (the reader of units decides)
            if (first.Is("half") && k == i + 2 && k < t.Count && t[k].IsWord)
            {
                return new NumberRead(0.5, i, k, false, true, false, true) { WantsUnit = true };
            }

            return null;
        }

        while (j < t.Count)
        {
            var tok = t[j];
            if (tok.IsNumber)
            {
                if (last is not (Last.None or Last.Scale or Last.And))
                {
                    break;
                }

                if (last != Last.None && (tok.HasDecimal || (last == Last.Scale && tok.Value >= lastScale)))
                {
                    break;
                }

                current = last == Last.And ? current + tok.Value : tok.Value;
                last = Last.Digit;
                j++;

                // "1.1^23", "2.5^-1"
                if (PowerAt(t, j) is { } power)
                {
                    current = Math.Pow(current, power.Exponent);
                    j = power.Next;
                    break;
                }

                // fractions: "1/2", "10 1/2"
                if (j < t.Count && t[j].Text is "/" or "\u2044" && FractionAt(t, j, out var fracValue, out var after))
                {
                    current = fracValue;
                    isFraction = true;
                    j = after;
                }
                else if (j < t.Count && t[j].IsNumber && t[j].SpaceBefore && !tok.HasDecimal && FractionAt(t, j, out var part, out var after3) && part < 1)
                {
                    current += part;
                    isFraction = true;
                    j = after3;
                }
                else if (j < t.Count && t[j].Kind == QuantityTokenKind.Symbol && VulgarFractions.TryGetValue(t[j].Text, out var vulgar) && !tok.HasDecimal)
                {
                    current += vulgar;
                    j++;
                }
                else if ((ScientificAt(t, j) ?? ENotationAt(t, j)) is { } sci)
                {
                    current *= Math.Pow(10, sci.Exponent);
                    j = sci.Next;
                }

                continue;
            }

            if (!tok.IsWord)
            {
                // "twenty-two", "two-thirds": a hyphen inside a number word
                if ((tok.Text is "-" or "\u2010") && j + 1 < t.Count && t[j + 1].IsWord && (!tok.SpaceBefore && !t[j + 1].SpaceBefore || lex.FractionPlural.ContainsKey(t[j + 1].Text) || lex.FractionSingular.ContainsKey(t[j + 1].Text) ||
                    last == Last.Ten && tok.SpaceBefore && t[j + 1].SpaceBefore && lex.NumberWords.TryGetValue(t[j + 1].Text, out var spaced) && spaced.Kind == NumberWordKind.Unit && spaced.Value is > 0 and < 10) &&
                    last is Last.Ten or Last.Unit && (lex.NumberWords.TryGetValue(t[j + 1].Text, out var nw) && nw.Kind == NumberWordKind.Unit && last == Last.Ten ||
                    lex.FractionPlural.ContainsKey(t[j + 1].Text) || lex.FractionSingular.ContainsKey(t[j + 1].Text) && current == 1))
                {
                    j++;
                    continue;
                }

                // "$5.2-billion", "a 2.5-million-tonne cargo", "Rs 5-crore": a scale word hyphenated to the number, as
                // Canadian and Indian papers write it
                if (tok.Text is "-" or "\u2010" && !tok.SpaceBefore && last is Last.Digit or Last.Unit or Last.Ten && total == 0 && j + 1 < t.Count && !t[j + 1].SpaceBefore &&
                    lex.NumberWords.TryGetValue(t[j + 1].Text, out var hyphenated) && hyphenated.Kind == NumberWordKind.Scale)
                {
                    j++;
                    continue;
                }

                break;
            }

            if (lex.NumberWords.TryGetValue(tok.Text, out var word))
            {
                if (word.Kind == NumberWordKind.Unit)
                {
                    if (last is Last.Digit or Last.Unit || (last == Last.Ten && word.Value >= 10) || (last == Last.Hundred && current % 100 != 0))
                    {
                        break;
                    }

                    current += word.Value;
                    last = Last.Unit;
                    j++;
                    continue;
                }

                if (word.Kind == NumberWordKind.Ten)
                {
                    if (last is Last.Digit or Last.Unit or Last.Ten)
                    {
                        break;
                    }

                    current += word.Value;
                    last = Last.Ten;
                    j++;
                    continue;
                }
            }

            if (lex.TryScale(tok, out var scaleValue, out var moneyOnly))
            {
                if (last is Last.None or Last.And)
                {
                    break;
                }

                if (moneyOnly && !money && !PluralNounFollows(t, j + 1))
                {
                    break;
                }

                // an abbreviation ("bn", "k") follows digits, written close
                var abbreviation = !lex.NumberWords.ContainsKey(tok.Text) && scaleValue != 12 && !tok.Text.EndsWith('s');
                if (abbreviation && last != Last.Digit)
                {
                    break;
                }

                if (scaleValue == 100)
                {
                    if (last == Last.Hundred || last == Last.Scale && current == 0)
                    {
                        break;
                    }

                    current = (current == 0 ? 1 : current) * 100;
                    last = Last.Hundred;
                    hasScale = true;
                    j++;
                    continue;
                }

                if (current == 0 && total > 0 && scaleValue > lastScale && last == Last.Scale)
                {
                    total *= scaleValue;
                }
                else if (current == 0)
                {
                    break;
                }
                else
                {
                    if (lastScale > 0 && scaleValue >= lastScale && total > 0)
                    {
                        break;
                    }

                    total += current * scaleValue;
                    current = 0;
                }

                lastScale = scaleValue;
                hasScale = true;
                last = Last.Scale;
                j++;
                continue;
            }

            if (tok.Is("and") && last is Last.Hundred or Last.Scale or Last.Digit or Last.Unit or Last.Ten && j + 1 < t.Count)
            {
                // "one and a half", "3 million and a half"
                if (j + 2 < t.Count && (t[j + 1].Is("a") || t[j + 1].Is("an")) && lex.FractionSingular.TryGetValue(t[j + 2].Text, out var den))
                {
                    // "one billion and a half million": the half of a smaller scale
                    if (last == Last.Scale && j + 3 < t.Count && IsScaleWord(t[j + 3]) && ScaleOf(t[j + 3]) is var smaller && smaller < lastScale && smaller >= 1000)
                    {
                        total += smaller / den;
                        j += 4;
                        isFraction = true;
                        last = Last.Digit;
                        break;
                    }

                    if (last == Last.Scale)
                    {
                        total += lastScale / den;
                    }
                    else
                    {
                        current += 1 / den;
                    }

                    j += 3;
                    isFraction = true;
                    last = Last.Digit;
                    continue;
                }

                // "twenty and three fifths", "one hundred and three and two thirds", "five billion and three quarters"
                if (depth < 2 && (t[j + 1].IsNumber || lex.NumberWords.ContainsKey(t[j + 1].Text)) && Read(t, j + 1, money, depth + 1) is { IsFraction: true } part && part.Value < 1)
                {
                    if (last == Last.Scale)
                    {
                        total += part.Value * lastScale;
                    }
                    else
                    {
                        current += part.Value;
                    }

                    j = part.Next;
                    isFraction = true;
                    break;
                }

                // "one billion and three quarters million": a fraction of a smaller scale
                if (last == Last.Scale && depth < 2 && lex.NumberWords.ContainsKey(t[j + 1].Text) && Read(t, j + 1, money, depth + 1) is { HasScale: true, IsFraction: false } scaledPart &&
                    scaledPart.Value < lastScale && HasFractionWord(t, j + 1, scaledPart.Next))
                {
                    total += scaledPart.Value;
                    j = scaledPart.Next;
                    break;
                }

                // "one hundred and five", "4 thousand 3 hundred and 21"
                if (last is Last.Hundred or Last.Scale && (t[j + 1].IsNumber && !t[j + 1].HasDecimal || lex.NumberWords.TryGetValue(t[j + 1].Text, out var nextWord) && nextWord.Kind is NumberWordKind.Unit or NumberWordKind.Ten))
                {
                    last = Last.And;
                    j++;
                    continue;
                }

                break;
            }

            // "two thirds", "three-quarters", "one third", "five hundred fifths"
            if (last is Last.Unit or Last.Ten or Last.Digit or Last.Hundred && current > 0 && total == 0)
            {
                if (lex.FractionPlural.TryGetValue(tok.Text, out var denPlural) && current > 1 && !tok.Is("seconds"))
                {
                    current /= denPlural;
                    isFraction = true;
                    j++;

                    // "three quarters billion"
                    if (j < t.Count && IsScaleWord(t[j]) && !t[j].Is("hundred") && !t[j].Is("dozen"))
                    {
                        current *= ScaleOf(t[j]);
                        hasScale = true;
                        isFraction = false;
                        j++;
                    }

                    break;
                }

                if (lex.FractionSingular.TryGetValue(tok.Text, out var denSingular) && current == 1 && !tok.Is("second") && (isWords || !tok.SpaceBefore) &&
                    !(i > 0 && IsDeterminer(t[i - 1]) && j + 1 < t.Count && t[j + 1].IsWord && !t[j + 1].Is("of")))
                {
                    current /= denSingular;
                    isFraction = true;
                    j++;
                    break;
                }
            }

            if (tok.Is("point") && last is Last.Unit or Last.Ten or Last.Digit or Last.Hundred or Last.Scale && j + 1 < t.Count && isWords)
            {
                var (fraction, after) = ReadDecimalWords(t, j + 1);
                if (after > j + 1)
                {
                    current += fraction;
                    j = after;
                }

                break;
            }

            break;
        }

        if (last == Last.None || j == i || last == Last.And)
        {
            if (last == Last.And)
            {
                j--;
            }

            if (j == i)
            {
                return null;
            }
        }

        var value = total + current;

        // "a quarter of a million", "three-quarters of a billion": a fraction of one scale word is that share of it
        if (isFraction && !hasScale && value < 1 && j + 2 < t.Count && t[j].Is("of") && (t[j + 1].Is("a") || t[j + 1].Is("an")) && IsScaleWord(t[j + 2]) && !t[j + 2].Is("hundred") && !t[j + 2].Is("dozen"))
        {
            var scale = ScaleOf(t[j + 2]);
            return new NumberRead(value * scale, i, j + 3, true, isWords, false, false) { Scale = scale };
        }

        return new NumberRead(value, i, j, hasScale, isWords, false, isFraction) { Scale = hasScale && total > 0 ? lastScale : 1 };
    }

    /// <summary>
    /// A fraction whose denominator is an ordinal of more than one word, or one beyond the simple fraction words:
    /// "three twenty-firsts" (3/21), "twenty twenty fifths" (20/25), "one hundred thirty fifths" (100/35), "a twenty-first",
    /// "two trillionths". The denominator is the longest ordinal phrase that ends the run, leaves a whole number before
    /// it and does not split a hyphenated word. A singular ordinal takes "a", "an" or "one" and must end the phrase
    /// ("a twenty-first of", "a hundred-and-fifth." — not "a twenty-first century"). Denominators a single simple
    /// fraction word can say ("two thirds") are left to the main reader.
    /// </summary>
    private static NumberRead? ReadSpelledFraction(IReadOnlyList<QuantityToken> t, int i)
    {
        var lex = QuantityLexicon.Default;
        var startsWithArticle = t[i].Is("a") || t[i].Is("an");
        if (!startsWithArticle && !lex.NumberWords.ContainsKey(t[i].Text))
        {
            return null;
        }

        // the run of number words, scale words and hyphens up to the first ordinal word
        var o = -1;
        for (var p = i + (startsWithArticle ? 1 : 0); p < t.Count && p < i + 14; p++)
        {
            var tok = t[p];
            if (tok.IsWord && (lex.OrdinalSingular.ContainsKey(tok.Text) || lex.OrdinalPlural.ContainsKey(tok.Text)))
            {
                o = p;
                break;
            }

            if (tok.IsWord && lex.NumberWords.ContainsKey(tok.Text) || tok.Text is "-" or "\u2010" && p > i)
            {
                continue;
            }

            return null;
        }

        if (o < 0 || o == i || o + 1 < t.Count && t[o + 1].Text is "-" or "\u2010" && !t[o + 1].SpaceBefore)
        {
            return null;
        }

        var plural = lex.OrdinalPlural.ContainsKey(t[o].Text);
        for (var k = i + 1; k <= o; k++)
        {
            if (t[k].Text is "-" or "\u2010" || t[k - 1].Text is "-" or "\u2010")
            {
                continue;
            }

            if (OrdinalPhrase(t, k, o) is not { } den || den < 3)
            {
                continue;
            }

            if (k == o && (plural ? lex.FractionPlural.ContainsKey(t[o].Text) : lex.FractionSingular.ContainsKey(t[o].Text)))
            {
                return null;
            }

            double numerator;
            if (startsWithArticle && k == i + 1)
            {
                numerator = 1;
            }
            else if (Read(new Prefix(t, k), i, false, 2) is { IsFraction: false, IsVague: false } whole && whole.Next == k && whole.Value > 0)
            {
                numerator = whole.Value;
            }
            else
            {
                continue;
            }

            // a singular ordinal is a fraction only as "a/one ... fifth" closing the phrase
            if (!plural && (numerator != 1 || i > 0 && IsDeterminer(t[i - 1]) ||
                            o + 1 < t.Count && t[o + 1].IsWord && !t[o + 1].Is("of") && !IsScaleWord(t[o + 1])))
            {
                return null;
            }

            return new NumberRead(numerator / den, i, o + 1, false, true, false, true);
        }

        return null;
    }

    /// <summary>The value of the ordinal phrase t[k..o] ("thirty fifth" = 35, "one hundred fifth" = 105, "twenty-first" = 21), or null.</summary>
    private static double? OrdinalPhrase(IReadOnlyList<QuantityToken> t, int k, int o)
    {
        var lex = QuantityLexicon.Default;
        var ordinal = lex.OrdinalSingular.TryGetValue(t[o].Text, out var s) ? s : lex.OrdinalPlural[t[o].Text];
        var prefixEnd = o;
        if (prefixEnd > k && t[prefixEnd - 1].Text is "-" or "\u2010")
        {
            prefixEnd--;
        }

        if (prefixEnd == k)
        {
            return ordinal;
        }

        if (Read(new Prefix(t, prefixEnd), k, false, 2) is not { IsFraction: false, IsVague: false } prefix || prefix.Next != prefixEnd || prefix.Value <= 0)
        {
            return null;
        }

        if (ordinal >= 100)
        {
            // "one hundred thousandth", "two millionth"
            return prefix.Value * ordinal;
        }

        // "thirty fifth" (30 + 5), "one hundred twentieth" (100 + 20); not "thirty-three fifth"
        var step = ordinal < 10 ? 10 : 100;
        return prefix.Value % step == 0 ? prefix.Value + ordinal : null;
    }

    private static bool HasFractionWord(IReadOnlyList<QuantityToken> t, int from, int to)
    {
        for (var p = from; p < to; p++)
        {
            if (QuantityLexicon.Default.FractionPlural.ContainsKey(t[p].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A definite or possessive determiner ("the", "its", "this"): an ordinal follows it, not a fraction.</summary>
    public static bool IsDeterminer(QuantityToken token) =>
        token.IsWord && (token.Is("the") || token.Is("his") || token.Is("her") || token.Is("its") || token.Is("their") || token.Is("our") || token.Is("my") || token.Is("your") ||
                         token.Is("this") || token.Is("that"));

    /// <summary>The first <c>count</c> tokens of a list, so a reading cannot run past a given token.</summary>
    private sealed class Prefix(IReadOnlyList<QuantityToken> inner, int count) : IReadOnlyList<QuantityToken>
    {
        public int Count => count;

        public QuantityToken this[int index] => index < count ? inner[index] : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<QuantityToken> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return inner[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    public static bool IsScaleWord(QuantityToken token) =>
        token.IsWord && (token.Is("hundred") || token.Is("thousand") || token.Is("million") || token.Is("billion") || token.Is("trillion") || token.Is("dozen") ||
                         token.Is("bn") || token.Is("mn") || token.Is("tn"));

    private static double ScaleOf(QuantityToken token) =>
        QuantityLexicon.Default.TryScale(token, out var s, out _) ? s : 1;

    private static NumberRead? ReadVague(IReadOnlyList<QuantityToken> t, int i)
    {
        // "tens of millions", "hundreds of thousands", "dozens of", "millions of"
        var lex = QuantityLexicon.Default;
        var baseValue = ScaleOf(t[i]);
        if (t[i].Is("tens"))
        {
            baseValue = 10;
        }

        if (i + 2 < t.Count && t[i + 1].Is("of") && t[i + 2].IsWord && VaguePlurals.Contains(t[i + 2].Text) && !t[i + 2].Is("tens") && !t[i + 2].Is("dozens"))
        {
            var scale = ScaleOf(t[i + 2]);
            return new NumberRead(baseValue * scale, i, i + 3, true, true, true, false);
        }

        if (t[i].Is("tens"))
        {
            return null;
        }

        // "millions of people", "thousands more", "hundreds were": a plural scale alone
        if (i + 1 < t.Count && (t[i + 1].Is("of") || t[i + 1].Is("more") || t[i + 1].Is("upon")))
        {
            _ = lex;
            return new NumberRead(baseValue, i, i + 1, true, true, true, false);
        }

        return null;
    }

    /// <summary>"^23", "^-1" right after a number: a power.</summary>
    private static (int Exponent, int Next)? PowerAt(IReadOnlyList<QuantityToken> t, int j)
    {
        if (j >= t.Count || t[j].Text != "^" || t[j].SpaceBefore)
        {
            return null;
        }

        var p = j + 1;
        var sign = 1;
        while (p < t.Count && t[p].Text is "-" or "+" or "\u2212" && !t[p].SpaceBefore)
        {
            sign = t[p].Text == "+" ? sign : -sign;
            p++;
        }

        return p < t.Count && t[p].IsPlainInteger && !t[p].SpaceBefore && t[p].Text.Length <= 3 ? (sign * (int)t[p].Value, p + 1) : null;
    }

    /// <summary>"e+14", "E-3", "e23" written close after a number: a power of ten.</summary>
    private static (int Exponent, int Next)? ENotationAt(IReadOnlyList<QuantityToken> t, int j)
    {
        if (j + 1 >= t.Count || !(t[j].Text is "e" or "E") || t[j].SpaceBefore)
        {
            return null;
        }

        var p = j + 1;
        var sign = 1;
        if (t[p].Text is "+" or "-" or "\u2212" && !t[p].SpaceBefore)
        {
            sign = t[p].Text == "+" ? 1 : -1;
            p++;
        }

        return p < t.Count && t[p].IsPlainInteger && !t[p].SpaceBefore && t[p].Text.Length <= 3 &&
               (p + 1 >= t.Count || t[p + 1].SpaceBefore || !(t[p + 1].IsWord || t[p + 1].IsNumber))
            ? (sign * (int)t[p].Value, p + 1)
            : null;
    }

    /// <summary>"×10^6", "x10^-4", "×10−30", "×10⁶" right after a number.</summary>
    private static (int Exponent, int Next)? ScientificAt(IReadOnlyList<QuantityToken> t, int j)
    {
        if (j + 1 >= t.Count || !(t[j].Text is "×" or "x" or "X" or "*") || t[j + 1].Text != "10" || !t[j + 1].IsNumber)
        {
            return null;
        }

        var p = j + 2;
        if (p < t.Count && t[p].Text == "^" && !t[p].SpaceBefore)
        {
            p++;
        }

        var sign = 1;
        while (p < t.Count && t[p].Text is "-" or "\u2212" or "+" or "\u207B" && !t[p].SpaceBefore)
        {
            sign = t[p].Text is "+" ? sign : -sign;
            p++;
        }

        if (p < t.Count && t[p].IsPlainInteger && !t[p].SpaceBefore && t[p].Text.Length <= 3)
        {
            return (sign * (int)t[p].Value, p + 1);
        }

        // superscript digits
        var digits = 0;
        var any = false;
        while (p < t.Count && !t[p].SpaceBefore && "⁰¹²³⁴⁵⁶⁷⁸⁹".IndexOf(t[p].Text, StringComparison.Ordinal) is var d && d >= 0 && t[p].Text.Length == 1)
        {
            digits = digits * 10 + d;
            any = true;
            p++;
        }

        return any ? (sign * digits, p) : null;
    }

    private static bool FractionAt(IReadOnlyList<QuantityToken> t, int j, out double value, out int after)
    {
        // at t[j]: "/" NUMBER right after a number, e.g. "1/2" read from the "/"; or NUMBER "/" NUMBER starting at j
        value = 0;
        after = j;
        if (j < t.Count && t[j].Text is "/" or "\u2044" && j >= 1 && t[j - 1].IsNumber && j + 1 < t.Count && t[j + 1].IsNumber)
        {
            var num = t[j - 1];
            var den = t[j + 1];
            // a fraction is proper and has a denominator fractions are written with: "24/7", "9/11", "50/50" are not
            if (num.HasDecimal || den.HasDecimal || den.Value == 0 || num.Value >= den.Value || !IsDenominator(den.Value) || t[j].SpaceBefore || t[j + 1].SpaceBefore ||
                (j + 2 < t.Count && (t[j + 2].Text is "/" or "-") && !t[j + 2].SpaceBefore))
            {
                return false;
            }

            value = num.Value / den.Value;
            after = j + 2;
            return true;
        }

        if (j + 2 < t.Count && t[j].IsNumber && t[j + 1].Text is "/" or "\u2044" && t[j + 2].IsNumber)
        {
            if (FractionAt(t, j + 1, out value, out after))
            {
                return true;
            }
        }

        return false;
    }

    private static (double Fraction, int After) ReadDecimalWords(IReadOnlyList<QuantityToken> t, int j)
    {
        var digits = new System.Text.StringBuilder();
        var lex = QuantityLexicon.Default;
        while (j < t.Count && lex.NumberWords.TryGetValue(t[j].Text, out var w))
        {
            if (w.Kind == NumberWordKind.Unit && w.Value < 10)
            {
                digits.Append((int)w.Value);
                j++;
            }
            else if (w.Kind == NumberWordKind.Ten)
            {
                var v = (int)w.Value;
                j++;
                if (j + 1 < t.Count && t[j].Text == "-" && lex.NumberWords.TryGetValue(t[j + 1].Text, out var u) && u.Kind == NumberWordKind.Unit && u.Value < 10)
                {
                    v += (int)u.Value;
                    j += 2;
                }

                digits.Append(v);
            }
            else
            {
                break;
            }
        }

        return digits.Length == 0 ? (0, j) : (double.Parse("0." + digits, CultureInfo.InvariantCulture), j);
    }

    private static bool PluralNounFollows(IReadOnlyList<QuantityToken> t, int j)
    {
        if (j >= t.Count || !t[j].IsWord)
        {
            return false;
        }

        var w = t[j].Text;
        return w.Length > 3 && char.IsLower(w[0]) && w.EndsWith('s') && !QuantityLexicon.Default.NotCountNouns.Contains(w);
    }
}
