using MeetingBot.Conversations.Features.Reminders;
using MeetingBot.Domain.Meetings;

namespace MeetingBot.Conversations.Features.Meetings;

/// <summary>
/// Keeps a recurring series' next meetings scheduled. Runs when the series changes and on a timer (a Hangfire
/// job), so the next meeting appears after the last one ends without anyone asking. Idempotent.
/// </summary>
public sealed class SeriesPlanner(IMeetingStore store, TimeProvider time, MeetingReminders reminders)
{
    public async Task<IReadOnlyList<Meeting>> EnsureUpcomingAsync(Guid seriesId, CancellationToken cancellationToken)
    {
        var series = await store.GetSeriesAsync(seriesId, cancellationToken);
        if (series?.Recurrence is null) return [];
        var now = time.GetUtcNow();
        var existing = await store.ListSeriesMeetingsAsync(seriesId, cancellationToken);
        var created = new List<Meeting>();
        foreach (var start in SeriesSchedule.StartsToCreate(series, existing, now))
        {
            var meeting = series.CreateMeeting(start, now, occurrenceUtc: start);
            await store.AddAsync(meeting, cancellationToken);
            created.Add(meeting);
        }
        if (created.Count > 0) await store.SaveSeriesAsync(series, cancellationToken);
        foreach (var meeting in created) await reminders.ScheduledAsync(meeting.Id, cancellationToken);
        return created;
    }
}
