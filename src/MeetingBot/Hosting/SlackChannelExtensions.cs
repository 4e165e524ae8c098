using MeetingBot.Channels.Attachments;
using MeetingBot.Channels.Slack;
using MeetingBot.Conversations.Features.InMeeting;
using MeetingBot.Conversations.Features.Reminders;
using MeetingBot.Conversations.Messages;
using MeetingBot.Slack;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MeetingBot.Hosting;

public static partial class SlackChannelExtensions
{
    /// <summary>
    /// The Slack channel: protocol layer (signatures, Web API client) plus the adapter onto the turn pipeline, and
    /// Slack's share of the channel capabilities (proactive messages, the roster), routed by channel so the
    /// Bot Framework keeps its own. Register it after the other channels: it wraps what they registered.
    /// </summary>
    public static IServiceCollection AddSlackChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSlackProtocol(configuration);
        services.AddSingleton<SlackTurnRunner>();
        services.AddSingleton<SlackIngress>();
        services.AddSingleton<SlackProactiveMessenger>();
        services.AddSingleton<SlackRoster>();
        services.AddAttachmentDownloads(configuration);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAttachmentReader, SlackAttachmentReader>());

        Route<IProactiveMessenger>(services, (provider, others) => new ChannelRoutingProactiveMessenger(provider.GetRequiredService<SlackProactiveMessenger>(), others));
        Route<IConversationRoster>(services, (provider, others) => new ChannelRoutingRoster(provider.GetRequiredService<SlackRoster>(), others));
        return services;
    }

    /// <summary>Maps <c>/api/slack/*</c> (404 while Slack is off) and says at start whether Slack is on.</summary>
    public static WebApplication MapSlackChannel(this WebApplication app)
    {
        app.MapSlackEndpoints();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("MeetingBot.Slack");
            var options = app.Services.GetRequiredService<IOptions<SlackOptions>>().Value;
            if (options.Enabled) LogSlackOn(logger, options.ApiBaseUri.ToString());
            else LogSlackOff(logger);
        });
        return app;
    }

    /// <summary>Replaces the registration of <typeparamref name="TService"/> by a router that wraps it.</summary>
    private static void Route<TService>(IServiceCollection services, Func<IServiceProvider, TService, TService> wrap) where TService : class
    {
        var existing = services.LastOrDefault(d => d.ServiceType == typeof(TService) && !d.IsKeyedService);
        if (existing is null) return;
        services.Remove(existing);
        services.Add(ServiceDescriptor.Describe(typeof(TService), provider => wrap(provider, (TService)Create(provider, existing)), existing.Lifetime));
    }

    private static object Create(IServiceProvider provider, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack is on: request URLs /api/slack/events, /api/slack/commands, /api/slack/interactivity; Web API at {ApiBaseUrl}")]
    private static partial void LogSlackOn(ILogger logger, string apiBaseUrl);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack is off because Slack:SigningSecret is not set: /api/slack/* answer 404. Set Slack:SigningSecret and Slack:BotToken to turn it on.")]
    private static partial void LogSlackOff(ILogger logger);
}
