using MeetingBot.Documents.ChatExports;

namespace MeetingBot.Documents.Tests.ChatExports;

/// <summary>Which single lines start a message, who sent it, at what time, and which lines are only text.</summary>
public sealed class ChatExportLineTests
{
    private const string Opening = "Jay Albanese to all: Welcome everyone.";

    [Theory]
    [InlineData("Jay Albanese to all: hello", "Jay Albanese", null)]
    [InlineData("Jay Albanese to Everyone: hello", "Jay Albanese", null)]
    [InlineData("Jay Albanese to All Participants: hello", "Jay Albanese", null)]
    [InlineData("Anna Alvazzi del Frate (Chair) to all: hello", "Anna Alvazzi del Frate (Chair)", null)]
    [InlineData("Dürmayer, Evelyn (she/her) to everyone: hello", "Dürmayer, Evelyn (she/her)", null)]
    [InlineData("from Jay Albanese to Everyone: hello", "Jay Albanese", null)]
    [InlineData("15:04:33 from jay albanese to everyone: hello", "jay albanese", "15:04:33")]
    [InlineData("15:04 Jay Albanese to all: hello", "Jay Albanese", "15:04:00")]
    [InlineData("03:04 PM Jay Albanese to all: hello", "Jay Albanese", "15:04:00")]
    [InlineData("12:04 AM Jay Albanese to all: hello", "Jay Albanese", "00:04:00")]
    [InlineData("12:04 p.m. Jay Albanese to all: hello", "Jay Albanese", "12:04:00")]
    [InlineData("[15:04] Jay Albanese to all: hello", "Jay Albanese", "15:04:00")]
    [InlineData("[15:04:33] Jay Albanese to all: hello", "Jay Albanese", "15:04:33")]
    [InlineData("2027-03-25 15:04:33 Jay Albanese to Everyone: hello", "Jay Albanese", "15:04:33")]
    [InlineData("25.03.2027 15:04 Jay Albanese to Everyone: hello", "Jay Albanese", "15:04:00")]
    [InlineData("03/25/2027, 3:04 PM Jay Albanese to Everyone: hello", "Jay Albanese", "15:04:00")]
    [InlineData("from Jay Albanese to everyone:   03:04 PM\nhello", "Jay Albanese", "15:04:00")]
    [InlineData("15:04:33\t From  Jay Albanese  to  Everyone:\thello", "Jay Albanese", "15:04:33")]
    [InlineData("15:04:33 From Jay Albanese To Everyone:\n\thello", "Jay Albanese", "15:04:33")]
    [InlineData("15:04:33\t From  Jay Albanese : hello", "Jay Albanese", "15:04:33")]
    [InlineData("00:58:04\tJay Albanese:\thello", "Jay Albanese", "00:58:04")]
    [InlineData("15:04:33 From jay.albanese@example.org to Everyone:\n\thello", "jay.albanese@example.org", "15:04:33")]
    [InlineData("15:04:33 From +43 664 1234567 to Everyone:\n\thello", "+43 664 1234567", "15:04:33")]
    public void Message_line_gives_sender_and_time(string text, string sender, string? time)
    {
        var result = ChatExportReader.Read(text);

        Assert.True(result.IsChatExport, result.Problem);
        var message = Assert.Single(result.Messages);
        Assert.Equal((sender, time is null ? (TimeOnly?)null : TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), "hello"), (message.Sender, message.TimeOfDay, message.Text));
    }

    [Theory]
    [InlineData("Jay Albanese to Tobias Krachler (privately): hello")]
    [InlineData("from Jay Albanese to Tobias Krachler (Privately): hello")]
    [InlineData("15:04:33 from Jay Albanese to Tobias Krachler:\nhello")]
    [InlineData("[15:04] Jay Albanese to All Panelists: hello")]
    [InlineData("15:04:33\t From  Jay Albanese  to  Tobias Krachler(Direct Message):\thello")]
    [InlineData("15:04:33 From Jay Albanese To Dürmayer, Evelyn (she/her)(Direct Message):\n\thello")]
    [InlineData("10:03:41\t From  Jay Albanese to  Tobias Krachler(Privately) : hello")]
    public void Private_message_is_skipped_and_counted(string text)
    {
        var result = ChatExportReader.Read(Opening + "\n" + text);

        Assert.True(result.IsChatExport, result.Problem);
        Assert.Equal("Welcome everyone.", Assert.Single(result.Messages).Text);
        Assert.Equal(1, result.SkippedPrivate);
    }

    [Theory]
    [InlineData("Thanks to all: great meeting")]
    [InlineData("Hello to all: see you in April")]
    [InlineData("Good morning to all: coffee is ready")]
    [InlineData("I said to all: please register")]
    [InlineData("Please send it to all: members and observers")]
    [InlineData("From Monday to Friday: workshops in room M1")]
    [InlineData("from the secretariat to everyone: agenda attached")]
    [InlineData("Anna, could you send this to all: the minutes are out?")]
    [InlineData("\tJay Albanese to all: indented, so Zoom message text")]
    [InlineData("  Jay Albanese to all: indented, so text")]
    [InlineData("- Morning session 10:00 – 12:00: https://media.example.org/morning")]
    [InlineData("15:00 to 17:00: afternoon session")]
    [InlineData("https://example.org to all: a link first")]
    [InlineData("Vienna, VIC C-BR D, 8–10 December")]
    [InlineData("25:61 Jay Albanese to Tobias: not a time")]
    public void Line_that_does_not_start_a_message_continues_the_one_before(string line)
    {
        var result = ChatExportReader.Read(Opening + "\n" + line);

        var message = Assert.Single(result.Messages);
        Assert.Equal("Welcome everyone.\n" + line.Trim(), message.Text);
        Assert.Equal(0, result.SkippedPrivate);
    }

    [Fact]
    public void Plausible_name_at_the_start_of_a_line_starts_a_message_even_inside_another()
    {
        // The documented limit: Webex writes no marker between a message's own lines and the next message.
        var result = ChatExportReader.Read(Opening + "\nIan Tennant to all: and our blog on the cybercrime process");

        Assert.Equal(["Jay Albanese", "Ian Tennant"], result.Messages.Select(m => m.Sender));
    }

    [Fact]
    public void Zoom_reply_drops_the_quoted_line_and_keeps_the_answer()
    {
        var result = ChatExportReader.Read(
            "15:03:12 From Anna To Everyone:\n\tReplying to \"Good afternoon from Wi...\":\n\t\n\tHello!\n\t\n\tSee https://example.org/a");

        Assert.Equal("Hello!\n\nSee https://example.org/a", Assert.Single(result.Messages).Text);
    }

    [Fact]
    public void Zoom_reactions_are_counted_not_read_as_messages()
    {
        var result = ChatExportReader.Read(
            "15:02:03 From Anna To Everyone:\n\tHi\n15:02:30 From Kwame To Everyone:\n\tReacted to \"Hi\" with 👍\n"
            + "15:02:40 From Kwame To Everyone:\n\tRemoved a 👍 reaction from \"Hi\"\n"
            + "15:02:50 From Kwame To Everyone:\n\tReacted to the news with joy, as everyone did");

        Assert.Equal(["Hi", "Reacted to the news with joy, as everyone did"], result.Messages.Select(m => m.Text));
        Assert.Equal(2, result.SkippedReactions);
    }

    [Fact]
    public void Bom_tabs_trailing_spaces_and_control_characters_do_not_reach_the_text()
    {
        var result = ChatExportReader.Read("\uFEFFJay Albanese to all:   hello\u0000 there \t \r\n\tsecond\u0007 line   \r\n\r\n");

        var message = Assert.Single(result.Messages);
        Assert.Equal(("Jay Albanese", "hello there\nsecond line"), (message.Sender, message.Text));
    }

    [Fact]
    public void Blank_lines_inside_a_message_are_kept_once()
    {
        var result = ChatExportReader.Read(Opening + "\n\n\n\nsecond paragraph\n\n");

        Assert.Equal("Welcome everyone.\n\nsecond paragraph", Assert.Single(result.Messages).Text);
    }

    [Fact]
    public void Message_line_without_text_is_left_out_but_the_file_is_a_chat()
    {
        var result = ChatExportReader.Read("15:04:33 From Anna To Everyone:\n15:05:00 From Kwame To Everyone:\n\tHello");

        Assert.True(result.IsChatExport);
        Assert.Equal(["Kwame"], result.Messages.Select(m => m.Sender));
    }

    [Fact]
    public void Chat_with_only_private_messages_is_a_chat_with_nothing_to_import()
    {
        var result = ChatExportReader.Read("Jay Albanese to Tobias Krachler (privately): hello\nAnna to Jay (privately): hi");

        Assert.True(result.IsChatExport, result.Problem);
        Assert.Empty(result.Messages);
        Assert.Equal(2, result.SkippedPrivate);
    }
}
