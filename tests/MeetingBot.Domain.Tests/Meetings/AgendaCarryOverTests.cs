using MeetingBot.Domain.Meetings;
using static MeetingBot.Domain.Tests.Meetings.MeetingFixtures;

namespace MeetingBot.Domain.Tests.Meetings;

public sealed class AgendaCarryOverTests
{
    [Fact]
    public void A_new_series_meeting_starts_with_the_standing_items_of_the_sample_minutes()
    {
        var meeting = NinthMeeting();

        Assert.Equal(["Updates from the Alliance", "Updates from partners", "Tour de table", "AOB"], meeting.Titles());
        Assert.All(meeting.ActiveItems, item =>
        {
            Assert.True(item.IsStanding);
            Assert.Equal(AgendaItem.StandingProposer, item.ProposedByUserId);
        });
    }

    [Fact]
    public void Standing_items_go_before_existing_items_and_are_not_added_twice()
    {
        var series = Series();
        var meeting = PlainMeeting().WithItems("Budget");

        Agenda.ApplyStandingItems(meeting, series, Now);
        var again = Agenda.ApplyStandingItems(meeting, series, Now);

        Assert.Equal(["Updates from the Alliance", "Updates from partners", "Tour de table", "AOB", "Budget"], meeting.Titles());
        Assert.Equal([1, 2, 3, 4, 5], meeting.Positions());
        Assert.Empty(again.Items);
    }

    [Fact]
    public void Items_not_reached_are_carried_over_to_the_next_meeting()
    {
        var series = Series();
        var ninth = series.CreateMeeting(Start, Now).WithItems("Budget", "Website", "Strategy");
        var tenth = series.CreateMeeting(Start.AddDays(28), Now);

        var result = Agenda.CarryOver(ninth, tenth, [5, 6], Now, canManage: true);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("Carried over to the 10th Informal Meeting of the Alliance: 4. Website, 5. Strategy.", result.Message);
        Assert.Equal(["Updates from the Alliance", "Updates from partners", "Tour de table", "Website", "Strategy", "AOB"],
            tenth.Titles());
        Assert.All(result.Items, item =>
        {
            Assert.Equal(ninth.Id, item.CarriedOverFromMeetingId);
            Assert.Equal(tenth.Id, item.MeetingId);
            Assert.Equal((AgendaItemStatus.Accepted, false), (item.Status, item.IsLate));
            Assert.Equal(Anna.UserId, item.ProposedByUserId);
        });
    }

    [Fact]
    public void Carrying_over_twice_or_carrying_standing_items_adds_nothing()
    {
        var series = Series();
        var ninth = series.CreateMeeting(Start, Now).WithItems("Budget");
        var tenth = series.CreateMeeting(Start.AddDays(28), Now);

        Agenda.CarryOver(ninth, tenth, [4], Now, canManage: true);
        var again = Agenda.CarryOver(ninth, tenth, [1, 4, 5], Now, canManage: true);

        Assert.Equal("Nothing new to carry over to the 10th Informal Meeting of the Alliance.", again.Message);
        Assert.Equal(5, tenth.ActiveItems.Count);
    }

    [Fact]
    public void Only_the_chair_or_secretary_carry_items_over()
    {
        var series = Series();
        var ninth = series.CreateMeeting(Start, Now).WithItems("Budget");
        var tenth = series.CreateMeeting(Start.AddDays(28), Now);

        var result = Agenda.CarryOver(ninth, tenth, [5], Now, canManage: false);

        Assert.False(result.Succeeded);
        Assert.Equal(4, tenth.ActiveItems.Count);
    }

    [Fact]
    public void Carry_over_candidates_leave_out_standing_and_withdrawn_items()
    {
        var meeting = NinthMeeting().WithItems("Budget", "Website");
        Agenda.Withdraw(meeting, meeting.At(4), Anna, false);

        Assert.Equal(["Website"], Agenda.CarryOverCandidates(meeting).Select(item => item.Title));
    }

    [Fact]
    public void A_missing_position_is_refused_before_anything_is_copied()
    {
        var series = Series();
        var ninth = series.CreateMeeting(Start, Now).WithItems("Budget");
        var tenth = series.CreateMeeting(Start.AddDays(28), Now);

        var result = Agenda.CarryOver(ninth, tenth, [5, 9], Now, canManage: true);

        Assert.Equal("There is no item 9: the agenda has items 1 to 5.", result.Message);
        Assert.Equal(4, tenth.ActiveItems.Count);
    }
}
