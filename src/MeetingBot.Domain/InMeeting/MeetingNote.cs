namespace MeetingBot.Domain.InMeeting;

public enum NoteKind
{
    Note = 0,
    Decision = 1,
    Action = 2,
}

/// <summary>A live note, decision or action, attached to the agenda item under discussion when it was written.</summary>
public sealed class MeetingNote
{
    public const int MaxTextLength = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid MeetingId { get; set; }

    /// <summary>1 for the first note of the meeting, 2 for the next…</summary>
    public int Number { get; set; }

    public NoteKind Kind { get; set; }
    public string Text { get; set; } = "";

    /// <summary>The agenda item it belongs to; null for notes taken while no item was current.</summary>
    public Guid? ItemId { get; set; }

    public int? ItemNumber { get; set; }
    public string? ItemTitle { get; set; }
    public string AuthorUserId { get; set; } = "";
    public string AuthorName { get; set; } = "";

    /// <summary>Who does it (actions); may be someone without a user id ("UNODC CST").</summary>
    public string? OwnerUserId { get; set; }

    public string? OwnerName { get; set; }

    /// <summary>By when (actions), a date in the meeting's calendar.</summary>
    public DateOnly? DueDate { get; set; }

    public DateTimeOffset CreatedAtUtc { get; set; }
}
