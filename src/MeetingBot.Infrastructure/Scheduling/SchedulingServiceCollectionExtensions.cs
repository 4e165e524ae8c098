using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using MeetingBot.Infrastructure.Persistence;
using MeetingBot.Infrastructure.Scheduling.InMeeting;
using MeetingBot.Infrastructure.Scheduling.Minutes;
using MeetingBot.Infrastructure.Scheduling.Reminders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;


namespace MeetingBot.Infrastructure.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Hangfire with in-memory storage (embedded default; the schedule is rebuilt from the database at start)
    /// or PostgreSQL storage shared by all instances.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        var storage = StorageOptions.Read(configuration);
        // One storage and one job activator per app, registered before AddHangfire: otherwise it takes the process-wide
        // JobStorage.Current and JobActivator.Current, and two apps in one process (tests, benchmarks) would run each
        // other's jobs. Created on first use, so a bad connection string fails at start with the database check.
        services.AddSingleton<JobStorage>(_ =>
        {
            if (storage.Provider != StorageProvider.Postgres)
                return new InMemoryStorage(new InMemoryStorageOptions { MaxExpirationTime = TimeSpan.FromHours(6) });
            var postgres = new PostgreSqlStorageOptions
            {
                SchemaName = storage.HangfireSchema,
                PrepareSchemaIfNecessary = true,
                // Reminders and nudges are due to the second; the 15 s default poll would make them late.
                QueuePollInterval = TimeSpan.FromSeconds(1),
            };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(storage.PostgresConnectionString ?? "", postgres), postgres);
        });
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(sp.GetRequiredService<JobStorage>()));
        services.AddHangfireServer(o =>
        {
            o.WorkerCount = Math.Max(4, Environment.ProcessorCount * 2);
            o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
        });
        services.AddScoped<PurgeProcessedDeliveriesJob>();
        services.AddScoped<PlanRecurringMeetingsJob>();
        services.AddHostedService<RecurringJobsRegistrar>();
        services.AddReminders(configuration);
        services.AddInMeetingJobs(configuration);
        services.AddMinutesDelivery(configuration);
        return services;
    }
}
