using MeetingBot.Conversations.Features.Linking;
using MeetingBot.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Infrastructure.Persistence.Stores;

/// <summary>Links and link codes in the database, shared by every instance.</summary>
internal sealed class EfConversationLinkStore(MeetingBotDbContext db) : IConversationLinkStore
{
    private DbSet<ConversationLinkRecord> Links => db.Set<ConversationLinkRecord>();
    private DbSet<LinkCodeRecord> Codes => db.Set<LinkCodeRecord>();

    public async Task<LinkedConversation?> FindAsync(string conversationKey, CancellationToken cancellationToken) =>
        await Links.AsNoTracking().Where(l => l.ConversationKey == conversationKey).Select(l => ToModel(l)).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<LinkedConversation>> ListLinkedConversationsAsync(string scopeId, CancellationToken cancellationToken) =>
        await Links.AsNoTracking().Where(l => l.ScopeId == scopeId).OrderBy(l => l.ConversationKey).Select(l => ToModel(l)).ToListAsync(cancellationToken);

    public async Task SaveAsync(LinkedConversation link, CancellationToken cancellationToken)
    {
        var record = await Links.FirstOrDefaultAsync(l => l.ConversationKey == link.ConversationKey, cancellationToken);
        if (record is null)
        {
            Links.Add(new ConversationLinkRecord
            {
                ConversationKey = link.ConversationKey,
                ChannelId = link.ChannelId,
                ScopeId = link.ScopeId,
                HomeConversationKey = link.HomeConversationKey,
                Name = link.Name,
                LinkedBy = link.LinkedBy,
                LinkedAtUtc = link.LinkedAtUtc,
            });
        }
        else
        {
            record.ScopeId = link.ScopeId;
            record.HomeConversationKey = link.HomeConversationKey;
            record.Name = link.Name;
            record.LinkedBy = link.LinkedBy;
            record.LinkedAtUtc = link.LinkedAtUtc;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> RemoveAsync(string conversationKey, CancellationToken cancellationToken) =>
        await Links.Where(l => l.ConversationKey == conversationKey).ExecuteDeleteAsync(cancellationToken) > 0;

    public async Task AddCodeAsync(LinkCode code, CancellationToken cancellationToken)
    {
        // Expired codes are of no use to anyone: clear them while here.
        await Codes.Where(c => c.ExpiresAtUtc < code.ExpiresAtUtc - LinkCodes.Lifetime).ExecuteDeleteAsync(cancellationToken);
        Codes.Add(new LinkCodeRecord
        {
            CodeHash = code.CodeHash,
            ScopeId = code.ScopeId,
            HomeConversationKey = code.HomeConversationKey,
            HomeName = code.HomeName,
            CreatedBy = code.CreatedBy,
            ExpiresAtUtc = code.ExpiresAtUtc,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<LinkCode?> RedeemCodeAsync(string codeHash, DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        var record = await Codes.AsNoTracking().FirstOrDefaultAsync(c => c.CodeHash == codeHash, cancellationToken);
        if (record is null) return null;
        // The delete decides: of two turns (or instances) using the same code at once, only one deletes the row.
        if (await Codes.Where(c => c.CodeHash == codeHash).ExecuteDeleteAsync(cancellationToken) == 0) return null;
        if (record.ExpiresAtUtc <= nowUtc) return null;
        return new LinkCode(record.CodeHash, record.ScopeId, record.HomeConversationKey, record.HomeName, record.CreatedBy, record.ExpiresAtUtc);
    }

    private static LinkedConversation ToModel(ConversationLinkRecord l) =>
        new(l.ConversationKey, l.ChannelId, l.ScopeId, l.HomeConversationKey, l.Name, l.LinkedBy, l.LinkedAtUtc);
}
