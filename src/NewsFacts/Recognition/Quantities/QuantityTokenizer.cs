using System.Globalization;

namespace NewsFacts.Recognition;

/// <summary>What a quantity token is.</summary>
internal enum QuantityTokenKind
{
    /// <summary>Digits with their thousands separators and decimal part: "1,234.5".</summary>
    Number,

    /// <summary>A run of letters (apostrophes inside allowed): "million", "bn", "doses".</summary>
    Word,

    /// <summary>Any other single character: "$", "%", "-", "/".</summary>
    Symbol,
}

/// <summary>One token of a sentence, with its place in the text.</summary>
/// <param name="Kind">Number, word or symbol.</param>
/// <param name="Start">First code unit.</param>
/// <param name="End">One past the last code unit.</param>
/// <param name="Text">The token as written.</param>
/// <param name="Value">For a number, its value; else 0.</param>
/// <param name="SpaceBefore">Whether white space separates it from the token before.</param>
internal readonly record struct QuantityToken(QuantityTokenKind Kind, int Start, int End, string Text, double Value, bool SpaceBefore)
{
    public bool IsNumber => Kind == QuantityTokenKind.Number;

    public bool IsWord => Kind == QuantityTokenKind.Word;

    public bool Is(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the number was written with a decimal point.</summary>
    public bool HasDecimal => IsNumber && Text.Contains('.', StringComparison.Ordinal);

    /// <summary>Whether the number is a plain run of digits (no separators, no decimals).</summary>
    public bool IsPlainInteger => IsNumber && Text.All(char.IsAsciiDigit);

    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]);

    public override string ToString() => $"{Kind}:{Text}";
}

/// <summary>
/// Splits a stretch of text into number, word and symbol tokens in one linear pass. Numbers keep their thousands
/// separators ("1,234,567", "40 000") and decimal part ("2.5", ".25"); a comma is a thousands separator only before
/// exactly three digits, so "22,24,26" is three numbers.
/// </summary>
internal static class QuantityTokenizer
{
    public static List<QuantityToken> Tokenize(string text, int start, int end)
    {
        var tokens = new List<QuantityToken>(TokenEstimate.Of(text, start, end));
        var pool = new StringPool();
        var i = start;
        var space = true;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < end && char.IsAsciiDigit(text[i + 1]) && (i == start || !char.IsLetterOrDigit(text[i - 1]))))
            {
                var stop = ReadNumber(text, i, end);
                tokens.Add(Number(text, i, stop, space, pool));
            }
            else if (char.IsLetter(c))
            {
                var stop = i + 1;
                while (stop < end && (char.IsLetter(text[stop]) || char.IsDigit(text[stop]) && !char.IsAsciiDigit(text[stop]) ||
                       ((text[stop] == '\'' || text[stop] == '\u2019') && stop + 1 < end && char.IsLetter(text[stop + 1]))))
                {
                    stop++;
                }

                tokens.Add(new QuantityToken(QuantityTokenKind.Word, i, stop, pool.Of(text.AsSpan(i, stop - i)), 0, space));
                i = stop;
                space = false;
                continue;
            }
            else
            {
                var stop = char.IsHighSurrogate(c) && i + 1 < end ? i + 2 : i + 1;
                tokens.Add(new QuantityToken(QuantityTokenKind.Symbol, i, stop, pool.Of(text.AsSpan(i, stop - i)), 0, space));
                i = stop;
                space = false;
                continue;
            }

            i = tokens[^1].End;
            space = false;
        }

        return tokens;
    }

    private static int ReadNumber(string text, int i, int end)
    {
        var p = i;
        while (p < end && char.IsAsciiDigit(text[p]))
        {
            p++;
        }

        var intDigits = p - i;
        var grouped = false;
        var spaceGroup = '\0';

        // Indian grouping: "1,20,000", "12,50,000", "1,00,00,000" (lakhs and crores in pairs of digits, the last group
        // of three), which no list of numbers ends with
        if (intDigits is 1 or 2 && IndianGroupsEnd(text, p, end) is var indian && indian > p)
        {
            return ReadNumberTail(text, indian, end);
        }

        // thousands groups: ",ddd" (not followed by another digit)
        while (intDigits is > 0 and <= 3 || grouped)
        {
            if (p + 4 <= end && text[p] == ',' && Digits(text, p + 1, 3, end))
            {
                p += 4;
                grouped = true;
                continue;
            }

            // "40 000", "1 234 567" with a (thin or no-break) space between groups, only from a short first group and
            // with the same space throughout
            if (p + 4 <= end && (!grouped || spaceGroup == text[p]) && (text[p] is '\u00A0' or '\u202F' or '\u2009' or ' ') && Digits(text, p + 1, 3, end) &&
                !(p + 4 < end && (text[p + 4] is ',' or '.' or '/' or ':') && p + 5 < end && char.IsAsciiDigit(text[p + 5])))
            {
                spaceGroup = text[p];
                p += 4;
                grouped = true;
                continue;
            }

            break;
        }

        // re-joined tokens with a space after the comma only: "20, 000 people" (a group of three zeros counts nothing
        // on its own, so it is the thousands; "May 20, 500 marched" stays two numbers)
        if (!grouped && intDigits is > 0 and <= 3 && p + 5 <= end && text[p] == ',' && text[p + 1] == ' ' && text.AsSpan(p + 2, 3) is "000" && (p + 5 == end || !char.IsAsciiDigit(text[p + 5])))
        {
            return p + 5;
        }

        // tokenized text (spaces around every mark): "80 , 000" and "4 . 8" from a short first group
        if (!grouped && intDigits is > 0 and <= 3 && p + 4 < end && text[p] == ' ' && text[p + 2] == ' ' && char.IsAsciiDigit(text[p + 3]))
        {
            if (text[p + 1] == ',' && Digits(text, p + 3, 3, end) && !(p + 6 < end && text[p + 6] == '.'))
            {
                return ReadNumberTail(text, p + 6, end);
            }

            if (text[p + 1] == '.' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '$'))
            {
                var q = p + 3;
                while (q < end && char.IsAsciiDigit(text[q]))
                {
                    q++;
                }

                // only before a mark, a scale or a unit word, not before the next sentence's words
                if (q == end || text[q] == ' ' && q + 1 < end && !char.IsUpper(text[q + 1]))
                {
                    return q;
                }
            }
        }

        return ReadNumberTail(text, p, end);
    }

    /// <summary>
    /// The end of the Indian groups at <paramref name="p"/>: one or more ",dd" and a closing ",ddd" not followed by a digit
    /// or another group; <paramref name="p"/> itself when there are none.
    /// </summary>
    private static int IndianGroupsEnd(string text, int p, int end)
    {
        var q = p;
        var pairs = 0;
        while (q + 3 <= end && text[q] == ',' && char.IsAsciiDigit(text[q + 1]) && char.IsAsciiDigit(text[q + 2]) && !(q + 3 < end && char.IsAsciiDigit(text[q + 3])))
        {
            q += 3;
            pairs++;
        }

        if (pairs == 0 || !(q + 4 <= end && text[q] == ',' && Digits(text, q + 1, 3, end)))
        {
            return p;
        }

        q += 4;
        return q + 1 < end && text[q] == ',' && char.IsAsciiDigit(text[q + 1]) ? p : q;
    }

    private static int ReadNumberTail(string text, int p, int end)
    {
        // decimal part
        if (p + 1 < end && text[p] == '.' && char.IsAsciiDigit(text[p + 1]))
        {
            p++;
            while (p < end && char.IsAsciiDigit(text[p]))
            {
                p++;
            }
        }

        return p;
    }

    private static bool Digits(string text, int at, int count, int end)
    {
        if (at + count > end)
        {
            return false;
        }

        for (var k = 0; k < count; k++)
        {
            if (!char.IsAsciiDigit(text[at + k]))
            {
                return false;
            }
        }

        return at + count == end || !char.IsAsciiDigit(text[at + count]);
    }

    private static QuantityToken Number(string text, int start, int stop, bool space, StringPool pool)
    {
        var raw = text.AsSpan(start, stop - start);
        Span<char> digits = raw.Length <= 128 ? stackalloc char[raw.Length] : new char[raw.Length];
        var n = 0;
        foreach (var ch in raw)
        {
            if (char.IsAsciiDigit(ch) || ch == '.')
            {
                digits[n++] = ch;
            }
        }

        var value = double.TryParse(digits[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : 0;
        return new QuantityToken(QuantityTokenKind.Number, start, stop, pool.Of(raw), value, space);
    }
}
