using MeetingBot.Conversations.Features.InMeeting;
using MeetingBot.Domain.InMeeting;

namespace MeetingBot.Conversations.Features.Linking;

/// <summary>
/// Lets a linked conversation see the meeting running in its home conversation: links shared and attendance in a
/// Slack channel linked to a Teams channel (or the reverse) go into the same meeting record. Wraps the real store.
/// </summary>
internal sealed class LinkedMeetingRecordStore(IMeetingRecordStore inner, IScopeResolver scopes) : IMeetingRecordStore
{
    public Task<MeetingRecord?> GetAsync(Guid meetingId, CancellationToken cancellationToken) => inner.GetAsync(meetingId, cancellationToken);

    public async Task<MeetingRecord?> FindCurrentAsync(string conversationKey, DateTimeOffset nowUtc, TimeSpan endedWithin, CancellationToken cancellationToken) =>
        await inner.FindCurrentAsync(conversationKey, nowUtc, endedWithin, cancellationToken)
        ?? (await HomeOfAsync(conversationKey, cancellationToken) is { } home ? await inner.FindCurrentAsync(home, nowUtc, endedWithin, cancellationToken) : null);

    public async Task<MeetingRecord?> FindLatestAsync(string conversationKey, CancellationToken cancellationToken) =>
        await inner.FindLatestAsync(conversationKey, cancellationToken)
        ?? (await HomeOfAsync(conversationKey, cancellationToken) is { } home ? await inner.FindLatestAsync(home, cancellationToken) : null);

    public Task<bool> TryAddAsync(MeetingRecord record, CancellationToken cancellationToken) => inner.TryAddAsync(record, cancellationToken);

    public Task<T> UpdateAsync<T>(Guid meetingId, Func<MeetingRecord, T> change, CancellationToken cancellationToken) =>
        inner.UpdateAsync(meetingId, change, cancellationToken);

    private async Task<string?> HomeOfAsync(string conversationKey, CancellationToken cancellationToken) =>
        (await scopes.FindLinkAsync(conversationKey, cancellationToken))?.HomeConversationKey;
}
