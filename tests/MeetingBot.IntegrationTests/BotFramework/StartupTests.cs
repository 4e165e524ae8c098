using MeetingBot.IntegrationTests.Support;

namespace MeetingBot.IntegrationTests.BotFramework;

public sealed class StartupTests
{
    [Fact]
    public async Task A_database_that_cannot_be_created_stops_start_up_with_a_clear_message()
    {
        var folder = TempFolder.Create();
        var blocker = Path.Combine(folder, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where the data folder should be");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => BotHost.StartAsync(folder, new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = Path.Combine(blocker, "meetingbot.db"),
        }));

        Assert.Contains("Storage:SqlitePath", error.ToString());
    }

    [Fact]
    public async Task A_postgres_provider_without_a_connection_string_is_refused_at_start()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => BotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
        }));

        Assert.Contains("Storage:PostgresConnectionString", error.Message);
    }

    [Fact]
    public async Task An_unknown_default_time_zone_is_refused_at_start()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => BotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["MeetingBot:DefaultTimeZone"] = "Mars/Olympus_Mons",
        }));

        Assert.Contains("MeetingBot:DefaultTimeZone", error.Message);
    }
}
