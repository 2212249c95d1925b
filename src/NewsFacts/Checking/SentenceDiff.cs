namespace NewsFacts.Checking;

/// <summary>A word-level diff of two sentences (longest common subsequence), for highlighting what differs.</summary>
internal static class SentenceDiff
{
    private const int MaxTokens = 400;

    /// <summary>The words of a sentence: runs of letters and digits, with the dots and commas inside numbers ("2.5", "530,000").</summary>
    public static List<(int Start, int End)> Tokens(string s)
    {
        var tokens = new List<(int, int)>();
        var i = 0;
        while (i < s.Length)
        {
            if (!char.IsLetterOrDigit(s[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < s.Length && (char.IsLetterOrDigit(s[i]) || (s[i] is '.' or ',' or '\'' or '’' && i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1]) && i > start && char.IsDigit(s[i - 1]) == char.IsDigit(s[i + 1]))))
            {
                i++;
            }

            tokens.Add((start, i));
        }

        return tokens;
    }

    /// <summary>The runs of words of <paramref name="sentence"/> that <paramref name="other"/> does not share, as spans of <paramref name="sentence"/>.</summary>
    public static IReadOnlyList<TextSpan> Differences(string sentence, string other)
    {
        var a = Tokens(sentence);
        var b = Tokens(other);
        if (a.Count == 0 || a.Count > MaxTokens || b.Count > MaxTokens)
        {
            return [];
        }

        var wa = a.Select(t => sentence[t.Start..t.End].ToLowerInvariant()).ToArray();
        var wb = b.Select(t => other[t.Start..t.End].ToLowerInvariant()).ToArray();
        var lcs = new int[wa.Length + 1, wb.Length + 1];
        for (var i = wa.Length - 1; i >= 0; i--)
        {
            for (var j = wb.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = wa[i] == wb[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var shared = new bool[wa.Length];
        for (int i = 0, j = 0; i < wa.Length && j < wb.Length;)
        {
            if (wa[i] == wb[j])
            {
                shared[i++] = true;
                j++;
            }
            else if (lcs[i + 1, j] >= lcs[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        var runs = new List<TextSpan>();
        for (var i = 0; i < wa.Length; i++)
        {
            if (shared[i])
            {
                continue;
            }

            var start = a[i].Start;
            while (i + 1 < wa.Length && !shared[i + 1])
            {
                i++;
            }

            runs.Add(new TextSpan(start, a[i].End));
        }

        return runs;
    }
}
