using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.Attachments;

/// <summary>
/// Where the bot may download files people send it (section <c>Attachments</c>). Each channel's reader already knows
/// its own file hosts (Teams: the connector and <c>*.sharepoint.com</c>; Slack: <c>files.slack.com</c>); these are
/// added to them.
/// </summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    /// <summary>
    /// More hosts files may be downloaded from, e.g. <c>localhost</c> for the Bot Framework Emulator or
    /// <c>*.example.org</c> for subdomains. Https only, except loopback hosts (127.0.0.1, localhost), which may use http.
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];
}

/// <summary>Refuses entries that are not host names (a scheme, a path or a port would never match).</summary>
internal sealed class AttachmentOptionsValidator : IValidateOptions<AttachmentOptions>
{
    public ValidateOptionsResult Validate(string? name, AttachmentOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.AllowedHosts.Count; i++)
        {
            var entry = options.AllowedHosts[i]?.Trim() ?? "";
            var host = entry.StartsWith("*.", StringComparison.Ordinal) ? entry[2..] : entry;
            if (Uri.CheckHostName(host) == UriHostNameType.Unknown)
                failures.Add($"{AttachmentOptions.Section}:AllowedHosts:{i} must be a host name such as files.example.org or *.example.org (no scheme, port or path), not '{entry}'.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
