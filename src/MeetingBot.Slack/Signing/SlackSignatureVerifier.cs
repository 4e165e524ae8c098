using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MeetingBot.Slack.Signing;

/// <summary>Why a request was accepted or refused; never carries the body or the secret.</summary>
public enum SignatureCheck
{
    Valid,
    /// <summary><c>X-Slack-Request-Timestamp</c> or <c>X-Slack-Signature</c> is absent.</summary>
    MissingHeaders,
    /// <summary>The timestamp is not a number of seconds, or the signature is not <c>v0=</c> + hex.</summary>
    Malformed,
    /// <summary>The timestamp is more than five minutes away from now (a replayed request).</summary>
    StaleTimestamp,
    /// <summary>The HMAC does not match: another secret, or a changed body.</summary>
    BadSignature,
}

/// <summary>
/// Slack's request signing (v0): <c>v0=</c> + lowercase hex HMAC-SHA256, keyed with the app's signing secret, over
/// <c>v0:{X-Slack-Request-Timestamp}:{raw body}</c>. Compared in constant time; a timestamp more than
/// <see cref="Tolerance"/> from now is refused so a captured request cannot be replayed later.
/// </summary>
public sealed class SlackSignatureVerifier(TimeProvider time)
{
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";
    public const string Version = "v0";
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public SignatureCheck Verify(string signingSecret, string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingSecret);
        if (string.IsNullOrWhiteSpace(timestamp) || string.IsNullOrWhiteSpace(signature)) return SignatureCheck.MissingHeaders;
        if (!long.TryParse(timestamp.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return SignatureCheck.Malformed;

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - seconds) > (long)Tolerance.TotalSeconds) return SignatureCheck.StaleTimestamp;

        var presented = signature.Trim();
        if (!presented.StartsWith(Version + "=", StringComparison.Ordinal) || presented.Length != Version.Length + 1 + 64) return SignatureCheck.Malformed;
        Span<byte> given = stackalloc byte[32];
        if (Convert.FromHexString(presented.AsSpan(Version.Length + 1), given, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
            return SignatureCheck.Malformed;

        Span<byte> expected = stackalloc byte[32];
        Compute(signingSecret, timestamp.Trim(), body, expected);
        return CryptographicOperations.FixedTimeEquals(given, expected) ? SignatureCheck.Valid : SignatureCheck.BadSignature;
    }

    /// <summary>The <c>X-Slack-Signature</c> value Slack would send (fakes and tests sign with it).</summary>
    public static string Sign(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        Span<byte> mac = stackalloc byte[32];
        Compute(signingSecret, timestamp, body, mac);
        return Version + "=" + Convert.ToHexStringLower(mac);
    }

    private static void Compute(string signingSecret, string timestamp, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        var prefix = Encoding.UTF8.GetBytes($"{Version}:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), message, destination);
    }
}
