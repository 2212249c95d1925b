namespace NewsFacts;

/// <summary>Builds structured claims from an article's recognized mentions.</summary>
internal static class ClaimBuilder
{
    public static IReadOnlyList<Claim> Build(DocumentContext document, IReadOnlyList<QuantityMention> quantities, IReadOnlyList<DateMention> dates, IReadOnlyList<CountryMention> countries, IReadOnlyList<QuoteMention> quotes) => [];
}
