using MeetingBot.Conversations.Messages;
using MeetingBot.Conversations.Turns;
using MeetingBot.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Infrastructure.Persistence.Stores;

internal sealed class EfConversationDirectory(MeetingBotDbContext db, TimeProvider time) : IConversationDirectory
{
    public async Task UpsertAsync(ConversationAddress address, string channelReference, CancellationToken cancellationToken)
    {
        var record = await db.Conversations.FirstOrDefaultAsync(c => c.Key == address.Key, cancellationToken);
        if (record is null)
        {
            db.Conversations.Add(new ConversationRecord
            {
                Key = address.Key,
                ChannelId = address.ChannelId,
                ConversationId = address.ConversationId,
                ScopeId = address.ScopeId,
                Kind = address.Kind.ToString(),
                Name = address.Name,
                ReferenceJson = channelReference,
                UpdatedAt = time.GetUtcNow(),
            });
        }
        else
        {
            if (record.ReferenceJson == channelReference && record.IsActive && record.Name == address.Name) return;
            record.ReferenceJson = channelReference;
            record.Name = address.Name;
            record.ScopeId = address.ScopeId;
            record.IsActive = true;
            record.InactiveReason = null;
            record.UpdatedAt = time.GetUtcNow();
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same conversation was inserted concurrently by another turn or instance; the next activity refreshes it.
            db.ChangeTracker.Clear();
        }
    }

    public async Task<string?> FindReferenceAsync(string conversationKey, CancellationToken cancellationToken) =>
        await db.Conversations.AsNoTracking()
            .Where(c => c.Key == conversationKey && c.IsActive)
            .Select(c => c.ReferenceJson)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task MarkInactiveAsync(string conversationKey, string reason, CancellationToken cancellationToken)
    {
        var record = await db.Conversations.FirstOrDefaultAsync(c => c.Key == conversationKey, cancellationToken);
        if (record is null) return;
        record.IsActive = false;
        record.InactiveReason = reason.Length <= 200 ? reason : reason[..200];
        record.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }
}
