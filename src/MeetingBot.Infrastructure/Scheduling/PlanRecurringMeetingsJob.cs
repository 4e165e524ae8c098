using MeetingBot.Conversations.Features.Meetings;

namespace MeetingBot.Infrastructure.Scheduling;

/// <summary>Keeps every recurring series' next meetings scheduled, so the next one appears after the last ends.</summary>
public sealed class PlanRecurringMeetingsJob(IMeetingStore store, SeriesPlanner planner)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var created = 0;
        foreach (var seriesId in await store.ListRecurringSeriesAsync(cancellationToken))
            created += (await planner.EnsureUpcomingAsync(seriesId, cancellationToken)).Count;
        return created;
    }
}
