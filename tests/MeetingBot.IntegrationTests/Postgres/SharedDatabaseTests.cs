using System.Net;
using MeetingBot.IntegrationTests.Support;
using MeetingBot.Protocol.Activities;

namespace MeetingBot.IntegrationTests.Postgres;

/// <summary>
/// Two instances on one PostgreSQL database, as behind a load balancer: nothing one instance knows from memory may
/// hide what the other has written.
/// </summary>
public sealed class SharedDatabaseTests : IAsyncLifetime
{
    private FakeChannelServer _channel = null!;

    public async Task InitializeAsync() => _channel = await FakeChannelServer.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [PostgresFact]
    public async Task A_delivery_retried_to_the_other_instance_is_answered_once()
    {
        var database = await NewDatabaseAsync();
        await using var first = await StartAsync(database);
        await using var second = await StartAsync(database);
        var message = Activities.ChannelMessage(_channel.ServiceUrl, "help");

        var accepted = await first.PostActivityAsync(message);
        var repeated = await second.PostActivityAsync(message);
        await first.WhenIdleAsync();
        await second.WhenIdleAsync();

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, repeated.StatusCode);
        Assert.Single(_channel.Messages);
    }

    [PostgresFact]
    public async Task A_role_given_on_one_instance_is_seen_on_the_other()
    {
        var database = await NewDatabaseAsync();
        await using var first = await StartAsync(database);
        await using var second = await StartAsync(database);
        await SayAsync(first, Activities.ChannelMessage(_channel.ServiceUrl, "help")); // Anna: chair
        await SayAsync(second, Activities.ChannelMessage(_channel.ServiceUrl, "help", "29:phil", "Phil Reichel"));
        await SayAsync(second, Activities.ChannelMessage(_channel.ServiceUrl, "help", "29:phil", "Phil Reichel"));

        var give = Activities.ChannelMessage(_channel.ServiceUrl, "role <at>Phil Reichel</at> secretary") with
        {
            Entities =
            [
                new Entity { Type = "mention", Text = "<at>MeetingBot</at>", Mentioned = new ChannelAccount { Id = Activities.BotId, Name = "MeetingBot" } },
                new Entity { Type = "mention", Text = "<at>Phil Reichel</at>", Mentioned = new ChannelAccount { Id = "29:phil", Name = "Phil Reichel" } },
            ],
        };
        Assert.Contains("is now secretary", await SayAsync(first, give));

        Assert.Contains("you are secretary here", await SayAsync(second, Activities.ChannelMessage(_channel.ServiceUrl, "help", "29:phil", "Phil Reichel")));
    }

    [PostgresFact]
    public async Task A_dialog_started_on_one_instance_continues_on_the_other()
    {
        var database = await NewDatabaseAsync();
        await using var first = await StartAsync(database);
        await using var second = await StartAsync(database);
        // The second instance has already seen Anna with no dialog waiting.
        await SayAsync(second, Activities.PersonalMessage(_channel.ServiceUrl, "help"));

        Assert.Contains("Which organisation", await SayAsync(first, Activities.PersonalMessage(_channel.ServiceUrl, "profile edit")));

        Assert.Contains("Which time zone", await SayAsync(second, Activities.PersonalMessage(_channel.ServiceUrl, "UNODC-CST")));
    }

    /// <summary>A database for the two instances of one test, created on the test server.</summary>
    private static Task<string> NewDatabaseAsync() => TestStorage.EnsureDatabaseAsync("mb_shared_" + Guid.NewGuid().ToString("N")[..12]);

    private static Task<BotHost> StartAsync(string database) => BotHost.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Postgres",
        ["Storage:PostgresConnectionString"] = database,
    });

    private async Task<string> SayAsync(BotHost bot, Activity message)
    {
        var before = _channel.Messages.Count;
        await bot.PostActivityAsync(message);
        var replies = await _channel.WaitForMessagesAsync(before + 1);
        return replies[before].Activity.Text!;
    }
}
