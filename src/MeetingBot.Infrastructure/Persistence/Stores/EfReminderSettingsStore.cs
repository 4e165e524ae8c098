using MeetingBot.Conversations.Features.Reminders;
using MeetingBot.Domain.Reminders;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Infrastructure.Persistence.Stores;

internal sealed class EfReminderSettingsStore(MeetingBotDbContext db) : IReminderSettingsStore
{
    public async Task<ReminderPlan> GetPlanAsync(Guid? seriesId, CancellationToken cancellationToken)
    {
        if (seriesId is not { } id) return ReminderPlan.DefaultFor(Guid.Empty);
        return await db.ReminderPlans.AsNoTracking().FirstOrDefaultAsync(p => p.SeriesId == id, cancellationToken)
               ?? ReminderPlan.DefaultFor(id);
    }

    public async Task SavePlanAsync(ReminderPlan plan, CancellationToken cancellationToken)
    {
        var exists = await db.ReminderPlans.AsNoTracking().AnyAsync(p => p.SeriesId == plan.SeriesId, cancellationToken);
        if (exists) db.ReminderPlans.Update(plan);
        else db.ReminderPlans.Add(plan);
        await SaveDetachedAsync(plan, cancellationToken);
    }

    public Task<ReminderPreference?> FindPreferenceAsync(string scopeId, string userId, CancellationToken cancellationToken) =>
        db.ReminderPreferences.AsNoTracking().FirstOrDefaultAsync(p => p.ScopeId == scopeId && p.UserId == userId, cancellationToken);

    public async Task SavePreferenceAsync(ReminderPreference preference, CancellationToken cancellationToken)
    {
        var exists = await db.ReminderPreferences.AsNoTracking()
            .AnyAsync(p => p.ScopeId == preference.ScopeId && p.UserId == preference.UserId, cancellationToken);
        if (exists) db.ReminderPreferences.Update(preference);
        else db.ReminderPreferences.Add(preference);
        try
        {
            await SaveDetachedAsync(preference, cancellationToken);
        }
        catch (DbUpdateException) when (!exists)
        {
            // The same person said "remind me" twice at once (another turn or instance inserted first): update theirs.
            db.ReminderPreferences.Update(preference);
            await SaveDetachedAsync(preference, cancellationToken);
        }
    }

    /// <summary>Saves and stops tracking, so a later save of another copy with the same key does not collide.</summary>
    private async Task SaveDetachedAsync(object entity, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.Entry(entity).State = EntityState.Detached;
        }
    }
}
