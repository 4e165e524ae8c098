using MeetingBot.Domain.Time;

namespace MeetingBot.Domain.Meetings;

/// <summary>
/// A run of numbered meetings of one conversation ("Informal Meeting of the Alliance"): their defaults, their standing
/// agenda items and, optionally, how they repeat. The next meeting is numbered from <see cref="LastNumber"/>, so
/// nobody has to count.
/// </summary>
public sealed class MeetingSeries
{
    public const string DefaultTimeZoneId = "Europe/Vienna";
    public const int MaxStandingItems = 20;

    /// <summary>The standing items of the alliance's sample minutes.</summary>
    public static readonly IReadOnlyList<string> DefaultStandingItems =
        ["Updates from the Alliance", "Updates from partners", "Tour de table", "AOB"];

    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The team or chat whose data this is.</summary>
    public string ScopeId { get; set; } = "";

    /// <summary>Where the series' meetings are announced and their agenda collected.</summary>
    public string HomeConversationKey { get; set; } = "";

    public string Title { get; set; } = "";
    public string TimeZoneId { get; set; } = DefaultTimeZoneId;
    public TimeSpan DefaultDuration { get; set; } = TimeSpan.FromMinutes(90);
    public string? DefaultLocation { get; set; }

    /// <summary>The canonical text of a <see cref="RecurrenceRule"/> (see <see cref="SetRecurrence"/>), or null.</summary>
    public string? RecurrenceText { get; set; }

    /// <summary>The number of the last meeting created; the next one gets this plus one.</summary>
    public int LastNumber { get; set; }

    public List<string> StandingItems { get; set; } = [.. DefaultStandingItems];

    /// <summary>Items added later than this many days before a meeting are late and wait for approval.</summary>
    public int AgendaDeadlineDays { get; set; } = Meeting.DefaultAgendaDeadlineDays;

    /// <summary>
    /// The secret part of the series' calendar feed address (<c>/calendar/{id}.ics?token=…</c>); null when there is no
    /// feed. The chair revokes it by making a new one: calendars subscribed to the old address stop updating.
    /// </summary>
    public string? CalendarFeedToken { get; set; }

    /// <summary>How many future meetings a recurring series keeps scheduled.</summary>
    public int MeetingsAhead { get; set; } = 1;

    /// <summary>The rule read from <see cref="RecurrenceText"/>; null when the series does not repeat.</summary>
    public RecurrenceRule? Recurrence =>
        RecurrenceRule.TryParse(RecurrenceText, out var rule, out _) ? rule : null;

    /// <summary>
    /// Sets how the series repeats from what the chair wrote, or stops it repeating (null or empty). A rule that
    /// repeats every few weeks is pinned to its first day after <paramref name="nowUtc"/>, so the weeks it skips
    /// stay the same ones however often the next meeting is computed.
    /// </summary>
    public DomainResult SetRecurrence(string? text, DateTimeOffset nowUtc)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            RecurrenceText = null;
            return DomainResult.Ok($"The {Title} no longer repeats; schedule each meeting yourself.");
        }

        if (!RecurrenceRule.TryParse(text, out var rule, out var problem))
        {
            return DomainResult.Fail(problem);
        }

        if (rule.IntervalWeeks > 1 && rule.StartDate is null)
        {
            var first = rule.NextOccurrences(nowUtc, TimeZoneId, 1)[0];
            var zone = ZoneResolver.Resolve(rule.TimeZoneId ?? TimeZoneId).Zone;
            rule = rule.With(startDate: DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(first, zone).DateTime));
        }

        RecurrenceText = rule.ToText();
        return DomainResult.Ok($"The {Title} now meets {RecurrenceText}.");
    }

    /// <summary>Replaces the standing items (chair or secretary), each cleaned like an agenda title.</summary>
    public DomainResult SetStandingItems(IEnumerable<string> titles)
    {
        var cleaned = new List<string>();
        foreach (var raw in titles)
        {
            var title = AgendaTitle.Normalize(raw, out var problem);
            if (problem is not null)
            {
                return DomainResult.Fail(problem);
            }

            if (!cleaned.Contains(title, StringComparer.OrdinalIgnoreCase))
            {
                cleaned.Add(title);
            }
        }

        if (cleaned.Count > MaxStandingItems)
        {
            return DomainResult.Fail($"A series can have at most {MaxStandingItems} standing items.");
        }

        StandingItems = cleaned;
        return DomainResult.Ok(cleaned.Count == 0
            ? $"The {Title} has no standing items now."
            : $"Standing items of the {Title}: {string.Join(", ", cleaned)}.");
    }

    /// <summary>
    /// Creates the next numbered meeting with the series' defaults and standing items. The start comes from the date
    /// reader or <see cref="RecurrenceRule.NextOccurrences"/> (already checked); the end defaults to
    /// <see cref="DefaultDuration"/> after it. Pass <paramref name="occurrenceUtc"/> for a meeting that fills a
    /// recurrence slot.
    /// </summary>
    /// <exception cref="ArgumentException">The end is not after the start.</exception>
    public Meeting CreateMeeting(DateTimeOffset startUtc, DateTimeOffset nowUtc, DateTimeOffset? endUtc = null,
        DateTimeOffset? occurrenceUtc = null)
    {
        var end = endUtc ?? startUtc + (Recurrence?.Duration ?? DefaultDuration);
        if (end <= startUtc)
        {
            throw new ArgumentException("A meeting must end after it starts.", nameof(endUtc));
        }

        LastNumber++;
        var meeting = new Meeting
        {
            SeriesId = Id,
            ScopeId = ScopeId,
            ConversationKey = HomeConversationKey,
            Number = LastNumber,
            Title = Title,
            StartUtc = startUtc,
            EndUtc = end,
            TimeZoneId = TimeZoneId,
            Location = DefaultLocation,
            AgendaDeadlineDays = AgendaDeadlineDays,
            SeriesOccurrenceUtc = occurrenceUtc,
            CreatedAtUtc = nowUtc,
        };
        Agenda.ApplyStandingItems(meeting, this, nowUtc);
        return meeting;
    }

    /// <summary>
    /// When the newest meeting is cancelled, its number goes to the next one ("the 9th" stays the 9th that is held).
    /// Older cancelled meetings keep theirs: later meetings already carry the following numbers.
    /// </summary>
    public bool GiveBackNumber(Meeting cancelled)
    {
        if (cancelled.Status != MeetingStatus.Cancelled || cancelled.SeriesId != Id || cancelled.Number != LastNumber
            || cancelled.Number is null)
        {
            return false;
        }

        LastNumber--;
        cancelled.Number = null;
        return true;
    }
}
