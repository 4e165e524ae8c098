using MeetingBot.Domain.Reminders;

namespace MeetingBot.Conversations.Features.Reminders;

/// <summary>Reminder plans (per series) and members' reminder preferences (per scope).</summary>
public interface IReminderSettingsStore
{
    /// <summary>The series' plan, or the default plan when none was saved (or the meeting has no series).</summary>
    Task<ReminderPlan> GetPlanAsync(Guid? seriesId, CancellationToken cancellationToken);

    Task SavePlanAsync(ReminderPlan plan, CancellationToken cancellationToken);

    Task<ReminderPreference?> FindPreferenceAsync(string scopeId, string userId, CancellationToken cancellationToken);

    /// <summary>Inserts or updates.</summary>
    Task SavePreferenceAsync(ReminderPreference preference, CancellationToken cancellationToken);
}

/// <summary>Used when no persistence is registered: commands can be listed, but using them says why they fail.</summary>
internal sealed class NoReminderSettingsStore : IReminderSettingsStore
{
    private static InvalidOperationException NotConfigured() =>
        new("Reminder settings need the persistence layer; register it with AddScheduling (MeetingBot.Infrastructure).");

    public Task<ReminderPlan> GetPlanAsync(Guid? seriesId, CancellationToken cancellationToken) => throw NotConfigured();

    public Task SavePlanAsync(ReminderPlan plan, CancellationToken cancellationToken) => throw NotConfigured();

    public Task<ReminderPreference?> FindPreferenceAsync(string scopeId, string userId, CancellationToken cancellationToken) => throw NotConfigured();

    public Task SavePreferenceAsync(ReminderPreference preference, CancellationToken cancellationToken) => throw NotConfigured();
}
