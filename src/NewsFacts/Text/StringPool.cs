namespace NewsFacts.Text;

/// <summary>
/// One string for each distinct piece of a text: a tokenizer of a long text takes its words from here, so that a word
/// written a million times is held once.
/// </summary>
internal sealed class StringPool
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pool's string equal to <paramref name="text"/>, added when it is new.</summary>
    public string Of(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out var known))
        {
            return known;
        }

        var made = text.ToString();
        _strings.Add(made);
        return made;
    }
}
