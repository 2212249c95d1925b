using System.Text;

namespace NewsFacts.Reports;

/// <summary>The text and Markdown reports written to a <see cref="TextWriter"/> or, as UTF-8, to a <see cref="Stream"/>.</summary>
public static partial class NewsReport
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <see cref="ToText(ArticleFacts)"/> to a text writer; the writer is left open.</summary>
    public static void WriteText(ArticleFacts facts, TextWriter writer) => Write(ToText(facts), writer);

    /// <summary>Writes <see cref="ToMarkdown(ArticleFacts)"/> to a text writer; the writer is left open.</summary>
    public static void WriteMarkdown(ArticleFacts facts, TextWriter writer) => Write(ToMarkdown(facts), writer);

    /// <summary>Writes <see cref="ToText(CrossCheckReport)"/> to a text writer; the writer is left open.</summary>
    public static void WriteText(CrossCheckReport report, TextWriter writer) => Write(ToText(report), writer);

    /// <summary>Writes <see cref="ToMarkdown(CrossCheckReport)"/> to a text writer; the writer is left open.</summary>
    public static void WriteMarkdown(CrossCheckReport report, TextWriter writer) => Write(ToMarkdown(report), writer);

    /// <summary>Writes <see cref="ToText(ArticleFacts)"/> to a stream as UTF-8 (no byte-order mark); the stream is left open.</summary>
    public static void WriteText(ArticleFacts facts, Stream stream) => Write(ToText(facts), stream);

    /// <summary>Writes <see cref="ToMarkdown(ArticleFacts)"/> to a stream as UTF-8 (no byte-order mark); the stream is left open.</summary>
    public static void WriteMarkdown(ArticleFacts facts, Stream stream) => Write(ToMarkdown(facts), stream);

    /// <summary>Writes <see cref="ToText(CrossCheckReport)"/> to a stream as UTF-8 (no byte-order mark); the stream is left open.</summary>
    public static void WriteText(CrossCheckReport report, Stream stream) => Write(ToText(report), stream);

    /// <summary>Writes <see cref="ToMarkdown(CrossCheckReport)"/> to a stream as UTF-8 (no byte-order mark); the stream is left open.</summary>
    public static void WriteMarkdown(CrossCheckReport report, Stream stream) => Write(ToMarkdown(report), stream);

    internal static void Write(string text, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(text);
    }

    internal static void Write(string text, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Utf8.GetBytes(text));
    }
}
