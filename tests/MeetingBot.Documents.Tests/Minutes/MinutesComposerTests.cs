using MeetingBot.Domain.InMeeting;
using MeetingBot.Domain.Minutes;
using MeetingBot.Domain.People;

namespace MeetingBot.Documents.Tests.Minutes;

/// <summary>The composer's rules, one at a time, on small meetings.</summary>
public sealed class MinutesComposerTests
{
    [Fact]
    public void Someone_who_joined_twice_with_one_user_id_is_listed_once()
    {
        var meeting = new SmallMeeting();
        meeting.Present("29:anna", "Anna Berg", Role.Chair);
        meeting.Record.Attendees.Add(new Attendee { UserId = "29:anna", Name = "Anna Berg (phone)", Status = AttendanceStatus.Left, ArrivalNumber = 5 });

        Assert.Equal(["Participants: Anna Berg (Chair)"], meeting.Compose().Lines("participants").Take(1));
    }

    [Fact]
    public void Two_accounts_with_one_Entra_id_are_one_person_named_as_the_member()
    {
        var meeting = new SmallMeeting();
        meeting.Member("29:kat", "Katarzyna Nowak", Role.Member, aad: "aad-1");
        meeting.Present("29:kat", "Katarzyna Nowak", aad: "aad-1");
        meeting.Present("29:phone", "Kasia N.", aad: "AAD-1");

        Assert.Equal("Participants: Katarzyna Nowak", meeting.Compose().Lines("participants")[0]);
    }

    [Fact]
    public void Names_differing_only_in_case_accents_and_spaces_are_one_person()
    {
        var meeting = new SmallMeeting();
        meeting.Present("29:a", "Évelyn Dürmayer", organisation: "Vienna NGO Committee");
        meeting.Present("29:b", "evelyn   durmayer");
        meeting.Present("29:c", "Evelyn Durmayer-Smith");

        Assert.Equal("Participants: Évelyn Dürmayer (Vienna NGO Committee), Evelyn Durmayer-Smith",
            meeting.Compose().Lines("participants")[0]);
    }

    [Fact]
    public void Declining_the_calendar_invitation_counts_as_apologies_unless_the_person_came()
    {
        var meeting = new SmallMeeting();
        meeting.Present("29:a", "Anna Berg");
        meeting.Member("29:c", "Cara Dunn", Role.Treasurer);
        var input = meeting.Input(invited: ["Anna Berg", "Cara Dunn", "Dev Patel"]) with { DeclinedNames = ["anna berg", "Cara Dunn"] };

        Assert.Equal(["Participants: Anna Berg", "Apologies: Cara Dunn (Treasurer)"], MinutesComposer.Compose(input).Lines("participants"));
    }

    [Fact]
    public void Apologies_from_someone_who_came_after_all_are_not_listed()
    {
        var meeting = new SmallMeeting();
        meeting.Present("29:a", "Anna Berg");
        meeting.Meeting.Apologies.Add(new() { UserId = "29:a", Name = "Anna Berg" });
        meeting.Meeting.Apologies.Add(new() { UserId = "29:b", Name = "Ben Cole" });
        meeting.Excused("29:b2", "ben cole");

        Assert.Equal(["Participants: Anna Berg", "Apologies: Ben Cole"], meeting.Compose().Lines("participants"));
    }

    [Fact]
    public void Roles_and_titles_come_from_the_members_when_the_record_lacks_them_and_the_order_follows_the_sample()
    {
        var meeting = new SmallMeeting();
        meeting.Member("29:sec", "Tom Secretary", Role.Secretary);
        meeting.Member("29:vc", "Vera Vice", Role.ViceChair);
        meeting.Member("29:int", "Ida Intern", Role.Member, title: "Intern");
        meeting.Present("29:sec", "Tom Secretary");
        meeting.Present("29:int", "Ida Intern");
        meeting.Present("29:vc", "Vera Vice");
        meeting.Present("29:chair", "Carl Chair", Role.Chair);
        meeting.Present("29:un", "Uma Partner", Role.Guest, organisation: "UNODC CST", title: "Officer");

        var lines = meeting.Compose().Lines("participants");

        Assert.Equal("Participants: Carl Chair (Chair), Vera Vice (Vice-chair), Ida Intern (Intern), Tom Secretary (Secretary)", lines[0]);
        Assert.Equal("UNODC CST: Uma Partner (Officer)", lines[1]);
    }

    [Fact]
    public void The_chair_present_chairs_and_the_secretary_present_facilitates()
    {
        var meeting = new SmallMeeting();
        meeting.Present("29:c", "Carl Chair", Role.Chair);
        meeting.Present("29:v", "Vera Vice", Role.ViceChair);
        meeting.Present("29:s", "Tom Secretary", Role.Secretary);

        Assert.Equal("The meeting was chaired by Carl Chair, Chair, and facilitated by Tom Secretary, Secretary.",
            meeting.Compose().Lines("participants")[^1]);
    }

    [Fact]
    public void Without_the_chair_the_vice_chair_chairs_on_the_chairs_behalf()
    {
        var meeting = new SmallMeeting();
        meeting.Member("29:c", "Carl Chair", Role.Chair);
        meeting.Present("29:v", "Vera Vice", Role.ViceChair);

        Assert.Equal("The meeting was chaired by Vera Vice, Vice-chair, on behalf of Carl Chair, Chair.",
            meeting.Compose().Lines("participants")[^1]);
    }

    [Fact]
    public void With_neither_chair_nor_vice_chair_present_the_minutes_name_no_one_as_chair()
    {
        var meeting = new SmallMeeting();
        meeting.Member("29:c", "Carl Chair", Role.Chair);
        meeting.Present("29:m", "Mia Member", Role.Member);

        Assert.DoesNotContain(meeting.Compose().Lines("participants"), line => line.Contains("chaired", StringComparison.Ordinal));
    }

    [Fact]
    public void Notes_decisions_and_actions_go_under_their_item_with_owner_and_due_date()
    {
        var meeting = new SmallMeeting();
        meeting.Member("29:t", "Tom Brandt", Role.Secretary);
        var item = meeting.Item("Budget 2028", presenter: "Tom Brandt");
        meeting.Note(NoteKind.Action, "Send the budget", item, owner: "Tom B", ownerId: "29:t", due: new DateOnly(2027, 9, 15));
        meeting.Note(NoteKind.Decision, "The budget is adopted.", item);
        meeting.Note(NoteKind.Note, "The treasurer presented the figures.", item);
        meeting.Note(NoteKind.Action, "Book the room", item, owner: "UNODC CST");
        meeting.Note(NoteKind.Action, "Update the website", item, due: new DateOnly(2027, 10, 1));

        Assert.Equal(
        [
            "Presented by: Tom Brandt, Secretary",
            "The treasurer presented the figures.",
            "Decision: The budget is adopted.",
            "Action (Tom Brandt, by 15 Sep 2027): Send the budget",
            "Action (UNODC CST): Book the room",
            "Action (by 1 Oct 2027): Update the website",
        ], meeting.Compose().Lines("item-1"));
    }

    [Fact]
    public void Notes_taken_outside_any_item_go_under_AOB()
    {
        var meeting = new SmallMeeting();
        var withdrawn = meeting.Item("Withdrawn item");
        withdrawn.Status = Domain.Meetings.AgendaItemStatus.Withdrawn;
        meeting.Note(NoteKind.Note, "Welcome to new members.");
        meeting.Note(NoteKind.Decision, "Keep the date.", withdrawn);

        var document = meeting.Compose();

        Assert.Equal("Any other business", document.Section("aob")?.Heading);
        Assert.Equal(["Welcome to new members.", "Decision: Withdrawn item: Keep the date."], document.Lines("aob"));
        Assert.Null(document.Section("item-1"));
    }

    [Fact]
    public void The_tour_and_AOB_items_become_the_tour_and_aob_sections_in_agenda_order()
    {
        var meeting = new SmallMeeting();
        meeting.Item("Updates");
        meeting.Item("Tour de table");
        meeting.Item("AOB");
        meeting.Speaker("29:a", "Anna", TourSpeakerStatus.Spoke, "Hello");

        var document = meeting.Compose();

        Assert.Equal(["header", "participants", "agenda", "item-1", "tour", "aob", "next"], document.Sections.Select(s => s.Key));
        Assert.Equal("2. Tour de table", document.Section("tour")?.Heading);
        Assert.Equal("3. AOB", document.Section("aob")?.Heading);
    }

    [Fact]
    public void Speakers_are_paragraphs_and_passers_are_named_once()
    {
        var meeting = new SmallMeeting();
        meeting.Present("29:a", "Anna Berg", Role.Treasurer);
        meeting.Present("29:p", "Paul Roy", aad: "aad-p");
        meeting.Present("29:p2", "Paul Roy (mobile)", aad: "aad-p");
        meeting.Speaker("29:a", "Anna Berg", TourSpeakerStatus.Spoke, "First line\nSecond line\n");
        meeting.Speaker("29:p", "Paul Roy", TourSpeakerStatus.Passed);
        meeting.Speaker("29:p2", "Paul Roy (mobile)", TourSpeakerStatus.Passed);
        meeting.Speaker("29:q", "Quinn Lee", TourSpeakerStatus.Passed);
        meeting.Speaker("29:r", "Rosa Diaz", TourSpeakerStatus.NotReached);
        meeting.Speaker("29:s", "Sam Skip", TourSpeakerStatus.Skipped);

        Assert.Equal(
        [
            "**Anna Berg, Treasurer**",
            "First line Second line",
            "Passed: Paul Roy, Quinn Lee.",
            "Not reached: Rosa Diaz.",
        ], meeting.Compose().Lines("tour"));
    }

    [Fact]
    public void Someone_who_spoke_under_one_account_and_passed_under_another_spoke()
    {
        var meeting = new SmallMeeting();
        meeting.Present("29:p", "Paul Roy", aad: "aad-p");
        meeting.Present("29:p2", "Paul on phone", aad: "aad-p");
        meeting.Speaker("29:p2", "Paul on phone", TourSpeakerStatus.Passed);
        meeting.Speaker("29:p", "Paul Roy", TourSpeakerStatus.Spoke);

        Assert.Equal(["Spoke without a written update: Paul Roy."], meeting.Compose().Lines("tour"));
    }

    [Fact]
    public void The_next_meeting_sentence_gives_its_date_time_and_offset()
    {
        var meeting = new SmallMeeting();
        var next = new Domain.Meetings.Meeting
        {
            Title = "Board Meeting",
            StartUtc = new DateTimeOffset(2027, 11, 2, 14, 0, 0, TimeSpan.Zero),
            EndUtc = new DateTimeOffset(2027, 11, 2, 15, 30, 0, TimeSpan.Zero),
            TimeZoneId = "Europe/Vienna",
        };

        Assert.Equal(["The next Board Meeting will be on 2 Nov 2027, 15:00 - 16:30 (GMT+1)."], meeting.Compose(next).Lines("next"));
        Assert.Equal(["The date of the next meeting will be announced."], meeting.Compose().Lines("next"));
    }

    [Fact]
    public void The_header_gives_the_planned_and_actual_times()
    {
        var meeting = new SmallMeeting();
        meeting.Meeting.Location = "VIC Room M1";
        meeting.Record.StartedAtUtc = SmallMeeting.Start.AddMinutes(4);
        meeting.Record.EndedAtUtc = SmallMeeting.Start.AddMinutes(71);

        var document = meeting.Compose();

        Assert.Equal("3rd Board Meeting", document.Title);
        Assert.Equal(1, document.Section("header")?.Level);
        Assert.Equal(["Location: VIC Room M1", "9 Mar 2027, 15:00 - 16:00 (GMT+1)", "Actual time: 15:04 - 16:11 (GMT+1)"],
            document.Lines("header"));
    }

    [Fact]
    public void A_zone_this_machine_does_not_know_gives_times_in_GMT_rather_than_no_minutes()
    {
        var meeting = new SmallMeeting();
        meeting.Meeting.TimeZoneId = "Mars/Olympus_Mons";

        Assert.Equal("9 Mar 2027, 14:00 - 15:00 (GMT)", meeting.Compose().Lines("header")[0]);
    }

    [Fact]
    public void A_meeting_the_bot_did_not_record_still_has_header_agenda_and_next_meeting()
    {
        var meeting = new SmallMeeting();
        meeting.Item("Budget");
        meeting.Item("AOB");
        meeting.Member("29:b", "Ben Cole", Role.Treasurer);
        meeting.Meeting.Apologies.Add(new() { UserId = "29:e", Name = "Eva Stone" });

        var document = meeting.Compose(recorded: false, invited: ["Ben Cole", "ben  cole", "Eva Stone", "Dana Fox"]);

        Assert.Equal(["header", "participants", "agenda", "item-1", "aob", "next"], document.Sections.Select(s => s.Key));
        Assert.Equal(["Invited (attendance not recorded): Ben Cole (Treasurer), Dana Fox", "Apologies: Eva Stone"],
            document.Lines("participants"));
        Assert.Equal(["1. Budget | 2. AOB"], document.Lines("agenda"));
    }

    [Fact]
    public void With_a_record_invited_people_who_did_not_come_are_not_listed()
    {
        var meeting = new SmallMeeting();
        meeting.Present("29:a", "Anna Berg");
        meeting.Record.Attendees.Add(new Attendee { UserId = "29:o", Name = "Olga Roster", Status = AttendanceStatus.Invited });

        var lines = meeting.Compose(invited: ["Olga Roster", "Dana Fox"]).Lines("participants");

        Assert.Equal(["Participants: Anna Berg"], lines);
    }

    [Fact]
    public void Links_are_grouped_by_sharer_in_order_of_first_share_each_once()
    {
        var meeting = new SmallMeeting();
        meeting.Present("29:a", "Anna Berg", aad: "aad-a");
        meeting.Present("29:a2", "Anna (phone)", aad: "aad-a");
        meeting.Link("https://b.example/1", "29:b", "Ben Cole", 1);
        meeting.Link("https://a.example/1", "29:a", "Anna Berg", 2, title: "Report");
        meeting.Link("https://b.example/1", "29:a2", "Anna (phone)", 3);
        meeting.Link("https://a.example/1", "29:a2", "Anna (phone)", 4);
        meeting.Link("https://b.example/2", "29:b", "Ben Cole", 5);

        Assert.Equal(
        [
            "Ben Cole: https://b.example/1 https://b.example/2",
            "Anna Berg: Report https://b.example/1",
        ], meeting.Compose().Lines("annex"));
    }

    [Fact]
    public void No_links_no_annex()
    {
        Assert.Null(new SmallMeeting().Compose().Section("annex"));
    }
}
