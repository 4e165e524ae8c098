using System.Text;
using MeetingBot.IntegrationTests.Support;
using Microsoft.Extensions.Configuration;

namespace MeetingBot.IntegrationTests.Deployment;

/// <summary>Copying appsettings.sample.json as it is must give a bot that starts: every default it shows is valid.</summary>
public sealed class SampleSettingsStartTests
{
    [Fact]
    public async Task The_bot_starts_and_is_healthy_with_every_setting_of_the_sample()
    {
        var json = RepositoryFiles.Read("appsettings.sample.json");
        var sample = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        // Where it listens and where its data goes stay the test's own; everything else is the sample's.
        var settings = sample.AsEnumerable()
            .Where(p => p.Value is not null && p.Key != "Urls" && !p.Key.StartsWith("Storage:", StringComparison.Ordinal))
            .ToDictionary(p => p.Key, p => p.Value);
        Assert.Contains("Graph:Archive:Folder", settings.Keys);

        await using var bot = await BotHost.StartAsync(settings: settings);
        var health = await bot.Client.GetStringAsync("/healthz");

        Assert.Equal("Healthy", health);
    }
}
