using System.Collections.Concurrent;
using System.Net;
using System.Text;
using MeetingBot.Protocol.Authentication;
using MeetingBot.Protocol.Connector;
using MeetingBot.Protocol.Tests.Support;
using Microsoft.Identity.Client;

namespace MeetingBot.Protocol.Tests.Connector;

/// <summary>
/// MSAL is driven for real; only its HTTP is replaced (the seam MSAL offers), so no test reaches Entra or IMDS.
/// </summary>
public sealed class BotTokenProviderTests
{
    [Fact]
    public async Task Single_tenant_bot_gets_a_client_credentials_token_from_its_tenant_and_caches_it()
    {
        var entra = new FakeEntra();
        var provider = BotTokenProviders.Create(Options(BotAppTypes.SingleTenant), entra);

        var first = await provider.GetTokenAsync(CancellationToken.None);
        var second = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(("token-1", "token-1"), (first, second));
        var request = Assert.Single(entra.TokenRequests);
        Assert.Equal($"https://login.microsoftonline.com/{TestConfiguration.TenantId}/oauth2/v2.0/token", request.Uri.GetLeftPart(UriPartial.Path));
        Assert.Contains("grant_type=client_credentials", request.Body, StringComparison.Ordinal);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", request.Body, StringComparison.Ordinal);
        Assert.Contains($"client_id={TestConfiguration.AppId}", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forced_refresh_skips_the_cache()
    {
        var entra = new FakeEntra();
        var provider = BotTokenProviders.Create(Options(BotAppTypes.SingleTenant), entra);

        await provider.GetTokenAsync(CancellationToken.None);
        var refreshed = await provider.GetTokenAsync(forceRefresh: true, CancellationToken.None);

        Assert.Equal("token-2", refreshed);
        Assert.Equal(2, entra.TokenRequests.Count);
    }

    [Fact]
    public async Task Legacy_multi_tenant_bot_gets_its_token_from_the_botframework_tenant()
    {
        var entra = new FakeEntra();
        var provider = BotTokenProviders.Create(Options(BotAppTypes.MultiTenant), entra);

        await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", Assert.Single(entra.TokenRequests).Uri.GetLeftPart(UriPartial.Path));
    }

    [Fact]
    public async Task User_assigned_managed_identity_asks_for_the_connector_resource_with_its_client_id()
    {
        var imds = new FakeEntra();
        var provider = BotTokenProviders.Create(Options(BotAppTypes.UserAssignedMsi), imds);

        var token = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("token-1", token);
        var request = Assert.Single(imds.TokenRequests);
        Assert.Equal("169.254.169.254", request.Uri.Host);
        var query = Uri.UnescapeDataString(request.Uri.Query);
        Assert.Contains("resource=https://api.botframework.com", query, StringComparison.Ordinal);
        Assert.Contains(TestConfiguration.AppId, query, StringComparison.Ordinal);
    }

    private static BotAuthenticationOptions Options(string appType) => new()
    {
        MicrosoftAppId = TestConfiguration.AppId,
        MicrosoftAppPassword = "test-secret",
        MicrosoftAppTenantId = TestConfiguration.TenantId,
        MicrosoftAppType = appType,
    };

    private sealed record TokenRequest(Uri Uri, string Body);

    /// <summary>Answers any request (Entra token endpoint, IMDS) with a fresh numbered token.</summary>
    private sealed class FakeEntra : HttpMessageHandler, IMsalHttpClientFactory
    {
        private readonly ConcurrentQueue<TokenRequest> _requests = new();
        private int _issued;

        /// <summary>Token requests only: MSAL's instance discovery (cached process-wide) is answered but not counted.</summary>
        public IReadOnlyList<TokenRequest> TokenRequests =>
            _requests.Where(r => !r.Uri.AbsolutePath.Contains("/discovery/", StringComparison.Ordinal)).ToArray();

        public HttpClient GetHttpClient() => new(this, disposeHandler: false);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            _requests.Enqueue(new TokenRequest(request.RequestUri ?? new Uri("about:blank"), body));
            var token = "token-" + Interlocked.Increment(ref _issued);
            var expiresOn = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
            var json = $$"""
                {"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"{{token}}",
                 "expires_on":"{{expiresOn}}","resource":"https://api.botframework.com","client_id":"{{TestConfiguration.AppId}}"}
                """;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }
    }
}
