using System.Globalization;
using System.Text;
using MeetingBot.Conversations.Features.Minutes;
using Microsoft.Graph.Models;

namespace MeetingBot.Infrastructure.Graph;

/// <summary>How the meeting's event was told apart from the others in its time window.</summary>
internal enum EventMatch
{
    None,
    JoinUrl,
    Subject,
    Start,
}

/// <summary>
/// Picks the meeting's event among those of its calendar window, and reads who was invited to it.
/// </summary>
/// <remarks>
/// Matching, first that finds one: (1) the event whose Teams join link equals the meeting's (compared unescaped,
/// ignoring case and a trailing '/'); (2) the event whose subject best matches the title (same words after
/// lower-casing and dropping punctuation and accents, scored by shared words; at least half must be shared, or one
/// title contains the other), ties going to the start nearest the meeting's; (3) the event starting within a minute
/// of the meeting's start. Cancelled events never match. No match: nobody is listed as invited.
/// <para>Invitees: every attendee (required and optional, whatever their answer — declining is sending apologies)
/// except resources (rooms, equipment) and the calendar's own mailbox; each address once; the display name, or the
/// address when Graph has no name. A distribution list invited as one attendee stays one entry (it is not expanded).</para>
/// </remarks>
internal static class CalendarEventMatcher
{
    public static readonly TimeSpan StartTolerance = TimeSpan.FromMinutes(1);
    private const double MinimumSubjectScore = 0.5;

    public static (Event? Event, EventMatch By) Choose(IReadOnlyList<Event> events, InvitationQuery query)
    {
        var candidates = events.Where(e => e.IsCancelled != true).ToList();

        if (!string.IsNullOrWhiteSpace(query.JoinUrl))
        {
            var joinUrl = NormaliseUrl(query.JoinUrl);
            var byLink = candidates.FirstOrDefault(e => e.OnlineMeeting?.JoinUrl is { } url && NormaliseUrl(url) == joinUrl);
            if (byLink is not null) return (byLink, EventMatch.JoinUrl);
        }

        var bySubject = candidates
            .Select(e => (Event: e, Score: SubjectScore(e.Subject, query.Title), Distance: Distance(e, query.StartUtc)))
            .Where(c => c.Score >= MinimumSubjectScore)
            .OrderByDescending(c => c.Score).ThenBy(c => c.Distance)
            .Select(c => c.Event)
            .FirstOrDefault();
        if (bySubject is not null) return (bySubject, EventMatch.Subject);

        var byStart = candidates.FirstOrDefault(e => Distance(e, query.StartUtc) <= StartTolerance);
        return byStart is not null ? (byStart, EventMatch.Start) : (null, EventMatch.None);
    }

    public static IReadOnlyList<InvitedPerson> Invitees(Event calendarEvent, string calendarMailbox)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var invitees = new List<InvitedPerson>();
        foreach (var attendee in calendarEvent.Attendees ?? [])
        {
            if (attendee.Type == AttendeeType.Resource) continue;
            var address = attendee.EmailAddress?.Address?.Trim();
            var name = attendee.EmailAddress?.Name?.Trim();
            if (string.IsNullOrEmpty(address) && string.IsNullOrEmpty(name)) continue;
            if (!string.IsNullOrEmpty(address))
            {
                if (string.Equals(address, calendarMailbox, StringComparison.OrdinalIgnoreCase) || !seen.Add(address)) continue;
            }
            else if (!seen.Add("name:" + name))
            {
                continue;
            }
            invitees.Add(new InvitedPerson(string.IsNullOrEmpty(name) ? address! : name, string.IsNullOrEmpty(address) ? null : address)
            {
                Declined = attendee.Status?.Response == ResponseType.Declined,
            });
        }
        return invitees;
    }

    /// <summary>Share of words in common (Jaccard); 1 for equal titles; at least 0.8 when one contains the other.</summary>
    public static double SubjectScore(string? subject, string title)
    {
        var a = Words(subject ?? "");
        var b = Words(title);
        if (a.Length == 0 || b.Length == 0) return 0;
        var joinedA = string.Join(' ', a);
        var joinedB = string.Join(' ', b);
        if (joinedA == joinedB) return 1;
        var setA = a.ToHashSet();
        var setB = b.ToHashSet();
        var jaccard = (double)setA.Intersect(setB).Count() / setA.Union(setB).Count();
        var contains = $" {joinedA} ".Contains($" {joinedB} ", StringComparison.Ordinal) || $" {joinedB} ".Contains($" {joinedA} ", StringComparison.Ordinal);
        return contains ? Math.Max(jaccard, 0.8) : jaccard;
    }

    /// <summary>The event's start in UTC; events are asked for in UTC (Prefer: outlook.timezone="UTC").</summary>
    public static DateTimeOffset? StartUtc(Event calendarEvent)
    {
        var start = calendarEvent.Start;
        if (start?.DateTime is null
            || !DateTime.TryParse(start.DateTime, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local)) return null;
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var zone = string.IsNullOrWhiteSpace(start.TimeZone) || start.TimeZone.Equals("UTC", StringComparison.OrdinalIgnoreCase)
            ? TimeZoneInfo.Utc
            : TimeZoneInfo.TryFindSystemTimeZoneById(start.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(unspecified, zone), TimeSpan.Zero);
    }

    private static TimeSpan Distance(Event calendarEvent, DateTimeOffset startUtc) =>
        StartUtc(calendarEvent) is { } start ? (start - startUtc).Duration() : TimeSpan.MaxValue;

    private static string NormaliseUrl(string url) => Uri.UnescapeDataString(url.Trim()).TrimEnd('/').ToUpperInvariant();

    private static string[] Words(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
