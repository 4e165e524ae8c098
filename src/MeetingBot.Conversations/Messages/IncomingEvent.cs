namespace MeetingBot.Conversations.Messages;

/// <summary>What happened, independent of the channel that told the bot.</summary>
public enum IncomingEventKind
{
    MeetingStarted,
    MeetingEnded,
    ParticipantsJoined,
    ParticipantsLeft,
}

/// <summary>Someone in an online meeting, with their role in it as the channel tells it (Organizer, Presenter, Attendee).</summary>
public sealed record MeetingParticipant(Person Person, string? MeetingRole = null);

/// <summary>
/// Something that happened in a conversation other than a message: an online meeting started or ended, people joined or
/// left it. Adapters map their channel's events (Teams' <c>application/vnd.microsoft.meetingStart</c> and siblings) to it.
/// </summary>
public sealed record IncomingEvent
{
    public required string ActivityId { get; init; }
    public required ConversationAddress Conversation { get; init; }
    public required IncomingEventKind Kind { get; init; }

    /// <summary>Who the channel says caused it, when it says so.</summary>
    public Person? From { get; init; }

    /// <summary>The channel's own id of the online meeting (Teams: <c>channelData.meeting.id</c>).</summary>
    public string? ChannelMeetingId { get; init; }

    public string? Title { get; init; }
    public string? JoinUrl { get; init; }
    public DateTimeOffset? ScheduledStartUtc { get; init; }
    public DateTimeOffset? ScheduledEndUtc { get; init; }

    /// <summary>For joins and leaves: who.</summary>
    public IReadOnlyList<MeetingParticipant> Participants { get; init; } = [];

    public required DateTimeOffset Timestamp { get; init; }
}
