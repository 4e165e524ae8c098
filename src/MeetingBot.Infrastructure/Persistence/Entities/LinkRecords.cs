namespace MeetingBot.Infrastructure.Persistence.Entities;

/// <summary>A conversation linked into another team's meetings (Teams ⇄ Slack); see Features/Linking.</summary>
public sealed class ConversationLinkRecord
{
    public required string ConversationKey { get; set; }
    public required string ChannelId { get; set; }
    public required string ScopeId { get; set; }
    public required string HomeConversationKey { get; set; }
    public string? Name { get; set; }
    public required string LinkedBy { get; set; }
    public DateTimeOffset LinkedAtUtc { get; set; }
}

/// <summary>A one-time link code, by its SHA-256 (never the code itself).</summary>
public sealed class LinkCodeRecord
{
    public required string CodeHash { get; set; }
    public required string ScopeId { get; set; }
    public required string HomeConversationKey { get; set; }
    public string? HomeName { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset ExpiresAtUtc { get; set; }
}
