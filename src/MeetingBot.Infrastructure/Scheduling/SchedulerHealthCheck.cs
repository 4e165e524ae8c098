using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MeetingBot.Infrastructure.Scheduling;

/// <summary>Healthy when at least one Hangfire server is alive and has sent a heartbeat recently.</summary>
public sealed class SchedulerHealthCheck(JobStorage storage, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var servers = storage.GetMonitoringApi().Servers();
            var now = time.GetUtcNow().UtcDateTime;
            var alive = servers.Count(s => s.Heartbeat is { } beat && now - beat < TimeSpan.FromMinutes(2));
            return Task.FromResult(alive > 0
                ? HealthCheckResult.Healthy($"{alive} scheduler server(s) alive")
                : HealthCheckResult.Unhealthy("No scheduler server has sent a heartbeat in the last 2 minutes."));
        }
        catch (Exception ex)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The scheduler's storage cannot be read.", ex));
        }
    }
}
