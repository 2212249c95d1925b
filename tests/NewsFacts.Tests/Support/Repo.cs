using System.Runtime.CompilerServices;

namespace NewsFacts.Tests;

/// <summary>Paths in the repository, found from this source file.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string Shared => Path.Combine(Root, "..", "shared");

    private static string FindRoot([CallerFilePath] string here = "")
    {
        var dir = Path.GetDirectoryName(here);
        while (dir is not null && !File.Exists(Path.Combine(dir, "NewsFacts.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("Cannot find NewsFacts.sln above the tests.");
    }
}
