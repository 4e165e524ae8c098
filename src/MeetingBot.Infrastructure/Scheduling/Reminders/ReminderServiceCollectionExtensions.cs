using MeetingBot.Conversations.Features.Reminders;
using MeetingBot.Infrastructure.Persistence.Stores;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Infrastructure.Scheduling.Reminders;

public static class ReminderServiceCollectionExtensions
{
    /// <summary>
    /// Reminders: settings store, the Hangfire-backed scheduler, the fan-out with its delivery ledger, and the rebuild
    /// at start. Registered after the conversation layer, so these replace its stand-ins.
    /// </summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>()
            .Bind(configuration.GetSection(ReminderOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<IReminderSettingsStore, EfReminderSettingsStore>();
        services.AddScoped<HangfireReminderScheduler>();
        services.AddScoped<IReminderScheduler>(sp => sp.GetRequiredService<HangfireReminderScheduler>());
        services.AddSingleton<ReminderDeliveryLedger>();
        services.AddScoped<ReminderFanOut>();
        services.AddScoped<SendReminderJob>();
        services.AddScoped<RebuildReminderScheduleJob>();
        services.AddHostedService<ReminderScheduleStartup>();
        return services;
    }
}
