namespace MeetingBot.Domain.Meetings;

/// <summary>
/// Which meetings a recurring series should create now: enough to keep <see cref="MeetingSeries.MeetingsAhead"/>
/// scheduled meetings ahead. Run it after a meeting ends (and on a timer); it is idempotent.
/// </summary>
public static class SeriesSchedule
{
    /// <summary>
    /// Start instants (UTC) of the meetings to create, in order; empty when the series does not repeat or enough are
    /// scheduled. Slots already used by any meeting of the series count as taken, by their original slot
    /// (<see cref="Meeting.SeriesOccurrenceUtc"/>), so a meeting that was moved or cancelled (skipped) is not created
    /// again.
    /// </summary>
    public static IReadOnlyList<DateTimeOffset> StartsToCreate(MeetingSeries series, IEnumerable<Meeting> seriesMeetings,
        DateTimeOffset nowUtc)
    {
        if (series.Recurrence is not { } rule)
        {
            return [];
        }

        var meetings = seriesMeetings.Where(meeting => meeting.SeriesId == series.Id).ToList();
        var upcoming = meetings.Count(meeting => meeting.Status == MeetingStatus.Scheduled && meeting.StartUtc > nowUtc);
        var needed = series.MeetingsAhead - upcoming;
        if (needed <= 0)
        {
            return [];
        }

        var after = meetings
            .Select(meeting => meeting.SeriesOccurrenceUtc ?? meeting.StartUtc)
            .Append(nowUtc)
            .Max();
        return rule.NextOccurrences(after, series.TimeZoneId, needed);
    }
}
