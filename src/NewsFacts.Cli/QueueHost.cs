using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsFacts.Cli;

/// <summary>
/// Where the shared queue's commands (<c>ingest --queue</c>, <c>worker</c>) run. Its job engine (Hangfire.PostgreSql,
/// through Dapper) emits code at run time, which the native executable cannot do; so the native publish carries the
/// framework-dependent harness beside it, in <see cref="Folder"/>, and the native <c>newsfacts</c> hands these two
/// commands to it: the same arguments, the same standard input, output and error, and its exit code.
/// </summary>
internal static class QueueHost
{
    /// <summary>The folder beside the native executable that holds the framework-dependent harness (see the harness's project file).</summary>
    public const string Folder = "queue";

    /// <summary>The framework-dependent harness's entry assembly in <see cref="Folder"/>.</summary>
    private const string Assembly = "NewsFacts.Cli.dll";

    /// <summary>Whether the job engine can run in this process (the framework-dependent harness, not the native executable).</summary>
    public static bool RunsHere => RuntimeFeature.IsDynamicCodeSupported;

    /// <summary>
    /// Runs the harness in <see cref="Folder"/> with <paramref name="args"/> under the <c>dotnet</c> host and returns its
    /// exit code; 2, with a message, when that harness or a <c>dotnet</c> host is missing. A Ctrl+C reaches both
    /// processes (one process group): this one waits for the worker to stop as it does on its own. A termination
    /// signal to this process alone ends the worker too (what a killed worker took is handed out again).
    /// </summary>
    public static int HandOver(string[] args, TextWriter stderr)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, Folder, Assembly);
        if (!File.Exists(dll))
        {
            stderr.WriteLine($"newsfacts: the shared queue needs the framework-dependent harness ({Path.Combine(Folder, Assembly)} beside the native newsfacts, as publishing writes it; or dotnet NewsFacts.Cli.dll, the .NET tool, or a publish with -p:PublishAot=false): its job engine emits code at run time");
            return Harness.UsageError;
        }

        var dotnet = FindDotnet();
        if (dotnet is null)
        {
            stderr.WriteLine($"newsfacts: the shared queue runs in {dll}, which needs the .NET runtime: no dotnet found on the PATH nor under DOTNET_ROOT");
            return Harness.UsageError;
        }

        var info = new ProcessStartInfo(dotnet) { UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var worker = Process.Start(info);
        if (worker is null)
        {
            stderr.WriteLine($"newsfacts: cannot start {dotnet} {dll}");
            return Harness.UsageError;
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => c.Cancel = true);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
        {
            c.Cancel = true;
            Stop(worker);
        });
        worker.WaitForExit();
        return worker.ExitCode;
    }

    /// <summary>The <c>dotnet</c> host: the one that runs this process's tools (DOTNET_HOST_PATH), under DOTNET_ROOT, else the first on the PATH.</summary>
    private static string? FindDotnet()
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host)
        {
            candidates.Add(host);
        }

        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root)
        {
            candidates.Add(Path.Combine(root, name));
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            candidates.Add(Path.Combine(folder, name));
        }

        return candidates.FirstOrDefault(File.Exists);
    }

    private static void Stop(Process worker)
    {
        try
        {
            worker.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // it has already ended
        }
    }
}
