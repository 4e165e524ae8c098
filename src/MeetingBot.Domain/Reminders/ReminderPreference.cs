namespace MeetingBot.Domain.Reminders;

/// <summary>Whether a member gets reminders 1:1 as well as in the channel.</summary>
public enum PersonalReminders
{
    /// <summary>Never asked: the channel's reminders only (quiet by default).</summary>
    Off = 0,

    /// <summary>Said "remind me": each reminder also comes as a 1:1 message, in their own time zone.</summary>
    On = 1,

    /// <summary>Said "reminders off" after opting in.</summary>
    Muted = 2,
}

/// <summary>
/// A member's reminder settings in one scope (team or chat), beside their <see cref="People.Member"/> record so that
/// nothing of one team shows in another.
/// </summary>
public sealed class ReminderPreference
{
    public required string ScopeId { get; init; }
    public required string UserId { get; init; }
    public PersonalReminders Personal { get; set; }

    /// <summary>
    /// Where 1:1 reminders go: the key of the member's 1:1 conversation with the bot, learned when they say
    /// "remind me" there or when the first 1:1 reminder opens it. Opaque here; the channel adapter reads it.
    /// </summary>
    public string? PersonalConversationKey { get; set; }

    public DateTimeOffset UpdatedAtUtc { get; set; }

    public bool WantsPersonalReminders => Personal == PersonalReminders.On;
}
