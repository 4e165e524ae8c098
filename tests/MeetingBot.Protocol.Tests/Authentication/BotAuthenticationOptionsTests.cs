using MeetingBot.Protocol.Authentication;
using MeetingBot.Protocol.Connector;
using MeetingBot.Protocol.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.Protocol.Tests.Authentication;

public sealed class BotAuthenticationOptionsTests
{
    [Fact]
    public void Azure_root_keys_and_the_BotFramework_section_are_bound()
    {
        var settings = TestConfiguration.SingleTenantBot();
        settings["BotFramework:ClockSkew"] = "00:02:00";
        settings["BotFramework:ValidIssuers:0"] = "https://issuer.example";
        settings["BotFramework:ConnectorRetryBaseDelay"] = "00:00:00.250";
        using var services = TestConfiguration.BuildServices(settings);

        var options = services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;

        Assert.Equal(TestConfiguration.AppId, options.MicrosoftAppId);
        Assert.Equal(TestConfiguration.TenantId, options.MicrosoftAppTenantId);
        Assert.Equal(BotAppTypes.SingleTenant, options.MicrosoftAppType);
        Assert.Equal(TimeSpan.FromMinutes(2), options.ClockSkew);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.ConnectorRetryBaseDelay);
        Assert.Equal(["https://issuer.example"], options.ValidIssuers);
        Assert.True(options.AuthenticationEnabled);
        Assert.Equal(
            $"https://login.microsoftonline.com/{TestConfiguration.TenantId}/v2.0/.well-known/openid-configuration",
            options.ResolveEntraOpenIdMetadataUrl());
    }

    [Fact]
    public void Configured_service_hosts_are_added_to_the_defaults()
    {
        var settings = TestConfiguration.SingleTenantBot();
        settings["BotFramework:AllowedServiceUrlHosts:0"] = "127.0.0.1";
        using var services = TestConfiguration.BuildServices(settings);

        var options = services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;

        Assert.Equal(["smba.trafficmanager.net", "*.botframework.com", "smba.infra.gcc.teams.microsoft.com", "127.0.0.1"], options.AllowedServiceUrlHosts);
    }

    [Theory]
    [InlineData("SingleTenant", "", "", "MicrosoftAppTenantId is empty")]
    [InlineData("SingleTenant", "", "", "MicrosoftAppPassword is empty")]
    [InlineData("SingleTenant", "secret", "", "MicrosoftAppTenantId is empty")]
    [InlineData("MultiTenant", "", "", "MicrosoftAppPassword is empty")]
    [InlineData("Certificate", "secret", "tenant", "is not supported")]
    public void Incomplete_credentials_stop_start_up_with_a_clear_message(string appType, string password, string tenant, string expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestConfiguration.AppId,
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppTenantId"] = tenant,
            ["MicrosoftAppType"] = appType,
        };
        using var services = TestConfiguration.BuildServices(settings);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void User_assigned_managed_identity_without_app_id_stops_start_up()
    {
        using var services = TestConfiguration.BuildServices(new() { ["MicrosoftAppType"] = "UserAssignedMSI" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value);

        Assert.Contains("managed identity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Password_without_app_id_stops_start_up_instead_of_silently_switching_authentication_off()
    {
        using var services = TestConfiguration.BuildServices(new() { ["MicrosoftAppPassword"] = "secret" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value);

        Assert.Contains("MicrosoftAppId is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_app_id_authentication_is_off_and_no_token_is_fetched()
    {
        using var services = TestConfiguration.BuildServices([]);

        Assert.False(services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.AuthenticationEnabled);
        Assert.IsType<NoTokenProvider>(services.GetRequiredService<IBotTokenProvider>());
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://europe.smba.botframework.com/", true)]
    [InlineData("https://botframework.com/", false)]
    [InlineData("https://smba.trafficmanager.net.evil.example/", false)]
    [InlineData("https://evilbotframework.com/", false)]
    [InlineData("http://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://user@smba.trafficmanager.net/", false)]
    [InlineData("http://127.0.0.1:5000/", true)]
    [InlineData("http://localhost:5000/", false)]
    [InlineData("not a url", false)]
    public void Service_urls_are_trusted_only_on_allowed_hosts_over_https(string serviceUrl, bool allowed)
    {
        var policy = new ServiceUrlPolicy(["smba.trafficmanager.net", "*.botframework.com", "127.0.0.1"]);

        Assert.Equal(allowed, policy.IsAllowed(serviceUrl));
    }
}
