namespace MeetingBot.Infrastructure.Persistence.Entities;

/// <summary>A running dialog of one person in one conversation, as JSON.</summary>
public sealed class DialogStateRecord
{
    public required string ConversationKey { get; set; }
    public required string UserId { get; set; }
    public required string StateJson { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A conversation the bot has seen, with the channel's reference to post to it later.</summary>
public sealed class ConversationRecord
{
    public required string Key { get; set; }
    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }
    public required string ScopeId { get; set; }
    public required string Kind { get; set; }
    public string? Name { get; set; }
    public required string ReferenceJson { get; set; }
    public bool IsActive { get; set; } = true;
    public string? InactiveReason { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A delivery already processed: its unique key makes repeats (channel retries) visible across instances.</summary>
public sealed class ProcessedDeliveryRecord
{
    public required string ChannelId { get; set; }
    public required string DeliveryKey { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}
