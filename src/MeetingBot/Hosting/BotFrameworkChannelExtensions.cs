using MeetingBot.Channels.BotFramework;
using MeetingBot.Conversations.Features.Reminders;
using MeetingBot.Protocol.Connector;

namespace MeetingBot.Hosting;

public static class BotFrameworkChannelExtensions
{
    /// <summary>The Bot Framework channel: protocol layer (auth, connector) plus the adapter onto the turn pipeline.</summary>
    public static IServiceCollection AddBotFrameworkChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFrameworkConnector(configuration);
        services.AddSingleton<BotFrameworkTurnRunner>();
        services.AddSingleton<IActivityIngress, ActivityIngress>();
        services.AddScoped<MeetingBot.Conversations.Features.InMeeting.IConversationRoster, BotFrameworkConversationRoster>();
        services.AddSingleton<ProactiveRateLimiter>();
        services.AddSingleton<IProactiveMessenger, BotFrameworkProactiveMessenger>();
        return services;
    }
}
