using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Conversations.Turns;
using MeetingBot.IntegrationTests.InMeeting;
using MeetingBot.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using static MeetingBot.IntegrationTests.Support.ChatDriver;

namespace MeetingBot.IntegrationTests.Postgres;

/// <summary>
/// Production mode as behind a load balancer: two bot instances on different loopback ports sharing one PostgreSQL
/// database and Hangfire storage.
/// </summary>
public sealed class TwoInstanceTests : IAsyncLifetime
{
    private FakeChannelServer _channel = null!;

    public async Task InitializeAsync() => _channel = await FakeChannelServer.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    private static Task<string> NewDatabaseAsync() => TestStorage.EnsureDatabaseAsync("mb_two_" + Guid.NewGuid().ToString("N")[..12]);

    private static Task<BotHost> StartAsync(string database) => BotHost.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Postgres",
        ["Storage:PostgresConnectionString"] = database,
    });

    [PostgresFact]
    public async Task Agenda_items_added_through_both_instances_at_once_are_numbered_without_gap_or_repeat()
    {
        var database = await NewDatabaseAsync();
        await using var first = await StartAsync(database);
        await using var second = await StartAsync(database);
        var chat = new ChatDriver(first, _channel);
        await chat.ScheduleWithEmptyAgendaAsync();
        var members = await chat.AddTeamMembersAsync(40);

        // Each member writes from their own 1:1 chat; the load balancer sends half to each instance.
        var titles = members.ToDictionary(m => m.Id, m => $"Proposal {Guid.NewGuid():N}");
        var posts = members.Select((m, i) => (i % 2 == 0 ? first : second).PostActivityAsync(
            Activities.PersonalMessage(_channel.ServiceUrl, "agenda add " + titles[m.Id], m.Id, m.Name)));
        foreach (var response in await Task.WhenAll(posts)) response.EnsureSuccessStatusCode();
        await first.WhenIdleAsync();
        await second.WhenIdleAsync();

        await using var check = second.Services.CreateAsyncScope();
        var meetings = await check.ServiceProvider.GetRequiredService<IMeetingStore>()
            .ListComingAsync("msteams|team|" + TeamA, DateTimeOffset.UtcNow, CancellationToken.None);
        var items = Assert.Single(meetings).ActiveItems;
        Assert.Equal(Enumerable.Range(1, 40), items.Select(i => i.Position).Order());
        Assert.Equal(titles.Values.Order(), items.Select(i => i.Title).Order());
    }

    [PostgresFact]
    public async Task When_one_instance_restarts_mid_tour_the_other_continues_with_the_same_speaker()
    {
        var database = await NewDatabaseAsync();
        var first = await StartAsync(database);
        await using var second = await StartAsync(database);
        var onFirst = new ChatDriver(first, _channel);
        await onFirst.SayAsync(Anna, "meeting start");
        await onFirst.SayAsync(Anna, "present @Phil Reichel @Maria Costa", mentions: [Phil, Maria]);
        await onFirst.SayAsync(Anna, "tour start @Phil Reichel @Maria Costa", mentions: [Phil, Maria]);
        await onFirst.SayAsync(Phil, "pass");

        await first.DisposeAsync(); // the first instance goes down for a restart
        var onSecond = new ChatDriver(second, _channel);
        var update = await onSecond.SayAsync(Maria, "The SE4U workshop is in October.");
        var next = await onSecond.SayAsync(Maria, "done");

        Assert.Empty(update);
        Assert.Equal("Thank you, Maria Costa.\n<at>Anna Alvarez</at>, your update? (3 of 3) — reply here, or say pass / later", Assert.Single(next));
        var (_, record) = await RecordSnapshot.LoadAsync(second, "msteams|" + ChannelA);
        Assert.Equal("The SE4U workshop is in October.", record.Speakers.Single(s => s.UserId == Maria.Id).Update);
    }
}
