using System.Security.Cryptography;
using MeetingBot.Protocol.Activities;
using MeetingBot.Protocol.Authentication;
using MeetingBot.Protocol.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.Protocol.Tests.Authentication;

public sealed class ChannelTokenValidatorTests(OpenIdMetadataFixture metadata) : IClassFixture<OpenIdMetadataFixture>
{
    private const string TenantId = TestConfiguration.TenantId;

    /// <summary>Each case: a change to a valid Bot Framework token or its activity, and the expected reason (null = accepted).</summary>
    public static TheoryData<string, string?> Cases() => new()
    {
        { "valid Bot Framework token", null },
        { "expired", "expired" },
        { "expired but within the 5 minute skew", null },
        { "not valid yet beyond the skew", "not valid yet" },
        { "not valid yet but within the skew", null },
        { "audience is another app", "audience" },
        { "audience is the connector", "audience" },
        { "issuer not allowed", "issuer" },
        { "signed by a forger with the published kid", "signature" },
        { "signed with RS384", "RS256" },
        { "kid not in the key set", "not in the metadata's key set" },
        { "serviceurl claim differs from the activity", "serviceurl claim does not match" },
        { "serviceurl claim differs only in case and trailing slash", null },
        { "Bot Framework token without serviceurl claim", "no serviceurl claim" },
        { "service host not allowed", "host is not allowed" },
        { "channel not endorsed by the key", "not endorsed" },
        { "activity without a channel id", "not endorsed" },
        { "Entra v1 token of the bot's tenant", null },
        { "Entra v2 token of the bot's tenant", null },
        { "Entra token whose tid differs from its issuer", "tid" },
        { "Entra token of another tenant", "issuer" },
        { "Entra token from a Microsoft tenant", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Channel_token_is_checked(string @case, string? expectedReason)
    {
        var (token, activity) = Build(@case);
        await using var services = CreateServices();

        var result = await Validator(services).ValidateAsync("Bearer " + token.Create(), activity, CancellationToken.None);

        if (expectedReason is null)
        {
            Assert.True(result.IsAuthenticated, $"{@case}: {result.FailureReason}");
            Assert.False(result.IsAnonymous);
            Assert.NotNull(result.ClaimsIdentity);
        }
        else
        {
            Assert.False(result.IsAuthenticated, @case);
            Assert.Contains(expectedReason, result.FailureReason, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData(null, "missing")]
    [InlineData("", "missing")]
    [InlineData("Basic dXNlcjpwYXNz", "not a Bearer")]
    [InlineData("Bearer", "not a Bearer")]
    [InlineData("Bearer not.a.jwt", "not a well-formed JWT")]
    [InlineData("Bearer eyJhbGciOiJub25lIn0.eyJpc3MiOiJ4In0.", "no key id")]
    public async Task Bad_authorization_header_is_rejected(string? header, string expectedReason)
    {
        await using var services = CreateServices();

        var result = await Validator(services).ValidateAsync(header, TeamsActivity(), CancellationToken.None);

        Assert.False(result.IsAuthenticated);
        Assert.Contains(expectedReason, result.FailureReason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Key_added_to_the_key_set_after_start_is_found_by_a_refresh()
    {
        await using var services = CreateServices();
        var validator = Validator(services);
        var first = await validator.ValidateAsync("Bearer " + BotFrameworkToken().Create(), TeamsActivity(), CancellationToken.None);
        Assert.True(first.IsAuthenticated, first.FailureReason);

        using var rotated = RSA.Create(2048);
        var kid = "bf-rotated-" + Guid.NewGuid().ToString("N");
        metadata.AddBotFrameworkKey(kid, rotated, OpenIdMetadataFixture.Endorsements);
        var result = await validator.ValidateAsync("Bearer " + new TokenSpec(rotated, kid).Create(), TeamsActivity(), CancellationToken.None);

        Assert.True(result.IsAuthenticated, result.FailureReason);
    }

    [Fact]
    public async Task Made_up_key_ids_refetch_the_key_set_at_most_once_per_five_minutes()
    {
        await using var services = CreateServices();
        var validator = Validator(services);
        await validator.ValidateAsync("Bearer " + BotFrameworkToken().Create(), TeamsActivity(), CancellationToken.None);
        var before = metadata.BotFrameworkKeySetRequests;

        for (var i = 0; i < 5; i++)
        {
            var forged = BotFrameworkToken() with { Kid = "made-up-" + i };
            var result = await validator.ValidateAsync("Bearer " + forged.Create(), TeamsActivity(), CancellationToken.None);
            Assert.False(result.IsAuthenticated);
        }

        Assert.Equal(1, metadata.BotFrameworkKeySetRequests - before);
    }

    [Fact]
    public async Task Without_app_id_a_request_without_header_is_anonymous()
    {
        await using var services = CreateServices(appId: null);

        var result = await Validator(services).ValidateAsync(null, TeamsActivity(), CancellationToken.None);

        Assert.True(result.IsAuthenticated);
        Assert.True(result.IsAnonymous);
    }

    [Fact]
    public async Task Without_app_id_a_present_header_is_still_validated_and_rejected()
    {
        await using var services = CreateServices(appId: null);

        var result = await Validator(services).ValidateAsync("Bearer " + BotFrameworkToken().Create(), TeamsActivity(), CancellationToken.None);

        Assert.False(result.IsAuthenticated);
    }

    [Fact]
    public async Task Metadata_that_cannot_be_fetched_rejects_the_token()
    {
        await using var services = CreateServices(botFrameworkMetadataUrl: "http://127.0.0.1:9/nothing-listens-here");

        var result = await Validator(services).ValidateAsync("Bearer " + BotFrameworkToken().Create(), TeamsActivity(), CancellationToken.None);

        Assert.False(result.IsAuthenticated);
        Assert.Contains("metadata", result.FailureReason, StringComparison.OrdinalIgnoreCase);
    }

    private (TokenSpec Token, Activity Activity) Build(string @case)
    {
        var token = BotFrameworkToken();
        var activity = TeamsActivity();
        var now = DateTime.UtcNow;
        var entra = new TokenSpec(metadata.EntraKey, OpenIdMetadataFixture.EntraKid)
        {
            Issuer = $"https://sts.windows.net/{TenantId}/",
            Claims = new() { ["tid"] = TenantId },
        };

        return @case switch
        {
            "valid Bot Framework token" => (token, activity),
            "expired" => (token with { NotBefore = now.AddHours(-1), Expires = now.AddMinutes(-10) }, activity),
            "expired but within the 5 minute skew" => (token with { NotBefore = now.AddHours(-1), Expires = now.AddMinutes(-2) }, activity),
            "not valid yet beyond the skew" => (token with { NotBefore = now.AddMinutes(10), Expires = now.AddHours(1) }, activity),
            "not valid yet but within the skew" => (token with { NotBefore = now.AddMinutes(2), Expires = now.AddHours(1) }, activity),
            "audience is another app" => (token with { Audience = Guid.NewGuid().ToString() }, activity),
            "audience is the connector" => (token with { Audience = "https://api.botframework.com" }, activity),
            "issuer not allowed" => (token with { Issuer = "https://evil.example.com" }, activity),
            "signed by a forger with the published kid" => (token with { Key = metadata.ForgerKey }, activity),
            "signed with RS384" => (token with { Algorithm = SecurityAlgorithms.RsaSha384 }, activity),
            "kid not in the key set" => (token with { Kid = "never-published" }, activity),
            "serviceurl claim differs from the activity" => (token with { Claims = new() { ["serviceurl"] = "https://smba.trafficmanager.net/amer/" } }, activity),
            "serviceurl claim differs only in case and trailing slash" => (token with { Claims = new() { ["serviceurl"] = "HTTPS://SMBA.trafficmanager.net/emea" } }, activity),
            "Bot Framework token without serviceurl claim" => (token with { Claims = new() }, activity),
            "service host not allowed" => (token with { Claims = new() { ["serviceurl"] = "https://evil.example.com/" } }, activity with { ServiceUrl = "https://evil.example.com/" }),
            "channel not endorsed by the key" => (token, activity with { ChannelId = "slack" }),
            "activity without a channel id" => (token, activity with { ChannelId = null }),
            "Entra v1 token of the bot's tenant" => (entra, activity),
            "Entra v2 token of the bot's tenant" => (entra with { Issuer = $"https://login.microsoftonline.com/{TenantId}/v2.0" }, activity),
            "Entra token whose tid differs from its issuer" => (entra with { Claims = new() { ["tid"] = Guid.NewGuid().ToString() } }, activity),
            "Entra token of another tenant" => (entra with { Issuer = $"https://sts.windows.net/{Guid.NewGuid()}/" }, activity),
            "Entra token from a Microsoft tenant" => (entra with
            {
                Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
                Claims = new() { ["tid"] = "d6d49420-f39b-4df7-a1dc-d59a935871db" },
            }, activity),
            _ => throw new ArgumentOutOfRangeException(nameof(@case), @case, "unknown case"),
        };
    }

    private TokenSpec BotFrameworkToken() => new(metadata.BotFrameworkKey, OpenIdMetadataFixture.BotFrameworkKid);

    private static Activity TeamsActivity() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        ServiceUrl = TestTokens.ServiceUrl,
        Text = "hello",
    };

    private static IChannelTokenValidator Validator(IServiceProvider services) => services.GetRequiredService<IChannelTokenValidator>();

    private ServiceProvider CreateServices(string? appId = TestConfiguration.AppId, string? botFrameworkMetadataUrl = null)
    {
        var settings = appId is null ? new Dictionary<string, string?>() : TestConfiguration.SingleTenantBot();
        settings["BotFramework:BotFrameworkOpenIdMetadataUrl"] = botFrameworkMetadataUrl ?? metadata.BotFrameworkMetadataUrl;
        settings["BotFramework:EntraOpenIdMetadataUrl"] = metadata.EntraMetadataUrlTemplate;
        return TestConfiguration.BuildServices(settings);
    }
}
