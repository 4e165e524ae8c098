using System.ComponentModel.DataAnnotations;

namespace MeetingBot.Conversations.Downloads;

/// <summary>Settings of the download links for minutes and calendar files (section "Downloads").</summary>
public sealed class DownloadOptions : IValidatableObject
{
    public const string Section = "Downloads";

    /// <summary>
    /// The bot's public address, e.g. https://meetingbot.azurewebsites.net. Empty: the address the bot listens on
    /// (http://localhost:3978 when run locally), which only works on the same machine.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long a download link works. Members ask again (<c>minutes download</c>) for a fresh one.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How long an "Add to calendar" link on an agenda or reminder works.</summary>
    public TimeSpan CalendarLinkLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Base64 key (at least 32 bytes) the links are signed with. Empty: a key made at first start and kept in the
    /// database, so every instance shares it.
    /// </summary>
    public string? SigningKey { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(PublicBaseUrl)
            && !(Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            yield return new ValidationResult("Downloads:PublicBaseUrl must be an absolute http(s) address such as https://meetingbot.example.org.");
        }

        if (LinkLifetime <= TimeSpan.Zero || CalendarLinkLifetime <= TimeSpan.Zero)
        {
            yield return new ValidationResult("Downloads:LinkLifetime and Downloads:CalendarLinkLifetime must be positive, e.g. 08:00:00 or 30.00:00:00.");
        }

        if (!string.IsNullOrWhiteSpace(SigningKey) && DecodeKey(SigningKey) is not { Length: >= 32 })
        {
            yield return new ValidationResult("Downloads:SigningKey must be base64 of at least 32 random bytes (openssl rand -base64 32), or empty.");
        }
    }

    public static byte[]? DecodeKey(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text.Trim(), buffer, out var written) ? buffer[..written] : null;
    }
}
