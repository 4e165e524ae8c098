namespace MeetingBot.Documents.Calendar;

/// <summary>One meeting as it goes into an invitation or a feed. Everything the file says comes from here.</summary>
/// <param name="MeetingId">Makes the calendar UID, so a moved or cancelled meeting replaces the same calendar entry.</param>
/// <param name="Title">As members know it, e.g. "9th Informal Meeting of the Alliance".</param>
/// <param name="StartUtc">The start instant (any offset is accepted; the instant counts).</param>
/// <param name="EndUtc">The end instant; must be after <paramref name="StartUtc"/>.</param>
/// <param name="TimeZoneId">The meeting's zone: IANA ("Europe/Vienna"), Windows, or a fixed offset ("UTC+02:00").</param>
/// <param name="Location">A room or place; without it the join link is the location.</param>
/// <param name="JoinUrl">The online meeting link.</param>
/// <param name="Description">The agenda as plain text lines.</param>
/// <param name="Sequence">Kept by the caller: 0 at first, one more at each move or cancellation.</param>
/// <param name="Cancelled">True makes the invitation a cancellation and marks the meeting cancelled in a feed.</param>
/// <param name="StampUtc">When this version was made (DTSTAMP); passed in because the writer has no clock.</param>
/// <param name="OrganizerName">Shown as the organiser's name, with <paramref name="OrganizerEmail"/>.</param>
/// <param name="OrganizerEmail">The organiser's address; ignored unless it is a plain e-mail address.</param>
public sealed record CalendarEntry(
    Guid MeetingId,
    string Title,
    DateTimeOffset StartUtc,
    DateTimeOffset EndUtc,
    string TimeZoneId,
    string? Location,
    string? JoinUrl,
    string? Description,
    int Sequence,
    bool Cancelled,
    DateTimeOffset StampUtc,
    string? OrganizerName = null,
    string? OrganizerEmail = null);
