using System.Collections.Concurrent;
using MeetingBot.Conversations.Features.Minutes;
using MeetingBot.Domain.Minutes;
using MeetingBot.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Infrastructure.Persistence.Stores;

internal sealed class EfMinutesStore(MeetingBotDbContext db) : IMinutesStore
{
    private static readonly ConcurrentDictionary<Guid, SemaphoreSlim> VersionLocks = new();

    public Task<MinutesVersion?> GetLatestAsync(Guid meetingId, CancellationToken cancellationToken) =>
        db.Set<MinutesVersion>().AsNoTracking()
            .Where(v => v.MeetingId == meetingId)
            .OrderByDescending(v => v.Number)
            .FirstOrDefaultAsync(cancellationToken);

    public Task<MinutesVersion?> GetAsync(Guid meetingId, int number, CancellationToken cancellationToken) =>
        db.Set<MinutesVersion>().AsNoTracking().FirstOrDefaultAsync(v => v.MeetingId == meetingId && v.Number == number, cancellationToken);

    // The unique (meeting, number) index turns a second draft of the same number into "false".
    public Task<bool> TryAddAsync(MinutesVersion version, CancellationToken cancellationToken) =>
        VersionedUpdate.TryInsertAsync(db, version, cancellationToken);

    public async Task<T> UpdateAsync<T>(Guid meetingId, int number, Func<MinutesVersion, T> change, CancellationToken cancellationToken)
    {
        var id = await db.Set<MinutesVersion>().AsNoTracking()
                     .Where(v => v.MeetingId == meetingId && v.Number == number)
                     .Select(v => (Guid?)v.Id)
                     .FirstOrDefaultAsync(cancellationToken)
                 ?? throw new InvalidOperationException($"Minutes version {number} of meeting {meetingId} does not exist.");
        return await VersionedUpdate.RunAsync(db, VersionLocks, id, MinutesVersionConfiguration.VersionProperty,
            ct => db.Set<MinutesVersion>().FirstOrDefaultAsync(v => v.Id == id, ct), change, cancellationToken);
    }
}
