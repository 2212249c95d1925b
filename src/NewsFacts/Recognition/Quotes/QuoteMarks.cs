namespace NewsFacts.Recognition;

/// <summary>A quoted stretch found by <see cref="QuoteMarks"/>: the marks and the words between them.</summary>
/// <param name="Open">Offset of the opening mark.</param>
/// <param name="Close">Offset of the closing mark, or the paragraph end when the quote is not closed in its paragraph.</param>
/// <param name="Inner">The quoted words, white space trimmed.</param>
/// <param name="Paragraph">The index of the paragraph.</param>
/// <param name="Closed">Whether a closing mark ends the quote in this paragraph.</param>
/// <param name="Continues">Whether this quote continues an unclosed quote of the previous paragraph (multi-paragraph quote).</param>
internal sealed record QuotedStretch(int Open, int Close, TextSpan Inner, int Paragraph, bool Closed, bool Continues)
{
    /// <summary>The offset just past the closing mark (or the paragraph end).</summary>
    public int After { get; init; }
}

/// <summary>
/// Pairs quote marks paragraph by paragraph in one linear pass. Whether a mark opens or closes is read from its
/// neighbours (a space before and a letter after opens; a letter before and a space or punctuation after closes),
/// so straight marks and mistyped curly marks (<c>“word“</c>) pair as a reader would pair them. Marks: <c>" “ ” „ « »</c>
/// and the doubled apostrophe <c>''</c> some archives use. A quote still open at the end of its paragraph runs to the
/// paragraph end; when the next paragraph opens with a mark, that paragraph continues the same quotation.
/// </summary>
internal static class QuoteMarks
{
    /// <summary>Whether <paramref name="c"/> is a double quote mark.</summary>
    public static bool IsDoubleMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '\u201F';

    private static bool PrefersOpen(char c) => c is '\u201C' or '\u201E' or '\u00AB' or '\u201F';

    private static bool PrefersClose(char c) => c is '\u201D' or '\u00BB';

    /// <summary>Every quoted stretch of the document, in text order.</summary>
    public static List<QuotedStretch> Find(string text, Segmentation segmentation)
    {
        var result = new List<QuotedStretch>();
        var previousOpen = false;
        var singles = !text.AsSpan().ContainsAny(DoubleMarks) && !text.Contains("''", StringComparison.Ordinal);
        for (var p = 0; p < segmentation.Paragraphs.Count; p++)
        {
            var para = segmentation.Paragraphs[p];
            var endedOpen = singles ? ScanSingles(text, para, p, previousOpen, result) : ScanParagraph(text, para, p, previousOpen, result);
            previousOpen = endedOpen;
        }

        // an article that quotes in single marks does so more than once; one lone pair is more likely two stray apostrophes
        return singles && result.Count < 2 ? [] : result;
    }

    private static readonly System.Buffers.SearchValues<char> DoubleMarks = System.Buffers.SearchValues.Create("\"\u201C\u201D\u201E\u00AB\u00BB\u201F");

    private static bool IsSingleMark(char c) => c is '\'' or '\u2018' or '\u2019';

    /// <summary>
    /// British style, in a text without double marks: single marks quote (<c>'We made hard choices,' she said</c>). An
    /// apostrophe stands between letters ("don't", "O'Neill") or after a plural's s ("the workers' union") and opens
    /// nothing; a quotation must close in its paragraph with its words ending in punctuation, or close before punctuation
    /// (<c>were 'a betrayal'.</c>), unless it opens the paragraph and the next paragraph goes on with it.
    /// </summary>
    private static bool ScanSingles(string text, TextSpan para, int index, bool previousOpen, List<QuotedStretch> result)
    {
        var open = -1;
        var continues = false;
        for (var i = para.Start; i < para.End; i++)
        {
            var c = text[i];
            if (!IsSingleMark(c))
            {
                continue;
            }

            var before = i > para.Start ? text[i - 1] : ' ';
            var after = i + 1 < para.End ? text[i + 1] : ' ';
            if (char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after))
            {
                continue; // don't, O'Neill
            }

            if (open < 0)
            {
                if (c != '\u2019' && (i == para.Start || char.IsWhiteSpace(before) || before is '(' or '\u2014' or '\u2013' or ':') && char.IsLetter(after))
                {
                    open = i;
                    continues = previousOpen && i == para.Start;
                }

                continue;
            }

            if (char.IsWhiteSpace(before) || !(char.IsWhiteSpace(after) || i + 1 >= para.End || char.IsPunctuation(after)))
            {
                continue;
            }

            var punctuated = char.IsPunctuation(before) && before is not ('\'' or '\u2019');
            var beforePunct = i + 1 >= para.End || char.IsPunctuation(after);
            if (!punctuated && !beforePunct)
            {
                // "the workers' union", "calling it 'reckless' and ...": no reader can tell, so no quotation closes here
                continue;
            }

            Add(text, result, open, 1, i, index, closed: true, continues, after: i + 1);
            open = -1;
            continues = false;
        }

        if (open >= 0 && open == para.Start)
        {
            Add(text, result, open, 1, para.End, index, closed: false, continues, after: para.End);
            return true;
        }

        return false;
    }

    private static bool ScanParagraph(string text, TextSpan para, int index, bool previousOpen, List<QuotedStretch> result)
    {
        var open = -1;
        var openLength = 0;
        var openFamily = ' ';
        var continues = false;
        var i = para.Start;
        while (i < para.End)
        {
            var c = text[i];
            int length;
            if (IsDoubleMark(c))
            {
                length = 1;
            }
            else if (c == '\'' && i + 1 < para.End && text[i + 1] == '\'')
            {
                length = 2;
            }
            else
            {
                i++;
                continue;
            }

            var before = i > para.Start ? text[i - 1] : ' ';
            var after = i + length < para.End ? text[i + length] : ' ';
            var canOpen = (char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or ':' || i == para.Start) && !char.IsWhiteSpace(after);
            var canClose = !char.IsWhiteSpace(before) && i > para.Start && (char.IsWhiteSpace(after) || i + length >= para.End || char.IsPunctuation(after) || char.IsSymbol(after));
            if (canOpen && canClose)
            {
                canOpen = open < 0 && !PrefersClose(c);
                canClose = !canOpen;
            }
            else if (!canOpen && !canClose)
            {
                canOpen = open < 0;
                canClose = open >= 0;
            }

            var family = c == '"' ? '"' : c == '\'' ? '\'' : '\u201C';
            if (open >= 0)
            {
                if (canClose || (!PrefersOpen(c) && family == openFamily))
                {
                    Add(text, result, open, openLength, i, index, closed: true, continues, after: i + length);
                    continues = false;
                    open = -1;
                }
                else if (family != openFamily)
                {
                    // a nested quote in the other style ("... “Shark Tank” ..."): part of the outer quotation
                    var close = FindNestedClose(text, i + length, para.End, c);
                    if (close > 0)
                    {
                        i = close + 1;
                        continue;
                    }
                }
                else
                {
                    // an opening mark while a quote is open: the earlier one lacked its closing mark
                    Add(text, result, open, openLength, i, index, closed: false, continues, after: i);
                    continues = false;
                    open = i;
                    openLength = length;
                    openFamily = family;
                }
            }
            else if (canOpen || !PrefersClose(c))
            {
                open = i;
                openLength = length;
                openFamily = family;
                continues = previousOpen && i == para.Start;
            }

            i += length;
        }

        if (open >= 0)
        {
            Add(text, result, open, openLength, para.End, index, closed: false, continues, after: para.End);
            return true;
        }

        return false;
    }

    private static int FindNestedClose(string text, int from, int end, char opening)
    {
        var closing = opening switch
        {
            '\u201C' => '\u201D',
            '\u00AB' => '\u00BB',
            '\u201E' => '\u201D',
            _ => opening,
        };
        for (var k = from; k < end && k < from + 200; k++)
        {
            if (text[k] == closing || (closing == '\u201D' && text[k] == '\u201C' && k + 1 < end && !char.IsLetterOrDigit(text[k + 1])))
            {
                return k;
            }

            if (text[k] == '"' && closing != '"')
            {
                return -1; // the outer quotation closes first
            }
        }

        return -1;
    }

    private static void Add(string text, List<QuotedStretch> result, int open, int openLength, int close, int paragraph, bool closed, bool continues, int after)
    {
        var s = open + openLength;
        var e = close;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        if (e <= s || !HasWords(text, s, e))
        {
            return;
        }

        result.Add(new QuotedStretch(open, close, new TextSpan(s, e), paragraph, closed, continues) { After = after });
    }

    /// <summary>Whether the stretch holds a word of at least two letters that is not a handle, link or number ("@user", "2016-02-15").</summary>
    private static bool HasWords(string text, int s, int e)
    {
        var letters = 0;
        for (var k = s; k < e; k++)
        {
            var c = text[k];
            if (char.IsLetter(c))
            {
                var w = k;
                while (k < e && !char.IsWhiteSpace(text[k]))
                {
                    k++;
                }

                if (text[w] != '@' && (w == s || text[w - 1] != '@') && !text.AsSpan(w, k - w).Contains("://", StringComparison.Ordinal))
                {
                    letters++;
                }
            }
        }

        return letters > 0;
    }
}
