using MeetingBot.Domain.Time;

namespace MeetingBot.Domain.Meetings;

/// <summary>
/// One meeting of a conversation, usually of a <see cref="MeetingSeries"/>. Instants are stored in UTC with the IANA
/// zone the meeting is held in, so "15:00 in Vienna" stays 15:00 in Vienna whatever the viewer's zone.
/// Split by concern: lifecycle in Meeting.Lifecycle.cs, apologies in Meeting.Apologies.cs, text in Meeting.Text.cs.
/// </summary>
public sealed partial class Meeting
{
    public const int DefaultAgendaDeadlineDays = 2;

    private DateTimeOffset startUtc;
    private DateTimeOffset endUtc;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid? SeriesId { get; set; }

    /// <summary>The team or chat whose data this is; nothing crosses scopes.</summary>
    public string ScopeId { get; set; } = "";

    /// <summary>The conversation (channel, group chat) the meeting belongs to.</summary>
    public string ConversationKey { get; set; } = "";

    /// <summary>The number within its series (9 for the "9th Informal Meeting of the Alliance").</summary>
    public int? Number { get; set; }

    /// <summary>The title without its number: "Informal Meeting of the Alliance". See <see cref="DisplayTitle"/>.</summary>
    public string Title { get; set; } = "";

    public DateTimeOffset StartUtc
    {
        get => startUtc;
        set => startUtc = value.ToUniversalTime();
    }

    public DateTimeOffset EndUtc
    {
        get => endUtc;
        set => endUtc = value.ToUniversalTime();
    }

    /// <summary>The IANA zone the meeting is held in, e.g. "Europe/Vienna".</summary>
    public string TimeZoneId { get; set; } = MeetingSeries.DefaultTimeZoneId;

    /// <summary>A room or tool name: "Webex", "VIC Room M1".</summary>
    public string? Location { get; set; }

    public string? JoinUrl { get; set; }
    public MeetingStatus Status { get; set; } = MeetingStatus.Scheduled;

    /// <summary>Closed by the chair or secretary: no new items, members can't edit theirs.</summary>
    public bool AgendaClosed { get; set; }

    /// <summary>Items added later than this many days before the start are late (copied from the series).</summary>
    public int AgendaDeadlineDays { get; set; } = DefaultAgendaDeadlineDays;

    /// <summary>The recurrence slot this meeting fills; unchanged when it is moved, so the slot is not filled twice.</summary>
    public DateTimeOffset? SeriesOccurrenceUtc { get; set; }

    /// <summary>
    /// The iCalendar SEQUENCE of the meeting's calendar entry: raised at every move and at cancellation, so calendars
    /// that imported an earlier invitation replace it instead of keeping both.
    /// </summary>
    public int CalendarSequence { get; set; }

    public DateTimeOffset? ActualStartUtc { get; set; }
    public DateTimeOffset? ActualEndUtc { get; set; }
    public DateTimeOffset? CancelledAtUtc { get; set; }
    public DateTimeOffset CreatedAtUtc { get; set; }
    public List<AgendaItem> Items { get; set; } = [];
    public List<Apology> Apologies { get; set; } = [];

    /// <summary>"9th Informal Meeting of the Alliance" when numbered, else the title.</summary>
    public string DisplayTitle => Number is { } number ? $"{Ordinal.Of(number)} {Title}" : Title;

    public TimeSpan Duration => EndUtc - StartUtc;

    /// <summary>
    /// <see cref="AgendaDeadlineDays"/> days before the start at the same wall-clock time in the meeting's zone, so a
    /// 15:00 meeting has a 15:00 deadline even when the clocks change in between.
    /// </summary>
    public DateTimeOffset AgendaDeadlineUtc
    {
        get
        {
            if (AgendaDeadlineDays <= 0)
            {
                return StartUtc;
            }

            var zone = ZoneResolver.Resolve(TimeZoneId).Zone;
            var localStart = TimeZoneInfo.ConvertTime(StartUtc, zone).DateTime;
            return WallClock.ToUtc(localStart.AddDays(-AgendaDeadlineDays), zone);
        }
    }

    /// <summary>The start on the meeting's own clock.</summary>
    public DateTimeOffset LocalStart => TimeZoneInfo.ConvertTime(StartUtc, ZoneResolver.Resolve(TimeZoneId).Zone);

    public DateTimeOffset LocalEnd => TimeZoneInfo.ConvertTime(EndUtc, ZoneResolver.Resolve(TimeZoneId).Zone);

    /// <summary>The items on the agenda (withdrawn ones left out), in agenda order.</summary>
    public IReadOnlyList<AgendaItem> ActiveItems =>
        Items.Where(item => item.IsActive).OrderBy(item => item.Position).ThenBy(item => item.CreatedAtUtc).ToList();

    /// <summary>Members can add items: scheduled, agenda not closed, not yet started.</summary>
    public bool IsOpenForItems(DateTimeOffset nowUtc) =>
        Status == MeetingStatus.Scheduled && !AgendaClosed && nowUtc < StartUtc;
}
