namespace NewsFacts.Claims;

/// <summary>
/// The products an article names by their maker, as the seed names "AstraZeneca doses": "a vaccine developed by the
/// Orlan Institute", "a drug made by Orvane Labs", "Orvane's new pill". A product's brand is its maker's name, shortened
/// to the one word of that name the article also writes alone ("Orvane plans to ..."), or a lexicon entity's canonical
/// name. Claims about the product take the brand as their item (<see cref="ItemFinder"/>): those whose sentence writes the
/// brand, and, when the article names one product only, its units ("50 million doses", "$4 per dose"), its properties
/// ("efficacy was 71%") and "the vaccine" pointing back to it. Lexicon: <c>claim-cues.tsv</c> (roles product-noun,
/// product-unit, product-property, maker-verb). Found once per document, in one pass over its tokens.
/// </summary>
internal sealed class ProductBrands
{
    private static readonly HashSet<string> Determiners = new(["the", "this", "that", "its", "their"], StringComparer.Ordinal);

    private readonly List<(TextSpan Span, string Brand)> _mentions = [];

    private ProductBrands(List<string> brands) => Brands = brands;

    /// <summary>The brands, in the order the article first names them.</summary>
    public IReadOnlyList<string> Brands { get; }

    /// <summary>The only brand the article names, or null when it names none or several.</summary>
    public string? Single => Brands.Count == 1 ? Brands[0] : null;

    /// <summary>The full name of the only product's maker ("Orlan Institute" of the brand "Orlan"), or null unless the article names one brand.</summary>
    public string? SingleMaker => Brands.Count == 1 ? _maker : null;

    private string? _maker;

    /// <summary>The brands written inside <paramref name="span"/> (as the maker's name or the shortened brand).</summary>
    public List<string> WrittenIn(ClaimDocument doc, TextSpan span)
    {
        var found = new List<string>(1);
        foreach (var (_, brand) in doc.Inside(_mentions, m => m.Span, span))
        {
            if (!found.Contains(brand))
            {
                found.Add(brand);
            }
        }

        return found;
    }

    /// <summary>
    /// Whether the claim read in tokens <c>[clauseFirst, clauseLast)</c> is about the article's one product without
    /// naming it: it counts the product's units ("1.5 million doses"), prices one ("38 reais per dose"), names one of
    /// its properties ("Efficacy was at least 71%", "91% protection") or points back to it ("The vaccine stays stable
    /// for 30 days"; "a vaccine" is another one).
    /// </summary>
    public static bool Concerns(ClaimDocument doc, string? unit, int qLast, int clauseFirst, int clauseLast)
    {
        var units = doc.Lexicon.Words("product-unit");
        var nouns = doc.Lexicon.Words("product-noun");
        if (unit is not null && (units.Contains(unit) || nouns.Contains(unit)))
        {
            return true;
        }

        if (qLast + 2 < clauseLast && doc.Tokens[qLast + 1].Lower is "a" or "per" or "each" && units.Contains(Singular(doc.Tokens[qLast + 2].Lower)))
        {
            return true;
        }

        var properties = doc.Lexicon.Words("product-property");
        for (var k = clauseFirst; k < clauseLast; k++)
        {
            var lower = doc.Tokens[k].Lower;
            if (properties.Contains(lower) || (nouns.Contains(lower) && k > clauseFirst && Determiners.Contains(doc.Tokens[k - 1].Lower)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/> names the product or a property of it ("vaccine", "efficacy"): an item that the brand says better.</summary>
    public static bool IsProductWord(ClaimDocument doc, string word) =>
        doc.Lexicon.Words("product-noun").Contains(word.ToLowerInvariant()) || doc.Lexicon.Words("product-property").Contains(word.ToLowerInvariant());

    /// <summary>The products <paramref name="doc"/> names by their maker.</summary>
    public static ProductBrands Find(ClaimDocument doc)
    {
        var nouns = doc.Lexicon.Words("product-noun");
        var makers = doc.Lexicon.Words("maker-verb");
        var tokens = doc.Tokens;
        var names = new List<(int First, int Last)>();
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!nouns.Contains(tokens[k].Lower))
            {
                continue;
            }

            // "a vaccine developed by (Brazil's) (the) Orlan Institute", "a drug, made by Orvane Labs,"
            var j = k + 1;
            if (j < tokens.Count && tokens[j].Text == ",")
            {
                j++;
            }

            if (j + 1 < tokens.Count && makers.Contains(tokens[j].Lower) && tokens[j + 1].Lower == "by" && NameAfter(doc, j + 2) is { } maker)
            {
                names.Add(maker);
                continue;
            }

            // "Orvane's new pill": a possessive name (not a country's) before the noun and its modifiers
            var p = k - 1;
            while (p > 0 && k - p <= 3 && tokens[p].IsWord && !tokens[p].IsCapitalized)
            {
                p--;
            }

            if (p > 0 && tokens[p].Lower is "'s" or "\u2019s" && NameEndingAt(doc, p - 1) is { } owner)
            {
                names.Add(owner);
            }
        }

        var brands = new List<string>();
        var result = new ProductBrands(brands);
        foreach (var (first, last) in names)
        {
            // a lexicon entity's canonical name; a body only the article names is shortened as any other maker's name
            var brand = doc.EntityAtToken[first] >= 0 && doc.EntityAtToken[first] == doc.EntityAtToken[last] && doc.Entities[doc.EntityAtToken[first]].Kind != EntityKind.Body
                ? doc.Entities[doc.EntityAtToken[first]].Canonical
                : Shortened(doc, first, last);
            if (!brands.Contains(brand))
            {
                brands.Add(brand);
                result._maker ??= doc.EntityAtToken[first] >= 0 && doc.EntityAtToken[first] == doc.EntityAtToken[last]
                    ? doc.Entities[doc.EntityAtToken[first]].Canonical
                    : doc.Text[tokens[first].Start..tokens[last].End];
            }

            result._mentions.Add((new TextSpan(tokens[first].Start, tokens[last].End), brand));
        }

        // Where the brand is written alone ("Orvane plans to make 100 million doses", "the Orvane pill")
        foreach (var brand in brands)
        {
            if (brand.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            for (var k = 0; k < tokens.Count; k++)
            {
                if (tokens[k].Text == brand && !result._mentions.Exists(m => m.Span.Contains(tokens[k].Span)))
                {
                    result._mentions.Add((tokens[k].Span, brand));
                }
            }
        }

        result._mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }

    /// <summary>The run of capitalized words at <paramref name="k"/> (past "the" and a country's possessive), joined by "of", "and", "de"; not a country.</summary>
    private static (int First, int Last)? NameAfter(ClaimDocument doc, int k)
    {
        var tokens = doc.Tokens;
        if (k < tokens.Count && tokens[k].Lower == "the")
        {
            k++;
        }

        if (k + 1 < tokens.Count && IsCountry(doc, k) && tokens[k + 1].Lower is "'s" or "\u2019s")
        {
            k += 2;
        }

        if (k >= tokens.Count || !IsNameWord(doc, k))
        {
            return null;
        }

        var last = k;
        while (last + 1 < tokens.Count && (IsNameWord(doc, last + 1) || (tokens[last + 1].Lower is "of" or "and" or "de" && last + 2 < tokens.Count && IsNameWord(doc, last + 2))))
        {
            last++;
        }

        return Names(doc, k, last) ? (k, last) : null;
    }

    /// <summary>The run of capitalized words ending at <paramref name="k"/>; not a country's, and not the sentence's opening word alone.</summary>
    private static (int First, int Last)? NameEndingAt(ClaimDocument doc, int k)
    {
        if (k < 0 || !IsNameWord(doc, k))
        {
            return null;
        }

        var first = k;
        while (first > 0 && IsNameWord(doc, first - 1) && !doc.IsSentenceOpening(first))
        {
            first--;
        }

        return Names(doc, first, k) && !(first == k && doc.IsSentenceOpening(k) && doc.EntityAtToken[k] < 0) ? (first, k) : null;
    }

    /// <summary>Whether the words name a maker: no country (an entity of the lexicon is one).</summary>
    private static bool Names(ClaimDocument doc, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (IsCountry(doc, k))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNameWord(ClaimDocument doc, int k) =>
        doc.Tokens[k].IsWord && doc.Tokens[k].IsCapitalized && !char.IsDigit(doc.Tokens[k].Text[0]) && doc.Tokens[k].Text.Skip(1).Any(char.IsLower)
        && !doc.Lexicon.Words("not-item").Contains(doc.Tokens[k].Lower);

    private static bool IsCountry(ClaimDocument doc, int k) =>
        doc.EntityAtToken[k] >= 0 && doc.Entities[doc.EntityAtToken[k]].Kind == EntityKind.Country;

    /// <summary>
    /// The maker's name as its brand: the one word of it the article also writes apart from the rest of the name ("Orvane"
    /// of "Orvane Labs" in "Orvane plans"), else the whole name.
    /// </summary>
    private static string Shortened(ClaimDocument doc, int first, int last)
    {
        var tokens = doc.Tokens;
        var parts = new HashSet<string>(StringComparer.Ordinal);
        for (var k = first; k <= last; k++)
        {
            parts.Add(tokens[k].Text);
        }

        string? alone = null;
        for (var w = first; w <= last && first < last; w++)
        {
            var word = tokens[w].Text;
            if (word.Length < 3 || !IsNameWord(doc, w))
            {
                continue;
            }

            for (var k = 0; k < tokens.Count; k++)
            {
                if (tokens[k].Text == word && (k == 0 || !parts.Contains(tokens[k - 1].Text)) && (k + 1 == tokens.Count || !parts.Contains(tokens[k + 1].Text)))
                {
                    if (alone is not null && alone != word)
                    {
                        return doc.Text[tokens[first].Start..tokens[last].End];
                    }

                    alone = word;
                    break;
                }
            }
        }

        return alone ?? doc.Text[tokens[first].Start..tokens[last].End];
    }

    private static string Singular(string word) => word.Length > 3 && word.EndsWith('s') ? word[..^1] : word;
}
