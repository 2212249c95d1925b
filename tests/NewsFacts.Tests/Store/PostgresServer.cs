using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace NewsFacts.Tests.Store;

/// <summary>
/// A throw-away PostgreSQL cluster for a test: Debian's <c>postgresql</c> package (installed with apt-get when it is
/// missing and the tests run as root), a cluster made by initdb in a temporary folder, started by pg_ctl on a free
/// local port (as the <c>postgres</c> user when the tests run as root, since the server refuses root), trust
/// authentication on 127.0.0.1 only, durability off for speed; stopped and deleted when disposed.
/// </summary>
internal sealed class PostgresServer : IDisposable
{
    private readonly string _bin;
    private readonly string _folder;
    private readonly bool _asPostgres;

    private PostgresServer(string bin, string folder, int port, bool asPostgres)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
        _asPostgres = asPostgres;
    }

    public int Port { get; }

    private string Data => Path.Combine(_folder, "data");

    public static PostgresServer Start()
    {
        var root = Environment.UserName == "root";
        var bin = FindBin() ?? Install(root) ?? throw new InvalidOperationException("PostgreSQL is not installed (apt-get install postgresql) and could not be installed.");
        var folder = Path.Combine(Path.GetTempPath(), "newsfacts-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        if (root)
        {
            Must(Processes.Run("chown", ["postgres", folder]));
        }

        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var server = new PostgresServer(bin, folder, port, root);
        Must(server.Run("initdb", "-D", server.Data, "-U", "newsfacts", "--auth=trust", "-E", "UTF8", "--no-instructions"));
        var settings = $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        Must(server.Run("pg_ctl", "-D", server.Data, "-l", Path.Combine(folder, "server.log"), "-o", settings, "-w", "-t", "60", "start"));
        return server;
    }

    /// <summary>The URL of a database on this server, created when missing.</summary>
    public string Database(string name)
    {
        using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={Port};Username=newsfacts;Database=postgres;Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE {name}";
        command.ExecuteNonQuery();
        return $"postgres://newsfacts@127.0.0.1:{Port}/{name}";
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Run("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private ProcessResult Run(string tool, params string[] args) =>
        _asPostgres
            ? Processes.Run("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args], workingDirectory: _folder, timeout: TimeSpan.FromMinutes(2))
            : Processes.Run(Path.Combine(_bin, tool), args, workingDirectory: _folder, timeout: TimeSpan.FromMinutes(2));

    private static void Must(ProcessResult result)
    {
        if (result.Exit != 0)
        {
            throw new InvalidOperationException($"PostgreSQL set-up failed (exit {result.Exit}): {result.Output}");
        }
    }

    private static string? FindBin() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;

    private static string? Install(bool root)
    {
        if (!root)
        {
            return null;
        }

        var environment = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
        if (Processes.Run("apt-get", ["install", "-y", "-q", "postgresql"], environment: environment, timeout: TimeSpan.FromMinutes(10)).Exit != 0)
        {
            Processes.Run("apt-get", ["update", "-q"], environment: environment, timeout: TimeSpan.FromMinutes(10));
            Processes.Run("apt-get", ["install", "-y", "-q", "postgresql"], environment: environment, timeout: TimeSpan.FromMinutes(10));
        }

        return FindBin();
    }
}
