using MeetingBot.Domain.InMeeting;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.People;
using static MeetingBot.Domain.Tests.InMeeting.MeetingRecordFixtures;

namespace MeetingBot.Domain.Tests.InMeeting;

/// <summary>Attendance on the record: arrivals, lateness, leaving, apologies, the roster; links and notes as kept.</summary>
public sealed class AttendanceTests
{
    [Fact]
    public void Arrivals_are_numbered_and_late_ones_marked_with_their_profile()
    {
        var record = Running();
        record.MarkPresent(new ParticipantInfo("29:anna", "Anna Alvarez") { Organisation = "UNODC-CST", Role = Role.Chair, MeetingRole = "Organizer" },
            AttendanceSources.JoinEvent, Start.AddMinutes(1), LateAfter);
        record.MarkPresent(Person("Phil Reichel"), AttendanceSources.Wrote, Start.AddMinutes(11), LateAfter);
        record.MarkPresent(Person("Anna Alvarez") with { UserId = "29:anna" }, AttendanceSources.Wrote, Start.AddMinutes(12), LateAfter);

        var anna = record.FindAttendee("29:anna")!;
        var phil = record.FindAttendee("29:phil")!;
        Assert.Equal((1, false, "UNODC-CST", Role.Chair, "Organizer"), (anna.ArrivalNumber!.Value, anna.IsLate, anna.Organisation!, anna.Role!.Value, anna.MeetingRole!));
        Assert.Equal(AttendanceSources.JoinEvent | AttendanceSources.Wrote, anna.Sources);
        Assert.Equal(Start.AddMinutes(1), anna.FirstJoinedAtUtc);
        Assert.Equal((2, true), (phil.ArrivalNumber!.Value, phil.IsLate));
    }

    [Fact]
    public void Leaving_and_coming_back_keeps_the_first_arrival()
    {
        var record = Running("Anna Alvarez");

        record.MarkLeft("29:anna", Start.AddMinutes(30));
        var left = record.FindAttendee("29:anna")!.Status;
        var back = record.MarkPresent(Person("Anna Alvarez"), AttendanceSources.JoinEvent, Start.AddMinutes(40), LateAfter);

        Assert.Equal(AttendanceStatus.Left, left);
        Assert.True(back.Arrived);
        Assert.Equal((AttendanceStatus.Present, 1, Start), (back.Attendee.Status, back.Attendee.ArrivalNumber!.Value, back.Attendee.FirstJoinedAtUtc!.Value));
    }

    [Fact]
    public void Apologies_are_refused_for_someone_who_is_here()
    {
        var record = Running("Anna Alvarez");

        var refused = record.MarkApologies(Person("Anna Alvarez"), null);
        var noted = record.MarkApologies(Person("Jay Albanese"), "travelling");

        Assert.Equal("Anna Alvarez is here, so no apologies are needed.", refused.Message);
        Assert.Equal("Apologies from Jay Albanese are noted.", noted.Message);
        Assert.Equal((AttendanceStatus.Apologies, "travelling"), (record.FindAttendee("29:jay")!.Status, record.FindAttendee("29:jay")!.ApologyReason));
    }

    [Fact]
    public void The_roster_lists_people_as_invited_until_they_come()
    {
        var record = Running();
        record.AddInvited(Person("Linda Witong"));
        record.AddInvited(Person("Ian Tennant"));

        record.MarkPresent(Person("Ian Tennant"), AttendanceSources.JoinEvent, Start, LateAfter);

        Assert.Equal(AttendanceStatus.Invited, record.FindAttendee("29:linda")!.Status);
        Assert.Equal(AttendanceSources.Roster | AttendanceSources.JoinEvent, record.FindAttendee("29:ian")!.Sources);
    }

    [Fact]
    public void A_link_shared_twice_is_kept_once_with_both_sharers()
    {
        var record = Running("Gary Hill", "Jay Albanese");

        var first = record.AddLink("http://crimeday.net/", "29:gary", "Gary Hill", "The existing Crime Day Calendar is at http://crimeday.net/", Start.AddMinutes(5));
        var second = record.AddLink("http://crimeday.net/", "29:jay", "Jay Albanese", "Also on http://crimeday.net", Start.AddMinutes(6));
        var again = record.AddLink("http://crimeday.net/", "29:gary", "Gary Hill", "again", Start.AddMinutes(7));

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Null(again);
        var link = Assert.Single(record.Links);
        Assert.Equal(["Gary Hill", "Jay Albanese"], link.Shares.Select(s => s.Name));
        Assert.Equal("The existing Crime Day Calendar is at http://crimeday.net/", link.Shares[0].Context);
    }

    [Fact]
    public void Notes_attach_to_the_current_item_and_are_refused_off_the_record()
    {
        var record = Running("Anna Alvarez");
        var item = new AgendaItem { Position = 2, Title = "Updates from UNODC" };
        var anna = new MeetingBot.Domain.Meetings.Person("29:anna", "Anna Alvarez");

        var general = record.AddNote(NoteKind.Note, "Welcome", anna, null, null, Start);
        record.SetCurrentItem(item);
        var decision = record.AddNote(NoteKind.Decision, "The task force oversees the waivers", anna, null, null, Start);
        record.GoOffTheRecord(Start);
        var refused = record.AddNote(NoteKind.Note, "secret", anna, null, null, Start);

        Assert.Equal("Note 1 noted.", general.Message);
        Assert.Equal("Decision 2 noted under item 2.", decision.Message);
        Assert.False(refused.Succeeded);
        Assert.Equal([(null, "Welcome"), (2, "The task force oversees the waivers")], record.Notes.Select(n => (n.ItemNumber, n.Text)));
    }
}
