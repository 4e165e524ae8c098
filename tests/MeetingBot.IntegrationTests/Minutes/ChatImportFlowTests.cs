using MeetingBot.IntegrationTests.Support;
using static MeetingBot.IntegrationTests.Support.ChatDriver;

namespace MeetingBot.IntegrationTests.Minutes;

/// <summary>
/// "import chat" with a pasted Webex chat, then "minutes": the annex lists the imported links under their senders, the
/// senders are in the attendance, and importing the same chat again changes nothing.
/// </summary>
public sealed class ChatImportFlowTests : IAsyncLifetime
{
    private const string WebexChat =
        "from Jeanne Sarlat to everyone:    15:05\n" +
        "Our book review: https://example.org/book-review?fbclid=IwAR36\n" +
        "Another line of the same message.\n" +
        "from Gary Hills to everyone:    15:07\n" +
        "The calendar is at http://crimeday.example/\n" +
        "from Jeanne Sarlat to everyone:    15:09\n" +
        "And our podcast https://youtu.be/kbVTMGnHVQU\n" +
        "from Gary Hills to Jeanne Sarlat (privately):    15:10\n" +
        "A private word https://private.example.org/\n";

    private FakeChannelServer _channel = null!;
    private BotHost _bot = null!;
    private ChatDriver _chat = null!;
    private readonly HttpClient _browser = new();

    public async Task InitializeAsync()
    {
        _channel = await FakeChannelServer.StartAsync();
        _bot = await BotHost.StartAsync();
        _chat = new ChatDriver(_bot, _channel);
        await _chat.SayAsync(Anna, $"role @{Tobias.Name} secretary", mentions: Tobias);
        await _chat.SayAsync(Anna, "meeting start");
        await _chat.SayAsync(Phil, "our report https://example.org/report-2027");
        await _chat.SayAsync(Anna, "meeting end");
    }

    public async Task DisposeAsync()
    {
        _browser.Dispose();
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task An_imported_chat_adds_links_grouped_by_sender_and_a_second_import_changes_nothing()
    {
        var refused = await _chat.SayAsync(Phil, "import chat\n" + WebexChat);
        var imported = await _chat.SayAsync(Tobias, "import chat\n" + WebexChat);
        var again = await _chat.SayAsync(Tobias, "import chat\n" + WebexChat.Replace("\n", "\r\n"));
        var before = _channel.Messages.Count;
        await _chat.SayAsync(Tobias, "minutes");
        var markdown = await _browser.GetStringAsync(Assert.Single(ReplyLinks.Find(_channel, "Download Markdown", before)));

        Assert.StartsWith("Only the secretary or the chair", Assert.Single(refused));
        Assert.True(imported.Count == 1, string.Join("\n", imported));
        Assert.Contains("Imported the Webex chat", imported[0]);
        Assert.True(imported[0].Contains("3 new links", StringComparison.Ordinal), imported[0]);
        Assert.Contains("2 people added to the attendance", imported[0]);
        Assert.Contains("1 private message", imported[0]);
        Assert.Contains("already", Assert.Single(again));
        Assert.Contains("nothing changed", again[0]);

        var annex = markdown[markdown.IndexOf("Annex", StringComparison.Ordinal)..];
        var jeanne = annex.IndexOf("Jeanne Sarlat", StringComparison.Ordinal);
        var gary = annex.IndexOf("Gary Hills", StringComparison.Ordinal);
        Assert.True(jeanne >= 0 && gary > jeanne, annex);
        Assert.Contains("https://example.org/book-review", annex[jeanne..gary]);
        Assert.Contains("https://youtu.be/kbVTMGnHVQU", annex[jeanne..gary]);
        Assert.Contains("http://crimeday.example/", annex[gary..]);
        Assert.DoesNotContain("fbclid", annex);
        Assert.DoesNotContain("private.example.org", markdown);
        Assert.Equal(1, CountOf(annex, "https://youtu.be/kbVTMGnHVQU"));
        Assert.Contains("Jeanne Sarlat", markdown[..markdown.IndexOf("Annex", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task Text_that_is_not_a_chat_export_is_refused_and_changes_nothing()
    {
        var refused = await _chat.SayAsync(Tobias, "import chat\nDear members, please find the agenda attached. https://example.com/agenda");
        var links = await _chat.SayAsync(Phil, "links");

        Assert.Contains("does not look like a chat saved from Webex or Zoom, so I imported nothing", Assert.Single(refused));
        Assert.DoesNotContain("example.com/agenda", Assert.Single(links));
    }

    [Fact]
    public async Task A_bare_import_chat_asks_for_the_file_or_the_text_and_takes_the_pasted_text()
    {
        var asked = await _chat.SayAsync(Tobias, "import chat");
        var imported = await _chat.SayAsync(Tobias, WebexChat);

        Assert.Contains("Send the chat saved from the Webex or Zoom meeting", Assert.Single(asked));
        Assert.True(imported.Count == 1, string.Join("\n", imported));
        Assert.Contains("Imported the Webex chat", imported[0]);
        Assert.True(imported[0].Contains("3 new links", StringComparison.Ordinal), imported[0]);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
