using MeetingBot.Domain.InMeeting;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.Minutes;
using MeetingBot.Domain.People;

namespace MeetingBot.Documents.Tests.Minutes;

/// <summary>A small meeting built field by field, for composer rules one at a time.</summary>
internal sealed class SmallMeeting
{
    public static readonly DateTimeOffset Start = new(2027, 3, 9, 14, 0, 0, TimeSpan.Zero);

    public Meeting Meeting { get; } = new()
    {
        ScopeId = "team",
        Number = 3,
        Title = "Board Meeting",
        StartUtc = Start,
        EndUtc = Start.AddHours(1),
        TimeZoneId = "Europe/Vienna",
        Status = MeetingStatus.Ended,
    };

    public MeetingRecord Record { get; } = new() { StartedAtUtc = Start, EndedAtUtc = Start.AddHours(1) };

    public List<Member> Members { get; } = [];

    public MinutesInput Input(Meeting? next = null, bool recorded = true, IReadOnlyList<string>? invited = null) =>
        new(Meeting, recorded ? Record : null, Members, next, invited ?? [], "Board Meeting");

    public MinutesDocument Compose(Meeting? next = null, bool recorded = true, IReadOnlyList<string>? invited = null) =>
        MinutesComposer.Compose(Input(next, recorded, invited));

    public Attendee Present(string userId, string name, Role? role = null, string? aad = null, string? organisation = null,
        string? title = null)
    {
        var attendee = new Attendee
        {
            UserId = userId,
            Name = name,
            Role = role,
            AadObjectId = aad,
            Organisation = organisation,
            Title = title,
            Status = AttendanceStatus.Present,
            ArrivalNumber = Record.Attendees.Count + 1,
        };
        Record.Attendees.Add(attendee);
        return attendee;
    }

    public void Excused(string userId, string name, Role? role = null) => Record.Attendees.Add(new Attendee
    {
        UserId = userId, Name = name, Role = role, Status = AttendanceStatus.Apologies,
    });

    public void Member(string userId, string name, Role role, string? aad = null, string? title = null, string? organisation = null) =>
        Members.Add(new Member
        {
            ScopeId = "team", UserId = userId, DisplayName = name, Role = role, AadObjectId = aad, Title = title,
            Organisation = organisation,
        });

    public AgendaItem Item(string title, string? presenter = null)
    {
        var item = new AgendaItem
        {
            MeetingId = Meeting.Id,
            Title = title,
            Position = Meeting.Items.Count + 1,
            PresenterName = presenter,
            CreatedAtUtc = Start.AddDays(-1),
        };
        Meeting.Items.Add(item);
        return item;
    }

    public void Note(NoteKind kind, string text, AgendaItem? item = null, string? owner = null, string? ownerId = null,
        DateOnly? due = null) => Record.Notes.Add(new MeetingNote
    {
        Number = Record.Notes.Count + 1,
        Kind = kind,
        Text = text,
        ItemId = item?.Id,
        ItemNumber = item?.Position,
        ItemTitle = item?.Title,
        OwnerName = owner,
        OwnerUserId = ownerId,
        DueDate = due,
    });

    public void Speaker(string userId, string name, TourSpeakerStatus status, string? update = null) => Record.Speakers.Add(new TourSpeaker
    {
        UserId = userId, Name = name, Status = status, Update = update, Position = Record.Speakers.Count + 1,
    });

    public void Link(string url, string userId, string name, int minute, string? title = null)
    {
        var link = Record.Links.Find(l => l.Url == url);
        if (link is null)
        {
            link = new SharedLink { Url = url, Number = Record.Links.Count + 1, Title = title, FirstSharedAtUtc = Start.AddMinutes(minute) };
            Record.Links.Add(link);
        }

        link.Shares.Add(new LinkShare { UserId = userId, Name = name, SharedAtUtc = Start.AddMinutes(minute) });
    }
}

internal static class MinutesDocumentText
{
    /// <summary>Every block of a section as one line of text, for assertions.</summary>
    public static IReadOnlyList<string> Lines(this MinutesDocument document, string key) =>
        document.Section(key)?.Blocks.Select(block => block switch
        {
            MinutesParagraph p => p.Emphasis ? $"**{p.Text}**" : p.Text,
            MinutesLabelled l => $"{l.Label}: {l.Text}",
            MinutesBullets b => string.Join(" | ", b.Items),
            MinutesLinks k => $"{k.Sharer}: {string.Join(" ", k.Links.Select(x => x.Title ?? x.Url))}",
            _ => "?",
        }).ToList() ?? throw new InvalidOperationException($"No section {key}.");
}
