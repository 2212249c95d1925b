using System.Globalization;
using System.Text;

namespace NewsFacts.Reading;

/// <summary>Reads article files and folders, turning every bad input into a diagnostic rather than an exception.</summary>
public static partial class ArticleReader
{
    /// <summary>The file extensions read as articles, lower case, with their formats.</summary>
    public static IReadOnlyDictionary<string, ArticleFormat> Extensions { get; } = new Dictionary<string, ArticleFormat>(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = ArticleFormat.Text,
        [".text"] = ArticleFormat.Text,
        [".md"] = ArticleFormat.Markdown,
        [".markdown"] = ArticleFormat.Markdown,
        [".html"] = ArticleFormat.Html,
        [".htm"] = ArticleFormat.Html,
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads one file. Never throws for bad content or a missing file; a null or empty path is a caller mistake.</summary>
    public static ArticleReadResult ReadFile(string path, ArticleMetadata? metadata = null, ReadOptions? options = null)
    {
        var (source, settings, refused) = Prepare(path, options);
        if (refused is not null)
        {
            return refused;
        }

        try
        {
            return ReadBytes(File.ReadAllBytes(path), FormatOf(path), source.With(metadata), settings);
        }
        catch (Exception e) when (IsIoError(e))
        {
            return IoFailure(e, source);
        }
    }

    /// <summary>A file's source metadata and options, and the failure when it is missing, too large or cannot be looked at (null when it can be read).</summary>
    private static (ArticleMetadata Source, ReadOptions Options, ArticleReadResult? Refused) Prepare(string path, ReadOptions? options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= ReadOptions.Default;
        var source = SourceOf(path);
        return (source, options, CheckFile(path, options, source));
    }

    private static ArticleReadResult? CheckFile(string path, ReadOptions options, ArticleMetadata source)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Fail(DiagnosticCodes.MissingPath, DiagnosticCodes.Messages.MissingPath, source);
            }

            // A pipe blocks and a device never ends: neither is opened. Where the file type cannot be read, size 0 (which a pipe
            // and a device show) is refused unread, as an empty file is.
            switch (FileKind.Of(path))
            {
                case FileKind.Kind.Special:
                    return Fail(DiagnosticCodes.NotRegularFile, DiagnosticCodes.Messages.NotRegularFile, source);
                case FileKind.Kind.Unknown when info.Length == 0:
                    return Fail(DiagnosticCodes.EmptyInput, DiagnosticCodes.Messages.EmptyInput, source);
            }

            return info.Length > options.MaxInputBytes ? TooLarge(info.Length, options, source) : null;
        }
        catch (Exception e) when (IsIoError(e))
        {
            return IoFailure(e, source);
        }
    }

    private static bool IsIoError(Exception e) => e is IOException or UnauthorizedAccessException or System.Security.SecurityException;

    private static ArticleReadResult IoFailure(Exception e, ArticleMetadata source) =>
        Fail(DiagnosticCodes.IoError, string.Format(CultureInfo.InvariantCulture, DiagnosticCodes.Messages.IoError, e.Message), source);

    private static ArticleReadResult TooLarge(long length, ReadOptions options, ArticleMetadata source) =>
        Fail(DiagnosticCodes.InputTooLarge, string.Format(CultureInfo.InvariantCulture, DiagnosticCodes.Messages.InputTooLarge, length, options.MaxInputBytes), source);

    internal static ArticleFormat FormatOf(string path) => Extensions.TryGetValue(Path.GetExtension(path), out var f) ? f : ArticleFormat.Text;

    /// <summary>Reads an article from bytes that should be UTF-8 text in the given format.</summary>
    public static ArticleReadResult ReadBytes(ReadOnlySpan<byte> bytes, ArticleFormat format, ArticleMetadata? metadata = null, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        var source = metadata ?? ArticleMetadata.Empty;
        if (bytes.Length > options.MaxInputBytes)
        {
            return TooLarge(bytes.Length, options, source);
        }

        if (WideEncoding(bytes) is { } wide)
        {
            return Fail(DiagnosticCodes.Utf16Input, string.Format(CultureInfo.InvariantCulture, DiagnosticCodes.Messages.Utf16Input, wide.Name, wide.Bom), source);
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return Fail(DiagnosticCodes.BinaryInput, string.Format(CultureInfo.InvariantCulture, DiagnosticCodes.Messages.BinaryInput, nul), source);
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var bad = e.BytesUnknown is { Length: > 0 } b ? b[0] : (byte)0;
            return Fail(DiagnosticCodes.InvalidUtf8, string.Format(CultureInfo.InvariantCulture, DiagnosticCodes.Messages.InvalidUtf8, bad, e.Index), source);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(DiagnosticCodes.EmptyInput, DiagnosticCodes.Messages.EmptyInput, source);
        }

        return ReadString(text, format, source, options);
    }

    /// <summary>The UTF-32 or UTF-16 encoding that a byte-order mark names (UTF-32 first: its little-endian mark starts like UTF-16's).</summary>
    private static (string Name, string Bom)? WideEncoding(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => ("UTF-32", "FF FE 00 00, little-endian"),
        [0x00, 0x00, 0xFE, 0xFF, ..] => ("UTF-32", "00 00 FE FF, big-endian"),
        [0xFF, 0xFE, ..] => ("UTF-16", "FF FE, little-endian"),
        [0xFE, 0xFF, ..] => ("UTF-16", "FE FF, big-endian"),
        _ => null,
    };

    /// <summary>Reads an article from a string in the given format.</summary>
    public static ArticleReadResult ReadString(string text, ArticleFormat format, ArticleMetadata? metadata = null, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ReadOptions.Default;
        var source = metadata ?? ArticleMetadata.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(DiagnosticCodes.EmptyInput, DiagnosticCodes.Messages.EmptyInput, source);
        }

        var read = format == ArticleFormat.Html
            ? HtmlArticleReader.Read(text, source, options)
            : ArticleReadResult.Success(TextArticleReader.Read(text, format, source));
        if (read.Article is { } article && string.IsNullOrWhiteSpace(article.Body))
        {
            // A page of frames or scripts, markup left open to the end, front matter with nothing after it: no article, said so.
            var why = format == ArticleFormat.Html ? DiagnosticCodes.Messages.NoHtmlText : DiagnosticCodes.Messages.NoTextAfterFrontMatter;
            return Fail(DiagnosticCodes.NoArticleBody, string.Format(CultureInfo.InvariantCulture, DiagnosticCodes.Messages.NoArticleText, why), article.Metadata);
        }

        return read;
    }

    /// <summary>
    /// Expands files and folders (read recursively, in ordinal order) into the article files they name.
    /// A missing path, a folder with no articles, a folder that cannot be listed and a file that is not a regular file (a pipe,
    /// a socket, a device) yield a failed result in their place, so nothing is silently dropped and nothing blocks.
    /// Symbolic links to folders are followed, but each real folder is listed once and each real file named once, so a link
    /// loop ends and a file reached by two ways is read once.
    /// </summary>
    public static IReadOnlyList<ArticleInput> ExpandPaths(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var inputs = new List<ArticleInput>();
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = new List<(string Path, string Real, Diagnostic? Error)>();
                ListFolder(path, RealPath(new DirectoryInfo(path)), new HashSet<string>(StringComparer.Ordinal), found);
                var articles = found.Where(f => f.Error is not null || seenFiles.Add(f.Real)).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
                if (!found.Exists(f => f.Error is null))
                {
                    inputs.Add(new ArticleInput(path, new Diagnostic(DiagnosticCodes.NoArticles, DiagnosticSeverity.Error, DiagnosticCodes.Messages.NoArticles)));
                }

                inputs.AddRange(articles.Select(f => new ArticleInput(f.Path, f.Error)));
            }
            else if (path == "-")
            {
                inputs.Add(new ArticleInput(path, null));
            }
            else if (File.Exists(path))
            {
                inputs.Add(new ArticleInput(path, FileKind.Of(path) == FileKind.Kind.Special ? NotRegular() : null));
            }
            else
            {
                inputs.Add(new ArticleInput(path, new Diagnostic(DiagnosticCodes.MissingPath, DiagnosticSeverity.Error, DiagnosticCodes.Messages.MissingPath)));
            }
        }

        return inputs;
    }

    private static readonly EnumerationOptions OneLevel = new() { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0 };

    /// <summary>Lists the article files under a folder, descending into each real folder once.</summary>
    private static void ListFolder(string folder, string real, HashSet<string> visited, List<(string Path, string Real, Diagnostic? Error)> found)
    {
        if (!visited.Add(real))
        {
            return; // a link back to a folder already listed
        }

        try
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", OneLevel))
            {
                var name = Path.GetFileName(file);
                if (!Extensions.ContainsKey(Path.GetExtension(file)) || name.StartsWith('.') || string.Equals(name, "README.md", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var info = new FileInfo(file);
                var kind = FileKind.Of(file);
                found.Add((file, info.LinkTarget is null ? Path.Combine(real, name) : RealPath(info), kind == FileKind.Kind.Special ? NotRegular() : null));
            }

            foreach (var sub in Directory.EnumerateDirectories(folder, "*", OneLevel))
            {
                var info = new DirectoryInfo(sub);
                if (info.Name.StartsWith('.'))
                {
                    continue;
                }

                ListFolder(sub, info.LinkTarget is null ? Path.Combine(real, info.Name) : RealPath(info), visited, found);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            found.Add((folder, folder, new Diagnostic(DiagnosticCodes.IoError, DiagnosticSeverity.Error, string.Format(CultureInfo.InvariantCulture, DiagnosticCodes.Messages.IoError, e.Message))));
        }
    }

    /// <summary>The full path with every symbolic link along the way (the entry's own, and those of its target) followed.</summary>
    private static string RealPath(FileSystemInfo info)
    {
        var full = Path.GetFullPath(info.FullName);
        try
        {
            return info.LinkTarget is null ? full : Path.GetFullPath(info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full);
        }
        catch (IOException)
        {
            return full; // a dangling or looping link: its own path stands for it
        }
    }

    private static Diagnostic NotRegular() => new(DiagnosticCodes.NotRegularFile, DiagnosticSeverity.Error, DiagnosticCodes.Messages.NotRegularFile);

    /// <summary>The id and path metadata of a file: the id is the file name without its extension.</summary>
    public static ArticleMetadata SourceOf(string path) => new() { Id = Path.GetFileNameWithoutExtension(path.TrimEnd('/', '\\')), Path = path };

    private static ArticleReadResult Fail(string code, string message, ArticleMetadata source) =>
        ArticleReadResult.Failure(new Diagnostic(code, DiagnosticSeverity.Error, message), source);
}

/// <summary>One input named on a command line or in a folder: a path, or the error that it cannot be an article.</summary>
/// <param name="Path">The file (or folder, for an error) path.</param>
/// <param name="Error">Why the path yields no article, or null when it is a file to read.</param>
public sealed record ArticleInput(string Path, Diagnostic? Error);
