using MeetingBot.Channels.Attachments;
using MeetingBot.Conversations.Messages;
using MeetingBot.Protocol.Authentication;
using MeetingBot.Slack;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.Slack;

/// <summary>
/// Reads files shared with Slack messages (see <see cref="SlackAdapter.ToAttachments"/>): downloads the private URL
/// with the bot token (the Slack app needs the <c>files:read</c> scope), only from <c>https://files.slack.com</c> or
/// a host in <c>Attachments:AllowedHosts</c>. A web page instead of the file (Slack's sign-in page, when the token may
/// not read files) counts as unavailable, as does a redirect anywhere else.
/// </summary>
public sealed class SlackAttachmentReader(
    AttachmentDownloader downloader,
    IOptionsMonitor<SlackOptions> slack,
    IOptions<AttachmentOptions> options) : IAttachmentReader, IAttachmentFetchPolicy
{
    private static readonly string[] FileHosts = ["files.slack.com"];

    private readonly ServiceUrlPolicy _fileHosts = new([.. FileHosts, .. options.Value.AllowedHosts]);

    public bool Serves(string channelId) => channelId.Equals(SlackAdapter.ChannelId, StringComparison.OrdinalIgnoreCase);

    public Task<AttachmentText> ReadTextAsync(IncomingMessage message, IncomingAttachment attachment, long maxBytes, CancellationToken cancellationToken)
    {
        if (attachment.Size > maxBytes) return Task.FromResult(AttachmentText.Refused(AttachmentProblem.TooLarge));
        return downloader.ReadTextAsync(attachment.Source, this, maxBytes, cancellationToken);
    }

    bool IAttachmentFetchPolicy.MayFetch(Uri address) => _fileHosts.IsAllowed(address);

    ValueTask<string?> IAttachmentFetchPolicy.BearerTokenAsync(Uri address, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_fileHosts.IsAllowed(address) ? slack.CurrentValue.BotToken : null);

    bool IAttachmentFetchPolicy.IsFile(HttpResponseMessage response) =>
        !string.Equals(response.Content.Headers.ContentType?.MediaType, "text/html", StringComparison.OrdinalIgnoreCase);
}
