using MeetingBot.IntegrationTests.Support;
using static MeetingBot.IntegrationTests.Support.SlackDriver;

namespace MeetingBot.IntegrationTests.Slack;

/// <summary>A meeting run in a Slack channel: links shared in Slack's markup are kept, the tour de table calls people with real mentions.</summary>
public sealed class SlackInMeetingTests : IAsyncLifetime
{
    private FakeSlackServer _slack = null!;
    private BotHost _bot = null!;
    private SlackDriver _chat = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        AddPeople(_slack);
        _bot = await BotHost.StartAsync(settings: Settings(_slack));
        _chat = new SlackDriver(_bot, _slack);
        await _chat.SayAsync(Anna, "meeting start");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task A_link_in_Slack_markup_is_captured_without_an_answer()
    {
        var answered = await _chat.ChatAsync(Phil, "the report is at <https://example.org/report?utm_source=slack&amp;id=7|the report>, see you");
        var links = await _chat.SayAsync(Maria, "links");

        Assert.Empty(answered);
        Assert.Contains("https://example.org/report?id=7", Assert.Single(links));
        Assert.Contains("shared by Phil Reichel", links[0]);
    }

    [Fact]
    public async Task The_tour_de_table_calls_each_speaker_with_a_real_mention()
    {
        await _chat.ChatAsync(Phil, "hello all");
        await _chat.ChatAsync(Maria, "hi");

        var first = await _chat.CollectAsync(() => _chat.PostEventAsync(_chat.MessageEvent(Anna, $"<@{FakeSlackServer.BotUserId}> tour start <@{Phil.Id}> <@{Maria.Id}>", General, "channel")));
        var update = await _chat.ChatAsync(Phil, "We relaunched the website.");
        var second = await _chat.CollectAsync(() => _chat.PostEventAsync(_chat.MessageEvent(Phil, "done", General, "channel")));
        await _chat.ChatAsync(Maria, "pass");
        var end = await _chat.ChatAsync(Anna, "pass");

        Assert.Contains($"<@{Phil.Id}>, your update? (1 of 3)", Assert.Single(first).Text);
        Assert.Contains("@Phil Reichel, your update?", _slack.Visible(first[0]));
        Assert.Empty(update);
        Assert.Contains($"<@{Maria.Id}>, your update? (2 of 3)", Assert.Single(second).Text);
        Assert.Contains(end, e => e.Contains("Spoke (1): Phil Reichel") && e.Contains("Maria Costa") && e.StartsWith("Tour de table: summary"));
    }
}
