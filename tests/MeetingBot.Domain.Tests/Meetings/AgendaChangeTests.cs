using MeetingBot.Domain.Meetings;
using static MeetingBot.Domain.Tests.Meetings.MeetingFixtures;

namespace MeetingBot.Domain.Tests.Meetings;

public sealed class AgendaChangeTests
{
    [Fact]
    public void Withdrawing_an_item_closes_the_gap_in_the_numbering()
    {
        var meeting = PlainMeeting().WithItems("Budget", "Website", "Strategy", "Cybercrime");
        var website = meeting.At(2);

        var result = Agenda.Withdraw(meeting, website, Anna, canManage: false);

        Assert.Equal("Item 2 (Website) is withdrawn; the items after it moved up.", result.Message);
        Assert.Equal(["Budget", "Strategy", "Cybercrime"], meeting.Titles());
        Assert.Equal([1, 2, 3], meeting.Positions());
        Assert.Equal((AgendaItemStatus.Withdrawn, 0), (website.Status, website.Position));
        Assert.Contains(website, meeting.Items);
    }

    [Fact]
    public void A_member_cannot_withdraw_someone_elses_item()
    {
        var meeting = PlainMeeting().WithItems("Budget");

        var result = Agenda.Withdraw(meeting, meeting.At(1), Ian, canManage: false);

        Assert.Equal("You can change only items you proposed; item 1 was proposed by Anna Alvazzi del Frate. "
                     + "Ask them, or the chair or the secretary.", result.Message);
        Assert.Single(meeting.ActiveItems);
    }

    [Fact]
    public void The_secretary_removes_any_item()
    {
        var meeting = PlainMeeting().WithItems("Budget", "Website");

        var result = Agenda.Withdraw(meeting, meeting.At(1), Tobias, canManage: true);

        Assert.Equal("Item 1 (Budget) is removed; the items after it moved up.", result.Message);
        Assert.Equal(["Website"], meeting.Titles());
    }

    [Fact]
    public void A_member_cannot_change_a_standing_item()
    {
        var meeting = NinthMeeting();

        var result = Agenda.Edit(meeting, meeting.At(4), "Any other business", Anna, canManage: false);

        Assert.Equal("Item 4 is a standing item; only the chair or the secretary can change it.", result.Message);
    }

    [Fact]
    public void A_member_edits_their_own_item_and_the_title_is_cleaned()
    {
        var meeting = PlainMeeting().WithItems("Budget");

        var result = Agenda.Edit(meeting, meeting.At(1), "**Budget 2027**\n", Anna, canManage: false);

        Assert.Equal((true, "Item 1 is now: Budget 2027."), (result.Succeeded, result.Message));
        Assert.Equal(["Budget 2027"], meeting.Titles());
    }

    [Fact]
    public void After_the_agenda_closes_only_the_chair_or_secretary_edit()
    {
        var meeting = PlainMeeting().WithItems("Budget");
        Agenda.Close(meeting, canManage: true);
        var item = meeting.At(1);

        var member = Agenda.Edit(meeting, item, "Budget 2027", Anna, canManage: false);
        var secretary = Agenda.Edit(meeting, item, "Budget 2027", Tobias, canManage: true);

        Assert.False(member.Succeeded);
        Assert.StartsWith("The agenda of the Board meeting is closed", member.Message, StringComparison.Ordinal);
        Assert.True(secretary.Succeeded);
    }

    [Fact]
    public void A_withdrawn_item_cannot_be_edited()
    {
        var meeting = PlainMeeting().WithItems("Budget");
        var item = meeting.At(1);
        Agenda.Withdraw(meeting, item, Anna, false);

        var result = Agenda.Edit(meeting, item, "Budget 2027", Anna, false);

        Assert.Equal("\"Budget\" was withdrawn, so it can't be changed.", result.Message);
    }

    [Fact]
    public void A_member_cannot_reorder_the_agenda()
    {
        var meeting = PlainMeeting().WithItems("Budget", "Website");

        var result = Agenda.Move(meeting, 2, 1, canManage: false);

        Assert.Equal((false, "Only the chair or the secretary can reorder the agenda. You can edit or withdraw your own items."),
            (result.Succeeded, result.Message));
        Assert.Equal(["Budget", "Website"], meeting.Titles());
    }

    [Theory]
    [InlineData(4, 1, new[] { "D", "A", "B", "C", "E" })]
    [InlineData(1, 5, new[] { "B", "C", "D", "E", "A" })]
    [InlineData(2, 4, new[] { "A", "C", "D", "B", "E" })]
    [InlineData(3, 3, new[] { "A", "B", "C", "D", "E" })]
    public void The_chair_moves_an_item_and_the_rest_shift(int from, int to, string[] expected)
    {
        var meeting = PlainMeeting().WithItems("A", "B", "C", "D", "E");

        var result = Agenda.Move(meeting, from, to, canManage: true);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(expected, meeting.Titles());
        Assert.Equal([1, 2, 3, 4, 5], meeting.Positions());
    }

    [Theory]
    [InlineData(0, 1, "There is no item 0: the agenda has items 1 to 3.")]
    [InlineData(1, 4, "There is no item 4: the agenda has items 1 to 3.")]
    public void Moving_to_or_from_a_missing_position_says_which_exist(int from, int to, string message)
    {
        var meeting = PlainMeeting().WithItems("A", "B", "C");

        Assert.Equal(message, Agenda.Move(meeting, from, to, canManage: true).Message);
    }

    [Fact]
    public void Merging_joins_titles_keeps_the_presenter_and_adds_the_minutes()
    {
        var meeting = PlainMeeting();
        Agenda.Add(meeting, "Budget", Anna, new Presenter("Inge Geyer"), 20, Now, false);
        Agenda.Add(meeting, "Website", Anna, null, 10, Now, false);
        Agenda.Add(meeting, "Membership fees", Ian, new Presenter("Ian Tennant"), 15, Now, false);

        var result = Agenda.Merge(meeting, keepPosition: 1, mergePosition: 3, canManage: true);

        Assert.Equal("Merged item 3 into item 1: Budget; Membership fees.", result.Message);
        Assert.Equal(["Budget; Membership fees", "Website"], meeting.Titles());
        Assert.Equal([1, 2], meeting.Positions());
        var kept = meeting.At(1);
        Assert.Equal(("Inge Geyer", 35), (kept.PresenterName, kept.Minutes));
    }

    [Fact]
    public void Merging_into_an_item_without_presenter_takes_the_other_presenter()
    {
        var meeting = PlainMeeting();
        Agenda.Add(meeting, "Budget", Anna, null, null, Now, false);
        Agenda.Add(meeting, "Fees", Anna, new Presenter("Inge Geyer", "u-inge"), null, Now, false);

        Agenda.Merge(meeting, 1, 2, canManage: true);

        var kept = meeting.At(1);
        Assert.Equal(("Inge Geyer", "u-inge", (int?)null), (kept.PresenterName, kept.PresenterUserId, kept.Minutes));
    }

    [Fact]
    public void Merging_is_refused_for_members_for_one_item_and_for_titles_too_long_together()
    {
        var meeting = PlainMeeting().WithItems(new string('a', 120), new string('b', 120));

        Assert.StartsWith("Only the chair or the secretary can merge", Agenda.Merge(meeting, 1, 2, false).Message, StringComparison.Ordinal);
        Assert.Equal("Give two different items to merge, like merge 2 and 5.", Agenda.Merge(meeting, 1, 1, true).Message);
        Assert.Equal("Together the titles would be longer than 200 characters. Shorten one first.",
            Agenda.Merge(meeting, 1, 2, true).Message);
        Assert.Equal(2, meeting.ActiveItems.Count);
    }

    [Fact]
    public void Nothing_changes_on_the_agenda_of_an_ended_meeting()
    {
        var meeting = PlainMeeting().WithItems("A", "B");
        meeting.MarkEnded(Start.AddHours(2));

        Assert.Equal("The Board meeting has already taken place, so its agenda can't change.",
            Agenda.Move(meeting, 1, 2, canManage: true).Message);
        Assert.False(Agenda.Withdraw(meeting, meeting.At(1), Anna, canManage: true).Succeeded);
    }
}
