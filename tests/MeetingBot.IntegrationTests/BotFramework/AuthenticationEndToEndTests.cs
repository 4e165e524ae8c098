using System.Net;
using MeetingBot.IntegrationTests.Support;
using MeetingBot.Protocol.Connector;
using MeetingBot.Protocol.Tests.Authentication;
using MeetingBot.Protocol.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.IntegrationTests.BotFramework;

/// <summary>
/// With an app id configured, /api/messages validates channel tokens against OpenID metadata (served here from
/// loopback with locally made keys) and replies carry the bot's own token (a stand-in for Entra).
/// </summary>
public sealed class AuthenticationEndToEndTests : IAsyncLifetime
{
    private readonly OpenIdMetadataFixture _metadata = new();
    private FakeChannelServer _channel = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        await _metadata.InitializeAsync();
        _channel = await FakeChannelServer.StartAsync();
        var settings = new Dictionary<string, string?>(TestConfiguration.SingleTenantBot())
        {
            ["BotFramework:BotFrameworkOpenIdMetadataUrl"] = _metadata.BotFrameworkMetadataUrl,
            ["BotFramework:EntraOpenIdMetadataUrl"] = _metadata.EntraMetadataUrlTemplate,
            ["BotFramework:AllowedServiceUrlHosts:0"] = "127.0.0.1",
        };
        _bot = await BotHost.StartAsync(settings: settings,
            services: s => s.AddSingleton<IBotTokenProvider>(new StaticTokenProvider("bot-token-from-entra")));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
        await _metadata.DisposeAsync();
    }

    private string TokenFor(string serviceUrl, System.Security.Cryptography.RSA? key = null) =>
        new TokenSpec(key ?? _metadata.BotFrameworkKey, OpenIdMetadataFixture.BotFrameworkKid)
        {
            Claims = new() { ["serviceurl"] = serviceUrl },
        }.Create();

    [Fact]
    public async Task A_valid_channel_token_is_accepted_and_the_reply_carries_the_bots_token()
    {
        var response = await _bot.PostActivityAsync(Activities.ChannelMessage(_channel.ServiceUrl, "help"), TokenFor(_channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var reply = Assert.Single(await _channel.WaitForMessagesAsync(1));
        Assert.Equal("Bearer bot-token-from-entra", reply.Authorization);
    }

    [Fact]
    public async Task A_missing_token_is_refused_with_401_and_no_detail()
    {
        var response = await _bot.PostActivityAsync(Activities.ChannelMessage(_channel.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("detail", body);
        Assert.DoesNotContain("token", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("header", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_token_signed_by_an_unpublished_key_is_refused()
    {
        var response = await _bot.PostActivityAsync(Activities.ChannelMessage(_channel.ServiceUrl, "help"), TokenFor(_channel.ServiceUrl, _metadata.ForgerKey));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await _bot.WhenIdleAsync();
        Assert.Empty(_channel.Messages);
    }

    [Fact]
    public async Task A_token_for_another_service_url_cannot_redirect_the_reply()
    {
        var response = await _bot.PostActivityAsync(Activities.ChannelMessage(_channel.ServiceUrl, "help"), TokenFor("https://smba.trafficmanager.net/emea/"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Malformed_json_from_an_unauthenticated_caller_gets_401_not_a_parse_error()
    {
        var response = await _bot.PostRawAsync("{ not json");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
