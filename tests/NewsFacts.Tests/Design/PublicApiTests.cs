using System.Reflection;
using PublicApiGenerator;

namespace NewsFacts.Tests.Design;

/// <summary>The public surface is deliberate: every class sealed, abstract or static, and the whole surface approved by snapshot.</summary>
public sealed class PublicApiTests
{
    private static readonly Assembly Library = typeof(News).Assembly;

    [Fact]
    public void Every_public_class_is_sealed_abstract_or_static()
    {
        var open = Library.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(open);
    }

    [Fact]
    public void Public_types_have_no_mutable_public_fields()
    {
        var mutable = Library.GetExportedTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Where(f => !f.IsInitOnly && !f.IsLiteral && !t.IsEnum).Select(f => $"{t.Name}.{f.Name}"))
            .ToList();

        Assert.Empty(mutable);
    }

    /// <summary>
    /// The public surface as C# declarations (PublicApiGenerator), nullability included (<c>string?</c>), so that a
    /// change of a member, a default value or a nullable annotation shows in the diff.
    /// </summary>
    [Fact]
    public void Public_api_surface_matches_the_approved_snapshot() => Snapshot.Match("PublicApi", Surface());

    /// <summary>The store package's surface, approved apart: it ships as its own package (NewsFacts.Store).</summary>
    [Fact]
    public void Store_api_surface_matches_the_approved_snapshot() => Snapshot.Match("PublicApi.Store", Surface(typeof(NewsFacts.Store.ClaimStore).Assembly));

    /// <summary>A user of the library alone takes in no database driver and no job engine.</summary>
    [Fact]
    public void The_library_references_no_database_or_job_engine()
    {
        var referenced = Library.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();
        Assert.DoesNotContain(referenced, n => n.StartsWith("Hangfire", StringComparison.Ordinal) || n.StartsWith("Npgsql", StringComparison.Ordinal) || n.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal));
        Assert.Contains(typeof(NewsFacts.Store.ClaimStore).Assembly.GetReferencedAssemblies(), a => a.Name == "Npgsql");
    }

    internal static string Surface() => Surface(Library);

    private static string Surface(Assembly assembly) => assembly.GeneratePublicApi(new ApiGeneratorOptions
    {
        // Assembly attributes that say nothing about the API (build metadata, the test assemblies allowed in).
        ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute"],
    }).ReplaceLineEndings("\n") + "\n";
}
