using System.Net;
using System.Net.Http.Headers;
using MeetingBot.Protocol.Authentication;
using Microsoft.Extensions.Options;

namespace MeetingBot.Protocol.Connector;

/// <summary>
/// Puts the bot's bearer token on each connector request (each retry attempt asks again; MSAL answers from its cache).
/// Refuses to send a token to a host outside <see cref="BotAuthenticationOptions.AllowedServiceUrlHosts"/>, and on a
/// 401 retries once with a freshly acquired token (protocol.md §4b).
/// </summary>
internal sealed class BotTokenHandler(IBotTokenProvider tokenProvider, IOptions<BotAuthenticationOptions> options) : DelegatingHandler
{
    private readonly ServiceUrlPolicy _serviceUrls = new(options.Value.AllowedServiceUrlHosts);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokenProvider.GetTokenAsync(forceRefresh: false, cancellationToken).ConfigureAwait(false);
        if (token is null)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (request.RequestUri is null || !_serviceUrls.IsAllowed(request.RequestUri))
        {
            throw new InvalidOperationException(
                $"Refusing to send the bot's token to '{request.RequestUri?.Host}': it is not in BotFramework:AllowedServiceUrlHosts. Add it there if it is a trusted channel.");
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        var fresh = await tokenProvider.GetTokenAsync(forceRefresh: true, cancellationToken).ConfigureAwait(false);
        if (fresh is null || string.Equals(fresh, token, StringComparison.Ordinal))
        {
            return response;
        }

        response.Dispose();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fresh);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
