using System.Text;

namespace NewsFacts.Reading;

/// <summary>Reading from streams, text readers and files asynchronously, with the same diagnostics as <see cref="ArticleReader.ReadFile"/>.</summary>
public static partial class ArticleReader
{
    private const int ChunkBytes = 81_920;

    /// <summary>Reads one file asynchronously. Never throws for bad content or a missing file; cancellation throws <see cref="OperationCanceledException"/>.</summary>
    public static async Task<ArticleReadResult> ReadFileAsync(string path, ArticleMetadata? metadata = null, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (source, settings, refused) = Prepare(path, options);
        if (refused is not null)
        {
            return refused;
        }

        try
        {
            return ReadBytes(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false), FormatOf(path), source.With(metadata), settings);
        }
        catch (Exception e) when (IsIoError(e))
        {
            return IoFailure(e, source);
        }
    }

    /// <summary>
    /// Reads an article from a stream of UTF-8 bytes, to its end, in the given format; the stream is left open. A
    /// stream longer than <see cref="ReadOptions.MaxInputBytes"/> is refused as soon as the limit is passed.
    /// </summary>
    public static ArticleReadResult ReadStream(Stream stream, ArticleFormat format, ArticleMetadata? metadata = null, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var collector = new Collector(stream, options, metadata);
        try
        {
            int read;
            while ((read = stream.Read(collector.Chunk)) > 0)
            {
                if (collector.Take(read) is { } refused)
                {
                    return refused;
                }
            }
        }
        catch (IOException e)
        {
            return IoFailure(e, collector.Source);
        }

        return collector.Finish(format);
    }

    /// <summary>Reads an article from a stream of UTF-8 bytes asynchronously; see <see cref="ReadStream"/>.</summary>
    public static async Task<ArticleReadResult> ReadStreamAsync(Stream stream, ArticleFormat format, ArticleMetadata? metadata = null, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var collector = new Collector(stream, options, metadata);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(collector.Chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (collector.Take(read) is { } refused)
                {
                    return refused;
                }
            }
        }
        catch (IOException e)
        {
            return IoFailure(e, collector.Source);
        }

        return collector.Finish(format);
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

    /// <summary>The bytes of a stream read so far, refused once they pass the size limit.</summary>
    private sealed class Collector(Stream stream, ReadOptions? options, ArticleMetadata? metadata) : IDisposable
    {
        private readonly ReadOptions _options = options ?? ReadOptions.Default;
        private readonly MemoryStream _buffer = new();

        public ArticleMetadata Source { get; } = metadata ?? ArticleMetadata.Empty;

        public byte[] Chunk { get; } = new byte[ChunkBytes];

        /// <summary>Keeps the <paramref name="read"/> bytes just read into <see cref="Chunk"/>; the failure when the stream is now too large.</summary>
        public ArticleReadResult? Take(int read)
        {
            _buffer.Write(Chunk, 0, read);
            return _buffer.Length > _options.MaxInputBytes ? TooLarge(stream.CanSeek ? Math.Max(stream.Length, _buffer.Length) : _buffer.Length, _options, Source) : null;
        }

        public ArticleReadResult Finish(ArticleFormat format) => ReadBytes(_buffer.GetBuffer().AsSpan(0, (int)_buffer.Length), format, Source, _options);

        public void Dispose() => _buffer.Dispose();
    }
}
