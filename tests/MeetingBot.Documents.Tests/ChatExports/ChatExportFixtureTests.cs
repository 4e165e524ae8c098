using System.Globalization;
using MeetingBot.Documents.ChatExports;

namespace MeetingBot.Documents.Tests.ChatExports;

/// <summary>
/// Saved chats shaped like the ones Webex and Zoom write (people and texts invented), read into exactly the messages
/// everyone saw: multi-line messages kept whole, "to all:" inside a message left as text, private messages and
/// reactions left out.
/// </summary>
public sealed class ChatExportFixtureTests
{
    public static TheoryData<string, ChatExportFormat, int, int, ChatExportMessage[]> Fixtures => new()
    {
        {
            "webex-to-all-no-times.txt", ChatExportFormat.Webex, 1, 0,
            [
                M(1, "Aiyana Redcloud", null,
                    "Good afternoon from Winnipeg! Our new report on online exploitation is out: https://example.org/reports/online-exploitation-2027.pdf"),
                M(2, "Kwame Mensah-Bonsu", null,
                    "The CCPCJ thematic discussion dates are now confirmed.\nVienna, VIC C-BR D, 8–10 December\n"
                    + "Registration closes on 15 November: https://example.un.org/ccpcj/registration"),
                M(5, "Dürmayer, Evelyn (she/her)", null,
                    "Thanks Kwame. For those who asked, our side event flyer:\nhttps://example.at/side-event-flyer.pdf\n"
                    + "and the recording from last year https://youtu.be/AbCdEf12345"),
                M(9, "Billy Batware UNODC", null,
                    "The hearing can be followed live on UN Web TV:\n"
                    + "- Morning session 10:00 – 12:00: https://media.example.org/asset/k1f/morning\n"
                    + "- Afternoon session 15:00 – 17:00: https://media.example.org/asset/k1f/afternoon\n"
                    + "Please forward this to all: members who could not join today.\n"
                    + "Thanks to all: it was a lively discussion."),
                M(14, "O'Connor, Siobhán (Chair)", null, "Next informal meeting on 8 April, 15:00 Vienna time."),
            ]
        },
        {
            "webex-from-everyone-times.txt", ChatExportFormat.Webex, 2, 0,
            [
                M(1, "Tobias Krachler (Secretary)", "15:02:11",
                    "Welcome to the 9th informal meeting. The agenda is here: https://example.org/alliance/agenda-9"),
                M(3, "María José Pérez (ILAC)", "15:03:40",
                    "Hola a todos, greetings from Lima.\nOur toolkit in Spanish: https://example.org/ilac/toolkit-es"),
                M(8, "Jean-Luc Ngoma", "15:05:59", "Quick question to all: will the slides be shared?"),
                M(9, "Dürmayer, Evelyn (she/her)", "15:06:30", "Yes, they will be sent to all: members and observers alike."),
            ]
        },
        {
            "webex-12h-dates-with-title.txt", ChatExportFormat.Webex, 1, 0,
            [
                M(3, "Tobias Krachler (Secretary)", "12:58", "The room opens at 14:55 Vienna time."),
                M(4, "Aiyana Redcloud", "15:01", "Hello from Canada!"),
                M(5, "Nozea-Lima, Gerson (PhD)", "15:02",
                    "Sharing our statement for the CND intersessional:\nhttps://example.org/statements/cnd-2027?lang=en&format=pdf\n"
                    + "It follows the outline we discussed in February. Hello to all: comments welcome until Friday."),
                M(8, "Renate Amesbauer", "15:04",
                    "The recording of the UNTOC training (part 1) is online https://example.at/untoc-training-1"),
            ]
        },
        {
            "webex-time-after-name.txt", ChatExportFormat.Webex, 1, 0,
            [
                M(1, "Aiyana Redcloud", "15:01", "Hello from Winnipeg"),
                M(3, "Billy Batware UNODC", "15:03",
                    "The Multi-stakeholder Hearing can be followed live:\nhttps://media.example.org/hearing-2027"),
                M(9, "O'Connor, Siobhán (Chair)", "15:06",
                    "Reminder to all: the next meeting is on 8 April.\nAgenda items to the secretariat by 1 April, please."),
            ]
        },
        {
            "zoom-classic-tabs.txt", ChatExportFormat.Zoom, 1, 0,
            [
                M(1, "Tobias Krachler (Secretary)", "15:01:07", "Welcome all, the agenda: https://example.org/alliance/agenda-9"),
                M(2, "Dürmayer, Evelyn (she/her)", "15:02:44",
                    "Our new brief on victim support\nhttps://example.at/briefs/victim-support-2027.pdf\n(German version to follow)"),
                M(6, "Jean-Luc Ngoma", "15:04:33", "As the chair said to all: please mute when not speaking"),
                M(7, "Billy Batware UNODC", "15:05:02",
                    "CND thematic session in September: https://example.org/cnd/64/thematic-sessions"),
            ]
        },
        {
            "zoom-new-chat.txt", ChatExportFormat.Zoom, 2, 2,
            [
                M(1, "Tobias Krachler (Secretary)", "15:00:41",
                    "Welcome to the 9th informal meeting!\nAgenda: https://example.org/alliance/agenda-9"),
                M(4, "Aiyana Redcloud", "15:02:03", "Good afternoon from Winnipeg"),
                M(8, "Dürmayer, Evelyn (she/her)", "15:03:12", "Hello Aiyana! Our partners in Manitoba: https://example.ca/partners"),
                M(14, "María José Pérez (ILAC)", "15:04:20",
                    "Two links for all:\nhttps://example.org/ilac/toolkit-es\nhttps://example.org/ilac/toolkit-en"),
                M(20, "Jean-Luc Ngoma", "15:05:40",
                    "Question for the chair:\nJay Albanese to all: is this line inside the message? Yes, it is indented."),
            ]
        },
        {
            "zoom-from-colon.txt", ChatExportFormat.Zoom, 1, 0,
            [
                M(1, "Aiyana Redcloud", "10:02:33", "Good morning from Winnipeg"),
                M(2, "Nozea-Lima, Gerson (PhD)", "10:03:05", "Statement for the intersessional:\nhttps://example.org/statements/cnd-2027"),
                M(5, "O'Connor, Siobhán (Chair)", "10:04:12", "Please say to all: who is taking notes today?"),
            ]
        },
        {
            "zoom-cloud-recording.txt", ChatExportFormat.Zoom, 0, 0,
            [
                M(1, "Tobias Krachler (Secretary)", "00:02:14", "Welcome everyone. Agenda: https://example.org/alliance/agenda-9"),
                M(2, "Dürmayer, Evelyn (she/her)", "00:05:51",
                    "The brief I mentioned: https://example.at/briefs/victim-support-2027.pdf"),
                M(3, "Nozea-Lima, Gerson (PhD)", "00:07:03", "Question for all: is the recording shared afterwards?"),
                M(4, "Tobias Krachler (Secretary)", "00:07:40",
                    "Yes, to all: the recording goes out with the minutes.\nIt will be in the members' area:\n"
                    + "https://example.org/alliance/members/recordings"),
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Saved_chat_reads_into_exactly_the_messages_everyone_saw(
        string fixture, ChatExportFormat format, int skippedPrivate, int skippedReactions, ChatExportMessage[] expected)
    {
        var result = ChatExportReader.Read(ChatFixtures.Read(fixture));

        Assert.True(result.IsChatExport, result.Problem);
        Assert.Equal("", result.Problem);
        Assert.Equal(format, result.Format);
        Assert.Equal(expected, result.Messages);
        Assert.Equal(skippedPrivate, result.SkippedPrivate);
        Assert.Equal(skippedReactions, result.SkippedReactions);
    }

    public static TheoryData<string, ChatExportMessage[]> FixtureMessages()
    {
        var data = new TheoryData<string, ChatExportMessage[]>();
        foreach (var row in Fixtures)
        {
            data.Add((string)row[0], (ChatExportMessage[])row[4]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FixtureMessages))]
    public void Line_endings_do_not_change_what_is_read(string fixture, ChatExportMessage[] expected)
    {
        var text = ChatFixtures.Read(fixture);

        foreach (var ending in new[] { "\r\n", "\r", "\n" })
        {
            var result = ChatExportReader.Read(text.ReplaceLineEndings(ending));
            Assert.Equal(expected, result.Messages);
        }
    }

    private static ChatExportMessage M(int line, string sender, string? time, string text) =>
        new(sender, time is null ? null : TimeOnly.Parse(time, CultureInfo.InvariantCulture), text, line);
}
