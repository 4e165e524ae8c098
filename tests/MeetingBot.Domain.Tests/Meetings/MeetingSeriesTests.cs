using MeetingBot.Domain.Meetings;
using static MeetingBot.Domain.Tests.Meetings.MeetingFixtures;

namespace MeetingBot.Domain.Tests.Meetings;

public sealed class MeetingSeriesTests
{
    [Fact]
    public void A_new_series_has_the_alliances_defaults()
    {
        var series = new MeetingSeries();

        Assert.Equal(("Europe/Vienna", TimeSpan.FromMinutes(90), 2, 1, 0),
            (series.TimeZoneId, series.DefaultDuration, series.AgendaDeadlineDays, series.MeetingsAhead, series.LastNumber));
        Assert.Equal(["Updates from the Alliance", "Updates from partners", "Tour de table", "AOB"], series.StandingItems);
        Assert.Null(series.Recurrence);
    }

    [Fact]
    public void The_next_meeting_is_numbered_without_anyone_counting()
    {
        var series = Series();

        var ninth = series.CreateMeeting(Start, Now);
        var tenth = series.CreateMeeting(Start.AddDays(28), Now);

        Assert.Equal("9th Informal Meeting of the Alliance", ninth.DisplayTitle);
        Assert.Equal("10th Informal Meeting of the Alliance", tenth.DisplayTitle);
        Assert.Equal(10, series.LastNumber);
        Assert.Equal((series.Id, "team-1", "conv-1", "Webex", Vienna),
            (ninth.SeriesId, ninth.ScopeId, ninth.ConversationKey, ninth.Location, ninth.TimeZoneId));
        Assert.Equal(Start.AddMinutes(90), ninth.EndUtc);
        Assert.Equal(MeetingStatus.Scheduled, ninth.Status);
    }

    [Fact]
    public void Cancelling_the_newest_meeting_gives_its_number_to_the_next()
    {
        var series = Series();
        var ninth = series.CreateMeeting(Start, Now);
        ninth.Cancel(Now);

        Assert.True(series.GiveBackNumber(ninth));
        var next = series.CreateMeeting(Start.AddDays(7), Now);

        Assert.Equal("9th Informal Meeting of the Alliance", next.DisplayTitle);
        Assert.Null(ninth.Number);
        Assert.False(series.GiveBackNumber(next));
    }

    [Fact]
    public void Setting_a_recurrence_stores_its_canonical_text()
    {
        var series = Series();

        var result = series.SetRecurrence("Every 2nd Thu at 3pm", Now);

        Assert.Equal("The Informal Meeting of the Alliance now meets every second Thursday of the month at 15:00.", result.Message);
        Assert.Equal("every second Thursday of the month at 15:00", series.RecurrenceText);
        Assert.Equal(RecurrenceKind.MonthlyOnWeekday, series.Recurrence?.Kind);
    }

    [Fact]
    public void A_fortnightly_recurrence_is_pinned_to_its_first_meeting()
    {
        var series = Series();

        series.SetRecurrence("every other Monday at 09:30", Now);

        Assert.Equal("every 2 weeks on Monday at 09:30 starting 2027-08-23", series.RecurrenceText);
    }

    [Fact]
    public void An_unreadable_recurrence_is_refused_and_the_old_one_kept()
    {
        var series = Series();
        series.SetRecurrence("every Tuesday at 10:00", Now);

        var result = series.SetRecurrence("every so often", Now);

        Assert.False(result.Succeeded);
        Assert.Equal("every Tuesday at 10:00", series.RecurrenceText);
    }

    [Fact]
    public void Standing_items_are_cleaned_and_deduplicated()
    {
        var series = Series();

        var result = series.SetStandingItems(["**Updates** from the Alliance", "AOB", "aob"]);

        Assert.True(result.Succeeded);
        Assert.Equal(["Updates from the Alliance", "AOB"], series.StandingItems);
        Assert.False(series.SetStandingItems(["AOB", ""]).Succeeded);
    }

    [Fact]
    public void A_recurrence_with_a_length_sets_the_meetings_end()
    {
        var series = Series();
        series.SetRecurrence("every second Thursday of the month at 15:00-16:30", Now);

        var meeting = series.CreateMeeting(Utc("2027-09-09T13:00Z"), Now);

        Assert.Equal(Utc("2027-09-09T14:30Z"), meeting.EndUtc);
    }
}
