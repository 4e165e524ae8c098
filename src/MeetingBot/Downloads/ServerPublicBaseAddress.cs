using MeetingBot.Conversations.Downloads;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace MeetingBot.Downloads;

/// <summary>
/// <c>Downloads:PublicBaseUrl</c> when set (production: the bot's https address); otherwise the first address Kestrel
/// listens on, with a wildcard host shown as localhost, so links work on the machine running the bot.
/// </summary>
internal sealed class ServerPublicBaseAddress(IOptions<DownloadOptions> options, IServer server) : IPublicBaseAddress
{
    public string BaseUrl
    {
        get
        {
            if (options.Value.PublicBaseUrl is { Length: > 0 } configured) return configured.TrimEnd('/');
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? Hosting.MeetingBotApp.DefaultUrl;
            return address.Replace("://+", "://localhost").Replace("://*", "://localhost").Replace("://0.0.0.0", "://localhost")
                .Replace("://[::]", "://localhost").TrimEnd('/');
        }
    }
}
