using System.Collections.Concurrent;
using MeetingBot.Conversations.Features.InMeeting;
using MeetingBot.Domain.InMeeting;
using MeetingBot.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Infrastructure.Persistence.Stores;

internal sealed class EfMeetingRecordStore(MeetingBotDbContext db, MeetingRecordIndex index) : IMeetingRecordStore
{

    // Changes to one record queue up in this process; the version check still protects against other instances.
    private static readonly ConcurrentDictionary<Guid, SemaphoreSlim> RecordLocks = new();

    public Task<MeetingRecord?> GetAsync(Guid meetingId, CancellationToken cancellationToken) =>
        WithEverything().AsNoTracking().FirstOrDefaultAsync(r => r.MeetingId == meetingId, cancellationToken);

    public async Task<MeetingRecord?> FindCurrentAsync(string conversationKey, DateTimeOffset nowUtc, TimeSpan endedWithin, CancellationToken cancellationToken)
    {
        // Asked for every message of a group conversation: with a single instance, most are answered from memory.
        if (!await index.MayHaveRecordsAsync(db, conversationKey, cancellationToken)) return null;
        // The phase is decided in memory: SQLite stores instants as numbers EF cannot compare in SQL. A conversation
        // has one record per meeting held in it, so the candidates are few.
        var candidates = (await db.MeetingRecords.AsNoTracking()
                .Where(r => r.ConversationKey == conversationKey)
                .Select(r => new MeetingRecord
                {
                    MeetingId = r.MeetingId,
                    CreatedAtUtc = r.CreatedAtUtc,
                    StartedAtUtc = r.StartedAtUtc,
                    EndedAtUtc = r.EndedAtUtc,
                    ScheduledEndUtc = r.ScheduledEndUtc,
                })
                .ToListAsync(cancellationToken))
            .Where(r => r.IsCurrent(nowUtc, endedWithin))
            .ToList();
        var current = candidates.Where(r => r.Phase == MeetingPhase.Running).MaxBy(r => r.StartedAtUtc)
                      ?? candidates.Where(r => r.Phase == MeetingPhase.Before).MinBy(r => r.ScheduledEndUtc)
                      ?? candidates.MaxBy(r => r.EndedAtUtc);
        return current is null ? null : await GetAsync(current.MeetingId, cancellationToken);
    }

    public async Task<MeetingRecord?> FindLatestAsync(string conversationKey, CancellationToken cancellationToken)
    {
        if (!await index.MayHaveRecordsAsync(db, conversationKey, cancellationToken)) return null;
        var latest = (await db.MeetingRecords.AsNoTracking()
                .Where(r => r.ConversationKey == conversationKey && r.StartedAtUtc != null)
                .Select(r => new { r.MeetingId, r.StartedAtUtc })
                .ToListAsync(cancellationToken))
            .MaxBy(r => r.StartedAtUtc);
        return latest is null ? null : await GetAsync(latest.MeetingId, cancellationToken);
    }

    public async Task<bool> TryAddAsync(MeetingRecord record, CancellationToken cancellationToken)
    {
        if (await db.MeetingRecords.AsNoTracking().AnyAsync(r => r.MeetingId == record.MeetingId, cancellationToken))
        {
            return false;
        }

        index.Add(record.ConversationKey);
        return await VersionedUpdate.TryInsertAsync(db, record, cancellationToken);
    }

    public Task<T> UpdateAsync<T>(Guid meetingId, Func<MeetingRecord, T> change, CancellationToken cancellationToken) =>
        VersionedUpdate.RunAsync(db, RecordLocks, meetingId, MeetingRecordConfiguration.VersionProperty,
            ct => WithEverything().FirstOrDefaultAsync(r => r.MeetingId == meetingId, ct), change, cancellationToken);

    private IQueryable<MeetingRecord> WithEverything() =>
        db.MeetingRecords
            .Include(r => r.Attendees)
            .Include(r => r.Speakers)
            .Include(r => r.Links).ThenInclude(l => l.Shares)
            .Include(r => r.Notes)
            .Include(r => r.ChatImports)
            .AsSplitQuery();
}
