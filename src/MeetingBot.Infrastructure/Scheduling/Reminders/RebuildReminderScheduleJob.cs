using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Infrastructure.Scheduling.Reminders;

/// <summary>Rebuilds the reminder schedule from the database; a recurring Hangfire job as a safety net.</summary>
public sealed class RebuildReminderScheduleJob(HangfireReminderScheduler scheduler)
{
    public const string RecurringJobId = "rebuild-reminder-schedule";

    public Task<int> RunAsync(CancellationToken cancellationToken) => scheduler.RebuildAsync(cancellationToken);
}

/// <summary>
/// At every start: rebuilds the reminder schedule from the database before the bot takes requests (needed with
/// in-memory Hangfire storage, harmless with PostgreSQL storage), and registers the half-hourly rebuild.
/// </summary>
internal sealed partial class ReminderScheduleStartup(IServiceScopeFactory scopes, IRecurringJobManager recurringJobs, ILogger<ReminderScheduleStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        recurringJobs.AddOrUpdate<RebuildReminderScheduleJob>(
            RebuildReminderScheduleJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), "*/30 * * * *");
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RebuildReminderScheduleJob>().RunAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Reminders must not keep the bot from answering; the recurring rebuild tries again.
            LogRebuildFailed(logger, ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not rebuild the reminder schedule at start; the half-hourly rebuild will try again")]
    private static partial void LogRebuildFailed(ILogger logger, Exception exception);
}
