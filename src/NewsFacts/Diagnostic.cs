namespace NewsFacts;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; nothing was lost.</summary>
    Info,
    /// <summary>Something was repaired or guessed; the result may be less reliable.</summary>
    Warning,
    /// <summary>The input could not be read; the result is empty.</summary>
    Error,
}

/// <summary>A problem found in the input, reported as data rather than thrown.</summary>
/// <param name="Code">A stable code such as <c>NF1001</c>; see <see cref="DiagnosticCodes"/>.</param>
/// <param name="Severity">How serious the problem is.</param>
/// <param name="Message">A one-line message for a person.</param>
/// <param name="Span">Where in the input the problem is, when it has a place.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, TextSpan? Span = null)
{
    /// <inheritdoc />
    public override string ToString() => Span is { } s ? $"{Code} {Severity.ToString().ToLowerInvariant()} at {s.Start}: {Message}" : $"{Code} {Severity.ToString().ToLowerInvariant()}: {Message}";
}

/// <summary>The stable diagnostic codes and their message templates, in one place.</summary>
public static class DiagnosticCodes
{
    /// <summary>The file is empty.</summary>
    public const string EmptyInput = "NF1001";
    /// <summary>The file holds binary data, not text.</summary>
    public const string BinaryInput = "NF1002";
    /// <summary>The file is not valid UTF-8.</summary>
    public const string InvalidUtf8 = "NF1003";
    /// <summary>The file is UTF-16 or UTF-32 (it starts with such a byte-order mark).</summary>
    public const string Utf16Input = "NF1004";
    /// <summary>The file is larger than <see cref="ReadOptions.MaxInputBytes"/>.</summary>
    public const string InputTooLarge = "NF1005";
    /// <summary>The HTML nests deeper than <see cref="ReadOptions.MaxHtmlDepth"/>.</summary>
    public const string NestingTooDeep = "NF1006";
    /// <summary>The path does not exist.</summary>
    public const string MissingPath = "NF1007";
    /// <summary>A folder holds no article files.</summary>
    public const string NoArticles = "NF1008";
    /// <summary>The file could not be read (permissions, I/O error).</summary>
    public const string IoError = "NF1009";
    /// <summary>The front matter block is malformed.</summary>
    public const string BadFrontMatter = "NF1010";
    /// <summary>A metadata value (such as the publication date) could not be parsed.</summary>
    public const string BadMetadata = "NF1011";
    /// <summary>The path names a pipe, a socket or a device, not a regular file: it is not opened.</summary>
    public const string NotRegularFile = "NF1012";
    /// <summary>Text was repaired (mojibake, broken lines, entities).</summary>
    public const string TextRepaired = "NF2001";
    /// <summary>No article text was found (a page of frames or scripts, markup left open, front matter with no text after it): an error.</summary>
    public const string NoArticleBody = "NF2002";

    internal static class Messages
    {
        internal const string EmptyInput = "the file is empty";
        internal const string BinaryInput = "the file holds binary data (a NUL byte at offset {0}), not text";
        internal const string InvalidUtf8 = "the file is not valid UTF-8 (bad byte 0x{0:X2} at offset {1})";
        internal const string Utf16Input = "the file is {0} (byte-order mark {1}); save it as UTF-8";
        internal const string InputTooLarge = "the file is {0:N0} bytes, over the limit of {1:N0} bytes";
        internal const string NestingTooDeep = "the HTML nests deeper than {0:N0} elements";
        internal const string MissingPath = "no such file or folder";
        internal const string NoArticles = "the folder holds no article files (.txt, .md, .markdown, .html, .htm)";
        internal const string IoError = "the file could not be read: {0}";
        internal const string BadFrontMatter = "the front matter opened on line 1 is never closed with '---'";
        internal const string NotRegularFile = "not a regular file (a pipe, a socket or a device); it is not opened";
        internal const string NoArticleText = "no article text found: {0}";
        internal const string NoHtmlText = "the page holds no text outside scripts, frames, markup and page furniture";
        internal const string NoTextAfterFrontMatter = "nothing but front matter and white space";
        internal const string BadPublished = "line {0}: 'published: {1}' is not a date (want YYYY-MM-DD)";
    }
}
