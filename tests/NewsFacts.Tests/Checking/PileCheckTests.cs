using System.Text.Json;
using NewsFacts.Tests.Harness;

namespace NewsFacts.Tests.Checking;

/// <summary>A pile of several stories is checked story by story; a pile of one story is checked as before.</summary>
public sealed class PileCheckTests : IDisposable
{
    // Two unrelated stories, each told by two outlets that disagree on one figure.
    internal const string BridgeA =
        "Engineers closed the Varnholt suspension bridge over the river Osse on Tuesday after inspectors found cracks in two of its cables, the Dellmark transport agency said.\n\n"
        + "The agency said 42,000 vehicles crossed the Varnholt bridge every day and drivers would be sent through Kessling instead.\n\n"
        + "Agency director Petra Lund said repairs to the Varnholt cables would take at least six weeks.";

    internal const string BridgeB =
        "Drivers face long detours after the Varnholt bridge across the Osse was shut on Tuesday, when inspectors reported cracked cables.\n\n"
        + "Some 35,000 vehicles crossed the Varnholt bridge every day, the Dellmark transport agency said, and traffic now goes through Kessling.\n\n"
        + "Petra Lund, who heads the agency, said the Varnholt cables would need at least six weeks of work.";

    internal const string OrchestraA =
        "The Marrow Valley Philharmonic cancelled its winter tour of Quessant on Friday after its conductor Teodor Vasko fell ill, the orchestra said.\n\n"
        + "The orchestra said it had sold 18,000 tickets for the twelve Quessant concerts and would refund every buyer.\n\n"
        + "Vasko, 71, is expected to return to the Philharmonic in the spring.";

    internal const string OrchestraB =
        "Concertgoers in Quessant will get their money back after the Marrow Valley Philharmonic called off its winter tour because Teodor Vasko is ill.\n\n"
        + "About 21,000 tickets had been sold for the twelve Quessant concerts, the Philharmonic said on Friday.\n\n"
        + "The conductor, 71, hopes to lead the orchestra again in the spring.";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static ArticleFacts Article(string id, string text) => News.Extract(text, new ArticleMetadata { Id = id, Published = new DateOnly(2026, 3, 4) });

    private static List<ArticleFacts> TwoStories() =>
        [Article("bridge-a", BridgeA), Article("orchestra-a", OrchestraA), Article("bridge-b", BridgeB), Article("orchestra-b", OrchestraB)];

    [Fact]
    public void Each_story_of_a_pile_is_checked_apart_as_if_it_were_checked_alone()
    {
        var pile = News.CheckStories(TwoStories());

        Assert.Null(pile.Single);
        Assert.Equal(2, pile.Stories.Count);
        Assert.Equal(["bridge-a", "bridge-b"], pile.Stories[0].Story.Sources);
        Assert.Equal(["orchestra-a", "orchestra-b"], pile.Stories[1].Story.Sources);
        Assert.Equal(News.Check([Article("bridge-b", BridgeB), Article("bridge-a", BridgeA)]), pile.Stories[0].Report);
        Assert.Equal(News.Check([Article("orchestra-a", OrchestraA), Article("orchestra-b", OrchestraB)]), pile.Stories[1].Report);
        Assert.All(pile.Stories, s => Assert.NotEmpty(s.Report.Conflicts));
    }

    [Fact]
    public void The_stories_of_a_pile_do_not_depend_on_the_order_the_articles_are_given_in()
    {
        var forward = News.CheckStories(TwoStories());
        var backward = News.CheckStories(Enumerable.Reverse(TwoStories()));

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void A_pile_of_one_story_gives_exactly_the_report_of_check()
    {
        List<ArticleFacts> one = [Article("bridge-a", BridgeA), Article("bridge-b", BridgeB)];

        var pile = News.CheckStories(one);

        Assert.Single(pile.Stories);
        Assert.Equal(News.Check(one), pile.Single);
        Assert.Equal(NewsJson.Serialize(News.Check(one), indented: true), NewsJson.Serialize(pile, indented: true));
        Assert.Equal(NewsReport.ToText(News.Check(one)), NewsReport.ToText(pile));
        Assert.Equal(NewsReport.ToMarkdown(News.Check(one)), NewsReport.ToMarkdown(pile));
        Assert.Equal(HtmlReport.Render(News.Check(one), one), HtmlReport.Render(pile, one));
    }

    [Fact]
    public void Three_articles_of_one_story_alone_stay_one_story()
    {
        // In a pile this small every shared word is in most articles: only the background prior keeps it weighing.
        var third = Article("bridge-c", "Inspectors will check every cable of the Varnholt bridge over the Osse before it reopens, Petra Lund of the Dellmark transport agency said on Wednesday, as traffic queued in Kessling.");

        var stories = News.Stories([Article("bridge-a", BridgeA), Article("bridge-b", BridgeB), third]);
        var without = News.Stories([Article("bridge-a", BridgeA), Article("bridge-b", BridgeB), third], StoryOptions.Default with { BackgroundDocuments = 0 });

        Assert.Single(stories);
        Assert.True(without.Count > 1);
    }

    [Fact]
    public void The_json_of_several_stories_names_each_item_s_story_and_lists_the_stories()
    {
        var json = JsonDocument.Parse(NewsJson.Serialize(News.CheckStories(TwoStories()))).RootElement;

        var stories = json.GetProperty("stories").EnumerateArray().ToList();
        Assert.Equal(["s1", "s2"], stories.Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(4, json.GetProperty("sources").GetArrayLength());
        var conflicts = json.GetProperty("conflicts").EnumerateArray().ToList();
        Assert.Contains(conflicts, c => c.GetProperty("story").GetString() == "s1");
        Assert.Contains(conflicts, c => c.GetProperty("story").GetString() == "s2");
        foreach (var c in conflicts)
        {
            var story = stories.Single(s => s.GetProperty("id").GetString() == c.GetProperty("story").GetString());
            var members = story.GetProperty("sources").EnumerateArray().Select(x => x.GetString()).ToList();
            Assert.All(c.GetProperty("claims").EnumerateArray(), side => Assert.Contains(side.GetProperty("source").GetString(), members));
        }
    }

    [Fact]
    public void The_harness_checks_a_pile_story_by_story_in_every_format()
    {
        var files = new[] { ("bridge-a", BridgeA), ("bridge-b", BridgeB), ("orchestra-a", OrchestraA), ("orchestra-b", OrchestraB) }
            .Select(f => _temp.File(f.Item1 + ".txt", "---\npublished: 2026-03-04\n---\n" + f.Item2)).ToArray();

        var json = HarnessRun.Of(["check", .. files]);
        var text = HarnessRun.Of(["check", .. files, "--format", "text"]);
        var html = HarnessRun.Of(["check", .. files, "--format", "html"]);

        Assert.Equal(0, json.Exit);
        Assert.Equal(2, JsonDocument.Parse(json.Stdout).RootElement.GetProperty("stories").GetArrayLength());
        Assert.Contains("Story s1:", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("Story s2:", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("id=\"s2-conflicts\"", html.Stdout, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html.Stdout, "<html"));
    }
}
