using MeetingBot.Domain.Time;

namespace MeetingBot.Domain.Meetings;

/// <summary>
/// Moving, cancelling, starting and ending. Who may do it (chair, vice-chair, secretary) is checked by the command
/// before it calls these; these check what the meeting itself allows.
/// </summary>
public sealed partial class Meeting
{
    private static readonly TimeSpan MaxDuration = TimeSpan.FromHours(24);

    /// <summary>
    /// Moves a scheduled meeting. Refuses a start in the past, an end not after the start, an unknown zone, and
    /// meetings that are under way, over or cancelled. The times come from <see cref="WhenReader"/>, which has already
    /// refused daylight-saving gaps and overlaps.
    /// </summary>
    public DomainResult Reschedule(DateTimeOffset newStartUtc, DateTimeOffset newEndUtc, string zoneId, DateTimeOffset nowUtc)
    {
        if (RefuseUnlessScheduled("moved") is { } refusal)
        {
            return refusal;
        }

        if (!ZoneResolver.TryResolve(zoneId, out var zone, out var problem))
        {
            return DomainResult.Fail(problem);
        }

        if (newEndUtc <= newStartUtc)
        {
            return DomainResult.Fail("A meeting must end after it starts. Give the start first, like 31 Aug 15:30-17:00.");
        }

        if (newEndUtc - newStartUtc > MaxDuration)
        {
            return DomainResult.Fail("A meeting can last at most 24 hours. Check the end time.");
        }

        if (newStartUtc < nowUtc)
        {
            return DomainResult.Fail(
                $"{TimeZoneLabel.FormatInZone(newStartUtc, zone.Id)} is in the past. Give a time from now on.");
        }

        StartUtc = newStartUtc;
        EndUtc = newEndUtc;
        TimeZoneId = zone.Id;
        CalendarSequence++;
        return DomainResult.Ok($"The {DisplayTitle} is now on {WhenText(null)}.");
    }

    /// <summary>Cancels a scheduled meeting; its agenda and apologies stay for the record.</summary>
    public DomainResult Cancel(DateTimeOffset nowUtc)
    {
        if (RefuseUnlessScheduled("cancelled") is { } refusal)
        {
            return refusal;
        }

        Status = MeetingStatus.Cancelled;
        CancelledAtUtc = nowUtc;
        CalendarSequence++;
        return DomainResult.Ok($"The {DisplayTitle} on {WhenText(null)} is cancelled.");
    }

    public DomainResult MarkStarted(DateTimeOffset nowUtc)
    {
        if (RefuseUnlessScheduled("started") is { } refusal)
        {
            return refusal;
        }

        Status = MeetingStatus.Started;
        ActualStartUtc = nowUtc;
        return DomainResult.Ok($"The {DisplayTitle} has started.");
    }

    /// <summary>Ends a meeting; a scheduled one may be ended directly when nobody marked its start.</summary>
    public DomainResult MarkEnded(DateTimeOffset nowUtc)
    {
        if (Status is MeetingStatus.Ended or MeetingStatus.Cancelled)
        {
            return DomainResult.Fail(Status == MeetingStatus.Ended
                ? $"The {DisplayTitle} has already ended."
                : $"The {DisplayTitle} was cancelled, so it cannot end.");
        }

        Status = MeetingStatus.Ended;
        ActualEndUtc = nowUtc;
        return DomainResult.Ok($"The {DisplayTitle} has ended.");
    }

    private DomainResult? RefuseUnlessScheduled(string verb) => Status switch
    {
        MeetingStatus.Scheduled => null,
        MeetingStatus.Started => DomainResult.Fail($"The {DisplayTitle} is under way, so it can't be {verb} now."),
        MeetingStatus.Ended => DomainResult.Fail(
            $"The {DisplayTitle} has already taken place, so it can't be {verb}. Schedule a new meeting instead."),
        _ => DomainResult.Fail(
            $"The {DisplayTitle} was cancelled, so it can't be {verb}. Schedule a new meeting instead."),
    };
}
