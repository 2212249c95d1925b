namespace NewsFacts;

/// <summary>Undoes mojibake: UTF-8 bytes that were decoded as Windows-1252 or Latin-1.</summary>
internal static class MojibakeRepair
{
    public static RepairedText Repair(string text) => RepairedText.Unchanged(text);
}
