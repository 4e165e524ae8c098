using System.Net;
using System.Text.Json;
using Azure.Core;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using MeetingBot.IntegrationTests.Graph;
using MeetingBot.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using static MeetingBot.IntegrationTests.Support.ChatDriver;

namespace MeetingBot.IntegrationTests.Minutes;

/// <summary>
/// "minutes approve" through the real bot to Microsoft Graph (the loopback stub): the Word file into the team's Minutes
/// folder and the e-mail to the distribution list by Hangfire jobs, their success or failure said in the channel, a
/// 503 retried by a later job and a 403 reported once and left alone, the minutes downloadable throughout.
/// </summary>
public sealed class MinutesDeliveryTests : IAsyncLifetime
{
    private const string DistributionList = "members@alliance.org; board@alliance.org";
    private const string DriveId = "b!minutes-drive";
    private const string FileName = "minutes-ad-hoc-meeting-v1.docx";
    private static readonly TimeSpan JobTimeout = TimeSpan.FromSeconds(30);

    private FakeChannelServer _channel = null!;
    private FakeGraphServer _graph = null!;
    private BotHost? _bot;
    private ChatDriver _chat = null!;
    private readonly HttpClient _browser = new();

    public async Task InitializeAsync()
    {
        _channel = await FakeChannelServer.StartAsync();
        _graph = await FakeGraphServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        _browser.Dispose();
        if (_bot is not null) await _bot.DisposeAsync();
        await _graph.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task Approved_minutes_are_put_in_the_Minutes_folder_and_mailed_to_the_list_once()
    {
        await StartBotAsync(new()
        {
            ["Graph:Archive:GroupId"] = GraphTestServices.GroupId,
            ["Graph:Mail:Sender"] = GraphTestServices.Sender,
            ["Graph:Mail:To"] = DistributionList,
        });
        await HoldMeetingAndDraftAsync();

        var before = _channel.Messages.Count;
        var approved = await _chat.SayAsync(Anna, "minutes approve");
        var archived = await WaitForChannelMessageAsync("The approved minutes (version 1) are in the team's Minutes folder: ", before);
        var mailed = await WaitForChannelMessageAsync("The approved minutes (version 1) were e-mailed to the distribution list.", before);

        Assert.Contains("put the Word file in the team's Minutes folder and e-mail the minutes to the distribution list", approved[0]);
        var upload = Assert.Single(_graph.RequestsTo("PUT", "/v1.0/drives/"));
        Assert.Equal($"/v1.0/drives/{FakeGraphServer.GroupDriveId}/root:/Minutes/{FileName}:/content", upload.Path);
        Assert.Equal("Bearer " + FakeTokenCredential.Token, upload.Authorization);
        AssertValidWord(upload.Body);
        Assert.Equal(
            $"The approved minutes (version 1) are in the team's Minutes folder: {_graph.WebUrlFor(FakeGraphServer.GroupDriveId, "Minutes/" + FileName)}",
            archived);

        var send = Assert.Single(_graph.RequestsTo("POST", $"/v1.0/users/{GraphTestServices.Sender}/sendMail"));
        var message = Parameter(send.Json(), "message");
        Assert.Equal(["members@alliance.org", "board@alliance.org"],
            message.GetProperty("toRecipients").EnumerateArray().Select(r => r.GetProperty("emailAddress").GetProperty("address").GetString()));
        Assert.Equal("Minutes: Ad-hoc meeting", message.GetProperty("subject").GetString());
        var attachment = Assert.Single(message.GetProperty("attachments").EnumerateArray());
        Assert.Equal(FileName, attachment.GetProperty("name").GetString());
        AssertValidWord(Convert.FromBase64String(attachment.GetProperty("contentBytes").GetString() ?? ""));
        Assert.Equal("The approved minutes (version 1) were e-mailed to the distribution list.", mailed);

        var again = await _chat.SayAsync(Anna, "minutes approve");
        // Hangfire picks an enqueued job up within a second: give a wrongly enqueued second delivery time to show.
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.StartsWith("Version 1 of the minutes of the Ad-hoc meeting is already approved", Assert.Single(again));
        Assert.Single(_graph.RequestsTo("PUT", "/v1.0/drives/"));
        Assert.Single(_graph.RequestsTo("POST", "/v1.0/users/"));
        Assert.Equal(2, ChannelTexts(before).Count(t => t.StartsWith("The approved minutes", StringComparison.Ordinal)));
        Assert.DoesNotContain(ChannelTexts(before), t => t.Contains("I could not", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_upload_answered_503_is_reported_then_retried_by_the_job_and_the_minutes_stay_downloadable()
    {
        await StartBotAsync(new()
        {
            ["Graph:Archive:DriveId"] = DriveId,
            ["Graph:MaxRetries"] = "1",
        });
        await HoldMeetingAndDraftAsync();
        // The client's own try and its one retry both get 503: the job's first attempt fails.
        _graph.AnswerNextWith(503);
        _graph.AnswerNextWith(503);

        var before = _channel.Messages.Count;
        await _chat.SayAsync(Anna, "minutes approve");
        var wordUrl = ReplyLinks.Last(_channel, "Download Word");
        var report = await WaitForChannelMessageAsync("I could not put the minutes in the team's Minutes folder just now", before);
        var downloadWhileFailing = await _browser.GetAsync(wordUrl);
        var done = await WaitForChannelMessageAsync("The approved minutes (version 1) are in the team's Minutes folder: ", before);

        Assert.Contains("(Microsoft 365 answered 503", report);
        Assert.Contains("The minutes are safe; I'll try again in 1 second and say here when it works.", report);
        Assert.Equal(HttpStatusCode.OK, downloadWhileFailing.StatusCode);
        Assert.EndsWith(" (It worked at attempt 2.)", done);
        Assert.Contains(_graph.WebUrlFor(DriveId, "Minutes/" + FileName), done);

        var uploads = _graph.RequestsTo("PUT", $"/v1.0/drives/{DriveId}/root:/Minutes/{FileName}:/content");
        Assert.Equal(3, uploads.Count);
        Assert.All(uploads, u => AssertValidWord(u.Body));
        Assert.Single(ChannelTexts(before), t => t.StartsWith("I could not", StringComparison.Ordinal));

        var downloadAfter = await _browser.GetAsync(wordUrl);
        Assert.Equal(HttpStatusCode.OK, downloadAfter.StatusCode);
        AssertValidWord(await downloadAfter.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_mail_refused_with_403_is_reported_once_and_not_tried_again()
    {
        await StartBotAsync(new()
        {
            ["Graph:Mail:Sender"] = GraphTestServices.Sender,
            ["Graph:Mail:To"] = DistributionList,
        });
        await HoldMeetingAndDraftAsync();
        _graph.AlwaysAnswerWith(403);

        var before = _channel.Messages.Count;
        await _chat.SayAsync(Anna, "minutes approve");
        var wordUrl = ReplyLinks.Last(_channel, "Download Word");
        var report = await WaitForChannelMessageAsync("I could not e-mail the minutes to the distribution list", before);
        // A retry would come after the configured 1 s, and Hangfire looks at its schedule every second.
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Contains("(Microsoft 365 answered 403 Forbidden), so I stopped trying.", report);
        Assert.Contains("The minutes are safe: download them with minutes download", report);
        Assert.Single(_graph.RequestsTo("POST", $"/v1.0/users/{GraphTestServices.Sender}/sendMail"));
        Assert.Single(_graph.Requests);
        Assert.Single(ChannelTexts(before), t => t.StartsWith("I could not", StringComparison.Ordinal));
        Assert.DoesNotContain(ChannelTexts(before), t => t.StartsWith("The approved minutes", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await _browser.GetAsync(wordUrl)).StatusCode);
    }

    /// <summary>The bot with the given Graph parts pointed at the stub, a fake token, immediate client retries, 1 s job retries.</summary>
    private async Task StartBotAsync(Dictionary<string, string?> graphParts)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = _graph.BaseUrl,
            ["Graph:RetryDelaySeconds"] = "0",
            ["MinutesDelivery:RetryDelays:0"] = "00:00:01",
            ["MinutesDelivery:RetryDelays:1"] = "00:00:01",
        };
        foreach (var (key, value) in graphParts) settings[key] = value;
        _bot = await BotHost.StartAsync(settings: settings, services: s => s.AddSingleton<TokenCredential>(new FakeTokenCredential()));
        _chat = new ChatDriver(_bot, _channel);
    }

    /// <summary>Anna (chair) makes Tobias secretary and runs a short meeting; Tobias drafts the minutes.</summary>
    private async Task HoldMeetingAndDraftAsync()
    {
        await ShortMeeting.HoldAsync(_chat);
        Assert.Contains("Version 1, draft", Assert.Single(await _chat.SayAsync(Tobias, "minutes")));
    }

    /// <summary>Texts of the messages the channel received since <paramref name="skip"/>, replies and proactive ones.</summary>
    private List<string> ChannelTexts(int skip) => _channel.Messages.Skip(skip).Select(Text).ToList();

    /// <summary>The first message since <paramref name="skip"/> containing <paramref name="expected"/>; the jobs post them later.</summary>
    private async Task<string> WaitForChannelMessageAsync(string expected, int skip)
    {
        var deadline = DateTime.UtcNow + JobTimeout;
        while (true)
        {
            var found = ChannelTexts(skip).FirstOrDefault(t => t.Contains(expected, StringComparison.Ordinal));
            if (found is not null) return found;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"No message containing \"{expected}\" within {JobTimeout.TotalSeconds} s; the channel got: {string.Join(" | ", ChannelTexts(skip))}");
            await Task.Delay(100);
        }
    }

    private static void AssertValidWord(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Contains("UN processes hub", document.MainDocumentPart?.Document?.Body?.InnerText ?? "");
    }

    private static JsonElement Parameter(JsonElement body, string name) =>
        body.EnumerateObject().Single(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value;
}
