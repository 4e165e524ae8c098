using System.Diagnostics;
using MeetingBot.Conversations.Features.Minutes;
using MeetingBot.Infrastructure.Graph;

namespace MeetingBot.IntegrationTests.Graph;

/// <summary>
/// The Graph SDK's retry handler as configured by Graph:MaxRetries and Graph:RetryDelaySeconds: 429 and 503 are
/// retried (Retry-After honoured), a POST answered 504 is not, and what still fails is thrown as a sentence.
/// </summary>
public sealed class GraphRetryTests : IAsyncLifetime
{
    private static readonly InvitationQuery Meeting = new("Monthly members' meeting",
        new DateTimeOffset(2026, 3, 5, 13, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 5, 14, 30, 0, TimeSpan.Zero), null);
    private static readonly MinutesMail Mail = new("Minutes", "<p>Minutes</p>", "m.docx", [1, 2, 3]);
    private FakeGraphServer _graph = null!;

    public async Task InitializeAsync() => _graph = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    [Fact]
    public async Task A_503_is_retried_once_and_the_call_succeeds()
    {
        await using var services = GraphTestServices.Build(GraphTestServices.AllParts(_graph));
        _graph.AnswerNextWith(503);

        var invitees = await services.Graph().GetInviteesAsync(Meeting, CancellationToken.None);

        Assert.Empty(invitees);
        Assert.Equal(2, _graph.RequestsTo("GET", "/v1.0/users/meetings@alliance.org/calendarView").Count);
        Assert.Equal("1", _graph.Requests[1].Headers["Retry-Attempt"]);
    }

    [Fact]
    public async Task An_upload_answered_503_is_sent_again_with_the_same_bytes()
    {
        var settings = GraphTestServices.AllParts(_graph);
        settings.Remove("Graph:Archive:GroupId");
        settings["Graph:Archive:DriveId"] = "b!drive";
        await using var services = GraphTestServices.Build(settings);
        var bytes = GraphArchiveTests.Document(50_000);
        _graph.AnswerNextWith(503);

        await services.Graph().ArchiveAsync("m.docx", bytes, CancellationToken.None);

        var attempts = _graph.RequestsTo("PUT", "/v1.0/drives/b!drive/root:/Minutes/m.docx:/content");
        Assert.Equal(2, attempts.Count);
        Assert.All(attempts, a => Assert.Equal(bytes, a.Body));
        Assert.Equal(bytes, _graph.Files["b!drive/Minutes/m.docx"]);
    }

    [Fact]
    public async Task A_503_every_time_fails_after_the_retries_with_a_sentence_for_the_secretary()
    {
        var settings = GraphTestServices.AllParts(_graph);
        settings["Graph:MaxRetries"] = "2";
        var logs = new LogSink();
        await using var services = GraphTestServices.Build(settings, logs: logs);
        _graph.AlwaysAnswerWith(503);

        var failure = await Assert.ThrowsAsync<MinutesGraphException>(() => services.Graph().SendMailAsync(Mail, CancellationToken.None));

        Assert.Equal(3, _graph.RequestsTo("POST", "/v1.0/users/secretariat@alliance.org/sendMail").Count);
        Assert.Equal(MinutesGraphPart.Mail, failure.Part);
        Assert.Equal(503, failure.StatusCode);
        Assert.True(failure.IsTransient);
        Assert.Equal("Microsoft Graph could not send the minutes from secretariat@alliance.org: it answered 503 after 2 retries. The bot tries again later.",
            failure.Message);
        Assert.Equal(3, logs.Lines.Count(l => l.Contains("answered POST /v1.0/users/secretariat@alliance.org/sendMail with 503", StringComparison.Ordinal)));
        Assert.DoesNotContain(logs.Lines, l => l.Contains(FakeTokenCredential.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_429_waits_as_long_as_Retry_After_asks()
    {
        await using var services = GraphTestServices.Build(GraphTestServices.AllParts(_graph));
        _graph.AnswerNextWith(429, retryAfterSeconds: 1);

        await services.Graph().SendMailAsync(Mail, CancellationToken.None);

        var attempts = _graph.RequestsTo("POST", "/v1.0/users/");
        Assert.Equal(2, attempts.Count);
        Assert.InRange(attempts[1].ArrivedAt - attempts[0].ArrivedAt, TimeSpan.FromMilliseconds(950), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Without_Retry_After_the_waits_start_at_RetryDelaySeconds_and_double()
    {
        var settings = GraphTestServices.AllParts(_graph);
        settings["Graph:RetryDelaySeconds"] = "1";
        await using var services = GraphTestServices.Build(settings);
        _graph.AnswerNextWith(503);
        _graph.AnswerNextWith(503);
        var clock = Stopwatch.StartNew();

        await services.Graph().GetInviteesAsync(Meeting, CancellationToken.None);

        var attempts = _graph.Requests;
        Assert.Equal(3, attempts.Count);
        Assert.InRange(attempts[1].ArrivedAt - attempts[0].ArrivedAt, TimeSpan.FromMilliseconds(950), TimeSpan.FromMilliseconds(1900));
        Assert.InRange(attempts[2].ArrivedAt - attempts[1].ArrivedAt, TimeSpan.FromMilliseconds(1950), TimeSpan.FromSeconds(3.5));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_mail_answered_504_is_not_sent_again()
    {
        await using var services = GraphTestServices.Build(GraphTestServices.AllParts(_graph));
        _graph.AnswerNextWith(504);

        var failure = await Assert.ThrowsAsync<MinutesGraphException>(() => services.Graph().SendMailAsync(Mail, CancellationToken.None));

        Assert.Single(_graph.Requests);
        Assert.Equal(504, failure.StatusCode);
        Assert.True(failure.IsTransient);
    }

    [Fact]
    public async Task A_403_is_not_retried_and_says_which_permission_to_grant()
    {
        await using var services = GraphTestServices.Build(GraphTestServices.AllParts(_graph));
        _graph.AnswerNextWith(403);

        var failure = await Assert.ThrowsAsync<MinutesGraphException>(() => services.Graph().GetInviteesAsync(Meeting, CancellationToken.None));

        Assert.Single(_graph.Requests);
        Assert.False(failure.IsTransient);
        Assert.StartsWith("Microsoft Graph could not read the calendar of meetings@alliance.org: it answered 403 scripted (Scripted answer 403).", failure.Message);
        Assert.Contains("Calendars.Read", failure.Message);
    }

    [Fact]
    public async Task Cancelling_the_call_is_not_turned_into_a_Graph_failure()
    {
        await using var services = GraphTestServices.Build(GraphTestServices.AllParts(_graph));
        _graph.AnswerNextWith(429, retryAfterSeconds: 30);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => services.Graph().GetInviteesAsync(Meeting, cancel.Token));

        Assert.Single(_graph.Requests);
    }
}
