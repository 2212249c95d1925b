using System.Globalization;

namespace NewsFacts.Claims;

/// <summary>
/// Builds structured claims from an article's recognized mentions: one claim per checkable quantity (not "both", "the two
/// countries", "the first time"), with the predicate that governs it, who gives or holds it (actor), who receives it
/// (recipient), which products or programmes it is of (item), the nearest date, who asserts it (speaker) and how firmly
/// (modality). The rules read the quantity's own sentence, with a look back at earlier sentences for pronouns and for
/// the product that "those doses" or "the vaccine" points to.
///
/// Each decision is its own component over one shared <see cref="ClaimContext"/>: <see cref="CountFilter"/> (which figures
/// are claims), <see cref="PredicateFinder"/>, <see cref="SubjectFinder"/>, <see cref="ActorReader"/>,
/// <see cref="RecipientReader"/>, <see cref="ItemFinder"/>, <see cref="SpeakerReader"/>, <see cref="ModalityReader"/> and
/// <see cref="DateReader"/>; <see cref="ClaimDocument"/> holds what they all read.
/// </summary>
internal static class ClaimBuilder
{
    public static List<Claim> Build(DocumentContext document, IReadOnlyList<QuantityMention> quantities, IReadOnlyList<DateMention> dates, IReadOnlyList<CountryMention> countries, IReadOnlyList<QuoteMention> quotes, NamedBodies? bodies = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (quantities.Count == 0)
        {
            return [];
        }

        var analysis = new ClaimDocument(document, countries, quotes, quantities, dates, bodies ?? new NamedBodies(document.Text));
        var claims = new List<Claim>();
        foreach (var quantity in quantities)
        {
            var claim = Read(analysis, quantity, claims);
            if (claim is not null)
            {
                claim = AsConversion(claim, claims.Count > 0 ? claims[^1] : null, document.Text);
                claims.Add(claim with { Id = "c" + (claims.Count + 1).ToString(CultureInfo.InvariantCulture) });
            }
        }

        RecipientCases.Buyers(analysis, claims);
        return claims;
    }

    /// <summary>The hedges a bracketed conversion may open with ("(about $1,160)").</summary>
    internal static readonly string[] ConversionHedges = ["about", "around", "some", "roughly", "nearly"];

    /// <summary>
    /// A conversion in brackets right after an amount ("150,000 shillings (about $1,160)", "10 billion dirhams ($1.1
    /// billion)") restates that amount: it takes its predicate, roles, items, date, speaker and firmness.
    /// </summary>
    internal static Claim AsConversion(Claim claim, Claim? previous, string text)
    {
        if (previous is null || previous.Sentence != claim.Sentence || claim.Quantity.Span.Start <= previous.Quantity.Span.End)
        {
            return claim;
        }

        var between = text.AsSpan(previous.Quantity.Span.End, claim.Quantity.Span.Start - previous.Quantity.Span.End).Trim();
        if (!(between is "(" || between.StartsWith("(or ", StringComparison.Ordinal) || between.Length > 1 && between[0] == '(' && ConversionHedges.Contains(between[1..].ToString())) ||
            previous.Quantity.Unit is not { Length: 3 } || claim.Quantity.Unit is not { Length: 3 })
        {
            return claim;
        }

        return claim with
        {
            Predicate = previous.Predicate,
            Actor = previous.Actor,
            Recipient = previous.Recipient,
            Item = previous.Item,
            Date = previous.Date,
            Speaker = previous.Speaker,
            Modality = previous.Modality,
        };
    }


    /// <summary>The claim of one figure, or null when it is no checkable count; each decision is read by its own component.</summary>
    private static Claim? Read(ClaimDocument doc, QuantityMention q, List<Claim> earlier)
    {
        if (!CountFilter.IsCheckable(q, doc.Text, doc.Lexicon) || ClaimContext.Of(doc, q) is not { } context)
        {
            return null;
        }

        var speaker = doc.Speakers.Read(context);
        var actor = ActorReader.Read(context) ?? doc.Counterparties.ActorOf(context);
        var items = ItemFinder.Read(context, earlier);
        var recipient = RecipientReader.Read(context, actor, earlier) ?? doc.Counterparties.RecipientOf(context, actor) ?? RecipientCases.Seller(context, actor, items, earlier);
        recipient = recipient == actor ? null : recipient;
        var modality = ModalityReader.Read(context);
        var date = DateReader.NearestDate(doc, context.Sentence, q.Span);
        return new Claim(string.Empty, q, items, doc.Shared(actor), doc.Shared(recipient), context.Predicate.Lemma, date, doc.Shared(speaker), modality, context.Sentence);
    }
}
