using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace MeetingBot.Protocol.Authentication;

/// <summary>
/// One metadata URL's OpenID configuration and signing keys, cached by a
/// <see cref="ConfigurationManager{T}"/> (automatic refresh every 24 h).
/// </summary>
/// <remarks>
/// Wilson 8.x runs <see cref="ConfigurationManager{T}.RequestRefresh"/> on a background task and keeps returning the
/// old keys until it finishes, so "refresh on unknown kid, then retry once" would retry against the old keys. A forced
/// refresh here therefore swaps in a fresh manager, whose first fetch is awaited; the old one stays if that fetch fails.
/// Forced refreshes are limited to one per <see cref="ForcedRefreshInterval"/> so tokens with made-up key ids cannot
/// make the bot hammer the metadata endpoint.
/// </remarks>
internal sealed class OpenIdMetadataSource(
    string metadataUrl,
    IDocumentRetriever documentRetriever,
    TimeProvider timeProvider)
{
    public static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(24);
    public static readonly TimeSpan ForcedRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private ConfigurationManager<OpenIdConnectConfiguration> _manager = CreateManager(metadataUrl, documentRetriever);
    private DateTimeOffset? _lastForcedRefresh;

    public string MetadataUrl => metadataUrl;

    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref _manager).GetConfigurationAsync(cancellationToken);

    /// <summary>
    /// Fetches the metadata again unless that happened less than <see cref="ForcedRefreshInterval"/> ago.
    /// Returns the newest configuration (<paramref name="seen"/> itself when no refresh was allowed); throws when the
    /// fetch fails, keeping the old configuration in place.
    /// </summary>
    public async Task<OpenIdConnectConfiguration> RefreshAsync(OpenIdConnectConfiguration seen, CancellationToken cancellationToken)
    {
        await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = await GetAsync(cancellationToken).ConfigureAwait(false);
            if (!ReferenceEquals(current, seen))
            {
                return current; // another caller refreshed while this one waited
            }

            var now = timeProvider.GetUtcNow();
            if (_lastForcedRefresh is { } last && now - last < ForcedRefreshInterval)
            {
                return current;
            }

            _lastForcedRefresh = now;
            var fresh = CreateManager(metadataUrl, documentRetriever);
            var configuration = await fresh.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _manager, fresh);
            return configuration;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    private static ConfigurationManager<OpenIdConnectConfiguration> CreateManager(string url, IDocumentRetriever retriever) =>
        new(url, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = AutomaticRefreshInterval,
            RefreshInterval = ForcedRefreshInterval,
        };

    /// <summary>Https always, except a plain-http metadata URL on a loopback host (tests, local tools).</summary>
    public static HttpDocumentRetriever CreateDocumentRetriever(string metadataUrl, HttpClient httpClient)
    {
        var loopbackHttp = Uri.TryCreate(metadataUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback;
        return new HttpDocumentRetriever(httpClient) { RequireHttps = !loopbackHttp };
    }
}
