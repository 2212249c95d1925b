using System.Runtime.CompilerServices;
using System.Text;

namespace NewsFacts.Tests;

/// <summary>
/// A small snapshot assertion (Verify is not restorable here): compares with a committed
/// <c>Snapshots/NAME.verified.txt</c>, writes <c>NAME.received.txt</c> beside it on a mismatch and fails with a
/// readable diff. Set NEWSFACTS_ACCEPT_SNAPSHOTS=1 to accept the received text as the new verified one.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "NEWSFACTS_ACCEPT_SNAPSHOTS";

    public static void Match(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var folder = Path.Combine(FindTestsFolder(callerPath), "Snapshots");
        Directory.CreateDirectory(folder);
        var verified = Path.Combine(folder, name + ".verified.txt");
        var received = Path.Combine(folder, name + ".received.txt");
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual, new UTF8Encoding(false));
        var message = expected is null
            ? $"No verified snapshot {verified}. Review {received}, then rename it or run with {AcceptVariable}=1."
            : $"Snapshot {name} differs (received written to {received}; run with {AcceptVariable}=1 to accept):\n{Diff(expected, actual)}";
        Assert.Fail(message);
    }

    /// <summary>A line diff: the first differing lines with a little context, '-' expected, '+' received.</summary>
    internal static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var sb = new StringBuilder();
        int i = 0, j = 0, shown = 0;
        while ((i < a.Length || j < b.Length) && shown < 40)
        {
            if (i < a.Length && j < b.Length && a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }

            // find the nearest resynchronisation point
            var (di, dj) = Resync(a, b, i, j);
            for (var k = i; k < di; k++, shown++)
            {
                sb.Append("- ").AppendLine(a[k]);
            }

            for (var k = j; k < dj; k++, shown++)
            {
                sb.Append("+ ").AppendLine(b[k]);
            }

            i = di;
            j = dj;
        }

        return sb.ToString();
    }

    private static (int, int) Resync(string[] a, string[] b, int i, int j)
    {
        for (var d = 1; d < a.Length + b.Length; d++)
        {
            for (var x = 0; x <= d; x++)
            {
                int ai = i + x, bj = j + d - x;
                if (ai <= a.Length && bj <= b.Length && (ai == a.Length && bj == b.Length || ai < a.Length && bj < b.Length && a[ai] == b[bj]))
                {
                    return (ai, bj);
                }
            }
        }

        return (a.Length, b.Length);
    }

    private static string FindTestsFolder(string callerPath)
    {
        var dir = Path.GetDirectoryName(callerPath);
        while (dir is not null && !File.Exists(Path.Combine(dir, "NewsFacts.Tests.csproj")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException($"Cannot find the test project folder above {callerPath}.");
    }
}
