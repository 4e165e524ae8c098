using MeetingBot.Domain.Meetings;
using static MeetingBot.Domain.Tests.Meetings.MeetingFixtures;

namespace MeetingBot.Domain.Tests.Meetings;

/// <summary>Second Thursdays at 15:00 Vienna in autumn 2027: 9 Sep, 14 Oct (13:00 UTC), 11 Nov, 9 Dec (14:00 UTC).</summary>
public sealed class SeriesScheduleTests
{
    private static readonly DateTimeOffset September = Utc("2027-09-09T13:00Z");
    private static readonly DateTimeOffset October = Utc("2027-10-14T13:00Z");
    private static readonly DateTimeOffset November = Utc("2027-11-11T14:00Z");

    [Fact]
    public void A_series_that_does_not_repeat_creates_nothing() =>
        Assert.Empty(SeriesSchedule.StartsToCreate(Series(), [], Now));

    [Fact]
    public void An_empty_recurring_series_creates_its_first_meeting()
    {
        var series = MonthlySeries();

        Assert.Equal([September], SeriesSchedule.StartsToCreate(series, [], Now));
    }

    [Fact]
    public void Nothing_is_created_while_the_next_meeting_is_scheduled()
    {
        var series = MonthlySeries();
        var september = series.CreateMeeting(September, Now, occurrenceUtc: September);

        Assert.Empty(SeriesSchedule.StartsToCreate(series, [september], Now));
    }

    [Fact]
    public void After_a_meeting_ends_the_next_one_is_due()
    {
        var series = MonthlySeries();
        var september = series.CreateMeeting(September, Now, occurrenceUtc: September);
        september.MarkEnded(September.AddMinutes(90));

        Assert.Equal([October], SeriesSchedule.StartsToCreate(series, [september], September.AddHours(2)));
    }

    [Fact]
    public void A_skipped_meeting_is_not_created_again()
    {
        var series = MonthlySeries();
        var september = series.CreateMeeting(September, Now, occurrenceUtc: September);
        september.Cancel(Now);

        Assert.Equal([October], SeriesSchedule.StartsToCreate(series, [september], Now));
    }

    [Fact]
    public void A_meeting_moved_earlier_still_fills_its_slot()
    {
        var series = MonthlySeries();
        var september = series.CreateMeeting(September, Now, occurrenceUtc: September);
        september.Reschedule(September.AddDays(-2), September.AddDays(-2).AddMinutes(90), Vienna, Now);
        september.MarkEnded(September.AddDays(-2).AddMinutes(90));

        Assert.Equal([October], SeriesSchedule.StartsToCreate(series, [september], September.AddDays(-1)));
    }

    [Fact]
    public void A_series_keeps_the_set_number_of_meetings_ahead()
    {
        var series = MonthlySeries();
        series.MeetingsAhead = 3;
        var september = series.CreateMeeting(September, Now, occurrenceUtc: September);

        Assert.Equal([October, November], SeriesSchedule.StartsToCreate(series, [september], Now));
    }

    private static MeetingSeries MonthlySeries()
    {
        var series = Series();
        Assert.True(series.SetRecurrence("every second Thursday of the month at 15:00", Now).Succeeded);
        return series;
    }
}
