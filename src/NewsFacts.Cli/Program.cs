namespace NewsFacts.Cli;

/// <summary>The <c>newsfacts</c> console harness.</summary>
internal static class Program
{
    /// <summary>The stack the work runs on: deep enough that no input can overflow it.</summary>
    private const int WorkStackBytes = 256 * 1024 * 1024;

    public static int Main(string[] args)
    {
        var exit = 0;
        var thread = new Thread(() => exit = Harness.Run(args, Console.In, Console.Out, Console.Error), WorkStackBytes);
        thread.Start();
        thread.Join();
        return exit;
    }
}
