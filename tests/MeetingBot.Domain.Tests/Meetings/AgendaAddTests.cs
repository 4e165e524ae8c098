using MeetingBot.Domain.Meetings;
using static MeetingBot.Domain.Tests.Meetings.MeetingFixtures;

namespace MeetingBot.Domain.Tests.Meetings;

public sealed class AgendaAddTests
{
    [Fact]
    public void An_item_added_before_the_deadline_is_accepted_and_numbered_after_the_standing_items()
    {
        var meeting = NinthMeeting();

        var result = Agenda.Add(meeting, "Nominations for Board positions", Anna, new Presenter("Ian Tennant", Ian.UserId),
            minutes: 15, Now, proposerCanManage: false);

        Assert.True(result.Succeeded);
        var item = Assert.IsType<AgendaItem>(result.Item);
        Assert.Equal(4, item.Position);
        Assert.Equal(AgendaItemStatus.Accepted, item.Status);
        Assert.False(item.IsLate);
        Assert.Equal(("Ian Tennant", "u-ian", 15), (item.PresenterName, item.PresenterUserId, item.Minutes));
        Assert.Equal((Anna.UserId, Anna.Name, meeting.Id), (item.ProposedByUserId, item.ProposedByName, item.MeetingId));
        Assert.Equal(
            "Added as item 4 on the agenda of the 9th Informal Meeting of the Alliance: Nominations for Board positions.",
            result.Message);
    }

    [Fact]
    public void A_members_item_after_the_deadline_is_late_and_waits_for_approval()
    {
        var meeting = NinthMeeting();

        var result = Agenda.Add(meeting, "Website", Anna, null, null, AfterDeadline, proposerCanManage: false);

        Assert.True(result.Succeeded);
        Assert.Equal((true, AgendaItemStatus.AwaitingApproval), (result.Item?.IsLate, result.Item?.Status));
        Assert.Equal(
            "Added as item 4 on the agenda of the 9th Informal Meeting of the Alliance: Website. It is late (the deadline "
            + "was 29 Aug 2027, 15:30 (GMT+2)), so it waits for the approval of the chair or the secretary.",
            result.Message);
    }

    [Fact]
    public void A_chairs_item_after_the_deadline_is_late_but_accepted()
    {
        var result = Agenda.Add(NinthMeeting(), "Website", Tobias, null, null, AfterDeadline, proposerCanManage: true);

        Assert.Equal((true, AgendaItemStatus.Accepted), (result.Item?.IsLate, result.Item?.Status));
    }

    [Fact]
    public void An_item_exactly_at_the_deadline_is_not_late()
    {
        var meeting = NinthMeeting();

        var result = Agenda.Add(meeting, "Website", Anna, null, null, meeting.AgendaDeadlineUtc, proposerCanManage: false);

        Assert.False(result.Item?.IsLate);
    }

    [Fact]
    public void The_chair_approves_a_late_item_and_a_member_cannot()
    {
        var meeting = NinthMeeting();
        var item = Added(Agenda.Add(meeting, "Website", Anna, null, null, AfterDeadline, false));

        var byMember = Agenda.Approve(meeting, item, canManage: false);
        var byChair = Agenda.Approve(meeting, item, canManage: true);
        var again = Agenda.Approve(meeting, item, canManage: true);

        Assert.Equal((false, "Only the chair or the secretary can approve late items."), (byMember.Succeeded, byMember.Message));
        Assert.True(byChair.Succeeded);
        Assert.Equal(AgendaItemStatus.Accepted, item.Status);
        Assert.True(item.IsLate);
        Assert.Equal((false, "Item 4 is not waiting for approval."), (again.Succeeded, again.Message));
    }

    [Fact]
    public void A_closed_agenda_refuses_new_items_with_advice_that_fits_the_asker()
    {
        var meeting = NinthMeeting();
        Agenda.Close(meeting, canManage: true);

        var member = Agenda.Add(meeting, "Website", Anna, null, null, Now, proposerCanManage: false);
        var chair = Agenda.Add(meeting, "Website", Tobias, null, null, Now, proposerCanManage: true);

        Assert.Equal("The agenda of the 9th Informal Meeting of the Alliance is closed. Ask the chair or the secretary "
                     + "to add your item.", member.Message);
        Assert.Equal("The agenda of the 9th Informal Meeting of the Alliance is closed. Reopen it first to add items.",
            chair.Message);
        Assert.True(Agenda.Reopen(meeting, canManage: true).Succeeded);
        Assert.True(Agenda.Add(meeting, "Website", Anna, null, null, Now, false).Succeeded);
    }

    [Fact]
    public void Only_the_chair_or_secretary_close_the_agenda()
    {
        var meeting = NinthMeeting();

        var result = Agenda.Close(meeting, canManage: false);

        Assert.False(result.Succeeded);
        Assert.False(meeting.AgendaClosed);
    }

    [Fact]
    public void A_meeting_that_has_started_takes_no_new_items()
    {
        var meeting = NinthMeeting();

        var result = Agenda.Add(meeting, "Website", Anna, null, null, Start.AddMinutes(1), false);

        Assert.Equal("The 9th Informal Meeting of the Alliance has already started, so its agenda is fixed. "
                     + "Raise your point under AOB.", result.Message);
    }

    [Fact]
    public void A_cancelled_meeting_takes_no_new_items()
    {
        var meeting = NinthMeeting();
        meeting.Cancel(Now);

        var result = Agenda.Add(meeting, "Website", Anna, null, null, Now, false);

        Assert.Equal("The 9th Informal Meeting of the Alliance was cancelled, so it takes no agenda items.", result.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(481)]
    public void Minutes_outside_1_to_480_are_refused(int minutes)
    {
        var result = Agenda.Add(NinthMeeting(), "Website", Anna, null, minutes, Now, false);

        Assert.Equal((false, "The time for an item must be between 1 and 480 minutes, like 15."), (result.Succeeded, result.Message));
    }

    [Fact]
    public void An_empty_title_is_refused_with_an_example()
    {
        var result = Agenda.Add(NinthMeeting(), " <b> </b> ", Anna, null, null, Now, false);

        Assert.Equal("An agenda item needs a title, e.g. agenda add Nominations for Board positions.", result.Message);
    }

    [Fact]
    public void One_hundred_members_adding_items_get_numbers_1_to_100_without_gaps()
    {
        var meeting = PlainMeeting();

        for (var i = 1; i <= 100; i++)
        {
            Agenda.Add(meeting, $"Topic {i}", new Person($"u-{i}", $"Member {i}"), null, null, Now, false);
        }

        Assert.Equal(Enumerable.Range(1, 100), meeting.Positions());
    }

    [Fact]
    public void Total_minutes_are_shown_against_the_meeting_length()
    {
        var meeting = PlainMeeting();
        Agenda.Add(meeting, "Budget", Anna, null, 40, Now, false);
        Agenda.Add(meeting, "Website", Anna, null, 30, Now, false);
        Agenda.Add(meeting, "AOB", Anna, null, null, Now, false);

        Assert.Equal(70, Agenda.TotalMinutes(meeting));
        Assert.Equal("70 of 90 minutes planned", Agenda.PlannedText(meeting));

        Agenda.Add(meeting, "Strategy", Anna, null, 30, Now, false);
        Assert.Equal("100 of 90 minutes planned (10 over)", Agenda.PlannedText(meeting));
    }
}
