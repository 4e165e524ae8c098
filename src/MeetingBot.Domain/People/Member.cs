namespace MeetingBot.Domain.People;

/// <summary>
/// A person as known in one scope (a team, or a chat). The same person has one record per scope,
/// so nothing about them leaks from one team into another.
/// </summary>
public sealed class Member
{
    public const int MaxNameLength = 120;
    public const int MaxOrganisationLength = 120;
    public const int MaxTitleLength = 80;

    public required string ScopeId { get; init; }
    public required string UserId { get; init; }
    public string? AadObjectId { get; set; }
    public required string DisplayName { get; set; }
    public Role Role { get; set; } = Role.Member;
    /// <summary>A free-text title shown in the minutes, e.g. "Intern".</summary>
    public string? Title { get; set; }
    public string? Organisation { get; set; }
    /// <summary>IANA time zone id, e.g. "Europe/Vienna".</summary>
    public string? TimeZoneId { get; set; }
    public DateTimeOffset FirstSeen { get; init; }
    public DateTimeOffset LastSeen { get; set; }

    public bool IsAtLeast(Role role) => Role >= role;

    /// <summary>Chair, vice-chair and secretary run meetings and agendas.</summary>
    public bool CanManageMeetings => Role is Role.Chair or Role.ViceChair or Role.Secretary;
}
