using MeetingBot.Conversations.Messages;
using MeetingBot.Conversations.Turns;
using MeetingBot.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Infrastructure.Persistence.Stores;

/// <summary>
/// Members in the database. A member handed out is tracked by this scope's context, as a tracked query would give it:
/// one instance per person per scope, and <see cref="SaveAsync"/> writes only the columns that changed (so a turn that
/// refreshes someone's last-seen time does not write back a role another turn has just changed). With a single
/// instance, known members come from <see cref="MemberCache"/> instead of a query.
/// </summary>
internal sealed class EfMemberDirectory(MeetingBotDbContext db, MemberCache cache, TimeProvider time) : IMemberDirectory
{
    private static readonly Func<MeetingBotDbContext, string, string, CancellationToken, Task<Member?>> FindQuery =
        EF.CompileAsyncQuery((MeetingBotDbContext db, string scopeId, string userId, CancellationToken _) =>
            db.Members.AsNoTracking().FirstOrDefault(m => m.ScopeId == scopeId && m.UserId == userId));

    public async Task<Member?> FindAsync(string scopeId, string userId, CancellationToken cancellationToken)
    {
        if (db.Members.Local.FindEntryUntyped([scopeId, userId]) is { } tracked) return tracked.Entity;
        var member = cache.Find(scopeId, userId);
        if (member is null)
        {
            var readAt = cache.Generation;
            member = await FindQuery(db, scopeId, userId, cancellationToken);
            if (member is null) return null;
            cache.Remember(member, readAt);
        }
        // This scope's own copy (the cache keeps another), attached unchanged so that changes are detected at save.
        db.Members.Attach(member);
        return member;
    }

    public async Task<Member> GetOrAddAsync(string scopeId, Person person, string? timeZoneId, bool bootstrapChair, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var name = Clip(person.Name, Member.MaxNameLength);
        var member = await FindAsync(scopeId, person.Id, cancellationToken);
        if (member is not null)
        {
            // Write only what changed: most turns are by people the bot already knows.
            var changed = false;
            if (name.Length > 0 && member.DisplayName != name) { member.DisplayName = name; changed = true; }
            if (member.TimeZoneId is null && timeZoneId is { Length: > 0 and <= 64 }) { member.TimeZoneId = timeZoneId; changed = true; }
            if (member.AadObjectId is null && person.AadObjectId is not null) { member.AadObjectId = person.AadObjectId; changed = true; }
            if (now - member.LastSeen > TimeSpan.FromHours(1)) { member.LastSeen = now; changed = true; }
            if (changed) await db.SaveChangesAsync(cancellationToken);
            return member;
        }

        var hasChair = bootstrapChair && await db.Members.AnyAsync(m => m.ScopeId == scopeId && m.Role == Role.Chair, cancellationToken);
        member = new Member
        {
            ScopeId = scopeId,
            UserId = person.Id,
            AadObjectId = person.AadObjectId,
            DisplayName = name.Length > 0 ? name : "Someone",
            Role = bootstrapChair && !hasChair ? Role.Chair : Role.Member,
            TimeZoneId = timeZoneId is { Length: > 0 and <= 64 } ? timeZoneId : null,
            FirstSeen = now,
            LastSeen = now,
        };
        db.Members.Add(member);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another turn added the same person at the same moment: use theirs.
            db.Entry(member).State = EntityState.Detached;
            return await FindAsync(scopeId, person.Id, cancellationToken) ?? throw new InvalidOperationException("Member vanished after a conflicting insert.");
        }
        return member;
    }

    public async Task<IReadOnlyList<Member>> ListAsync(string scopeId, CancellationToken cancellationToken) =>
        await db.Members.Where(m => m.ScopeId == scopeId).OrderBy(m => m.DisplayName).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Member>> ListMembershipsAsync(string userId, CancellationToken cancellationToken) =>
        await db.Members.AsNoTracking().Where(m => m.UserId == userId).ToListAsync(cancellationToken);

    public async Task SaveAsync(Member member, CancellationToken cancellationToken)
    {
        if (db.Entry(member).State == EntityState.Detached)
        {
            // A member from elsewhere (another scope, or built by the caller): write its values onto the instance
            // this context tracks, so only what differs is written, or else attach it as changed throughout.
            if (db.Members.Local.FindEntryUntyped([member.ScopeId, member.UserId]) is { } tracked)
                tracked.CurrentValues.SetValues(member);
            else
                db.Members.Update(member);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Clip(string text, int max)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= max ? trimmed : trimmed[..max];
    }
}
