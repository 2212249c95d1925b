using Microsoft.Extensions.Logging;

namespace NewsFacts;

/// <summary>
/// A configured extraction pipeline: Read → Repair → Segment → Recognize → Build claims.
/// Sealed, immutable and thread-safe; build one with <see cref="NewsPipelineBuilder"/> and reuse it.
/// </summary>
public sealed class NewsPipeline
{
    private readonly ILogger? _logger;
    private readonly LexiconAdditions? _lexicon;

    internal NewsPipeline(RepairOptions repair, bool quantities, bool dates, bool countries, bool quotes, bool claims, ILogger? logger = null, LexiconAdditions? lexicon = null)
    {
        _logger = logger;
        _lexicon = lexicon;
        Repair = repair;
        UsesQuantities = quantities;
        UsesDates = dates;
        UsesCountries = countries;
        UsesQuotes = quotes;
        UsesClaims = claims;
    }

    /// <summary>The pipeline with every stage on: what <see cref="News.Extract(NewsArticle, CancellationToken)"/> uses.</summary>
    public static NewsPipeline Default { get; } = new NewsPipelineBuilder().UseAll().Build();

    /// <summary>The repairs made before recognition.</summary>
    public RepairOptions Repair { get; }

    /// <summary>Whether quantities are recognized.</summary>
    public bool UsesQuantities { get; }

    /// <summary>Whether dates are recognized.</summary>
    public bool UsesDates { get; }

    /// <summary>Whether countries are recognized.</summary>
    public bool UsesCountries { get; }

    /// <summary>Whether quotes are recognized.</summary>
    public bool UsesQuotes { get; }

    /// <summary>Whether claims are built (needs quantities).</summary>
    public bool UsesClaims { get; }

    /// <summary>Extracts everything this pipeline is configured for from one article.</summary>
    public ArticleFacts Extract(NewsArticle article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        cancellationToken.ThrowIfCancellationRequested();
        using var lexicon = Lexicon.Use(_lexicon);
        var repaired = TextRepair.Repair(article.Body, Repair);
        cancellationToken.ThrowIfCancellationRequested();
        if (_logger is not null)
        {
            PipelineLog.Noticed(_logger, article, repaired.Repairs);
        }

        var document = new DocumentContext(repaired.Text, article.Metadata.Published, Segmenter.Segment(repaired.Text));
        var dates = UsesDates ? DateRecognizer.Default.Recognize(document) : [];
        cancellationToken.ThrowIfCancellationRequested();
        var quantities = UsesQuantities ? WithoutDateNumbers(QuantityRecognizer.Default.Recognize(document), dates) : [];
        var countries = UsesCountries ? CountryRecognizer.Default.Recognize(document) : [];
        quantities = QuantityContext.Resolve(repaired.Text, quantities, countries);
        cancellationToken.ThrowIfCancellationRequested();
        var bodies = new NamedBodies(repaired.Text);
        var quotes = UsesQuotes ? CanonicalSpeakers(QuoteRecognizer.Default.Recognize(document), bodies) : [];
        var claims = UsesClaims && UsesQuantities ? ClaimBuilder.Build(document, quantities, dates, countries, quotes, bodies) : [];
        for (var i = 0; i < claims.Count; i++)
        {
            // In place, so that a long article's claims are never held twice.
            var c = claims[i];
            claims[i] = c with { Provenance = ClaimProvenance.Of(repaired, document.Segmentation, article.Metadata.Url, c.Quantity.Span, c.Sentence) };
        }

        return new ArticleFacts
        {
            Source = article.Metadata,
            Repaired = repaired,
            Segmentation = document.Segmentation,
            Quantities = quantities,
            Dates = dates,
            Countries = countries,
            Quotes = quotes,
            Claims = claims,
            Diagnostics = [.. article.Diagnostics, .. repaired.Repairs],
        };
    }

    /// <summary>Quote speakers by the names the article writes out: "the bureau" is the bureau named before, "HSE" the Health Service Executive.</summary>
    private static IReadOnlyList<QuoteMention> CanonicalSpeakers(IReadOnlyList<QuoteMention> quotes, NamedBodies bodies) =>
        quotes.Any(q => q.Speaker is not null) ? [.. quotes.Select(q => q.Speaker is null ? q : q with { Speaker = bodies.Canonical(q.Speaker, q.Span.Start) })] : quotes;

    /// <summary>
    /// The numbers inside a date ("March 3", "2021-03-18", "the 1990s") are not quantities: a quantity that lies
    /// wholly inside a date expression is dropped. A duration ("48 hours") is a quantity, not a date, so the date
    /// recognizer does not claim it, and a duration inside a date ("two years" in "two years ago") stays a quantity.
    /// </summary>
    internal static IReadOnlyList<QuantityMention> WithoutDateNumbers(IReadOnlyList<QuantityMention> quantities, IReadOnlyList<DateMention> dates)
    {
        if (dates.Count == 0 || quantities.Count == 0)
        {
            return quantities;
        }

        // One sweep in text order, so that a long article with many quantities and dates stays linear: the dates that
        // have begun by a quantity's start and not yet ended are the only ones that can hold it.
        var order = Enumerable.Range(0, quantities.Count).OrderBy(i => quantities[i].Span.Start).ToArray();
        var byStart = dates.OrderBy(d => d.Span.Start).ToArray();
        var open = new List<DateMention>();
        var next = 0;
        var drop = new bool[quantities.Count];
        foreach (var i in order)
        {
            var q = quantities[i].Span;
            while (next < byStart.Length && byStart[next].Span.Start <= q.Start)
            {
                open.Add(byStart[next++]);
            }

            open.RemoveAll(d => d.Span.End <= q.Start);
            drop[i] = open.Exists(d => d.Span.Contains(q) && !(d.Duration is { } duration && duration.Contains(q)));
        }

        return [.. quantities.Where((_, i) => !drop[i])];
    }

    /// <summary>Extracts from plain text (with optional front matter).</summary>
    public ArticleFacts Extract(string text, ArticleMetadata? metadata = null, CancellationToken cancellationToken = default) =>
        Extract(NewsArticle.FromText(text, metadata), cancellationToken);
}
