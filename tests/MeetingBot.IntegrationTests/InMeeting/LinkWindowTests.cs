using System.Net;
using MeetingBot.Infrastructure.Links;
using MeetingBot.IntegrationTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using static MeetingBot.IntegrationTests.Support.ChatDriver;

namespace MeetingBot.IntegrationTests.InMeeting;

/// <summary>Links shared shortly before a scheduled meeting and shortly after it are kept with it; later ones are not.</summary>
public sealed class LinkWindowTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 8, 20, 9, 0, 0, TimeSpan.Zero));
    private FakeChannelServer _channel = null!;
    private BotHost _bot = null!;
    private ChatDriver _chat = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannelServer.StartAsync();
        _bot = await BotHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(_time));
        _chat = new ChatDriver(_bot, _channel);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task Links_within_the_window_before_and_after_belong_to_the_meeting()
    {
        await _chat.SayAsync(Anna, "schedule 31 Aug 2027 15:00-16:30 Europe/Vienna on Teams");
        await _chat.SayAsync(Anna, "Informal Meeting of the Alliance");
        await _chat.SayAsync(Anna, "9");

        At(12, 40);
        await Share(Phil, "Too early: https://example.org/too-early");
        At(12, 50);
        var before = await Share(Phil, "For later: https://example.org/before");
        At(13, 0);
        await _chat.SayAsync(Anna, "meeting start");
        await Share(Maria, "During: https://example.org/during");
        At(14, 0);
        await _chat.SayAsync(Anna, "meeting end");
        At(14, 10);
        var after = await Share(Maria, "Slides: https://example.org/after");
        At(14, 20);
        await Share(Maria, "Much later: https://example.org/too-late");
        var links = await _chat.SayAsync(Anna, "links");

        Assert.Empty(before);
        Assert.Empty(after);
        Assert.Equal(
            "**Links shared in the 9th Informal Meeting of the Alliance** (3)\n" +
            "1. https://example.org/before (shared by Phil Reichel 14:50)\n" +
            "2. https://example.org/during (shared by Maria Costa 15:00)\n" +
            "3. https://example.org/after (shared by Maria Costa 16:10)", Assert.Single(links));
    }

    private void At(int hour, int minute) => _time.SetUtcNow(new DateTimeOffset(2027, 8, 31, hour, minute, 0, TimeSpan.Zero));

    private async Task<IReadOnlyList<string>> Share(Member who, string text)
    {
        var before = _channel.Messages.Count;
        (await _bot.PostActivityAsync(MeetingActivities.Unaddressed(_channel.ServiceUrl, who, text, ChannelA, TeamA))).EnsureSuccessStatusCode();
        await _bot.WhenIdleAsync();
        return _channel.Messages.Skip(before).Select(ChatDriver.Text).ToList();
    }
}

/// <summary>With title fetching on, a shared page's title is fetched by a background job and shown with the link.</summary>
public sealed class LinkTitleJobTests : IAsyncLifetime
{
    private WebApplication _pages = null!;
    private FakeChannelServer _channel = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _pages = builder.Build();
        _pages.MapGet("/report", () => Results.Content("<title>HLPF 2021 briefing</title>", "text/html"));
        await _pages.StartAsync();
        var port = new Uri(_pages.Urls.First()).Port;

        _channel = await FakeChannelServer.StartAsync();
        _bot = await BotHost.StartAsync(
            settings: new Dictionary<string, string?> { ["InMeeting:FetchLinkTitles"] = "true" },
            services: s => s.AddSingleton<IAddressPolicy>(new OnlyThisPort(port)));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
        await _pages.DisposeAsync();
    }

    [Fact]
    public async Task The_title_of_a_shared_page_is_shown_with_its_link()
    {
        var chat = new ChatDriver(_bot, _channel);
        await chat.SayAsync(Anna, "meeting start");
        await chat.SayAsync(Phil, $"The briefing: {_pages.Urls.First()}/report");

        string? listed = null;
        for (var attempt = 0; attempt < 100 && listed?.Contains("HLPF 2021 briefing", StringComparison.Ordinal) != true; attempt++)
        {
            await Task.Delay(100);
            listed = (await chat.SayAsync(Anna, "links")).Single();
        }

        Assert.Contains($"1. {_pages.Urls.First()}/report — HLPF 2021 briefing (shared by Phil Reichel", listed);
    }

    private sealed class OnlyThisPort(int port) : IAddressPolicy
    {
        public bool Allows(IPAddress address, int p) => (IPAddress.IsLoopback(address) && p == port) || PublicAddressPolicy.IsPublic(address);
    }
}
