using System.Globalization;
using System.Net;
using System.Text;
using HtmlAgilityPack;

namespace NewsFacts.Reading;

/// <summary>
/// The only class that touches HtmlAgilityPack: finds an HTML page's article body and metadata.
/// </summary>
/// <remarks>
/// The body is found the way a reader's eye finds it. Page furniture goes first: scripts, forms, navigation,
/// asides, footers, and any element whose class or id names furniture (sharing, related links, cookie banners,
/// ads; the words are in <c>Data/read-boilerplate.tsv</c>) unless it clearly holds the article's prose. Every
/// paragraph then votes for its parent and, more weakly, its grandparents, by its length and commas; a container's
/// score is discounted by how much of its text is link text. The best container wins, together with the siblings
/// that score nearly as well or hold link-free prose, and its blocks are written out one paragraph per block,
/// separated by blank lines, without link lists or one-line furniture ("Advertisement", "Read more").
/// </remarks>
internal static class HtmlArticleReader
{
    public static ArticleReadResult Read(string html, ArticleMetadata? overrides, ReadOptions options)
    {
        var source = overrides ?? ArticleMetadata.Empty;
        var depth = MaxDepth(html, options.MaxHtmlDepth);
        if (depth > options.MaxHtmlDepth)
        {
            return ArticleReadResult.Failure(new Diagnostic(DiagnosticCodes.NestingTooDeep, DiagnosticSeverity.Error, string.Format(CultureInfo.InvariantCulture, DiagnosticCodes.Messages.NestingTooDeep, options.MaxHtmlDepth)), source);
        }

        var doc = Parse(html, options);
        var index = PageIndex.Of(doc);
        var jsonLd = JsonLdArticle.Read(index.JsonLd.Select(n => n.InnerText));
        var metadata = ReadMetadata(index, jsonLd).With(source);
        var diagnostics = new List<Diagnostic>();
        var body = ArticleBody(index.Body ?? doc.DocumentNode);
        if (jsonLd.Body is { Length: > 0 } ldBody && Words(ldBody) > 1.4 * Words(body) + 20)
        {
            // The page's own structured data holds a fuller body than the markup gave (a script-rendered page).
            body = JsonLdArticle.Paragraphs(ldBody);
        }

        return ArticleReadResult.Success(new NewsArticle(body, metadata, ArticleFormat.Html, diagnostics));
    }

    /// <summary>
    /// The page as HtmlAgilityPack's tree, parsed as the reader parses it (the benchmarks measure this step alone: it
    /// is most of what reading allocates).
    /// </summary>
    internal static HtmlDocument Parse(string html, ReadOptions options)
    {
        // The reader never looks nodes up by id nor reads HtmlAgilityPack's parse errors: both indexes cost allocation per node.
        var doc = new HtmlDocument { OptionMaxNestedChildNodes = options.MaxHtmlDepth + 16, OptionUseIdAttribute = false, OptionCheckSyntax = false };
        doc.LoadHtml(html);
        return doc;
    }

    /// <summary>
    /// A fast tag scan that measures element nesting without building a tree, stopping past <paramref name="limit"/>.
    /// Comments and the insides of scripts and styles are skipped; elements that need no end tag do not nest.
    /// </summary>
    internal static int MaxDepth(string html, int limit)
    {
        int depth = 0, max = 0;
        var i = 0;
        while (i < html.Length - 1)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            var c = html[lt + 1];
            if (c == '!')
            {
                var end = html.AsSpan(lt).StartsWith("<!--") ? html.IndexOf("-->", lt + 4, StringComparison.Ordinal) : html.IndexOf('>', lt + 1);
                i = end < 0 ? html.Length : end + 1;
                continue;
            }

            if (c == '/')
            {
                depth = Math.Max(0, depth - 1);
                i = lt + 2;
                continue;
            }

            if (!char.IsAsciiLetter(c))
            {
                i = lt + 1;
                continue;
            }

            var close = html.IndexOf('>', lt + 1);
            if (close < 0)
            {
                break;
            }

            var nameEnd = lt + 1;
            while (nameEnd < close && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }

            var name = html.AsSpan(lt + 1, nameEnd - lt - 1);
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                var endTag = html.IndexOf(name.Equals("script", StringComparison.OrdinalIgnoreCase) ? "</script" : "</style", close, StringComparison.OrdinalIgnoreCase);
                i = endTag < 0 ? html.Length : endTag + 2;
                continue;
            }

            if (html[close - 1] != '/' && !IsVoid(name))
            {
                depth++;
                if (depth > max)
                {
                    max = depth;
                    if (max > limit)
                    {
                        return max;
                    }
                }
            }

            i = close + 1;
        }

        return max;
    }

    private static readonly string[] VoidElements = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "p", "li", "option", "td", "tr", "th", "dt", "dd"];

    private static bool IsVoid(ReadOnlySpan<char> name)
    {
        foreach (var v in VoidElements)
        {
            if (name.Equals(v, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The elements metadata is read from, found in one walk (HtmlAgilityPack's Descendants nests iterators per level).</summary>
    private sealed class PageIndex
    {
        public List<HtmlNode> JsonLd { get; } = [];

        public List<HtmlNode> Meta { get; } = [];

        public List<HtmlNode> Links { get; } = [];

        public List<HtmlNode> Times { get; } = [];

        public HtmlNode? Title { get; private set; }

        public HtmlNode? H1 { get; private set; }

        public HtmlNode? Body { get; private set; }

        public static PageIndex Of(HtmlDocument doc)
        {
            var index = new PageIndex();
            var stack = new Stack<HtmlNode>();
            stack.Push(doc.DocumentNode);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                switch (node.Name)
                {
                    case "script":
                        if (node.GetAttributeValue("type", string.Empty).Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                        {
                            index.JsonLd.Add(node);
                        }

                        continue;
                    case "style":
                        continue;
                    case "meta":
                        index.Meta.Add(node);
                        break;
                    case "link":
                        index.Links.Add(node);
                        break;
                    case "time":
                        index.Times.Add(node);
                        break;
                    case "title":
                        index.Title ??= node;
                        break;
                    case "h1":
                        index.H1 ??= node;
                        break;
                    case "body":
                        index.Body ??= node;
                        break;
                }

                var children = ChildrenOf(node);
                for (var c = children.Count - 1; c >= 0; c--)
                {
                    if (children[c].NodeType == HtmlNodeType.Element)
                    {
                        stack.Push(children[c]);
                    }
                }
            }

            return index;
        }
    }

    // ---------------------------------------------------------------- metadata

    private static ArticleMetadata ReadMetadata(PageIndex page, JsonLdArticle ld)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in page.Meta)
        {
            var key = node.GetAttributeValue("property", null!) ?? node.GetAttributeValue("name", null!) ?? node.GetAttributeValue("itemprop", null!);
            var value = node.GetAttributeValue("content", null!);
            if (!string.IsNullOrWhiteSpace(key) && !string.IsNullOrWhiteSpace(value))
            {
                meta.TryAdd(key.Trim(), Clean(value));
            }
        }

        string? Meta(params string[] keys)
        {
            foreach (var k in keys)
            {
                if (meta.TryGetValue(k, out var v) && v.Length > 0)
                {
                    return v;
                }
            }

            return null;
        }

        var title = Meta("og:title", "twitter:title") ?? ld.Headline ?? NonEmpty(Clean(page.Title?.InnerText))
            ?? NonEmpty(Clean(page.H1?.InnerText));
        var outlet = Meta("og:site_name") ?? ld.Publisher ?? Meta("application-name", "publisher", "dc.publisher");
        var published = TextArticleReader.ParseDate(Meta("article:published_time"))
            ?? TextArticleReader.ParseDate(ld.DatePublished)
            ?? TextArticleReader.ParseDate(Meta("datePublished", "article.published", "publish-date", "pubdate", "publication_date", "sailthru.date", "parsely-pub-date", "dc.date.issued", "dc.date", "date", "og:published_time", "article:modified_time"))
            ?? TimeElementDate(page);
        var canonical = page.Links
            .FirstOrDefault(l => string.Equals(l.GetAttributeValue("rel", string.Empty).Trim(), "canonical", StringComparison.OrdinalIgnoreCase))
            ?.GetAttributeValue("href", null!);
        var url = NonEmpty(Clean(canonical)) ?? Meta("og:url") ?? ld.Url;
        return new ArticleMetadata
        {
            Title = title,
            Outlet = outlet,
            Published = published,
            Url = url,
        };
    }

    private static DateOnly? TimeElementDate(PageIndex page)
    {
        HtmlNode? first = null;
        foreach (var time in page.Times)
        {
            if (!time.HasAttributes || !time.Attributes.Contains("datetime"))
            {
                continue;
            }

            if (time.Attributes.Contains("pubdate") || time.GetAttributeValue("itemprop", string.Empty).Contains("datePublished", StringComparison.OrdinalIgnoreCase))
            {
                first = time;
                break;
            }

            first ??= time;
        }

        return first is null ? null : TextArticleReader.ParseDate(first.GetAttributeValue("datetime", string.Empty));
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static string Clean(string? s) => s is null ? string.Empty : Collapse(WebUtility.HtmlDecode(s));

    // ---------------------------------------------------------------- body

    private static readonly BoilerplateWords Words_ = BoilerplateWords.Default;

    private const int ShortBody = 500;

    private static string ArticleBody(HtmlNode root)
    {
        var body = ArticleBody(root, byClass: true);
        if (body.Length >= ShortBody)
        {
            return body;
        }

        // Too little was left: perhaps a furniture-sounding class wrapped the article. Try again trusting only tags.
        var retry = ArticleBody(root, byClass: false);
        return retry.Length > (body.Length * 1.3) + 50 ? retry : body;
    }

    private static string ArticleBody(HtmlNode root, bool byClass)
    {
        var pruned = Prune(root, byClass);
        var stats = new Dictionary<HtmlNode, Stats>();
        var order = Measure(root, stats, pruned);
        var top = TopCandidate(order, stats);
        var parts = top is null ? [root] : Gather(top, stats);
        var paragraphs = new List<string>();
        foreach (var part in parts)
        {
            Emit(part, stats, paragraphs);
        }

        return string.Join("\n\n", paragraphs);
    }

    /// <summary>Removes what is never article text: scripts, forms, navigation, hidden and furniture elements.</summary>
    /// <summary>Finds what is never article text (scripts, forms, navigation, hidden and furniture elements); the page is left as it is.</summary>
    private static HashSet<HtmlNode> Prune(HtmlNode root, bool byClass)
    {
        var remove = new HashSet<HtmlNode>();
        var stack = new Stack<HtmlNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            foreach (var child in ChildrenOf(node))
            {
                if (child.NodeType == HtmlNodeType.Comment)
                {
                    remove.Add(child);
                    continue;
                }

                if (child.NodeType != HtmlNodeType.Element)
                {
                    continue;
                }

                if (IsFurniture(child, byClass))
                {
                    remove.Add(child);
                    continue;
                }

                stack.Push(child);
            }
        }

        if (Debug)
        {
            foreach (var node in remove.Where(n => n.InnerText.Length > 300))
            {
                Console.Error.WriteLine($"pruned <{node.Name} class='{node.GetAttributeValue("class", "")}' id='{node.GetAttributeValue("id", "")}'> {node.InnerText.Length} chars");
            }
        }

        return remove;
    }

    private static readonly bool Debug = Environment.GetEnvironmentVariable("NEWSFACTS_DEBUG_READ") == "1";

    private static bool IsFurniture(HtmlNode node, bool byClass)
    {
        var name = node.Name;
        if (Words_.DropTags.Contains(name))
        {
            return true;
        }

        if (name is "body" or "html" or "article" or "main")
        {
            return false;
        }

        if ((node.HasAttributes && node.Attributes.Contains("hidden")) || string.Equals(node.GetAttributeValue("aria-hidden", string.Empty), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = node.GetAttributeValue("style", string.Empty);
        if (style.Length > 0 && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase) || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var role = node.GetAttributeValue("role", string.Empty);
        if (role is "navigation" or "complementary" or "banner" or "contentinfo" or "menu" or "menubar" or "dialog" or "alert")
        {
            return true;
        }

        if (name is "header" && !HasLongParagraph(node))
        {
            return true;
        }

        if (name is "form" && !HasLongParagraph(node))
        {
            return true;
        }

        var classAndId = ClassAndId(node);
        if (classAndId.Length == 0 || !(byClass ? Words_.IsNegative(classAndId) : Words_.IsStrongNegative(classAndId)))
        {
            return false;
        }

        // A furniture-sounding wrapper that holds the article's prose (class="post-body comments-on") stays.
        if (!HasLongParagraph(node))
        {
            return true;
        }

        if (!byClass)
        {
            return false;
        }

        return Words_.IsStrongNegative(classAndId) && !Words_.IsPositive(classAndId);
    }

    /// <summary>Whether an element holds prose: a long paragraph, several paragraphs, or a long run of plain text.</summary>
    private static bool HasLongParagraph(HtmlNode node)
    {
        var inParagraphs = 0;
        var stack = new Stack<(HtmlNode Node, bool InP)>();
        stack.Push((node, false));
        var currentP = 0;
        HtmlNode? lastP = null;
        while (stack.Count > 0)
        {
            var (n, inP) = stack.Pop();
            if (n.NodeType == HtmlNodeType.Text)
            {
                var length = VisibleLength(TextOf(n));
                if (inP)
                {
                    inParagraphs += length;
                    var p = n.ParentNode;
                    while (p is not null && p.Name != "p")
                    {
                        p = p.ParentNode;
                    }

                    currentP = p == lastP ? currentP + length : length;
                    lastP = p;
                    if (currentP > 200 || inParagraphs > 400)
                    {
                        return true;
                    }
                }
                else if (length > 150 && n.ParentNode?.Name is not "a")
                {
                    return true;
                }

                continue;
            }

            if (n.NodeType != HtmlNodeType.Element || n.Name is "script" or "style")
            {
                continue;
            }

            var childInP = inP || n.Name == "p";
            var children = ChildrenOf(n);
            for (var c = children.Count - 1; c >= 0; c--)
            {
                stack.Push((children[c], childInP));
            }
        }

        return false;
    }

    private static string ClassAndId(HtmlNode node)
    {
        var cls = node.GetAttributeValue("class", string.Empty);
        var id = node.GetAttributeValue("id", string.Empty);
        return cls.Length == 0 ? id.ToLowerInvariant() : id.Length == 0 ? cls.ToLowerInvariant() : (cls + " " + id).ToLowerInvariant();
    }

    /// <summary>Text length, link-text length and commas of a subtree, and its readability score.</summary>
    private sealed class Stats
    {
        public int Text;
        public int LinkText;
        public int Commas;
        public double Score;
        public bool Scored;

        public double LinkDensity => Text == 0 ? 0 : (double)LinkText / Text;
    }

    /// <summary>Measures every element bottom-up (iteratively, so deep pages cannot overflow the stack).</summary>
    private static List<HtmlNode> Measure(HtmlNode root, Dictionary<HtmlNode, Stats> stats, HashSet<HtmlNode> pruned)
    {
        var order = new List<HtmlNode>();
        var stack = new Stack<HtmlNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            order.Add(node);
            var children = ChildrenOf(node);
            for (var c = children.Count - 1; c >= 0; c--)
            {
                var child = children[c];
                if (child.NodeType == HtmlNodeType.Element && !pruned.Contains(child))
                {
                    stack.Push(child);
                }
            }
        }

        for (var i = order.Count - 1; i >= 0; i--)
        {
            var node = order[i];
            var s = new Stats();
            foreach (var child in ChildrenOf(node))
            {
                if (child.NodeType == HtmlNodeType.Text)
                {
                    var t = TextOf(child);
                    s.Text += VisibleLength(t);
                    s.Commas += CountCommas(t);
                }
                else if (stats.TryGetValue(child, out var cs))
                {
                    s.Text += cs.Text;
                    s.Commas += cs.Commas;
                    s.LinkText += child.Name == "a" ? cs.Text : cs.LinkText;
                }
            }

            stats[node] = s;
        }

        return order;
    }

    /// <summary>
    /// A text node's text as a span of the page, without the copy that <see cref="HtmlTextNode.Text"/> makes on every read
    /// (the reader never changes the tree, so each node's text is still where the parser found it).
    /// </summary>
    /// <summary>
    /// A node's children. HtmlAgilityPack makes an empty collection for a childless node the first time it is asked, and
    /// a new attribute collection on every read of <c>Attributes</c> of a node without attributes: so ask
    /// <c>HasChildNodes</c> and <c>HasAttributes</c> first.
    /// </summary>
    private static HtmlNodeCollection ChildrenOf(HtmlNode node) => node.HasChildNodes ? node.ChildNodes : NoChildren;

    private static readonly HtmlNodeCollection NoChildren = new(null);

    private static ReadOnlySpan<char> TextOf(HtmlNode text) =>
        text.OuterStartIndex < 0 || text.OriginalOuterLength < 0 ? [] : text.OwnerDocument.Text.AsSpan(text.OuterStartIndex, text.OriginalOuterLength);

    private static int VisibleLength(ReadOnlySpan<char> html)
    {
        var n = 0;
        var space = true;
        foreach (var c in html)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    n++;
                    space = true;
                }
            }
            else
            {
                n++;
                space = false;
            }
        }

        return n;
    }

    private static int CountCommas(ReadOnlySpan<char> text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (c is ',' or '\uFF0C' or '\u3001')
            {
                n++;
            }
        }

        return n;
    }

    private static readonly HashSet<string> ParagraphTags = new(StringComparer.Ordinal) { "p", "pre", "td", "blockquote", "li", "h2", "h3", "h4", "dd" };

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "table", "tbody", "thead",
        "tr", "td", "th", "dl", "dt", "dd", "figure", "header", "hr", "address", "center", "details", "summary", "form", "fieldset", "picture", "body", "html",
    };

    private static HtmlNode? TopCandidate(List<HtmlNode> order, Dictionary<HtmlNode, Stats> stats)
    {
        var candidates = new List<HtmlNode>();
        foreach (var node in order)
        {
            if (!stats.TryGetValue(node, out var s))
            {
                continue;
            }

            var isParagraph = ParagraphTags.Contains(node.Name) || (node.Name == "div" && !HasBlockChild(node));
            if (!isParagraph || s.Text < 25)
            {
                continue;
            }

            var score = 1.0 + s.Commas + Math.Min(s.Text / 100, 3);
            var ancestor = node.ParentNode;
            for (var level = 0; level < 5 && ancestor is not null && ancestor.NodeType == HtmlNodeType.Element; level++, ancestor = ancestor.ParentNode)
            {
                if (!stats.TryGetValue(ancestor, out var a))
                {
                    break;
                }

                if (!a.Scored)
                {
                    a.Scored = true;
                    a.Score = InitialScore(ancestor);
                    candidates.Add(ancestor);
                }

                a.Score += level switch
                {
                    0 => score,
                    1 => score / 2,
                    _ => score / (level * 3),
                };
            }
        }

        HtmlNode? top = null;
        var best = double.MinValue;
        foreach (var c in candidates)
        {
            var s = stats[c];
            s.Score *= 1 - s.LinkDensity;
            if (s.Score > best)
            {
                best = s.Score;
                top = c;
            }
        }

        if (top is null)
        {
            return null;
        }

        // When several strong candidates share an ancestor, the article is that ancestor (paragraphs split into blocks).
        var strong = candidates.Where(c => c != top && stats[c].Score >= 0.75 * best).Take(8).ToList();
        if (strong.Count >= 3)
        {
            for (var parent = top.ParentNode; parent is not null && parent.Name != "body" && stats.ContainsKey(parent); parent = parent.ParentNode)
            {
                var p = parent;
                if (strong.Count(c => IsAncestor(p, c)) >= 3)
                {
                    top = parent;
                    break;
                }
            }
        }

        // A parent that scores about as well carries more of the article.
        var topScore = stats[top].Score;
        for (var parent = top.ParentNode; parent is not null && parent.Name != "body" && parent.NodeType == HtmlNodeType.Element; parent = parent.ParentNode)
        {
            if (!stats.TryGetValue(parent, out var ps) || !ps.Scored)
            {
                break;
            }

            if (ps.Score < topScore / 3)
            {
                break;
            }

            if (ps.Score > topScore)
            {
                top = parent;
                break;
            }

            topScore = ps.Score;
        }

        while (top.ParentNode is { } only && stats.ContainsKey(only) && only.Name != "body" && ElementChildren(only, stats) == 1)
        {
            top = only;
        }

        return top;
    }

    private static int ElementChildren(HtmlNode node, Dictionary<HtmlNode, Stats> stats)
    {
        var n = 0;
        foreach (var c in ChildrenOf(node))
        {
            if (c.NodeType == HtmlNodeType.Element && stats.ContainsKey(c))
            {
                n++;
            }
            else if (c.NodeType == HtmlNodeType.Text && !TextOf(c).IsWhiteSpace())
            {
                n++;
            }
        }

        return n;
    }

    private static bool IsAncestor(HtmlNode ancestor, HtmlNode node)
    {
        for (var n = node.ParentNode; n is not null; n = n.ParentNode)
        {
            if (n == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasBlockChild(HtmlNode node)
    {
        foreach (var c in ChildrenOf(node))
        {
            if (c.NodeType == HtmlNodeType.Element && BlockTags.Contains(c.Name))
            {
                return true;
            }
        }

        return false;
    }

    private static double InitialScore(HtmlNode node)
    {
        var score = node.Name switch
        {
            "div" => 5.0,
            "article" => 10.0,
            "main" => 5.0,
            "section" => 3.0,
            "pre" or "td" or "blockquote" => 3.0,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3.0,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5.0,
            _ => 0.0,
        };
        var classAndId = ClassAndId(node);
        if (classAndId.Length > 0)
        {
            if (Words_.IsNegative(classAndId))
            {
                score -= 25;
            }

            if (Words_.IsPositive(classAndId))
            {
                score += 25;
            }
        }

        if (string.Equals(node.GetAttributeValue("itemprop", string.Empty), "articleBody", StringComparison.OrdinalIgnoreCase))
        {
            score += 50;
        }

        return score;
    }

    /// <summary>The top candidate and those of its siblings that belong to the article too.</summary>
    private static List<HtmlNode> Gather(HtmlNode top, Dictionary<HtmlNode, Stats> stats)
    {
        var parent = top.ParentNode;
        if (parent is null || top.Name == "body" || !stats.TryGetValue(top, out var topStats))
        {
            return [top];
        }

        var topScore = topStats.Score;
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.GetAttributeValue("class", string.Empty);
        var parts = new List<HtmlNode>();
        foreach (var sibling in ChildrenOf(parent))
        {
            if (sibling == top)
            {
                parts.Add(sibling);
                continue;
            }

            if (sibling.NodeType != HtmlNodeType.Element || !stats.TryGetValue(sibling, out var s))
            {
                continue;
            }

            var bonus = topClass.Length > 0 && string.Equals(sibling.GetAttributeValue("class", string.Empty), topClass, StringComparison.Ordinal) ? topScore * 0.2 : 0;
            if (s.Scored && s.Score + bonus >= threshold)
            {
                parts.Add(sibling);
                continue;
            }

            if (sibling.Name is "p" or "blockquote" or "ul" or "ol" or "h2" or "h3" or "h4")
            {
                var text = s.Text;
                var ld = s.LinkDensity;
                if ((text > 80 && ld < 0.25) || (text > 0 && text <= 80 && ld == 0 && EndsSentence(sibling.InnerText)))
                {
                    parts.Add(sibling);
                }
            }
        }

        return parts;
    }

    private static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '"' or '\u201D';
    }

    /// <summary>Writes the blocks of <paramref name="node"/> as paragraphs, skipping link lists and furniture lines.</summary>
    private static void Emit(HtmlNode node, Dictionary<HtmlNode, Stats> stats, List<string> paragraphs)
    {
        var current = new StringBuilder();
        var stack = new Stack<(HtmlNode Node, bool Exit)>();
        stack.Push((node, false));
        while (stack.Count > 0)
        {
            var (n, exit) = stack.Pop();
            if (n.NodeType == HtmlNodeType.Text)
            {
                AppendText(current, TextOf(n));
                continue;
            }

            if (n.NodeType != HtmlNodeType.Element || !stats.ContainsKey(n))
            {
                continue;
            }

            var block = BlockTags.Contains(n.Name);
            if (exit)
            {
                if (block)
                {
                    Flush(current, paragraphs);
                }

                continue;
            }

            if (n.Name == "br")
            {
                if (n.NextSibling is { Name: "br" } || (n.NextSibling is HtmlTextNode t && TextOf(t).IsWhiteSpace() && t.NextSibling is { Name: "br" }))
                {
                    Flush(current, paragraphs);
                }
                else
                {
                    current.Append('\n');
                }

                continue;
            }

            if (n.Name == "h1" && n != node)
            {
                // The headline is metadata, not body.
                continue;
            }

            if (stats.TryGetValue(n, out var s) && n != node && IsLinkList(n, s))
            {
                continue;
            }

            if (block)
            {
                Flush(current, paragraphs);
                stack.Push((n, true));
            }

            var children = ChildrenOf(n);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push((children[i], false));
            }
        }

        Flush(current, paragraphs);
    }

    private static bool IsLinkList(HtmlNode n, Stats s)
    {
        if (s.Text == 0)
        {
            return false;
        }

        if (n.Name is "ul" or "ol" or "div" or "section" or "table" or "p" or "li" or "dl")
        {
            return s.LinkDensity > 0.5 && (s.Text < 400 || s.LinkDensity > 0.8);
        }

        return false;
    }

    private static void AppendText(StringBuilder current, ReadOnlySpan<char> raw)
    {
        // WebUtility, not HtmlEntity.DeEntitize: that one writes a character past U+FFFF ("&#x1F600;") as "&##x1F600;".
        // Text without an ampersand has no entity to decode, and is read in place.
        var text = raw.Contains('&') ? WebUtility.HtmlDecode(raw.ToString()).AsSpan() : raw;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                if (current.Length > 0 && current[^1] is not ' ' and not '\n')
                {
                    current.Append(' ');
                }
            }
            else
            {
                current.Append(c);
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (current.Length == 0)
        {
            return;
        }

        var text = current.ToString().Trim();
        current.Clear();
        text = text.Replace(" \n", "\n", StringComparison.Ordinal).Replace("\n ", "\n", StringComparison.Ordinal);
        if (text.Length == 0 || Words_.IsFurnitureLine(text))
        {
            return;
        }

        paragraphs.Add(text);
    }

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Trim();
    }

    private static int Words(string text)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                n++;
            }

            inWord = letter;
        }

        return n;
    }
}
