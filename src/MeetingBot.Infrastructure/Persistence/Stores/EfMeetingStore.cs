using System.Collections.Concurrent;
using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Domain.Meetings;
using MeetingBot.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Infrastructure.Persistence.Stores;

internal sealed class EfMeetingStore(MeetingBotDbContext db) : IMeetingStore
{
    private const int MaxAttempts = 20;

    // Changes to one meeting queue up in this process, so concurrent agenda adds do not fight over the row;
    // the version check below still protects against other instances.
    private static readonly ConcurrentDictionary<Guid, SemaphoreSlim> MeetingLocks = new();

    public Task<MeetingSeries?> FindSeriesAsync(string conversationKey, CancellationToken cancellationToken) =>
        db.Series.FirstOrDefaultAsync(s => s.HomeConversationKey == conversationKey, cancellationToken);

    public Task<MeetingSeries?> GetSeriesAsync(Guid seriesId, CancellationToken cancellationToken) =>
        db.Series.FirstOrDefaultAsync(s => s.Id == seriesId, cancellationToken);

    public async Task SaveSeriesAsync(MeetingSeries series, CancellationToken cancellationToken)
    {
        if (db.Entry(series).State == EntityState.Detached)
        {
            var exists = await db.Series.AsNoTracking().AnyAsync(s => s.Id == series.Id, cancellationToken);
            if (exists) db.Series.Update(series);
            else db.Series.Add(series);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<Meeting?> GetAsync(Guid meetingId, CancellationToken cancellationToken) =>
        WithAgenda().AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken);

    public async Task<IReadOnlyList<Meeting>> ListComingAsync(string scopeId, DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        // Filtered in memory on the end time: SQLite stores instants as numbers EF cannot compare in SQL.
        var open = await WithAgenda().AsNoTracking()
            .Where(m => m.ScopeId == scopeId && (m.Status == MeetingStatus.Scheduled || m.Status == MeetingStatus.Started))
            .ToListAsync(cancellationToken);
        return open.Where(m => m.Status == MeetingStatus.Started || m.EndUtc > nowUtc).OrderBy(m => m.StartUtc).ToList();
    }

    public async Task<Meeting?> FindLastHeldAsync(string scopeId, DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        var held = await WithAgenda().AsNoTracking()
            .Where(m => m.ScopeId == scopeId && m.Status != MeetingStatus.Cancelled)
            .ToListAsync(cancellationToken);
        return held.Where(m => m.Status == MeetingStatus.Ended || m.EndUtc <= nowUtc).MaxBy(m => m.StartUtc);
    }

    public async Task<IReadOnlyList<Meeting>> ListSeriesMeetingsAsync(Guid seriesId, CancellationToken cancellationToken) =>
        await db.Meetings.AsNoTracking().Where(m => m.SeriesId == seriesId).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> ListRecurringSeriesAsync(CancellationToken cancellationToken) =>
        await db.Series.AsNoTracking().Where(s => s.RecurrenceText != null).Select(s => s.Id).ToListAsync(cancellationToken);

    public async Task AddAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    public async Task<T> UpdateAsync<T>(Guid meetingId, Func<Meeting, T> change, CancellationToken cancellationToken)
    {
        var gate = MeetingLocks.GetOrAdd(meetingId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                db.ChangeTracker.Clear();
                var meeting = await WithAgenda().FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken)
                              ?? throw new InvalidOperationException($"Meeting {meetingId} does not exist.");
                var result = change(meeting);
                var version = db.Entry(meeting).Property<int>(MeetingConfiguration.VersionProperty);
                version.CurrentValue = version.OriginalValue + 1;
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                    return result;
                }
                catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
                {
                    // Another instance changed the meeting since it was read: read it again and re-apply.
                    await Task.Delay(Random.Shared.Next(5, 25) * attempt, cancellationToken);
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private IQueryable<Meeting> WithAgenda() =>
        db.Meetings.Include(m => m.Items).Include(m => m.Apologies).AsSplitQuery();
}
