using System.Text;

namespace NewsFacts.Cli;

/// <summary>The <c>newsfacts</c> console harness.</summary>
internal static class Program
{
    /// <summary>The stack the work runs on: deep enough that no input can overflow it.</summary>
    private const int WorkStackBytes = 256 * 1024 * 1024;

    /// <summary>
    /// The characters standard output gathers before it writes when it is a file or a pipe. The console's own writer
    /// writes every 256 characters (for a terminal, where each line should show at once): the 600 MB of JSON of a
    /// 20 MiB article of short lines were 3.4 million system calls there, a sixth of the run's processor time.
    /// </summary>
    private const int RedirectedBufferChars = 1 << 16;

    public static int Main(string[] args)
    {
        var exit = 0;
        var stdout = Console.IsOutputRedirected
            ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), RedirectedBufferChars) { AutoFlush = false }
            : Console.Out;
        var thread = new Thread(
            () =>
            {
                try
                {
                    exit = Harness.Run(args, Console.In, stdout, Console.Error);
                }
                finally
                {
                    stdout.Flush();
                }
            },
            WorkStackBytes);
        thread.Start();
        thread.Join();
        return exit;
    }
}
