using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.Conversations.Messages;
using MeetingBot.IntegrationTests.Support;

namespace MeetingBot.IntegrationTests.Attachments;

/// <summary>Files shared in Slack: the message keeps them on its way to the turn, and the reader downloads them with the bot token.</summary>
public sealed class SlackAttachmentTests
{
    private const string Chat = "Zoom chat\n10:02:11 From Anna Alvarez to Everyone: Good morning!\n";

    /// <summary>A file as Slack describes it in a <c>file_share</c> message.</summary>
    private static JsonObject File(string downloadUrl, long size) => new()
    {
        ["id"] = "F0CHATLOG1",
        ["created"] = 1_743_250_000,
        ["name"] = "meeting_saved_chat.txt",
        ["title"] = "meeting_saved_chat.txt",
        ["mimetype"] = "text/plain",
        ["filetype"] = "text",
        ["pretty_type"] = "Plain Text",
        ["user"] = SlackDriver.Tobias.Id,
        ["mode"] = "hosted",
        ["size"] = size,
        ["url_private"] = downloadUrl.Replace("/download/", "/"),
        ["url_private_download"] = downloadUrl,
        ["permalink"] = "https://alliance.slack.com/files/U0TOBIAS1/F0CHATLOG1/meeting_saved_chat.txt",
    };

    [Fact]
    public async Task A_file_shared_with_a_mention_reaches_the_turn_and_is_read_with_the_bot_token()
    {
        await using var stub = await FileHostStub.StartAsync();
        var path = "files-pri/T0ALLIANCE-F0CHATLOG1/download/meeting_saved_chat.txt";
        stub.Serve(path, Encoding.UTF8.GetBytes(Chat));
        await using var slack = await FakeSlackServer.StartAsync();
        SlackDriver.AddPeople(slack);
        var settings = SlackDriver.Settings(slack);
        settings["Attachments:AllowedHosts:0"] = "127.0.0.1";
        MessageRecorder? recorder = null;
        await using var bot = await BotHost.StartAsync(settings: settings, services: s => recorder = MessageRecorder.AddTo(s));
        var driver = new SlackDriver(bot, slack);
        var envelope = driver.MessageEvent(SlackDriver.Tobias, $"<@{FakeSlackServer.BotUserId}> the chat of today's meeting", SlackDriver.General, "channel");
        envelope["event"]!["subtype"] = "file_share";
        envelope["event"]!["files"] = new JsonArray { File(stub.Url(path), Chat.Length) };

        await driver.CollectAsync(() => driver.PostEventAsync(envelope));
        var message = Assert.Single(recorder!.Messages);
        var file = Assert.Single(message.Attachments);
        var reader = AttachmentReaders.For(bot.Services, message.Conversation.ChannelId);
        var text = await reader.ReadTextAsync(message, file, AttachmentReaders.FiveMegabytes, CancellationToken.None);

        Assert.True(message.IsAddressedToBot);
        Assert.Equal(new IncomingAttachment("meeting_saved_chat.txt", "text/plain", stub.Url(path)) { Size = Chat.Length }, file);
        Assert.Equal(Chat, text.Text);
        Assert.Equal("Bearer xoxb-test-token", Assert.Single(stub.Requests).Authorization);
    }

    [Fact]
    public async Task A_file_Slack_announces_larger_than_the_limit_is_too_large_without_a_request()
    {
        await using var stub = await FileHostStub.StartAsync();
        await using var readers = AttachmentReaders.Build(new() { ["Attachments:AllowedHosts:0"] = "127.0.0.1", ["Slack:BotToken"] = "xoxb-test-token" });
        var file = new IncomingAttachment("chat.txt", "text/plain", stub.Url("files-pri/T0-F1/download/chat.txt")) { Size = 6 * 1024 * 1024 };

        var result = await AttachmentReaders.ReadAsync(readers, "slack", file);

        Assert.Equal(AttachmentProblem.TooLarge, result.Problem);
        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task A_sign_in_page_instead_of_the_file_is_unavailable()
    {
        await using var stub = await FileHostStub.StartAsync();
        stub.Serve("files-pri/T0-F1/download/chat.txt", "<!DOCTYPE html><title>Slack</title>"u8.ToArray(), "text/html; charset=utf-8");
        await using var readers = AttachmentReaders.Build(new() { ["Attachments:AllowedHosts:0"] = "127.0.0.1", ["Slack:BotToken"] = "xoxb-no-files-read" });

        var result = await AttachmentReaders.ReadAsync(readers, "slack", new IncomingAttachment("chat.txt", "text/plain", stub.Url("files-pri/T0-F1/download/chat.txt")));

        Assert.Equal(AttachmentProblem.Unavailable, result.Problem);
    }

    [Theory]
    [InlineData("https://slack.com/files/chat.txt")]
    [InlineData("https://files.slack.com.evil.example/chat.txt")]
    [InlineData("http://files.slack.com/files-pri/T0-F1/download/chat.txt")]
    public async Task Only_files_slack_com_over_https_gets_the_bot_token(string source)
    {
        await using var readers = AttachmentReaders.Build(new() { ["Slack:BotToken"] = "xoxb-test-token" });

        var result = await AttachmentReaders.ReadAsync(readers, "slack", new IncomingAttachment("chat.txt", "text/plain", source));

        Assert.Equal(AttachmentProblem.Unavailable, result.Problem);
    }

    [Fact]
    public void Deleted_files_and_files_without_an_address_are_left_out()
    {
        var files = new[]
        {
            new MeetingBot.Slack.Events.SlackFile { Id = "F1", Name = "gone.txt", Mode = "tombstone" },
            new MeetingBot.Slack.Events.SlackFile { Id = "F2", Name = "connect.txt" },
            new MeetingBot.Slack.Events.SlackFile { Id = "F3", Title = "notes", UrlPrivate = "https://files.slack.com/files-pri/T0-F3/notes", Size = 12 },
        };

        var attachment = Assert.Single(MeetingBot.Channels.Slack.SlackAdapter.ToAttachments(files));

        Assert.Equal(new IncomingAttachment("notes", "application/octet-stream", "https://files.slack.com/files-pri/T0-F3/notes") { Size = 12 }, attachment);
    }
}
