using MeetingBot.Domain.Reminders;

namespace MeetingBot.Infrastructure.Persistence.Entities;

/// <summary>Where a reminder of a meeting is in its life.</summary>
public enum ScheduledReminderState
{
    /// <summary>Due in the future (or due now and not yet run): a job is scheduled for it.</summary>
    Pending,

    /// <summary>Its fan-out ran; see the delivery records for who got it.</summary>
    Done,

    /// <summary>Its time had already passed when the meeting was scheduled or moved: never sent.</summary>
    Skipped,

    /// <summary>Switched off in the series' plan.</summary>
    Off,

    /// <summary>The meeting was cancelled.</summary>
    Cancelled,

    /// <summary>Its time passed while the bot was down and the meeting had started by then (or late sending is off).</summary>
    Dropped,
}

/// <summary>
/// One reminder of one meeting: the database's record of what should happen and when, from which the job schedule is
/// rebuilt at every start. <see cref="JobId"/> is only a hint (the scheduler's storage may have been lost).
/// </summary>
public sealed class ScheduledReminderRecord
{
    public Guid MeetingId { get; set; }
    public ReminderKind Kind { get; set; }
    public DateTimeOffset DueUtc { get; set; }
    public ScheduledReminderState State { get; set; }
    public string? JobId { get; set; }

    /// <summary>Sent after <see cref="DueUtc"/> plus the tolerance, marked "(late)".</summary>
    public bool Late { get; set; }

    /// <summary>Why it was skipped or dropped, for people reading the table.</summary>
    public string? Note { get; set; }

    public DateTimeOffset UpdatedAtUtc { get; set; }
}

public enum ReminderDeliveryStatus
{
    /// <summary>Claimed by a sender; if it stays so, the sender stopped mid-send and it is never sent again.</summary>
    Claimed,
    Sent,
    Failed,
}

/// <summary>
/// One message of a reminder to one recipient. The key (meeting, kind, recipient) is claimed with an insert before
/// sending, so a job that runs twice, a restart in the middle of a fan-out or a second instance cannot send a copy.
/// </summary>
public sealed class ReminderDeliveryRecord
{
    public const string ChannelRecipient = "channel";

    public Guid MeetingId { get; set; }
    public ReminderKind Kind { get; set; }

    /// <summary>"channel", "member:&lt;user id&gt;", or "summary:&lt;user id&gt;" for the secretary's summary.</summary>
    public required string Recipient { get; set; }

    public ReminderDeliveryStatus Status { get; set; }
    public bool Late { get; set; }
    public DateTimeOffset DueUtc { get; set; }
    public DateTimeOffset ClaimedAtUtc { get; set; }
    public DateTimeOffset? CompletedAtUtc { get; set; }
    public string? FailureReason { get; set; }

    public static string Member(string userId) => "member:" + userId;

    public static string Summary(string userId) => "summary:" + userId;
}
