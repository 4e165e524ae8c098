using MeetingBot.Conversations.Dialogs;
using MeetingBot.Domain.Time;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Domain.Tests.Conversations;

public sealed class PromptReaderTests
{
    private readonly PromptReader _reader = new(new WhenReader(new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero))));

    [Theory]
    [InlineData("1", 0)]
    [InlineData("2", 1)]
    [InlineData("europe/vienna", 0)]
    [InlineData("America/New", 1)]
    [InlineData("Another", 2)]
    [InlineData("0", null)]
    [InlineData("4", null)]
    [InlineData("A", null)]
    [InlineData("", null)]
    public void Choice_answers_by_number_name_or_unique_beginning(string answer, int? expected)
    {
        var prompt = Prompt.Choice("zone", "Which?", "Europe/Vienna", "America/New_York", "Another time zone");

        var result = _reader.Read(prompt, answer, "Europe/Vienna", out var problem);

        Assert.Equal(expected, result?.ChoiceIndex);
        Assert.Equal(expected is null, problem is not null);
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Y", true)]
    [InlineData("ok.", true)]
    [InlineData("no", false)]
    [InlineData("Nope!", false)]
    [InlineData("maybe", null)]
    public void Confirm_answers_yes_or_no(string answer, bool? expected)
    {
        var result = _reader.Read(Prompt.Confirm("c", "Sure?"), answer, "Europe/Vienna", out _);

        Assert.Equal(expected, result?.Confirmed);
    }

    [Fact]
    public void A_text_answer_over_the_limit_is_refused_with_the_limit()
    {
        var result = _reader.Read(Prompt.Text("t", "Title?", maxLength: 10), new string('a', 11), "UTC", out var problem);

        Assert.Null(result);
        Assert.Equal("That is 11 characters; please keep it under 10.", problem);
    }

    [Fact]
    public void An_optional_text_prompt_accepts_skip_as_empty()
    {
        var result = _reader.Read(Prompt.Text("t", "Org?", optional: true), "skip", "UTC", out _);

        Assert.Equal(string.Empty, result?.Value);
    }

    [Fact]
    public void A_date_prompt_reads_a_date_in_the_given_zone()
    {
        var result = _reader.Read(Prompt.DateTime("when", "When?"), "2027-04-01 15:00", "Europe/Vienna", out var problem);

        Assert.Null(problem);
        Assert.Equal(new DateTimeOffset(2027, 4, 1, 13, 0, 0, TimeSpan.Zero), result?.When?.Start);
    }

    [Fact]
    public void A_date_prompt_refuses_a_time_skipped_by_daylight_saving()
    {
        var result = _reader.Read(Prompt.DateTime("when", "When?"), "2027-03-28 02:30", "Europe/Vienna", out var problem);

        Assert.Null(result);
        Assert.Contains("does not exist", problem);
    }
}
