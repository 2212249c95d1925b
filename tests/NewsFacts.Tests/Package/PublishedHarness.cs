namespace NewsFacts.Tests.Package;

/// <summary>
/// The harness published once per test run by the README's main command (<c>dotnet publish src/NewsFacts.Cli -c
/// CONFIGURATION -o OUT</c>: native where clang is found, else framework-dependent), shared by the tests that run the
/// published form: the native publish takes minutes. The folder is deleted when the test process ends.
/// </summary>
internal sealed class PublishedHarness
{
    private static readonly Lazy<PublishedHarness> Once = new(Publish, LazyThreadSafetyMode.ExecutionAndPublication);

    private PublishedHarness(string output, ProcessResult publish)
    {
        Output = output;
        Result = publish;
    }

    /// <summary>The harness published by the default command, the first time it is asked for.</summary>
    public static PublishedHarness Default => Once.Value;

    /// <summary>The output folder.</summary>
    public string Output { get; }

    /// <summary>What <c>dotnet publish</c> said, and its exit code.</summary>
    public ProcessResult Result { get; }

    /// <summary>The <c>newsfacts</c> command in the output folder.</summary>
    public string Command => Path.Combine(Output, OperatingSystem.IsWindows() ? "newsfacts.exe" : "newsfacts");

    /// <summary>Whether the command is the native executable (no framework-dependent harness beside it).</summary>
    public bool IsNative => File.Exists(Command) && !File.Exists(Path.Combine(Output, "NewsFacts.Cli.dll"));

    private static PublishedHarness Publish()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var output = Path.Combine(Path.GetTempPath(), "newsfacts-published-" + Guid.NewGuid().ToString("N"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(output, recursive: true);
            }
            catch (IOException)
            {
            }
        };
        var publish = Processes.Run("dotnet", ["publish", "src/NewsFacts.Cli", "-c", configuration, "-o", output], timeout: TimeSpan.FromMinutes(20));
        return new PublishedHarness(output, publish);
    }
}
