using MeetingBot.Domain.Reminders;

namespace MeetingBot.Conversations.Features.Reminders;

/// <summary>
/// Keeps a meeting's reminders scheduled as the meeting and its series' plan change. The database is the source of
/// truth; the scheduler (Hangfire in production) only wakes the bot at the right time. Idempotent: calling it twice
/// schedules nothing twice.
/// </summary>
public interface IReminderScheduler
{
    /// <summary>
    /// After a meeting was scheduled or moved, or its series' plan changed: schedules its new reminders, moves pending
    /// ones, removes those switched off. A reminder whose time has already passed when it is first planned is skipped,
    /// not sent late. Returns the reminders now pending, soonest first.
    /// </summary>
    Task<IReadOnlyList<DueReminder>> MeetingChangedAsync(Guid meetingId, CancellationToken cancellationToken);

    /// <summary>After a meeting was cancelled: removes its pending reminders. Returns how many were removed.</summary>
    Task<int> MeetingCancelledAsync(Guid meetingId, CancellationToken cancellationToken);
}

/// <summary>Used when no scheduler is registered (tests of the conversation layer alone): plans nothing.</summary>
internal sealed class NoReminderScheduler : IReminderScheduler
{
    public Task<IReadOnlyList<DueReminder>> MeetingChangedAsync(Guid meetingId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DueReminder>>([]);

    public Task<int> MeetingCancelledAsync(Guid meetingId, CancellationToken cancellationToken) => Task.FromResult(0);
}
