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

    /// <summary>The index in <see cref="_items"/> of the item the list shows first, the others in their order after it (0: the items as they are).</summary>
    private readonly int _front;

    private ValueList(T[] items, int front = 0)
    {
        _items = items;
        _front = front;
    }

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty { get; } = new([]);

    public int Count => _items.Length;

    public T this[int index] => index == 0 ? _items[_front] : index <= _front ? _items[index - 1] : _items[index];

    /// <summary>The list as a value list: itself when it is one, else a copy.</summary>
    public static ValueList<T> Of(IReadOnlyList<T>? items) => items switch
    {
        null => Empty,
        ValueList<T> list => list,
        { Count: 0 } => Empty,
        _ => new([.. items]),
    };

    /// <summary>
    /// The items with the one at <paramref name="front"/> moved first, the others in their order, sharing
    /// <paramref name="items"/> (which must not change after): lists that differ only in which item leads cost no copy.
    /// </summary>
    public static ValueList<T> MovedToFront(T[] items, int front)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(front);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(front, items.Length);
        return new(items, front);
    }

    public bool Equals(ValueList<T>? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        if (ReferenceEquals(this, other) || (ReferenceEquals(_items, other._items) && _front == other._front))
        {
            return true;
        }

        if (_front == 0 && other._front == 0)
        {
            return _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default);
        }

        for (var i = 0; i < Count; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(this[i], other[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_items.Length);
        for (var i = 0; i < Count; i++)
        {
            hash.Add(this[i]);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<T> GetEnumerator() => _front == 0 ? ((IEnumerable<T>)_items).GetEnumerator() : Moved();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerator<T> Moved()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    public override string ToString() => $"[{string.Join(", ", this)}]";
}

/// <summary>Makes <see cref="ValueList{T}"/>s.</summary>
internal static class ValueList
{
    public static ValueList<T> Of<T>(IReadOnlyList<T>? items) => ValueList<T>.Of(items);
}
