using System.Text;
using MeetingBot.Documents.ChatExports;

namespace MeetingBot.Documents.Tests.ChatExports;

/// <summary>Large or hostile files are read in one pass; these tests check the result, the runner's timeout the time.</summary>
public sealed class ChatExportPerformanceTests
{
    [Fact]
    public void Five_megabyte_zoom_export_is_read_whole()
    {
        var builder = new StringBuilder(5_300_000);
        var count = 0;
        while (builder.Length < 5_000_000)
        {
            var seconds = count % 86_400;
            builder.Append($"{seconds / 3600:00}:{seconds / 60 % 60:00}:{seconds % 60:00} From Member {count % 97}, Org ({count % 13}) To Everyone:\n");
            builder.Append($"\tMessage {count} with a link https://example.org/items/{count}\n\tand a second line to all: of us\n");
            count++;
        }

        var result = ChatExportReader.Read(builder.ToString());

        Assert.True(result.IsChatExport, result.Problem);
        Assert.Equal(ChatExportFormat.Zoom, result.Format);
        Assert.Equal(count, result.Messages.Count);
        Assert.Equal($"Message {count - 1} with a link https://example.org/items/{count - 1}\nand a second line to all: of us", result.Messages[^1].Text);
    }

    [Fact]
    public void Long_lines_full_of_colons_and_to_words_are_read_as_text()
    {
        var hostile = string.Concat(Enumerable.Repeat("A to B:", 200_000)) + "\n" + string.Concat(Enumerable.Repeat("12:", 200_000));

        var result = ChatExportReader.Read("Jay Albanese to all: start\n" + hostile);

        Assert.True(result.IsChatExport, result.Problem);
        Assert.Equal(["Jay Albanese"], result.Messages.Select(m => m.Sender));
    }
}
