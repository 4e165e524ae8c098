using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MeetingBot.Channels.BotFramework;
using MeetingBot.Conversations.Messages;
using MeetingBot.IntegrationTests.LocalChat;
using MeetingBot.IntegrationTests.Support;
using MeetingBot.Protocol.Activities;

namespace MeetingBot.IntegrationTests.Attachments;

/// <summary>Files from the local chat page: Direct Line's upload, the file's own address, and the local reader.</summary>
public sealed class LocalChatUploadTests
{
    private const string Chat = "10:02:11 From Anna Alvarez to Everyone:\n\tGood morning!\n";

    /// <summary>
    /// The body the page (and Web Chat) sends: the activity as a Blob, which browsers name "blob" like a file, then the files.
    /// </summary>
    private static MultipartFormDataContent Form(object? activity, params (string Name, byte[] Content, string Type)[] files)
    {
        var form = new MultipartFormDataContent();
        if (activity is not null)
        {
            var part = new StringContent(JsonSerializer.Serialize(activity), Encoding.UTF8);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
            form.Add(part, "activity", "blob");
        }

        foreach (var (name, content, type) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(part, "file", name);
        }

        return form;
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string conversationId, string? token, HttpContent form, string userId = "local-tobias-keller")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/upload?userId={userId}") { Content = form };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request);
    }

    private static IncomingMessage Incoming(Activity activity) => BotFrameworkAdapter.ToIncomingMessage(activity, DateTimeOffset.UtcNow)!;

    [Fact]
    public async Task An_uploaded_file_reaches_the_bot_with_the_message_and_the_local_reader_reads_it()
    {
        await using var server = await LocalChatServer.StartAsync();
        var (conversationId, token) = await server.StartConversationAsync();

        using var response = await UploadAsync(server.Client, conversationId, token,
            Form(LocalChatServer.Message("Tobias Keller", "import chat"), ("Zoom chat.txt", Encoding.UTF8.GetBytes(Chat), "text/plain")));

        response.EnsureSuccessStatusCode();
        var posted = (await response.Content.ReadFromJsonAsync<ResourceResponse>())!;
        var received = Assert.Single(server.Bot.Received, a => a.Type == ActivityTypes.Message);
        Assert.Equal(posted.Id, received.Id);
        Assert.Equal("import chat", received.Text);
        Assert.Equal("local-tobias-keller", received.From!.Id);
        var attachment = Assert.Single(received.Attachments!);
        Assert.Equal(("text/plain", "Zoom chat.txt"), (attachment.ContentType, attachment.Name));
        Assert.StartsWith($"http://{server.BaseAddress.Authority}/v3/directline/attachments/", attachment.ContentUrl);

        var message = Incoming(received);
        var reader = AttachmentReaders.For(server.Services, message.Conversation.ChannelId);
        var text = await reader.ReadTextAsync(message, Assert.Single(message.Attachments), AttachmentReaders.FiveMegabytes, CancellationToken.None);
        Assert.Equal(AttachmentText.Of(Chat), text);
    }

    [Fact]
    public async Task The_file_is_in_the_transcript_and_downloads_from_its_address_but_never_inline()
    {
        await using var server = await LocalChatServer.StartAsync();
        var (conversationId, token) = await server.StartConversationAsync();
        using var upload = await UploadAsync(server.Client, conversationId, token,
            Form(LocalChatServer.Message("Tobias Keller", "import chat"), ("page.html", "<script>alert(1)</script>"u8.ToArray(), "text/html")));
        upload.EnsureSuccessStatusCode();

        using var transcript = await server.GetActivitiesAsync(conversationId, token);
        var shown = transcript.RootElement.GetProperty("activities").EnumerateArray().First(a => a.GetProperty("from").GetProperty("role").GetString() == "user");
        var attachment = shown.GetProperty("attachments")[0];
        using var download = await server.Client.GetAsync(attachment.GetProperty("contentUrl").GetString());

        Assert.Equal("page.html", attachment.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("<script>alert(1)</script>", await download.Content.ReadAsStringAsync());
        Assert.Equal("application/octet-stream", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("0000000000000000000000000000000000000000000")]
    [InlineData("not-an-id")]
    public async Task A_file_address_with_a_wrong_id_is_not_found(string id)
    {
        await using var server = await LocalChatServer.StartAsync();
        var (conversationId, token) = await server.StartConversationAsync();
        using var upload = await UploadAsync(server.Client, conversationId, token, Form(LocalChatServer.Message("Tobias Keller", ""), ("chat.txt", "hi"u8.ToArray(), "text/plain")));
        upload.EnsureSuccessStatusCode();

        using var response = await server.Client.GetAsync($"/v3/directline/attachments/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var reader = AttachmentReaders.For(server.Services, "directline");
        var forged = new IncomingAttachment("chat.txt", "text/plain", $"{server.BaseAddress}v3/directline/attachments/{id}");
        Assert.Equal(AttachmentProblem.Unavailable, (await reader.ReadTextAsync(AttachmentReaders.Message("directline", conversationId, forged), forged, 1000, CancellationToken.None)).Problem);
    }

    [Fact]
    public async Task A_file_is_read_only_for_messages_of_the_conversation_it_was_sent_in()
    {
        await using var server = await LocalChatServer.StartAsync();
        var (conversationId, token) = await server.StartConversationAsync();
        using var upload = await UploadAsync(server.Client, conversationId, token, Form(LocalChatServer.Message("Tobias Keller", "import chat"), ("chat.txt", "hi"u8.ToArray(), "text/plain")));
        upload.EnsureSuccessStatusCode();
        var file = Assert.Single(Incoming(server.Bot.Received.Last()).Attachments);

        var reader = AttachmentReaders.For(server.Services, "directline");
        var elsewhere = AttachmentReaders.Message("directline", "local-dm-maria-costa", file);

        Assert.Equal(AttachmentProblem.Unavailable, (await reader.ReadTextAsync(elsewhere, file, 1000, CancellationToken.None)).Problem);
    }

    [Fact]
    public async Task A_6_MB_file_is_taken_so_the_bot_can_say_it_is_too_large()
    {
        await using var server = await LocalChatServer.StartAsync();
        var (conversationId, token) = await server.StartConversationAsync();
        var big = new byte[6 * 1024 * 1024];
        Array.Fill(big, (byte)'a');

        using var response = await UploadAsync(server.Client, conversationId, token, Form(LocalChatServer.Message("Tobias Keller", "import chat"), ("huge chat.txt", big, "text/plain")));

        response.EnsureSuccessStatusCode();
        var message = Incoming(Assert.Single(server.Bot.Received, a => a.Type == ActivityTypes.Message));
        var result = await AttachmentReaders.For(server.Services, "directline").ReadTextAsync(message, Assert.Single(message.Attachments), AttachmentReaders.FiveMegabytes, CancellationToken.None);
        Assert.Equal(AttachmentText.Refused(AttachmentProblem.TooLarge), result);
    }

    [Fact]
    public async Task An_upload_over_20_MB_is_refused_with_413_and_a_sentence_the_page_shows()
    {
        await using var server = await LocalChatServer.StartAsync();
        var (conversationId, token) = await server.StartConversationAsync();
        var huge = new byte[20 * 1024 * 1024 + 1];

        using var response = await UploadAsync(server.Client, conversationId, token, Form(LocalChatServer.Message("Tobias Keller", "import chat"), ("recording.mp4", huge, "video/mp4")));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("FileTooLarge", problem.RootElement.GetProperty("code").GetString());
        Assert.Contains("20 MB", problem.RootElement.GetProperty("detail").GetString());
        Assert.DoesNotContain(server.Bot.Received, a => a.Type == ActivityTypes.Message);
    }

    [Fact]
    public async Task An_upload_without_the_conversations_token_is_refused()
    {
        await using var server = await LocalChatServer.StartAsync();
        var (conversationId, _) = await server.StartConversationAsync();

        using var response = await UploadAsync(server.Client, conversationId, token: null, Form(LocalChatServer.Message("Tobias Keller", "x"), ("chat.txt", "hi"u8.ToArray(), "text/plain")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(server.Bot.Received);
    }

    [Fact]
    public async Task An_upload_without_a_file_is_refused()
    {
        await using var server = await LocalChatServer.StartAsync();
        var (conversationId, token) = await server.StartConversationAsync();

        using var response = await UploadAsync(server.Client, conversationId, token, Form(LocalChatServer.Message("Tobias Keller", "import chat")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(server.Bot.Received);
    }

    [Fact]
    public async Task Without_an_activity_part_the_file_comes_from_the_userId_of_the_address()
    {
        await using var server = await LocalChatServer.StartAsync();
        var (conversationId, token) = await server.StartConversationAsync();

        using var response = await UploadAsync(server.Client, conversationId, token, Form(null, ("chat.txt", "hi"u8.ToArray(), "text/plain")), userId: "local-maria-costa");

        response.EnsureSuccessStatusCode();
        var received = Assert.Single(server.Bot.Received, a => a.Type == ActivityTypes.Message);
        Assert.Equal("local-maria-costa", received.From!.Id);
        Assert.Equal("chat.txt", Assert.Single(received.Attachments!).Name);
    }

    [Fact]
    public async Task In_the_running_bot_an_uploaded_file_reaches_the_turn_and_is_read_from_the_local_store()
    {
        MessageRecorder? recorder = null;
        await using var bot = await BotHost.StartAsync(services: s => recorder = MessageRecorder.AddTo(s));
        using var start = await bot.Client.PostAsJsonAsync("/v3/directline/conversations", new { conversation = "personal", user = new { name = "Tobias Keller" } });
        using var started = JsonDocument.Parse(await start.Content.ReadAsStringAsync());
        var conversationId = started.RootElement.GetProperty("conversationId").GetString()!;
        var token = started.RootElement.GetProperty("token").GetString()!;

        using var response = await UploadAsync(bot.Client, conversationId, token,
            Form(LocalChatServer.Message("Tobias Keller", "here is the chat"), ("meeting_saved_chat.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Chat)], "text/plain")));
        response.EnsureSuccessStatusCode();
        await bot.WhenIdleAsync();

        var message = Assert.Single(recorder!.Messages);
        var file = Assert.Single(message.Attachments);
        var text = await AttachmentReaders.For(bot.Services, message.Conversation.ChannelId).ReadTextAsync(message, file, AttachmentReaders.FiveMegabytes, CancellationToken.None);
        Assert.Equal(("meeting_saved_chat.txt", "text/plain"), (file.Name, file.ContentType));
        Assert.Equal(Chat, text.Text);
    }
}
