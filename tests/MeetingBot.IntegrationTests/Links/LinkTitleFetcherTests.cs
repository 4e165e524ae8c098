using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MeetingBot.Conversations.Features.InMeeting;
using MeetingBot.Infrastructure.Links;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MeetingBot.IntegrationTests.Links;

/// <summary>
/// The title fetcher against a page server on 127.0.0.1 (the only address the test lets it reach) that also redirects,
/// and "victim" listeners on loopback ports that must never see a connection: every refusal happens before connecting.
/// </summary>
public sealed class LinkTitleFetcherTests : IAsyncLifetime
{
    private WebApplication _pages = null!;
    private int _pagePort;
    private TcpListener _victimV4 = null!;
    private TcpListener _victimV6 = null!;
    private int _victimConnections;
    private readonly RecordingPolicy _policy = new();

    public async Task InitializeAsync()
    {
        _victimV4 = Listen(IPAddress.Loopback);
        _victimV6 = Listen(IPAddress.IPv6Loopback);

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _pages = builder.Build();
        _pages.MapGet("/page", () => Results.Content("<html><head><title> Crime Day &amp; calendar </title></head><body>…</body></html>", "text/html; charset=utf-8"));
        _pages.MapGet("/redirect", (HttpContext http) => Results.Redirect(http.Request.Query["to"].ToString()));
        _pages.MapGet("/json", () => Results.Json(new { title = "not html" }));
        _pages.MapGet("/huge", () => Results.Content(new string(' ', 300 * 1024) + "<title>Too far</title>", "text/html"));
        await _pages.StartAsync();
        _pagePort = new Uri(_pages.Urls.First()).Port;
        _policy.AllowedPort = _pagePort;
    }

    public async Task DisposeAsync()
    {
        _victimV4.Stop();
        _victimV6.Stop();
        await _pages.StopAsync();
        await _pages.DisposeAsync();
    }

    private int VictimPort => ((IPEndPoint)_victimV4.LocalEndpoint).Port;
    private int VictimV6Port => ((IPEndPoint)_victimV6.LocalEndpoint).Port;

    public static TheoryData<string> Refused => new()
    {
        "http://127.0.0.1:{victim}/",
        "http://localhost:{victim}/",
        "http://[::1]:{victim6}/",
        "http://10.0.0.1/",
        "http://10.255.1.2:8080/admin",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:169.254.169.254]/",
        "http://192.168.1.1/",
        "http://100.100.100.200/",
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task An_address_that_is_not_public_is_refused_before_connecting(string template)
    {
        var result = await Fetcher().FetchAsync(Url(template), CancellationToken.None);

        AssertRefusedWithoutContact(result);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_redirect_to_an_address_that_is_not_public_is_refused_before_connecting(string template)
    {
        var target = Uri.EscapeDataString(Url(template));

        var result = await Fetcher().FetchAsync($"http://127.0.0.1:{_pagePort}/redirect?to={target}", CancellationToken.None);

        AssertRefusedWithoutContact(result);
        Assert.Contains(_policy.Decisions, d => d is { Allowed: true, Port: var p } && p == _pagePort);
    }

    [Fact]
    public async Task A_public_page_gives_its_title_and_redirects_are_followed()
    {
        var direct = await Fetcher().FetchAsync($"http://127.0.0.1:{_pagePort}/page", CancellationToken.None);
        var redirected = await Fetcher().FetchAsync($"http://127.0.0.1:{_pagePort}/redirect?to=%2Fpage", CancellationToken.None);

        Assert.Equal(new TitleFetchResult("Crime Day & calendar", null), direct);
        Assert.Equal("Crime Day & calendar", redirected.Title);
    }

    [Fact]
    public async Task Only_HTML_is_read_and_only_up_to_the_size_cap()
    {
        var json = await Fetcher().FetchAsync($"http://127.0.0.1:{_pagePort}/json", CancellationToken.None);
        var huge = await Fetcher().FetchAsync($"http://127.0.0.1:{_pagePort}/huge", CancellationToken.None);

        Assert.Equal("not an HTML page", json.Problem);
        Assert.Equal("the page has no title", huge.Problem);
    }

    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("2001:4860:4860::8888", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("192.168.0.10", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("::", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00:ec2::254", false)]
    [InlineData("2001:db8::1", false)]
    [InlineData("2002:7f00:1::1", false)]
    [InlineData("64:ff9b::a9fe:a9fe", false)]
    public void Only_public_unicast_addresses_are_public(string address, bool isPublic) =>
        Assert.Equal(isPublic, PublicAddressPolicy.IsPublic(IPAddress.Parse(address)));

    private LinkTitleFetcher Fetcher() => new(
        new HttpClient(LinkTitleFetcher.CreateHandler(_policy, TimeSpan.FromSeconds(3))),
        Options.Create(new InMeetingOptions { LinkTitleTimeout = TimeSpan.FromSeconds(3), LinkTitleMaxBytes = 256 * 1024 }),
        NullLogger<LinkTitleFetcher>.Instance);

    private string Url(string template) =>
        template.Replace("{victim6}", VictimV6Port.ToString()).Replace("{victim}", VictimPort.ToString());

    private void AssertRefusedWithoutContact(TitleFetchResult result)
    {
        Assert.Null(result.Title);
        Assert.StartsWith("not a public address", result.Problem);
        Assert.Equal(0, Volatile.Read(ref _victimConnections));
        // The only address any connection went to is the page server's.
        Assert.All(_policy.Decisions.Where(d => d.Allowed), d => Assert.Equal((IPAddress.Loopback, _pagePort), (d.Address, d.Port)));
    }

    private TcpListener Listen(IPAddress address)
    {
        var listener = new TcpListener(address, 0);
        listener.Start();
        _ = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    using var client = await listener.AcceptTcpClientAsync();
                    Interlocked.Increment(ref _victimConnections);
                }
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or InvalidOperationException)
            {
            }
        });
        return listener;
    }

    /// <summary>The production policy, except that the page server's own port on 127.0.0.1 is reachable; records every decision.</summary>
    private sealed class RecordingPolicy : IAddressPolicy
    {
        public int AllowedPort { get; set; }
        public ConcurrentBag<(IPAddress Address, int Port, bool Allowed)> Decisions { get; } = [];

        public bool Allows(IPAddress address, int port)
        {
            var allowed = (address.Equals(IPAddress.Loopback) && port == AllowedPort) || PublicAddressPolicy.IsPublic(address);
            Decisions.Add((address, port, allowed));
            return allowed;
        }
    }
}
