using System.Buffers.Binary;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace MeetingBot.Conversations.Downloads;

/// <summary>What a download link gives.</summary>
public enum DownloadKind : byte
{
    MinutesMarkdown = 1,
    MinutesWord = 2,

    /// <summary>The meeting's calendar invitation (.ics).</summary>
    MeetingCalendar = 3,
}

/// <summary>What a valid link stands for: a file of one meeting (and, for minutes, one version), until a time.</summary>
public sealed record DownloadTicket(DownloadKind Kind, Guid MeetingId, int Version, DateTimeOffset ExpiresAtUtc);

public enum DownloadLinkStatus
{
    Valid,

    /// <summary>Not made by this bot, or changed since (a different id, version or time): nothing is said about why.</summary>
    Invalid,
    Expired,
}

public sealed record DownloadLinkCheck(DownloadLinkStatus Status, DownloadTicket? Ticket);

/// <summary>
/// Short-lived signed download links: <c>{base}/files/{token}</c>, where the token carries the kind, meeting id,
/// version and expiry, and an HMAC-SHA256 over them with the bot's signing key. Nothing is stored per link, so every
/// instance behind a load balancer accepts the links of the others (they share the key), and a link cannot be guessed
/// or changed to reach another meeting's file.
/// </summary>
public sealed class DownloadLinks(IOptions<DownloadOptions> options, ISigningKeySource keys, IPublicBaseAddress publicAddress, TimeProvider time)
{
    public const string RoutePrefix = "/files/";

    // kind (1) + meeting id (16) + version (4) + expiry in unix seconds (8)
    private const int PayloadLength = 1 + 16 + 4 + 8;
    private const int MacLength = 16;

    public async Task<string> CreateAsync(DownloadKind kind, Guid meetingId, int version, CancellationToken cancellationToken, TimeSpan? lifetime = null)
    {
        var expires = time.GetUtcNow() + (lifetime ?? options.Value.LinkLifetime);
        var key = await keys.GetKeyAsync(cancellationToken);
        var token = new byte[PayloadLength + MacLength];
        token[0] = (byte)kind;
        meetingId.TryWriteBytes(token.AsSpan(1, 16));
        BinaryPrimitives.WriteInt32BigEndian(token.AsSpan(17, 4), version);
        BinaryPrimitives.WriteInt64BigEndian(token.AsSpan(21, 8), expires.ToUnixTimeSeconds());
        Sign(key, token.AsSpan(0, PayloadLength), token.AsSpan(PayloadLength));
        return $"{publicAddress.BaseUrl.TrimEnd('/')}{RoutePrefix}{Base64UrlEncode(token)}";
    }

    public async Task<DownloadLinkCheck> CheckAsync(string? token, CancellationToken cancellationToken)
    {
        var invalid = new DownloadLinkCheck(DownloadLinkStatus.Invalid, null);
        if (token is null || token.Length > 64 || !TryBase64UrlDecode(token, out var bytes) || bytes.Length != PayloadLength + MacLength)
        {
            return invalid;
        }

        var key = await keys.GetKeyAsync(cancellationToken);
        if (!HasValidMac(key, bytes))
        {
            return invalid;
        }

        var kind = (DownloadKind)bytes[0];
        if (!Enum.IsDefined(kind)) return invalid;
        var ticket = new DownloadTicket(
            kind,
            new Guid(bytes.AsSpan(1, 16)),
            BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(17, 4)),
            DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(21, 8))));
        return ticket.ExpiresAtUtc <= time.GetUtcNow()
            ? new DownloadLinkCheck(DownloadLinkStatus.Expired, ticket)
            : new DownloadLinkCheck(DownloadLinkStatus.Valid, ticket);
    }

    private static bool HasValidMac(byte[] key, byte[] token)
    {
        Span<byte> expected = stackalloc byte[MacLength];
        Sign(key, token.AsSpan(0, PayloadLength), expected);
        return CryptographicOperations.FixedTimeEquals(expected, token.AsSpan(PayloadLength));
    }

    private static void Sign(byte[] key, ReadOnlySpan<byte> payload, Span<byte> into)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(key, payload, mac);
        mac[..MacLength].CopyTo(into);
    }

    private static string Base64UrlEncode(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryBase64UrlDecode(string text, out byte[] bytes)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", _ => "" };
        bytes = new byte[padded.Length];
        if (Convert.TryFromBase64String(padded, bytes, out var written))
        {
            bytes = bytes[..written];
            return true;
        }

        return false;
    }
}

/// <summary>The key download links are signed with: shared by every instance of the bot.</summary>
public interface ISigningKeySource
{
    Task<byte[]> GetKeyAsync(CancellationToken cancellationToken);
}

/// <summary>The address people's browsers reach the bot at, for links in messages ("https://meetingbot.example.org").</summary>
public interface IPublicBaseAddress
{
    string BaseUrl { get; }
}

/// <summary>The conversation layer alone (tests): a key for this process only.</summary>
internal sealed class ProcessSigningKey : ISigningKeySource
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public Task<byte[]> GetKeyAsync(CancellationToken cancellationToken) => Task.FromResult(_key);
}

/// <summary>The conversation layer alone (tests): the bot's customary local address.</summary>
internal sealed class LocalPublicBaseAddress : IPublicBaseAddress
{
    public string BaseUrl => "http://localhost:3978";
}
