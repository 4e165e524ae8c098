using System.Collections.Concurrent;
using MeetingBot.Domain.People;

namespace MeetingBot.Infrastructure.Persistence.Stores;

/// <summary>
/// Members this instance has read, by scope and user, so that a turn by someone already known costs no query.
/// Only used when this instance is the database's single writer (<see cref="StorageMode"/>); otherwise
/// <see cref="Disabled"/> remembers nothing. One entry per person per team or chat: small.
/// </summary>
/// <remarks>
/// Entries are private snapshots: readers get a copy they may change, so turns on other threads never share a
/// mutable <see cref="Member"/>. Entries are filled only from database reads and dropped by
/// <see cref="MemberCacheInvalidation"/> whenever a <c>SaveChanges</c> touches a member, whoever saves it.
/// </remarks>
internal sealed class MemberCache
{
    public static readonly MemberCache Disabled = new(enabled: false);

    private readonly ConcurrentDictionary<(string ScopeId, string UserId), Member> _members = new();
    private readonly Lock _lock = new();
    private long _generation;

    public MemberCache() : this(enabled: true)
    {
    }

    private MemberCache(bool enabled) => Enabled = enabled;

    public bool Enabled { get; }

    /// <summary>Changes with every invalidation; read it before a database read and hand it to <see cref="Remember"/>.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>A copy of the remembered member, or null when unknown here.</summary>
    public Member? Find(string scopeId, string userId) =>
        Enabled && _members.TryGetValue((scopeId, userId), out var member) ? MemberCopy.Of(member) : null;

    /// <summary>
    /// Remembers a member read from the database, unless a save touched members since <paramref name="readAt"/>:
    /// then the row read may already be outdated, and the next read goes to the database again.
    /// </summary>
    public void Remember(Member member, long readAt)
    {
        if (!Enabled) return;
        var snapshot = MemberCopy.Of(member);
        lock (_lock)
        {
            if (_generation == readAt) _members[(member.ScopeId, member.UserId)] = snapshot;
        }
    }

    public void Forget(IReadOnlyList<(string ScopeId, string UserId)> keys)
    {
        if (!Enabled) return;
        lock (_lock)
        {
            _generation++;
            foreach (var key in keys) _members.TryRemove(key, out _);
        }
    }
}

/// <summary>Copies a member field by field; a test checks that every property is copied.</summary>
internal static class MemberCopy
{
    public static Member Of(Member member) => new()
    {
        ScopeId = member.ScopeId,
        UserId = member.UserId,
        AadObjectId = member.AadObjectId,
        DisplayName = member.DisplayName,
        Role = member.Role,
        Title = member.Title,
        Organisation = member.Organisation,
        TimeZoneId = member.TimeZoneId,
        FirstSeen = member.FirstSeen,
        LastSeen = member.LastSeen,
    };
}
