using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NewsFacts.Tests.Readme;

/// <summary>
/// The README's C# blocks are what a newcomer pastes first: each compiles as it stands in a new console project
/// (top-level statements, the SDK's implicit usings, nullable on) against the library built here, with no error
/// and no warning, and runs from the repository root; where the README shows what a block prints, it prints
/// exactly that. The expected output is read from the README, so a change of output changes only the README.
/// </summary>
public sealed partial class ReadmeCodeTests : IDisposable
{
    /// <summary>What <c>dotnet new console</c> turns on with <c>ImplicitUsings</c>.</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private readonly Harness.TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<int> Blocks() => [.. Enumerable.Range(0, ReadmeBlocks().Count)];

    [Fact]
    public void The_readme_has_a_quick_start_whose_output_it_shows() =>
        Assert.Contains(ReadmeBlocks(), b => b.Prints is { Length: > 0 });

    [Theory]
    [MemberData(nameof(Blocks))]
    public void A_readme_code_block_compiles_as_pasted_and_prints_what_the_readme_says(int index)
    {
        var block = ReadmeBlocks()[index];
        var program = Compile(block.Code, $"readme{index}");

        var run = Processes.Run("dotnet", [program], workingDirectory: Repo.Root, timeout: TimeSpan.FromMinutes(2));

        Assert.True(run.Exit == 0, $"the block exits {run.Exit}:\n{run.Output}\n--- block ---\n{block.Code}");
        Assert.Equal(string.Empty, run.Stderr);
        if (block.Prints is not null)
        {
            Assert.Equal(block.Prints, run.Stdout.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n'));
        }
    }

    /// <summary>Compiles one block into a console program in the temp folder, beside the library and its dependencies.</summary>
    private string Compile(string code, string name)
    {
        var trees = new[]
        {
            CSharpSyntaxTree.ParseText(code, path: "Program.cs"),
            CSharpSyntaxTree.ParseText(ImplicitUsings, path: "GlobalUsings.g.cs"),
        };
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var library = LibraryFiles();
        var references = platform.Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Concat(library)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            name,
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        var output = Path.Combine(_temp.Path, name + ".dll");
        var emitted = compilation.Emit(output);
        var problems = emitted.Diagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        Assert.True(emitted.Success && problems.Count == 0, $"the block does not compile cleanly:\n{string.Join('\n', problems)}\n--- block ---\n{code}");

        foreach (var file in library)
        {
            File.Copy(file, Path.Combine(_temp.Path, Path.GetFileName(file)), overwrite: true);
        }

        var invariant = AppContext.GetData("System.Globalization.Invariant") is true or "true" ? "true" : "false";
        File.WriteAllText(Path.Combine(_temp.Path, name + ".runtimeconfig.json"), $$"""
            { "runtimeOptions": { "tfm": "net{{Environment.Version.Major}}.0",
              "framework": { "name": "Microsoft.NETCore.App", "version": "{{Environment.Version.Major}}.0.0" },
              "configProperties": { "System.Globalization.Invariant": {{invariant}} } } }
            """);
        return output;
    }

    /// <summary>NewsFacts.dll and the assemblies it needs that the framework does not bring, as built beside the tests.</summary>
    private static List<string> LibraryFiles()
    {
        var files = new List<string>();
        var pending = new Queue<System.Reflection.AssemblyName>([typeof(News).Assembly.GetName()]);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (pending.TryDequeue(out var name))
        {
            var file = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
            if (!seen.Add(name.Name!) || !File.Exists(file))
            {
                continue;
            }

            files.Add(file);
            foreach (var reference in System.Reflection.Assembly.LoadFrom(file).GetReferencedAssemblies())
            {
                pending.Enqueue(reference);
            }
        }

        return files;
    }

    /// <summary>Every <c>```csharp</c> block of the README, with the block shown after it when the README says it "prints".</summary>
    internal static IReadOnlyList<ReadmeBlock> ReadmeBlocks()
    {
        var readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        return [.. CodeBlock().Matches(readme).Select(m => new ReadmeBlock(m.Groups["code"].Value, m.Groups["prints"].Success ? m.Groups["prints"].Value : null))];
    }

    [GeneratedRegex(@"```csharp\n(?<code>.*?)\n```\n(?:prints\n```\n(?<prints>.*?)\n```)?", RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CodeBlock();
}

/// <summary>One C# block of the README and, when the README shows it, what it prints.</summary>
internal sealed record ReadmeBlock(string Code, string? Prints);
