using System.Reflection;

namespace NewsFacts.Tests.Design;

/// <summary>
/// Where a user looks for a type: the facade, options and results in <c>NewsFacts</c>; each stage's own classes in the
/// namespace named after its folder (as markdig has <c>Markdig.Syntax</c>, <c>Markdig.Parsers</c>).
/// </summary>
public sealed class NamespaceTests
{
    private static readonly Assembly Library = typeof(News).Assembly;

    private static readonly string[] Stages = ["Checking", "Claims", "Data", "Reading", "Recognition", "Repair", "Reports", "Stories", "Store", "Text"];

    [Fact]
    public void Every_type_is_in_the_root_namespace_or_a_stage_namespace()
    {
        var stray = Library.GetTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith("NewsFacts", StringComparison.Ordinal))
            .Where(t => t.Namespace != "NewsFacts" && !Stages.Any(s => t.Namespace == "NewsFacts." + s))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(stray);
    }

    [Theory]
    [InlineData("Recognizer", "NewsFacts.Recognition")]
    [InlineData("Reader", "NewsFacts.Reading")]
    [InlineData("Repair", "NewsFacts.Repair")]
    [InlineData("Report", "NewsFacts.Reports")]
    [InlineData("Json", "NewsFacts.Reports")]
    public void Public_stage_classes_live_in_their_stage_namespace(string suffix, string expected)
    {
        var misplaced = Library.GetExportedTypes()
            .Where(t => t.Name.EndsWith(suffix, StringComparison.Ordinal) && t.Namespace != expected)
            .Where(t => t.GetMethod("<Clone>$") is null) // results (records such as CrossCheckReport) stay with the facade
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(misplaced);
    }

    [Fact]
    public void The_root_namespace_has_the_facade_and_the_diagnostic_codes_as_its_only_static_classes()
    {
        var statics = Library.GetExportedTypes()
            .Where(t => t.Namespace == "NewsFacts" && t.IsAbstract && t.IsSealed)
            .Select(t => t.Name)
            .ToList();

        Assert.Equal(["DiagnosticCodes", "News"], statics.Order(StringComparer.Ordinal));
    }
}
