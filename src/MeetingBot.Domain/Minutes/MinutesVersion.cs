namespace MeetingBot.Domain.Minutes;

public enum MinutesStatus
{
    Draft = 0,

    /// <summary>Approved by the secretary or chair: frozen; a later edit starts a new version.</summary>
    Approved = 1,
}

/// <summary>
/// One version of a meeting's minutes: the composed document (as JSON, see <see cref="MinutesDocument"/>) with the
/// secretary's edits already applied, and where it was sent. Version 1 is the first draft; approving freezes a version.
/// </summary>
public sealed class MinutesVersion
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid MeetingId { get; set; }

    /// <summary>The team or chat whose data this is.</summary>
    public string ScopeId { get; set; } = "";

    /// <summary>The conversation the draft was asked for in: where problems with sending it are reported.</summary>
    public string ConversationKey { get; set; } = "";

    public int Number { get; set; }
    public MinutesStatus Status { get; set; }

    /// <summary>The document as JSON (System.Text.Json, polymorphic blocks).</summary>
    public string DocumentJson { get; set; } = "";

    /// <summary>The secretary's edits, in order, as JSON: applied again when the draft is regenerated.</summary>
    public string EditsJson { get; set; } = "[]";

    public string CreatedByUserId { get; set; } = "";
    public string CreatedByName { get; set; } = "";
    public DateTimeOffset CreatedAtUtc { get; set; }
    public DateTimeOffset UpdatedAtUtc { get; set; }
    public string? ApprovedByName { get; set; }
    public DateTimeOffset? ApprovedAtUtc { get; set; }

    /// <summary>Where the Word file was put in the team's document library (Microsoft Graph), once uploaded.</summary>
    public string? ArchiveUrl { get; set; }

    /// <summary>When the approved minutes were e-mailed to the distribution list (Microsoft Graph).</summary>
    public DateTimeOffset? MailedAtUtc { get; set; }

    public bool IsApproved => Status == MinutesStatus.Approved;
}
