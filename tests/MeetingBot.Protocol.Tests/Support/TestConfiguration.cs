using MeetingBot.Protocol.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Protocol.Tests.Support;

internal static class TestConfiguration
{
    public const string AppId = "8f0f3b5e-52b3-4d5f-9d43-7a0e7d1e2a11";
    public const string TenantId = "6babcaad-604b-40ac-a9d7-9fd97c0b779f";

    public static Dictionary<string, string?> SingleTenantBot() => new()
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "test-secret",
        ["MicrosoftAppTenantId"] = TenantId,
        ["MicrosoftAppType"] = "SingleTenant",
    };

    public static ServiceProvider BuildServices(Dictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddBotFrameworkConnector(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
