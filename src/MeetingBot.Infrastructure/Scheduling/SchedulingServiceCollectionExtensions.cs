using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using MeetingBot.Infrastructure.Persistence;
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
        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (storage.Provider == StorageProvider.Postgres)
                config.UsePostgreSqlStorage(
                    o => o.UseNpgsqlConnection(storage.PostgresConnectionString),
                    new PostgreSqlStorageOptions { SchemaName = storage.HangfireSchema, PrepareSchemaIfNecessary = true });
            else
                config.UseInMemoryStorage(new InMemoryStorageOptions { MaxExpirationTime = TimeSpan.FromHours(6) });
        });
        services.AddHangfireServer(o =>
        {
            o.WorkerCount = Math.Max(4, Environment.ProcessorCount * 2);
            o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
        });
        services.AddScoped<PurgeProcessedDeliveriesJob>();
        services.AddScoped<PlanRecurringMeetingsJob>();
        services.AddHostedService<RecurringJobsRegistrar>();
        return services;
    }
}
