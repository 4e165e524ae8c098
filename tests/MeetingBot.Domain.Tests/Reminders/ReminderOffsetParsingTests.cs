using MeetingBot.Domain.Reminders;

namespace MeetingBot.Domain.Tests.Reminders;

public sealed class ReminderOffsetParsingTests
{
    public static TheoryData<string, int, ReminderUnit> Readable => new()
    {
        { "10 days", 10, ReminderUnit.Days },
        { "1 day", 1, ReminderUnit.Days },
        { "2d", 2, ReminderUnit.Days },
        { "1 week", 7, ReminderUnit.Days },
        { "2 weeks before", 14, ReminderUnit.Days },
        { "2 hours", 2, ReminderUnit.Hours },
        { "3h", 3, ReminderUnit.Hours },
        { "30 minutes", 30, ReminderUnit.Minutes },
        { "30 min", 30, ReminderUnit.Minutes },
        { "90m", 90, ReminderUnit.Minutes },
        { " 15 Minutes ", 15, ReminderUnit.Minutes },
    };

    [Theory]
    [MemberData(nameof(Readable))]
    public void An_offset_is_read_as_people_write_it(string text, int amount, ReminderUnit unit)
    {
        Assert.True(ReminderOffset.TryParse(text, out var offset, out var problem), problem);
        Assert.Equal(new ReminderOffset(amount, unit), offset);
    }

    [Theory]
    [InlineData("", "Give a time before the meeting")]
    [InlineData("soon", "Give a time before the meeting")]
    [InlineData("10 fortnights", "I don't know the unit \"fortnights\"")]
    [InlineData("0 minutes", "between 1 minute and 60 days")]
    [InlineData("61 days", "between 1 minute and 60 days")]
    public void An_unreadable_offset_is_refused_with_what_to_write(string text, string expected)
    {
        Assert.False(ReminderOffset.TryParse(text, out _, out var problem));
        Assert.Contains(expected, problem);
    }

    [Theory]
    [InlineData(7, ReminderUnit.Days, "7 days")]
    [InlineData(1, ReminderUnit.Days, "1 day")]
    [InlineData(1, ReminderUnit.Hours, "1 hour")]
    [InlineData(15, ReminderUnit.Minutes, "15 minutes")]
    public void An_offset_is_written_back_in_words(int amount, ReminderUnit unit, string expected) =>
        Assert.Equal(expected, new ReminderOffset(amount, unit).ToString());

    [Theory]
    [InlineData("call", ReminderKind.CallForItems)]
    [InlineData("Deadline", ReminderKind.AgendaDeadline)]
    [InlineData("day-before", ReminderKind.DayBefore)]
    [InlineData("tomorrow", ReminderKind.DayBefore)]
    [InlineData("soon", ReminderKind.StartingSoon)]
    public void A_kind_is_read_by_its_word(string word, ReminderKind expected)
    {
        Assert.True(ReminderKinds.TryParse(word, out var kind));
        Assert.Equal(expected, kind);
    }

    [Fact]
    public void A_kind_of_two_words_is_read_before_its_setting()
    {
        Assert.True(ReminderKinds.TryParsePrefix("day before 2 days", out var kind, out var rest));
        Assert.Equal(ReminderKind.DayBefore, kind);
        Assert.Equal("2 days", rest);
    }
}
