using System.IO.Compression;

namespace NewsFacts.Tests.Package;

/// <summary>The library packs as the NuGet package users add: id, version, README, XML docs, MIT licence expression.</summary>
public sealed class PackageTests : IDisposable
{
    private readonly Harness.TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_library_packs_as_NewsFacts_with_its_readme_docs_and_licence()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var run = Processes.Run("dotnet", ["pack", "src/NewsFacts/NewsFacts.csproj", "-c", configuration, "--no-build", "-o", _temp.Path]);
        Assert.True(run.Exit == 0, $"dotnet pack failed:\n{run.Output}");

        var package = Path.Combine(_temp.Path, "NewsFacts.0.1.0.nupkg");
        Assert.True(File.Exists(package), $"no {package}; the folder holds: {string.Join(", ", Directory.GetFiles(_temp.Path).Select(Path.GetFileName))}");
        using var zip = ZipFile.OpenRead(package);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("README.md", names);
        Assert.Contains("NOTICE", names); // the syntax model's attribution (UD English EWT, CC BY-SA 4.0)
        Assert.Contains("lib/net10.0/NewsFacts.dll", names);
        Assert.Contains("lib/net10.0/NewsFacts.xml", names);
        using var nuspec = new StreamReader(zip.GetEntry("NewsFacts.nuspec")!.Open());
        var manifest = nuspec.ReadToEnd();
        Assert.Contains("<license type=\"expression\">MIT</license>", manifest, StringComparison.Ordinal);
        Assert.Contains("<id>NewsFacts</id>", manifest, StringComparison.Ordinal);
        Assert.Matches("<repository type=\"git\" url=\"https://[^\"]+\"", manifest);
        Assert.Contains("<projectUrl>https://", manifest, StringComparison.Ordinal);

        // The shipped docs describe public members only: each documented type is an exported type, and each exported type is documented.
        using var docs = new StreamReader(zip.GetEntry("lib/net10.0/NewsFacts.xml")!.Open());
        var ids = System.Xml.Linq.XDocument.Load(docs).Descendants("member").Select(m => (string)m.Attribute("name")!).ToList();
        var exported = typeof(News).Assembly.GetExportedTypes().Select(t => t.FullName!.Replace('+', '.')).ToHashSet(StringComparer.Ordinal);
        var documentedTypes = ids.Select(DocumentedType).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(documentedTypes.Except(exported));
        Assert.Empty(exported.Except(documentedTypes));
        Assert.DoesNotContain(ids, id => id.StartsWith("M:NewsFacts.News.WithDistinctIds", StringComparison.Ordinal));
        Assert.Contains(ids, id => id.StartsWith("M:NewsFacts.News.Check(", StringComparison.Ordinal));

        var symbols = Path.Combine(_temp.Path, "NewsFacts.0.1.0.snupkg");
        Assert.True(File.Exists(symbols), $"no symbols package {symbols}");
        using var symbolZip = ZipFile.OpenRead(symbols);
        Assert.Contains("lib/net10.0/NewsFacts.pdb", symbolZip.Entries.Select(e => e.FullName));
    }

    /// <summary>The type a documentation id belongs to: <c>M:NS.Type.Member(args)</c> gives <c>NS.Type</c>.</summary>
    private static string DocumentedType(string id)
    {
        var name = id[2..].Split('(')[0];
        return id.StartsWith("T:", StringComparison.Ordinal) ? name : name[..name.LastIndexOf('.')];
    }

    [Fact]
    public void A_ci_build_is_deterministic_and_writes_no_path_of_the_build_machine()
    {
        var run = Processes.Run("dotnet", ["msbuild", "src/NewsFacts/NewsFacts.csproj", "-getProperty:ContinuousIntegrationBuild", "-getProperty:DeterministicSourcePaths", "-p:CI=true"]);
        Assert.True(run.Exit == 0, run.Output);
        using var properties = System.Text.Json.JsonDocument.Parse(run.Stdout);
        Assert.Equal("true", properties.RootElement.GetProperty("Properties").GetProperty("ContinuousIntegrationBuild").GetString());
        Assert.Equal("true", properties.RootElement.GetProperty("Properties").GetProperty("DeterministicSourcePaths").GetString());

        // In CI (.ci/run sets CI=true) the library these tests run against was built that way: no folder of this
        // machine may appear in it (the PDB path and the sources are written as /_/).
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            var dll = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(typeof(News).Assembly.Location));
            Assert.DoesNotContain(Repo.Root, dll, StringComparison.Ordinal);
            Assert.Contains("/_/", dll, StringComparison.Ordinal);
        }
    }
}
