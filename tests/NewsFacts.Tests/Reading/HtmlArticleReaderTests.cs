namespace NewsFacts.Tests.Reading;

public sealed class HtmlArticleReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head>
          <title>Harbour bridge reopens | The Coastal Courier</title>
          <meta property="og:title" content="Harbour bridge reopens after repairs">
          <meta property="og:site_name" content="The Coastal Courier">
          <meta property="article:published_time" content="2024-05-06T08:30:00+02:00">
          <link rel="canonical" href="https://courier.example/2024/05/bridge">
          <script>var tracking = "<div><div><div>";</script>
        </head><body>
          <header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
          <div id="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
          <main>
            <article class="story">
              <h1>Harbour bridge reopens after repairs</h1>
              <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
              <div class="story-body">
                <p>The harbour bridge reopened on Monday, three weeks after a barge struck one of its piers, the port authority said.</p>
                <p>Engineers replaced two bearings and reinforced the damaged pier with steel jackets, a spokeswoman told reporters, adding that inspections would continue.</p>
                <h2>Traffic returns</h2>
                <p>About 40,000 vehicles cross the bridge on a normal weekday, according to city figures, and detours had added up to half an hour to some commutes.</p>
                <ul>
                  <li>Buses resume their old routes on Tuesday.</li>
                  <li>The ferry shuttle ends on Friday.</li>
                </ul>
                <div class="advert">Advertisement</div>
                <p>The authority said the repairs cost 2.1 million euros, less than first feared, and would be paid for by the barge operator's insurer.</p>
              </div>
              <div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Port traffic hits record</a></li><li><a href="/b">Ferry strike called off</a></li></ul></div>
            </article>
          </main>
          <footer class="site-footer"><p>© 2024 The Coastal Courier. All rights reserved. Contact us at the newsroom for corrections and complaints.</p></footer>
        </body></html>
        """;

    private static NewsArticle Read(string html) => NewsArticle.FromHtml(html);

    [Fact]
    public void Body_keeps_the_first_and_the_last_paragraph()
    {
        var body = Read(Page).Body;
        Assert.StartsWith("The harbour bridge reopened on Monday", body, StringComparison.Ordinal);
        Assert.EndsWith("paid for by the barge operator's insurer.", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Body_drops_navigation_cookie_banner_share_widgets_related_links_and_footer()
    {
        var body = Read(Page).Body;
        foreach (var furniture in new[] { "Home", "cookies", "Share on", "Port traffic", "Related", "All rights reserved", "Advertisement", "tracking" })
        {
            Assert.DoesNotContain(furniture, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Body_keeps_headings_and_lists_as_paragraphs_separated_by_blank_lines()
    {
        var paragraphs = Read(Page).Body.Split("\n\n");
        Assert.Contains("Traffic returns", paragraphs);
        Assert.Contains("Buses resume their old routes on Tuesday.", paragraphs);
        Assert.Contains("The ferry shuttle ends on Friday.", paragraphs);
        Assert.Equal(7, paragraphs.Length);
    }

    [Fact]
    public void Headline_is_metadata_not_body() =>
        Assert.DoesNotContain("Harbour bridge reopens after repairs", Read(Page).Body, StringComparison.Ordinal);

    [Fact]
    public void Metadata_comes_from_open_graph_and_the_canonical_link()
    {
        var m = Read(Page).Metadata;
        Assert.Equal("Harbour bridge reopens after repairs", m.Title);
        Assert.Equal("The Coastal Courier", m.Outlet);
        Assert.Equal(new DateOnly(2024, 5, 6), m.Published);
        Assert.Equal("https://courier.example/2024/05/bridge", m.Url);
    }

    [Fact]
    public void Metadata_comes_from_json_ld_when_open_graph_is_missing()
    {
        const string html = """
            <html><head><title>Fallback title</title>
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
             {"@type":"NewsArticle","headline":"Dam levels fall","datePublished":"2023-11-02T06:00:00Z",
              "publisher":{"@type":"Organization","name":"Valley Times"},"url":"https://valley.example/dam"}]}
            </script></head>
            <body><article><p>Dam levels in the valley fell to a third of capacity, the water board said on Thursday, urging households to save water.</p></article></body></html>
            """;
        var m = Read(html).Metadata;
        Assert.Equal("Dam levels fall", m.Title);
        Assert.Equal("Valley Times", m.Outlet);
        Assert.Equal(new DateOnly(2023, 11, 2), m.Published);
        Assert.Equal("https://valley.example/dam", m.Url);
    }

    [Fact]
    public void Publication_date_comes_from_a_time_element_when_nothing_else_gives_it()
    {
        const string html = "<html><body><article><time datetime=\"2022-01-15T10:00\">15 January</time><p>The council approved the new budget after a long debate, with spending on roads up by a tenth.</p></article></body></html>";
        Assert.Equal(new DateOnly(2022, 1, 15), Read(html).Metadata.Published);
    }

    [Fact]
    public void Placeholder_dates_are_no_publication_date()
    {
        const string html = "<html><head><meta itemprop=\"datePublished\" content=\"0001-01-01T00:00:00\"></head><body><article><p>The library extended its opening hours on weekends, the city said, after a survey of readers.</p></article></body></html>";
        Assert.Null(Read(html).Metadata.Published);
    }

    [Fact]
    public void Json_ld_article_body_is_used_when_the_markup_holds_none()
    {
        const string html = """
            <html><head><script type="application/ld+json">
            {"@type":"Article","headline":"Late trains","articleBody":"Rail operators cancelled one train in five last winter, the regulator found.\nPassengers in the north were hit hardest, the report added, and compensation claims doubled."}
            </script></head><body><div id="app"></div></body></html>
            """;
        var body = Read(html).Body;
        Assert.Equal("Rail operators cancelled one train in five last winter, the regulator found.\n\nPassengers in the north were hit hardest, the report added, and compensation claims doubled.", body);
    }

    [Fact]
    public void Link_lists_inside_the_article_are_dropped()
    {
        const string html = """
            <html><body><div class="content">
            <p>The museum will reopen its east wing in June after a two-year renovation, its director said, with a new gallery of maps.</p>
            <ul><li><a href="/1">Museum opens new cafe</a></li><li><a href="/2">Gallery wins award</a></li><li><a href="/3">Tickets go on sale</a></li></ul>
            <p>Admission will remain free for children under twelve, the director added, while adult tickets rise slightly.</p>
            </div></body></html>
            """;
        var body = Read(html).Body;
        Assert.DoesNotContain("Museum opens new cafe", body, StringComparison.Ordinal);
        Assert.Contains("Admission will remain free", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_nested_one_hundred_thousand_levels_deep_is_refused_with_a_diagnostic()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "text" + string.Concat(Enumerable.Repeat("</div>", 100_000));
        // The best of three runs, so that a loaded machine (CI shares its cores) does not decide the verdict.
        var best = long.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var result = ArticleReader.ReadString(html, ArticleFormat.Html);
            best = Math.Min(best, started.ElapsedMilliseconds);
            Assert.False(result.Succeeded);
            Assert.Equal(DiagnosticCodes.NestingTooDeep, result.Error!.Code);
        }

        Assert.True(best < 2000, $"the depth check took {best} ms at best");
    }

    [Fact]
    public void Tags_inside_scripts_and_comments_do_not_count_as_nesting() =>
        Assert.Equal(2, HtmlArticleReader.MaxDepth("<html><body><script>" + string.Concat(Enumerable.Repeat("<div>", 5000)) + "</script><!-- <div><div> --></body></html>", 2000));

    [Theory]
    [InlineData("<")]
    [InlineData("<html>")]
    [InlineData("<html><body></body></html>")]
    [InlineData("<script type=\"application/ld+json\">{not json</script><p>Some words here.</p>")]
    [InlineData("<p>Unclosed <b>bold <i>and <a href='x'>link")]
    [InlineData("<table><tr><td>cell</td></tr></table></table></div></p>")]
    [InlineData("<div style=\"display:none\">hidden</div>\u0000\uFFFF\uD800")]
    public void Odd_html_never_throws(string html)
    {
        var result = ArticleReader.ReadString(html, ArticleFormat.Html);
        Assert.True(result.Succeeded || result.Error is not null);
    }

    [Fact]
    public void Text_nodes_read_in_place_keep_spaces_between_inline_tags_entities_and_double_breaks()
    {
        const string html = """
            <html><body><article>
            <p>Harbour fees rose <b>sharply</b> <i>again</i> in Lisbon &amp; Porto this spring, the port authority said, adding that shippers would pay more.</p>
            <p>Dockworkers in both cities, who had warned of the rise in March, said the new fees would be passed on to importers within weeks.<br>
            <br>The authority said it would review the fees in the autumn, after a summer of record traffic at both ports.</p>
            </article></body></html>
            """;
        var body = Read(html).Body;
        Assert.Contains("Harbour fees rose sharply again in Lisbon & Porto this spring,", body, StringComparison.Ordinal);
        Assert.Contains("within weeks.\n\nThe authority said", body, StringComparison.Ordinal);
    }
}
