using System.Globalization;
using System.Net;
using System.Text;
using Humanizer;

namespace NewsFacts.Reports;

/// <summary>
/// Writes a cross-check report as one self-contained HTML page: inline CSS and script only, and a content security
/// policy that forbids every network request. It shows the sources and their copy groups, each conflict with both
/// sentences and the differing words highlighted, the facts with their support, and the single-source facts.
/// </summary>
public static class HtmlReport
{
    /// <summary>Writes <see cref="Render"/> to a text writer; the writer is left open.</summary>
    public static void Write(CrossCheckReport report, IReadOnlyList<ArticleFacts> articles, TextWriter writer) => NewsReport.Write(Render(report, articles), writer);

    /// <summary>Writes <see cref="Render"/> to a stream as UTF-8 (no byte-order mark); the stream is left open.</summary>
    public static void Write(CrossCheckReport report, IReadOnlyList<ArticleFacts> articles, Stream stream) => NewsReport.Write(Render(report, articles), stream);

    /// <summary>Renders the report; <paramref name="articles"/> supply the sentences shown for each fact's claims.</summary>
    public static string Render(CrossCheckReport report, IReadOnlyList<ArticleFacts> articles)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(articles);
        var claims = new Dictionary<(string, string), (ArticleFacts Article, Claim Claim)>();
        foreach (var a in articles)
        {
            foreach (var c in a.Claims)
            {
                claims.TryAdd((a.Id, c.Id), (a, c));
            }
        }

        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<link rel=\"icon\" href=\"data:,\">\n")
          .Append("<title>NewsFacts cross-check</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n");

        sb.Append("<header><h1>Cross-check</h1><p class=\"counts\">")
          .Append(E($"{"source".ToQuantity(report.Sources.Count)}, {"copy group".ToQuantity(report.Copies.Count)}, {"fact".ToQuantity(report.Facts.Count)}, {"conflict".ToQuantity(report.Conflicts.Count)}, {"single-source fact".ToQuantity(report.SingleSource.Count)}"))
          .Append("</p></header>\n<main>\n");

        Sources(sb, report);
        Skipped(sb, report);
        Conflicts(sb, report);
        Facts(sb, "facts", "Facts", report.Facts, claims);
        Facts(sb, "single", "Single-source facts", report.SingleSource, claims);

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

    private static void Sources(StringBuilder sb, CrossCheckReport report)
    {
        sb.Append("<section id=\"sources\"><h2>Sources</h2>\n<table><thead><tr><th>id</th><th>title</th><th>outlet</th><th>published</th><th>origin</th></tr></thead><tbody>\n");
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < report.Copies.Count; g++)
        {
            foreach (var s in report.Copies[g].Sources)
            {
                groupOf.TryAdd(s, g);
            }
        }

        foreach (var s in report.Sources)
        {
            var id = s.Id ?? "?";
            var origin = groupOf.TryGetValue(id, out var g) ? $"<span class=\"group g{g % 6}\">copy group {g + 1}</span>" : "<span class=\"own\">its own</span>";
            sb.Append("<tr><td><code>").Append(E(id)).Append("</code></td><td>");
            if (s.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps))
            {
                sb.Append("<a href=\"").Append(E(url)).Append("\" rel=\"noreferrer\">").Append(E(s.Title ?? url)).Append("</a>");
            }
            else
            {
                sb.Append(E(s.Title ?? "untitled"));
            }

            sb.Append("</td><td>").Append(E(s.Outlet ?? "")).Append("</td><td>")
              .Append(s.Published is { } p ? p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "").Append("</td><td>")
              .Append(origin).Append("</td></tr>\n");
        }

        sb.Append("</tbody></table>\n");
        if (report.Copies.Count > 0)
        {
            sb.Append("<ul class=\"copies\">\n");
            for (var g = 0; g < report.Copies.Count; g++)
            {
                var c = report.Copies[g];
                sb.Append("<li class=\"copy\"><span class=\"group g").Append(g % 6).Append("\">copy group ").Append(g + 1).Append("</span> ")
                  .Append(string.Join(" = ", c.Sources.Select(x => "<code>" + E(x) + "</code>")))
                  .Append(": ").Append(E(c.Relation.ToString().ToLowerInvariant()))
                  .Append(", ").Append(Math.Round(c.Similarity * 100).ToString(CultureInfo.InvariantCulture)).Append("% alike; one origin</li>\n");
            }

            sb.Append("</ul>\n");
        }

        sb.Append("</section>\n");
    }

    private static void Conflicts(StringBuilder sb, CrossCheckReport report)
    {
        sb.Append("<section id=\"conflicts\"><h2>Conflicts <span class=\"n\">").Append(report.Conflicts.Count).Append("</span></h2>\n");
        if (report.Conflicts.Count == 0)
        {
            sb.Append("<p class=\"none\">No conflicts found.</p>\n</section>\n");
            return;
        }

        sb.Append("<div class=\"filters\" role=\"group\" aria-label=\"Show conflicts of one kind\"><button type=\"button\" data-kind=\"all\" class=\"on\">all</button>");
        foreach (var kind in report.Conflicts.Select(c => c.Kind).Distinct().Order())
        {
            var k = NewsJson.Camel(kind.ToString());
            sb.Append("<button type=\"button\" data-kind=\"").Append(k).Append("\">").Append(k).Append("</button>");
        }

        sb.Append("</div>\n");
        foreach (var c in report.Conflicts)
        {
            var kind = NewsJson.Camel(c.Kind.ToString());
            sb.Append("<article class=\"conflict\" data-kind=\"").Append(kind).Append("\"><h3><span class=\"kind ").Append(kind).Append("\">").Append(kind).Append("</span> ")
              .Append(E(c.Key)).Append("</h3>\n<p class=\"summary\">").Append(E(c.Summary)).Append("</p>\n<div class=\"sides\">\n");
            foreach (var side in c.Claims)
            {
                sb.Append("<blockquote class=\"side\" data-source=\"").Append(E(side.Source)).Append("\"><p>")
                  .Append(Marked(side.Text, side.Highlight, side.Differences))
                  .Append("</p><footer><code>").Append(E(side.Source)).Append("</code>");
                if (side.Origin.Count > 1)
                {
                    sb.Append(" (also ").Append(string.Join(", ", side.Origin.Skip(1).Select(o => "<code>" + E(o) + "</code>"))).Append(')');
                }

                sb.Append(" · claim ").Append(E(side.ClaimId)).Append(" · ").Append(E(NewsReport.Number(side.Value))).Append("</footer></blockquote>\n");
            }

            sb.Append("</div></article>\n");
        }

        sb.Append("</section>\n");
    }

    private static void Facts(StringBuilder sb, string id, string title, IReadOnlyList<AlignedFact> facts, Dictionary<(string, string), (ArticleFacts Article, Claim Claim)> claims)
    {
        sb.Append("<section id=\"").Append(id).Append("\"><h2>").Append(E(title)).Append(" <span class=\"n\">").Append(facts.Count).Append("</span></h2>\n");
        if (facts.Count == 0)
        {
            sb.Append("<p class=\"none\">None.</p>\n</section>\n");
            return;
        }

        sb.Append("<table class=\"facts\"><thead><tr><th>slot</th><th>value</th><th>independent sources</th><th>support</th></tr></thead><tbody>\n");
        foreach (var f in facts)
        {
            var bound = f.Bound switch
            {
                QuantityBound.AtLeast => "at least ",
                QuantityBound.AtMost => "at most ",
                QuantityBound.Approx => "about ",
                _ => string.Empty,
            };
            sb.Append("<tr class=\"fact").Append(f.IndependentSources > 1 ? " corroborated" : string.Empty).Append("\"><td>").Append(E(f.Key)).Append("</td><td class=\"num\">")
              .Append(E(bound + NewsReport.Number(f.Value))).Append(' ').Append(E(f.Unit ?? string.Empty)).Append("</td><td class=\"num\">").Append(f.IndependentSources)
              .Append("</td><td><details><summary>").Append(E("claim".ToQuantity(f.Claims.Count))).Append(": ")
              .Append(string.Join(", ", f.Claims.Select(c => c.Source).Distinct(StringComparer.Ordinal).Select(s => "<code>" + E(s) + "</code>"))).Append("</summary><ul>");
            foreach (var c in f.Claims)
            {
                sb.Append("<li><code>").Append(E(c.Source)).Append("</code> ");
                if (claims.TryGetValue((c.Source, c.ClaimId), out var found))
                {
                    var s = found.Claim.Sentence;
                    var text = found.Article.Text;
                    var sentence = s.Start >= 0 && s.End <= text.Length && !s.IsEmpty ? s.Of(text) : found.Claim.Quantity.Text;
                    var q = found.Claim.Quantity.Span;
                    TextSpan? mark = s.Contains(q) && s.End <= text.Length && s.Start >= 0 ? new TextSpan(q.Start - s.Start, q.End - s.Start) : null;
                    sb.Append(Marked(sentence, mark, []));
                }
                else
                {
                    sb.Append(E(c.ClaimId));
                }

                sb.Append("</li>");
            }

            sb.Append("</ul></details></td></tr>\n");
        }

        sb.Append("</tbody></table>\n</section>\n");
    }

    /// <summary>The sentence as HTML: the differing words in <c>mark.diff</c>, the part that carries the conflict in <c>mark.key</c>.</summary>
    internal static string Marked(string text, TextSpan? highlight, IReadOnlyList<TextSpan> differences)
    {
        var flags = new byte[text.Length];
        foreach (var d in differences)
        {
            for (var i = Math.Max(0, d.Start); i < Math.Min(text.Length, d.End); i++)
            {
                flags[i] |= 1;
            }
        }

        if (highlight is { } h)
        {
            // The key part is shown whole, whether or not its words differ.
            for (var i = Math.Max(0, h.Start); i < Math.Min(text.Length, h.End); i++)
            {
                flags[i] = 2;
            }
        }

        var sb = new StringBuilder();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i < text.Length && flags[i] == flags[start])
            {
                continue;
            }

            var run = E(text[start..i]);
            sb.Append(flags[start] switch
            {
                0 => run,
                1 => "<mark class=\"diff\">" + run + "</mark>",
                _ => "<mark class=\"key\">" + run + "</mark>",
            });
            start = i;
        }

        return sb.ToString();
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private const string Css = """
        :root{--ink:#1d2330;--muted:#5b6474;--line:#d9dde5;--bg:#f7f8fa;--card:#fff;--key:#ffd54f;--diff:#fff3c4}
        *{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
        header{padding:1.2rem 2rem;background:#1d2330;color:#fff}header h1{margin:0;font-size:1.5rem}.counts{margin:.3rem 0 0;color:#c9d1e0}
        main{max-width:70rem;margin:0 auto;padding:1rem 2rem 3rem}h2{margin-top:2rem;border-bottom:2px solid var(--line);padding-bottom:.3rem}
        .n{font-size:.8em;color:var(--muted);font-weight:normal}table{border-collapse:collapse;width:100%;background:var(--card)}
        th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#eef0f4}
        td.num{text-align:right;white-space:nowrap}code{font-size:.9em;background:#eef0f4;padding:0 .25em;border-radius:3px}
        .group{display:inline-block;padding:0 .45em;border-radius:1em;font-size:.85em;color:#fff}.own{color:var(--muted)}
        .g0{background:#3f6fb5}.g1{background:#8a4fb5}.g2{background:#2f8f6b}.g3{background:#b5683f}.g4{background:#b53f5c}.g5{background:#5c6b7a}
        .copies{padding-left:1.2rem}.filters{margin:.5rem 0 1rem}.filters button{font:inherit;margin-right:.3rem;padding:.15rem .7rem;border:1px solid var(--line);border-radius:1em;background:var(--card);cursor:pointer}
        .filters button.on{background:#1d2330;color:#fff}.conflict{background:var(--card);border:1px solid var(--line);border-left:5px solid #c0392b;border-radius:4px;padding:.6rem 1rem;margin:0 0 1rem}
        .conflict h3{margin:.2rem 0;font-size:1.05rem}.kind{display:inline-block;font-size:.8em;text-transform:uppercase;letter-spacing:.04em;padding:0 .5em;border-radius:3px;color:#fff;background:#c0392b}
        .kind.bound{background:#d4862a}.kind.attribution{background:#6c5ce7}.kind.modality{background:#16a085}.kind.date{background:#2d7dd2}
        .summary{margin:.3rem 0 .6rem}.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:.8rem}
        .side{margin:0;padding:.5rem .8rem;background:var(--bg);border-left:3px solid var(--line)}.side p{margin:0 0 .3rem}.side footer{font-size:.85em;color:var(--muted)}
        mark.diff{background:var(--diff)}mark.key{background:var(--key);font-weight:600}.hidden{display:none}
        tr.corroborated td:first-child{font-weight:600}details summary{cursor:pointer}details ul{margin:.3rem 0;padding-left:1.1rem}.none{color:var(--muted)}
        """;

    private const string Script = """
        (function () {
          'use strict';
          var buttons = document.querySelectorAll('.filters button');
          var conflicts = document.querySelectorAll('article.conflict');
          buttons.forEach(function (b) {
            b.addEventListener('click', function () {
              var kind = b.getAttribute('data-kind');
              buttons.forEach(function (x) { x.classList.toggle('on', x === b); });
              conflicts.forEach(function (c) { c.classList.toggle('hidden', kind !== 'all' && c.getAttribute('data-kind') !== kind); });
            });
          });
          document.body.setAttribute('data-ready', String(conflicts.length));
        })();
        """;
}
