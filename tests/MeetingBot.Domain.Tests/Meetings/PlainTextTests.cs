using MeetingBot.Domain.Meetings;

namespace MeetingBot.Domain.Tests.Meetings;

/// <summary>What members type is reduced to plain text, and no character makes the cleaning throw.</summary>
public sealed class PlainTextTests
{
    [Theory]
    [InlineData("Anna\uFFFE Alvarez", "Anna Alvarez")]
    [InlineData("Anna\uFFFF", "Anna")]
    [InlineData("<b>Phil</b> &amp; **Maria**", "Phil & Maria")]
    [InlineData("Jo\u200B Dedeyne\u202E-Amann", "Jo Dedeyne-Amann")]
    [InlineData("line one\nline two\u2028three", "line one line two three")]
    public void Cleans_markup_and_characters_that_would_break_text_downstream(string raw, string expected) =>
        Assert.Equal(expected, PlainText.Clean(raw));

    [Fact]
    public void A_lone_surrogate_is_dropped() =>
        // Built here: a lone surrogate in an attribute does not survive test discovery intact.
        Assert.Equal("Tobias Keller", PlainText.Clean("Tobias " + (char)0xD800 + "Keller"));
}
