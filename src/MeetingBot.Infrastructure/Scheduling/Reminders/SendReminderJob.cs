using Hangfire;
using MeetingBot.Domain.Reminders;

namespace MeetingBot.Infrastructure.Scheduling.Reminders;

/// <summary>
/// The Hangfire job of one reminder of one meeting: ids and the time it was planned for, so it can be retried and
/// re-run from storage. Running it twice (a retry, a second instance, a stale job) sends nothing twice.
/// </summary>
public sealed class SendReminderJob(ReminderFanOut fanOut, TimeProvider time)
{
    /// <summary>Hangfire keeps schedule times to the whole second, rounded down: a job may start up to a second early.</summary>
    private static readonly TimeSpan MaxEarly = TimeSpan.FromSeconds(5);

    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(Guid meetingId, ReminderKind kind, DateTimeOffset dueUtc, CancellationToken cancellationToken)
    {
        // Nothing goes out before its time.
        var early = dueUtc - time.GetUtcNow();
        if (early > TimeSpan.Zero && early <= MaxEarly)
        {
            // Timers may fire a little before their time: wait until the clock really shows the due time.
            await Task.Delay(early, time, cancellationToken);
            while (time.GetUtcNow() < dueUtc) await Task.Delay(TimeSpan.FromMilliseconds(5), time, cancellationToken);
        }
        await fanOut.RunAsync(meetingId, kind, dueUtc, cancellationToken);
    }
}
