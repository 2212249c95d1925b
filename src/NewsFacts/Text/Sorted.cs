namespace NewsFacts.Text;

/// <summary>Binary search over lists kept in text order, by any integer key (a span's start or end).</summary>
internal static class Sorted
{
    /// <summary>The index of the first item whose key is at least <paramref name="value"/> (the count when none is), in a list sorted by that key.</summary>
    public static int FirstFrom<T>(IReadOnlyList<T> list, Func<T, int> key, int value)
    {
        int lo = 0, hi = list.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (key(list[mid]) < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
