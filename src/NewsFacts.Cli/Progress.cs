namespace NewsFacts.Cli;

/// <summary>A progress bar on standard error, shown only when it is a terminal and there are many files.</summary>
internal sealed class Progress : IDisposable
{
    private const int MinimumFiles = 5;
    private const int Width = 30;
    private readonly TextWriter? _writer;
    private readonly int _total;
    private readonly string _label;
    private int _done;
    private int _lastDrawn = -1;

    private Progress(TextWriter? writer, int total, string label)
    {
        _writer = writer;
        _total = total;
        _label = label;
        Draw();
    }

    /// <summary>Starts a bar when <paramref name="stderr"/> is the real, unredirected console and <paramref name="total"/> is large enough.</summary>
    public static Progress Start(TextWriter stderr, int total, string label)
    {
        var show = total >= MinimumFiles && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        return new Progress(show ? stderr : null, total, label);
    }

    /// <summary>Whether the bar is being drawn.</summary>
    public bool Visible => _writer is not null;

    public void Advance()
    {
        _done++;
        Draw();
    }

    /// <summary>The bar as drawn for a given count, for tests.</summary>
    internal static string Render(string label, int done, int total)
    {
        var filled = total == 0 ? Width : (int)((long)done * Width / total);
        return $"{label} [{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total}";
    }

    private void Draw()
    {
        if (_writer is null)
        {
            return;
        }

        var percent = _total == 0 ? 100 : _done * 100 / _total;
        if (percent == _lastDrawn && _done != _total)
        {
            return;
        }

        _lastDrawn = percent;
        _writer.Write("\r" + Render(_label, _done, _total));
        _writer.Flush();
    }

    /// <summary>Writes a line (an error message) on standard error without mixing it into the bar.</summary>
    public void WriteLine(TextWriter stderr, string line)
    {
        Clear();
        stderr.WriteLine(line);
        _lastDrawn = -1;
        Draw();
    }

    public void Dispose() => Clear();

    private void Clear()
    {
        if (_writer is not null)
        {
            _writer.Write("\r" + new string(' ', Width + _label.Length + 20) + "\r");
            _writer.Flush();
        }
    }
}
