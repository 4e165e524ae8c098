using MeetingBot.Conversations.Messages;
using MeetingBot.Conversations.Turns;
using MeetingBot.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Infrastructure.Persistence.Stores;

internal sealed class EfMemberDirectory(MeetingBotDbContext db, TimeProvider time) : IMemberDirectory
{
    public Task<Member?> FindAsync(string scopeId, string userId, CancellationToken cancellationToken) =>
        db.Members.FirstOrDefaultAsync(m => m.ScopeId == scopeId && m.UserId == userId, cancellationToken);

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
        if (db.Entry(member).State == EntityState.Detached) db.Members.Update(member);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Clip(string text, int max)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= max ? trimmed : trimmed[..max];
    }
}
