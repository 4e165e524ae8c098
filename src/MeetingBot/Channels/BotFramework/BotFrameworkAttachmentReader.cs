using MeetingBot.Channels.Attachments;
using MeetingBot.Conversations.Messages;
using MeetingBot.Protocol.Authentication;
using MeetingBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.BotFramework;

/// <summary>
/// Reads files sent through a Bot Framework channel (see <see cref="BotFrameworkAttachments"/>). Downloads only from:
/// the connector hosts the bot already trusts with its token (<c>BotFramework:AllowedServiceUrlHosts</c>: Teams'
/// pasted images, Web Chat and Direct Line uploads), which get the bot's token; SharePoint (<c>*.sharepoint.com</c>,
/// <c>*.sharepoint-df.com</c>: Teams' pre-authenticated download URLs), which gets none; and
/// <c>Attachments:AllowedHosts</c> (the Emulator's localhost, test stubs), which gets none. Https only, except
/// loopback hosts listed in those settings.
/// </summary>
/// <param name="servesDirectLine">
/// Whether "directline" messages are read here too: only when the local chat (whose channel id that is) is off; when it
/// is on, its own reader reads its uploads.
/// </param>
public sealed class BotFrameworkAttachmentReader(
    AttachmentDownloader downloader,
    IBotTokenProvider tokens,
    IOptions<BotAuthenticationOptions> authentication,
    IOptions<AttachmentOptions> options,
    bool servesDirectLine) : IAttachmentReader, IAttachmentFetchPolicy
{
    private static readonly string[] FileHosts = ["*.sharepoint.com", "*.sharepoint-df.com"];

    private readonly ServiceUrlPolicy _connectorHosts = new(authentication.Value.AllowedServiceUrlHosts);
    private readonly ServiceUrlPolicy _fileHosts = new([.. FileHosts, .. options.Value.AllowedHosts]);

    public bool Serves(string channelId) =>
        channelId.Equals("msteams", StringComparison.OrdinalIgnoreCase)
        || channelId.Equals("emulator", StringComparison.OrdinalIgnoreCase)
        || channelId.Equals("webchat", StringComparison.OrdinalIgnoreCase)
        || (servesDirectLine && channelId.Equals("directline", StringComparison.OrdinalIgnoreCase));

    public Task<AttachmentText> ReadTextAsync(IncomingMessage message, IncomingAttachment attachment, long maxBytes, CancellationToken cancellationToken)
    {
        if (attachment.Size > maxBytes) return Task.FromResult(AttachmentText.Refused(AttachmentProblem.TooLarge));
        return downloader.ReadTextAsync(attachment.Source, this, maxBytes, cancellationToken);
    }

    bool IAttachmentFetchPolicy.MayFetch(Uri address) => _connectorHosts.IsAllowed(address) || _fileHosts.IsAllowed(address);

    async ValueTask<string?> IAttachmentFetchPolicy.BearerTokenAsync(Uri address, CancellationToken cancellationToken) =>
        _connectorHosts.IsAllowed(address) ? await tokens.GetTokenAsync(cancellationToken) : null;
}
