using System.Buffers.Binary;
using System.Text;

namespace MeetingBot.Infrastructure.Persistence.Stores;

/// <summary>
/// Claimed delivery keys waiting to be written, as bytes in two reused buffers (one filling, one being written).
/// Holding them as strings for up to a flush interval would carry each through a garbage collection into an older
/// generation, under load most of them; bytes in a long-lived array cost the collector nothing.
/// </summary>
internal sealed class UnwrittenClaims
{
    private byte[] _filling = new byte[64 * 1024];
    private byte[] _spare = new byte[64 * 1024];
    private int _length;
    private readonly Lock _lock = new();

    /// <summary>Record layout: time (UTC ticks, 8 bytes), then channel and key, each as a 4-byte length and UTF-8.</summary>
    public void Add(string channelId, string deliveryKey, DateTimeOffset receivedAt)
    {
        var most = 16 + Encoding.UTF8.GetMaxByteCount(channelId.Length) + Encoding.UTF8.GetMaxByteCount(deliveryKey.Length);
        lock (_lock)
        {
            if (_filling.Length - _length < most)
                Array.Resize(ref _filling, Math.Max(_filling.Length * 2, _length + most));
            var span = _filling.AsSpan(_length);
            BinaryPrimitives.WriteInt64LittleEndian(span, receivedAt.UtcTicks);
            var written = 8;
            written += WriteText(span[written..], channelId);
            written += WriteText(span[written..], deliveryKey);
            _length += written;
        }
    }

    /// <summary>
    /// Takes every claim added so far and hands them, decoded, to <paramref name="into"/>. Only one caller at a time
    /// (the writer): the buffer it reads becomes the next one to fill only at its next call.
    /// </summary>
    public void TakeAll(List<(string ChannelId, string DeliveryKey, DateTimeOffset ReceivedAt)> into)
    {
        byte[] taken;
        int length;
        lock (_lock)
        {
            (taken, _filling, _spare) = (_filling, _spare, _filling);
            (length, _length) = (_length, 0);
        }
        var span = taken.AsSpan(0, length);
        while (!span.IsEmpty)
        {
            var at = new DateTimeOffset(BinaryPrimitives.ReadInt64LittleEndian(span), TimeSpan.Zero);
            span = span[8..];
            var channelId = ReadText(ref span);
            var deliveryKey = ReadText(ref span);
            into.Add((channelId, deliveryKey, at));
        }
    }

    private static int WriteText(Span<byte> span, string text)
    {
        var length = Encoding.UTF8.GetBytes(text, span[4..]);
        BinaryPrimitives.WriteInt32LittleEndian(span, length);
        return 4 + length;
    }

    private static string ReadText(ref Span<byte> span)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(span);
        var text = Encoding.UTF8.GetString(span.Slice(4, length));
        span = span[(4 + length)..];
        return text;
    }
}
