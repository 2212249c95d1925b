namespace NewsFacts.Recognition;

/// <summary>What a date token is made of.</summary>
internal enum DateTokenKind
{
    /// <summary>A run of letters.</summary>
    Word,
    /// <summary>A run of ASCII digits.</summary>
    Number,
    /// <summary>Any other single character that is not white space.</summary>
    Symbol,
}

/// <summary>A token of the date scanner: a run of letters, a run of digits, or one other character.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Kind">Word, number or symbol.</param>
/// <param name="Lower">The token in lower case.</param>
/// <param name="SpaceBefore">Whether white space separates this token from the previous one.</param>
/// <param name="NewlineBefore">Whether a line break separates this token from the previous one.</param>
internal readonly record struct DateToken(int Start, int End, DateTokenKind Kind, string Lower, bool SpaceBefore, bool NewlineBefore)
{
    public bool IsWord => Kind == DateTokenKind.Word;

    public bool IsNumber => Kind == DateTokenKind.Number;

    public int Length => End - Start;

    /// <summary>The number a digit token stands for (saturating at int.MaxValue), else -1.</summary>
    public int Number
    {
        get
        {
            if (Kind != DateTokenKind.Number || Lower.Length > 9)
            {
                return Kind == DateTokenKind.Number ? int.MaxValue : -1;
            }

            var n = 0;
            foreach (var c in Lower)
            {
                n = (n * 10) + (c - '0');
            }

            return n;
        }
    }

    public bool Is(string lower) => string.Equals(Lower, lower, StringComparison.Ordinal);

    public bool IsSymbol(char c) => Kind == DateTokenKind.Symbol && Lower.Length == 1 && Lower[0] == c;
}

/// <summary>Splits text into date tokens in one linear pass.</summary>
internal static class DateTokenizer
{
    /// <summary>The most tokens scanned in one text; longer texts are scanned in full but in windows by the caller.</summary>
    public static List<DateToken> Tokenize(string text)
    {
        var tokens = new List<DateToken>(TokenEstimate.Of(text));
        // Each distinct token's lower case is made once: a long text repeats its words.
        var lowers = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        var space = true;
        var newline = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                newline |= c is '\n' or '\r' or '\u2028' or '\u2029';
                i++;
                continue;
            }

            var start = i;
            DateTokenKind kind;
            if (char.IsAsciiDigit(c))
            {
                kind = DateTokenKind.Number;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }
            else if (char.IsLetter(c))
            {
                kind = DateTokenKind.Word;
                while (i < text.Length && (char.IsLetter(text[i]) || char.IsSurrogate(text[i])))
                {
                    i++;
                }
            }
            else
            {
                kind = DateTokenKind.Symbol;
                i += char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            }

            var written = text.AsSpan(start, i - start);
            if (!lowers.TryGetValue(written, out var lower))
            {
                lower = written.ToString().ToLowerInvariant();
                lowers[written] = lower;
            }

            if (kind == DateTokenKind.Symbol)
            {
                lower = lower switch
                {
                    "\u2019" or "\u2018" or "`" => "'",
                    "\u2013" or "\u2014" or "\u2012" or "\u2010" or "\u2011" or "\u2212" => "-",
                    _ => lower,
                };
            }

            tokens.Add(new DateToken(start, i, kind, lower, space, newline));
            space = false;
            newline = false;
        }

        return tokens;
    }
}
