using NewsFacts.Tests.Harness;

namespace NewsFacts.Tests.Stories;

public sealed class StoryStreamTests
{
    // Two floods (a near-miss pair: same kind of event, other places, people and figures), told by several outlets,
    // among unrelated news.
    private const string FloodWire =
        "Floodwater from the swollen Tarn river swept through the town of Oskeby on Sunday, forcing 1,200 residents from their homes, the Vastmark regional authority said.\n\n"
        + "Mayor Ingrid Salo said the Oskeby levee gave way shortly after midnight and water reached the market square within an hour.\n\n"
        + "Rescue crews from Lindholm used boats to reach families trapped on the upper floors of houses along Brygg Street.\n\n"
        + "The authority said two people were missing and the Tarn was expected to crest again on Tuesday.";

    private const string FloodRewrite =
        "Oskeby counts the cost as the Tarn bursts its banks\n\n"
        + "About 1,200 people had to leave Oskeby after the Tarn broke through the town's levee overnight, officials in Vastmark said on Sunday.\n\n"
        + "Ingrid Salo, the town's mayor, said the market square was under water in less than an hour; boats sent from Lindholm picked up residents stranded on Brygg Street.\n\n"
        + "Two people are still missing, and forecasters warned the Tarn would rise again by Tuesday.";

    private const string FloodUpdate =
        "Searchers in Oskeby found the two people missing since the Tarn flood alive on Monday, Mayor Ingrid Salo said, as the Vastmark authority began pumping water from the market square.\n\n"
        + "Residents of Brygg Street were allowed back to collect belongings, with crews from Lindholm still on hand before the Tarn crests again on Tuesday.";

    private const string OtherFlood =
        "Heavy rain sent the Merrow river over its banks in the port of Caldbridge on Thursday, flooding 300 homes in the Saltings district, the Westerly county council said.\n\n"
        + "Council leader Amos Trent said the harbour wall held but drains in the Saltings could not cope with the rain.\n\n"
        + "Volunteers from Penhallow filled sandbags through the night, and the Merrow was expected to fall by the weekend.";

    private const string Football =
        "Rovers completed the signing of the striker Dario Menck from Alstadt on Friday for a club record fee, the club said.\n\n"
        + "Menck, 24, scored nineteen league goals last season and has signed a four-year contract with the Rovers.";

    private const string Museum =
        "The Halden museum of printing reopened on Saturday after a three-year restoration that uncovered a nineteenth-century press in its cellar.\n\n"
        + "Curator Oona Feld said the press would be working again by the spring and visitors could print their own posters.";

    private static ArticleFacts Article(string id, string text, string? title = null) =>
        News.Extract(text, new ArticleMetadata { Id = id, Title = title });

    [Fact]
    public void Articles_about_one_event_form_one_story_and_unrelated_articles_stay_alone()
    {
        var stories = News.Stories([Article("wire", FloodWire), Article("football", Football), Article("rewrite", FloodRewrite), Article("museum", Museum), Article("update", FloodUpdate)]);
        Assert.Equal(3, stories.Count);
        Assert.Equal(["wire", "rewrite", "update"], stories[0].Sources);
        Assert.Equal(["football"], stories[1].Sources);
        Assert.Equal(["museum"], stories[2].Sources);
        Assert.Equal(["s1", "s2", "s3"], stories.Select(s => s.Id));
    }

    [Fact]
    public void Two_events_of_the_same_kind_in_other_places_are_two_stories()
    {
        var stories = News.Stories([Article("wire", FloodWire), Article("other", OtherFlood), Article("rewrite", FloodRewrite), Article("football", Football), Article("museum", Museum)]);
        Assert.Contains(stories, s => s.Sources.SequenceEqual(["wire", "rewrite"]));
        Assert.Contains(stories, s => s.Sources.SequenceEqual(["other"]));
    }

    [Fact]
    public void A_stream_assigns_each_article_when_it_arrives_and_a_story_absorbs_a_later_copy()
    {
        var stream = new StoryStream();
        foreach (var a in new[] { Article("football", Football), Article("museum", Museum), Article("other", OtherFlood) })
        {
            stream.Count(a);
        }

        var first = stream.Add(Article("wire", FloodWire, "Tarn floods Oskeby"));
        Assert.Equal(["wire"], first.Sources);
        Assert.Equal("Tarn floods Oskeby", first.Title);
        Assert.Equal(["football"], stream.Add(Article("football", Football)).Sources);
        var later = stream.Add(Article("copy", "UPDATED\n\n" + FloodWire + "\n\nThe river fell slightly on Monday evening."));
        Assert.Equal(first.Id, later.Id);
        Assert.Equal(["wire", "copy"], later.Sources);
        Assert.Equal(2, stream.Stories.Count);
    }

    [Fact]
    public void An_article_added_twice_is_refused()
    {
        var stream = new StoryStream();
        stream.Add(Article("wire", FloodWire));
        Assert.Throws<ArgumentException>(() => stream.Add(Article("wire", FloodRewrite)));
    }

    [Fact]
    public void An_article_without_words_is_a_story_of_its_own()
    {
        var stories = News.Stories([Article("blank", "1 2 3 ... !!!"), Article("wire", FloodWire), Article("rewrite", FloodRewrite)]);
        Assert.Equal(2, stories.Count);
        Assert.Equal(["blank"], stories[0].Sources);
        Assert.Equal("1 2 3 ... !!!", stories[0].Title);
    }

    [Fact]
    public void Names_are_terms_of_their_own_and_stop_words_are_left_out()
    {
        var counts = StoryTerms.Count("Floods in Oskeby", "The mayor said Oskeby would rebuild. Oskeby's market reopened on Tuesday.");
        Assert.Equal(3, counts["oskeby"]);
        // "Oskeby" inside the title and inside a sentence is a name twice; at a sentence's start it is only a word.
        var name = Assert.Single(counts, c => StoryTerms.IsName(c.Key));
        Assert.Equal(2, name.Value);
        Assert.False(counts.ContainsKey("said"));
        Assert.False(counts.ContainsKey("tuesday"));
        Assert.True(counts.ContainsKey("market"));
    }

    [Fact]
    public void The_stories_command_prints_each_story_with_its_sources()
    {
        using var temp = new TempFolder();
        var wire = temp.File("wire.txt", FloodWire);
        var rewrite = temp.File("rewrite.txt", FloodRewrite);
        var football = temp.File("football.txt", Football);
        var run = HarnessRun.Of("stories", wire, football, rewrite, "--format", "json");
        Assert.Equal(0, run.Exit);
        var stories = System.Text.Json.JsonDocument.Parse(run.Stdout).RootElement.GetProperty("stories");
        Assert.Equal(2, stories.GetArrayLength());
        Assert.Equal(["wire", "rewrite"], stories[0].GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("s1", stories[0].GetProperty("id").GetString());

        var text = HarnessRun.Of("stories", wire, football, rewrite, "--format", "text");
        Assert.Equal(0, text.Exit);
        Assert.Contains("[wire, rewrite]", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_out_of_range_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new StoryStream(StoryOptions.Default with { Similarity = 0 }));
        Assert.Throws<ArgumentException>(() => new StoryStream(StoryOptions.Default with { Terms = 0 }));
        Assert.Throws<ArgumentException>(() => new StoryStream(StoryOptions.Default with { MergeSimilarity = -0.1 }));
        Assert.Throws<ArgumentException>(() => new StoryStream(StoryOptions.Default with { MergeSimilarity = 1.5 }));
        Assert.NotNull(new StoryStream(StoryOptions.Default with { Similarity = 1 }));
    }

    [Fact]
    public void Stories_split_by_the_order_of_arrival_are_merged_when_their_words_are_close_and_other_events_stay_apart()
    {
        // A join threshold no pair of articles reaches puts every article in a story of its own; the merge then joins
        // the three flood reports, closest first, and leaves the other flood, the football and the museum alone.
        var pile = new[] { Article("wire", FloodWire), Article("other", OtherFlood), Article("football", Football), Article("rewrite", FloodRewrite), Article("museum", Museum), Article("update", FloodUpdate) };
        var split = News.Stories(pile, StoryOptions.Default with { Similarity = 0.99 });
        Assert.Equal(6, split.Count);

        var merged = News.Stories(pile, StoryOptions.Default with { Similarity = 0.99, MergeSimilarity = 0.3 });
        Assert.Equal(4, merged.Count);
        Assert.Equal(["wire", "rewrite", "update"], merged[0].Sources);
        Assert.Equal(["other"], merged[1].Sources);
        Assert.Equal(["football"], merged[2].Sources);
        Assert.Equal(["museum"], merged[3].Sources);
        Assert.Equal(["s1", "s2", "s3", "s4"], merged.Select(s => s.Id));
    }

    // Two reports of one grounding that state its figure, and another grounding of the same kind near the same island.
    private const string FerryWire =
        "The ferry Aurelia ran aground off the island of Tessa on Monday with 214 passengers aboard, the Kelvik port authority said.\n\n"
        + "Coast guard boats from Marden took everyone off within four hours, and nine passengers were treated for minor injuries.";

    private const string FerryFollowUp =
        "All 214 passengers of the Aurelia were safe after the ferry struck rocks near Tessa, officials in Kelvik said.\n\n"
        + "Rescuers from Marden reached the stranded ferry before dawn, and the port authority opened an inquiry.";

    private const string OtherFerry =
        "The ferry Balder ran aground off the island of Tessa on Friday with 87 passengers aboard, the Kelvik port authority said.\n\n"
        + "Coast guard boats from Marden towed the ferry off the rocks, and no one was hurt.";

    [Fact]
    public void Figures_are_numbers_with_the_word_they_count_or_decimals_without_years_or_bare_numbers()
    {
        var figures = StoryTerms.Figures("In 2019, 1,450 workers and 12 trucks left; a 5.8-magnitude tremor and $300 million in damage. It was 7 am, lot 33.");
        Assert.Equal(["12 truck", "1450 worker", "300 million", "5.8"], figures);
    }

    [Fact]
    public void Stories_that_state_one_figure_merge_at_half_the_merge_threshold_and_another_event_of_the_kind_stays_apart()
    {
        // Every article starts alone (a join threshold no pair reaches) and no pair of them reaches the merge threshold
        // of 1; the two reports of the Aurelia both say "214 passengers", so they merge at a cosine of 0.5, while the
        // Balder, near as its words are, counts 87 passengers.
        var options = StoryOptions.Default with { Similarity = 0.99, MergeSimilarity = 1.0 };
        var stories = News.Stories([Article("wire", FerryWire), Article("other", OtherFerry), Article("football", Football), Article("follow", FerryFollowUp), Article("museum", Museum)], options);
        Assert.Equal(4, stories.Count);
        Assert.Equal(["wire", "follow"], stories[0].Sources);
        Assert.Equal(["other"], stories[1].Sources);

        // The same follow-up without the figure stays alone.
        var unstated = FerryFollowUp.Replace("All 214 passengers", "All the passengers", StringComparison.Ordinal);
        var apart = News.Stories([Article("wire", FerryWire), Article("other", OtherFerry), Article("football", Football), Article("follow", unstated), Article("museum", Museum)], options);
        Assert.Equal(5, apart.Count);
    }
}
