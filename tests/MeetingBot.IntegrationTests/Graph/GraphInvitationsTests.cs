using System.Globalization;
using Azure.Core;
using MeetingBot.Conversations.Features.Minutes;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.IntegrationTests.Graph;

/// <summary>(a) Who was invited: the meeting's event read from the alliance's calendar through the Graph SDK.</summary>
public sealed class GraphInvitationsTests : IAsyncLifetime
{
    private const string JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ABC%40thread.v2/0?context=%7b%22Tid%22%3a%22t1%22%7d";
    private static readonly DateTimeOffset Start = new(2026, 3, 5, 13, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = Start.AddMinutes(90);
    private FakeGraphServer _graph = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync();
        // Three live events and a cancelled one around the meeting, as the calendar of the alliance has them.
        _graph.Events.Add(Event("Monthly Members’ Meeting (March)", "2026-03-05T13:15:00.0000000",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTHER%40thread.v2/0",
            Attendee("Ana Lima", "ana@members.org"), Attendee("Ben Weiss", "ben@members.org")));
        _graph.Events.Add(Event("Alliance call", "2026-03-05T13:30:00.0000000",
            JoinUrl.Replace("%3a", "%3A"),
            Attendee("Chloé Martin", "chloe@members.org"),
            Attendee("Dan Okafor", "dan@members.org", type: "optional", response: "declined"),
            Attendee("Room 1 (Brussels)", "room1@alliance.org", type: "resource"),
            Attendee("Alliance meetings", GraphTestServices.CalendarMailbox),
            Attendee("Chloé M.", "CHLOE@members.org"),
            Attendee(null, "eve@members.org")));
        _graph.Events.Add(Event("Finance committee", "2026-03-05T13:00:00.0000000", null, Attendee("Fay Ng", "fay@members.org")));
        _graph.Events.Add(Event("Monthly members' meeting", "2026-03-05T13:00:00.0000000", null, cancelled: true, attendees: [Attendee("Gus Cancelled", "gus@members.org")]));
    }

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    [Fact]
    public async Task Invitees_come_from_the_event_with_the_meetings_join_link()
    {
        await using var services = GraphTestServices.Build(GraphTestServices.AllParts(_graph));

        var invitees = await services.Graph().GetInviteesAsync(new InvitationQuery("Monthly members' meeting", Start, End, JoinUrl), CancellationToken.None);

        // Resources, the calendar's own mailbox and a repeated address are left out; declined and optional stay.
        Assert.Equal(
            [new InvitedPerson("Chloé Martin", "chloe@members.org"), new InvitedPerson("Dan Okafor", "dan@members.org") { Declined = true }, new InvitedPerson("eve@members.org", "eve@members.org")],
            invitees);
        var request = Assert.Single(_graph.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v1.0/users/meetings@alliance.org/calendarView", request.Path);
        Assert.Equal("2026-03-05T12:00:00Z", request.Query["startDateTime"]);
        Assert.Equal("2026-03-05T15:30:00Z", request.Query["endDateTime"]);
        Assert.Equal(["subject", "start", "end", "attendees", "onlineMeeting", "isCancelled"], request.Query["$select"].Split(','));
        Assert.Equal("Bearer " + FakeTokenCredential.Token, request.Authorization);
        Assert.Contains("outlook.timezone=\"UTC\"", request.Headers["Prefer"]);
        // App-only: the ".default" scope of the configured Graph host (graph.microsoft.com in production).
        var credential = Assert.IsType<FakeTokenCredential>(services.GetRequiredService<TokenCredential>());
        Assert.NotEmpty(credential.RequestedScopes);
        Assert.All(credential.RequestedScopes, scopes => Assert.Equal(["https://127.0.0.1/.default"], scopes));
    }

    [Fact]
    public async Task Without_a_join_link_the_event_whose_subject_matches_the_title_is_chosen_over_one_starting_on_time()
    {
        await using var services = GraphTestServices.Build(GraphTestServices.AllParts(_graph));

        var invitees = await services.Graph().GetInviteesAsync(new InvitationQuery("Monthly members' meeting", Start, End, null), CancellationToken.None);

        Assert.Equal([new InvitedPerson("Ana Lima", "ana@members.org"), new InvitedPerson("Ben Weiss", "ben@members.org")], invitees);
    }

    [Fact]
    public async Task A_join_link_no_event_has_falls_back_to_the_subject()
    {
        await using var services = GraphTestServices.Build(GraphTestServices.AllParts(_graph));

        var invitees = await services.Graph().GetInviteesAsync(
            new InvitationQuery("Monthly members' meeting", Start, End, "https://teams.microsoft.com/l/meetup-join/unknown"), CancellationToken.None);

        Assert.Equal(["ana@members.org", "ben@members.org"], invitees.Select(i => i.Email));
    }

    [Fact]
    public async Task Without_a_matching_subject_the_event_starting_with_the_meeting_is_chosen()
    {
        await using var services = GraphTestServices.Build(GraphTestServices.AllParts(_graph));

        var invitees = await services.Graph().GetInviteesAsync(new InvitationQuery("Strategy retreat", Start, End, null), CancellationToken.None);

        Assert.Equal([new InvitedPerson("Fay Ng", "fay@members.org")], invitees);
    }

    [Fact]
    public async Task No_matching_event_means_nobody_is_listed_as_invited()
    {
        await using var services = GraphTestServices.Build(GraphTestServices.AllParts(_graph));

        var invitees = await services.Graph().GetInviteesAsync(new InvitationQuery("Strategy retreat", Start.AddHours(-4), End.AddHours(-4), null), CancellationToken.None);

        Assert.Empty(invitees);
        Assert.Single(_graph.Requests);
    }

    private static Dictionary<string, object?> Event(string subject, string startUtc, string? joinUrl, params object[] attendees) =>
        Event(subject, startUtc, joinUrl, cancelled: false, attendees);

    private static Dictionary<string, object?> Event(string subject, string startUtc, string? joinUrl, bool cancelled, params object[] attendees) => new()
    {
        ["id"] = "event-" + Guid.NewGuid().ToString("N"),
        ["subject"] = subject,
        ["isCancelled"] = cancelled,
        ["start"] = new { dateTime = startUtc, timeZone = "UTC" },
        ["end"] = new { dateTime = DateTime.Parse(startUtc, CultureInfo.InvariantCulture).AddHours(1).ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture), timeZone = "UTC" },
        ["onlineMeeting"] = joinUrl is null ? null : new { joinUrl },
        ["attendees"] = attendees,
    };

    private static object Attendee(string? name, string address, string type = "required", string response = "accepted") => new
    {
        type,
        status = new { response, time = "2026-02-20T10:00:00Z" },
        emailAddress = new { name, address },
    };
}
