namespace NewsFacts.Text;

/// <summary>
/// Pieces of a text as strings with as few copies as the tokenizers need: one-character ASCII pieces (punctuation,
/// single digits and letters) come from a shared table, and a lower-cased piece is written once, not cut and then
/// lower-cased.
/// </summary>
internal static class Slices
{
    private static readonly string[] Ascii = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    /// <summary><c>text.Substring(start, length)</c>, shared for a single ASCII character.</summary>
    public static string Of(string text, int start, int length) =>
        length == 1 && text[start] < 128 ? Ascii[text[start]] : text.Substring(start, length);

    /// <summary><c>text.Substring(start, length).ToLowerInvariant()</c>, with one string made at most.</summary>
    public static string Lower(string text, int start, int length)
    {
        if (length == 1 && text[start] < 128)
        {
            return Ascii[char.ToLowerInvariant(text[start])];
        }

        var piece = text.AsSpan(start, length);
        foreach (var c in piece)
        {
            if (char.ToLowerInvariant(c) != c || char.IsSurrogate(c))
            {
                return string.Create(length, (text, start), static (into, at) => at.text.AsSpan(at.start, into.Length).ToLowerInvariant(into));
            }
        }

        return piece.ToString();
    }
}
