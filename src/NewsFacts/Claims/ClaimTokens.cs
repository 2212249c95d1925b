namespace NewsFacts.Claims;

/// <summary>A word or punctuation mark of the text.</summary>
/// <param name="Start">First code unit.</param>
/// <param name="End">One past the last code unit.</param>
/// <param name="Text">The token as written.</param>
/// <param name="Lower">The token in lower case (the same string as <paramref name="Text"/> when that is lower case already).</param>
internal readonly record struct ClaimToken(int Start, int End, string Text, string Lower)
{

    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public TextSpan Span => new(Start, End);
}

/// <summary>A named thing in the text that can act, receive or be the item of a claim.</summary>
/// <param name="Span">Where it is written.</param>
/// <param name="Canonical">ISO code for a country, else the canonical name.</param>
/// <param name="Kind">Country, company, product, programme or organization.</param>
internal sealed record ClaimEntity(TextSpan Span, string Canonical, EntityKind Kind);

/// <summary>Splits text into tokens for the claim builder: words (with "U.S.", "530,000", "didn't" whole; "'s" apart) and marks.</summary>
internal static class ClaimTokenizer
{
    public static List<ClaimToken> Tokenize(string text)
    {
        var tokens = new List<ClaimToken>(TokenEstimate.Of(text));
        // Each distinct word is one string, its lower case found once: a long article repeats its words, and the
        // builder asks for a token's lower case many times per claim.
        var words = new Dictionary<string, (string Text, string Lower)>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        ClaimToken Token(int start, int end)
        {
            var span = text.AsSpan(start, end - start);
            if (!words.TryGetValue(span, out var word))
            {
                var written = span.ToString();
                var lower = written.ToLowerInvariant();
                word = (written, lower);
                words[span] = word;
            }

            return new ClaimToken(start, end, word.Text, word.Lower);
        }

        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                var len = c == '-' && i + 1 < text.Length && text[i + 1] == '-' ? 2 : 1;
                tokens.Add(Token(i, i + len));
                i += len;
                continue;
            }

            var start = i;
            while (i < text.Length)
            {
                var ch = text[i];
                if (char.IsLetterOrDigit(ch))
                {
                    i++;
                    continue;
                }

                var nextIsWord = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
                if (ch is '-' or '&' && nextIsWord)
                {
                    i++;
                    continue;
                }

                if (ch is ',' or '.' && nextIsWord && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))
                {
                    i++; // 530,000 and 2.5
                    continue;
                }

                if (ch == '.' && IsInitialism(text, start, i))
                {
                    i++; // U.S. and U.K.
                    continue;
                }

                if (ch is '\'' or '\u2019' && nextIsWord)
                {
                    // keep "didn't" whole; split the possessive "'s"
                    if (char.ToLowerInvariant(text[i + 1]) == 's' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))
                    {
                        break;
                    }

                    i++;
                    continue;
                }

                break;
            }

            tokens.Add(Token(start, i));
            if (i + 1 < text.Length && text[i] is '\'' or '\u2019' && char.ToLowerInvariant(text[i + 1]) == 's' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))
            {
                tokens.Add(Token(i, i + 2));
                i += 2;
            }
        }

        return tokens;
    }

    /// <summary>Whether the dot at <paramref name="dot"/> belongs to an initialism of single capitals ("U.S.").</summary>
    private static bool IsInitialism(string text, int start, int dot)
    {
        var run = text.AsSpan(start, dot - start);
        for (var k = 0; k < run.Length; k++)
        {
            var expectLetter = k % 2 == 0;
            if (expectLetter ? !char.IsUpper(run[k]) : run[k] != '.')
            {
                return false;
            }
        }

        return run.Length % 2 == 1 && (dot + 1 >= text.Length || !char.IsLower(text[dot + 1]));
    }
}
