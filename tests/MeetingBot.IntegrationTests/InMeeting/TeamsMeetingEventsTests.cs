using System.Text.Json;
using MeetingBot.Channels.BotFramework;
using MeetingBot.Conversations.Messages;
using MeetingBot.Protocol.Activities;

namespace MeetingBot.IntegrationTests.InMeeting;

/// <summary>Teams' meeting events as the adapter reads them: meeting id, value keys in any case, members.</summary>
public sealed class TeamsMeetingEventsTests
{
    private static Activity Event(string name, string valueJson, string channelDataJson) =>
        JsonSerializer.Deserialize($$"""
            {
              "type": "event", "name": "{{name}}", "id": "evt-1", "channelId": "msteams",
              "serviceUrl": "https://smba.trafficmanager.net/amer/",
              "from": { "id": "29:organizer", "aadObjectId": "aad-1" },
              "recipient": { "id": "28:bot" },
              "conversation": { "id": "19:meeting_abc@thread.v2", "conversationType": "groupChat", "isGroup": true, "tenantId": "t-1" },
              "value": {{valueJson}},
              "channelData": {{channelDataJson}}
            }
            """, BotFrameworkJsonContext.Default.Activity)!;

    [Fact]
    public void The_meeting_id_comes_from_channelData_and_PascalCase_values_are_read()
    {
        var activity = Event("application/vnd.microsoft.meetingStart",
            """{ "Id": "value-id", "JoinUrl": "https://teams.microsoft.com/l/meetup-join/x", "Title": "Informal meeting", "MeetingType": "Scheduled", "StartTime": "2027-08-31T13:00:00.000Z", "EndTime": "2027-08-31T14:30:00+00:00" }""",
            """{ "tenant": { "id": "t-1" }, "meeting": { "id": "channel-data-id" } }""");

        var incoming = TeamsMeetingEvents.ToIncomingEvent(activity, DateTimeOffset.UnixEpoch)!;

        Assert.Equal(IncomingEventKind.MeetingStarted, incoming.Kind);
        Assert.Equal("channel-data-id", incoming.ChannelMeetingId);
        Assert.Equal("Informal meeting", incoming.Title);
        Assert.Equal("https://teams.microsoft.com/l/meetup-join/x", incoming.JoinUrl);
        Assert.Equal(new DateTimeOffset(2027, 8, 31, 14, 30, 0, TimeSpan.Zero), incoming.ScheduledEndUtc);
        Assert.Equal("msteams|19:meeting_abc@thread.v2", incoming.Conversation.Key);
        Assert.Equal(ConversationKind.GroupChat, incoming.Conversation.Kind);
    }

    [Fact]
    public void Without_channelData_meeting_the_value_id_is_the_meeting_id_in_any_case()
    {
        var activity = Event("Application/Vnd.Microsoft.MeetingEnd", """{ "ID": "value-id", "endTime": "2027-08-31T14:15:00Z" }""", """{ "tenant": { "id": "t-1" } }""");

        var incoming = TeamsMeetingEvents.ToIncomingEvent(activity, DateTimeOffset.UnixEpoch)!;

        Assert.Equal(IncomingEventKind.MeetingEnded, incoming.Kind);
        Assert.Equal("value-id", incoming.ChannelMeetingId);
    }

    [Fact]
    public void Participants_are_read_from_the_members_of_the_value()
    {
        var activity = Event("application/vnd.microsoft.meetingParticipantJoin",
            """{ "Members": [ { "User": { "Id": "29:phil", "Name": "Phil Reichel", "AadObjectId": "aad-phil", "tenantId": "t-1" }, "Meeting": { "InMeeting": true, "Role": "Presenter" } }, { "user": { "name": "no id" } } ] }""",
            """{ "meeting": { "id": "m-1" } }""");

        var incoming = TeamsMeetingEvents.ToIncomingEvent(activity, DateTimeOffset.UnixEpoch)!;

        var participant = Assert.Single(incoming.Participants);
        Assert.Equal(new MeetingParticipant(new Person("29:phil", "Phil Reichel", "aad-phil"), "Presenter"), participant);
    }

    [Theory]
    [InlineData("application/vnd.microsoft.readReceipt")]
    [InlineData("webchat/join")]
    public void Other_events_are_not_meeting_events(string name) =>
        Assert.Null(TeamsMeetingEvents.ToIncomingEvent(Event(name, "{}", "{}"), DateTimeOffset.UnixEpoch));
}
