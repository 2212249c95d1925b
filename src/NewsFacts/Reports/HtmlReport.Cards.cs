namespace NewsFacts.Reports;

/// <summary>
/// One card of the HTML report: the conflicts whose two sides rest on the same two sentences ("lend ... she added"
/// against "send ... the White House said" differs in speaker and verb, for each of the figures it gives), so that a
/// reader sees one pair of sentences once with every difference between them.
/// </summary>
/// <param name="Conflicts">The conflicts of the pair, in the report's order.</param>
/// <param name="Sides">The two sides: each the claims (of every conflict) that rest on its sentence.</param>
internal sealed record HtmlCard(IReadOnlyList<Conflict> Conflicts, IReadOnlyList<HtmlCardSide> Sides);

/// <summary>One side of a card: the sentence of its first claim, and every claim of the card's conflicts told by it.</summary>
/// <param name="Name">The source of the side's first claim.</param>
/// <param name="Claims">The claims on this side, the representative first.</param>
internal sealed record HtmlCardSide(string Name, IReadOnlyList<ConflictClaim> Claims)
{
    /// <summary>Whether <paramref name="claim"/> stands on this side: its sentence is one of the side's sentences in the same source.</summary>
    public bool Has(ConflictClaim claim) => Claims.Any(c => c.Source == claim.Source && c.Text == claim.Text);
}

/// <summary>Groups conflicts into cards, one per pair of differing sentences.</summary>
internal static class HtmlCards
{
    public static IReadOnlyList<HtmlCard> Of(IReadOnlyList<Conflict> conflicts)
    {
        var order = new List<(string A, string B)>();
        var groups = new Dictionary<(string, string), List<Conflict>>();
        foreach (var c in conflicts)
        {
            var key = Pair(c);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
                order.Add(key);
            }

            list.Add(c);
        }

        return [.. order.Select(k => Card(groups[k]))];
    }

    private static HtmlCard Card(List<Conflict> conflicts)
    {
        var first = conflicts[0];
        var reps = new[] { Representative(first, 0), Representative(first, 1) };
        var members = new[] { new List<ConflictClaim>(), new List<ConflictClaim>() };
        foreach (var c in conflicts)
        {
            for (var side = 0; side < 2; side++)
            {
                var rep = Representative(c, side);
                if (rep is null)
                {
                    continue;
                }

                var target = reps[0] is { } r0 && r0.Source == rep.Source && r0.Text == rep.Text ? 0 : 1;
                foreach (var x in c.Claims.Where(x => x.Side == side))
                {
                    if (!members[target].Any(m => m.Source == x.Source && m.Text == x.Text))
                    {
                        members[target].Add(x);
                    }
                }
            }
        }

        return new HtmlCard(conflicts, [.. Enumerable.Range(0, 2).Where(i => members[i].Count > 0).Select(i => new HtmlCardSide(members[i][0].Source, members[i]))]);
    }

    private static ConflictClaim? Representative(Conflict c, int side) => c.Claims.FirstOrDefault(x => x.Side == side);

    /// <summary>The two sentences (source and text of each side's first claim), in ordinal order so that either side order gives the same pair.</summary>
    private static (string, string) Pair(Conflict c)
    {
        var a = Representative(c, 0) is { } x ? x.Source + "\u0001" + x.Text : string.Empty;
        var b = Representative(c, 1) is { } y ? y.Source + "\u0001" + y.Text : string.Empty;
        return string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
    }
}
