using MeetingBot.Channels.LocalChat;
using MeetingBot.Infrastructure.Persistence;
using MeetingBot.Protocol.Authentication;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace MeetingBot.Hosting;

/// <summary>Tells the person who started the bot where to talk to it and what mode it runs in.</summary>
internal static partial class StartupBanner
{
    public static void Log(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("MeetingBot");
        var auth = app.Services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
        var storage = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                      ?? "http://localhost:3978";
        address = address.Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost").Replace("://+", "://localhost");

        if (!auth.AuthenticationEnabled)
            LogAuthOff(logger);
        LogStorage(logger, storage.Provider.ToString());
        LogEndpoint(logger, address + "/api/messages");
        if (app.Services.GetRequiredService<IOptions<LocalChatOptions>>().Value.Enabled ?? !auth.AuthenticationEnabled)
            LogLocalChat(logger, address + LocalChatDefaults.PagePath);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Authentication is OFF because MicrosoftAppId is not set: any caller can post activities. This is for local development only; set MicrosoftAppId, MicrosoftAppType and MicrosoftAppTenantId (and MicrosoftAppPassword) before exposing the bot.")]
    private static partial void LogAuthOff(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage: {Provider}")]
    private static partial void LogStorage(ILogger logger, string provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot Framework endpoint: {Url}")]
    private static partial void LogEndpoint(ILogger logger, string url);

    [LoggerMessage(Level = LogLevel.Information, Message = "Local chat page: {Url}  (open it in a browser to talk to the bot)")]
    private static partial void LogLocalChat(ILogger logger, string url);
}
