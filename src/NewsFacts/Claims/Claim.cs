using System.Globalization;

namespace NewsFacts;

/// <summary>How firmly a claim is put.</summary>
public enum Modality
{
    /// <summary>Stated as fact.</summary>
    Asserted,
    /// <summary>Intended or scheduled: "plans to", "will", "is working to".</summary>
    Planned,
    /// <summary>Possible: "could", "may", "under consideration".</summary>
    Possible,
    /// <summary>Depends on a condition: "if the deal goes through".</summary>
    Conditional,
    /// <summary>Denied: "did not send", "no doses".</summary>
    Negated,
    /// <summary>Hearsay: "according to", "media reported".</summary>
    Reported,
}

/// <summary>One checkable assertion of a quantity: who gives what to whom, when, said by whom and how firmly.</summary>
/// <param name="Id">Unique within the article (<c>c1</c>, <c>c2</c>...).</param>
/// <param name="Quantity">The quantity mention the claim rests on.</param>
/// <param name="Item">What the quantity is of, more specifically: products, brands, programmes ("AstraZeneca", "COVAX").</param>
/// <param name="Actor">Who gives, does or holds it: an ISO alpha-2 code for a country, else a canonical name.</param>
/// <param name="Recipient">Who receives it, in the same form.</param>
/// <param name="Predicate">The lemma of the governing verb or noun ("lend", "send", "die").</param>
/// <param name="Date">The date the claim is about.</param>
/// <param name="Speaker">Who asserts it, when the article attributes it.</param>
/// <param name="Modality">How firmly it is put.</param>
/// <param name="Sentence">The sentence that carries it.</param>
public sealed record Claim(
    string Id,
    QuantityMention Quantity,
    IReadOnlyList<string> Item,
    string? Actor,
    string? Recipient,
    string Predicate,
    DateMention? Date,
    string? Speaker,
    Modality Modality,
    TextSpan Sentence)
{
    /// <summary>What the quantity is of, more specifically: products, brands, programmes (compared by value: equal items in the same order).</summary>
    public IReadOnlyList<string> Item { get; init => field = ValueList.Of(value); } = ValueList.Of(Item);

    /// <summary>
    /// Where the claim stands in the article as read (URL, paragraph, offsets before repair): set by extraction and
    /// by reading the contract's JSON back; null on a claim made by hand (<see cref="ArticleFacts.ProvenanceOf"/> then finds it).
    /// </summary>
    public ClaimProvenance? Provenance { get; init; }

    /// <summary>A readable one-line form: <c>2,500,000 dose · AstraZeneca · US → MX (lend, Jen Psaki, planned)</c>.</summary>
    public override string ToString()
    {
        var value = Quantity.Value.ToString("#,0.##", CultureInfo.InvariantCulture);
        var parts = new List<string> { $"{value} {Quantity.Unit ?? "?"}" };
        if (Item.Count > 0)
        {
            parts.Add(string.Join("/", Item));
        }

        if (Actor is not null || Recipient is not null)
        {
            parts.Add($"{Actor ?? "?"} → {Recipient ?? "?"}");
        }

        var extras = new List<string> { Predicate };
        if (Date?.Value is { } d)
        {
            extras.Add(d + (Date.Mod is null ? string.Empty : " " + Date.Mod));
        }

        if (Speaker is not null)
        {
            extras.Add(Speaker);
        }

        extras.Add(Modality.ToString().ToLowerInvariant());
        return $"{Id}: {string.Join(" · ", parts)} ({string.Join(", ", extras)})";
    }
}
