using System.Diagnostics;

namespace NewsFacts.Tests;

/// <summary>
/// Asserts how a scan's time grows with its input, not how long it takes: a wall-clock bound fails on a loaded
/// machine (CI shares its cores with packs and builds), a ratio between two sizes measured in one run does not.
/// </summary>
internal static class Growth
{
    /// <summary>
    /// Four times the input may take at most about four times as long (the bound allows ten; a quadratic scan takes
    /// sixteen). The best of five interleaved rounds is compared, after one warm-up run of each size.
    /// </summary>
    public static void AssertLinear(Func<int, string> make, int n, Action<string> scan)
    {
        var small = make(n);
        var large = make(4 * n);
        scan(small);
        scan(large);
        var best = TimeSpan.MaxValue;
        var bestLarge = TimeSpan.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var watch = Stopwatch.StartNew();
            scan(small);
            best = Min(best, watch.Elapsed);
            watch.Restart();
            scan(large);
            bestLarge = Min(bestLarge, watch.Elapsed);
        }

        Assert.True(bestLarge.TotalMilliseconds < 10 * best.TotalMilliseconds + 200, $"{n}: {best.TotalMilliseconds:0.0} ms, {4 * n}: {bestLarge.TotalMilliseconds:0.0} ms");
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
