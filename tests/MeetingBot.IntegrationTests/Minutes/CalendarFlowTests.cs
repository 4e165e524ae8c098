using System.Net;
using Ical.Net;
using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Domain.Meetings;
using MeetingBot.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using static MeetingBot.IntegrationTests.Support.ChatDriver;

namespace MeetingBot.IntegrationTests.Minutes;

/// <summary>
/// Calendar files through the bot: the agenda's "Add to calendar" file, the same entry updated after a move and removed
/// after a cancellation, and the series feed refused with a wrong or revoked token.
/// </summary>
public sealed class CalendarFlowTests : IAsyncLifetime
{
    private FakeChannelServer _channel = null!;
    private BotHost _bot = null!;
    private ChatDriver _chat = null!;
    private readonly HttpClient _browser = new();

    public async Task InitializeAsync()
    {
        _channel = await FakeChannelServer.StartAsync();
        _bot = await BotHost.StartAsync();
        _chat = new ChatDriver(_bot, _channel);
    }

    public async Task DisposeAsync()
    {
        _browser.Dispose();
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task The_agenda_offers_an_invitation_that_a_move_updates_and_a_cancellation_removes()
    {
        await ScheduleAsync();
        await _chat.SayAsync(Anna, "agenda");
        var first = await LoadAsync(ReplyLinks.Last(_channel, "Add to calendar"));

        await _chat.SayAsync(Anna, "reschedule 1 Apr 2027 15:00-16:30");
        await _chat.SayAsync(Anna, "agenda");
        var moved = await LoadAsync(ReplyLinks.Last(_channel, "Add to calendar"));

        await _chat.SayAsync(Anna, "calendar");
        var viaCommand = ReplyLinks.Last(_channel, "Add to calendar");
        await _chat.SayAsync(Anna, "cancel meeting");
        await _chat.SayAsync(Anna, "yes");
        var cancelled = await LoadAsync(viaCommand);

        var a = Assert.Single(first.Events);
        var b = Assert.Single(moved.Events);
        var c = Assert.Single(cancelled.Events);
        Assert.Equal(a.Uid, b.Uid);
        Assert.Equal(a.Uid, c.Uid);
        Assert.Equal("REQUEST", first.Method);
        Assert.Equal(0, a.Sequence);
        Assert.Equal(new DateTime(2027, 3, 25, 14, 0, 0, DateTimeKind.Utc), a.Start!.AsUtc);
        Assert.Equal(1, b.Sequence);
        Assert.Equal(new DateTime(2027, 4, 1, 13, 0, 0, DateTimeKind.Utc), b.Start!.AsUtc); // summer time in Vienna from 28 March
        Assert.Equal("CANCEL", cancelled.Method);
        Assert.Equal(2, c.Sequence);
        Assert.Equal("CANCELLED", c.Status);
    }

    [Fact]
    public async Task The_series_feed_needs_its_token_and_the_chair_can_revoke_it()
    {
        await _chat.SayAsync(Anna, $"role @{Tobias.Name} secretary", mentions: Tobias);
        await ScheduleAsync();
        var answer = Assert.Single(await _chat.SayAsync(Phil, "calendar feed"));
        var url = answer.Split('\n').Single(l => l.StartsWith(_bot.BaseUrl + "/calendar/", StringComparison.Ordinal)).Trim();

        await AddPastMeetingsAsync(url);
        var feed = await LoadAsync(url);
        var wrong = await _browser.GetAsync(url[..^3] + (url[^3] == 'a' ? "b" : "a") + url[^2..]);
        var none = await _browser.GetAsync(url[..url.IndexOf('?')]);
        var memberRevokes = await _chat.SayAsync(Phil, "calendar feed revoke");
        var chairRevokes = await _chat.SayAsync(Anna, "calendar feed revoke");
        var revoked = await _browser.GetAsync(url);

        Assert.Equal("PUBLISH", feed.Method);
        // Upcoming meetings and those of the last six months; older ones are left out.
        Assert.Equal(["Held a month ago", "8th Informal Meeting of the Alliance"], feed.Events.OrderBy(e => e.Start!.AsUtc).Select(e => e.Summary));
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Contains("Only the chair can revoke", Assert.Single(memberRevokes));
        Assert.Contains("revoked", Assert.Single(chairRevokes));
        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
    }

    /// <summary>Two meetings of the feed's series held in the past: one a month ago, one seven months ago.</summary>
    private async Task AddPastMeetingsAsync(string feedUrl)
    {
        var seriesId = Guid.Parse(feedUrl[(feedUrl.LastIndexOf('/') + 1)..feedUrl.IndexOf(".ics", StringComparison.Ordinal)]);
        await using var scope = _bot.Services.CreateAsyncScope();
        var meetings = scope.ServiceProvider.GetRequiredService<IMeetingStore>();
        var scheduled = Assert.Single(await meetings.ListSeriesMeetingsAsync(seriesId, CancellationToken.None));
        foreach (var (title, monthsAgo) in new[] { ("Held a month ago", 1), ("Held seven months ago", 7) })
        {
            var start = DateTimeOffset.UtcNow.AddMonths(-monthsAgo);
            await meetings.AddAsync(new Meeting
            {
                SeriesId = seriesId, ScopeId = scheduled.ScopeId, ConversationKey = scheduled.ConversationKey, Title = title,
                StartUtc = start, EndUtc = start.AddHours(1), Status = MeetingStatus.Ended, CreatedAtUtc = start,
            }, CancellationToken.None);
        }
    }

    private async Task ScheduleAsync()
    {
        await _chat.SayAsync(Anna, "schedule 25 Mar 2027 15:00-16:30 Europe/Vienna");
        await _chat.SayAsync(Anna, "Informal Meeting of the Alliance");
        Assert.StartsWith("Scheduled the **8th Informal Meeting of the Alliance**", Assert.Single(await _chat.SayAsync(Anna, "8")));
    }

    private async Task<Calendar> LoadAsync(string url)
    {
        var response = await _browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        return Calendar.Load(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("Not a calendar.");
    }
}
