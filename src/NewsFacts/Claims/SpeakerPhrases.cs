namespace NewsFacts.Claims;

/// <summary>
/// Speakers named by a phrase that points elsewhere in the article: "his family" is the family of the man last named
/// ("Lindahl family"). Null for any other phrase, so that the builder's own naming applies. ("a spokesman" is left as
/// written: named after the body, it would stand against the body's named officers in the check.)
/// </summary>
internal static class SpeakerPhrases
{
    private static readonly HashSet<string> Kin = new(["family", "relatives", "parents"], StringComparer.Ordinal);

    /// <summary>Whether a lower-case word names a person's kin as one speaker ("family", "relatives").</summary>
    public static bool IsKin(string lower) => Kin.Contains(lower);

    /// <summary>The speaker the phrase at <paramref name="subject"/> stands for, or null.</summary>
    public static string? Of(DocumentContext document, TextSpan subject)
    {
        var text = document.Text;
        var words = subject.Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2)
        {
            return null;
        }

        var first = words[0].ToLowerInvariant();
        var head = words[1].ToLowerInvariant();
        if (first is "his" or "her" && Kin.Contains(head))
        {
            var person = NameIndex.Of(document).LastPersonBefore(subject.Start, first == "his" ? 'M' : 'F');
            return person is null ? null : person.Full.Split(' ')[^1] + " family";
        }

        return null;
    }
}
