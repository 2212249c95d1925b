namespace NewsFacts.Repair;

/// <summary>
/// Where each character of a repaired text came from in the original (its first offset and the offset past it), kept
/// as runs: in a run the characters either move on one original character each (text kept, or one character put for
/// one, as a line break joined by a space) or all come from the same original span (the characters of one replacement).
/// A repair that changes few lengths costs a few runs instead of two numbers per character, so that a 20 MB article's
/// map is small. Found by binary search over the runs.
/// </summary>
internal sealed class OffsetMap
{
    private readonly int[] _at;
    private readonly int[] _start;
    private readonly int[] _end;
    private readonly bool[] _moves;

    internal OffsetMap(int[] at, int[] start, int[] end, bool[] moves)
    {
        _at = at;
        _start = start;
        _end = end;
        _moves = moves;
    }

    /// <summary>How many runs the map keeps.</summary>
    public int Runs => _at.Length;

    /// <summary>The first original offset that produced character <paramref name="i"/>.</summary>
    public int StartOf(int i)
    {
        var r = RunOf(i);
        return _start[r] + (_moves[r] ? i - _at[r] : 0);
    }

    /// <summary>The original offset just past what produced character <paramref name="i"/>.</summary>
    public int EndOf(int i)
    {
        var r = RunOf(i);
        return _end[r] + (_moves[r] ? i - _at[r] : 0);
    }

    /// <summary>The last run that begins at or before <paramref name="i"/>.</summary>
    private int RunOf(int i)
    {
        int lo = 0, hi = _at.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (_at[mid] <= i)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }
}

/// <summary>Builds an <see cref="OffsetMap"/> one character at a time, joining each to the run before when it continues it.</summary>
internal sealed class OffsetMapBuilder
{
    private readonly List<int> _at = [];
    private readonly List<int> _start = [];
    private readonly List<int> _end = [];

    // Per run: 1 when its characters move on one original character each, 0 when they share one span, -1 while it holds one character.
    private readonly List<sbyte> _step = [];
    private int _length;

    /// <summary>How many characters have been mapped.</summary>
    public int Length => _length;

    /// <summary>Maps the next character to the original span <c>[start, end)</c>.</summary>
    public void Add(int start, int end)
    {
        var r = _at.Count - 1;
        if (r >= 0)
        {
            var offset = _length - _at[r];
            var step = _step[r];
            if (step == -1)
            {
                if (start == _start[r] + 1 && end == _end[r] + 1)
                {
                    _step[r] = 1;
                    _length++;
                    return;
                }

                if (start == _start[r] && end == _end[r])
                {
                    _step[r] = 0;
                    _length++;
                    return;
                }
            }
            else if (start == _start[r] + (step * offset) && end == _end[r] + (step * offset))
            {
                _length++;
                return;
            }
        }

        _at.Add(_length);
        _start.Add(start);
        _end.Add(end);
        _step.Add(-1);
        _length++;
    }

    /// <summary>Forgets the last <paramref name="count"/> characters mapped.</summary>
    public void RemoveLast(int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _length);
        var keep = _length - count;
        while (_at.Count > 0 && _at[^1] >= keep)
        {
            var r = _at.Count - 1;
            _at.RemoveAt(r);
            _start.RemoveAt(r);
            _end.RemoveAt(r);
            _step.RemoveAt(r);
        }

        _length = keep;
        if (_at.Count > 0 && _length - _at[^1] == 1)
        {
            _step[^1] = -1; // one character left: the next may continue it either way
        }
    }

    public OffsetMap Build() => new([.. _at], [.. _start], [.. _end], [.. _step.Select(s => s == 1)]);
}
