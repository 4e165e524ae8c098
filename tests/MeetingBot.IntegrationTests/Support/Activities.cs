using System.Text.Json;
using MeetingBot.Protocol.Activities;

namespace MeetingBot.IntegrationTests.Support;

/// <summary>Teams-shaped activities for tests, as Azure Bot Service would deliver them.</summary>
public static class Activities
{
    public const string BotId = "28:meetingbot-app-id";

    public static Activity ChannelMessage(string serviceUrl, string text, string fromId = "29:anna", string fromName = "Anna Alvarez",
        string conversationId = "19:general@thread.tacv2", string teamId = "19:team@thread.tacv2", string? id = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = id ?? Guid.NewGuid().ToString("N"),
        Timestamp = DateTimeOffset.UtcNow,
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = fromId, Name = fromName, AadObjectId = Guid.NewGuid().ToString() },
        Recipient = new ChannelAccount { Id = BotId, Name = "MeetingBot" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "channel", IsGroup = true, TenantId = "tenant-1" },
        Text = $"<at>MeetingBot</at> {text}",
        TextFormat = "plain",
        Entities =
        [
            new Entity { Type = "mention", Text = "<at>MeetingBot</at>", Mentioned = new ChannelAccount { Id = BotId, Name = "MeetingBot" } },
        ],
        ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = "tenant-1" }, team = new { id = teamId, name = "Alliance" }, channel = new { id = conversationId } }),
    };

    public static Activity PersonalMessage(string serviceUrl, string text, string fromId = "29:anna", string fromName = "Anna Alvarez", string? id = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = id ?? Guid.NewGuid().ToString("N"),
        Timestamp = DateTimeOffset.UtcNow,
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = fromId, Name = fromName },
        Recipient = new ChannelAccount { Id = BotId, Name = "MeetingBot" },
        Conversation = new ConversationAccount { Id = "a:personal-" + fromId, ConversationType = "personal", TenantId = "tenant-1" },
        Text = text,
        LocalTimezone = "Europe/Vienna",
        ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = "tenant-1" } }),
    };
}
