using System.Text.Json;
using MeetingBot.IntegrationTests.Support;
using MeetingBot.Protocol.Activities;
using static MeetingBot.IntegrationTests.Support.ChatDriver;

namespace MeetingBot.IntegrationTests.InMeeting;

/// <summary>
/// How the bot listens in a meeting conversation: chat is kept silently instead of answered, messages without a mention
/// (RSC) are never answered, links come from Teams HTML and card submissions, and the chair starts and ends by hand.
/// </summary>
public sealed class InMeetingChatTests : IAsyncLifetime
{
    private FakeChannelServer _channel = null!;
    private BotHost _bot = null!;
    private ChatDriver _chat = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannelServer.StartAsync();
        _bot = await BotHost.StartAsync();
        _chat = new ChatDriver(_bot, _channel);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task Outside_a_meeting_unknown_text_is_answered_only_when_it_mentions_the_bot()
    {
        var addressed = await _chat.SayAsync(Anna, "hello there");
        var before = _channel.Messages.Count;
        await SendAsync(MeetingActivities.Unaddressed(_channel.ServiceUrl, Phil, "<p>hello there, see https://example.org/x</p>", ChannelA, TeamA));
        await SendAsync(MeetingActivities.Unaddressed(_channel.ServiceUrl, Phil, "help", ChannelA, TeamA));

        Assert.StartsWith("I don't know the command \"hello\"", Assert.Single(addressed));
        Assert.Equal(before, _channel.Messages.Count);
        Assert.Equal("I have not kept any links here yet: I keep those shared while a meeting runs.", Assert.Single(await _chat.SayAsync(Phil, "links")));
    }

    [Fact]
    public async Task During_a_meeting_chat_is_kept_silently_and_commands_still_answer()
    {
        await _chat.SayAsync(Anna, "meeting start");

        var chat = await _chat.SayAsync(Phil, "hello there, can you hear me?");
        var help = await _chat.SayAsync(Phil, "attendance");

        Assert.Empty(chat);
        Assert.Equal("**Attendance: Ad-hoc meeting**\nPresent (2): Anna Alvarez (Chair), Phil Reichel", Assert.Single(help));
    }

    [Fact]
    public async Task Links_come_from_Teams_anchors_and_card_submissions_and_each_link_is_kept_once_with_every_sharer()
    {
        await _chat.SayAsync(Anna, "meeting start");
        await SendAsync(MeetingActivities.Unaddressed(_channel.ServiceUrl, Phil,
            "<p>Our blog: <a href=\"https://globalinitiative.net/analysis/un-cybercrime-resolution/?utm_source=teams&amp;utm_medium=chat\">on the cybercrime process</a></p>", ChannelA, TeamA));
        await SendAsync(MeetingActivities.Unaddressed(_channel.ServiceUrl, Maria, "Same here: https://GLOBALINITIATIVE.net/analysis/un-cybercrime-resolution/", ChannelA, TeamA));
        await SendAsync(MeetingActivities.Unaddressed(_channel.ServiceUrl, Maria, "<a href=\"javascript:alert(1)\">click</a>", ChannelA, TeamA));
        var card = _chat.ChannelActivity(Tobias, "") with
        {
            Text = null,
            Entities = null,
            Value = JsonSerializer.SerializeToElement(new { command = "note", text = "The review mechanism guide: https://globalinitiative.net/analysis/untoc-review-civil-society/" }),
        };
        var noted = await _chat.SendAsync(card);

        var links = await _chat.SayAsync(Anna, "links");

        Assert.Equal("Note 1 noted.", Assert.Single(noted));
        var lines = Assert.Single(links).Split('\n');
        Assert.Equal("**Links shared in the Ad-hoc meeting** (2)", lines[0]);
        Assert.Matches(@"^1\. https://globalinitiative\.net/analysis/un-cybercrime-resolution/ \(shared by Phil Reichel \d\d:\d\d, Maria Costa \d\d:\d\d\)$", lines[1]);
        Assert.Matches(@"^2\. https://globalinitiative\.net/analysis/untoc-review-civil-society/ \(shared by Tobias Keller \d\d:\d\d\)$", lines[2]);
    }

    [Fact]
    public async Task The_chair_starts_and_ends_by_hand_and_a_second_start_says_it_is_under_way()
    {
        var started = await _chat.SayAsync(Anna, "meeting start");
        var again = await _chat.SayAsync(Anna, "meeting start");
        var refused = await _chat.SayAsync(Phil, "meeting end");
        var ended = await _chat.SayAsync(Anna, "meeting end");
        var notRunning = await _chat.SayAsync(Anna, "tour start");

        Assert.Contains("ad-hoc", Assert.Single(started));
        Assert.StartsWith("The Ad-hoc meeting is already under way (since ", Assert.Single(again));
        Assert.StartsWith("Only the chair, vice-chair or secretary can use \"meeting start\"", Assert.Single(refused));
        Assert.StartsWith("**The Ad-hoc meeting has ended**", Assert.Single(ended));
        Assert.StartsWith("No meeting is running here.", Assert.Single(notRunning));
    }

    [Fact]
    public async Task Apologies_for_someone_else_are_for_the_chair_and_land_in_the_attendance()
    {
        await _chat.SayAsync(Anna, "meeting start");

        var refused = await _chat.SayAsync(Phil, "apologies @Maria Costa ill", mentions: Maria);
        var noted = await _chat.SayAsync(Anna, "apologies @Maria Costa ill", mentions: Maria);
        var attendance = await _chat.SayAsync(Tobias, "attendance");

        Assert.StartsWith("Only the chair, vice-chair or secretary can send apologies for someone else.", Assert.Single(refused));
        Assert.Equal("Apologies from Maria Costa are noted for the Ad-hoc meeting.", Assert.Single(noted));
        Assert.Contains("Apologies (1): Maria Costa", Assert.Single(attendance));
    }

    [Fact]
    public async Task The_speaker_is_nudged_gently_when_their_time_is_up()
    {
        await _bot.DisposeAsync();
        _bot = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["InMeeting:TourSpeakerTimeLimit"] = "00:00:01" });
        _chat = new ChatDriver(_bot, _channel);
        await _chat.SayAsync(Anna, "meeting start");
        await _chat.SayAsync(Anna, "tour start");

        // Generous: on PostgreSQL storage under a full parallel suite the scheduler polls among many busy hosts.
        var nudge = await WaitForAsync(m => m.Contains("a gentle nudge", StringComparison.Ordinal), TimeSpan.FromSeconds(45));

        Assert.Equal("<at>Anna Alvarez</at>, a gentle nudge: you have had your 1 second. Please wrap up, and say done when you have finished.", nudge);
    }

    private async Task SendAsync(Activity activity)
    {
        (await _bot.PostActivityAsync(activity)).EnsureSuccessStatusCode();
        await _bot.WhenIdleAsync();
    }

    private async Task<string> WaitForAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_channel.Messages.Select(ChatDriver.Text).FirstOrDefault(match) is { } found) return found;
            await Task.Delay(100);
        }

        throw new TimeoutException("No such message: " + string.Join(" | ", _channel.Messages.Select(ChatDriver.Text)));
    }
}
