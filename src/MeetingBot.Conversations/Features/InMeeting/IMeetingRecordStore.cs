using MeetingBot.Domain.InMeeting;

namespace MeetingBot.Conversations.Features.InMeeting;

/// <summary>The records the bot keeps while meetings run (attendance, tour, links, notes).</summary>
public interface IMeetingRecordStore
{
    /// <summary>A record with everything in it, or null.</summary>
    Task<MeetingRecord?> GetAsync(Guid meetingId, CancellationToken cancellationToken);

    /// <summary>
    /// The record that applies to a conversation now: its running meeting; else one waiting for a meeting about to start
    /// (see <see cref="MeetingRecord.IsCurrent"/>); else the one that ended less than <paramref name="endedWithin"/> ago.
    /// </summary>
    Task<MeetingRecord?> FindCurrentAsync(string conversationKey, DateTimeOffset nowUtc, TimeSpan endedWithin, CancellationToken cancellationToken);

    /// <summary>The most recently started record of a conversation, whatever its phase (links and notes after a meeting).</summary>
    Task<MeetingRecord?> FindLatestAsync(string conversationKey, CancellationToken cancellationToken);

    /// <summary>Adds a new record; false when the meeting has one already (another turn or instance was first).</summary>
    Task<bool> TryAddAsync(MeetingRecord record, CancellationToken cancellationToken);

    /// <summary>
    /// Loads the record, applies <paramref name="change"/> and saves, retrying on a concurrent change (another instance)
    /// so that no step of the tour and no captured link is lost. The record passed in stays readable afterwards.
    /// </summary>
    Task<T> UpdateAsync<T>(Guid meetingId, Func<MeetingRecord, T> change, CancellationToken cancellationToken);
}
