using System.Net;
using System.Net.Http.Headers;
using MeetingBot.Conversations.Messages;
using Polly.Timeout;

namespace MeetingBot.Channels.Attachments;

/// <summary>A channel reader's rules for downloading a file: which addresses, with which token.</summary>
internal interface IAttachmentFetchPolicy
{
    /// <summary>Whether the bot may request this address at all; asked again for every redirect.</summary>
    bool MayFetch(Uri address);

    /// <summary>The bearer token this address gets, or null for none.</summary>
    ValueTask<string?> BearerTokenAsync(Uri address, CancellationToken cancellationToken);

    /// <summary>Whether a successful answer is the file itself (Slack answers its sign-in page when the token cannot read files).</summary>
    bool IsFile(HttpResponseMessage response) => true;
}

/// <summary>
/// Downloads a file someone sent the bot and decodes it with <see cref="AttachmentTextDecoder"/>: only addresses the
/// channel's <see cref="IAttachmentFetchPolicy"/> allows (redirects followed by hand and checked the same way), a
/// Content-Length above the limit refused before the body is read, the body read no further than one byte past it,
/// the whole download bounded in time. Failures are <see cref="AttachmentProblem.Unavailable"/>; logs name the host
/// only, since file addresses carry credentials (SharePoint's <c>tempauth</c>).
/// </summary>
public sealed partial class AttachmentDownloader(IHttpClientFactory httpClients, ILogger<AttachmentDownloader> logger)
{
    public const string HttpClientName = "MeetingBot.Attachments";
    private const int MaxRedirects = 3;
    private static readonly TimeSpan DownloadTimeout = TimeSpan.FromSeconds(60);

    internal async Task<AttachmentText> ReadTextAsync(string source, IAttachmentFetchPolicy policy, long maxBytes, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(source, UriKind.Absolute, out var address) || !policy.MayFetch(address))
        {
            LogRefused(logger, HostOf(source));
            return AttachmentText.Refused(AttachmentProblem.Unavailable);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(DownloadTimeout);
        var http = httpClients.CreateClient(HttpClientName);
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, address);
                if (await policy.BearerTokenAsync(address, deadline.Token) is { Length: > 0 } token)
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
                if (IsRedirect(response.StatusCode))
                {
                    var next = response.Headers.Location is { } location ? new Uri(address, location) : null;
                    if (next is null || redirects >= MaxRedirects || !policy.MayFetch(next))
                    {
                        LogRefusedRedirect(logger, address.Host, next is null ? "(none)" : next.Host);
                        return AttachmentText.Refused(AttachmentProblem.Unavailable);
                    }
                    address = next;
                    continue;
                }

                if (!response.IsSuccessStatusCode || !policy.IsFile(response))
                {
                    LogFailed(logger, address.Host, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType ?? "(none)");
                    return AttachmentText.Refused(AttachmentProblem.Unavailable);
                }

                await using var body = await response.Content.ReadAsStreamAsync(deadline.Token);
                return await AttachmentTextDecoder.ReadAsync(body, response.Content.Headers.ContentLength, maxBytes, deadline.Token);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TimeoutRejectedException
                                   || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogUnreachable(logger, address.Host, ex.GetType().Name);
            return AttachmentText.Refused(AttachmentProblem.Unavailable);
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;

    private static string HostOf(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) ? uri.Host : "(not an absolute address)";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Did not download a file from {Host}: not a host this channel's files come from (add it to Attachments:AllowedHosts if it is trusted)")]
    private static partial void LogRefused(ILogger logger, string host);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Did not follow a redirect from {Host} to {Target} while downloading a file")]
    private static partial void LogRefusedRedirect(ILogger logger, string host, string target);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Downloading a file from {Host} failed: HTTP {Status} ({ContentType})")]
    private static partial void LogFailed(ILogger logger, string host, int status, string contentType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Downloading a file from {Host} failed: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string host, string reason);
}
