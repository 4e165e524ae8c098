using MeetingBot.Conversations.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MeetingBot.Conversations.Features.Reminders;

public static class ReminderFeatureServiceCollectionExtensions
{
    /// <summary>
    /// The reminder commands and the hooks the meeting commands call. The scheduler, the settings store and the
    /// proactive messenger come from the infrastructure and the channel; until they are registered, harmless
    /// stand-ins keep the conversation layer usable on its own (tests).
    /// </summary>
    public static IServiceCollection AddReminderCommands(this IServiceCollection services)
    {
        services.TryAddScoped<IReminderScheduler, NoReminderScheduler>();
        services.TryAddScoped<IReminderSettingsStore, NoReminderSettingsStore>();
        services.TryAddSingleton<IProactiveMessenger, NoProactiveMessenger>();
        services.AddScoped<MeetingReminders>();

        services.AddCommand<RemindersCommand>();
        services.AddCommand<RemindMeCommand>();
        services.AddCommand<RemindersOffCommand>();
        services.AddCommand<ReminderPlanCommand>();
        services.AddCommand<ReminderMuteCommand>();
        return services;
    }
}
