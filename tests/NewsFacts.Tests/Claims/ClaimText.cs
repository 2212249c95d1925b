namespace NewsFacts.Tests.Claims;

/// <summary>The claims the library reads in a plain-text article written for a test.</summary>
internal static class ClaimText
{
    /// <summary>Every claim of <paramref name="text"/>, read as a plain-text article.</summary>
    public static IReadOnlyList<Claim> ClaimsOf(string text) => News.Extract(NewsArticle.FromText(text)).Claims;

    /// <summary>The one claim of <paramref name="text"/> whose quantity has <paramref name="value"/>; fails unless there is exactly one.</summary>
    public static Claim ClaimOf(string text, double value) => Assert.Single(ClaimsOf(text), c => c.Quantity.Value == value);
}
