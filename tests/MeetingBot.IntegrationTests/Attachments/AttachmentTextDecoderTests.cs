using System.Text;
using MeetingBot.Conversations.Messages;

namespace MeetingBot.IntegrationTests.Attachments;

/// <summary>The one set of rules every channel's reader applies to a file's bytes.</summary>
public sealed class AttachmentTextDecoderTests
{
    public static TheoryData<string, byte[], string?, AttachmentProblem> Files => new()
    {
        { "UTF-8", Encoding.UTF8.GetBytes("10:02 From Anna Alvarez to Everyone: Grüße"), "10:02 From Anna Alvarez to Everyone: Grüße", AttachmentProblem.None },
        { "UTF-8 with a byte-order mark", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Zoom chat")], "Zoom chat", AttachmentProblem.None },
        { "UTF-16 little-endian with a mark", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Webex – chat")], "Webex – chat", AttachmentProblem.None },
        { "UTF-16 big-endian with a mark", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Webex chat")], "Webex chat", AttachmentProblem.None },
        { "empty", [], "", AttachmentProblem.None },
        { "PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52], null, AttachmentProblem.NotText },
        { "a NUL byte in text", Encoding.UTF8.GetBytes("chat\0log"), null, AttachmentProblem.NotText },
        { "Latin-1, not UTF-8", Encoding.Latin1.GetBytes("Grüße"), null, AttachmentProblem.NotText },
        { "UTF-16 without a mark", Encoding.Unicode.GetBytes("chat"), null, AttachmentProblem.NotText },
        { "UTF-16 with a lone surrogate", [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00], null, AttachmentProblem.NotText },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Decodes_text_and_refuses_binary(string kind, byte[] bytes, string? text, AttachmentProblem problem)
    {
        var result = AttachmentTextDecoder.Decode(bytes, maxBytes: 1024);

        Assert.True(problem == result.Problem, kind);
        Assert.Equal(text, result.Text);
    }

    [Fact]
    public void A_file_of_exactly_the_limit_is_read_and_one_byte_more_is_too_large()
    {
        Assert.Equal("abcd", AttachmentTextDecoder.Decode("abcd"u8, maxBytes: 4).Text);
        Assert.Equal(AttachmentProblem.TooLarge, AttachmentTextDecoder.Decode("abcde"u8, maxBytes: 4).Problem);
    }

    [Fact]
    public async Task A_stream_is_read_no_further_than_one_byte_past_the_limit()
    {
        using var endless = new CountingStream(length: 10_000_000);

        var result = await AttachmentTextDecoder.ReadAsync(endless, announcedLength: null, maxBytes: 1000, CancellationToken.None);

        Assert.Equal(AttachmentProblem.TooLarge, result.Problem);
        Assert.Equal(1001, endless.Position);
    }

    [Fact]
    public async Task An_announced_length_above_the_limit_is_too_large_without_reading()
    {
        using var content = new CountingStream(length: 2000);

        var result = await AttachmentTextDecoder.ReadAsync(content, announcedLength: 2000, maxBytes: 1000, CancellationToken.None);

        Assert.Equal(AttachmentProblem.TooLarge, result.Problem);
        Assert.Equal(0, content.Position);
    }

    [Fact]
    public async Task A_stream_within_the_limit_is_text()
    {
        using var content = new CountingStream(length: 1000);

        var result = await AttachmentTextDecoder.ReadAsync(content, announcedLength: null, maxBytes: 1000, CancellationToken.None);

        Assert.Equal(new string('a', 1000), result.Text);
    }

    /// <summary>A read-only stream of 'a's that counts what was read.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Position);
            Array.Fill(buffer, (byte)'a', offset, n);
            Position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
