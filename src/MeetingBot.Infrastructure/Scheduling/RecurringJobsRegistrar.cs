using Hangfire;
using Microsoft.Extensions.Hosting;

namespace MeetingBot.Infrastructure.Scheduling;

/// <summary>
/// Registers recurring jobs at every start. With in-memory storage nothing survives a restart, so the
/// schedule is always (re)built from code and the database, never trusted to the job store.
/// </summary>
internal sealed class RecurringJobsRegistrar(IRecurringJobManager recurringJobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurringJobs.AddOrUpdate<PurgeProcessedDeliveriesJob>(
            "purge-processed-deliveries", job => job.RunAsync(CancellationToken.None), Cron.Daily(3));
        recurringJobs.AddOrUpdate<PlanRecurringMeetingsJob>(
            "plan-recurring-meetings", job => job.RunAsync(CancellationToken.None), "*/15 * * * *");
        // Once at start as well: with in-memory storage nothing ran while the bot was down.
        recurringJobs.Trigger("plan-recurring-meetings");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
