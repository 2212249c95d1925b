namespace NewsFacts.Reports;

/// <summary>
/// Results to the contract's types and back. The contract carries what a reader of the JSON needs; reading it back
/// gives results whose JSON is the same, with the repaired text as its own original (the map to the text as read is
/// not in the contract), the segmentation found again, and no unit, speaker or diagnostic spans.
/// </summary>
internal static class ContractMapping
{
    /// <summary>The error for a <c>null</c> where the contract has an object.</summary>
    public static System.Text.Json.JsonException NullObject() => new("The contract's object is null here.");

    public static SourceJson ToJson(ArticleMetadata s) => new(s.Id, s.Path, s.Title, s.Outlet, s.Published, s.Url);

    public static ArticleMetadata FromJson(SourceJson s) => new() { Id = s.Id, Path = s.Path, Title = s.Title, Outlet = s.Outlet, Published = s.Published, Url = s.Url };

    public static ArticleJson ToJson(ArticleFacts f) => new(
        ToJson(f.Source),
        f.Text,
        Mapped.Of(f.Quantities, ToJson),
        Mapped.Of(f.Dates, ToJson),
        Mapped.Of(f.Countries, c => new CountryJson(c.Text, c.Span.Start, c.Span.End, c.Code, c.Kind)),
        Mapped.Of(f.Quotes, q => new QuoteJson(q.Text, q.Span.Start, q.Span.End, q.Speaker, q.SpeakerRole, q.Partial)),
        Mapped.Of(f.Claims, c => new ClaimJson(c.Id, ToJson(c.Quantity), c.Item, c.Actor, c.Recipient, c.Predicate, c.Date is null ? null : ToJson(c.Date), c.Speaker, c.Modality, new SpanJson(c.Sentence.Start, c.Sentence.End), ToJson(f.ProvenanceOf(c)))),
        [.. f.Diagnostics.Select(d => new DiagnosticJson(d.Code, d.Severity, d.Message))]);

    public static ArticleFacts FromJson(ArticleJson j) => new()
    {
        Source = FromJson(j.Source),
        Repaired = RepairedText.Unchanged(j.Text),
        Segmentation = Segmenter.Segment(j.Text),
        Quantities = [.. j.Quantities.Select(FromJson)],
        Dates = [.. j.Dates.Select(FromJson)],
        Countries = [.. j.Countries.Select(c => new CountryMention(new TextSpan(c.Start, c.End), c.Text, c.Code, c.Kind))],
        Quotes = [.. j.Quotes.Select(q => new QuoteMention(new TextSpan(q.Start, q.End), q.Text, q.Speaker, q.SpeakerRole, q.Partial))],
        Claims = [.. j.Claims.Select(c => new Claim(c.Id, FromJson(c.Quantity), [.. c.Item], c.Actor, c.Recipient, c.Predicate, c.Date is null ? null : FromJson(c.Date), c.Speaker, c.Modality, new TextSpan(c.Sentence.Start, c.Sentence.End)) { Provenance = FromJson(c.Provenance) })],
        Diagnostics = [.. j.Diagnostics.Select(d => new Diagnostic(d.Code, d.Severity, d.Message))],
    };

    public static ReportJson ToJson(CrossCheckReport r) => new(
        [.. r.Sources.Select(ToJson)],
        [.. r.Copies.Select(c => new CopyJson(c.Sources, Math.Round(c.Similarity, 3), c.Relation))],
        [.. r.Facts.Select(ToJson)],
        [.. r.Conflicts.Select(c => new ConflictJson(c.Kind, c.Key, c.Summary, [.. c.Claims.Select(cc => new ConflictClaimJson(cc.Source, cc.ClaimId, cc.Value, cc.Side, cc.Text, cc.Highlight is { } h ? new SpanJson(h.Start, h.End) : null, cc.Origin, ToJson(cc.Provenance)))]))],
        [.. r.SingleSource.Select(ToJson)],
        [.. r.Skipped.Select(x => new SkippedJson(x.Source, x.Error.Message, x.Error.Code))]);

    /// <summary>A pile of one story as that story's report; of several, every story's lists in one, each item naming its story.</summary>
    public static ReportJson ToJson(PileCheckReport p)
    {
        if (p.Single is { } single)
        {
            return ToJson(single);
        }

        var stories = p.Stories.Select(s => (s.Story.Id, Json: ToJson(s.Report))).ToList();
        return new(
            [.. stories.SelectMany(s => s.Json.Sources)],
            [.. stories.SelectMany(s => s.Json.Copies.Select(c => c with { Story = s.Id }))],
            [.. stories.SelectMany(s => s.Json.Facts.Select(f => f with { Story = s.Id }))],
            [.. stories.SelectMany(s => s.Json.Conflicts.Select(c => c with { Story = s.Id }))],
            [.. stories.SelectMany(s => s.Json.SingleSource.Select(f => f with { Story = s.Id }))],
            [.. p.Skipped.Select(x => new SkippedJson(x.Source, x.Error.Message, x.Error.Code))],
            [.. p.Stories.Select(s => new StoryJson(s.Story.Id, s.Story.Title, s.Story.Sources))]);
    }

    public static CrossCheckReport FromJson(ReportJson j) => new()
    {
        Sources = [.. j.Sources.Select(FromJson)],
        Copies = [.. j.Copies.Select(c => new CopyGroup([.. c.Sources], c.Similarity, c.Relation))],
        Facts = [.. j.Facts.Select(FromJson)],
        Conflicts = [.. j.Conflicts.Select(c => new Conflict(c.Kind, c.Key, c.Summary, [.. c.Claims.Select(cc => new ConflictClaim(cc.Source, cc.ClaimId, cc.Value, cc.Text) { Side = cc.Side, Highlight = cc.Highlight is { } h ? new TextSpan(h.Start, h.End) : null, Origin = [.. cc.Origin], Provenance = FromJson(cc.Provenance) })]))],
        SingleSource = [.. j.SingleSource.Select(FromJson)],
        Skipped = [.. (j.Skipped ?? []).Select(x => new SkippedSource(x.Source, new Diagnostic(x.Code, DiagnosticSeverity.Error, x.Error)))],
    };

    private static ProvenanceJson? ToJson(ClaimProvenance? p) =>
        p is null ? null : new(p.Url, p.Paragraph, new SpanJson(p.Original.Start, p.Original.End), new SpanJson(p.OriginalSentence.Start, p.OriginalSentence.End));

    private static ClaimProvenance? FromJson(ProvenanceJson? p) =>
        p is null ? null : new(p.Url, p.Paragraph, new TextSpan(p.Original.Start, p.Original.End), new TextSpan(p.OriginalSentence.Start, p.OriginalSentence.End));

    private static QuantityJson ToJson(QuantityMention q) => new(q.Text, q.Span.Start, q.Span.End, q.Value, q.ValueMax, q.Unit, q.Bound);

    private static QuantityMention FromJson(QuantityJson q) => new(new TextSpan(q.Start, q.End), q.Text, q.Value, q.ValueMax, q.Unit, q.Bound);

    private static DateJson ToJson(DateMention d) => new(d.Text, d.Span.Start, d.Span.End, d.Value, d.Mod);

    private static DateMention FromJson(DateJson d) => new(new TextSpan(d.Start, d.End), d.Text, d.Value, d.Mod);

    private static FactJson ToJson(AlignedFact f) => new(f.Key, f.Value, f.Unit, [.. f.Claims.Select(c => new ClaimRefJson(c.Source, c.ClaimId, ToJson(c.Provenance)))], f.IndependentSources, f.Bound);

    private static AlignedFact FromJson(FactJson f) => new(f.Key, f.Value, f.Unit, [.. f.Claims.Select(c => new ClaimRef(c.Source, c.ClaimId) { Provenance = FromJson(c.Provenance) })], f.IndependentSources) { Bound = f.Bound };
}

/// <summary>
/// A list seen through a mapping, each item made when it is read: the serializer writes an article's mentions and
/// claims one by one, so that the contract's objects of a long article are never all held at once beside its results.
/// </summary>
internal sealed class Mapped<TSource, T>(IReadOnlyList<TSource> source, Func<TSource, T> map) : IReadOnlyList<T>
{
    public int Count => source.Count;

    public T this[int index] => map(source[index]);

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var item in source)
        {
            yield return map(item);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Makes <see cref="Mapped{TSource, T}"/> lists.</summary>
internal static class Mapped
{
    public static IReadOnlyList<T> Of<TSource, T>(IReadOnlyList<TSource> source, Func<TSource, T> map) => new Mapped<TSource, T>(source, map);
}
