using System.Globalization;
using System.Text;
using MeetingBot.Domain.Links;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.Time;

namespace MeetingBot.Domain.InMeeting;

/// <summary>One message of a saved meeting chat: who wrote it, at what time of day (when the file says), and what.</summary>
public sealed record ImportedChatMessage(string Sender, TimeOnly? TimeOfDay, string Text);

/// <summary>A saved meeting chat that was imported into a record; its hash makes a second import of the same file a no-op.</summary>
public sealed class ChatImport
{
    public const int MaxFileNameLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid MeetingId { get; set; }

    /// <summary>SHA-256 of the file's text (line endings normalised), hex.</summary>
    public string ContentHash { get; set; } = "";

    /// <summary>"Webex" or "Zoom".</summary>
    public string Format { get; set; } = "";

    public string FileName { get; set; } = "";
    public string ImportedByName { get; set; } = "";
    public DateTimeOffset ImportedAtUtc { get; set; }
    public int MessageCount { get; set; }
    public int LinksAdded { get; set; }
    public int AttendeesAdded { get; set; }
}

/// <summary>What an import changed, for the reply.</summary>
public sealed record ChatImportOutcome(bool AlreadyImported, int Messages, int LinksAdded, int SharesAdded, int AttendeesAdded)
{
    public ChatImport? Previous { get; init; }
}

/// <summary>Importing a meeting chat saved from Webex or Zoom: its links and its writers, as if shared live.</summary>
public sealed partial class MeetingRecord
{
    /// <summary>The user id given to a writer of an imported chat who matches no attendee: stable per name, so a re-import finds them.</summary>
    public const string ImportedUserPrefix = "imported:";

    public List<ChatImport> ChatImports { get; set; } = [];

    /// <summary>
    /// Adds the links of the messages to the annex under their senders and the senders to the attendance. A sender is
    /// matched to an attendee by name (case, accents and spacing ignored); others are added as present. Messages are
    /// dated on the meeting's day in its zone (the files give only times); without a time, at the meeting's start.
    /// Importing a file whose hash was imported before changes nothing; importing an overlapping file adds only what is
    /// new, because links and attendees are kept once each.
    /// </summary>
    public ChatImportOutcome ImportChat(string contentHash, string format, string fileName, IReadOnlyList<ImportedChatMessage> messages,
        string importedByName, DateTimeOffset nowUtc)
    {
        if (ChatImports.Find(i => i.ContentHash == contentHash) is { } previous)
        {
            return new ChatImportOutcome(true, previous.MessageCount, 0, 0, 0) { Previous = previous };
        }

        var clock = MeetingDay();
        int linksAdded = 0, sharesAdded = 0, attendeesAdded = 0;
        foreach (var message in messages)
        {
            var sender = PlainText.Clean(message.Sender);
            if (sender.Length == 0) continue;
            var sentAt = message.TimeOfDay is { } time ? clock.At(time) : StartedAtUtc ?? ScheduledStartUtc;
            var attendee = FindAttendeeByName(sender);
            if (attendee is null)
            {
                attendee = Remember(new ParticipantInfo(ImportedUserPrefix + NameKey(sender), sender));
                attendee.Status = AttendanceStatus.Present;
                attendee.ArrivalNumber = Attendees.Max(a => a.ArrivalNumber ?? 0) + 1;
                attendee.FirstJoinedAtUtc = sentAt;
                attendeesAdded++;
            }
            else if (attendee.ArrivalNumber is null)
            {
                // Invited or excused, yet wrote in the meeting's chat: they were there.
                attendee.Status = AttendanceStatus.Present;
                attendee.ApologyReason = null;
                attendee.ArrivalNumber = Attendees.Max(a => a.ArrivalNumber ?? 0) + 1;
                attendee.FirstJoinedAtUtc = sentAt;
                attendeesAdded++;
            }

            attendee.Sources |= AttendanceSources.ImportedChat;
            foreach (var url in LinkFinder.Find(message.Text).Links)
            {
                var sharesBefore = Links.Find(l => l.Url == url)?.Shares.Count ?? 0;
                if (AddLink(url, attendee.UserId, attendee.Name, message.Text, sentAt) is not null) linksAdded++;
                if (Links.Find(l => l.Url == url) is { } link && link.Shares.Count > sharesBefore) sharesAdded++;
            }
        }

        var name = PlainText.Clean(fileName);
        ChatImports.Add(new ChatImport
        {
            MeetingId = MeetingId,
            ContentHash = contentHash,
            Format = format,
            FileName = name.Length <= ChatImport.MaxFileNameLength ? name : name[..ChatImport.MaxFileNameLength],
            ImportedByName = importedByName,
            ImportedAtUtc = nowUtc,
            MessageCount = messages.Count,
            LinksAdded = linksAdded,
            AttendeesAdded = attendeesAdded,
        });
        return new ChatImportOutcome(false, messages.Count, linksAdded, sharesAdded, attendeesAdded);
    }

    private Attendee? FindAttendeeByName(string name)
    {
        var key = NameKey(name);
        return Attendees.Find(a => NameKey(a.Name) == key);
    }

    /// <summary>"Évelyn  Dürmayer" and "evelyn durmayer" are the same person.</summary>
    internal static string NameKey(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                if (key.Length > 0 && key[^1] != ' ') key.Append(' ');
                continue;
            }

            key.Append(char.ToLowerInvariant(c));
        }

        return key.ToString().Trim();
    }

    private MeetingDayClock MeetingDay()
    {
        var zone = ZoneResolver.Resolve(TimeZoneId).Zone;
        var start = TimeZoneInfo.ConvertTime(StartedAtUtc ?? ScheduledStartUtc, zone);
        return new MeetingDayClock(zone, DateOnly.FromDateTime(start.DateTime));
    }

    /// <summary>
    /// Turns the times of day a chat file gives into instants: on the meeting's day in its zone, and a day later from
    /// the first time that goes back by more than half a day (a chat running past midnight). The files are in order, so this needs no
    /// guess about when the chat began.
    /// </summary>
    private sealed class MeetingDayClock(TimeZoneInfo zone, DateOnly day)
    {
        private DateOnly _day = day;
        private TimeOnly? _previous;

        public DateTimeOffset At(TimeOnly time)
        {
            // A big step back is midnight (23:58 → 00:03); a small one is the file's own jitter.
            if (_previous is { } previous && time < previous && previous - time > TimeSpan.FromHours(12)) _day = _day.AddDays(1);
            _previous = time;
            return WallClock.ToUtc(_day.ToDateTime(time), zone);
        }
    }
}
