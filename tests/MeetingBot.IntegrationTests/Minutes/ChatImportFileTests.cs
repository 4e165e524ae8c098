using System.Text;
using System.Text.Json;
using MeetingBot.Channels.BotFramework;
using MeetingBot.IntegrationTests.Attachments;
using MeetingBot.IntegrationTests.Support;
using MeetingBot.Protocol.Activities;
using static MeetingBot.IntegrationTests.Support.ChatDriver;

namespace MeetingBot.IntegrationTests.Minutes;

/// <summary>
/// The secretary sends the saved Zoom chat as a file in a Teams 1:1 chat (where Teams gives bots files): it goes into
/// the last meeting of the team where they are secretary. Too large and binary files are refused and change nothing.
/// </summary>
public sealed class ChatImportFileTests : IAsyncLifetime
{
    private const string ZoomChat =
        "15:02:11\t From  Dürmayer, Evelyn (she/her)  to  Everyone:\tGood afternoon! Our report: https://example.org/vienna-report\r\n" +
        "15:04:40\t From  Ian Tennant  to  Everyone:\tThe blog https://globalinitiative.example/analysis/cyber/\r\n" +
        "15:05:02\t From  Ian Tennant  to  Dürmayer, Evelyn (she/her)(Direct Message):\tprivate https://private.example/\r\n";

    private FakeChannelServer _channel = null!;
    private FileHostStub _files = null!;
    private BotHost _bot = null!;
    private ChatDriver _chat = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannelServer.StartAsync();
        _files = await FileHostStub.StartAsync();
        _bot = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Attachments:AllowedHosts:0"] = "127.0.0.1" });
        _chat = new ChatDriver(_bot, _channel);
        await _chat.SayAsync(Anna, $"role @{Tobias.Name} secretary", mentions: Tobias);
        await _chat.SayAsync(Anna, "meeting start");
        await _chat.SayAsync(Anna, "meeting end");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _files.DisposeAsync();
        await _channel.DisposeAsync();
    }

    private Task<IReadOnlyList<string>> SendFileAsync(Member who, string path, string name = "meeting_saved_chat.txt") =>
        _chat.SendAsync(Activities.PersonalMessage(_channel.ServiceUrl, "import chat", who.Id, who.Name) with
        {
            Attachments =
            [
                new Attachment
                {
                    ContentType = BotFrameworkAttachments.TeamsFileDownloadInfo,
                    Name = name,
                    Content = JsonSerializer.SerializeToElement(new { downloadUrl = _files.Url(path), uniqueId = "u1", fileType = "txt" }),
                },
            ],
        });

    [Fact]
    public async Task A_chat_file_sent_in_a_1to1_chat_is_imported_into_the_last_meeting_of_the_secretarys_team()
    {
        _files.Serve("chat.txt", Encoding.UTF8.GetBytes(ZoomChat));

        var imported = await SendFileAsync(Tobias, "chat.txt");
        var member = await SendFileAsync(Phil, "chat.txt");
        var links = await _chat.SayAsync(Phil, "links");

        Assert.Contains("Imported the Zoom chat (\"meeting_saved_chat.txt\") into the Ad-hoc meeting", Assert.Single(imported));
        Assert.Contains("1 private message", imported[0]);
        Assert.Contains("you are neither", Assert.Single(member));
        var list = Assert.Single(links);
        Assert.Contains("https://example.org/vienna-report (shared by Dürmayer, Evelyn (she/her)", list);
        Assert.Contains("https://globalinitiative.example/analysis/cyber/ (shared by Ian Tennant", list);
        Assert.DoesNotContain("private.example", list);
    }

    [Fact]
    public async Task Too_large_and_binary_files_are_refused_and_change_nothing()
    {
        _files.Serve("big.txt", Encoding.UTF8.GetBytes(new string('a', 5 * 1024 * 1024 + 10)));
        _files.Serve("picture.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "image/png");

        var big = await SendFileAsync(Tobias, "big.txt", "big.txt");
        var binary = await SendFileAsync(Tobias, "picture.txt", "picture.txt");
        var links = await _chat.SayAsync(Phil, "links");

        Assert.Contains("\"big.txt\" is larger than 5 MB, so I did not import it", Assert.Single(big));
        Assert.Contains("\"picture.txt\" is not a text file, so I imported nothing", Assert.Single(binary));
        Assert.Contains("No links were shared", Assert.Single(links));
    }
}
