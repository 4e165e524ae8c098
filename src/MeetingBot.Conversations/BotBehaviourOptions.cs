using System.ComponentModel.DataAnnotations;

namespace MeetingBot.Conversations;

/// <summary>How the bot behaves towards people; bound from the "MeetingBot" configuration section.</summary>
public sealed class BotBehaviourOptions
{
    public const string Section = "MeetingBot";

    /// <summary>
    /// People with every right in every team or chat: their channel user ids or Entra object ids.
    /// When empty, whoever installs the bot (or first talks to it) in a team becomes its chair.
    /// </summary>
    public List<string> Admins { get; set; } = [];

    /// <summary>IANA time zone used when neither the person nor the series has one.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "Europe/Vienna";

    /// <summary>How long a dialog waits for an answer before it is dropped.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan DialogTimeout { get; set; } = TimeSpan.FromMinutes(30);

    public bool IsAdmin(string userId, string? aadObjectId) =>
        Admins.Exists(a => a.Equals(userId, StringComparison.OrdinalIgnoreCase)
                           || (aadObjectId is not null && a.Equals(aadObjectId, StringComparison.OrdinalIgnoreCase)));
}
