using NewsFacts.Recognition;

namespace NewsFacts.Claims;

/// <summary>
/// Items a claim takes from the claims before it, where its own words name none or only a head noun: a figure whose
/// noun is elided after one that names it ("238,000 tonnes of copper, up from 221,000 tonnes": copper; "$12 million
/// (€10.3 million)": the conversion is of the same thing), and a common head noun that an earlier item of the article widens
/// ("its policy rate ... the rate had stood at": policy rate).
/// </summary>
internal static class ItemCarry
{
    /// <summary>Fills or widens <paramref name="items"/> (the claim's own, possibly none) from <paramref name="earlier"/> claims, in article order.</summary>
    /// <param name="items">The items read so far; changed in place.</param>
    /// <param name="earlier">The claims built before this one, in article order.</param>
    /// <param name="sentence">The claim's sentence.</param>
    /// <param name="unit">The claim's unit.</param>
    /// <param name="definite">Whether the claim's own item was written after "the" (only "the rate" points back to a wider item; "inflation" alone does not).</param>
    /// <param name="each">Whether the claim is a price of each thing counted before it ("60 tanks at $4 million each"): it takes their item.</param>
    public static void Complete(List<string> items, IReadOnlyList<Claim> earlier, TextSpan sentence, string? unit, bool definite, bool each = false)
    {
        if (items.Count == 0)
        {
            // Not from a list of named groups ("40 Danes, 12 Poles and nine Britons"): those are items of their own
            // The nearest earlier figure of the same sentence and of the same kind (the same unit, or money in either currency)
            for (var k = earlier.Count - 1; k >= 0 && earlier[k].Sentence == sentence; k--)
            {
                var c = earlier[k];
                // (a price of each: of the things counted before it, whatever names them: "12 Varnok helicopters at $8 million each")
                var priced = each && QuantityLexicon.IsMoney(unit) && !QuantityLexicon.IsMoney(c.Quantity.Unit);
                if (c.Item.Count > 0 && (priced || (SameKind(c.Quantity.Unit, unit) && !c.Quantity.Text.Contains(c.Item[0], StringComparison.Ordinal))))
                {
                    items.AddRange(c.Item);
                    return;
                }
            }

            return;
        }

        for (var i = 0; definite && i < items.Count; i++)
        {
            if (items[i].Contains(' ', StringComparison.Ordinal) || !char.IsLower(items[i][0]))
            {
                continue;
            }

            // "the rate" after "its benchmark interest rate": the latest earlier item of that head, of a figure of the same kind
            for (var k = earlier.Count - 1; k >= 0; k--)
            {
                var wider = earlier[k].Item.FirstOrDefault(x => x.Length > items[i].Length + 1 && x.EndsWith(items[i], StringComparison.OrdinalIgnoreCase) && x[^(items[i].Length + 1)] == ' ');
                if (wider is not null && SameKind(earlier[k].Quantity.Unit, unit))
                {
                    items[i] = wider;
                    break;
                }
            }
        }
    }

    private static bool SameKind(string? a, string? b) => string.Equals(a, b, StringComparison.Ordinal) || (QuantityLexicon.IsMoney(a) && QuantityLexicon.IsMoney(b));
}
