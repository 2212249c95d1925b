namespace NewsFacts.Tests;

/// <summary>
/// What the tests need from the machine beyond the .NET SDK, installed on first use when it is missing, so that
/// <c>dotnet test NewsFacts.sln -c Release</c> passes on a fresh machine with nothing set up by hand.
/// Installing needs root and Debian's <c>apt-get</c>; where either is missing the test fails with the command to run.
/// </summary>
internal static class TestMachine
{
    public const string Chromium = "/usr/bin/chromium";
    public const string ChromeDriver = "/usr/bin/chromedriver";

    private static readonly Lazy<string?> ChromiumProblem = new(() => InstallDebianPackages([Chromium, ChromeDriver], "chromium", "chromium-driver"));

    /// <summary>Makes sure Debian's Chromium and ChromeDriver are installed; fails the calling test if they cannot be.</summary>
    public static void EnsureChromium()
    {
        if (ChromiumProblem.Value is { } problem)
        {
            Assert.Fail(problem);
        }
    }

    /// <summary>Installs the packages unless every one of <paramref name="files"/> exists; returns why it could not, or null.</summary>
    private static string? InstallDebianPackages(string[] files, params string[] packages)
    {
        if (files.All(File.Exists))
        {
            return null;
        }

        var what = string.Join(' ', packages);
        var manual = $"Install them with: sudo apt-get install -y {what}";
        if (!File.Exists("/usr/bin/apt-get"))
        {
            return $"The tests need {what}, this machine has no apt-get to install them. {manual} (or your system's equivalent).";
        }

        if (Environment.UserName != "root")
        {
            return $"The tests need {what}; installing needs root. {manual}";
        }

        // One installer at a time across test processes: apt takes its own lock, and a second caller would fail on it.
        using var gate = new Mutex(false, "Global\\newsfacts-test-apt");
        gate.WaitOne();
        try
        {
            if (files.All(File.Exists))
            {
                return null;
            }

            var log = Path.Combine(Path.GetTempPath(), "newsfacts-test-apt.log");
            var ok = Run("apt-get", "update -qq", log) && Run("apt-get", "install -y -qq --no-install-recommends " + what, log);
            var missing = files.Where(f => !File.Exists(f)).ToList();
            return ok && missing.Count == 0
                ? null
                : $"Installing {what} with apt-get failed (see {log}); still missing: {string.Join(", ", missing)}. {manual}";
        }
        finally
        {
            gate.ReleaseMutex();
        }
    }

    private static bool Run(string file, string arguments, string log)
    {
        var run = Processes.Run(file, arguments.Split(' '), timeout: TimeSpan.FromMinutes(15), environment: new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" });
        File.AppendAllText(log, $"$ {file} {arguments}\n{run.Output}\nexit {run.Exit}\n");
        return run.Exit == 0;
    }
}
