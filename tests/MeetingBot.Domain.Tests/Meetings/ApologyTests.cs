using MeetingBot.Domain.Meetings;
using static MeetingBot.Domain.Tests.Meetings.MeetingFixtures;

namespace MeetingBot.Domain.Tests.Meetings;

public sealed class ApologyTests
{
    [Fact]
    public void Sending_apologies_twice_keeps_one_entry_with_the_new_reason()
    {
        var meeting = NinthMeeting();

        var first = meeting.SendApologies(Anna.UserId, Anna.Name, "travelling", Now);
        var second = meeting.SendApologies(Anna.UserId, Anna.Name, "at the HRC in Geneva", Now.AddDays(1));

        Assert.Equal("Thank you, Anna Alvazzi del Frate: your apologies for the 9th Informal Meeting of the Alliance are noted.",
            first.Message);
        Assert.Equal("Your apologies for the 9th Informal Meeting of the Alliance are updated.", second.Message);
        var apology = Assert.Single(meeting.Apologies);
        Assert.Equal(("at the HRC in Geneva", Now.AddDays(1), meeting.Id), (apology.Reason, apology.AtUtc, apology.MeetingId));
    }

    [Fact]
    public void A_reason_is_optional_and_cleaned_and_cut_to_300_characters()
    {
        var meeting = NinthMeeting();

        meeting.SendApologies(Anna.UserId, Anna.Name, "   ", Now);
        meeting.SendApologies(Ian.UserId, Ian.Name, "<b>" + new string('x', 10_000), Now);

        Assert.Null(meeting.Apologies[0].Reason);
        var reason = Assert.IsType<string>(meeting.Apologies[1].Reason);
        Assert.Equal(300, reason.Length);
        Assert.EndsWith("…", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_meeting_needs_no_apologies()
    {
        var meeting = NinthMeeting();
        meeting.Cancel(Now);

        var result = meeting.SendApologies(Anna.UserId, Anna.Name, null, Now);

        Assert.Equal((false, "The 9th Informal Meeting of the Alliance was cancelled, so no apologies are needed."),
            (result.Succeeded, result.Message));
        Assert.Empty(meeting.Apologies);
    }

    [Fact]
    public void Apologies_can_be_taken_back()
    {
        var meeting = NinthMeeting();
        meeting.SendApologies(Anna.UserId, Anna.Name, null, Now);

        Assert.True(meeting.WithdrawApologies(Anna.UserId).Succeeded);
        Assert.False(meeting.WithdrawApologies(Anna.UserId).Succeeded);
        Assert.Empty(meeting.Apologies);
    }
}
