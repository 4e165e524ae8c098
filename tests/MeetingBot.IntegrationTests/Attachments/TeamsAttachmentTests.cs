using System.Text;
using System.Text.Json;
using MeetingBot.Channels.BotFramework;
using MeetingBot.Conversations.Messages;
using MeetingBot.IntegrationTests.Support;
using MeetingBot.Protocol.Activities;
using MeetingBot.Protocol.Connector;
using MeetingBot.Protocol.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.IntegrationTests.Attachments;

/// <summary>Files sent through Teams and the other Bot Framework channels: mapped at the ingress, read by the channel's reader.</summary>
public sealed class TeamsAttachmentTests
{
    private const string Chat = "10:02:11 From Anna Alvarez to Everyone:\n\tGood morning!\n";

    private static Dictionary<string, string?> AllowStub() => new() { ["Attachments:AllowedHosts:0"] = "127.0.0.1" };

    private static Attachment DownloadInfo(string downloadUrl, string name = "Meeting chat.txt") => new()
    {
        ContentType = BotFrameworkAttachments.TeamsFileDownloadInfo,
        ContentUrl = "https://contoso-my.sharepoint.com/personal/anna_contoso_org/Documents/Microsoft%20Teams%20Chat%20Files/" + Uri.EscapeDataString(name),
        Name = name,
        Content = JsonSerializer.SerializeToElement(new { downloadUrl, uniqueId = "1150d938-8870-4044-9f2c-5bbdfd3e2a8a", fileType = "txt" }),
    };

    private static IncomingAttachment Mapped(Activity activity) =>
        Assert.Single(BotFrameworkAdapter.ToIncomingMessage(activity, DateTimeOffset.UtcNow)!.Attachments);

    [Fact]
    public void A_file_sent_in_a_Teams_1to1_chat_arrives_with_its_download_url()
    {
        var downloadUrl = "https://contoso-my.sharepoint.com/personal/anna_contoso_org/_layouts/15/download.aspx?UniqueId=1150d938&Translate=false&tempauth=eyJ0eXAi";
        var activity = Activities.PersonalMessage("https://smba.trafficmanager.net/emea/", "import chat") with
        {
            Attachments = [DownloadInfo(downloadUrl), new Attachment { ContentType = "text/html", Content = JsonSerializer.SerializeToElement("<p>import chat</p>") }],
        };

        var file = Mapped(activity);

        Assert.Equal(new IncomingAttachment("Meeting chat.txt", "text/plain", downloadUrl), file);
    }

    [Fact]
    public void Cards_html_copies_and_Graph_references_are_not_files()
    {
        var activity = Activities.ChannelMessage("https://smba.trafficmanager.net/emea/", "import chat") with
        {
            Attachments =
            [
                new Attachment { ContentType = "text/html", Content = JsonSerializer.SerializeToElement("<div><at>MeetingBot</at> import chat<attachment id=\"3b1\"></attachment></div>") },
                new Attachment { ContentType = "reference", ContentUrl = "https://contoso.sharepoint.com/sites/Alliance/Shared%20Documents/General/chat.txt", Name = "chat.txt" },
                AdaptiveCardRenderer.Render(new Card("Agenda")),
                new Attachment { ContentType = "application/vnd.microsoft.card.hero", Content = JsonSerializer.SerializeToElement(new { title = "Hi" }) },
                new Attachment { ContentType = BotFrameworkAttachments.TeamsFileDownloadInfo, Name = "broken.txt" },
            ],
        };

        var message = BotFrameworkAdapter.ToIncomingMessage(activity, DateTimeOffset.UtcNow)!;

        Assert.Empty(message.Attachments);
    }

    [Fact]
    public void An_Emulator_upload_arrives_with_its_content_url_and_media_type()
    {
        var activity = Activities.PersonalMessage("http://localhost:54321", "import chat") with
        {
            ChannelId = "emulator",
            Attachments = [new Attachment { ContentType = "text/plain", ContentUrl = "http://localhost:54321/v3/attachments/a1b2/views/original", Name = "zoom chat.txt" }],
        };

        Assert.Equal(new IncomingAttachment("zoom chat.txt", "text/plain", "http://localhost:54321/v3/attachments/a1b2/views/original"), Mapped(activity));
    }

    [Fact]
    public async Task A_Teams_file_reaches_the_turn_and_its_text_is_read_from_the_download_url_without_the_bots_token()
    {
        await using var stub = await FileHostStub.StartAsync();
        stub.Serve("download.aspx", Encoding.UTF8.GetBytes(Chat));
        await using var channel = await FakeChannelServer.StartAsync();
        MessageRecorder? recorder = null;
        await using var bot = await BotHost.StartAsync(settings: AllowStub(), services: s => recorder = MessageRecorder.AddTo(s));
        var activity = Activities.PersonalMessage(channel.ServiceUrl, "here is the chat of our meeting") with { Attachments = [DownloadInfo(stub.Url("download.aspx"))] };

        (await bot.PostActivityAsync(activity)).EnsureSuccessStatusCode();
        await bot.WhenIdleAsync();
        var message = Assert.Single(recorder!.Messages);
        var file = Assert.Single(message.Attachments);
        var reader = AttachmentReaders.For(bot.Services, message.Conversation.ChannelId);
        var text = await reader.ReadTextAsync(message, file, AttachmentReaders.FiveMegabytes, CancellationToken.None);

        Assert.Equal(AttachmentText.Of(Chat), text);
        Assert.Equal("", Assert.Single(stub.Requests).Authorization);
    }

    [Fact]
    public async Task A_file_announced_larger_than_the_limit_is_too_large_before_its_body_is_sent()
    {
        await using var stub = await FileHostStub.StartAsync();
        stub.ServeSlowly("download.aspx", length: 6 * 1024 * 1024);
        await using var readers = AttachmentReaders.Build(AllowStub());

        var result = await AttachmentReaders.ReadAsync(readers, "msteams", new IncomingAttachment("chat.txt", "text/plain", stub.Url("download.aspx")));

        Assert.Equal(AttachmentProblem.TooLarge, result.Problem);
        await stub.ClientLeft.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(0, stub.BodyBytesWritten);
    }

    [Fact]
    public async Task A_file_of_unknown_length_stops_being_read_past_the_limit()
    {
        const long endless = 64L * 1024 * 1024;
        await using var stub = await FileHostStub.StartAsync();
        stub.ServeEndlessly("download.aspx", endless);
        await using var readers = AttachmentReaders.Build(AllowStub());

        var result = await AttachmentReaders.ReadAsync(readers, "msteams", new IncomingAttachment("chat.txt", "text/plain", stub.Url("download.aspx")));

        Assert.Equal(AttachmentProblem.TooLarge, result.Problem);
        await stub.ClientLeft.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(stub.BodyBytesWritten < endless / 2, $"the stub wrote {stub.BodyBytesWritten} bytes");
    }

    [Fact]
    public async Task A_picture_is_not_text()
    {
        await using var stub = await FileHostStub.StartAsync();
        stub.Serve("photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52], "image/png");
        await using var readers = AttachmentReaders.Build(AllowStub());

        var result = await AttachmentReaders.ReadAsync(readers, "msteams", new IncomingAttachment("photo.png", "image/png", stub.Url("photo.png")));

        Assert.Equal(AttachmentText.Refused(AttachmentProblem.NotText), result);
    }

    [Theory]
    [InlineData("{stub}download.aspx")] // loopback over http, but not allowed by Attachments:AllowedHosts
    [InlineData("https://intranet.contoso.local/chat.txt")]
    [InlineData("http://contoso.sharepoint.com/chat.txt")] // SharePoint, but not https
    [InlineData("https://contoso.sharepoint.com.evil.example/chat.txt")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    public async Task A_file_on_a_host_that_is_not_allowed_is_unavailable_without_a_request(string source)
    {
        await using var stub = await FileHostStub.StartAsync();
        stub.Serve("download.aspx", Encoding.UTF8.GetBytes(Chat));
        await using var readers = AttachmentReaders.Build(new());

        var result = await AttachmentReaders.ReadAsync(readers, "msteams", new IncomingAttachment("chat.txt", "text/plain", source.Replace("{stub}", stub.Url(""))));

        Assert.Equal(AttachmentProblem.Unavailable, result.Problem);
        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task A_redirect_to_a_host_that_is_not_allowed_is_not_followed()
    {
        await using var allowed = await FileHostStub.StartAsync();
        await using var elsewhere = await FileHostStub.StartAsync();
        var internalAddress = elsewhere.Url("secrets").Replace("127.0.0.1", "localhost");
        allowed.Answer("download.aspx", http =>
        {
            http.Response.Redirect(internalAddress);
            return Task.CompletedTask;
        });
        await using var readers = AttachmentReaders.Build(AllowStub());

        var result = await AttachmentReaders.ReadAsync(readers, "msteams", new IncomingAttachment("chat.txt", "text/plain", allowed.Url("download.aspx")));

        Assert.Equal(AttachmentProblem.Unavailable, result.Problem);
        Assert.Empty(elsewhere.Requests);
    }

    [Fact]
    public async Task An_error_answer_is_unavailable()
    {
        await using var stub = await FileHostStub.StartAsync();
        await using var readers = AttachmentReaders.Build(AllowStub());

        var result = await AttachmentReaders.ReadAsync(readers, "msteams", new IncomingAttachment("chat.txt", "text/plain", stub.Url("expired-link")));

        Assert.Equal(AttachmentText.Refused(AttachmentProblem.Unavailable), result);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task A_content_url_on_the_connector_gets_the_bots_token()
    {
        await using var stub = await FileHostStub.StartAsync();
        stub.Serve("v3/attachments/0-wus-d4-1f9b/views/original", Encoding.UTF8.GetBytes(Chat));
        await using var readers = AttachmentReaders.Build(
            new() { ["BotFramework:AllowedServiceUrlHosts:0"] = "127.0.0.1" },
            services => services.AddSingleton<IBotTokenProvider>(new StaticTokenProvider("connector-token")));

        var result = await AttachmentReaders.ReadAsync(readers, "webchat", new IncomingAttachment("chat.txt", "text/plain", stub.Url("v3/attachments/0-wus-d4-1f9b/views/original")));

        Assert.Equal(Chat, result.Text);
        Assert.Equal("Bearer connector-token", Assert.Single(stub.Requests).Authorization);
    }

    [Fact]
    public async Task Each_channel_has_its_reader_in_the_running_bot()
    {
        await using var bot = await BotHost.StartAsync();

        Assert.IsType<BotFrameworkAttachmentReader>(AttachmentReaders.For(bot.Services, "msteams"));
        Assert.IsType<BotFrameworkAttachmentReader>(AttachmentReaders.For(bot.Services, "emulator"));
        Assert.IsType<MeetingBot.Channels.Slack.SlackAttachmentReader>(AttachmentReaders.For(bot.Services, "slack"));
        Assert.IsType<MeetingBot.Channels.LocalChat.LocalChatAttachmentReader>(AttachmentReaders.For(bot.Services, "directline"));
    }
}
