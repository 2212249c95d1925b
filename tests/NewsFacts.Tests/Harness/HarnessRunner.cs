using NewsFacts.Cli;

namespace NewsFacts.Tests.Harness;

/// <summary>Runs the harness in-process and captures what it prints.</summary>
internal sealed record HarnessRun(int Exit, string Stdout, string Stderr)
{
    public static HarnessRun Of(params string[] args) => WithInput(string.Empty, args);

    public static HarnessRun WithInput(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = NewsFacts.Cli.Harness.Run(args, input, output, error);
        return new HarnessRun(exit, output.ToString(), error.ToString());
    }

    public IReadOnlyList<System.Text.Json.JsonElement> JsonLines() =>
        [.. Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)];
}

/// <summary>A temporary folder deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsfacts-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content, new System.Text.UTF8Encoding(false));
        return path;
    }

    public string Bytes(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
