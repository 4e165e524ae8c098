using System.Buffers;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace MeetingBot.Infrastructure.Persistence.Stores;

/// <summary>
/// The delivery keys claimed during the last <c>window</c> (at least), in memory. Keys are kept as 128-bit hashes,
/// 16 bytes without GC references whatever the key's length, in time slices that are dropped whole once older than
/// the window: no per-key bookkeeping to expire them. A SHA-256 prefix, so no one can craft colliding keys.
/// </summary>
internal sealed class RecentDeliveryKeys
{
    private const int Slices = 6;

    private readonly long _sliceTicks;
    private readonly (long Number, HashSet<UInt128> Keys)[] _slices = new (long, HashSet<UInt128>)[Slices + 1];
    private readonly Lock _lock = new();

    public RecentDeliveryKeys(TimeSpan window)
    {
        _sliceTicks = window.Ticks / Slices;
        for (var i = 0; i < _slices.Length; i++) _slices[i] = (-1, []);
    }

    /// <summary>True when the key was not seen within the window; it is remembered as seen at <paramref name="at"/>.</summary>
    public bool TryAdd(string channelId, string deliveryKey, DateTimeOffset at)
    {
        var hash = Hash(channelId, deliveryKey);
        var number = at.UtcTicks / _sliceTicks;
        lock (_lock)
        {
            foreach (var (sliceNumber, keys) in _slices)
                if (sliceNumber >= number - Slices && keys.Contains(hash)) return false;
            SliceFor(number)?.Add(hash);
            return true;
        }
    }

    private HashSet<UInt128>? SliceFor(long number)
    {
        ref var slice = ref _slices[number % _slices.Length];
        if (slice.Number > number) return null; // older than every slice kept: outside the window already
        if (slice.Number < number)
        {
            // This place held a slice older than the window (or none): start the current one afresh (a new set, so
            // that the memory of a busy hour goes with it).
            slice = (number, []);
        }
        return slice.Keys;
    }

    private static UInt128 Hash(string channelId, string deliveryKey)
    {
        var length = Encoding.UTF8.GetMaxByteCount(channelId.Length + 1 + deliveryKey.Length);
        var rented = length <= 1024 ? null : ArrayPool<byte>.Shared.Rent(length);
        var bytes = rented ?? stackalloc byte[1024];
        var written = Encoding.UTF8.GetBytes(channelId, bytes);
        bytes[written++] = 0;
        written += Encoding.UTF8.GetBytes(deliveryKey, bytes[written..]);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes[..written], digest);
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        return MemoryMarshal.Read<UInt128>(digest);
    }
}
