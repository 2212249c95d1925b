using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsFacts.Reports;

/// <summary>
/// schema.org markup as JSON-LD: each claim of an article as a <c>Claim</c> (its sentence as <c>text</c>, the speaker as
/// <c>author</c>, the article as a <c>NewsArticle</c> <c>appearance</c>, <c>datePublished</c>, and where it stands in the
/// article as read as <c>identifier</c> property values); and for a check, a draft <c>ClaimReview</c> per conflict
/// (<c>claimReviewed</c>, the <c>itemReviewed</c> claim with both appearances and each side as a part) for a
/// fact-checker to complete: its <c>author</c> and <c>reviewRating</c> are left <c>null</c>, which JSON-LD reads as no value.
/// </summary>
public static class JsonLdReport
{
    private const string Context = "https://schema.org";
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>The article's claims as a JSON-LD document: <c>{"@context": "https://schema.org", "@graph": [Claim, ...]}</c>.</summary>
    public static string Serialize(ArticleFacts facts, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Text(w =>
        {
            w.WriteStartObject();
            w.WriteString("@context", Context);
            w.WriteStartArray("@graph");
            foreach (var claim in facts.Claims)
            {
                WriteClaim(w, facts, claim);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }, indented);
    }

    /// <summary>
    /// The check's conflicts as draft <c>ClaimReview</c>s in a JSON-LD document; <paramref name="articles"/> give each
    /// side's speaker and where it stands (a side whose article is not given is described from the report alone).
    /// </summary>
    public static string Serialize(CrossCheckReport report, IReadOnlyList<ArticleFacts> articles, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(articles);
        var byId = articles.DistinctBy(a => a.Id, StringComparer.Ordinal).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var sources = report.Sources.Where(s => s.Id is not null).DistinctBy(s => s.Id, StringComparer.Ordinal).ToDictionary(s => s.Id!, StringComparer.Ordinal);
        return Text(w =>
        {
            w.WriteStartObject();
            w.WriteString("@context", Context);
            w.WriteStartArray("@graph");
            foreach (var conflict in report.Conflicts)
            {
                WriteReview(w, conflict, byId, sources);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }, indented);
    }

    private static void WriteReview(Utf8JsonWriter w, Conflict conflict, Dictionary<string, ArticleFacts> articles, Dictionary<string, ArticleMetadata> sources)
    {
        var kind = NewsJson.Camel(conflict.Kind.ToString());
        w.WriteStartObject();
        w.WriteString("@type", "ClaimReview");
        w.WriteString("name", $"{kind} · {conflict.Key}");
        w.WriteString("creativeWorkStatus", "Draft");
        w.WriteString("claimReviewed", conflict.Summary);
        w.WriteNull("author");
        w.WriteStartObject("reviewRating");
        w.WriteString("@type", "Rating");
        w.WriteNull("alternateName");
        w.WriteNull("ratingExplanation");
        w.WriteEndObject();

        w.WriteStartObject("itemReviewed");
        w.WriteString("@type", "Claim");
        w.WriteString("name", conflict.Key);
        var appearances = conflict.Claims.Select(c => c.Source).Distinct(StringComparer.Ordinal).ToList();
        w.WriteStartArray("appearance");
        foreach (var source in appearances)
        {
            WriteArticle(w, articles.TryGetValue(source, out var a) ? a.Source : sources.GetValueOrDefault(source) ?? new ArticleMetadata { Id = source }, source);
        }

        w.WriteEndArray();
        w.WriteStartArray("hasPart");
        foreach (var side in conflict.Claims)
        {
            if (articles.TryGetValue(side.Source, out var a) && a.Claims.FirstOrDefault(c => c.Id == side.ClaimId) is { } claim)
            {
                WriteClaim(w, a, claim);
            }
            else
            {
                w.WriteStartObject();
                w.WriteString("@type", "Claim");
                w.WriteString("text", side.Text);
                w.WriteStartObject("appearance");
                w.WriteString("@id", ArticleId(sources.GetValueOrDefault(side.Source) ?? new ArticleMetadata { Id = side.Source }, side.Source));
                w.WriteEndObject();
                if (side.Provenance is { } p)
                {
                    WriteWhere(w, side.ClaimId, p);
                }

                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter w, ArticleFacts facts, Claim claim)
    {
        var s = facts.Source;
        var text = facts.Text;
        var sentence = claim.Sentence.Start >= 0 && claim.Sentence.End <= text.Length && !claim.Sentence.IsEmpty ? claim.Sentence.Of(text) : claim.Quantity.Text;
        w.WriteStartObject();
        w.WriteString("@type", "Claim");
        w.WriteString("@id", ArticleId(s, facts.Id) + "#" + claim.Id);
        w.WriteString("name", Name(claim));
        w.WriteString("text", sentence);
        if (claim.Speaker is { } speaker)
        {
            w.WriteStartObject("author");
            w.WriteString("@type", IsOrganization(speaker) ? "Organization" : "Person");
            w.WriteString("name", speaker);
            w.WriteEndObject();
        }

        if (s.Published is { } published)
        {
            w.WriteString("datePublished", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (claim.Date?.Value is { } when && !when.Contains('X', StringComparison.Ordinal))
        {
            w.WriteString("temporalCoverage", when);
        }

        w.WritePropertyName("appearance");
        WriteArticle(w, s, facts.Id);
        WriteWhere(w, claim.Id, facts.ProvenanceOf(claim));
        w.WriteEndObject();
    }

    private static void WriteWhere(Utf8JsonWriter w, string claimId, ClaimProvenance p)
    {
        w.WriteStartArray("identifier");
        Property(w, "newsfacts:claimId", claimId);
        Property(w, "newsfacts:paragraph", null, p.Paragraph);
        Property(w, "newsfacts:originalStart", null, p.Original.Start);
        Property(w, "newsfacts:originalEnd", null, p.Original.End);
        w.WriteEndArray();
    }

    /// <summary>A schema.org <c>PropertyValue</c>: <paramref name="id"/> with a text or a number as its value.</summary>
    private static void Property(Utf8JsonWriter w, string id, string? text, int number = 0)
    {
        w.WriteStartObject();
        w.WriteString("@type", "PropertyValue");
        w.WriteString("propertyID", id);
        if (text is not null)
        {
            w.WriteString("value", text);
        }
        else
        {
            w.WriteNumber("value", number);
        }

        w.WriteEndObject();
    }

    private static void WriteArticle(Utf8JsonWriter w, ArticleMetadata s, string id)
    {
        w.WriteStartObject();
        w.WriteString("@type", "NewsArticle");
        w.WriteString("@id", ArticleId(s, id));
        if (s.Title is { } title)
        {
            w.WriteString("headline", title);
        }

        if (WebUrl(s.Url) is { } url)
        {
            w.WriteString("url", url);
        }

        if (s.Published is { } published)
        {
            w.WriteString("datePublished", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (s.Outlet is { } outlet)
        {
            w.WriteStartObject("publisher");
            w.WriteString("@type", "Organization");
            w.WriteString("name", outlet);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>The article's node id: its web address when it has one, else a URN made of its id.</summary>
    private static string ArticleId(ArticleMetadata s, string id) => WebUrl(s.Url) ?? "urn:newsfacts:" + Uri.EscapeDataString(id);

    private static string? WebUrl(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? u.AbsoluteUri : null;

    /// <summary>A readable name: "2.5 million doses · AstraZeneca · US → MX (lend, Jen Psaki, planned)".</summary>
    private static string Name(Claim claim)
    {
        var q = claim.Quantity;
        var parts = new List<string> { NewsReport.Amount(q.Value, q.Unit, q.Bound) };
        if (claim.Item.Count > 0)
        {
            parts.Add(string.Join(", ", claim.Item));
        }

        if (claim.Actor is not null || claim.Recipient is not null)
        {
            parts.Add($"{claim.Actor ?? "?"} → {claim.Recipient ?? "?"}");
        }

        var extras = new List<string> { claim.Predicate };
        if (claim.Date?.Value is { } d)
        {
            extras.Add(d);
        }

        if (claim.Speaker is not null)
        {
            extras.Add(claim.Speaker);
        }

        extras.Add(NewsJson.Camel(claim.Modality.ToString()));
        return $"{string.Join(" · ", parts)} ({string.Join(", ", extras)})";
    }

    /// <summary>Whether a speaker is an organization (its last word names a body, or it is a known company or body), else a person.</summary>
    internal static bool IsOrganization(string speaker)
    {
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        var organizations = Lexicon.Cached("report-organization-words", () => Lexicon.Words("report-organization-words.tsv"), BuiltInOrganizationWords);
        return organizations.Contains(words[^1])
            || ClaimLexicon.Instance.Entities.Any(e => e.Kind is EntityKind.Company or EntityKind.Organization && string.Equals(e.Canonical, speaker, StringComparison.Ordinal));
    }

    private static readonly Lazy<HashSet<string>> BuiltInOrganizationWords = new(() => Lexicon.Words("report-organization-words.tsv"));

    private static string Text(Action<Utf8JsonWriter> body, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, indented ? Indented : Compact))
        {
            body(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
