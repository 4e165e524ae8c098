using MeetingBot.Domain.Meetings;
using static MeetingBot.Domain.Tests.Meetings.MeetingFixtures;

namespace MeetingBot.Domain.Tests.Meetings;

public sealed class DuplicateTitleTests
{
    [Theory]
    [InlineData("Nominations for Board positions", "Board position nominations")]
    [InlineData("Nominations for Board positions", "nominations for the board positions!")]
    [InlineData("Nominations for Board positions", "Nominatons for Board positions")]
    [InlineData("Website update", "Update of the website")]
    [InlineData("Budget 2027", "budget-2027")]
    [InlineData("Side event at BMS 7", "BMS 7 side event")]
    public void Very_similar_titles_are_flagged(string existing, string candidate)
    {
        var meeting = PlainMeeting().WithItems("Cybercrime convention", existing);

        var duplicate = Agenda.FindLikelyDuplicate(meeting, candidate);

        Assert.NotNull(duplicate);
        Assert.Equal(existing, duplicate.Title);
    }

    [Theory]
    [InlineData("Budget 2027", "Website update")]
    [InlineData("Budget 2027", "Budget 2028")]
    [InlineData("Updates from the Alliance", "Updates from partners")]
    [InlineData("Board elections", "Board meeting")]
    [InlineData("AOB", "AGM")]
    public void Different_topics_are_not_flagged(string existing, string candidate)
    {
        var meeting = PlainMeeting().WithItems(existing);

        Assert.Null(Agenda.FindLikelyDuplicate(meeting, candidate));
    }

    [Fact]
    public void A_withdrawn_item_is_not_a_duplicate()
    {
        var meeting = PlainMeeting().WithItems("Budget 2027");
        Agenda.Withdraw(meeting, meeting.ActiveItems[0], Anna, canManage: false);

        Assert.Null(Agenda.FindLikelyDuplicate(meeting, "Budget 2027"));
    }

    [Fact]
    public void The_closest_of_several_similar_items_is_returned()
    {
        var meeting = PlainMeeting().WithItems("Board position nominations process", "Nominations for Board positions");

        var duplicate = Agenda.FindLikelyDuplicate(meeting, "Board positions: nominations");

        Assert.Equal("Nominations for Board positions", duplicate?.Title);
    }
}
