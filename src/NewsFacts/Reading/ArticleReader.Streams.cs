using System.Text;

namespace NewsFacts;

/// <summary>Reading from streams, text readers and files asynchronously, with the same diagnostics as <see cref="ArticleReader.ReadFile"/>.</summary>
public static partial class ArticleReader
{
    private const int ChunkBytes = 81_920;

    /// <summary>Reads one file asynchronously. Never throws for bad content or a missing file; cancellation throws <see cref="OperationCanceledException"/>.</summary>
    public static async Task<ArticleReadResult> ReadFileAsync(string path, ArticleMetadata? metadata = null, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= ReadOptions.Default;
        var source = SourceOf(path);
        if (CheckFile(path, options, source) is { } refused)
        {
            return refused;
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsIoError(e))
        {
            return IoFailure(e, source);
        }

        return ReadBytes(bytes, FormatOf(path), source.With(metadata), options);
    }

    /// <summary>
    /// Reads an article from a stream of UTF-8 bytes, to its end, in the given format; the stream is left open. A
    /// stream longer than <see cref="ReadOptions.MaxInputBytes"/> is refused as soon as the limit is passed.
    /// </summary>
    public static ArticleReadResult ReadStream(Stream stream, ArticleFormat format, ArticleMetadata? metadata = null, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ReadOptions.Default;
        var source = metadata ?? ArticleMetadata.Empty;
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        try
        {
            int read;
            while ((read = stream.Read(chunk)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > options.MaxInputBytes)
                {
                    return TooLarge(LengthOf(stream, buffer), options, source);
                }
            }
        }
        catch (IOException e)
        {
            return IoFailure(e, source);
        }

        return ReadBytes(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), format, source, options);
    }

    /// <summary>Reads an article from a stream of UTF-8 bytes asynchronously; see <see cref="ReadStream"/>.</summary>
    public static async Task<ArticleReadResult> ReadStreamAsync(Stream stream, ArticleFormat format, ArticleMetadata? metadata = null, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ReadOptions.Default;
        var source = metadata ?? ArticleMetadata.Empty;
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > options.MaxInputBytes)
                {
                    return TooLarge(LengthOf(stream, buffer), options, source);
                }
            }
        }
        catch (IOException e)
        {
            return IoFailure(e, source);
        }

        return ReadBytes(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), format, source, options);
    }

    /// <summary>
    /// Reads an article from a text reader, to its end, in the given format; the reader is left open. Characters count
    /// against <see cref="ReadOptions.MaxInputBytes"/>.
    /// </summary>
    public static ArticleReadResult ReadText(TextReader reader, ArticleFormat format, ArticleMetadata? metadata = null, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        options ??= ReadOptions.Default;
        var source = metadata ?? ArticleMetadata.Empty;
        var text = new StringBuilder();
        var chunk = new char[ChunkBytes];
        try
        {
            int read;
            while ((read = reader.Read(chunk)) > 0)
            {
                text.Append(chunk, 0, read);
                if (text.Length > options.MaxInputBytes)
                {
                    return TooLarge(text.Length, options, source);
                }
            }
        }
        catch (IOException e)
        {
            return IoFailure(e, source);
        }

        return ReadString(text.ToString(), format, source, options);
    }

    private static long LengthOf(Stream stream, MemoryStream read) => stream.CanSeek ? Math.Max(stream.Length, read.Length) : read.Length;
}
