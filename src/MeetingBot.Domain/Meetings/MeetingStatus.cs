namespace MeetingBot.Domain.Meetings;

/// <summary>Where a meeting is in its life. Only a scheduled meeting can be moved or take new agenda items.</summary>
public enum MeetingStatus
{
    Scheduled = 0,
    Started = 1,
    Ended = 2,
    Cancelled = 3,
}
