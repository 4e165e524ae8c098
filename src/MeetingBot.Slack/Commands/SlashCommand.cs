using System.Web;

namespace MeetingBot.Slack.Commands;

/// <summary>A slash command invocation (<c>/meeting agenda add …</c>), read from its form-encoded body.</summary>
public sealed record SlashCommand
{
    public required string Command { get; init; }
    public required string Text { get; init; }
    public required string TeamId { get; init; }
    public required string ChannelId { get; init; }
    public string? ChannelName { get; init; }
    public required string UserId { get; init; }
    public string? UserName { get; init; }
    public string? ResponseUrl { get; init; }
    public string? TriggerId { get; init; }
    public string? EnterpriseId { get; init; }
    public string? ApiAppId { get; init; }

    /// <summary>Reads the form body; null when a field every command has (command, team, channel, user) is missing.</summary>
    public static SlashCommand? Parse(string formBody)
    {
        var form = HttpUtility.ParseQueryString(formBody);
        if (form["command"] is not { Length: > 0 } command || form["team_id"] is not { Length: > 0 } team
            || form["channel_id"] is not { Length: > 0 } channel || form["user_id"] is not { Length: > 0 } user)
            return null;
        return new SlashCommand
        {
            Command = command,
            Text = form["text"] ?? string.Empty,
            TeamId = team,
            ChannelId = channel,
            ChannelName = form["channel_name"],
            UserId = user,
            UserName = form["user_name"],
            ResponseUrl = form["response_url"],
            TriggerId = form["trigger_id"],
            EnterpriseId = form["enterprise_id"],
            ApiAppId = form["api_app_id"],
        };
    }
}
