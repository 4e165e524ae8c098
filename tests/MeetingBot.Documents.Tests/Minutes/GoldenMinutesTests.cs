using MeetingBot.Documents.Minutes;
using MeetingBot.Domain.Minutes;

namespace MeetingBot.Documents.Tests.Minutes;

/// <summary>The 9th Informal Meeting's minutes, as Markdown, compared with the golden file character for character.</summary>
public sealed class GoldenMinutesTests
{
    private const string GoldenFile = "golden-minutes.md";

    [Fact]
    public void The_recorded_meeting_gives_exactly_the_expected_Markdown()
    {
        var markdown = MarkdownMinutesWriter.Write(MinutesComposer.Compose(GoldenMeeting.Input()));

        if (MinutesFixtures.UpdateRequested)
        {
            MinutesFixtures.Update(GoldenFile, markdown);
            Assert.Fail($"{GoldenFile} was rewritten because {MinutesFixtures.UpdateVariable}=1; review the diff and run again without it.");
        }

        Assert.Equal(MinutesFixtures.Read(GoldenFile), markdown);
    }

    [Fact]
    public void Composing_twice_gives_the_same_document()
    {
        var first = MinutesJson.Serialize(MinutesComposer.Compose(GoldenMeeting.Input()));
        var second = MinutesJson.Serialize(MinutesComposer.Compose(GoldenMeeting.Input()));

        Assert.Equal(first, second);
    }
}
