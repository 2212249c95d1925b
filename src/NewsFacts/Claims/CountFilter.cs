namespace NewsFacts.Claims;

/// <summary>
/// Decides which figures are claims: a checkable count or amount, not a vague or anaphoric one ("both", "the two
/// countries", "hundreds of supporters", "one option", "the 20th").
/// </summary>
internal static class CountFilter
{
    /// <summary>Whether a quantity is checkable: not a vague or anaphoric count ("both", "the two countries", "one option", "first").</summary>
    internal static bool IsCheckable(QuantityMention quantity, string document, ClaimLexicon lexicon)
    {
        var before = WordBefore(document, quantity.Span.Start);
        var text = quantity.Text.Trim();
        if (text.Length == 0)
        {
            return false;
        }

        var firstWord = text.Split(' ', 2)[0].ToLowerInvariant();
        if ((before.Equals("the", StringComparison.OrdinalIgnoreCase) || before.Equals("these", StringComparison.OrdinalIgnoreCase) || before.Equals("those", StringComparison.OrdinalIgnoreCase))
            && char.IsLetter(text[0]))
        {
            return false; // "the two countries": a definite count in words points back, it asserts nothing new
        }

        // "hundreds of supporters", "thousands of travellers": a vague count below a million names no figure to check
        // ("tens of thousands of masks" and "tens of millions of doses" do: at least ten thousand, ten million)
        if (firstWord is "hundreds" or "thousands" or "dozens" or "scores" && quantity.Value < 1e6)
        {
            return false;
        }

        if (lexicon.Words("skip-start").Contains(firstWord))
        {
            return false;
        }

        if (char.IsDigit(firstWord[0]) && (firstWord.EndsWith("st", StringComparison.Ordinal) || firstWord.EndsWith("nd", StringComparison.Ordinal)
            || firstWord.EndsWith("rd", StringComparison.Ordinal) || firstWord.EndsWith("th", StringComparison.Ordinal)))
        {
            return false; // an ordinal: "1st", "20th"
        }

        // "one option", "a plan": a single thing named by a word is no count to check.
        return !(quantity.Value == 1 && quantity.ValueMax is null && firstWord is "one" or "a" or "an" or "single");
    }

    private static string WordBefore(string text, int start)
    {
        var e = start;
        while (e > 0 && text[e - 1] == ' ')
        {
            e--;
        }

        var s = e;
        while (s > 0 && char.IsLetter(text[s - 1]))
        {
            s--;
        }

        return text[s..e];
    }
}
