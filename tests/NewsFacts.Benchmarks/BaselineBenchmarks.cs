using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;

namespace NewsFacts.Benchmarks;

/// <summary>
/// <c>News.Extract</c> over the AEB pages (reading included) with this build against the same with an earlier
/// commit's build, side by side in one run, so the Ratio column is the growth the claim and check work may cost
/// (issue 9: at most 1.5). The earlier build is loaded from the folder named by the environment variable
/// <c>NEWSFACTS_BASELINE</c> (a <c>dotnet publish</c> of that commit's harness, which holds its <c>NewsFacts.dll</c>
/// and every library it needs) into a load context of its own, and called through its public facade
/// (<c>NewsArticle.FromHtml</c>, <c>News.Extract</c>), which has not changed since.
/// </summary>
[MemoryDiagnoser]
public class BaselineBenchmarks
{
    /// <summary>The environment variable that names the earlier build's folder.</summary>
    public const string Variable = "NEWSFACTS_BASELINE";

    private string[] _pages = [];
    private Func<string, object?> _earlier = _ => null;

    [GlobalSetup]
    public void Setup()
    {
        _pages = AebPages.Load();
        var folder = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(folder) || !File.Exists(Path.Combine(folder, "NewsFacts.dll")))
        {
            throw new InvalidOperationException(
                $"{Variable} must name a folder holding an earlier build's NewsFacts.dll and its dependencies " +
                $"(dotnet publish of that commit's src/NewsFacts.Cli); it is '{folder}'.");
        }

        var context = new FolderLoadContext(Path.GetFullPath(folder));
        var library = context.LoadFromAssemblyPath(Path.Combine(Path.GetFullPath(folder), "NewsFacts.dll"));
        var articleType = library.GetType("NewsFacts.NewsArticle", throwOnError: true)!;
        var fromHtml = articleType.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == "FromHtml" && m.GetParameters().Length == 3 && m.GetParameters()[0].ParameterType == typeof(string));
        var extract = library.GetType("NewsFacts.News", throwOnError: true)!
            .GetMethod("Extract", [articleType, typeof(CancellationToken)]) ?? throw new InvalidOperationException("The earlier build has no News.Extract(NewsArticle, CancellationToken).");
        _earlier = html => extract.Invoke(null, [fromHtml.Invoke(null, [html, null, null]), CancellationToken.None]);
        if (_earlier(_pages[0]) is null)
        {
            throw new InvalidOperationException("The earlier build's News.Extract returned nothing.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = AebPages.Count)]
    public int Earlier()
    {
        var n = 0;
        foreach (var page in _pages)
        {
            n += _earlier(page) is null ? 0 : 1;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = AebPages.Count)]
    public int Current()
    {
        var n = 0;
        foreach (var page in _pages)
        {
            n += News.Extract(NewsArticle.FromHtml(page)).Claims.Count >= 0 ? 1 : 0;
        }

        return n;
    }

    /// <summary>Loads an assembly from the folder when the folder has it, else from the default context (the framework).</summary>
    private sealed class FolderLoadContext(string folder) : AssemblyLoadContext(nameof(BaselineBenchmarks), isCollectible: false)
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = Path.Combine(folder, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
