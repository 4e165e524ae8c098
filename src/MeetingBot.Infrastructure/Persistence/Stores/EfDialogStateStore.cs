using System.Text.Json;
using MeetingBot.Conversations.Dialogs;
using MeetingBot.Conversations.Turns;
using MeetingBot.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Infrastructure.Persistence.Stores;

/// <summary>
/// Dialog states as JSON rows. With a single instance, <see cref="DialogStateIndex"/> answers "no dialog" (most
/// turns) without a query; this store is the only writer of the table, so it keeps the index current.
/// </summary>
internal sealed class EfDialogStateStore(MeetingBotDbContext db, DialogStateIndex index, TimeProvider time) : IDialogStateStore
{
    private static readonly Func<MeetingBotDbContext, string, string, CancellationToken, Task<string?>> FindJsonQuery =
        EF.CompileAsyncQuery((MeetingBotDbContext db, string conversationKey, string userId, CancellationToken _) =>
            db.DialogStates.AsNoTracking()
                .Where(d => d.ConversationKey == conversationKey && d.UserId == userId)
                .Select(d => d.StateJson)
                .FirstOrDefault());

    public async Task<DialogState?> LoadAsync(string conversationKey, string userId, CancellationToken cancellationToken)
    {
        if (!await index.MayHaveStateAsync(db, conversationKey, userId, cancellationToken)) return null;
        var readAt = index.Generation;
        var json = await FindJsonQuery(db, conversationKey, userId, cancellationToken);
        if (json is null)
        {
            index.RemoveIfUnchanged(conversationKey, userId, readAt);
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize(json, DialogStateJsonContext.Default.DialogState);
        }
        catch (JsonException)
        {
            // State written by an incompatible version: forget it rather than fail every turn.
            return null;
        }
    }

    public async Task SaveAsync(string conversationKey, string userId, DialogState? state, CancellationToken cancellationToken)
    {
        var record = await db.DialogStates.FirstOrDefaultAsync(d => d.ConversationKey == conversationKey && d.UserId == userId, cancellationToken);
        if (state is null)
        {
            if (record is null)
            {
                index.Remove(conversationKey, userId);
                return;
            }
            db.DialogStates.Remove(record);
            await db.SaveChangesAsync(cancellationToken);
            index.Remove(conversationKey, userId);
            return;
        }

        var json = JsonSerializer.Serialize(state, DialogStateJsonContext.Default.DialogState);
        if (record is null)
            db.DialogStates.Add(new DialogStateRecord { ConversationKey = conversationKey, UserId = userId, StateJson = json, UpdatedAt = time.GetUtcNow() });
        else
        {
            record.StateJson = json;
            record.UpdatedAt = time.GetUtcNow();
        }
        index.Add(conversationKey, userId);
        await db.SaveChangesAsync(cancellationToken);
    }
}
