using System.Text.Json;
using MeetingBot.Protocol.Activities;

namespace MeetingBot.IntegrationTests.Support;

/// <summary>
/// Teams meeting events and meeting-chat messages for tests: the start and end events, participants joining and leaving,
/// and messages written without mentioning the bot (delivered with RSC), in a channel meeting's thread.
/// </summary>
public static class MeetingActivities
{
    public const string TenantId = "tenant-1";

    public static Activity Event(string serviceUrl, string name, object value, string conversationId, string teamId, string? meetingId) => new()
    {
        Type = ActivityTypes.Event,
        Id = Guid.NewGuid().ToString("N"),
        Name = name,
        Timestamp = DateTimeOffset.UtcNow,
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = "29:organizer", AadObjectId = Guid.NewGuid().ToString() },
        Recipient = new ChannelAccount { Id = Activities.BotId, Name = "MeetingBot" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "channel", IsGroup = true, TenantId = TenantId },
        Value = JsonSerializer.SerializeToElement(value),
        ChannelData = JsonSerializer.SerializeToElement(meetingId is null
            ? new { tenant = new { id = TenantId }, team = new { id = teamId }, meeting = (object?)null }
            : new { tenant = new { id = TenantId }, team = new { id = teamId }, meeting = (object?)new { id = meetingId } }),
    };

    /// <summary>Teams' meeting start, with the PascalCase keys of Learn's samples.</summary>
    public static Activity Start(string serviceUrl, string conversationId, string teamId, string meetingId, string title) =>
        Event(serviceUrl, "application/vnd.microsoft.meetingStart", new
        {
            Id = meetingId,
            JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0",
            Title = title,
            MeetingType = "Scheduled",
            StartTime = "2027-08-31T13:00:00Z",
        }, conversationId, teamId, meetingId);

    /// <summary>Teams' meeting end, with camelCase keys.</summary>
    public static Activity End(string serviceUrl, string conversationId, string teamId, string meetingId) =>
        Event(serviceUrl, "application/vnd.microsoft.meetingEnd", new
        {
            id = meetingId,
            title = "ignored",
            meetingType = "Scheduled",
            endTime = "2027-08-31T14:15:00Z",
        }, conversationId, teamId, meetingId);

    public static Activity Join(string serviceUrl, string conversationId, string teamId, string meetingId, params ChatDriver.Member[] who) =>
        Event(serviceUrl, "application/vnd.microsoft.meetingParticipantJoin", new
        {
            members = who.Select(m => new { user = new { id = m.Id, name = m.Name, aadObjectId = Guid.NewGuid().ToString(), tenantId = TenantId }, meeting = new { inMeeting = true, role = "Attendee" } }).ToArray(),
        }, conversationId, teamId, meetingId);

    public static Activity Leave(string serviceUrl, string conversationId, string teamId, string meetingId, params ChatDriver.Member[] who) =>
        Event(serviceUrl, "application/vnd.microsoft.meetingParticipantLeave", new
        {
            members = who.Select(m => new { user = new { id = m.Id, name = m.Name }, meeting = new { inMeeting = false, role = "Attendee" } }).ToArray(),
        }, conversationId, teamId, meetingId);

    /// <summary>A message in the channel that does not mention the bot (Teams delivers it only with RSC), as Teams HTML.</summary>
    public static Activity Unaddressed(string serviceUrl, ChatDriver.Member who, string html, string conversationId, string teamId) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        Timestamp = DateTimeOffset.UtcNow,
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = who.Id, Name = who.Name },
        Recipient = new ChannelAccount { Id = Activities.BotId, Name = "MeetingBot" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "channel", IsGroup = true, TenantId = TenantId },
        Text = html,
        TextFormat = "xml",
        LocalTimezone = "Europe/Vienna",
        ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = TenantId }, team = new { id = teamId, name = "Alliance" }, channel = new { id = conversationId } }),
    };
}
