using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace MeetingBot.Conversations.Messages;

/// <summary>
/// Bytes of a file → text, with the limits every <see cref="IAttachmentReader"/> applies: at most <c>maxBytes</c>
/// (more is <see cref="AttachmentProblem.TooLarge"/>, and a stream is not read past <c>maxBytes + 1</c>); UTF-8 with or
/// without a byte-order mark, or UTF-16 with one; NUL bytes or invalid UTF-8 are <see cref="AttachmentProblem.NotText"/>.
/// The one place of these rules, so every channel reads files alike.
/// </summary>
public static class AttachmentTextDecoder
{
    private const int ChunkBytes = 64 * 1024;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];
    private static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xFF, 0xFE];
    private static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];

    private static readonly Encoding StrictUtf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Decodes a file already in memory.</summary>
    public static AttachmentText Decode(ReadOnlySpan<byte> bytes, long maxBytes)
    {
        if (bytes.Length > maxBytes) return AttachmentText.Refused(AttachmentProblem.TooLarge);

        if (bytes.StartsWith(Utf8Bom)) return DecodeUtf8(bytes[Utf8Bom.Length..]);
        if (bytes.StartsWith(Utf16LittleEndianBom)) return DecodeUtf16(bytes[2..], StrictUtf16LittleEndian);
        if (bytes.StartsWith(Utf16BigEndianBom)) return DecodeUtf16(bytes[2..], StrictUtf16BigEndian);
        return DecodeUtf8(bytes);
    }

    /// <summary>
    /// Reads <paramref name="content"/> up to <c>maxBytes + 1</c> bytes and decodes it. An <paramref name="announcedLength"/>
    /// (a Content-Length, a channel's file size) above the limit is <see cref="AttachmentProblem.TooLarge"/> without
    /// reading anything.
    /// </summary>
    public static async Task<AttachmentText> ReadAsync(Stream content, long? announcedLength, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (maxBytes < 0 || announcedLength > maxBytes) return AttachmentText.Refused(AttachmentProblem.TooLarge);

        // One byte more than allowed tells "too large" from "exactly at the limit" without reading further.
        var cap = (int)Math.Min(maxBytes + 1, Array.MaxLength);
        var buffer = new ArrayBufferWriter<byte>(Math.Clamp((int)Math.Min(announcedLength ?? ChunkBytes, cap), 1, cap));
        while (buffer.WrittenCount < cap)
        {
            var room = Math.Min(cap - buffer.WrittenCount, ChunkBytes);
            var read = await content.ReadAsync(buffer.GetMemory(room)[..room], cancellationToken).ConfigureAwait(false);
            if (read == 0) break;
            buffer.Advance(read);
        }
        return Decode(buffer.WrittenSpan, maxBytes);
    }

    private static AttachmentText DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Contains((byte)0) || !Utf8.IsValid(bytes)) return AttachmentText.Refused(AttachmentProblem.NotText);
        return AttachmentText.Of(Encoding.UTF8.GetString(bytes));
    }

    private static AttachmentText DecodeUtf16(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        if (bytes.Length % 2 != 0) return AttachmentText.Refused(AttachmentProblem.NotText);
        try
        {
            var text = encoding.GetString(bytes);
            return text.Contains('\0') ? AttachmentText.Refused(AttachmentProblem.NotText) : AttachmentText.Of(text);
        }
        catch (DecoderFallbackException)
        {
            return AttachmentText.Refused(AttachmentProblem.NotText);
        }
    }
}
