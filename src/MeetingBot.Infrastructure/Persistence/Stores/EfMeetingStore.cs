using System.Collections.Concurrent;
using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Domain.Meetings;
using MeetingBot.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Infrastructure.Persistence.Stores;

internal sealed class EfMeetingStore(MeetingBotDbContext db) : IMeetingStore
{
    // Per-meeting gates for VersionedUpdate: agenda changes of one meeting queue up in this process.
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

    public Task<T> UpdateAsync<T>(Guid meetingId, Func<Meeting, T> change, CancellationToken cancellationToken) =>
        VersionedUpdate.RunAsync(db, MeetingLocks, meetingId, MeetingConfiguration.VersionProperty,
            ct => WithAgenda().FirstOrDefaultAsync(m => m.Id == meetingId, ct), change, cancellationToken);

    private IQueryable<Meeting> WithAgenda() =>
        db.Meetings.Include(m => m.Items).Include(m => m.Apologies).AsSplitQuery();
}
