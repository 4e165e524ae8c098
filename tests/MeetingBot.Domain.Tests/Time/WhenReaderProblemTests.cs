using MeetingBot.Domain.Time;
using static MeetingBot.Domain.Tests.Time.TestClock;

namespace MeetingBot.Domain.Tests.Time;

/// <summary>What the reader refuses, and that it says why and what to write instead. "Now" is 10 Mar 2027 09:00 UTC.</summary>
public sealed class WhenReaderProblemTests
{
    [Theory]
    [InlineData("", WhenProblem.Unreadable)]
    [InlineData("   ", WhenProblem.Unreadable)]
    [InlineData("blah", WhenProblem.Unreadable)]
    [InlineData("Europe/Vienna", WhenProblem.Unreadable)]
    [InlineData("Augst 31 15:00", WhenProblem.Unreadable)]
    [InlineData("the 31st at 3pm", WhenProblem.Unreadable)]
    [InlineData("Aug 3pm", WhenProblem.Unreadable)]
    [InlineData("tuesday 3", WhenProblem.Unreadable)]
    [InlineData("tomorrow and 31 Aug", WhenProblem.Unreadable)]
    [InlineData("15:00 and 16:00 tomorrow", WhenProblem.Unreadable)]
    [InlineData("in 2 hours tomorrow", WhenProblem.Unreadable)]
    [InlineData("32 Jan", WhenProblem.InvalidDate)]
    [InlineData("31 Feb", WhenProblem.InvalidDate)]
    [InlineData("30 February 2027", WhenProblem.InvalidDate)]
    [InlineData("29 Feb 2027 10:00", WhenProblem.InvalidDate)]
    [InlineData("31/13/2027", WhenProblem.InvalidDate)]
    [InlineData("Mon 31 Aug 2027 15:00", WhenProblem.InvalidDate)]
    [InlineData("25:00", WhenProblem.InvalidTime)]
    [InlineData("tomorrow 15:75", WhenProblem.InvalidTime)]
    [InlineData("tomorrow 13pm", WhenProblem.InvalidTime)]
    [InlineData("tomorrow 0am", WhenProblem.InvalidTime)]
    [InlineData("tomorrow at 3", WhenProblem.InvalidTime)]
    [InlineData("tomorrow 3-4:30", WhenProblem.InvalidTime)]
    [InlineData("31 Aug 2020", WhenProblem.InPast)]
    [InlineData("31 Aug 2020 15:30", WhenProblem.InPast)]
    [InlineData("today 08:00", WhenProblem.InPast)]
    [InlineData("10 Mar 9:59", WhenProblem.InPast)]
    [InlineData("tomorrow 17:00-15:30", WhenProblem.EndBeforeStart)]
    [InlineData("tomorrow 15:00-15:00", WhenProblem.EndBeforeStart)]
    [InlineData("tomorrow 3pm-2pm", WhenProblem.EndBeforeStart)]
    [InlineData("31 Aug 15:00 Mars/Olympus", WhenProblem.UnknownTimeZone)]
    [InlineData("31 Aug 15:00 Europe/Atlantis", WhenProblem.UnknownTimeZone)]
    [InlineData("31 Aug 15:00 IST", WhenProblem.UnknownTimeZone)]
    [InlineData("31 Aug 15:00 UTC+15", WhenProblem.UnknownTimeZone)]
    [InlineData("31 Aug 15:00 Europe/Vienna America/New_York", WhenProblem.ConflictingTimeZones)]
    [InlineData("31 Aug 15:00 CET UTC+2", WhenProblem.ConflictingTimeZones)]
    [InlineData("31 Aug 15:00 Europe/Vienna UTC+5", WhenProblem.ConflictingTimeZones)]
    public void Refuses_what_it_cannot_read_without_guessing(string text, WhenProblem problem)
    {
        var result = Reader().Read(text, Vienna);

        Assert.False(result.Succeeded);
        Assert.Equal(problem, result.Problem);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
        Assert.EndsWith(".", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("30 February 2027", "February 2027 has no 30th day. Its last day is the 28th.")]
    [InlineData("32 Jan", "January has no 32nd day. Its last day is the 31st.")]
    [InlineData("31 Feb", "February has no 31st day. Its last day is the 29th.")]
    [InlineData("31 Aug 2020", "31 Aug 2020 is in the past. Give a date from today on.")]
    [InlineData("31 Aug 2020 15:30", "31 Aug 2020 is in the past. Give a date from today on.")]
    [InlineData("today 08:00",
        "Today at 08:00 is already over (it is now 10:00 in Europe/Vienna). Give a later time or another day.")]
    [InlineData("25:00", "25:00 is not a time of day. Use a time from 00:00 to 23:59.")]
    [InlineData("Mon 31 Aug 2027 15:00", "31 Aug 2027 is a Tuesday, not a Monday. Check the date or the weekday.")]
    [InlineData("31/13/2027",
        "\"31/13/2027\" has no month 13. Numeric dates are read day first, so 31/08/2027 is 31 August 2027.")]
    [InlineData("tomorrow at 3",
        "I can't tell whether \"3\" is in the morning or the afternoon. Add am or pm (3pm) or use 24-hour time (15:00).")]
    [InlineData("31 Aug 15:00 Mars/Olympus",
        "I don't know the time zone \"Mars/Olympus\". Use a name like Europe/Vienna or America/New_York, or an offset like UTC+2.")]
    [InlineData("tomorrow 17:00-15:30",
        "The meeting would end at 15:30, which is not after its start at 17:00. Give the start first, like 15:30-17:00.")]
    public void Explains_the_problem_in_a_sentence_that_says_what_to_do(string text, string message)
    {
        var result = Reader().Read(text, Vienna);

        Assert.Equal(message, result.Message);
    }

    [Fact]
    public void An_unknown_default_zone_is_reported_as_a_setting_to_fix()
    {
        var result = Reader().Read("31 Aug 15:00", "Mars/Olympus");

        Assert.Equal(WhenProblem.UnknownTimeZone, result.Problem);
        Assert.Contains("\"Mars/Olympus\"", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_default_zone_does_not_matter_when_the_text_names_a_zone()
    {
        var result = Reader().Read("31 Aug 15:00 Europe/Vienna", "Mars/Olympus");

        Assert.Equal(Utc("2027-08-31T13:00Z"), result.Start);
    }

    [Fact]
    public void Slash_words_away_from_a_time_stay_text()
    {
        var result = Reader().Read("31 Aug 15:00 on Teams/Zoom", Vienna);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("on Teams/Zoom", result.Rest);
    }

    [Fact]
    public void Only_a_time_is_a_missing_date_when_the_caller_requires_one()
    {
        var result = Reader().Read("15:00", Vienna, new WhenReadOptions { RequireDate = true });

        Assert.Equal(WhenProblem.MissingDate, result.Problem);
        Assert.Equal("I need a date as well as the time, for example 31 Aug 15:30 or tomorrow 15:30.", result.Message);
    }

    [Fact]
    public void Only_a_date_is_a_missing_time_when_the_caller_requires_one()
    {
        var result = Reader().Read("31 Aug", Vienna, new WhenReadOptions { RequireTime = true });

        Assert.Equal(WhenProblem.MissingTime, result.Problem);
    }

    [Fact]
    public void A_failure_carries_no_instant()
    {
        var result = Reader().Read("blah", Vienna);

        Assert.Equal(default, result.Start);
        Assert.Null(result.End);
        Assert.Equal("", result.TimeZoneId);
    }
}
