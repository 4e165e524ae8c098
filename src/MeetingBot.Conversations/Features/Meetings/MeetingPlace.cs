using System.Text.RegularExpressions;

namespace MeetingBot.Conversations.Features.Meetings;

/// <summary>Where a meeting happens, read from what follows the time: "on Webex", "in Room 3", or a join link.</summary>
public sealed partial record MeetingPlace(string? Location, string? JoinUrl)
{
    public const int MaxLocationLength = 300;

    public static MeetingPlace Read(string? rest)
    {
        var text = (rest ?? "").Trim();
        if (text.Length == 0) return new MeetingPlace(null, null);

        string? joinUrl = null;
        var url = UrlPattern().Match(text);
        if (url.Success && Uri.TryCreate(url.Value.TrimEnd('.', ',', ')'), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
        {
            joinUrl = uri.ToString();
            text = text.Remove(url.Index, url.Length).Trim();
        }

        var location = LeadingWord().Replace(text, "").Trim().TrimEnd('.', ',');
        if (location.Length == 0) location = joinUrl is null ? null! : ToolOf(new Uri(joinUrl));
        if (location?.Length > MaxLocationLength) location = location[..MaxLocationLength];
        return new MeetingPlace(string.IsNullOrWhiteSpace(location) ? null : location, joinUrl);
    }

    /// <summary>Names the meeting tool from its join link, as people say it.</summary>
    private static string? ToolOf(Uri link) => link.Host switch
    {
        var h when h.EndsWith("teams.microsoft.com", StringComparison.OrdinalIgnoreCase) || h.EndsWith("teams.live.com", StringComparison.OrdinalIgnoreCase) => "Microsoft Teams",
        var h when h.EndsWith("webex.com", StringComparison.OrdinalIgnoreCase) => "Webex",
        var h when h.EndsWith("zoom.us", StringComparison.OrdinalIgnoreCase) => "Zoom",
        var h when h.EndsWith("meet.google.com", StringComparison.OrdinalIgnoreCase) => "Google Meet",
        _ => null,
    };

    public string Describe() => (Location, JoinUrl) switch
    {
        (null, null) => "",
        ({ } location, null) => $" on {location}",
        (null, { } link) => $" ({link})",
        ({ } location, { } link) => $" on {location} ({link})",
    };

    [GeneratedRegex(@"https?://\S+", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"^(on|via|in|at|using|location:?)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingWord();
}
