using System.Globalization;
using System.Text;

namespace NewsFacts.Benchmarks;

/// <summary>
/// Makes many variant articles of the corpus stories for the check benchmark, deterministically from a seed:
/// <list type="bullet">
/// <item>copies (the same text under another id and outlet),</item>
/// <item>versions (the same outlet's text with a sentence dropped and an update sentence added),</item>
/// <item>rewrites by other outlets (a quarter of the words outside the numbers and dates dropped, so the text is no
/// longer a copy), some with a paraphrased figure (changed by 10 to 30 percent), a changed modality or speaker.</item>
/// </list>
/// Claims travel with their sentences, so every span stays true to the variant's text.
/// </summary>
internal sealed class StoryGenerator
{
    private readonly IReadOnlyList<ArticleFacts> _bases;
    private readonly int _seed;

    public StoryGenerator(IReadOnlyList<ArticleFacts> bases, int seed = 7)
    {
        if (bases.Count == 0)
        {
            throw new ArgumentException("At least one base article is needed.", nameof(bases));
        }

        _bases = bases;
        _seed = seed;
    }

    /// <summary>A generator over the corpus articles, extracted once.</summary>
    public static StoryGenerator FromCorpus(int seed = 7) => new([.. Corpus.Articles().Select(a => News.Extract(a))], seed);

    public IReadOnlyList<ArticleFacts> Generate(int count)
    {
        var rng = new Random(_seed);
        var result = new List<ArticleFacts>(count);
        for (var n = 0; n < count; n++)
        {
            var b = _bases[n % _bases.Count];
            var roll = rng.NextDouble();
            var kind = n < _bases.Count ? Kind.Copy : roll < 0.2 ? Kind.Copy : roll < 0.45 ? Kind.Version : Kind.Rewrite;
            result.Add(Variant(b, n, kind, rng));
        }

        return result;
    }

    private enum Kind
    {
        Copy,
        Version,
        Rewrite,
    }

    private sealed record Piece(string Text, IReadOnlyList<Claim> Claims, int Start);

    private static ArticleFacts Variant(ArticleFacts b, int n, Kind kind, Random rng)
    {
        var id = $"{b.Id}-{n.ToString("D5", CultureInfo.InvariantCulture)}";
        var outlet = kind == Kind.Rewrite ? $"Outlet {rng.Next(200).ToString(CultureInfo.InvariantCulture)}" : b.Source.Outlet;
        var published = b.Source.Published?.AddDays(rng.Next(0, 3));
        var pieces = Pieces(b);
        var sb = new StringBuilder(b.Text.Length + 200);
        var claims = new List<Claim>();
        var sentences = new List<TextSpan>();
        var dropAt = kind == Kind.Version ? rng.Next(pieces.Count) : -1;
        for (var i = 0; i < pieces.Count; i++)
        {
            if (i == dropAt)
            {
                continue;
            }

            var p = pieces[i];
            var protect = p.Claims.SelectMany(c => new[] { c.Quantity.Span, c.Date?.Span ?? default }).Where(s => !s.IsEmpty)
                .Select(s => new TextSpan(s.Start - p.Start, s.End - p.Start)).ToList();
            var (text, map) = kind == Kind.Rewrite ? Drop(p.Text, protect, rng) : (p.Text, (Func<int, int>)(x => x));
            var start = sb.Length;
            var replaced = new List<(TextSpan Old, string New)>();
            foreach (var c in p.Claims)
            {
                var q = c.Quantity;
                var value = q.Value;
                var qText = q.Text;
                if (kind == Kind.Rewrite && rng.NextDouble() < 0.15)
                {
                    value = Math.Round(q.Value * (1 + ((rng.NextDouble() < 0.5 ? -1 : 1) * (0.1 + (0.2 * rng.NextDouble())))));
                    qText = value.ToString("#,0", CultureInfo.InvariantCulture);
                }

                replaced.Add((new TextSpan(map(q.Span.Start - p.Start), map(q.Span.End - p.Start)), qText));
                claims.Add(c with
                {
                    Quantity = q with { Value = value, Text = qText },
                    Modality = kind == Kind.Rewrite && rng.NextDouble() < 0.1 ? Modality.Possible : c.Modality,
                    Speaker = kind == Kind.Rewrite && rng.NextDouble() < 0.1 ? outlet + " sources" : c.Speaker,
                });
            }

            // Write the sentence with the (maybe paraphrased) numbers, and move each claim's spans with it.
            var cursor = 0;
            var firstClaim = claims.Count - p.Claims.Count;
            var order = replaced.Select((r, k) => (r, k)).OrderBy(x => x.r.Old.Start).ToList();
            var newStarts = new int[replaced.Count];
            var newEnds = new int[replaced.Count];
            foreach (var (r, k) in order)
            {
                if (r.Old.Start < cursor)
                {
                    newStarts[k] = newEnds[k] = -1;
                    continue;
                }

                sb.Append(text, cursor, r.Old.Start - cursor);
                newStarts[k] = sb.Length;
                sb.Append(r.New);
                newEnds[k] = sb.Length;
                cursor = r.Old.End;
            }

            sb.Append(text, cursor, text.Length - cursor);
            var sentence = new TextSpan(start, sb.Length);
            sentences.Add(sentence);
            for (var k = 0; k < replaced.Count; k++)
            {
                var c = claims[firstClaim + k];
                var qs = newStarts[k] < 0 ? new TextSpan(start, start) : new TextSpan(newStarts[k], newEnds[k]);
                var date = c.Date is { } d && p.Claims[k].Date is { } od && od.Span.Start >= p.Start && od.Span.End <= p.Start + p.Text.Length
                    ? d with { Span = Shift(od.Span, p.Start, map, start, qs, replaced[k]) }
                    : c.Date is null ? null : c.Date with { Span = default };
                claims[firstClaim + k] = c with { Quantity = c.Quantity with { Span = qs }, Sentence = sentence, Date = date };
            }

            sb.Append(' ');
        }

        if (kind == Kind.Version)
        {
            var update = $"This story has been updated with new information ({n.ToString(CultureInfo.InvariantCulture)}).";
            sentences.Add(new TextSpan(sb.Length, sb.Length + update.Length));
            sb.Append(update);
        }

        var full = sb.ToString();
        return new ArticleFacts
        {
            Source = b.Source with { Id = id, Outlet = outlet, Published = published, Path = null },
            Repaired = RepairedText.Unchanged(full),
            Segmentation = new Segmentation([new TextSpan(0, full.Length)], sentences),
            Claims = claims,
        };
    }

    /// <summary>A date span moved into the new text; dates before the quantity do not move with its new length.</summary>
    private static TextSpan Shift(TextSpan old, int pieceStart, Func<int, int> map, int newStart, TextSpan quantity, (TextSpan Old, string New) replaced)
    {
        var s = map(old.Start - pieceStart);
        var e = map(old.End - pieceStart);
        var delta = s >= replaced.Old.End ? replaced.New.Length - replaced.Old.Length : 0;
        return quantity.IsEmpty ? default : new TextSpan(newStart + s + delta, newStart + e + delta);
    }

    /// <summary>The article as sentences with the claims each carries (claims whose sentence does not fit are dropped).</summary>
    private static List<Piece> Pieces(ArticleFacts b)
    {
        var sentences = b.Segmentation.Sentences.Count > 0 ? b.Segmentation.Sentences : [new TextSpan(0, b.Text.Length)];
        var pieces = new List<Piece>();
        foreach (var s in sentences)
        {
            if (s.Start < 0 || s.End > b.Text.Length || s.IsEmpty)
            {
                continue;
            }

            var inside = b.Claims.Where(c => s.Contains(c.Quantity.Span)).ToList();
            pieces.Add(new Piece(s.Of(b.Text), inside, s.Start));
        }

        return pieces;
    }

    /// <summary>Drops about a quarter of the words outside the protected spans; returns the new text and a map from old offsets to new.</summary>
    private static (string Text, Func<int, int> Map) Drop(string text, List<TextSpan> protect, Random rng)
    {
        var keep = new bool[text.Length];
        Array.Fill(keep, true);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            var span = new TextSpan(start, Math.Min(text.Length, i + 1));
            if (rng.NextDouble() < 0.25 && !protect.Any(p => p.Overlaps(span)))
            {
                for (var k = span.Start; k < span.End; k++)
                {
                    keep[k] = false;
                }
            }
        }

        var newOffset = new int[text.Length + 1];
        var sb = new StringBuilder(text.Length);
        for (var k = 0; k < text.Length; k++)
        {
            newOffset[k] = sb.Length;
            if (keep[k])
            {
                sb.Append(text[k]);
            }
        }

        newOffset[text.Length] = sb.Length;
        return (sb.ToString(), x => newOffset[Math.Clamp(x, 0, text.Length)]);
    }
}
