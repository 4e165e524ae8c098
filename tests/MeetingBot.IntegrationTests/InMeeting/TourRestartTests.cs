using MeetingBot.IntegrationTests.Support;
using static MeetingBot.IntegrationTests.Support.ChatDriver;

namespace MeetingBot.IntegrationTests.InMeeting;

/// <summary>The tour de table is stored after every step: a new bot on the same database goes on with the same speaker.</summary>
public sealed class TourRestartTests : IAsyncLifetime
{
    private FakeChannelServer _channel = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannelServer.StartAsync();
        _bot = await BotHost.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task After_a_restart_in_the_middle_of_the_tour_the_same_speaker_goes_on()
    {
        var chat = new ChatDriver(_bot, _channel);
        var started = await chat.SayAsync(Anna, "meeting start");
        await chat.SayAsync(Anna, "present @Phil Reichel @Maria Costa", mentions: [Phil, Maria]);
        var tour = await chat.SayAsync(Anna, "tour start @Phil Reichel @Maria Costa", mentions: [Phil, Maria]);
        var passed = await chat.SayAsync(Phil, "pass");
        await chat.SayAsync(Maria, "Before the restart: the SE4U workshop is in October.");

        var folder = _bot.DataFolder;
        await _bot.DisposeAsync();
        _bot = await BotHost.StartAsync(folder);
        chat = new ChatDriver(_bot, _channel);

        var status = await chat.SayAsync(Phil, "tour status");
        var update = await chat.SayAsync(Maria, "After the restart: the CND thematic session is in September.");
        var next = await chat.SayAsync(Maria, "done");

        Assert.StartsWith("There was no meeting scheduled here for now, so I started an ad-hoc one: **Ad-hoc meeting**.", Assert.Single(started));
        Assert.Equal("Tour de table: 3 participant(s), in the order given.\n<at>Phil Reichel</at>, your update? (1 of 3) — reply here, or say pass / later", Assert.Single(tour));
        Assert.Equal("Phil Reichel passes.\n<at>Maria Costa</at>, your update? (2 of 3) — reply here, or say pass / later", Assert.Single(passed));
        Assert.StartsWith("**Tour de table**\nNow: Maria Costa (2 of 3, since ", Assert.Single(status));
        Assert.Contains("Passed (1): Phil Reichel\nStill to come: Anna Alvarez", status[0]);
        Assert.Empty(update);
        Assert.Equal("Thank you, Maria Costa.\n<at>Anna Alvarez</at>, your update? (3 of 3) — reply here, or say pass / later", Assert.Single(next));
        var (_, record) = await RecordSnapshot.LoadAsync(_bot, "msteams|" + ChannelA);
        Assert.Equal("Before the restart: the SE4U workshop is in October.\nAfter the restart: the CND thematic session is in September.",
            record.Speakers.Single(s => s.UserId == Maria.Id).Update);
    }
}
