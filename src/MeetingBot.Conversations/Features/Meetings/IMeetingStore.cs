using MeetingBot.Domain.Meetings;

namespace MeetingBot.Conversations.Features.Meetings;

/// <summary>Meetings, their series, agendas and apologies, as the meeting features need them.</summary>
public interface IMeetingStore
{
    /// <summary>The series that lives in a conversation (one per team channel or group chat), if any.</summary>
    Task<MeetingSeries?> FindSeriesAsync(string conversationKey, CancellationToken cancellationToken);

    Task<MeetingSeries?> GetSeriesAsync(Guid seriesId, CancellationToken cancellationToken);

    Task SaveSeriesAsync(MeetingSeries series, CancellationToken cancellationToken);

    /// <summary>A meeting with its agenda items and apologies.</summary>
    Task<Meeting?> GetAsync(Guid meetingId, CancellationToken cancellationToken);

    /// <summary>Meetings of a scope that have not ended yet (scheduled or running), soonest first.</summary>
    Task<IReadOnlyList<Meeting>> ListComingAsync(string scopeId, DateTimeOffset nowUtc, CancellationToken cancellationToken);

    /// <summary>The most recent meeting of a scope that is over: ended, or past its end time (for carrying items over).</summary>
    Task<Meeting?> FindLastHeldAsync(string scopeId, DateTimeOffset nowUtc, CancellationToken cancellationToken);

    /// <summary>Every meeting of a series, any status (recurrence counts used and skipped slots).</summary>
    Task<IReadOnlyList<Meeting>> ListSeriesMeetingsAsync(Guid seriesId, CancellationToken cancellationToken);

    /// <summary>Ids of all series that repeat, for the job that keeps their next meetings scheduled.</summary>
    Task<IReadOnlyList<Guid>> ListRecurringSeriesAsync(CancellationToken cancellationToken);

    Task AddAsync(Meeting meeting, CancellationToken cancellationToken);

    /// <summary>
    /// Loads the meeting, applies <paramref name="change"/> and saves, retrying on a concurrent change
    /// (another turn, another instance) so that no write is lost and agenda numbers never repeat.
    /// </summary>
    Task<T> UpdateAsync<T>(Guid meetingId, Func<Meeting, T> change, CancellationToken cancellationToken);
}
