using MeetingBot.Domain.InMeeting;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.Minutes;
using MeetingBot.Domain.People;

namespace MeetingBot.Documents.Tests.Minutes;

/// <summary>
/// The 9th Informal Meeting of the Alliance as the bot records it, replayed through the record's own methods: ten
/// people (one joins twice, one under two names), two apologies, five agenda items, notes and actions on two of them,
/// a tour de table and eight links. <paramref name="typed"/> is applied to everything a person typed or set in their
/// profile, so the hostile tests can replay the same meeting with nasty text.
/// </summary>
internal static class GoldenMeeting
{
    public const string Scope = "team-alliance";
    public static readonly DateTimeOffset Start = new(2027, 8, 31, 13, 30, 0, TimeSpan.Zero);
    private static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(10);

    public static MinutesInput Input(Func<string, string>? typed = null)
    {
        var t = typed ?? (s => s);
        var meeting = Meeting(t);
        var record = Record(meeting, t);
        return new MinutesInput(meeting, record, Members(t), NextMeeting(), ["Olivia Grant"], "Informal Meeting of the Alliance");
    }

    public static Meeting Meeting(Func<string, string> t)
    {
        var meeting = new Meeting
        {
            ScopeId = Scope,
            ConversationKey = "19:alliance-general",
            Number = 9,
            Title = "Informal Meeting of the Alliance",
            StartUtc = Start,
            EndUtc = Start.AddMinutes(90),
            TimeZoneId = "Europe/Vienna",
            Location = "Webex",
            Status = MeetingStatus.Ended,
        };
        meeting.Items.AddRange(
        [
            Item(meeting, 1, "Updates from the Alliance", standing: true),
            Item(meeting, 2, t("Side event at the Crime Congress"), presenter: t("Henrik Lindqvist"), presenterId: "29:henrik"),
            Item(meeting, 3, "Updates from partners", standing: true),
            Item(meeting, 4, "Tour de table", standing: true),
            Item(meeting, 5, "AOB", standing: true),
        ]);
        meeting.Apologies.Add(new Apology
        {
            MeetingId = meeting.Id,
            UserId = "29:sofia",
            Name = t("Sofía Márquez"),
            Reason = "Travelling to the regional conference",
            AtUtc = Start.AddDays(-2),
        });
        return meeting;
    }

    public static Meeting NextMeeting() => new()
    {
        ScopeId = Scope,
        Number = 10,
        Title = "Informal Meeting of the Alliance",
        StartUtc = new DateTimeOffset(2027, 9, 28, 13, 30, 0, TimeSpan.Zero),
        EndUtc = new DateTimeOffset(2027, 9, 28, 15, 0, 0, TimeSpan.Zero),
        TimeZoneId = "Europe/Vienna",
        Location = "Webex",
    };

    public static IReadOnlyList<Member> Members(Func<string, string> t) =>
    [
        Member("29:amara", t("Amara Okafor"), Role.Chair, organisation: t("Justice Futures Network"), aad: "aad-amara"),
        Member("29:henrik", t("Henrik Lindqvist"), Role.ViceChair, organisation: t("Nordic Crime Prevention Forum")),
        Member("29:lukas", t("Lukas Brandner"), Role.Secretary),
        Member("29:ingrid", t("Ingrid Hofer"), Role.Treasurer, organisation: t("Austrian Society for Criminology")),
        Member("29:katarzyna", t("Katarzyna Nowak"), Role.Member, organisation: t("Rule of Law Forum Krakow"), aad: "aad-katarzyna"),
        Member("29:elena", t("Elena Petrova"), Role.Member, title: t("Intern")),
        Member("29:daniel", t("Daniel Osei"), Role.Member, organisation: t("Youth for Justice Ghana")),
        Member("29:priya", t("Priya Raman"), Role.Member, organisation: t("South Asia Victims Network")),
        Member("29:farid", t("Farid Haddad"), Role.Guest, title: t("Civil Society Officer"), organisation: t("UNODC Civil Society Unit")),
        Member("29:mei", t("Mei Tanaka"), Role.Guest, organisation: t("UNODC Civil Society Unit")),
        Member("29:peter", t("Peter Novák"), Role.Member, organisation: t("Balkan Justice Initiative")),
        Member("29:sofia", t("Sofía Márquez"), Role.Member, organisation: t("Red Latinoamericana de Prevención")),
        Member("29:olivia", t("Olivia Grant"), Role.Member),
    ];

    private static MeetingRecord Record(Meeting meeting, Func<string, string> t)
    {
        var record = MeetingRecord.For(meeting, "19:alliance-general", Start.AddMinutes(-15));
        record.Start(Start.AddMinutes(3), "webex-9");
        var items = meeting.ActiveItems;

        // Arrivals, a minute apart. Ingrid's laptop drops out and she comes back from her phone; Katarzyna is on
        // her desktop and, with the same account, her phone under her short name.
        Join(record, new ParticipantInfo("29:lukas", t("Lukas Brandner")) { Role = Role.Secretary }, 0);
        Join(record, new ParticipantInfo("29:amara", t("Amara Okafor")) { Role = Role.Chair, AadObjectId = "aad-amara" }, 1);
        Join(record, new ParticipantInfo("29:henrik", t("Henrik Lindqvist")), 2);
        Join(record, new ParticipantInfo("29:ingrid", t("Ingrid Hofer")) { Role = Role.Treasurer }, 3);
        Join(record, new ParticipantInfo("29:katarzyna", t("Katarzyna Nowak")) { AadObjectId = "aad-katarzyna" }, 4);
        Join(record, new ParticipantInfo("29:daniel", t("Daniel Osei")), 5);
        Join(record, new ParticipantInfo("29:elena", t("Elena Petrova")) { Title = t("Intern") }, 6);
        Join(record, new ParticipantInfo("29:farid", t("Farid Haddad")) { Role = Role.Guest, Organisation = t("UNODC Civil Society Unit") }, 7);
        Join(record, new ParticipantInfo("29:mei", t("Mei Tanaka")) { Role = Role.Guest }, 8);
        Join(record, new ParticipantInfo("29:kasia-phone", t("Kasia Nowak")) { AadObjectId = "AAD-KATARZYNA" }, 9);
        Join(record, new ParticipantInfo("29:priya", t("Priya Raman")), 10);
        record.MarkLeft("29:ingrid", Start.AddMinutes(20));
        Join(record, new ParticipantInfo("29:ingrid-phone", t("ingrid  hofer")), 22);
        record.MarkApologies(new ParticipantInfo("29:peter", t("Peter Novák")), "Unwell");
        record.AddInvited(new ParticipantInfo("29:olivia", t("Olivia Grant")));

        // Before the first item: a note under no item, which goes to AOB.
        var lukas = new Person("29:lukas", "Lukas Brandner");
        Note(record, NoteKind.Note, t("Two new member organisations were welcomed: Youth for Justice Ghana and South Asia Victims Network."), lukas, 4);

        record.SetCurrentItem(items[0]);
        Note(record, NoteKind.Note, t("The secretariat reported on the briefing on the High-level Political Forum; 42 members attended."), lukas, 6);
        Note(record, NoteKind.Action, t("Circulate the HLPF briefing to all members"), lukas, 8,
            new Presenter("Lukas Brandner", "29:lukas"), new DateOnly(2027, 9, 15));
        Note(record, NoteKind.Decision, t("The Board task force oversees membership fee waivers from October."), lukas, 9);

        record.SetCurrentItem(items[1]);
        Note(record, NoteKind.Note, t("Henrik presented the draft concept note; the side event is planned for the first day of the Congress."), lukas, 12);
        Note(record, NoteKind.Decision, t("The side event will focus on youth participation in crime prevention."), lukas, 15);
        Note(record, NoteKind.Action, t("Send the speakers list to the secretariat"), lukas, 16,
            new Presenter("Kasia Nowak", "29:kasia-phone"), new DateOnly(2027, 10, 1));
        Note(record, NoteKind.Action, t("Confirm the room booking"), lukas, 17, new Presenter(t("UNODC Civil Society Unit")), null);

        record.SetCurrentItem(items[2]);

        record.SetCurrentItem(items[3]);
        record.StartTour(TourOrder.Given,
            ["29:henrik", "29:daniel", "29:elena", "29:farid", "29:priya", "29:katarzyna", "29:kasia-phone", "29:ingrid-phone"],
            At(30));
        Speak(record, "29:henrik", 31,
            t("The Nordic forum published its annual report on juvenile justice."),
            t("We are looking for partners for a project on school violence."));
        Speak(record, "29:daniel", 34, t("Youth for Justice Ghana held a training for 60 young advocates in Accra."));
        Speak(record, "29:elena", 36,
            t("The secretariat is updating the members' directory."),
            t("Please send your organisation's new contact details."),
            t("The newsletter deadline is 20 September."));
        Speak(record, "29:farid", 39,
            t("The Civil Society Unit is preparing the constructive dialogues for November."),
            t("Registration opens next week."));
        Speak(record, "29:priya", 42, t("Our network is documenting the needs of victims of online fraud in the region."));
        record.Pass("29:katarzyna", At(44));
        record.Pass("29:kasia-phone", At(44));
        record.Pass("29:ingrid-phone", At(45));
        record.Skip("29:amara", At(45));
        record.Skip("29:mei", At(45));
        record.Skip("29:lukas", At(45));

        record.SetCurrentItem(items[4]);
        Note(record, NoteKind.Note, t("Members were asked to share photos of their events for the website."), lukas, 50);

        // Links, in the order shared; the Congress page is shared by Henrik and again by Elena.
        Share(record, "https://www.unodc.org/congress/en/side-events.html", "29:henrik", t("Henrik Lindqvist"), 13);
        Share(record, "https://crimealliance.example.org/side-event-2028", "29:henrik", t("Henrik Lindqvist"), 14);
        Share(record, "https://www.unodc.org/unodc/en/ngos/index.html", "29:farid", t("Farid Haddad"), 20);
        record.Links[^1].Title = t("Civil Society Unit | UNODC");
        Share(record, "https://www.nordic-forum.example.org/reports/juvenile-justice-2027.pdf", "29:henrik", t("Henrik Lindqvist"), 31);
        Share(record, "https://youtu.be/yfjT4x9Lq2A", "29:elena", t("Elena Petrova"), 36);
        Share(record, "https://www.unodc.org/congress/en/side-events.html", "29:elena", t("Elena Petrova"), 37);
        Share(record, "https://forms.example.org/directory?update=members&lang=en", "29:elena", t("Elena Petrova"), 37);
        Share(record, "https://www.unodc.org/unodc/en/ngos/DCN.html", "29:farid", t("Farid Haddad"), 39);
        Share(record, "https://crimealliance.example.org/minutes/8th-informal-meeting", "29:lukas", t("Lukas Brandner"), 52);

        record.End(At(94));
        return record;
    }

    private static DateTimeOffset At(int minutes) => Start.AddMinutes(minutes);

    private static AgendaItem Item(Meeting meeting, int position, string title, bool standing = false,
        string? presenter = null, string? presenterId = null) => new()
    {
        MeetingId = meeting.Id,
        Position = position,
        Title = title,
        IsStanding = standing,
        PresenterName = presenter,
        PresenterUserId = presenterId,
        ProposedByUserId = standing ? AgendaItem.StandingProposer : "29:henrik",
        ProposedByName = standing ? AgendaItem.StandingProposer : "Henrik Lindqvist",
        CreatedAtUtc = Start.AddDays(-7).AddMinutes(position),
    };

    private static Member Member(string userId, string name, Role role, string? title = null, string? organisation = null,
        string? aad = null) => new()
    {
        ScopeId = Scope,
        UserId = userId,
        DisplayName = name,
        Role = role,
        Title = title,
        Organisation = organisation,
        AadObjectId = aad,
    };

    private static void Join(MeetingRecord record, ParticipantInfo who, int minute) =>
        record.MarkPresent(who, AttendanceSources.JoinEvent, Start.AddMinutes(minute), LateAfter);

    private static void Note(MeetingRecord record, NoteKind kind, string text, Person author, int minute,
        Presenter? owner = null, DateOnly? due = null)
    {
        var result = record.AddNote(kind, text, author, owner, due, At(minute));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(result.Message);
        }
    }

    private static void Speak(MeetingRecord record, string userId, int minute, params string[] lines)
    {
        foreach (var line in lines)
        {
            record.RecordUpdate(userId, line);
        }

        record.FinishTurn(userId, byChair: false, At(minute));
    }

    private static void Share(MeetingRecord record, string url, string userId, string name, int minute) =>
        record.AddLink(url, userId, name, $"{name}: see {url}", At(minute));
}
