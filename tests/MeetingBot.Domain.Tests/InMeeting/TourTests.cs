using MeetingBot.Domain.InMeeting;
using static MeetingBot.Domain.Tests.InMeeting.MeetingRecordFixtures;

namespace MeetingBot.Domain.Tests.InMeeting;

/// <summary>The tour de table's rules on the record alone.</summary>
public sealed class TourTests
{
    private static readonly DateTimeOffset Later = Start.AddMinutes(20);

    [Fact]
    public void The_tour_calls_present_people_by_arrival_and_late_arrivals_last()
    {
        var record = Running("Anna Alvarez", "Phil Reichel");
        record.MarkPresent(Person("Maria Costa"), AttendanceSources.Wrote, Start.AddMinutes(15), LateAfter);
        record.MarkPresent(Person("Ian Tennant"), AttendanceSources.JoinEvent, Start.AddMinutes(2), LateAfter);

        var outcome = record.StartTour(TourOrder.ByArrival, [], Later);

        Assert.Equal("Anna, Phil, Ian, Maria", string.Join(", ", record.TourSpeakers.Select(s => s.Name.Split(' ')[0])));
        Assert.Equal("Anna Alvarez", outcome.Called?.Name);
        Assert.True(record.TourSpeakers[3].JoinedLate);
        Assert.Equal(1, record.CalledNumber);
    }

    [Fact]
    public void Alphabetical_and_given_orders_put_everyone_else_after()
    {
        var alphabetical = Running("Phil Reichel", "Anna Alvarez", "Maria Costa");
        alphabetical.StartTour(TourOrder.Alphabetical, [], Later);
        var given = Running("Phil Reichel", "Anna Alvarez", "Maria Costa");
        given.StartTour(TourOrder.Given, [Id("Maria Costa"), Id("Phil Reichel")], Later);

        Assert.Equal("Anna=Speaking, Maria=Waiting, Phil=Waiting", Statuses(alphabetical));
        Assert.Equal("Maria=Speaking, Phil=Waiting, Anna=Waiting", Statuses(given));
    }

    [Fact]
    public void Pass_later_skip_and_back_move_through_the_tour()
    {
        var record = Running("Anna Alvarez", "Phil Reichel", "Maria Costa", "Ian Tennant");
        record.StartTour(TourOrder.ByArrival, [], Later);

        Assert.Equal("Phil Reichel", record.FinishTurn(Id("Anna"), byChair: false, Later).Called?.Name);
        Assert.Equal("Maria Costa", record.Later(Id("Phil"), Later).Called?.Name);
        Assert.Equal("Ian Tennant", record.Pass(Id("Maria"), Later).Called?.Name);
        var back = record.Back(Later);
        Assert.Equal("Maria Costa", back.Called?.Name);
        Assert.Equal("Ian Tennant", record.FinishTurn(Id("Maria"), byChair: false, Later).Called?.Name);
        Assert.Equal("Phil Reichel", record.Skip(Id("Ian"), Later).Called?.Name);
        var last = record.FinishTurn(Id("Anna"), byChair: true, Later);

        Assert.True(last.Ended);
        Assert.Equal(TourStatus.Ended, record.TourStatus);
        Assert.Equal("Anna=Spoke, Maria=Spoke, Ian=Skipped, Phil=Spoke", Statuses(record));
    }

    [Fact]
    public void Only_the_speaker_or_the_chair_moves_on_and_later_is_only_for_the_speaker()
    {
        var record = Running("Anna Alvarez", "Phil Reichel");
        record.StartTour(TourOrder.ByArrival, [], Later);

        var done = record.FinishTurn(Id("Phil"), byChair: false, Later);
        var later = record.Later(Id("Phil"), Later);

        Assert.False(done.Succeeded);
        Assert.Equal("It is Anna Alvarez's turn; only they or the chair can move on.", done.Message);
        Assert.Equal("It is not your turn yet; I will call you.", later.Message);
    }

    [Fact]
    public void Someone_waiting_may_pass_in_advance_and_is_not_called()
    {
        var record = Running("Anna Alvarez", "Phil Reichel", "Maria Costa");
        record.StartTour(TourOrder.ByArrival, [], Later);

        var passed = record.Pass(Id("Phil"), Later);
        var next = record.FinishTurn(Id("Anna"), byChair: false, Later);

        Assert.Equal("Noted: Phil Reichel passes.", passed.Message);
        Assert.Equal("Maria Costa", next.Called?.Name);
        Assert.Equal(3, record.CalledNumber);
    }

    [Fact]
    public void The_last_speaker_cannot_say_later()
    {
        var record = Running("Anna Alvarez");
        record.StartTour(TourOrder.ByArrival, [], Later);

        var later = record.Later(Id("Anna"), Later);

        Assert.False(later.Succeeded);
        Assert.StartsWith("Anna Alvarez, you are the last one", later.Message);
    }

    [Fact]
    public void Someone_joining_during_the_tour_is_added_at_the_end()
    {
        var record = Running("Anna Alvarez", "Phil Reichel");
        record.StartTour(TourOrder.ByArrival, [], Later);

        var change = record.MarkPresent(Person("Jay Albanese"), AttendanceSources.JoinEvent, Later, LateAfter);

        Assert.Equal("Jay Albanese", change.AddedToTour?.Name);
        Assert.Equal("Anna=Speaking, Phil=Waiting, Jay=Waiting", Statuses(record));
    }

    [Fact]
    public void Someone_who_left_before_their_turn_is_marked_absent_and_rejoins_at_the_end()
    {
        var record = Running("Anna Alvarez", "Phil Reichel", "Maria Costa");
        record.StartTour(TourOrder.ByArrival, [], Later);
        record.MarkLeft(Id("Phil"), Later);

        var next = record.FinishTurn(Id("Anna"), byChair: false, Later);
        record.MarkPresent(Person("Phil Reichel"), AttendanceSources.JoinEvent, Later, LateAfter);

        Assert.Equal("Maria Costa", next.Called?.Name);
        Assert.StartsWith("Thank you, Anna Alvarez. Phil Reichel has left the meeting, so I moved on.", next.Message);
        Assert.Equal("Anna=Spoke, Maria=Speaking, Phil=Waiting", Statuses(record));
    }

    [Fact]
    public void Only_the_current_speakers_words_are_their_update_and_not_while_paused_or_off_the_record()
    {
        var record = Running("Anna Alvarez", "Phil Reichel");
        record.StartTour(TourOrder.ByArrival, [], Later);

        Assert.True(record.RecordUpdate(Id("Anna"), "Briefing on the HLPF."));
        Assert.False(record.RecordUpdate(Id("Phil"), "Sorry, my sound is off."));
        record.GoOffTheRecord(Later);
        Assert.False(record.RecordUpdate(Id("Anna"), "Confidential."));
        record.GoOnTheRecord();
        record.PauseTour();
        Assert.False(record.RecordUpdate(Id("Anna"), "While paused."));
        record.ResumeTour(Later);
        Assert.True(record.RecordUpdate(Id("Anna"), "The CND session is in September."));

        Assert.Equal("Briefing on the HLPF.\nThe CND session is in September.", record.CurrentSpeaker?.Update);
    }

    [Fact]
    public void Ending_the_tour_early_leaves_the_rest_not_reached_and_resume_calls_them()
    {
        var record = Running("Anna Alvarez", "Phil Reichel", "Maria Costa");
        record.StartTour(TourOrder.ByArrival, [], Later);

        var ended = record.EndTour(Later);
        Assert.True(ended.Ended);
        Assert.Equal("Anna=Spoke, Phil=NotReached, Maria=NotReached", Statuses(record));

        var resumed = record.ResumeTour(Later);
        Assert.Equal("Phil Reichel", resumed.Called?.Name);
    }

    [Fact]
    public void A_tour_needs_a_running_meeting_and_someone_present()
    {
        var empty = Running();
        var ended = Running("Anna Alvarez");
        ended.End(Later);

        Assert.StartsWith("Nobody is marked present yet", empty.StartTour(TourOrder.ByArrival, [], Later).Message);
        Assert.Equal("The 9th Informal Meeting of the Alliance has ended.", ended.StartTour(TourOrder.ByArrival, [], Later).Message);
    }
}
