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
}
