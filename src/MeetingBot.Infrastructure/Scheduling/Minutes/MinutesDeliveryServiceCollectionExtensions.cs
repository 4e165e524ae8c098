using MeetingBot.Conversations.Features.Minutes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Infrastructure.Scheduling.Minutes;

public static class MinutesDeliveryServiceCollectionExtensions
{
    /// <summary>Approved minutes sent on through Graph by Hangfire jobs; replaces the conversation layer's stand-in.</summary>
    public static IServiceCollection AddMinutesDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MinutesDeliveryOptions>()
            .Bind(configuration.GetSection(MinutesDeliveryOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IMinutesDistribution, HangfireMinutesDistribution>();
        services.AddScoped<MinutesDeliveryJob>();
        return services;
    }
}
