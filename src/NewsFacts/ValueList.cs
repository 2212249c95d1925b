using System.Collections;

namespace NewsFacts;

/// <summary>
/// The read-only list that results hold: a copy of what it was given, equal to another list of equal items in the
/// same order, with a hash of its items. A record's generated equality compares its lists with their own
/// <c>Equals</c>, so results that hold these lists compare by value as records without lists do.
/// </summary>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    private ValueList(T[] items) => _items = items;

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty { get; } = new([]);

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    /// <summary>The list as a value list: itself when it is one, else a copy.</summary>
    public static ValueList<T> Of(IReadOnlyList<T>? items) => items switch
    {
        null => Empty,
        ValueList<T> list => list,
        { Count: 0 } => Empty,
        _ => new([.. items]),
    };

    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default));

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_items.Length);
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public override string ToString() => $"[{string.Join(", ", _items)}]";
}

/// <summary>Makes <see cref="ValueList{T}"/>s.</summary>
internal static class ValueList
{
    public static ValueList<T> Of<T>(IReadOnlyList<T>? items) => ValueList<T>.Of(items);
}
