namespace NewsFacts.Tests.Checking;

/// <summary>
/// The structures that keep a check near linear in the number of articles say what the plain ones said: a conflict's
/// witnesses share their origin's list of sources, and that shared list reads as its own copy would.
/// </summary>
public sealed class CheckScalingTests
{
    [Fact]
    public void A_list_with_one_item_moved_first_reads_and_compares_as_its_copy()
    {
        string[] items = ["w1", "w2", "w3", "w4"];
        var moved = ValueList<string>.MovedToFront(items, 2);
        var copy = ValueList.Of(["w3", "w1", "w2", "w4"]);

        Assert.Equal(["w3", "w1", "w2", "w4"], moved);
        Assert.Equal(["w3", "w1", "w2", "w4"], Enumerable.Range(0, moved.Count).Select(i => moved[i]));
        Assert.Equal(copy, moved);
        Assert.Equal(copy.GetHashCode(), moved.GetHashCode());
        Assert.NotEqual(ValueList.Of(items), moved);
        Assert.Equal(ValueList.Of(items), ValueList<string>.MovedToFront(items, 0));
        Assert.Equal("[w3, w1, w2, w4]", moved.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => ValueList<string>.MovedToFront(items, 4));
    }

    [Fact]
    public void Each_witness_of_a_conflict_names_its_own_source_first_then_the_other_copies_of_its_origin()
    {
        const string wire = "The ministry said on Monday that 1,200 homes were flooded in the river valley after three days of heavy rain, "
            + "and that crews were still pumping water from the streets of the old town on Tuesday.";
        const string own = "Officials in the river valley said 1,900 homes were flooded after the heavy rain of the last three days.";
        ArticleBuilder Copy(string id, string outlet) => new ArticleBuilder(id, wire, outlet, "2024-05-02").Claim("1,200 homes", 1200, "home", "flood");
        var report = News.Check([
            Copy("w1", "Wire").Build(), Copy("w2", "Daily").Build(), Copy("w3", "Herald").Build(),
            new ArticleBuilder("x", own, "Gazette", "2024-05-02").Claim("1,900 homes", 1900, "home", "flood").Build()]);

        var conflict = Assert.Single(report.Conflicts, c => c.Kind == ConflictKind.Value);
        var side = conflict.Claims.Where(c => c.Source.StartsWith('w')).ToList();
        Assert.Equal(["w1", "w2", "w3"], side.Select(c => c.Source).Order());
        var order = side.Select(c => c.Source).ToList(); // the representative first, then the others in their order
        foreach (var c in side)
        {
            Assert.Equal([c.Source, .. order.Where(s => s != c.Source)], c.Origin);
        }

        Assert.Equal(["x"], Assert.Single(conflict.Claims, c => c.Source == "x").Origin);
        Assert.All(side, c => Assert.Equal(side[0].Differences, c.Differences)); // one sentence, one diff
    }
}
