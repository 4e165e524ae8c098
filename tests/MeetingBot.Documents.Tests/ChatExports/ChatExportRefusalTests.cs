using MeetingBot.Documents.ChatExports;

namespace MeetingBot.Documents.Tests.ChatExports;

/// <summary>Whatever is not a saved chat is refused with a sentence, and nothing is read from it.</summary>
public sealed class ChatExportRefusalTests
{
    private const string MinutesParagraphs =
        "7th Informal Meeting of the Alliance\n"
        + "July 13th, 2027 15:00 – 16:15 (via Webex)\n"
        + "Participants: Anna Alvazzi del Frate (Chair), Phil Reichel, Ingeborg Geyer (Treasurer), Tobias Krachler (Secretary)\n"
        + "The meeting was chaired by Jay Albanese, Vice-Chair of the Alliance, on behalf of Anna Alvazzi del Frate.\n"
        + "Jay Albanese, Vice-Chair\n"
        + "During the briefing on the HLPF, the role of civil society in achieving the SDGs was explained. The thematic session "
        + "of the 30th session of the CCPCJ will be further discussed during the reconvened session in December.\n"
        + "Tobias Krachler, Secretary\n"
        + "Reminded the participants of the upcoming meetings: the briefing on July 21st, the side event on July 28th, and the "
        + "next informal meeting on August 10th, from 15:00 to 16:30 CET.\n";

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n\t\n")]
    [InlineData("\uFEFF")]
    [InlineData(null)]
    public void Empty_text_is_refused(string? text)
    {
        var result = ChatExportReader.Read(text);

        Assert.False(result.IsChatExport);
        Assert.Equal(ChatExportReader.EmptyProblem, result.Problem);
        Assert.Empty(result.Messages);
    }

    public static TheoryData<string, string> NotChats => new()
    {
        { "csv", "Name,Email,Role,Joined\nJay Albanese,jay@example.org,Vice-Chair,15:02:11\nAnna Alvazzi,anna@example.org,Chair,15:03:40\n" },
        { "csv with times first", "15:04:33,Jay Albanese,to Everyone,hello\n15:05:00,Anna,to Everyone,hi\n" },
        {
            "json",
            "{\n  \"messages\": [\n    { \"from\": \"Jay Albanese\", \"to\": \"Everyone\", \"time\": \"15:04:33\", \"text\": \"hello to all: x\" }\n  ]\n}\n"
        },
        {
            "prose",
            "The Alliance met online in March. Members exchanged news about the CCPCJ and the CND.\n"
            + "Several members said that the link to all: documents should be sent earlier.\nThe next meeting is in April.\n"
        },
        { "minutes paragraphs", MinutesParagraphs },
        { "transcript", "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nJay Albanese: Welcome everyone.\n\n2\n00:00:05.000 --> 00:00:08.000\nAnna: Thank you.\n" },
    };

    [Theory]
    [MemberData(nameof(NotChats))]
    public void Text_without_message_lines_is_refused_with_a_sentence(string kind, string text)
    {
        var result = ChatExportReader.Read(text);

        Assert.False(result.IsChatExport, kind);
        Assert.Equal(ChatExportReader.NoMessagesProblem, result.Problem);
        Assert.Empty(result.Messages);
    }

    [Fact]
    public void Minutes_that_quote_a_chat_at_the_end_are_refused_as_a_document()
    {
        var minutesWithAnnex = MinutesParagraphs
            + "Jeanne Example to all: Our op-ed is out: https://example.org/op-ed\n"
            + "Gary Example to all: The calendar is at https://example.net/\n";

        var result = ChatExportReader.Read(minutesWithAnnex);

        Assert.False(result.IsChatExport);
        Assert.Equal(
            "This looks like a document rather than a saved chat: only 2 of its 10 lines start a chat message. "
            + "Send the chat file saved from Webex or Zoom itself, not minutes or notes that quote it.",
            result.Problem);
        Assert.Empty(result.Messages);
    }

    [Fact]
    public void Short_title_before_the_chat_is_accepted()
    {
        var result = ChatExportReader.Read("Chat\n9th informal meeting, 25 March 2027\nJay Albanese to all: hello\n" + string.Concat(Enumerable.Repeat("a long line of text\n", 20)));

        Assert.True(result.IsChatExport, result.Problem);
        Assert.Single(result.Messages);
    }

    [Fact]
    public void Chat_after_a_longer_preamble_is_accepted_when_message_lines_dominate()
    {
        var preamble = "Saved chat\nInformal meeting\nHosted by the secretariat\n";
        var chat = string.Concat(Enumerable.Range(1, 7).Select(i => $"Jay Albanese to all: message {i}\n"));

        var result = ChatExportReader.Read(preamble + chat);

        Assert.True(result.IsChatExport, result.Problem);
        Assert.Equal(7, result.Messages.Count);
    }
}
