using System.Buffers;
using System.Text;

namespace NewsFacts.Reports;

/// <summary>
/// A buffer that a <see cref="System.Text.Json.Utf8JsonWriter"/> writes into and that passes every filled part on to a
/// <see cref="TextWriter"/> at once, so that the JSON of a large article is never held whole in memory (as bytes, then as
/// a string): the writer hands over its bytes each time it needs more room.
/// </summary>
internal sealed class TextWriterBuffer(TextWriter output) : IBufferWriter<byte>
{
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private byte[] _bytes = new byte[1 << 16];
    private char[] _chars = new char[(1 << 16) + 4];

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0)
        {
            return;
        }

        var need = _decoder.GetCharCount(_bytes, 0, count, flush: false);
        if (need > _chars.Length)
        {
            _chars = new char[need];
        }

        var n = _decoder.GetChars(_bytes, 0, count, _chars, 0, flush: false);
        output.Write(_chars, 0, n);
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
