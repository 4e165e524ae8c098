using System.Text.Json;
using MeetingBot.Conversations.Features.Minutes;
using MeetingBot.Infrastructure.Graph;

namespace MeetingBot.IntegrationTests.Graph;

/// <summary>(c) The approved minutes e-mailed to the distribution list through the Graph SDK.</summary>
public sealed class GraphMailTests : IAsyncLifetime
{
    private FakeGraphServer _graph = null!;

    public async Task InitializeAsync() => _graph = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    [Fact]
    public async Task Approved_minutes_are_mailed_to_the_list_with_the_Word_file_attached()
    {
        await using var services = GraphTestServices.Build(GraphTestServices.AllParts(_graph));
        var document = GraphArchiveTests.Document(30_000);
        var mail = new MinutesMail("Minutes of the members' meeting, 5 March 2026", "<p>Dear members,</p><p>the approved minutes are attached.</p>",
            "2026-03-05 Minutes.docx", document);

        await services.Graph().SendMailAsync(mail, CancellationToken.None);

        var request = Assert.Single(_graph.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1.0/users/secretariat@alliance.org/sendMail", request.Path);
        Assert.Equal("Bearer " + FakeTokenCredential.Token, request.Authorization);
        var json = request.Json();
        // The SDK names the action's parameters as the metadata does ("Message", "SaveToSentItems"); Graph takes either case.
        Assert.True(Parameter(json, "saveToSentItems").GetBoolean());
        var message = Parameter(json, "message");
        Assert.Equal(mail.Subject, message.GetProperty("subject").GetString());
        Assert.Equal("html", message.GetProperty("body").GetProperty("contentType").GetString());
        Assert.Equal(mail.HtmlBody, message.GetProperty("body").GetProperty("content").GetString());
        Assert.Equal(["members@alliance.org", "board@alliance.org"],
            message.GetProperty("toRecipients").EnumerateArray().Select(r => r.GetProperty("emailAddress").GetProperty("address").GetString()));
        var attachment = Assert.Single(message.GetProperty("attachments").EnumerateArray());
        Assert.Equal("#microsoft.graph.fileAttachment", attachment.GetProperty("@odata.type").GetString());
        Assert.Equal("2026-03-05 Minutes.docx", attachment.GetProperty("name").GetString());
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", attachment.GetProperty("contentType").GetString());
        Assert.Equal(document, Convert.FromBase64String(attachment.GetProperty("contentBytes").GetString()!));
    }

    [Fact]
    public async Task A_list_separated_by_commas_becomes_one_recipient_each()
    {
        var settings = GraphTestServices.AllParts(_graph);
        settings["Graph:Mail:To"] = "members@alliance.org,observers@alliance.org , members@alliance.org";
        await using var services = GraphTestServices.Build(settings);

        await services.Graph().SendMailAsync(new MinutesMail("Minutes", "<p>Minutes</p>", "m.docx", [1, 2, 3]), CancellationToken.None);

        var recipients = Parameter(Assert.Single(_graph.Requests).Json(), "message").GetProperty("toRecipients").EnumerateArray()
            .Select(r => r.GetProperty("emailAddress").GetProperty("address").GetString());
        Assert.Equal(["members@alliance.org", "observers@alliance.org"], recipients);
    }

    [Fact]
    public async Task A_Word_file_above_3_MB_is_refused_before_calling_Graph()
    {
        await using var services = GraphTestServices.Build(GraphTestServices.AllParts(_graph));
        var mail = new MinutesMail("Minutes", "<p>Minutes</p>", "big.docx", new byte[GraphMinutesClient.MailAttachmentLimit + 1]);

        var refusal = await Assert.ThrowsAsync<MinutesGraphException>(() => services.Graph().SendMailAsync(mail, CancellationToken.None));

        Assert.False(refusal.IsTransient);
        Assert.Contains("attaches at most 3 MB", refusal.Message);
        Assert.Empty(_graph.Requests);
    }

    private static JsonElement Parameter(JsonElement body, string name) =>
        body.EnumerateObject().Single(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value;
}
