using System.Text.Json;
using MeetingBot.Conversations.Dialogs;
using MeetingBot.Conversations.Turns;
using MeetingBot.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Infrastructure.Persistence.Stores;

internal sealed class EfDialogStateStore(MeetingBotDbContext db, TimeProvider time) : IDialogStateStore
{
    public async Task<DialogState?> LoadAsync(string conversationKey, string userId, CancellationToken cancellationToken)
    {
        var record = await db.DialogStates.AsNoTracking()
            .FirstOrDefaultAsync(d => d.ConversationKey == conversationKey && d.UserId == userId, cancellationToken);
        if (record is null) return null;
        try
        {
            return JsonSerializer.Deserialize(record.StateJson, DialogStateJsonContext.Default.DialogState);
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
            if (record is null) return;
            db.DialogStates.Remove(record);
        }
        else
        {
            var json = JsonSerializer.Serialize(state, DialogStateJsonContext.Default.DialogState);
            if (record is null)
                db.DialogStates.Add(new DialogStateRecord { ConversationKey = conversationKey, UserId = userId, StateJson = json, UpdatedAt = time.GetUtcNow() });
            else
            {
                record.StateJson = json;
                record.UpdatedAt = time.GetUtcNow();
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
