using MeetingBot.Channels.Attachments;
using MeetingBot.Channels.BotFramework;
using MeetingBot.Channels.LocalChat;
using MeetingBot.Conversations.Features.Reminders;
using MeetingBot.Conversations.Messages;
using MeetingBot.Protocol.Connector;
using Microsoft.Extensions.DependencyInjection.Extensions;

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

        // Files sent to the bot. "directline" is the local chat's channel id while it runs (it reads its own uploads).
        services.AddAttachmentDownloads(configuration);
        var servesDirectLine = !configuration.IsLocalChatEnabled();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAttachmentReader, BotFrameworkAttachmentReader>(
            provider => ActivatorUtilities.CreateInstance<BotFrameworkAttachmentReader>(provider, servesDirectLine)));
        return services;
    }
}
