using MeetingBot.Conversations.Dialogs;
using MeetingBot.Conversations.Messages;
using MeetingBot.Conversations.Turns;
using MeetingBot.Domain.People;

namespace MeetingBot.Domain.Tests.Conversations;

internal sealed class InMemoryDialogStateStore : IDialogStateStore
{
    public Dictionary<(string, string), DialogState> States { get; } = [];

    public Task<DialogState?> LoadAsync(string conversationKey, string userId, CancellationToken cancellationToken) =>
        Task.FromResult(States.GetValueOrDefault((conversationKey, userId)));

    public Task SaveAsync(string conversationKey, string userId, DialogState? state, CancellationToken cancellationToken)
    {
        if (state is null) States.Remove((conversationKey, userId));
        else States[(conversationKey, userId)] = state;
        return Task.CompletedTask;
    }
}

internal sealed class InMemoryMemberDirectory(TimeProvider time) : IMemberDirectory
{
    public List<Member> Members { get; } = [];

    public Task<Member?> FindAsync(string scopeId, string userId, CancellationToken cancellationToken) =>
        Task.FromResult(Members.FirstOrDefault(m => m.ScopeId == scopeId && m.UserId == userId));

    public Task<Member> GetOrAddAsync(string scopeId, Person person, string? timeZoneId, bool bootstrapChair, CancellationToken cancellationToken)
    {
        var member = Members.FirstOrDefault(m => m.ScopeId == scopeId && m.UserId == person.Id);
        if (member is null)
        {
            var role = bootstrapChair && !Members.Any(m => m.ScopeId == scopeId && m.Role == Role.Chair) ? Role.Chair : Role.Member;
            member = new Member { ScopeId = scopeId, UserId = person.Id, DisplayName = person.Name, Role = role, TimeZoneId = timeZoneId, FirstSeen = time.GetUtcNow() };
            Members.Add(member);
        }
        return Task.FromResult(member);
    }

    public Task<IReadOnlyList<Member>> ListAsync(string scopeId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Member>>(Members.Where(m => m.ScopeId == scopeId).ToList());

    public Task<IReadOnlyList<Member>> ListMembershipsAsync(string userId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Member>>(Members.Where(m => m.UserId == userId).ToList());

    public Task SaveAsync(Member member, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>No meetings: the turn tests exercise routing, roles and dialogs only.</summary>
internal sealed class EmptyMeetingStore : MeetingBot.Conversations.Features.Meetings.IMeetingStore
{
    public Task<MeetingBot.Domain.Meetings.MeetingSeries?> FindSeriesAsync(string conversationKey, CancellationToken cancellationToken) => Task.FromResult<MeetingBot.Domain.Meetings.MeetingSeries?>(null);
    public Task<MeetingBot.Domain.Meetings.MeetingSeries?> GetSeriesAsync(Guid seriesId, CancellationToken cancellationToken) => Task.FromResult<MeetingBot.Domain.Meetings.MeetingSeries?>(null);
    public Task SaveSeriesAsync(MeetingBot.Domain.Meetings.MeetingSeries series, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<MeetingBot.Domain.Meetings.Meeting?> GetAsync(Guid meetingId, CancellationToken cancellationToken) => Task.FromResult<MeetingBot.Domain.Meetings.Meeting?>(null);
    public Task<IReadOnlyList<MeetingBot.Domain.Meetings.Meeting>> ListComingAsync(string scopeId, DateTimeOffset nowUtc, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<MeetingBot.Domain.Meetings.Meeting>>([]);
    public Task<MeetingBot.Domain.Meetings.Meeting?> FindLastHeldAsync(string scopeId, DateTimeOffset nowUtc, CancellationToken cancellationToken) => Task.FromResult<MeetingBot.Domain.Meetings.Meeting?>(null);
    public Task<IReadOnlyList<MeetingBot.Domain.Meetings.Meeting>> ListSeriesMeetingsAsync(Guid seriesId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<MeetingBot.Domain.Meetings.Meeting>>([]);
    public Task<IReadOnlyList<Guid>> ListRecurringSeriesAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Guid>>([]);
    public Task AddAsync(MeetingBot.Domain.Meetings.Meeting meeting, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<T> UpdateAsync<T>(Guid meetingId, Func<MeetingBot.Domain.Meetings.Meeting, T> change, CancellationToken cancellationToken) => throw new NotSupportedException();
}
