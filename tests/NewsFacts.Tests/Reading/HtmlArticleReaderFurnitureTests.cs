namespace NewsFacts.Tests.Reading;

/// <summary>The kinds of page furniture found inside article bodies, each on a page written for the test.</summary>
public sealed class HtmlArticleReaderFurnitureTests
{
    private static string Body(string html) => NewsArticle.FromHtml(html).Body;

    private static string Page(string inner) => $"<html><head><title>t</title></head><body><main><article><h1>Headline</h1>{inner}</article></main></body></html>";

    private const string Prose1 = "<p>The city council voted on Tuesday to close the old tram depot, ending a debate that has divided the northern districts for more than a decade, officials said.</p>";
    private const string Prose2 = "<p>Residents who opposed the plan, many of them former tram drivers, said the depot could have housed a transport museum, and they promised to keep campaigning.</p>";
    private const string Prose3 = "<p>The site will be sold to a housing cooperative, which intends to build about 300 flats there, a third of them at rents below the market rate, by the end of 2027.</p>";
    private const string Prose4 = "<p>The depot opened in 1911 and served the northern lines until the last of them closed in 1968, after which the halls were used to store buses, road salt and, for a few years, the city's archive of building plans.</p>";

    [Fact]
    public void Captions_of_a_gallery_and_of_an_inline_image_are_not_body()
    {
        var body = Body(Page(
            "<div class=\"story\">" + Prose1 + Prose4
            + "<ul class=\"gallery\"><li><img src=\"a.jpg\"><div class=\"caption-full\">Former tram drivers stand in front of the depot gates on a rainy morning in the northern district, where the first trams left in 1911, as the council meets to decide the future of the site.</div></li></ul>"
            + Prose2
            + "<div class=\"InlineImage-imageEmbedCaption\">A tram of the 1950s waits in the depot's main hall, which the cooperative has promised to keep standing, in a photograph taken by the city archive last spring.</div>"
            + Prose3 + "</div>"));
        Assert.DoesNotContain("rainy morning", body, StringComparison.Ordinal);
        Assert.DoesNotContain("main hall", body, StringComparison.Ordinal);
        Assert.Contains("housing cooperative", body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_embedded_social_post_is_kept_and_a_share_bar_is_not()
    {
        var body = Body(Page(
            "<div class=\"story\">" + Prose1
            + "<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>The depot is where my grandfather worked all his life. Sad day for the north.</p>— A. Reader (@areader) May 3, 2024</blockquote></div>"
            + "<div class=\"social-share\"><a href=\"#\">Facebook</a> <span>Post this</span></div>"
            + Prose2 + Prose3 + "</div>"));
        Assert.Contains("my grandfather worked all his life", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Post this", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_linked_headlines_each_with_a_line_of_summary_is_body()
    {
        var body = Body(Page(
            "<div class=\"story\">" + Prose1
            + "<ol><li><strong><a href=\"/1\">The tram depot will close after a council vote on Tuesday evening</a>.</strong> Housing comes next.</li>"
            + "<li><strong><a href=\"/2\">Bus fares rise by a tenth from the first of June across the city</a>.</strong> Season tickets are spared.</li>"
            + "<li><strong><a href=\"/3\">A new bridge opens to cyclists</a>.</strong> It took three years to build, cost twice what was planned, and links the two halves of the old harbour district for the first time since the war.</li></ol>"
            + Prose2 + Prose3 + "</div>"));
        Assert.Contains("Bus fares rise by a tenth", body, StringComparison.Ordinal);
        Assert.Contains("Housing comes next.", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_to_the_reader_that_close_the_article_are_not_body()
    {
        var body = Body(Page(
            "<div class=\"story\">" + Prose1 + Prose2 + Prose3
            + "<p>About the Author</p><p>Jane Roe</p>"
            + "<p><i>Jane Roe covers transport for the Courier. She may be reached at </i><a href=\"mailto:jroe@courier.example\">jroe@courier.example</a>.</p>"
            + "<p>Follow us on Facebook for more local news.</p></div>"));
        Assert.EndsWith("by the end of 2027.", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closing_paragraph_of_the_news_that_names_a_contact_stays()
    {
        var body = Body(Page(
            "<div class=\"story\">" + Prose1 + Prose2 + Prose3
            + "<p>Anyone who saw the fire at the depot is asked to call the police on the number given on the force's website.</p></div>"));
        Assert.EndsWith("on the force's website.", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_company_self_description_that_closes_a_press_release_is_not_body()
    {
        var body = Body(Page(
            "<div class=\"story\">" + Prose1 + Prose4 + Prose2 + Prose3
            + "<hr><p>About Tramwell</p>"
            + "<p>Tramwell is a leading maker of light-rail vehicles and signalling systems for cities in Europe and Asia, with a focus on low-floor trams.</p>"
            + "<p>Tramwell is headquartered in Lindau, employs about 4,200 people and is listed on the Frankfurt Stock Exchange.</p></div>"));
        Assert.EndsWith("by the end of 2027.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Tramwell", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closing_paragraph_of_news_about_a_company_stays()
    {
        var body = Body(Page(
            "<div class=\"story\">" + Prose1 + Prose2 + Prose3
            + "<p>Tramwell is a family firm founded in 1921; its plant beside the depot employs 600 people, and the union fears for their jobs.</p></div>"));
        Assert.EndsWith("fears for their jobs.", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_that_pops_up_over_a_linked_name_is_not_body_and_the_name_stays()
    {
        var body = Body(Page(
            "<div class=\"story\"><p>The motion was tabled by councillor <span class=\"person-pop\"><a href=\"/people/ada-brenn\">Ada Brenn</a>"
            + "<span class=\"card\"><span><img src=\"brenn.jpg\" alt=\"\"><a href=\"/people/ada-brenn\">Ada Brenn</a>"
            + "<a href=\"/news/1\">Brenn wins the northern ward again</a> <a href=\"/news/2\">Council budget passes after a long night</a></span></span></span>"
            + ", who has fought for the depot's closure since 2019.</p>" + Prose1 + Prose2 + Prose3 + "</div>"));
        Assert.Contains("tabled by councillor Ada Brenn, who has fought", body, StringComparison.Ordinal);
        Assert.DoesNotContain("northern ward", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_linked_photo_with_a_linked_caption_inside_a_paragraph_stays_when_it_has_words_of_its_own()
    {
        var body = Body(Page(
            "<div class=\"story\">" + Prose1
            + "<p>Her report <span><img src=\"cover.jpg\" alt=\"\"> is summarised in <a href=\"/r\">the council's papers</a> and <a href=\"/s\">a briefing</a></span> published on Monday.</p>"
            + Prose2 + Prose3 + "</div>"));
        Assert.Contains("is summarised in the council's papers and a briefing", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byline_and_a_date_line_before_the_first_paragraph_are_not_body()
    {
        var body = Body(Page(
            "<div class=\"story\"><p>BREAKING NEWS</p><p>By COURIER STAFF</p><p>MAY 3, 2024 10:43</p>" + Prose1 + Prose2 + Prose3
            + "<p><em>Updated at 4:05 p.m.</em></p></div>"));
        Assert.StartsWith("The city council voted on Tuesday", body, StringComparison.Ordinal);
        Assert.EndsWith("by the end of 2027.", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Category_labels_and_advertisement_labels_in_other_languages_are_not_body()
    {
        var body = Body(Page(
            "<div class=\"story\">" + Prose1 + "<p>Anzeige</p>" + Prose2 + "<p>Iklan</p>" + Prose3 + "<p>Filed under: Transport |</p><p>Sharing is caring!</p></div>"));
        foreach (var label in new[] { "Anzeige", "Iklan", "Filed under", "Sharing is caring" })
        {
            Assert.DoesNotContain(label, body, StringComparison.Ordinal);
        }

        Assert.Contains("tram drivers", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sibling_of_the_body_class_whose_paragraphs_sit_deep_is_more_of_the_body()
    {
        var body = Body(
            "<html><body><div id=\"app\"><div class=\"post\">"
            + "<div class=\"part\"><div class=\"wrap\"><div class=\"row\"><section class=\"col\"><div class=\"inner\"><div class=\"section\"><div class=\"text\">" + Prose4 + "</div></div></div></section></div></div></div>"
            + "<figure><img src=\"x.jpg\"></figure>"
            + "<div class=\"part\"><section class=\"col\"><div class=\"section\"><div class=\"text\">" + Prose1 + Prose2 + Prose3 + "</div></div></section></div>"
            + "</div></div></body></html>");
        Assert.StartsWith("The depot opened in 1911", body, StringComparison.Ordinal);
        Assert.EndsWith("by the end of 2027.", body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unrendered_shortcode_is_not_body_and_bracketed_words_of_the_news_are()
    {
        var body = Body(Page(
            "<div class=\"story\">" + Prose1 + Prose2 + "<p>[note id=\"4\" style=\"wide\"]Tell us about your tram memories[/note]</p>"
            + "<p>[The mayor] said the depot \"had served the city well\" and thanked the drivers who kept the trams running through the hard winters of the 1950s.</p>" + Prose3 + "</div>"));
        Assert.DoesNotContain("tram memories", body, StringComparison.Ordinal);
        Assert.Contains("[The mayor] said the depot", body, StringComparison.Ordinal);
    }
}
