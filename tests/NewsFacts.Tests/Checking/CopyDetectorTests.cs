namespace NewsFacts.Tests.Checking;

public sealed class CopyDetectorTests
{
    private const string Harbour =
        "The port authority said on Monday that the new harbour crane had arrived from Rotterdam after a three week voyage. "
        + "Engineers will spend the coming month assembling the crane, which can lift containers twice as heavy as the old ones. "
        + "The mayor welcomed the delivery and said the town had waited nearly a decade for the upgrade. "
        + "Local fishermen worry that the larger ships will crowd the narrow channel during the summer season. "
        + "The authority plans to dredge the channel next spring and has asked the regional government for help with the cost. "
        + "A spokesperson for the shipping company said the first large vessel could dock before the end of the year.";

    private const string HarbourUpdated =
        "Work on the harbour crane began on Wednesday, the port authority said. "
        + "The port authority said on Monday that the new harbour crane had arrived from Rotterdam after a three week voyage. "
        + "Engineers will spend the coming month assembling the crane, which can lift containers twice as heavy as the old ones. "
        + "The mayor welcomed the delivery and said the town had waited nearly a decade for the upgrade. "
        + "Local fishermen worry that the larger ships will crowd the narrow channel during the summer season. "
        + "The authority plans to dredge the channel next spring and has asked the regional government for help with the cost.";

    private const string Orchard =
        "Apple growers in the valley expect a smaller harvest this autumn after a late frost damaged blossoms in April. "
        + "The growers' association estimates that yields will fall by a fifth compared with last year. "
        + "Several farms have turned to selling cider and juice to make up for the loss of fresh fruit. "
        + "Prices at the weekly market have already risen, traders said, and shoppers are buying fewer crates than before.";

    private static CopyDetector.Result Detect(params (string Id, string? Outlet, string Text)[] inputs) =>
        CopyDetector.Detect([.. inputs.Select(i => new CopyDetector.Input(i.Id, i.Outlet, i.Text))], CheckOptions.Default);

    [Fact]
    public void Two_versions_of_one_story_from_one_outlet_are_grouped_as_versions()
    {
        var result = Detect(("a", "Coast News", Harbour), ("b", "Coast News", HarbourUpdated), ("c", "Farm Weekly", Orchard));
        var group = Assert.Single(result.Groups);
        Assert.Equal(["a", "b"], group.Sources);
        Assert.Equal(CopyRelation.Version, group.Relation);
        Assert.InRange(group.Similarity, 0.35, 0.95);
        Assert.Equal([0, 0, 2], result.Origin);
    }

    [Fact]
    public void The_same_text_twice_is_a_duplicate()
    {
        var result = Detect(("a", "Coast News", Harbour), ("b", "Other Paper", Harbour));
        var group = Assert.Single(result.Groups);
        Assert.Equal(CopyRelation.Duplicate, group.Relation);
        Assert.Equal(1.0, group.Similarity);
    }

    [Fact]
    public void A_close_rewrite_by_another_outlet_is_derived()
    {
        var result = Detect(("a", "Coast News", Harbour), ("b", "Wire Digest", HarbourUpdated));
        Assert.Equal(CopyRelation.Derived, Assert.Single(result.Groups).Relation);
    }

    [Fact]
    public void A_short_text_copied_whole_into_a_long_one_is_a_copy_by_containment()
    {
        var longer = Harbour + " " + Orchard + " " + Orchard.Replace("Apple", "Pear", StringComparison.Ordinal).Replace("valley", "hills", StringComparison.Ordinal);
        var result = Detect(("short", null, Orchard), ("long", null, longer));
        var group = Assert.Single(result.Groups);
        Assert.True(group.Similarity >= CheckOptions.Default.CopyContainment);
    }

    [Fact]
    public void Texts_on_different_subjects_are_not_copies()
    {
        Assert.Empty(Detect(("a", null, Harbour), ("b", null, Orchard)).Groups);
    }

    [Fact]
    public void Empty_and_tiny_texts_are_never_copies_of_each_other_and_do_not_crash()
    {
        var result = Detect(("a", null, string.Empty), ("b", null, string.Empty), ("c", null, "🙂 \u0000 \uFFFF"), ("d", null, "One."));
        Assert.Empty(result.Groups);
        Assert.Equal([0, 1, 2, 3], result.Origin);
    }

    [Fact]
    public void Many_copies_are_grouped_without_comparing_every_pair()
    {
        // 300 near-copies of one text and 300 of another: two groups, found through the LSH buckets.
        var inputs = new List<(string, string?, string)>();
        for (var i = 0; i < 300; i++)
        {
            inputs.Add(($"h{i}", "Coast News", Harbour + $" Update number {i}."));
            inputs.Add(($"o{i}", "Farm Weekly", Orchard + $" Update number {i}."));
        }

        var result = Detect([.. inputs]);
        Assert.Equal(2, result.Groups.Count);
        Assert.Equal(300, result.Groups[0].Sources.Count);
        Assert.All(result.Groups[0].Sources, s => Assert.StartsWith("h", s, StringComparison.Ordinal));
    }

    [Fact]
    public void Signatures_estimate_resemblance()
    {
        var a = CopyDetector.Sign(Harbour);
        var b = CopyDetector.Sign(HarbourUpdated);
        var c = CopyDetector.Sign(Orchard);
        Assert.True(CopyDetector.EstimateJaccard(a, b) > 0.5);
        Assert.True(CopyDetector.EstimateJaccard(a, c) < 0.1);
    }

    // A wire story about a bridge closure, an outlet's republication of it (new headline and lead, a paragraph
    // of its own, the ending cut), and an independent report by a third outlet that quotes the same statement.
    private const string BridgeWire =
        "The old river bridge in Marlow will close to traffic for six months from next week while engineers replace its rusted steel deck, the county council said on Tuesday.\n\n"
        + "Drivers will be sent on a twelve kilometre detour through the villages of Ashby and Kelt, which the council expects to add about twenty minutes to a typical commute.\n\n"
        + "Buses will keep running across a temporary single lane at night, when work on the deck stops, a spokesman for the bus company said.\n\n"
        + "\"We know this is a long closure, but the deck has reached the end of its life and patching it again would only delay the problem,\" council leader Hana Obi said in a statement.\n\n"
        + "The bridge, built in 1931, carries about nine thousand vehicles a day and was last repaired after floods damaged its supports eleven years ago.\n\n"
        + "Local shop owners have asked the council for help with business rates during the closure, saying trade fell sharply the last time the crossing shut.\n\n"
        + "The council said it would consider the request at its next meeting and publish a full timetable for the works by the end of the month.";

    private const string BridgeRepublished =
        "Marlow bridge shut for half a year\n\n"
        + "Commuters in the Marlow area face months of longer journeys.\n\n"
        + "The old river bridge in Marlow will close to traffic for six months from next week while engineers replace its rusted steel deck, the county council said on Tuesday.\n\n"
        + "Drivers will be sent on a twelve kilometre detour through the villages of Ashby and Kelt, which the council expects to add about twenty minutes to a typical commute.\n\n"
        + "Parents at Kelt primary school said they were worried about heavier lorry traffic passing the school gates during the morning run.\n\n"
        + "The bridge, built in 1931, carries about nine thousand vehicles a day and was last repaired after floods damaged its supports eleven years ago.";

    private const string BridgeIndependent =
        "Marlow's crossing to close as deck wears out\n\n"
        + "Motorists who use the Marlow river crossing will have to find another way into town from next week, when the county begins half a year of repairs on the ninety-year-old structure.\n\n"
        + "Council officials estimate the diversion via Ashby and Kelt will cost commuters roughly twenty extra minutes each way, and night buses will use one lane while crews rest.\n\n"
        + "\"We know this is a long closure, but the deck has reached the end of its life and patching it again would only delay the problem,\" council leader Hana Obi said in a statement.\n\n"
        + "Traders on the high street, who remember losing customers during an earlier shutdown, want relief on their business rates, and the council has promised to look at the idea.";

    private static CopyDetector.Input Quoting(string id, string? outlet, string text)
    {
        var quoted = new List<TextSpan>();
        for (var open = text.IndexOf('"', StringComparison.Ordinal); open >= 0;)
        {
            var close = text.IndexOf('"', open + 1);
            if (close < 0)
            {
                break;
            }

            quoted.Add(new TextSpan(open + 1, close));
            open = text.IndexOf('"', close + 1);
        }

        return new CopyDetector.Input(id, outlet, text) { Quoted = quoted };
    }

    [Fact]
    public void A_wire_story_republished_with_a_new_lead_an_added_paragraph_and_cuts_is_a_version_of_it()
    {
        var wire = Quoting("wire", "Shire Wire", BridgeWire);
        var copy = Quoting("copy", "Valley Times", BridgeRepublished);
        var result = CopyDetector.Detect([wire, copy], CheckOptions.Default);
        var group = Assert.Single(result.Groups);
        Assert.Equal(["wire", "copy"], group.Sources);
        Assert.NotEqual(CopyRelation.Duplicate, group.Relation);
        Assert.Equal([0, 0], result.Origin);
    }

    [Fact]
    public void A_republished_copy_is_found_by_its_sentences_when_the_whole_texts_resemble_little()
    {
        var longer = BridgeWire + "\n\n" + Harbour + "\n\n" + Orchard;
        var brief = "Bridge to close\n\n" + BridgeWire[..BridgeWire.IndexOf("Buses", StringComparison.Ordinal)] + "Work starts on Monday.";
        Assert.True(CopyDetector.EstimateJaccard(CopyDetector.Sign(longer), CopyDetector.Sign(brief)) < CheckOptions.Default.CopySimilarity);
        var result = CopyDetector.Detect([Quoting("long", null, longer), Quoting("brief", null, brief)], CheckOptions.Default);
        var group = Assert.Single(result.Groups);
        Assert.True(group.Similarity >= CheckOptions.Default.CopySentenceShare);
    }

    [Fact]
    public void An_independent_report_that_quotes_the_same_statement_is_not_a_copy()
    {
        var result = CopyDetector.Detect(
            [Quoting("wire", "Shire Wire", BridgeWire), Quoting("copy", "Valley Times", BridgeRepublished), Quoting("other", "Marlow Echo", BridgeIndependent)],
            CheckOptions.Default);
        var group = Assert.Single(result.Groups);
        Assert.DoesNotContain("other", group.Sources);
        Assert.Equal(2, result.Origin[2]);
    }

    [Fact]
    public void Two_short_reports_that_share_only_a_long_quotation_are_not_copies()
    {
        const string Statement = "\"The plant will stay open through the winter, every worker keeps their job, and we will invest in the new furnace line that the town has waited for since the last owners left,\" the company said.";
        var a = "Glassworks saved\n\nThe Brenning glassworks will not close after all, its new owner announced on Friday, ending months of uncertainty for the valley. " + Statement + " Union officials welcomed the news.";
        var b = "Relief at Brenning\n\nWorkers at the valley's last glass factory cheered outside the gates after hearing that the sale had gone through. " + Statement + " The mayor called it a good day for the town.";
        Assert.Empty(CopyDetector.Detect([Quoting("a", null, a), Quoting("b", null, b)], CheckOptions.Default).Groups);
    }

    [Fact]
    public void A_shared_stock_phrase_is_not_a_copy()
    {
        const string Stock = "according to the national weather service in its latest bulletin.";
        var a = "Snow closed the mountain pass overnight and stranded about forty trucks near the summit, " + Stock + " Crews expect to clear the road by noon, and drivers were given blankets at the border post while they waited for the ploughs.";
        var b = "Heavy rain flooded the coastal road and cut power to three fishing villages, " + Stock + " Fishermen moved their boats inland, and the school in the harbour town stayed shut while engineers checked the sea wall for damage.";
        Assert.Empty(CopyDetector.Detect([Quoting("a", null, a), Quoting("b", null, b)], CheckOptions.Default).Groups);
    }

    [Fact]
    public void A_short_text_contained_in_a_longer_one_is_not_its_duplicate()
    {
        var result = Detect(("short", null, Orchard), ("long", null, Harbour + " " + Orchard + " " + BridgeWire));
        Assert.NotEqual(CopyRelation.Duplicate, Assert.Single(result.Groups).Relation);
    }

    [Fact]
    public void Copies_are_found_among_many_unrelated_texts_through_their_sentences()
    {
        // The brief keeps two of the wire's sentences; 400 other texts share words with them but no sentence.
        var inputs = new List<CopyDetector.Input> { Quoting("wire", null, BridgeWire) };
        var vocabulary = "the bridge council drivers detour villages engineers deck steel river traffic months week buses lane night commute minutes vehicles floods shop owners trade crossing timetable works repairs county town road said".Split(' ');
        var random = new Random(11);
        for (var i = 0; i < 400; i++)
        {
            var words = Enumerable.Range(0, 40).Select(_ => vocabulary[random.Next(vocabulary.Length)]);
            inputs.Add(new CopyDetector.Input($"x{i}", null, string.Join(' ', words) + "."));
        }

        var brief = "Detour warning\n\n" + BridgeWire[BridgeWire.IndexOf("Drivers", StringComparison.Ordinal)..BridgeWire.IndexOf("Buses", StringComparison.Ordinal)]
            + BridgeWire[BridgeWire.IndexOf("The bridge, built", StringComparison.Ordinal)..BridgeWire.IndexOf("Local shop", StringComparison.Ordinal)]
            + "Road signs will go up on Friday.";
        inputs.Add(Quoting("brief", null, brief));
        var group = Assert.Single(CopyDetector.Detect(inputs, CheckOptions.Default).Groups);
        Assert.Equal(["wire", "brief"], group.Sources);
    }

    [Fact]
    public void Quotations_recognized_in_an_article_are_left_out_of_the_copy_evidence()
    {
        var article = News.Extract(BridgeIndependent, new ArticleMetadata { Id = "other" });
        var input = CopyDetector.Input.Of(article);
        Assert.NotNull(input.Quoted);
        Assert.Contains(input.Quoted, q => BridgeIndependent[q.Start..q.End].Contains("end of its life", StringComparison.Ordinal));
        var withQuotes = CopyProfile.Of(BridgeIndependent, article.Segmentation.Sentences, []);
        var without = CopyProfile.Of(BridgeIndependent, article.Segmentation.Sentences, input.Quoted);
        Assert.True(without.Words < withQuotes.Words);
    }
}
