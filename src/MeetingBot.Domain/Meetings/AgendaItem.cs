namespace MeetingBot.Domain.Meetings;

/// <summary>Whether an item is on the agenda.</summary>
public enum AgendaItemStatus
{
    Accepted = 0,

    /// <summary>Added after the agenda deadline by a member; on the list, marked late, until the chair approves it.</summary>
    AwaitingApproval = 1,

    /// <summary>Withdrawn by its proposer, removed by the chair, or merged into another item. Kept for the record.</summary>
    Withdrawn = 2,
}

/// <summary>One item on a meeting's agenda. Change it through <see cref="Agenda"/>, which keeps the numbering whole.</summary>
public sealed class AgendaItem
{
    /// <summary>The proposer id and name of the series' standing items ("AOB"), which nobody proposed.</summary>
    public const string StandingProposer = "standing";

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid MeetingId { get; set; }

    /// <summary>The number members see and use ("withdraw 3"): 1..n without gaps over the active items; 0 once withdrawn.</summary>
    public int Position { get; set; }

    public string Title { get; set; } = "";
    public string? PresenterName { get; set; }
    public string? PresenterUserId { get; set; }

    /// <summary>Minutes the item needs, when the proposer said.</summary>
    public int? Minutes { get; set; }

    public string ProposedByUserId { get; set; } = "";
    public string ProposedByName { get; set; } = "";
    public DateTimeOffset CreatedAtUtc { get; set; }
    public bool IsStanding { get; set; }

    /// <summary>Added after the agenda deadline; stays true after approval so the chair can still see it.</summary>
    public bool IsLate { get; set; }

    public AgendaItemStatus Status { get; set; } = AgendaItemStatus.Accepted;

    /// <summary>The meeting this item was not reached in and carried over from.</summary>
    public Guid? CarriedOverFromMeetingId { get; set; }

    public bool IsActive => Status != AgendaItemStatus.Withdrawn;
}
