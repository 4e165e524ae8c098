using MeetingBot.Domain.People;

namespace MeetingBot.Domain.InMeeting;

/// <summary>Where someone stands in a meeting's attendance.</summary>
public enum AttendanceStatus
{
    /// <summary>On the conversation's roster, not seen in the meeting (yet).</summary>
    Invited = 0,
    Present = 1,

    /// <summary>Was present and left (Teams' participant-leave event).</summary>
    Left = 2,

    /// <summary>Sent apologies, or the chair recorded them.</summary>
    Apologies = 3,
}

/// <summary>How the bot learnt about someone's attendance; several may apply.</summary>
[Flags]
public enum AttendanceSources
{
    None = 0,
    Roster = 1,
    JoinEvent = 2,
    Wrote = 4,
    ByHand = 8,
    Apologies = 16,

    /// <summary>Wrote in a meeting chat saved from another tool (Webex, Zoom) and imported afterwards.</summary>
    ImportedChat = 32,
}

/// <summary>One person's attendance at one meeting, with what the minutes show about them.</summary>
public sealed class Attendee
{
    public const int MaxNameLength = 120;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid MeetingId { get; set; }
    public string UserId { get; set; } = "";
    public string? AadObjectId { get; set; }
    public string Name { get; set; } = "";
    public string? Organisation { get; set; }

    /// <summary>The role in the team (chair, secretary…), when the person is a known member.</summary>
    public Role? Role { get; set; }

    /// <summary>A free-text title from the member's profile ("Intern").</summary>
    public string? Title { get; set; }

    /// <summary>The role in the online meeting as the channel tells it: Organizer, Presenter, Attendee.</summary>
    public string? MeetingRole { get; set; }

    public AttendanceStatus Status { get; set; }
    public AttendanceSources Sources { get; set; }

    /// <summary>1 for the first to arrive, 2 for the next…; null while never present.</summary>
    public int? ArrivalNumber { get; set; }

    public DateTimeOffset? FirstJoinedAtUtc { get; set; }

    /// <summary>The last time they left (or the meeting ended while they were there).</summary>
    public DateTimeOffset? LeftAtUtc { get; set; }

    /// <summary>Arrived later than the meeting's grace period after its start: called at the end of the tour.</summary>
    public bool IsLate { get; set; }

    public string? ApologyReason { get; set; }

    public bool IsPresent => Status == AttendanceStatus.Present;
}

/// <summary>What the bot knows about a participant when it records them.</summary>
public sealed record ParticipantInfo(string UserId, string Name)
{
    public string? AadObjectId { get; init; }
    public string? Organisation { get; init; }
    public Role? Role { get; init; }
    public string? Title { get; init; }
    public string? MeetingRole { get; init; }
}
