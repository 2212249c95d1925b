using System.Buffers;
using System.Text;

namespace NewsFacts.Reports;

/// <summary>
/// A buffer that a <see cref="System.Text.Json.Utf8JsonWriter"/> writes into and that passes every filled part on to a
/// <see cref="TextWriter"/> at once, so that the JSON of a large article is never held whole in memory (as bytes, then as
/// a string): the writer hands over its bytes each time it needs more room. When the writer is a
/// <see cref="StreamWriter"/> that writes UTF-8 with no byte-order mark (the harness's standard output), the bytes go
/// straight to its stream instead of being decoded to characters and encoded back; otherwise they are decoded a block
/// at a time, so that one long string (an article's <c>text</c>) needs no second copy as characters.
/// </summary>
internal sealed class TextWriterBuffer(TextWriter output) : IBufferWriter<byte>
{
    private const int BlockBytes = 1 << 16;

    private readonly Stream? _stream = output is StreamWriter { Encoding: UTF8Encoding utf8 } writer && utf8.Preamble.IsEmpty ? writer.BaseStream : null;
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();

    // A block of n bytes decodes to at most n characters, and the at most three bytes of a sequence that the block
    // before cut off add at most two.
    private readonly char[] _chars = new char[BlockBytes + 4];
    private byte[] _bytes = new byte[BlockBytes];

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0)
        {
            return;
        }

        if (_stream is not null)
        {
            output.Flush(); // what was written to the writer before goes first
            _stream.Write(_bytes, 0, count);
        }
        else
        {
            for (var at = 0; at < count; at += BlockBytes)
            {
                var n = _decoder.GetChars(_bytes, at, Math.Min(BlockBytes, count - at), _chars, 0, flush: false);
                output.Write(_chars, 0, n);
            }
        }

        if (_bytes.Length > BlockBytes)
        {
            _bytes = new byte[BlockBytes]; // the room one long string needed is let go as soon as it is written
        }
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        if (sizeHint > _bytes.Length)
        {
            _bytes = new byte[sizeHint];
        }

        return _bytes;
    }

    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;
}
