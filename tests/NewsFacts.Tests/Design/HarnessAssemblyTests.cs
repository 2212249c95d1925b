namespace NewsFacts.Tests.Design;

/// <summary>The harness is a user of the library: it references NewsFacts.dll and holds none of the library's code.</summary>
public sealed class HarnessAssemblyTests
{
    private static readonly System.Reflection.Assembly Cli = typeof(NewsFacts.Cli.Harness).Assembly;

    [Fact]
    public void The_harness_references_the_library_assembly()
    {
        Assert.NotEqual(typeof(News).Assembly, Cli);
        Assert.Contains(Cli.GetReferencedAssemblies(), a => a.Name == typeof(News).Assembly.GetName().Name);
    }

    [Fact]
    public void The_harness_compiles_in_none_of_the_library_types()
    {
        // Compiler-generated helpers (no namespace) are in every assembly; the library's own types all have one.
        var library = typeof(News).Assembly.GetTypes().Where(t => t.Namespace is not null).Select(t => t.FullName).ToHashSet(StringComparer.Ordinal);

        var copied = Cli.GetTypes().Where(t => library.Contains(t.FullName)).Select(t => t.FullName).ToList();

        Assert.Empty(copied);
        Assert.All(Cli.GetTypes().Where(t => t.Namespace?.StartsWith("NewsFacts", StringComparison.Ordinal) == true), t => Assert.StartsWith("NewsFacts.Cli", t.Namespace!, StringComparison.Ordinal));
    }
}
