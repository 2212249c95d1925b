namespace NewsFacts.Repair;

/// <summary>The repair stage: turns a read body into the normalized text every later stage works on.</summary>
public static class TextRepair
{
    /// <summary>Repairs <paramref name="text"/> as <paramref name="options"/> say, keeping the map back to the original.</summary>
    public static RepairedText Repair(string text, RepairOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= RepairOptions.Default;
        var result = RepairedText.Unchanged(text);
        if (options.DecodeEntities)
        {
            result = Then(result, EntityRepair.Repair);
        }

        if (options.FixMojibake)
        {
            result = Then(result, MojibakeRepair.Repair);
        }

        if (options.FixLineBreaks || options.FixSpaces)
        {
            result = Then(result, t => LineRepair.Repair(t, options));
        }

        return result;
    }

    private static RepairedText Then(RepairedText previous, Func<string, RepairedText> step)
    {
        var next = step(previous.Text);
        return next.IsChanged || next.Repairs.Count > 0 ? RepairedTextBuilder.Compose(previous, next) : previous;
    }
}
