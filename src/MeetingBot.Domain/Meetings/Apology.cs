namespace MeetingBot.Domain.Meetings;

/// <summary>A member's apologies for one meeting: the chair sees who will be missing, and the minutes list them.</summary>
public sealed class Apology
{
    public const int MaxReasonLength = 300;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid MeetingId { get; set; }
    public string UserId { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Reason { get; set; }

    /// <summary>When the apologies were last sent or updated.</summary>
    public DateTimeOffset AtUtc { get; set; }
}
