using System.Globalization;
using System.Text.Json;
using MeetingBot.Conversations.Messages;
using MeetingBot.Protocol.Activities;

namespace MeetingBot.Channels.BotFramework;

/// <summary>
/// Teams' meeting events (protocol.md §2) as channel-neutral <see cref="IncomingEvent"/>s: meeting start and end, and
/// participants joining and leaving. The meeting id is <c>channelData.meeting.id</c>, else <c>value.id</c>; the value is
/// read case-insensitively (Teams' own examples use both PascalCase and camelCase keys).
/// </summary>
public static class TeamsMeetingEvents
{
    public const string MeetingStart = "application/vnd.microsoft.meetingStart";
    public const string MeetingEnd = "application/vnd.microsoft.meetingEnd";
    public const string ParticipantJoin = "application/vnd.microsoft.meetingParticipantJoin";
    public const string ParticipantLeave = "application/vnd.microsoft.meetingParticipantLeave";

    /// <summary>The event, or null for events that are not meeting events (or lack a conversation).</summary>
    public static IncomingEvent? ToIncomingEvent(Activity activity, DateTimeOffset receivedAt)
    {
        if (!string.Equals(activity.Type, ActivityTypes.Event, StringComparison.OrdinalIgnoreCase) || BotFrameworkAdapter.ToAddress(activity) is not { } address)
        {
            return null;
        }

        IncomingEventKind? kind = activity.Name switch
        {
            var n when Is(n, MeetingStart) => IncomingEventKind.MeetingStarted,
            var n when Is(n, MeetingEnd) => IncomingEventKind.MeetingEnded,
            var n when Is(n, ParticipantJoin) => IncomingEventKind.ParticipantsJoined,
            var n when Is(n, ParticipantLeave) => IncomingEventKind.ParticipantsLeft,
            _ => null,
        };
        if (kind is not { } eventKind)
        {
            return null;
        }

        var value = activity.Value;
        var meeting = Property(activity.ChannelData, "meeting");
        return new IncomingEvent
        {
            ActivityId = activity.Id ?? string.Empty,
            Conversation = address,
            Kind = eventKind,
            From = activity.From is { Id: { Length: > 0 } fromId } from ? new Person(fromId, from.Name ?? string.Empty, from.AadObjectId) : null,
            ChannelMeetingId = String(meeting, "id") ?? String(value, "id"),
            Title = String(value, "title"),
            JoinUrl = String(value, "joinUrl"),
            ScheduledStartUtc = Time(value, "startTime"),
            ScheduledEndUtc = Time(value, "endTime"),
            Participants = eventKind is IncomingEventKind.ParticipantsJoined or IncomingEventKind.ParticipantsLeft ? Participants(value) : [],
            Timestamp = activity.Timestamp ?? receivedAt,
        };
    }

    /// <summary><c>value.members[]</c>: <c>{ user: {id, name, aadObjectId}, meeting: {inMeeting, role} }</c>.</summary>
    private static List<MeetingParticipant> Participants(JsonElement? value)
    {
        var list = new List<MeetingParticipant>();
        if (Property(value, "members") is not { ValueKind: JsonValueKind.Array } members)
        {
            return list;
        }

        foreach (var member in members.EnumerateArray())
        {
            var user = Property(member, "user");
            if (String(user, "id") is not { Length: > 0 } id)
            {
                continue;
            }

            var person = new Person(id, String(user, "name") ?? string.Empty, String(user, "aadObjectId"));
            list.Add(new MeetingParticipant(person, String(Property(member, "meeting"), "role")));
        }

        return list;
    }

    private static bool Is(string? name, string expected) => string.Equals(name, expected, StringComparison.OrdinalIgnoreCase);

    private static JsonElement? Property(JsonElement? element, string name)
    {
        if (element is not { ValueKind: JsonValueKind.Object } obj)
        {
            return null;
        }

        foreach (var property in obj.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) return property.Value;
        }

        return null;
    }

    private static string? String(JsonElement? element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text ? text : null;

    private static DateTimeOffset? Time(JsonElement? element, string name) =>
        String(element, name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time.ToUniversalTime()
            : null;
}
