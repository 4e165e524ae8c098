using System.Net;
using MeetingBot.Infrastructure.Persistence;
using MeetingBot.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.IntegrationTests.BotFramework;

/// <summary>
/// With SQLite, deliveries are claimed in memory and their keys written behind; these check that what is written is
/// enough to recognise a channel's retry after a restart.
/// </summary>
public sealed class DuplicateDeliveryTests : IAsyncLifetime
{
    private FakeChannelServer _channel = null!;

    public async Task InitializeAsync() => _channel = await FakeChannelServer.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public async Task A_repeat_delivered_after_a_restart_within_the_hour_is_still_dropped()
    {
        var folder = TempFolder.Create();
        var message = Activities.ChannelMessage(_channel.ServiceUrl, "help");
        await using (var before = await BotHost.StartAsync(folder))
        {
            Assert.Equal(HttpStatusCode.Accepted, (await before.PostActivityAsync(message)).StatusCode);
            await _channel.WaitForMessagesAsync(1);
        }

        await using var after = await BotHost.StartAsync(folder);
        var repeat = await after.PostActivityAsync(message);
        await after.WhenIdleAsync();

        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.Single(_channel.Messages);
    }

    [Fact]
    public async Task A_new_activity_after_a_restart_is_answered()
    {
        var folder = TempFolder.Create();
        await using (var before = await BotHost.StartAsync(folder))
        {
            await before.PostActivityAsync(Activities.ChannelMessage(_channel.ServiceUrl, "help"));
            await _channel.WaitForMessagesAsync(1);
        }

        await using var after = await BotHost.StartAsync(folder);
        var response = await after.PostActivityAsync(Activities.ChannelMessage(_channel.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(2, (await _channel.WaitForMessagesAsync(2)).Count);
    }

    [Fact]
    public async Task Claimed_keys_reach_the_database_while_the_bot_runs()
    {
        await using var bot = await BotHost.StartAsync();
        var message = Activities.ChannelMessage(_channel.ServiceUrl, "help");
        await bot.PostActivityAsync(message);

        var stored = 0;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (stored == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            await using var scope = bot.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MeetingBotDbContext>();
            stored = await db.ProcessedDeliveries.CountAsync(p => p.ChannelId == "msteams" && p.DeliveryKey.EndsWith("|" + message.Id));
        }

        Assert.Equal(1, stored);
    }
}
