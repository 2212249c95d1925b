namespace NewsFacts.Checking;

/// <summary>
/// What a conflict's side says of each of its witnesses, made once per side rather than once per witness: the sources of
/// each origin on the side (so that a witness's <see cref="ConflictClaim.Origin"/> shares one array with the other
/// copies of its origin, its own source moved first), and each distinct sentence's differences from the other side's
/// sentence (copies carry one sentence). A side of m witnesses costs time and memory in m, not in m².
/// </summary>
internal sealed class SideWitnesses
{
    private readonly Dictionary<int, (string[] Sources, Dictionary<string, int> Index)> _origins = [];
    private readonly Dictionary<string, ValueList<TextSpan>> _differences = new(StringComparer.Ordinal);
    private readonly string _other;

    /// <summary>The side's members, in their order, and the other side's representative sentence.</summary>
    public SideWitnesses(IReadOnlyList<ClaimEntry> members, string other)
    {
        _other = other;
        foreach (var group in members.GroupBy(m => m.Origin))
        {
            var sources = group.Select(m => m.Source).Distinct(StringComparer.Ordinal).ToArray();
            var index = new Dictionary<string, int>(sources.Length, StringComparer.Ordinal);
            for (var k = 0; k < sources.Length; k++)
            {
                index[sources[k]] = k;
            }

            _origins[group.Key] = (sources, index);
        }
    }

    /// <summary>The sources of the member's origin on this side, in the members' order, the member's own source first.</summary>
    public ValueList<string> Origin(ClaimEntry member)
    {
        var (sources, index) = _origins[member.Origin];
        return ValueList<string>.MovedToFront(sources, index[member.Source]);
    }

    /// <summary>The runs of words of the member's sentence that the other side's sentence does not share (<see cref="SentenceDiff.Differences"/>).</summary>
    public ValueList<TextSpan> Differences(ClaimEntry member)
    {
        if (!_differences.TryGetValue(member.Sentence, out var differences))
        {
            _differences[member.Sentence] = differences = ValueList.Of(SentenceDiff.Differences(member.Sentence, _other));
        }

        return differences;
    }
}
