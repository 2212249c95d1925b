namespace NewsFacts.Text;

/// <summary>
/// A cheap bound on how many tokens a text holds, so that a tokenizer's list of a long text is made once at about its
/// size: grown by doubling, a list of millions of tokens leaves copies of half, a quarter... of itself behind on the
/// large object heap, which only a full collection frees.
/// </summary>
internal static class TokenEstimate
{
    /// <summary>
    /// The places where a token can start: a character that is not white space and follows white space, or is not a
    /// letter or digit, or follows one that is not, or where letters and digits meet.
    /// </summary>
    public static int Of(string text) => Of(text, 0, text.Length);

    /// <summary>The bound for the characters <c>[start, end)</c> of <paramref name="text"/>.</summary>
    public static int Of(string text, int start, int end)
    {
        var count = 0;
        var previous = ' ';
        foreach (var c in text.AsSpan(start, end - start))
        {
            if (!char.IsWhiteSpace(c) && (char.IsWhiteSpace(previous) || !char.IsLetterOrDigit(c) || !char.IsLetterOrDigit(previous) || char.IsDigit(c) != char.IsDigit(previous)))
            {
                count++;
            }

            previous = c;
        }

        return count;
    }
}
