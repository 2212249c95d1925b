namespace NewsFacts.Tests.Checking;

/// <summary>Builds an <see cref="ArticleFacts"/> by hand: a text and claims placed on the quantities written in it.</summary>
internal sealed class ArticleBuilder
{
    private readonly string _id;
    private readonly string _text;
    private readonly string? _outlet;
    private readonly DateOnly? _published;
    private readonly List<Claim> _claims = [];
    private readonly List<QuantityMention> _quantities = [];
    private int _searchFrom;

    public ArticleBuilder(string id, string text, string? outlet = null, string? published = null)
    {
        _id = id;
        _text = text;
        _outlet = outlet;
        _published = published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Adds a claim on the next occurrence of <paramref name="quantity"/> in the text.</summary>
    public ArticleBuilder Claim(
        string quantity, double value, string? unit, string predicate,
        string? actor = null, string? recipient = null, string[]? item = null, string? speaker = null,
        Modality modality = Modality.Asserted, QuantityBound bound = QuantityBound.Exact, string? date = null, string? dateText = null)
    {
        var at = _text.IndexOf(quantity, _searchFrom, StringComparison.Ordinal);
        if (at < 0)
        {
            at = _text.IndexOf(quantity, StringComparison.Ordinal);
        }

        Assert.True(at >= 0, $"'{quantity}' is not in the text of {_id}");
        _searchFrom = at + quantity.Length;
        var span = new TextSpan(at, at + quantity.Length);
        var q = new QuantityMention(span, quantity, value, null, unit, bound);
        DateMention? d = null;
        if (date is not null)
        {
            var dt = dateText ?? date;
            var di = _text.IndexOf(dt, StringComparison.Ordinal);
            d = new DateMention(di >= 0 ? new TextSpan(di, di + dt.Length) : new TextSpan(0, 0), dt, date, null);
        }

        _claims.Add(new Claim($"c{_claims.Count + 1}", q, item ?? [], actor, recipient, predicate, d, speaker, modality, SentenceOf(at)));
        return this;
    }

    /// <summary>Adds a quantity that carries no claim (a quake's magnitude) on the first occurrence of <paramref name="quantity"/>.</summary>
    public ArticleBuilder Quantity(string quantity, double value, string unit)
    {
        var at = _text.IndexOf(quantity, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{quantity}' is not in the text of {_id}");
        _quantities.Add(new QuantityMention(new TextSpan(at, at + quantity.Length), quantity, value, null, unit, QuantityBound.Exact));
        return this;
    }

    public ArticleFacts Build() => new()
    {
        Source = new ArticleMetadata { Id = _id, Outlet = _outlet, Published = _published, Title = "Story " + _id },
        Repaired = RepairedText.Unchanged(_text),
        Segmentation = new Segmentation([new TextSpan(0, _text.Length)], []),
        Quantities = [.. _quantities.Concat(_claims.Select(c => c.Quantity)).OrderBy(q => q.Span.Start)],
        Claims = _claims,
    };

    private TextSpan SentenceOf(int at)
    {
        var start = at;
        while (start > 0 && !(_text[start - 1] == ' ' && start >= 2 && _text[start - 2] is '.' or '!' or '?'))
        {
            start--;
        }

        var end = at;
        while (end < _text.Length && !(_text[end] is '.' or '!' or '?' && (end + 1 == _text.Length || _text[end + 1] == ' ')))
        {
            end++;
        }

        return new TextSpan(start, Math.Min(_text.Length, end + 1));
    }
}
