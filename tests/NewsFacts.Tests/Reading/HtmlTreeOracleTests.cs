using System.IO.Compression;
using System.Reflection;
using System.Text;
using HtmlAgilityPack;
using NewsFacts.Reading;

namespace NewsFacts.Tests.Reading;

/// <summary>
/// HtmlAgilityPack as the oracle of the reader's own parser (<see cref="HtmlTreeParser"/>): the same page parsed by both
/// must give the same tree, node for node (kind, name, text range, attributes, inner text), and the reader must read the
/// same body and metadata from both. Pages: the 91 article-extraction-benchmark pages of ../shared (read at run time),
/// thousands of pages generated from HTML pieces chosen to hit the parsing rules, and mutations of both.
/// </summary>
public sealed class HtmlTreeOracleTests
{
    private const int Depth = 2_016; // the reader's limit (2,000) plus its margin, as HtmlArticleReader.Parse asks

    private static readonly FieldInfo HideField = typeof(HtmlNode).GetField("_isHideInnerText", BindingFlags.NonPublic | BindingFlags.Instance)
        ?? throw new InvalidOperationException("HtmlAgilityPack has no _isHideInnerText field any more: the oracle needs updating.");

    private static readonly string[] Pieces =
    [
        "<p>", "</p>", "<p class=\"lead\">", "<div>", "</div>", "<div class='story-body' id=main>", "<span>", "</span>", "<a href=\"/x\">", "</a>", "<a href=/y>",
        "<li>", "</li>", "<ul>", "</ul>", "<ol>", "</ol>", "<dl>", "<dt>", "<dd>", "</dl>", "<table>", "<tr>", "<td>", "<th>", "</td>", "</tr>", "</table>",
        "<tbody>", "<thead>", "<tfoot>", "<caption>", "<colgroup>", "<select>", "<option>", "</option>", "</select>", "<h1>", "<h2>", "<h3>", "</h1>", "</h2>",
        "<h4>", "<h5>", "</h5>", "<br>", "</br>", "<br/>", "<br />", "<hr>", "<img src=a.png alt=\"x\">", "<meta name=\"description\" content=\"A &amp; B\">",
        "<meta property=og:title content='Title here'>", "<link rel=\"canonical\" href=\"https://e.example/a\">", "<input type=text value=\"v\">",
        "<script>var s = \"<p>not text</p>\";</script>", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\"}</script>",
        "<style>p { color: red }</style>", "<STYLE>div{}</STYLE >", "<textarea><b>raw</b></textarea>", "<title>A <b>title</b></title>", "<script>", "</script>",
        "<!-- a comment -->", "<!-- <div> -->", "<!--->", "<!---->", "<!doctype html>", "<!DOCTYPE html PUBLIC \"-//W3C//DTD\">", "<![CDATA[ x < y ]]>", "<?xml version=\"1.0\"?>",
        "<% server code %>", "<div <% x %>>", "<a title=\"<%= t %>\">", "<form>", "</form>", "</FORM>", "<FORM action=/s>", "<header>", "</header>", "<nav>",
        "</nav>", "<footer>", "<aside>", "<section>", "</section>", "<article>", "</article>", "<main>", "<blockquote>", "</blockquote>", "<pre>", "</pre>",
        "<time datetime=\"2024-05-02\" pubdate>", "</time>", "<b>", "</b>", "<i>", "</i>", "<B><I>", "</B></I>", "<P>", "<DIV CLASS=\"X\">", "<div hidden>",
        "<div style=\"display:none\">", "<div aria-hidden=\"true\">", "<div role=navigation>", "<div class=\"share\">", "<div class=comments>", "<x-widget>",
        "</x-widget>", "<svg><path d=\"M0 0\"/></svg>", "<noscript>", "</noscript>", "<iframe src=x></iframe>", "<a name=x/>", "<p/>", "<div/>", "< p>", "<3",
        "a < b", "x > y", "<>", "</>", "<//p>", "</ p>", "<p <p>", "<div class=\"unclosed>", "<div class='a\"b'>", "<a href=x<b>", "<a b c=d e='f' g=\"h\" i>",
        "<a =x>", "<a \"q\"=1>", "<img/src=x>", "<br/ class=x>", "<p id=a id=b>", "<p CLASS=a class=b>", "&amp;", "&lt;p&gt;", "&#8217;", "&nbsp;", "&#x1F600;", "&",
        "The council said on Monday it would spend 4 million dollars, the mayor said.", " ", "\n", "\t", "\r\n", "Text, with commas, here.", "\u00e9t\u00e9",
        "\U0001F600", "<\u00e9l>", "</\u00e9l>", "<SCR\u0130PT>x</script>", "<\u017Fcript>y</script>", "<scr", "<div class=", "<!--", "<![CDATA[", "<%",
    ];

    public static TheoryData<string> AebPages()
    {
        var data = new TheoryData<string>();
        foreach (var path in AebFiles())
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Fact]
    public void The_aeb_pages_are_there_to_compare()
    {
        Assert.Equal(91, AebFiles().Length);
    }

    [Theory]
    [MemberData(nameof(AebPages))]
    public void An_aeb_page_parses_to_HtmlAgilityPacks_tree_and_reads_the_same(string page)
    {
        var html = LoadPage(page);
        AssertSame(html, Depth);
    }

    [Fact]
    public void Mutated_aeb_pages_parse_to_HtmlAgilityPacks_tree()
    {
        var random = new Random(1313);
        var pages = AebFiles().Take(12).Select(p => LoadPage(Path.GetFileName(p))).ToArray();
        Assert.NotEmpty(pages);
        for (var i = 0; i < 60; i++)
        {
            var page = pages[random.Next(pages.Length)];
            var start = random.Next(page.Length);
            var window = page.Substring(start, Math.Min(page.Length - start, 2_000 + random.Next(20_000)));
            AssertSame(Mutate(window, random), Depth);
        }
    }

    [Fact]
    public void Generated_pages_parse_to_HtmlAgilityPacks_tree_and_read_the_same()
    {
        var random = new Random(424242);
        for (var i = 0; i < 4_000; i++)
        {
            var html = Generate(random);
            if (random.Next(3) == 0)
            {
                html = Mutate(html, random);
            }

            AssertSame(html, Depth);
        }
    }

    [Fact]
    public void Generated_pages_stop_at_the_depth_limit_where_HtmlAgilityPack_throws()
    {
        var random = new Random(77);
        var stopped = 0;
        for (var i = 0; i < 1_500; i++)
        {
            var html = Generate(random);
            stopped += AssertSame(html, 6) ? 1 : 0;
        }

        Assert.InRange(stopped, 50, 1_450); // both outcomes were met
    }

    [Fact]
    public void A_stray_form_end_tag_stays_as_text_in_both()
    {
        const string Html = "<body><div><p>Kept words here.</FORM></p></div></body>";
        AssertSame(Html, Depth);
        var (tree, _) = HtmlTreeParser.Parse(Html, Depth);
        var p = Descendants(tree).First(n => tree.Name(n) == "p");
        Assert.Equal("Kept words here.</form>", tree.InnerText(p));
    }

    [Fact]
    public void Implied_end_tags_nest_as_HtmlAgilityPack_nests_them()
    {
        const string Html = "<ul><li>one<li>two</ul><p>first<p>second<div>block</div><table><tr><td>a<td>b<tr><td>c</table>";
        AssertSame(Html, Depth);
        var (tree, _) = HtmlTreeParser.Parse(Html, Depth);
        Assert.Equal(2, Descendants(tree).Count(n => tree.Name(n) == "li" && tree.Parent(n) is var u && tree.Name(u) == "ul"));
        Assert.Equal(3, Descendants(tree).Count(n => tree.Name(n) == "td"));
        Assert.All(Descendants(tree).Where(n => tree.Name(n) == "p"), p => Assert.Equal("#document", tree.Name(tree.Parent(p))));
    }

    /// <summary>Parses with both; returns whether both stopped at the depth limit (HtmlAgilityPack by throwing).</summary>
    private static bool AssertSame(string html, int depth)
    {
        var (lean, tooDeep) = HtmlTreeParser.Parse(html, depth);
        var doc = new HtmlDocument { OptionMaxNestedChildNodes = depth, OptionUseIdAttribute = false, OptionCheckSyntax = false };
        try
        {
            doc.LoadHtml(html);
        }
        catch (Exception e) when (e.Message.Contains("nested tags", StringComparison.Ordinal))
        {
            Assert.True(tooDeep, $"HtmlAgilityPack stopped at depth {depth}, the parser did not: {Show(html)}");
            return true;
        }

        Assert.False(tooDeep, $"the parser stopped at depth {depth}, HtmlAgilityPack did not: {Show(html)}");
        var oracle = FromAgilityPack(doc, html);
        AssertSameTree(oracle, lean, html);
        var a = HtmlArticleReader.Read(oracle, ArticleMetadata.Empty).Article!;
        var b = HtmlArticleReader.Read(lean, ArticleMetadata.Empty).Article!;
        Assert.Equal(a.Body, b.Body);
        Assert.Equal(a.Metadata, b.Metadata);
        return false;
    }

    private static void AssertSameTree(HtmlTree expected, HtmlTree actual, string html)
    {
        Assert.True(expected.Count == actual.Count, $"{expected.Count} nodes from HtmlAgilityPack, {actual.Count} from the parser: {Show(html)}");
        // The parser numbers nodes in the order it appends them, the oracle in document order: compare them by walk.
        var e = Descendants(expected).ToArray();
        var a = Descendants(actual).ToArray();
        Assert.Equal(e.Length, a.Length);
        var map = new Dictionary<int, int> { [HtmlTree.Root] = HtmlTree.Root };
        for (var i = 0; i < e.Length; i++)
        {
            map[e[i]] = a[i];
        }

        for (var i = 0; i < e.Length; i++)
        {
            var (x, y) = (e[i], a[i]);
            var where = $"node {i} ({expected.Name(x)}) of {Show(html)}";
            Assert.True(expected.Kind(x) == actual.Kind(y), $"kind differs at {where}");
            Assert.True(expected.Name(x) == actual.Name(y), $"name {actual.Name(y)} for {expected.Name(x)} at {where}");
            Assert.True(map[expected.Parent(x)] == actual.Parent(y), $"parent differs at {where}");
            if (expected.IsText(x) || expected.Kind(x) == HtmlNodeKind.Comment)
            {
                Assert.True(expected.Text(x).SequenceEqual(actual.Text(y)), $"text differs at {where}");
            }
            else
            {
                Assert.Equal(expected.Attributes(x), actual.Attributes(y));
                Assert.True(expected.InnerText(x) == actual.InnerText(y), $"inner text differs at {where}");
            }
        }
    }

    /// <summary>HtmlAgilityPack's tree, rebuilt as an <see cref="HtmlTree"/> in document order.</summary>
    private static HtmlTree FromAgilityPack(HtmlDocument doc, string html)
    {
        var builder = new HtmlTree.Builder(html);
        var stack = new Stack<(HtmlNode Node, int Parent)>();
        for (var i = doc.DocumentNode.ChildNodes.Count - 1; i >= 0; i--)
        {
            stack.Push((doc.DocumentNode.ChildNodes[i], HtmlTree.Root));
        }

        while (stack.Count > 0)
        {
            var (node, parent) = stack.Pop();
            var kind = node.NodeType switch
            {
                HtmlNodeType.Element => HtmlNodeKind.Element,
                HtmlNodeType.Text => HtmlNodeKind.Text,
                HtmlNodeType.Comment => HtmlNodeKind.Comment,
                _ => throw new InvalidOperationException("a document node inside the document"),
            };
            var attributes = node.HasAttributes ? node.Attributes.Select(a => (a.Name, a.ValueStartIndex, a.ValueLength)).ToList() : [];
            if (node.HasAttributes)
            {
                // Values are ranges of the page unless HtmlAgilityPack changed them; check so the ranges stand for the values.
                foreach (var a in node.Attributes)
                {
                    var range = a.ValueLength <= 0 ? string.Empty : html.Substring(a.ValueStartIndex, a.ValueLength);
                    Assert.Equal(a.Value, range);
                }
            }

            var lowerCase = node is HtmlTextNode t && node.OuterStartIndex >= 0 && t.Text != html.Substring(node.OuterStartIndex, node.OriginalOuterLength);
            var id = builder.Add(parent, kind, node.Name, node.OuterStartIndex, kind == HtmlNodeKind.Element ? 0 : node.OriginalOuterLength, attributes, (bool)HideField.GetValue(node)!, lowerCase);
            if (node.HasChildNodes)
            {
                for (var i = node.ChildNodes.Count - 1; i >= 0; i--)
                {
                    stack.Push((node.ChildNodes[i], id));
                }
            }
        }

        return builder.Tree;
    }

    private static IEnumerable<int> Descendants(HtmlTree tree)
    {
        var stack = new Stack<int>();
        stack.Push(HtmlTree.Root);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (n != HtmlTree.Root)
            {
                yield return n;
            }

            for (var c = tree.LastChild(n); c != HtmlTree.None; c = tree.PreviousSibling(c))
            {
                stack.Push(c);
            }
        }
    }

    private static string Generate(Random random)
    {
        var sb = new StringBuilder();
        for (var k = 3 + random.Next(80); k > 0; k--)
        {
            sb.Append(Pieces[random.Next(Pieces.Length)]);
            if (random.Next(3) == 0)
            {
                sb.Append(" word");
            }
        }

        return sb.ToString();
    }

    private static string Mutate(string html, Random random)
    {
        const string Noise = "<>/=\"' !-%?&;\n";
        var sb = new StringBuilder(html);
        for (var k = 1 + random.Next(8); k > 0 && sb.Length > 0; k--)
        {
            var at = random.Next(sb.Length);
            switch (random.Next(4))
            {
                case 0:
                    sb.Remove(at, Math.Min(1 + random.Next(6), sb.Length - at));
                    break;
                case 1:
                    sb.Insert(at, Noise[random.Next(Noise.Length)]);
                    break;
                case 2:
                    sb.Insert(at, Pieces[random.Next(Pieces.Length)]);
                    break;
                default:
                    sb.Length = at; // cut off
                    break;
            }
        }

        return sb.ToString();
    }

    private static string Show(string html) => html.Length <= 300 ? $"\"{html}\"" : $"a page of {html.Length} characters starting \"{html[..200]}\"";

    private static string AebFolder => Path.GetFullPath(Path.Combine(Repo.Shared, "eval", "data", "aeb-dev", "html"));

    private static string[] AebFiles() => Directory.Exists(AebFolder) ? [.. Directory.GetFiles(AebFolder, "*.gz").Order(StringComparer.Ordinal)] : [];

    private static string LoadPage(string name)
    {
        using var file = File.OpenRead(Path.Combine(AebFolder, name));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
