using System.Globalization;
using System.Net;
using System.Text;
using Humanizer;

namespace NewsFacts.Reports;

/// <summary>
/// Writes a cross-check report as one self-contained HTML page: inline CSS and script only, and a content security
/// policy that forbids every network request (links to the sources are plain links). It shows the sources with their
/// copy groups; one card per pair of sentences that differ, listing every difference between them (kind, slot and
/// what each side says) with only the words that carry a difference highlighted; the corroborated facts; then the
/// single-source claims. Sources are named by outlet (and title), with the id only where two share an outlet.
/// Cards and rows can be filtered by kind and by source, and the page prints cleanly.
/// </summary>
public static partial class HtmlReport
{
    /// <summary>Writes <see cref="Render(CrossCheckReport, IReadOnlyList{ArticleFacts})"/> to a text writer; the writer is left open.</summary>
    public static void Write(CrossCheckReport report, IReadOnlyList<ArticleFacts> articles, TextWriter writer) => NewsReport.Write(Render(report, articles), writer);

    /// <summary>Writes <see cref="Render(CrossCheckReport, IReadOnlyList{ArticleFacts})"/> to a stream as UTF-8 (no byte-order mark); the stream is left open.</summary>
    public static void Write(CrossCheckReport report, IReadOnlyList<ArticleFacts> articles, Stream stream) => NewsReport.Write(Render(report, articles), stream);

    /// <summary>
    /// Renders a pile's cross-check: for at most one story exactly <see cref="Render(CrossCheckReport, IReadOnlyList{ArticleFacts})"/>,
    /// for several one page with a part per story (each story's page body, its ids prefixed with the story's id).
    /// </summary>
    public static string Render(PileCheckReport report, IReadOnlyList<ArticleFacts> articles)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(articles);
        if (report.Single is { } single)
        {
            return Render(single, articles);
        }

        var pages = report.Stories.Select(s => (s.Story, Page: Render(s.Report, articles))).ToList();
        var first = pages[0].Page;
        var head = first[..(first.IndexOf("<main>", StringComparison.Ordinal) is var m and >= 0 ? first.LastIndexOf("<header>", m, StringComparison.Ordinal) : 0)];
        var sb = new StringBuilder(head);
        sb.Append("<header><h1>Cross-check of a pile</h1><p class=\"counts\">")
          .Append(E($"{"story".ToQuantity(report.Stories.Count)}, {"source".ToQuantity(report.Stories.Sum(s => s.Story.Sources.Count))}, {"conflict".ToQuantity(report.Stories.Sum(s => s.Report.Conflicts.Count))}"))
          .Append("</p></header>\n<main>\n");
        Skipped(sb, new CrossCheckReport { Sources = [], Skipped = report.Skipped });
        foreach (var (story, page) in pages)
        {
            var start = page.IndexOf("<main>", StringComparison.Ordinal) + "<main>".Length;
            var end = page.IndexOf("</main>", start, StringComparison.Ordinal);
            var body = IdAttribute().Replace(page[start..end], x => $"{x.Groups[1].Value}=\"{(x.Groups[1].Value == "href" ? "#" : string.Empty)}{story.Id}-{x.Groups[2].Value}\"");
            sb.Append("<section class=\"story\" id=\"").Append(E(story.Id)).Append("\"><h2>Story ").Append(E(story.Id)).Append(": ").Append(E(story.Title ?? "untitled")).Append("</h2>\n")
              .Append(body).Append("</section>\n");
        }

        var last = pages[^1].Page;
        sb.Append(last[last.IndexOf("</main>", StringComparison.Ordinal)..]);
        return sb.ToString();
    }

    /// <summary>An <c>id</c>, <c>for</c> or in-page <c>href</c> attribute of a story's page body.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("\\b(id|for|href)=\"#?([A-Za-z][\\w-]*)\"", System.Text.RegularExpressions.RegexOptions.None, 1000)]
    private static partial System.Text.RegularExpressions.Regex IdAttribute();

    /// <summary>Renders the report; <paramref name="articles"/> supply the sentences, speakers, verbs and paragraphs shown for each claim.</summary>
    public static string Render(CrossCheckReport report, IReadOnlyList<ArticleFacts> articles)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(articles);
        var page = new Page(report, articles);
        var cards = HtmlCards.Of(report.Conflicts);
        var single = report.SingleSource.ToHashSet();
        var corroborated = report.Facts.Where(f => !single.Contains(f)).ToList();

        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<link rel=\"icon\" href=\"data:,\">\n")
          .Append("<title>NewsFacts cross-check</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n");

        var differences = "difference".ToQuantity(report.Conflicts.Count) + (cards.Count == report.Conflicts.Count ? string.Empty : " in " + "sentence pair".ToQuantity(cards.Count));
        sb.Append("<header><h1>Cross-check</h1><p class=\"counts\">")
          .Append(E($"{"source".ToQuantity(report.Sources.Count)}, {"copy group".ToQuantity(report.Copies.Count)}, {differences}, {"corroborated fact".ToQuantity(corroborated.Count)}, {"single-source claim".ToQuantity(report.SingleSource.Count)}"))
          .Append("</p></header>\n<main>\n");

        Sources(sb, report, page);
        Skipped(sb, report);
        Filters(sb, report, page);
        Cards(sb, cards, page);
        Facts(sb, "facts", "Corroborated facts", corroborated, page);
        Facts(sb, "single", "Single-source claims", report.SingleSource, page);

        sb.Append("</main>\n<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void Skipped(StringBuilder sb, CrossCheckReport report)
    {
        if (report.Skipped.Count == 0)
        {
            return;
        }

        sb.Append("<section id=\"skipped\"><h2>Skipped <span class=\"n\">").Append(report.Skipped.Count).Append("</span></h2>\n<p>These inputs could not be read and are in no other list.</p>\n<ul>\n");
        foreach (var s in report.Skipped)
        {
            sb.Append("<li><code>").Append(E(s.Source)).Append("</code>: ").Append(E(s.Error.Message)).Append("</li>\n");
        }

        sb.Append("</ul></section>\n");
    }

    private static void Sources(StringBuilder sb, CrossCheckReport report, Page page)
    {
        sb.Append("<section id=\"sources\"><h2>Sources</h2>\n<table><thead><tr><th>outlet</th><th>title</th><th>published</th><th>origin</th></tr></thead><tbody>\n");
        foreach (var s in report.Sources)
        {
            var id = s.Id ?? "?";
            var origin = page.GroupOf.TryGetValue(id, out var g) ? $"<span class=\"pill group g{g % 6}\">copy group {g + 1}</span>" : "<span class=\"own\">its own</span>";
            sb.Append("<tr data-source=\"").Append(E(id)).Append("\"><td>").Append(page.Outlet(id)).Append("</td><td>").Append(page.TitleLink(id)).Append("</td><td>")
              .Append(s.Published is { } p ? "<span class=\"pill date\">" + p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "</span>" : string.Empty).Append("</td><td>")
              .Append(origin).Append("</td></tr>\n");
        }

        sb.Append("</tbody></table>\n");
        if (report.Copies.Count > 0)
        {
            sb.Append("<ul class=\"copies\">\n");
            for (var g = 0; g < report.Copies.Count; g++)
            {
                var c = report.Copies[g];
                sb.Append("<li class=\"copy\"><span class=\"pill group g").Append(g % 6).Append("\">copy group ").Append(g + 1).Append("</span> ")
                  .Append(string.Join(" = ", c.Sources.Select(page.Name)))
                  .Append(": ").Append(E(c.Relation.ToString().ToLowerInvariant()))
                  .Append(", ").Append(Math.Round(c.Similarity * 100).ToString(CultureInfo.InvariantCulture)).Append("% alike; one origin</li>\n");
            }

            sb.Append("</ul>\n");
        }

        sb.Append("</section>\n");
    }

    private static void Filters(StringBuilder sb, CrossCheckReport report, Page page)
    {
        sb.Append("<nav class=\"filters\" aria-label=\"Filters\"><span class=\"label\">kind</span><span role=\"group\" aria-label=\"Show differences of one kind\"><button type=\"button\" data-kind=\"all\" class=\"on\">all</button>");
        foreach (var kind in report.Conflicts.Select(c => c.Kind).Distinct().Order())
        {
            var k = NewsJson.Camel(kind.ToString());
            sb.Append("<button type=\"button\" data-kind=\"").Append(k).Append("\">").Append(k).Append("</button>");
        }

        sb.Append("</span> <label><span class=\"label\">source</span> <select id=\"source-filter\"><option value=\"all\">all sources</option>");
        foreach (var s in report.Sources.Where(s => s.Id is not null))
        {
            sb.Append("<option value=\"").Append(E(s.Id!)).Append("\">").Append(E(page.PlainName(s.Id!))).Append("</option>");
        }

        sb.Append("</select></label></nav>\n");
    }

    private static void Cards(StringBuilder sb, IReadOnlyList<HtmlCard> cards, Page page)
    {
        sb.Append("<section id=\"conflicts\"><h2>Differences <span class=\"n\">").Append(cards.Count).Append("</span></h2>\n");
        if (cards.Count == 0)
        {
            sb.Append("<p class=\"none\">No conflicts found.</p>\n</section>\n");
            return;
        }

        foreach (var card in cards)
        {
            var kinds = card.Conflicts.Select(c => NewsJson.Camel(c.Kind.ToString())).Distinct(StringComparer.Ordinal).ToList();
            var sources = card.Sides.SelectMany(s => s.Claims).Select(c => c.Source).Distinct(StringComparer.Ordinal).ToList();
            sb.Append("<article class=\"card\" data-kinds=\"").Append(string.Join(' ', kinds)).Append("\" data-sources=\"").Append(E(string.Join(' ', sources))).Append("\">\n<h3>")
              .Append(string.Join(" ", kinds.Select(k => "<span class=\"pill kind " + k + "\">" + k + "</span>"))).Append(' ')
              .Append(E(string.Join("; ", card.Conflicts.Select(c => c.Key).Distinct(StringComparer.Ordinal)))).Append("</h3>\n<ul class=\"differences\">\n");
            // One line per difference: the same difference told of several slots (each figure of the sentence) is one line naming them all.
            var lines = card.Conflicts
                .Select(c => (c.Kind, c.Key, Said: card.Sides.Select(side => string.Join(" / ", c.Claims.Where(side.Has).Select(x => Said(c, x, page)).Distinct(StringComparer.Ordinal))).ToList()))
                .GroupBy(l => (l.Kind, string.Join("\u0001", l.Said)))
                .ToList();
            var slots = card.Conflicts.Select(c => c.Key).Distinct(StringComparer.Ordinal).ToList();
            foreach (var line in lines)
            {
                var kind = NewsJson.Camel(line.Key.Kind.ToString());
                var said = line.First().Said;
                sb.Append("<li class=\"difference\" data-kind=\"").Append(kind).Append("\"><span class=\"pill kind ").Append(kind).Append("\">").Append(kind).Append("</span> ")
                  .Append(string.Join(" <span class=\"vs\">vs</span> ", card.Sides.Select((side, i) => "<span class=\"said\">" + E(said[i]) + "</span> <span class=\"who\">(" + page.PlainNameHtml(side.Name) + ")</span>")))
                  .Append(line.Select(l => l.Key).Distinct(StringComparer.Ordinal).ToList() is var keys && keys.Count < slots.Count ? " <span class=\"slot\">for " + E(string.Join("; ", keys)) + "</span>" : string.Empty)
                  .Append("</li>\n");
            }

            sb.Append("</ul>\n<div class=\"sides\">\n");
            foreach (var side in card.Sides)
            {
                var rep = side.Claims[0];
                var marks = card.Conflicts.SelectMany(c => c.Claims).Where(x => x.Source == rep.Source && x.Text == rep.Text && x.Highlight is not null)
                    .Select(x => (x.Highlight!.Value, Kind: card.Conflicts.First(c => c.Claims.Contains(x)).Kind)).ToList();
                sb.Append("<blockquote class=\"side\" data-source=\"").Append(E(rep.Source)).Append("\"><p>").Append(Marked(rep.Text, marks)).Append("</p><footer>")
                  .Append(page.Name(rep.Source));
                if (page.Paragraph(rep) is > 0 and var paragraph)
                {
                    sb.Append(" · <span class=\"pill para\">¶ ").Append(paragraph).Append("</span>");
                }

                var others = side.Claims.Skip(1).Select(x => x.Source).Concat(rep.Origin.Skip(1)).Where(s => s != rep.Source).Distinct(StringComparer.Ordinal).ToList();
                if (others.Count > 0)
                {
                    sb.Append(" · also ").Append(string.Join(", ", others.Select(page.Name)));
                }

                sb.Append("</footer></blockquote>\n");
            }

            sb.Append("</div></article>\n");
        }

        sb.Append("</section>\n");
    }

    /// <summary>What one side says in a difference: the amount, the bound, the speaker, the firmness and verb, or the date.</summary>
    private static string Said(Conflict conflict, ConflictClaim side, Page page)
    {
        var claim = page.Claim(side.Source, side.ClaimId);
        return conflict.Kind switch
        {
            ConflictKind.Attribution => claim?.Speaker ?? "no one named",
            ConflictKind.Modality => claim is null ? "?" : $"{Firmness(claim.Modality)} · {claim.Predicate}",
            ConflictKind.Date => claim?.Date is { } d ? d.Text + (d.Value is { } v ? " (" + v + ")" : string.Empty) : "no date",
            ConflictKind.Bound => claim is null ? NewsReport.Amount(side.Value, null, QuantityBound.Exact) : NewsReport.Amount(claim.Quantity.Value, claim.Quantity.Unit, claim.Quantity.Bound) + (claim.Quantity.Bound == QuantityBound.Exact ? " (exactly)" : string.Empty),
            _ => NewsReport.Amount(side.Value, claim?.Quantity.Unit, claim?.Quantity.Bound ?? QuantityBound.Exact),
        };
    }

    private static string Firmness(Modality m) => m switch
    {
        Modality.Asserted => "stated",
        Modality.Planned => "planned",
        Modality.Possible => "possible",
        Modality.Conditional => "conditional",
        Modality.Negated => "denied",
        _ => "reported",
    };

    private static void Facts(StringBuilder sb, string id, string title, IReadOnlyList<AlignedFact> facts, Page page)
    {
        sb.Append("<section id=\"").Append(id).Append("\"><h2>").Append(E(title)).Append(" <span class=\"n\">").Append(facts.Count).Append("</span></h2>\n");
        if (facts.Count == 0)
        {
            sb.Append("<p class=\"none\">None.</p>\n</section>\n");
            return;
        }

        sb.Append("<table class=\"facts\"><thead><tr><th>slot</th><th>value</th><th>origins</th><th>sources and sentences</th></tr></thead><tbody>\n");
        foreach (var f in facts)
        {
            var sources = f.Claims.Select(c => c.Source).Distinct(StringComparer.Ordinal).ToList();
            sb.Append("<tr class=\"fact").Append(f.IndependentSources > 1 ? " corroborated" : string.Empty).Append("\" data-sources=\"").Append(E(string.Join(' ', sources))).Append("\"><td>")
              .Append(E(f.Key)).Append("</td><td class=\"num\">").Append(E(NewsReport.Amount(f.Value, f.Unit, f.Bound))).Append("</td><td class=\"num\">").Append(f.IndependentSources)
              .Append("</td><td><details><summary>").Append(string.Join(", ", sources.Select(page.Name))).Append("</summary><ul>");
            foreach (var c in f.Claims)
            {
                sb.Append("<li>").Append(page.Name(c.Source)).Append(": ");
                if (page.Claim(c.Source, c.ClaimId) is { } claim && page.Article(c.Source) is { } article)
                {
                    var s = claim.Sentence;
                    var text = article.Text;
                    var fits = s.Start >= 0 && s.End <= text.Length && !s.IsEmpty;
                    var q = claim.Quantity.Span;
                    List<(TextSpan, ConflictKind)> mark = fits && s.Contains(q) ? [(new TextSpan(q.Start - s.Start, q.End - s.Start), ConflictKind.Value)] : [];
                    sb.Append('“').Append(Marked(fits ? s.Of(text) : claim.Quantity.Text, mark)).Append('”');
                    if (article.ProvenanceOf(claim).Paragraph is > 0 and var paragraph)
                    {
                        sb.Append(" <span class=\"pill para\">¶ ").Append(paragraph).Append("</span>");
                    }
                }
                else
                {
                    sb.Append("claim ").Append(E(c.ClaimId));
                }

                sb.Append("</li>");
            }

            sb.Append("</ul></details></td></tr>\n");
        }

        sb.Append("</tbody></table>\n</section>\n");
    }

    /// <summary>The sentence as HTML with each span that carries a difference in <c>mark.key</c> (its kind as a second class); the rest as plain text.</summary>
    internal static string Marked(string text, IReadOnlyList<(TextSpan Span, ConflictKind Kind)> marks)
    {
        var kinds = new ConflictKind?[text.Length];
        foreach (var (span, kind) in marks)
        {
            for (var i = Math.Max(0, span.Start); i < Math.Min(text.Length, span.End); i++)
            {
                kinds[i] ??= kind;
            }
        }

        var sb = new StringBuilder();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i < text.Length && kinds[i] == kinds[start])
            {
                continue;
            }

            var run = E(text[start..i]);
            sb.Append(kinds[start] is { } k ? "<mark class=\"key " + NewsJson.Camel(k.ToString()) + "\">" + run + "</mark>" : run);
            start = i;
        }

        return sb.ToString();
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);

    /// <summary>How the page names sources and finds claims.</summary>
    private sealed class Page
    {
        private readonly Dictionary<string, ArticleMetadata> _sources = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ArticleFacts> _articles = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, string), Claim> _claims = [];
        private readonly HashSet<string> _sharedOutlets = new(StringComparer.OrdinalIgnoreCase);

        public Page(CrossCheckReport report, IReadOnlyList<ArticleFacts> articles)
        {
            foreach (var s in report.Sources.Where(s => s.Id is not null))
            {
                _sources.TryAdd(s.Id!, s);
            }

            foreach (var a in articles)
            {
                _articles.TryAdd(a.Id, a);
                _sources.TryAdd(a.Id, a.Source);
                foreach (var c in a.Claims)
                {
                    _claims.TryAdd((a.Id, c.Id), c);
                }
            }

            foreach (var outlet in _sources.Values.Select(s => s.Outlet).OfType<string>().GroupBy(o => o, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                _sharedOutlets.Add(outlet.Key);
            }

            for (var g = 0; g < report.Copies.Count; g++)
            {
                foreach (var s in report.Copies[g].Sources)
                {
                    GroupOf.TryAdd(s, g);
                }
            }
        }

        public Dictionary<string, int> GroupOf { get; } = new(StringComparer.Ordinal);

        public Claim? Claim(string source, string claimId) => _claims.GetValueOrDefault((source, claimId));

        public ArticleFacts? Article(string source) => _articles.GetValueOrDefault(source);

        public int Paragraph(ConflictClaim side) =>
            side.Provenance?.Paragraph ?? (Article(side.Source) is { } a && Claim(side.Source, side.ClaimId) is { } c ? a.ProvenanceOf(c).Paragraph : 0);

        /// <summary>The source as text: its outlet (with the id when another source has the same outlet), else its title, else its id.</summary>
        public string PlainName(string id)
        {
            var s = _sources.GetValueOrDefault(id);
            return s?.Outlet is { } outlet ? (_sharedOutlets.Contains(outlet) ? $"{outlet} ({id})" : outlet) : s?.Title ?? id;
        }

        public string PlainNameHtml(string id)
        {
            var s = _sources.GetValueOrDefault(id);
            return s?.Outlet is { } outlet && _sharedOutlets.Contains(outlet) ? E(outlet) + " <code>" + E(id) + "</code>" : E(PlainName(id));
        }

        /// <summary>The source as HTML: outlet (id where shared), linked to the article when it has a web address, with the title on hover.</summary>
        public string Name(string id)
        {
            var s = _sources.GetValueOrDefault(id);
            var name = "<span class=\"source\">" + PlainNameHtml(id) + "</span>";
            var title = s?.Title is { } t ? " title=\"" + E(t) + "\"" : string.Empty;
            return Url(s) is { } url ? "<a href=\"" + E(url) + "\" rel=\"noreferrer\"" + title + ">" + name + "</a>" : "<span" + title + ">" + name + "</span>";
        }

        public string Outlet(string id)
        {
            var s = _sources.GetValueOrDefault(id);
            return E(s?.Outlet ?? "—") + (s?.Outlet is { } o && _sharedOutlets.Contains(o) ? " <code>" + E(id) + "</code>" : string.Empty);
        }

        public string TitleLink(string id)
        {
            var s = _sources.GetValueOrDefault(id);
            var title = E(s?.Title ?? id);
            return Url(s) is { } url ? "<a href=\"" + E(url) + "\" rel=\"noreferrer\">" + title + "</a>" : title;
        }

        private static string? Url(ArticleMetadata? s) =>
            s?.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? url : null;
    }

    private const string Css = """
        :root{--ink:#1d2330;--muted:#5b6474;--line:#d9dde5;--bg:#f7f8fa;--card:#fff;--key:#ffd54f}
        *{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
        header{padding:1.2rem 2rem;background:#1d2330;color:#fff}header h1{margin:0;font-size:1.5rem}.counts{margin:.3rem 0 0;color:#c9d1e0}
        main{max-width:72rem;margin:0 auto;padding:1rem 2rem 3rem}h2{margin-top:2rem;border-bottom:2px solid var(--line);padding-bottom:.3rem}
        .n{font-size:.8em;color:var(--muted);font-weight:normal}table{border-collapse:collapse;width:100%;background:var(--card)}
        th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#eef0f4}
        td.num{text-align:right;white-space:nowrap}code{font-size:.85em;background:#eef0f4;padding:0 .25em;border-radius:3px;white-space:nowrap}
        a{color:#1f4f99}.pill{display:inline-block;white-space:nowrap;padding:0 .5em;border-radius:1em;font-size:.8em;line-height:1.6;vertical-align:baseline}
        .group{color:#fff}.date,.para{background:#eef0f4;color:var(--muted)}.own{color:var(--muted)}.source{white-space:nowrap}
        .g0{background:#3f6fb5}.g1{background:#8a4fb5}.g2{background:#2f8f6b}.g3{background:#b5683f}.g4{background:#b53f5c}.g5{background:#5c6b7a}
        .copies{padding-left:1.2rem}.filters{position:sticky;top:0;z-index:1;display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;margin:1.5rem 0 0;padding:.5rem 0;background:var(--bg)}
        .filters .label{font-size:.8em;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin-right:.3rem}
        .filters button,.filters select{font:inherit;margin-right:.3rem;padding:.1rem .7rem;border:1px solid var(--line);border-radius:1em;background:var(--card);cursor:pointer;white-space:nowrap}
        .filters button.on{background:#1d2330;color:#fff}.card{background:var(--card);border:1px solid var(--line);border-left:5px solid #c0392b;border-radius:4px;padding:.6rem 1rem;margin:0 0 1rem}
        .card h3{margin:.2rem 0 .4rem;font-size:1.05rem}.kind{text-transform:uppercase;letter-spacing:.04em;border-radius:3px;color:#fff;background:#c0392b}
        .kind.bound{background:#b86e12}.kind.attribution{background:#6c5ce7}.kind.modality{background:#128a72}.kind.date{background:#2d7dd2}
        .differences{margin:.2rem 0 .7rem;padding-left:0;list-style:none}.difference{margin:.15rem 0}.slot{color:var(--muted)}.said{font-weight:600}.who,.vs{color:var(--muted)}
        .sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:.8rem}
        .side{margin:0;padding:.5rem .8rem;background:var(--bg);border-left:3px solid var(--line)}.side p{margin:0 0 .3rem}.side footer{font-size:.85em;color:var(--muted)}
        mark.key{background:var(--key);font-weight:600;padding:0 .1em;border-radius:2px}mark.key.attribution{background:#ddd6ff}mark.key.modality{background:#c8f0e6}mark.key.date{background:#cfe3fa}
        .hidden{display:none}tr.corroborated td:first-child{font-weight:600}details summary{cursor:pointer}details ul{margin:.3rem 0;padding-left:1.1rem}.none{color:var(--muted)}
        @media print{
          body{background:#fff;font-size:11pt}header{background:none;color:#000;padding:0 0 .5rem;border-bottom:2px solid #000}.counts{color:#333}
          main{max-width:none;padding:0}.filters{display:none}.hidden{display:revert}.card{break-inside:avoid;border-color:#999}
          a{color:#000;text-decoration:none}a[href^="http"]::after{content:" <" attr(href) ">";font-size:.8em;color:#555}
          mark.key{outline:1px solid #999}tr{break-inside:avoid}
        }
        """;

    private const string Script = """
        (function () {
          'use strict';
          var kind = 'all', source = 'all';
          var buttons = document.querySelectorAll('.filters button');
          var select = document.getElementById('source-filter');
          var filtered = document.querySelectorAll('[data-kinds], tr[data-sources]');
          function has(list, value) { return value === 'all' || (' ' + (list || '') + ' ').indexOf(' ' + value + ' ') >= 0; }
          function apply() {
            filtered.forEach(function (e) {
              var show = has(e.getAttribute('data-sources'), source) && (!e.hasAttribute('data-kinds') || has(e.getAttribute('data-kinds'), kind));
              e.classList.toggle('hidden', !show);
            });
          }
          buttons.forEach(function (b) {
            b.addEventListener('click', function () {
              kind = b.getAttribute('data-kind');
              buttons.forEach(function (x) { x.classList.toggle('on', x === b); });
              apply();
            });
          });
          if (select) { select.addEventListener('change', function () { source = select.value; apply(); }); }
          window.addEventListener('beforeprint', function () { document.querySelectorAll('details').forEach(function (d) { d.open = true; }); });
          document.body.setAttribute('data-ready', String(document.querySelectorAll('article.card').length));
        })();
        """;
}
