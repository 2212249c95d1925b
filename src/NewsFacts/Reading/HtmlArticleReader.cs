using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;

namespace NewsFacts.Reading;

/// <summary>
/// Finds an HTML page's article body and metadata in the page's <see cref="HtmlTree"/>.
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
        var (tree, tooDeep) = depth > options.MaxHtmlDepth ? (null, true) : Parse(html, options);
        using (tree)
        {
            if (tooDeep || tree is null)
            {
                return ArticleReadResult.Failure(new Diagnostic(DiagnosticCodes.NestingTooDeep, DiagnosticSeverity.Error, string.Format(CultureInfo.InvariantCulture, DiagnosticCodes.Messages.NestingTooDeep, options.MaxHtmlDepth)), source);
            }

            return Read(tree, source);
        }
    }

    /// <summary>Reads the article from a parsed page (the tests also hand it HtmlAgilityPack's tree of the same page).</summary>
    internal static ArticleReadResult Read(HtmlTree tree, ArticleMetadata source)
    {
        var index = PageIndex.Of(tree);
        var jsonLd = JsonLdArticle.Read(index.JsonLd.Select(tree.InnerText));
        var metadata = ReadMetadata(tree, index, jsonLd).With(source);
        var diagnostics = new List<Diagnostic>();
        var body = ArticleBody(tree, index.Body == HtmlTree.None ? HtmlTree.Root : index.Body);
        if (jsonLd.Body is { Length: > 0 } ldBody && Words(ldBody) > 1.4 * Words(body) + 20)
        {
            // The page's own structured data holds a fuller body than the markup gave (a script-rendered page).
            body = JsonLdArticle.Paragraphs(ldBody);
        }

        return ArticleReadResult.Success(new NewsArticle(body, metadata, ArticleFormat.Html, diagnostics));
    }

    /// <summary>
    /// The page as the reader's tree (the benchmarks measure this step alone). The depth limit is a little above the
    /// reader's, which <see cref="MaxDepth"/> enforces first on a cheaper scan.
    /// </summary>
    internal static (HtmlTree? Tree, bool TooDeep) Parse(string html, ReadOptions options) => HtmlTreeParser.Parse(html, options.MaxHtmlDepth + 16);

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

    /// <summary>The elements metadata is read from, found in one walk.</summary>
    private sealed class PageIndex
    {
        public List<int> JsonLd { get; } = [];

        public List<int> Meta { get; } = [];

        public List<int> Links { get; } = [];

        public List<int> Times { get; } = [];

        public int Title { get; private set; } = HtmlTree.None;

        public int H1 { get; private set; } = HtmlTree.None;

        public int Body { get; private set; } = HtmlTree.None;

        public static PageIndex Of(HtmlTree tree)
        {
            var index = new PageIndex();
            var stack = new Stack<int>();
            stack.Push(HtmlTree.Root);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                switch (tree.Name(node))
                {
                    case "script":
                        if (tree.AttributeSpan(node, "type").Contains("ld+json", StringComparison.OrdinalIgnoreCase))
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
                        index.Title = index.Title == HtmlTree.None ? node : index.Title;
                        break;
                    case "h1":
                        index.H1 = index.H1 == HtmlTree.None ? node : index.H1;
                        break;
                    case "body":
                        index.Body = index.Body == HtmlTree.None ? node : index.Body;
                        break;
                }

                for (var c = tree.LastChild(node); c != HtmlTree.None; c = tree.PreviousSibling(c))
                {
                    if (tree.IsElement(c))
                    {
                        stack.Push(c);
                    }
                }
            }

            return index;
        }
    }

    // ---------------------------------------------------------------- metadata

    private static ArticleMetadata ReadMetadata(HtmlTree tree, PageIndex page, JsonLdArticle ld)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in page.Meta)
        {
            var key = tree.Attribute(node, "property", null) ?? tree.Attribute(node, "name", null) ?? tree.Attribute(node, "itemprop", null);
            var value = tree.Attribute(node, "content", null);
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

        var title = Meta("og:title", "twitter:title") ?? ld.Headline ?? NonEmpty(Clean(InnerTextOrNull(tree, page.Title)))
            ?? NonEmpty(Clean(InnerTextOrNull(tree, page.H1)));
        var outlet = Meta("og:site_name") ?? ld.Publisher ?? Meta("application-name", "publisher", "dc.publisher");
        var published = TextArticleReader.ParseDate(Meta("article:published_time"))
            ?? TextArticleReader.ParseDate(ld.DatePublished)
            ?? TextArticleReader.ParseDate(Meta("datePublished", "article.published", "publish-date", "pubdate", "publication_date", "sailthru.date", "parsely-pub-date", "dc.date.issued", "dc.date", "date", "og:published_time", "article:modified_time"))
            ?? TimeElementDate(tree, page);
        string? canonical = null;
        foreach (var link in page.Links)
        {
            if (tree.AttributeSpan(link, "rel").Trim().Equals("canonical", StringComparison.OrdinalIgnoreCase))
            {
                canonical = tree.Attribute(link, "href", null);
                break;
            }
        }

        var url = NonEmpty(Clean(canonical)) ?? Meta("og:url") ?? ld.Url;
        return new ArticleMetadata
        {
            Title = title,
            Outlet = outlet,
            Published = published,
            Url = url,
        };
    }

    private static string? InnerTextOrNull(HtmlTree tree, int node) => node == HtmlTree.None ? null : tree.InnerText(node);

    private static DateOnly? TimeElementDate(HtmlTree tree, PageIndex page)
    {
        var first = HtmlTree.None;
        foreach (var time in page.Times)
        {
            if (!tree.HasAttribute(time, "datetime"))
            {
                continue;
            }

            if (tree.HasAttribute(time, "pubdate") || tree.AttributeSpan(time, "itemprop").Contains("datePublished", StringComparison.OrdinalIgnoreCase))
            {
                first = time;
                break;
            }

            if (first == HtmlTree.None)
            {
                first = time;
            }
        }

        return first == HtmlTree.None ? null : TextArticleReader.ParseDate(tree.Attribute(first, "datetime", string.Empty));
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static string Clean(string? s) => s is null ? string.Empty : Collapse(WebUtility.HtmlDecode(s));

    // ---------------------------------------------------------------- body

    private static readonly BoilerplateWords Words_ = BoilerplateWords.Default;

    private const int ShortBody = 500;

    private static string ArticleBody(HtmlTree tree, int root)
    {
        var body = ArticleBody(tree, root, byClass: true);
        if (body.Length >= ShortBody)
        {
            return body;
        }

        // Too little was left: perhaps a furniture-sounding class wrapped the article. Try again trusting only tags.
        var retry = ArticleBody(tree, root, byClass: false);
        return retry.Length > (body.Length * 1.3) + 50 ? retry : body;
    }

    private static string ArticleBody(HtmlTree tree, int root, bool byClass)
    {
        // Two arrays of one entry per node, rented: they are most of what reading a page would otherwise allocate.
        var pruned = ArrayPool<bool>.Shared.Rent(tree.Count);
        var stats = ArrayPool<Stats>.Shared.Rent(tree.Count);
        try
        {
            Array.Clear(pruned, 0, tree.Count);
            Array.Clear(stats, 0, tree.Count);
            Prune(tree, root, byClass, pruned);
            var order = Measure(tree, root, stats, pruned);
            var top = TopCandidate(tree, order, stats);
            var paragraphs = new List<string>();
            if (top == HtmlTree.None)
            {
                Emit(tree, root, stats, paragraphs);
            }
            else
            {
                foreach (var part in Gather(tree, top, stats))
                {
                    Emit(tree, part, stats, paragraphs);
                }
            }

            TrimEnds(paragraphs);
            return string.Join("\n\n", paragraphs);
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(pruned);
            ArrayPool<Stats>.Shared.Return(stats);
        }
    }

    /// <summary>Finds what is never article text (scripts, forms, navigation, hidden and furniture elements); the page is left as it is.</summary>
    private static void Prune(HtmlTree tree, int root, bool byClass, bool[] remove)
    {
        var stack = new Stack<int>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            for (var child = tree.FirstChild(node); child != HtmlTree.None; child = tree.NextSibling(child))
            {
                if (tree.Kind(child) == HtmlNodeKind.Comment)
                {
                    remove[child] = true;
                    continue;
                }

                if (!tree.IsElement(child))
                {
                    continue;
                }

                if (IsFurniture(tree, child, byClass))
                {
                    remove[child] = true;
                    continue;
                }

                stack.Push(child);
            }
        }

        if (Debug)
        {
            for (var node = 0; node < tree.Count; node++)
            {
                if (remove[node] && tree.InnerText(node).Length > 300)
                {
                    Console.Error.WriteLine($"pruned <{tree.Name(node)} class='{tree.Attribute(node, "class", "")}' id='{tree.Attribute(node, "id", "")}'> {tree.InnerText(node).Length} chars");
                }
            }
        }
    }

    private static readonly bool Debug = Environment.GetEnvironmentVariable("NEWSFACTS_DEBUG_READ") == "1";

    private static bool IsFurniture(HtmlTree tree, int node, bool byClass)
    {
        var name = tree.Name(node);
        if (Words_.DropTags.Contains(name))
        {
            return true;
        }

        if (name is "body" or "html" or "article" or "main")
        {
            return false;
        }

        if (tree.HasAttribute(node, "hidden") || tree.AttributeSpan(node, "aria-hidden").Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = tree.AttributeSpan(node, "style");
        if (style.Length > 0 && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase) || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var role = tree.AttributeSpan(node, "role");
        if (role is "navigation" or "complementary" or "banner" or "contentinfo" or "menu" or "menubar" or "dialog" or "alert")
        {
            return true;
        }

        if (name is "span" && IsHoverCard(tree, node))
        {
            return true;
        }

        if (name is "header" && !HasLongParagraph(tree, node))
        {
            return true;
        }

        if (name is "form" && !HasLongParagraph(tree, node))
        {
            return true;
        }

        Span<char> buffer = stackalloc char[256];
        var classAndId = ClassAndId(tree, node, buffer);
        if (classAndId.Length == 0 || !(byClass ? Words_.IsNegative(classAndId) : Words_.IsStrongNegative(classAndId)))
        {
            return false;
        }

        // A furniture-sounding wrapper that holds the article's prose (class="post-body comments-on") stays.
        if (!HasLongParagraph(tree, node))
        {
            // So does a social-media embed: the post it quotes (a blockquote) is part of what the article shows.
            return Words_.IsStrongNegative(classAndId) || !HoldsQuotation(tree, node);
        }

        if (!byClass)
        {
            return false;
        }

        return Words_.IsStrongNegative(classAndId) && !Words_.IsPositive(classAndId);
    }

    /// <summary>
    /// Whether an inline element inside a paragraph is a card that pops up over a linked name (a person's photo, the name
    /// again and links to their latest stories): it holds an image and two or more links, has no text outside its links,
    /// and does not itself open with a link, as the name of the sentence it pops up from does.
    /// </summary>
    private static bool IsHoverCard(HtmlTree tree, int node)
    {
        var inParagraph = false;
        for (var up = tree.Parent(node); up != HtmlTree.None; up = tree.Parent(up))
        {
            if (tree.IsElement(up) && tree.Name(up) is "p" or "li")
            {
                inParagraph = true;
                break;
            }
        }

        var first = tree.FirstChild(node);
        while (first != HtmlTree.None && tree.IsText(first) && tree.Text(first).IsWhiteSpace())
        {
            first = tree.NextSibling(first);
        }

        if (!inParagraph || first == HtmlTree.None || (tree.IsElement(first) && tree.Name(first) == "a"))
        {
            return false;
        }

        int images = 0, links = 0;
        var stack = new Stack<(int Node, bool InLink)>();
        stack.Push((node, false));
        while (stack.Count > 0)
        {
            var (n, inLink) = stack.Pop();
            for (var c = tree.FirstChild(n); c != HtmlTree.None; c = tree.NextSibling(c))
            {
                if (tree.IsText(c))
                {
                    if (!inLink && !tree.Text(c).IsWhiteSpace())
                    {
                        return false;
                    }

                    continue;
                }

                if (!tree.IsElement(c))
                {
                    continue;
                }

                var name = tree.Name(c);
                images += name == "img" ? 1 : 0;
                links += name == "a" ? 1 : 0;
                stack.Push((c, inLink || name == "a"));
            }
        }

        return images > 0 && links >= 2;
    }

    /// <summary>Whether an element holds a blockquote with words in it (an embedded post the article quotes).</summary>
    private static bool HoldsQuotation(HtmlTree tree, int node)
    {
        var stack = new Stack<int>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            for (var c = tree.FirstChild(n); c != HtmlTree.None; c = tree.NextSibling(c))
            {
                if (!tree.IsElement(c))
                {
                    continue;
                }

                if (tree.Name(c) == "blockquote")
                {
                    if (VisibleLength(tree.InnerText(c)) >= 40)
                    {
                        return true;
                    }

                    continue;
                }

                stack.Push(c);
            }
        }

        return false;
    }

    /// <summary>Whether an element holds prose: a long paragraph, several paragraphs, or a long run of plain text.</summary>
    private static bool HasLongParagraph(HtmlTree tree, int node)
    {
        var inParagraphs = 0;
        var stack = new Stack<(int Node, bool InP)>();
        stack.Push((node, false));
        var currentP = 0;
        var lastP = HtmlTree.None;
        while (stack.Count > 0)
        {
            var (n, inP) = stack.Pop();
            if (tree.IsText(n))
            {
                var length = VisibleLength(tree.Text(n));
                if (inP)
                {
                    inParagraphs += length;
                    var p = tree.Parent(n);
                    while (p != HtmlTree.None && tree.Name(p) != "p")
                    {
                        p = tree.Parent(p);
                    }

                    currentP = p == lastP ? currentP + length : length;
                    lastP = p;
                    if (currentP > 200 || inParagraphs > 400)
                    {
                        return true;
                    }
                }
                else if (length > 150 && tree.Name(tree.Parent(n)) is not "a")
                {
                    return true;
                }

                continue;
            }

            if (!tree.IsElement(n) || tree.Name(n) is "script" or "style")
            {
                continue;
            }

            var childInP = inP || tree.Name(n) == "p";
            for (var c = tree.LastChild(n); c != HtmlTree.None; c = tree.PreviousSibling(c))
            {
                stack.Push((c, childInP));
            }
        }

        return false;
    }

    /// <summary>
    /// The element's class and id, lower-cased and joined by a space, written into <paramref name="buffer"/> when it fits
    /// (an array otherwise): asked of every element, it must not cost a string each time.
    /// </summary>
    private static ReadOnlySpan<char> ClassAndId(HtmlTree tree, int node, Span<char> buffer)
    {
        var cls = tree.AttributeSpan(node, "class");
        var id = tree.AttributeSpan(node, "id");
        if (cls.Length == 0 && id.Length == 0)
        {
            return [];
        }

        var length = cls.Length == 0 ? id.Length : id.Length == 0 ? cls.Length : cls.Length + 1 + id.Length;
        var span = length <= buffer.Length ? buffer[..length] : new char[length];
        if (cls.Length == 0)
        {
            id.ToLowerInvariant(span);
        }
        else if (id.Length == 0)
        {
            cls.ToLowerInvariant(span);
        }
        else
        {
            cls.ToLowerInvariant(span);
            span[cls.Length] = ' ';
            id.ToLowerInvariant(span[(cls.Length + 1)..]);
        }

        return span;
    }

    /// <summary>Text length, link-text length and commas of a subtree, and its readability score (one per node; <see cref="Measured"/> when the node was measured).</summary>
    private struct Stats
    {
        public int Text;
        public int LinkText;
        public int Commas;
        public double Score;
        public bool Scored;
        public bool Measured;

        public readonly double LinkDensity => Text == 0 ? 0 : (double)LinkText / Text;
    }

    /// <summary>Measures every element bottom-up (iteratively, so deep pages cannot overflow the stack).</summary>
    private static List<int> Measure(HtmlTree tree, int root, Stats[] stats, bool[] pruned)
    {
        var order = new List<int>();
        var stack = new Stack<int>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            order.Add(node);
            for (var child = tree.LastChild(node); child != HtmlTree.None; child = tree.PreviousSibling(child))
            {
                if (tree.IsElement(child) && !pruned[child])
                {
                    stack.Push(child);
                }
            }
        }

        for (var i = order.Count - 1; i >= 0; i--)
        {
            var node = order[i];
            var s = new Stats { Measured = true };
            for (var child = tree.FirstChild(node); child != HtmlTree.None; child = tree.NextSibling(child))
            {
                if (tree.IsText(child))
                {
                    var t = tree.Text(child);
                    s.Text += VisibleLength(t);
                    s.Commas += CountCommas(t);
                }
                else if (stats[child].Measured)
                {
                    ref readonly var cs = ref stats[child];
                    s.Text += cs.Text;
                    s.Commas += cs.Commas;
                    s.LinkText += tree.Name(child) == "a" ? cs.Text : cs.LinkText;
                }
            }

            stats[node] = s;
        }

        return order;
    }

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

    private static int TopCandidate(HtmlTree tree, List<int> order, Stats[] stats)
    {
        var candidates = new List<int>();
        foreach (var node in order)
        {
            if (!stats[node].Measured)
            {
                continue;
            }

            var s = stats[node];
            var name = tree.Name(node);
            var isParagraph = ParagraphTags.Contains(name) || (name == "div" && !HasBlockChild(tree, node));
            if (!isParagraph || s.Text < 25)
            {
                continue;
            }

            var score = 1.0 + s.Commas + Math.Min(s.Text / 100, 3);
            var ancestor = tree.Parent(node);
            for (var level = 0; level < 5 && ancestor != HtmlTree.None && tree.IsElement(ancestor); level++, ancestor = tree.Parent(ancestor))
            {
                if (!stats[ancestor].Measured)
                {
                    break;
                }

                ref var a = ref stats[ancestor];
                if (!a.Scored)
                {
                    a.Scored = true;
                    a.Score = InitialScore(tree, ancestor);
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

        var top = HtmlTree.None;
        var best = double.MinValue;
        foreach (var c in candidates)
        {
            ref var s = ref stats[c];
            s.Score *= 1 - s.LinkDensity;
            if (s.Score > best)
            {
                best = s.Score;
                top = c;
            }
        }

        if (top == HtmlTree.None)
        {
            return HtmlTree.None;
        }

        // When several strong candidates share an ancestor, the article is that ancestor (paragraphs split into blocks).
        var strong = candidates.Where(c => c != top && stats[c].Score >= 0.75 * best).Take(8).ToList();
        if (strong.Count >= 3)
        {
            for (var parent = tree.Parent(top); parent != HtmlTree.None && tree.Name(parent) != "body" && stats[parent].Measured; parent = tree.Parent(parent))
            {
                var p = parent;
                if (strong.Count(c => IsAncestor(tree, p, c)) >= 3)
                {
                    top = parent;
                    break;
                }
            }
        }

        // A parent that scores about as well carries more of the article.
        var topScore = stats[top].Score;
        for (var parent = tree.Parent(top); parent != HtmlTree.None && tree.Name(parent) != "body" && tree.IsElement(parent); parent = tree.Parent(parent))
        {
            var ps = stats[parent];
            if (!ps.Measured || !ps.Scored)
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

        while (tree.Parent(top) is var only && only != HtmlTree.None && stats[only].Measured && tree.Name(only) != "body" && ElementChildren(tree, only, stats) == 1)
        {
            top = only;
        }

        return top;
    }

    private static int ElementChildren(HtmlTree tree, int node, Stats[] stats)
    {
        var n = 0;
        for (var c = tree.FirstChild(node); c != HtmlTree.None; c = tree.NextSibling(c))
        {
            if (tree.IsElement(c) && stats[c].Measured)
            {
                n++;
            }
            else if (tree.IsText(c) && !tree.Text(c).IsWhiteSpace())
            {
                n++;
            }
        }

        return n;
    }

    private static bool IsAncestor(HtmlTree tree, int ancestor, int node)
    {
        for (var n = tree.Parent(node); n != HtmlTree.None; n = tree.Parent(n))
        {
            if (n == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasBlockChild(HtmlTree tree, int node)
    {
        for (var c = tree.FirstChild(node); c != HtmlTree.None; c = tree.NextSibling(c))
        {
            if (tree.IsElement(c) && BlockTags.Contains(tree.Name(c)))
            {
                return true;
            }
        }

        return false;
    }

    private static double InitialScore(HtmlTree tree, int node)
    {
        var score = tree.Name(node) switch
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
        Span<char> buffer = stackalloc char[256];
        var classAndId = ClassAndId(tree, node, buffer);
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

        if (tree.AttributeSpan(node, "itemprop").Equals("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            score += 50;
        }

        return score;
    }

    /// <summary>The top candidate and those of its siblings that belong to the article too.</summary>
    private static List<int> Gather(HtmlTree tree, int top, Stats[] stats)
    {
        var parent = tree.Parent(top);
        if (parent == HtmlTree.None || tree.Name(top) == "body" || !stats[top].Measured)
        {
            return [top];
        }

        var topScore = stats[top].Score;
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = tree.AttributeSpan(top, "class");
        var parts = new List<int>();
        for (var sibling = tree.FirstChild(parent); sibling != HtmlTree.None; sibling = tree.NextSibling(sibling))
        {
            if (sibling == top)
            {
                parts.Add(sibling);
                continue;
            }

            if (!tree.IsElement(sibling) || !stats[sibling].Measured)
            {
                continue;
            }

            var s = stats[sibling];
            var sameClass = topClass.Length > 0 && tree.AttributeSpan(sibling, "class").SequenceEqual(topClass);
            var bonus = sameClass ? topScore * 0.2 : 0;
            if (s.Scored && s.Score + bonus >= threshold)
            {
                parts.Add(sibling);
                continue;
            }

            // A sibling of the top's own class holding link-free prose is more of the body, even when its paragraphs
            // sit too deep to have voted for it.
            if (sameClass && !s.Scored && s.Text >= 200 && s.LinkDensity < 0.25)
            {
                parts.Add(sibling);
                continue;
            }

            if (tree.Name(sibling) is "p" or "blockquote" or "ul" or "ol" or "h2" or "h3" or "h4")
            {
                var text = s.Text;
                var ld = s.LinkDensity;
                if ((text > 80 && ld < 0.25) || (text > 0 && text <= 80 && ld == 0 && EndsSentence(tree.InnerText(sibling))))
                {
                    parts.Add(sibling);
                }
            }
        }

        return parts;
    }

    /// <summary>
    /// Drops the page's labels at the two ends of the body: bylines and lines that are only a date before the first
    /// paragraph of prose or after the last, and after the last also the notes to the reader (how to reach or follow
    /// the author, calls to subscribe) and a company's closing self-description, with the short name or heading lines
    /// just before them.
    /// </summary>
    private static void TrimEnds(List<string> paragraphs)
    {
        var lead = 0;
        while (lead < paragraphs.Count - 1 && paragraphs[lead].Length < 100 && (BoilerplateWords.IsByline(paragraphs[lead]) || Words_.IsDateLine(paragraphs[lead])))
        {
            lead++;
        }

        var total = paragraphs.Sum(p => p.Length);
        var cut = paragraphs.Count;
        var removed = 0;
        var afterNote = false;
        for (var i = paragraphs.Count - 1; i > lead && i >= paragraphs.Count - 8; i--)
        {
            var p = paragraphs[i];
            var note = Words_.IsReaderNote(p);
            if (note || BoilerplateWords.IsByline(p) || Words_.IsDateLine(p) || (afterNote && p.Length <= 60 && !EndsSentence(p)))
            {
                cut = i;
                removed += p.Length;
                afterNote = note || afterNote;
                continue;
            }

            // A company's self-description that closes a press release, perhaps under an "About X" line.
            var profile = -1;
            for (var j = Math.Max(lead + 1, i - 3); j <= i && profile < 0; j++)
            {
                profile = Words_.IsCompanyProfile(paragraphs, j, i + 1) ? j : -1;
            }

            if (profile > 0)
            {
                removed += paragraphs.Skip(profile).Take(i + 1 - profile).Sum(x => x.Length);
                cut = profile;
                afterNote = true;
                i = profile;
                continue;
            }

            break;
        }

        if (removed * 3 > total)
        {
            cut = paragraphs.Count;
        }

        paragraphs.RemoveRange(cut, paragraphs.Count - cut);
        paragraphs.RemoveRange(0, lead);
    }

    private static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '"' or '\u201D';
    }

    /// <summary>Writes the blocks of <paramref name="node"/> as paragraphs, skipping link lists and furniture lines.</summary>
    private static void Emit(HtmlTree tree, int node, Stats[] stats, List<string> paragraphs)
    {
        var current = new StringBuilder();
        var stack = new Stack<(int Node, bool Exit)>();
        stack.Push((node, false));
        while (stack.Count > 0)
        {
            var (n, exit) = stack.Pop();
            if (tree.IsText(n))
            {
                AppendText(current, tree.Text(n));
                continue;
            }

            if (!tree.IsElement(n) || !stats[n].Measured)
            {
                continue;
            }

            var name = tree.Name(n);
            var block = BlockTags.Contains(name);
            if (exit)
            {
                if (block)
                {
                    Flush(current, paragraphs);
                }

                continue;
            }

            if (name == "br")
            {
                var next = tree.NextSibling(n);
                if ((next != HtmlTree.None && tree.Name(next) == "br")
                    || (next != HtmlTree.None && tree.IsText(next) && tree.Text(next).IsWhiteSpace() && tree.NextSibling(next) is var after && after != HtmlTree.None && tree.Name(after) == "br"))
                {
                    Flush(current, paragraphs);
                }
                else
                {
                    current.Append('\n');
                }

                continue;
            }

            if (name == "h1" && n != node)
            {
                // The headline is metadata, not body.
                continue;
            }

            if (n != node && IsLinkList(name, stats[n]))
            {
                continue;
            }

            if (block)
            {
                Flush(current, paragraphs);
                stack.Push((n, true));
            }

            for (var c = tree.LastChild(n); c != HtmlTree.None; c = tree.PreviousSibling(c))
            {
                stack.Push((c, false));
            }
        }

        Flush(current, paragraphs);
    }

    private static bool IsLinkList(string name, Stats s)
    {
        if (s.Text == 0)
        {
            return false;
        }

        // A list item is judged with its list: a list of headlines with a line of summary each is the article's.
        if (name is "ul" or "ol" or "div" or "section" or "table" or "p" or "dl")
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
