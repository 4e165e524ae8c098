using MeetingBot.Domain.InMeeting;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.Minutes;
using MeetingBot.Domain.People;

namespace MeetingBot.MinutesBench;

/// <summary>
/// A big meeting, the same on every run (fixed seed): 60 participants (four of them joined twice), 25 agenda items,
/// 500 links, and 5,000 captured chat messages: 2,000 tour de table lines from 50 speakers (10 pass), 1,500 notes,
/// decisions and actions, and 1,500 link shares with the message around each. Some text carries Markdown and HTML
/// characters, so the writers' escaping is measured too.
/// </summary>
public static class LargeMeeting
{
    public const int Participants = 60;
    public const int AgendaItems = 25;
    public const int Links = 500;
    public const int TourLines = 2_000;
    public const int Notes = 1_500;
    public const int LinkShares = 1_500;
    public const int Messages = TourLines + Notes + LinkShares;

    private static readonly DateTimeOffset Start = new(2027, 8, 31, 13, 30, 0, TimeSpan.Zero);

    private static readonly string[] Words =
    [
        "alliance", "members", "report", "crime", "prevention", "justice", "youth", "training", "session", "Vienna",
        "commission", "review", "mechanism", "civil", "society", "network", "project", "funding", "survey", "victims",
        "partners", "briefing", "resolution", "draft", "side", "event", "Congress", "UNODC", "dialogue", "webinar",
        "the", "of", "and", "to", "in", "for", "on", "with", "a", "is", "was", "will", "be", "our", "their", "next",
        "snake_case", "R&D", "#3", "*draft*", "<b>", "1.", "C#",
    ];

    public static MinutesInput Create()
    {
        var random = new Random(20270831);
        var meeting = new Meeting
        {
            ScopeId = "bench",
            Number = 42,
            Title = "Informal Meeting of the Alliance",
            StartUtc = Start,
            EndUtc = Start.AddHours(3),
            TimeZoneId = "Europe/Vienna",
            Location = "Webex",
            Status = MeetingStatus.Ended,
        };
        for (var i = 1; i <= AgendaItems; i++)
        {
            var title = i switch
            {
                1 => "Updates from the Alliance",
                AgendaItems - 2 => "Updates from partners",
                AgendaItems - 1 => "Tour de table",
                AgendaItems => "AOB",
                _ => Capitalised(Sentence(random, 4, 9)),
            };
            meeting.Items.Add(new AgendaItem
            {
                MeetingId = meeting.Id,
                Position = i,
                Title = title,
                PresenterName = i % 3 == 0 ? Name(i) : null,
                PresenterUserId = i % 3 == 0 ? UserId(i) : null,
                CreatedAtUtc = Start.AddDays(-7),
            });
        }

        for (var i = 0; i < 5; i++)
        {
            meeting.Apologies.Add(new Apology { UserId = UserId(Participants + i), Name = Name(Participants + i) });
        }

        var record = new MeetingRecord
        {
            MeetingId = meeting.Id,
            StartedAtUtc = Start.AddMinutes(2),
            EndedAtUtc = Start.AddMinutes(178),
            TimeZoneId = meeting.TimeZoneId,
        };
        AddAttendees(record);
        AddNotes(record, meeting.ActiveItems, random);
        AddTour(record, random);
        AddLinks(record, random);

        var members = Enumerable.Range(0, Participants + 20).Select(i => new Member
        {
            ScopeId = "bench",
            UserId = UserId(i),
            DisplayName = Name(i),
            Role = RoleOf(i),
            Title = i % 11 == 0 ? "Programme Officer" : null,
            Organisation = i % 2 == 0 ? $"Organisation {i}" : null,
        }).ToList();

        var next = new Meeting
        {
            Title = meeting.Title,
            StartUtc = Start.AddDays(28),
            EndUtc = Start.AddDays(28).AddHours(3),
            TimeZoneId = meeting.TimeZoneId,
            Location = "Webex",
        };
        return new MinutesInput(meeting, record, members, next, [], meeting.Title);
    }

    private static void AddAttendees(MeetingRecord record)
    {
        for (var i = 0; i < Participants; i++)
        {
            record.Attendees.Add(new Attendee
            {
                UserId = UserId(i),
                Name = Name(i),
                AadObjectId = $"aad-{i}",
                Role = i < 3 ? RoleOf(i) : null,
                Organisation = i >= Participants - 6 ? "UNODC Civil Society Unit" : null,
                Status = AttendanceStatus.Present,
                ArrivalNumber = record.Attendees.Count + 1,
            });

            // Four people join a second time from their phones, under the same account.
            if (i % 15 == 7)
            {
                record.Attendees.Add(new Attendee
                {
                    UserId = UserId(i) + "-phone",
                    Name = Name(i).ToLowerInvariant(),
                    AadObjectId = $"AAD-{i}",
                    Status = AttendanceStatus.Present,
                    ArrivalNumber = record.Attendees.Count + 1,
                });
            }
        }
    }

    private static void AddNotes(MeetingRecord record, IReadOnlyList<AgendaItem> items, Random random)
    {
        for (var n = 1; n <= Notes; n++)
        {
            // A few notes fall outside any item (before the first one), the rest spread over the items.
            var item = n % 50 == 0 ? null : items[random.Next(items.Count)];
            var kind = (n % 10) switch { 0 => NoteKind.Action, 5 => NoteKind.Decision, _ => NoteKind.Note };
            record.Notes.Add(new MeetingNote
            {
                Number = n,
                Kind = kind,
                Text = Capitalised(Sentence(random, 12, 30)) + ".",
                ItemId = item?.Id,
                ItemNumber = item?.Position,
                ItemTitle = item?.Title,
                OwnerName = kind == NoteKind.Action ? Name(random.Next(Participants)) : null,
                OwnerUserId = kind == NoteKind.Action ? UserId(random.Next(Participants)) : null,
                DueDate = kind == NoteKind.Action ? new DateOnly(2027, 9, 1).AddDays(random.Next(60)) : null,
                CreatedAtUtc = Start.AddMinutes(n / 10.0),
            });
        }
    }

    private static void AddTour(MeetingRecord record, Random random)
    {
        const int speakers = 50;
        for (var i = 0; i < Participants; i++)
        {
            var speaks = i < speakers;
            var lines = speaks ? Enumerable.Range(0, TourLines / speakers).Select(_ => Capitalised(Sentence(random, 10, 25)) + ".") : [];
            record.Speakers.Add(new TourSpeaker
            {
                UserId = UserId(i),
                Name = Name(i),
                Position = i + 1,
                Status = speaks ? TourSpeakerStatus.Spoke : TourSpeakerStatus.Passed,
                Update = speaks ? string.Join("\n", lines) : null,
            });
        }
    }

    private static void AddLinks(MeetingRecord record, Random random)
    {
        for (var i = 1; i <= Links; i++)
        {
            record.Links.Add(new SharedLink
            {
                Number = i,
                Url = $"https://www.example{i % 40}.org/{Sentence(random, 2, 4).Replace(' ', '-')}/{i}?ref=meeting&lang=en",
                Title = i % 4 == 0 ? Capitalised(Sentence(random, 3, 8)) : null,
                FirstSharedAtUtc = Start.AddSeconds(i * 20),
            });
        }

        for (var s = 0; s < LinkShares; s++)
        {
            // Every link is shared once in turn, then a thousand more shares go to random links (by other people).
            var link = s < Links ? record.Links[s] : record.Links[random.Next(Links)];
            var sharer = random.Next(Participants);
            link.Shares.Add(new LinkShare
            {
                UserId = UserId(sharer),
                Name = Name(sharer),
                SharedAtUtc = Start.AddSeconds(s * 7),
                Context = $"{Capitalised(Sentence(random, 5, 20))}: {link.Url}",
            });
        }
    }

    private static string Sentence(Random random, int min, int max) =>
        string.Join(' ', Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Words[random.Next(Words.Length)]));

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string UserId(int i) => $"29:member-{i}";

    private static string Name(int i) => $"Member {i:00} Participant";

    private static Role RoleOf(int i) => i switch
    {
        0 => Role.Chair,
        1 => Role.ViceChair,
        2 => Role.Secretary,
        3 => Role.Treasurer,
        >= Participants - 6 and < Participants => Role.Guest,
        _ => Role.Member,
    };
}
