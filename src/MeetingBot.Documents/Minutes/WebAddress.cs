namespace MeetingBot.Documents.Minutes;

/// <summary>Only absolute http and https addresses become links; anything else (javascript:, data:, file:) stays text.</summary>
internal static class WebAddress
{
    /// <summary>The address as a link target, or null when it must be written as text.</summary>
    public static Uri? Parse(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var parsed)
        && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps)
        && parsed.Host.Length > 0
            ? parsed
            : null;
}
