using MeetingBot.Domain.Meetings;

namespace MeetingBot.Domain.InMeeting;

/// <summary>Where a meeting's record is: collecting links before the start, running, or over.</summary>
public enum MeetingPhase
{
    Before,
    Running,
    Ended,
}

/// <summary>
/// What the bot records while a meeting runs, in the conversation where it runs: attendance, the tour de table,
/// links and live notes. One per <see cref="Meeting"/> (same id), kept apart from the meeting's agenda so that the
/// meeting features and the in-meeting features change different rows. Pure rules: "now" is always a parameter.
/// Split by concern: attendance, tour, links and notes in their own partial files.
/// </summary>
public sealed partial class MeetingRecord
{
    public Guid MeetingId { get; set; }

    /// <summary>The team or chat whose data this is.</summary>
    public string ScopeId { get; set; } = "";

    /// <summary>The conversation (meeting chat, channel, group chat) where the meeting runs.</summary>
    public string ConversationKey { get; set; } = "";

    /// <summary>"9th Informal Meeting of the Alliance", copied at the start for messages.</summary>
    public string MeetingTitle { get; set; } = "";

    /// <summary>The IANA zone of the meeting, for the times in messages and minutes.</summary>
    public string TimeZoneId { get; set; } = MeetingSeries.DefaultTimeZoneId;

    /// <summary>The channel's own id of the online meeting (Teams' <c>channelData.meeting.id</c>), when known.</summary>
    public string? ChannelMeetingId { get; set; }

    /// <summary>Started without a scheduled meeting: the bot created the meeting on the spot.</summary>
    public bool IsAdHoc { get; set; }

    /// <summary>The meeting's planned start and end, copied when the record is made.</summary>
    public DateTimeOffset ScheduledStartUtc { get; set; }

    public DateTimeOffset ScheduledEndUtc { get; set; }

    public DateTimeOffset CreatedAtUtc { get; set; }
    public DateTimeOffset? StartedAtUtc { get; set; }
    public DateTimeOffset? EndedAtUtc { get; set; }

    /// <summary>The chair paused the record: nothing written is kept until "on the record".</summary>
    public bool OffTheRecord { get; set; }

    public DateTimeOffset? OffTheRecordSinceUtc { get; set; }

    public MeetingPhase Phase => StartedAtUtc is null ? MeetingPhase.Before : EndedAtUtc is null ? MeetingPhase.Running : MeetingPhase.Ended;

    public bool IsRunning => Phase == MeetingPhase.Running;

    /// <summary>Running and on the record: what people write may be kept.</summary>
    public bool IsCapturing => IsRunning && !OffTheRecord;

    /// <summary>
    /// Whether what happens in the conversation now belongs to this record: while the meeting runs; before its start
    /// until its planned end (plus <paramref name="endedWithin"/>) if nobody starts it; after its end for
    /// <paramref name="endedWithin"/> (links shared right after the meeting).
    /// </summary>
    public bool IsCurrent(DateTimeOffset nowUtc, TimeSpan endedWithin) => Phase switch
    {
        MeetingPhase.Running => true,
        MeetingPhase.Before => nowUtc <= ScheduledEndUtc + endedWithin,
        _ => EndedAtUtc is { } ended && nowUtc <= ended + endedWithin,
    };

    /// <summary>A record for a meeting that has not started yet (links shared just before it) or is starting now.</summary>
    public static MeetingRecord For(Meeting meeting, string conversationKey, DateTimeOffset nowUtc) => new()
    {
        MeetingId = meeting.Id,
        ScopeId = meeting.ScopeId,
        ConversationKey = conversationKey,
        MeetingTitle = meeting.DisplayTitle,
        TimeZoneId = meeting.TimeZoneId,
        ScheduledStartUtc = meeting.StartUtc,
        ScheduledEndUtc = meeting.EndUtc,
        CreatedAtUtc = nowUtc,
    };

    public DomainResult Start(DateTimeOffset nowUtc, string? channelMeetingId)
    {
        if (Phase != MeetingPhase.Before)
        {
            return DomainResult.Fail(Phase == MeetingPhase.Running
                ? $"The {MeetingTitle} is already under way."
                : $"The {MeetingTitle} has already ended.");
        }

        StartedAtUtc = nowUtc;
        ChannelMeetingId ??= channelMeetingId;
        return DomainResult.Ok($"The {MeetingTitle} has started.");
    }

    /// <summary>Ends the meeting; a tour still under way ends with it, and the record goes back on the record.</summary>
    public DomainResult End(DateTimeOffset nowUtc)
    {
        if (Phase != MeetingPhase.Running)
        {
            return DomainResult.Fail(Phase == MeetingPhase.Before
                ? $"The {MeetingTitle} has not started."
                : $"The {MeetingTitle} has already ended.");
        }

        if (TourStatus is TourStatus.Running or TourStatus.Paused)
        {
            EndTour(nowUtc);
        }

        EndedAtUtc = nowUtc;
        OffTheRecord = false;
        OffTheRecordSinceUtc = null;
        foreach (var attendee in Attendees.Where(a => a.Status == AttendanceStatus.Present))
        {
            attendee.LeftAtUtc ??= nowUtc;
        }

        return DomainResult.Ok($"The {MeetingTitle} has ended.");
    }

    public DomainResult GoOffTheRecord(DateTimeOffset nowUtc)
    {
        if (!IsRunning)
        {
            return DomainResult.Fail($"The {MeetingTitle} is not running, so there is no record to pause.");
        }

        if (OffTheRecord)
        {
            return DomainResult.Fail("We are already off the record. Say on the record to resume.");
        }

        OffTheRecord = true;
        OffTheRecordSinceUtc = nowUtc;
        return DomainResult.Ok("We are off the record: I keep nothing that is written here until the chair says on the record.");
    }

    public DomainResult GoOnTheRecord()
    {
        if (!OffTheRecord)
        {
            return DomainResult.Fail("We are on the record already.");
        }

        OffTheRecord = false;
        OffTheRecordSinceUtc = null;
        return DomainResult.Ok("We are back on the record.");
    }
}
