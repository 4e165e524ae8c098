using MeetingBot.Conversations.Messages;
using MeetingBot.Domain.InMeeting;

namespace MeetingBot.Conversations.Features.InMeeting;

/// <summary>Someone on a conversation's roster.</summary>
public sealed record RosterMember(Person Person);

/// <summary>
/// Who is in a conversation, as its channel knows it (Teams: the connector's paged members API). Implemented by the
/// channel adapter; channels without a roster leave the default, which knows nobody.
/// </summary>
public interface IConversationRoster
{
    /// <summary>
    /// The members, or null when the channel cannot tell or there are more than <paramref name="maxMembers"/> (a whole
    /// team's channel is not a meeting's list of invitees).
    /// </summary>
    Task<IReadOnlyList<RosterMember>?> ListAsync(ConversationAddress conversation, int maxMembers, CancellationToken cancellationToken);
}

/// <summary>Work done later, off the turn: the tour's time-limit nudge and link titles. Implemented with Hangfire.</summary>
public interface IInMeetingJobs
{
    /// <summary>Nudges the speaker after <paramref name="after"/>, if they are still speaking since <see cref="TourSpeaker.CalledAtUtc"/>.</summary>
    void ScheduleNudge(Guid meetingId, Guid speakerId, DateTimeOffset calledAtUtc, TimeSpan after);

    /// <summary>Fetches the title of a newly shared link (only when <see cref="InMeetingOptions.FetchLinkTitles"/> is on).</summary>
    void FetchLinkTitle(Guid meetingId, Guid linkId);
}

/// <summary>The default roster: unknown, so nobody is listed as invited.</summary>
internal sealed class NoRoster : IConversationRoster
{
    public Task<IReadOnlyList<RosterMember>?> ListAsync(ConversationAddress conversation, int maxMembers, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RosterMember>?>(null);
}

/// <summary>The default: no scheduler, so no nudges and no titles.</summary>
internal sealed class NoInMeetingJobs : IInMeetingJobs
{
    public void ScheduleNudge(Guid meetingId, Guid speakerId, DateTimeOffset calledAtUtc, TimeSpan after)
    {
    }

    public void FetchLinkTitle(Guid meetingId, Guid linkId)
    {
    }
}

/// <summary>The default store where persistence is not registered (unit tests of the turn pipeline): no meetings run.</summary>
internal sealed class NoMeetingRecords : IMeetingRecordStore
{
    public Task<MeetingRecord?> GetAsync(Guid meetingId, CancellationToken cancellationToken) => Task.FromResult<MeetingRecord?>(null);

    public Task<MeetingRecord?> FindCurrentAsync(string conversationKey, DateTimeOffset nowUtc, TimeSpan endedWithin, CancellationToken cancellationToken) =>
        Task.FromResult<MeetingRecord?>(null);

    public Task<MeetingRecord?> FindLatestAsync(string conversationKey, CancellationToken cancellationToken) => Task.FromResult<MeetingRecord?>(null);

    public Task<bool> TryAddAsync(MeetingRecord record, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task<T> UpdateAsync<T>(Guid meetingId, Func<MeetingRecord, T> change, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("No meeting record store is registered.");
}
