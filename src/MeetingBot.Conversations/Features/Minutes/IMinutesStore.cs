using MeetingBot.Domain.Minutes;

namespace MeetingBot.Conversations.Features.Minutes;

/// <summary>The versions of each meeting's minutes.</summary>
public interface IMinutesStore
{
    /// <summary>The highest-numbered version of a meeting's minutes, or null when none was drafted.</summary>
    Task<MinutesVersion?> GetLatestAsync(Guid meetingId, CancellationToken cancellationToken);

    Task<MinutesVersion?> GetAsync(Guid meetingId, int number, CancellationToken cancellationToken);

    /// <summary>Adds a new version; false when that number exists already (another turn or instance was first).</summary>
    Task<bool> TryAddAsync(MinutesVersion version, CancellationToken cancellationToken);

    /// <summary>Loads the version, applies <paramref name="change"/> and saves, retrying on a concurrent change.</summary>
    Task<T> UpdateAsync<T>(Guid meetingId, int number, Func<MinutesVersion, T> change, CancellationToken cancellationToken);
}

/// <summary>No storage (the conversation layer alone, in tests): there are never any minutes.</summary>
internal sealed class NoMinutesStore : IMinutesStore
{
    public Task<MinutesVersion?> GetLatestAsync(Guid meetingId, CancellationToken cancellationToken) => Task.FromResult<MinutesVersion?>(null);

    public Task<MinutesVersion?> GetAsync(Guid meetingId, int number, CancellationToken cancellationToken) => Task.FromResult<MinutesVersion?>(null);

    public Task<bool> TryAddAsync(MinutesVersion version, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task<T> UpdateAsync<T>(Guid meetingId, int number, Func<MinutesVersion, T> change, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Minutes are not stored without the persistence layer.");
}
