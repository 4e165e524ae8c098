using MeetingBot.Domain.Meetings;

namespace MeetingBot.Domain.Tests.Meetings;

public sealed class RecurrenceParsingTests
{
    [Theory]
    [InlineData("every second Thursday of the month at 15:00", "every second Thursday of the month at 15:00")]
    [InlineData("second Thursday of every month 15:00", "every second Thursday of the month at 15:00")]
    [InlineData("every 2nd Thu at 3pm", "every second Thursday of the month at 15:00")]
    [InlineData("last Friday of the month at 10:00", "every last Friday of the month at 10:00")]
    [InlineData("the 1st Monday of each month at 9am", "every first Monday of the month at 09:00")]
    [InlineData("every fourth Wednesday of the month at 3:30pm", "every fourth Wednesday of the month at 15:30")]
    [InlineData("monthly on the 15th at 15:00", "monthly on the 15th at 15:00")]
    [InlineData("monthly on day 15 at 15:00", "monthly on the 15th at 15:00")]
    [InlineData("on the 31st of every month at 18:00", "monthly on the 31st at 18:00")]
    [InlineData("weekly on Tuesday at 10:00", "every Tuesday at 10:00")]
    [InlineData("every Tuesday at 10:00", "every Tuesday at 10:00")]
    [InlineData("every 2 weeks on Monday at 09:30", "every 2 weeks on Monday at 09:30")]
    [InlineData("every other Monday at 09:30", "every 2 weeks on Monday at 09:30")]
    [InlineData("every second week on Friday at 11:00", "every 2 weeks on Friday at 11:00")]
    [InlineData("fortnightly on Wednesdays at 14:00", "every 2 weeks on Wednesday at 14:00")]
    [InlineData("Every Second Thursday Of The Month At 15:00 Europe/Vienna",
        "every second Thursday of the month at 15:00 Europe/Vienna")]
    [InlineData("every second thursday of the month at 15:00 america/new_york",
        "every second Thursday of the month at 15:00 America/New_York")]
    [InlineData("every Tuesday at 15:00-16:30", "every Tuesday at 15:00-16:30")]
    [InlineData("every Tuesday from 10:00 to 11:30", "every Tuesday at 10:00-11:30")]
    [InlineData("every Tuesday from 10am to 11:30am from 2027-09-07", "every Tuesday at 10:00-11:30 starting 2027-09-07")]
    [InlineData("every other Monday at 09:30 starting 2027-09-06", "every 2 weeks on Monday at 09:30 starting 2027-09-06")]
    [InlineData("every Tuesday at 10:00 from 7 Sep 2027", "every Tuesday at 10:00 starting 2027-09-07")]
    public void Rules_are_read_the_way_chairs_write_them(string text, string canonical)
    {
        Assert.True(RecurrenceRule.TryParse(text, out var rule, out var problem), problem);
        Assert.Equal(canonical, rule.ToText());
    }

    [Theory]
    [InlineData("every second Thursday of the month at 15:00 Europe/Vienna")]
    [InlineData("every last Friday of the month at 10:00")]
    [InlineData("monthly on the 31st at 18:00-19:30 America/New_York")]
    [InlineData("every 3 weeks on Saturday at 00:00 starting 2027-01-02")]
    [InlineData("every Sunday at 22:00-24:00")]
    public void The_canonical_text_reads_back_to_the_same_rule(string text)
    {
        Assert.True(RecurrenceRule.TryParse(text, out var rule, out var problem), problem);
        Assert.True(RecurrenceRule.TryParse(rule.ToText(), out var again, out problem), problem);
        Assert.Equal(rule, again);
    }

    [Theory]
    [InlineData("", "I could not read that as a repeating meeting")]
    [InlineData("whenever the chair feels like it", "I could not read that as a repeating meeting")]
    [InlineData("every weekday at 10:00", "I could not read that as a repeating meeting")]
    [InlineData("every Tuesday", "Say what time the meetings start")]
    [InlineData("second Thursday at 15:00", "I could not read that as a repeating meeting")]
    [InlineData("every second Thursday of the month at 3", "Add am or pm")]
    [InlineData("every 6th Friday at 10:00", "A month has at most five Fridays")]
    [InlineData("monthly on the 32nd at 10:00", "A month has days 1 to 31")]
    [InlineData("last day of the month at 10:00", "last day of the month are not supported")]
    [InlineData("every 20 weeks on Monday at 10:00", "every 1 to 12 weeks")]
    [InlineData("every other week at 10:00", "Say which weekday")]
    [InlineData("every Tuesday at 10:00 CET", "CET would drift")]
    [InlineData("every Tuesday at 10:00 on 31 Aug 2027", "not a date")]
    [InlineData("every Tuesday at 17:00-16:00", "which is not after its start")]
    [InlineData("every Tuesday at 10:00 starting soon", "full date with its year")]
    [InlineData("every Tuesday at 10:00 starting 7 Sep", "full date with its year")]
    [InlineData("every Tuesday at 10:00 in the big room", "I could not read \"in the big room\" as the time")]
    public void Unreadable_rules_get_a_sentence_saying_what_to_write(string text, string expected)
    {
        Assert.False(RecurrenceRule.TryParse(text, out var rule, out var problem));
        Assert.Null(rule);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_very_long_text_is_refused_without_reading_it()
    {
        Assert.False(RecurrenceRule.TryParse("every Tuesday at 10:00 " + new string('x', 10_000), out _, out var problem));
        Assert.StartsWith("I could not read that as a repeating meeting", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zone_written_in_the_rule_is_kept_as_its_IANA_id()
    {
        Assert.True(RecurrenceRule.TryParse("every Tuesday at 10:00 europe/vienna", out var rule, out _));
        Assert.Equal("Europe/Vienna", rule.TimeZoneId);
        Assert.Equal(new TimeOnly(10, 0), rule.Time);
        Assert.Equal(RecurrenceKind.Weekly, rule.Kind);
    }
}
