using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MeetingBot.Domain.Meetings;

/// <summary>
/// How a series repeats, as wall-clock time in a zone: "every second Thursday of the month at 15:00" stays at 15:00
/// in Vienna whether Vienna is on GMT+1 or GMT+2. Store <see cref="ToText"/>; <see cref="TryParse"/> reads it back.
/// </summary>
/// <remarks>
/// Decisions:
/// <list type="bullet">
/// <item>A day that a month lacks ("monthly on the 31st", "fifth Friday") is skipped that month, not clamped: a meeting
/// quietly moving to the 30th would surprise more people than a month without one.</item>
/// <item>Daylight saving: see <see cref="NextOccurrences"/>.</item>
/// <item>"every 2nd Thursday" (without "of the month") means the second Thursday of each month, the way the alliance
/// meets; fortnightly is written "every other Thursday" or "every 2 weeks on Thursday".</item>
/// <item>A rule that repeats every few weeks counts its weeks from <see cref="StartDate"/>; without one, from the first
/// matching day after the instant asked about (<see cref="MeetingSeries.SetRecurrence"/> pins it).</item>
/// </list>
/// </remarks>
public sealed partial record RecurrenceRule
{
    /// <summary><see cref="WeekOfMonth"/> for "the last Friday of the month".</summary>
    public const int LastWeek = -1;

    private const int MaxCount = 1000;

    private RecurrenceRule()
    {
    }

    public RecurrenceKind Kind { get; private init; }

    /// <summary>For <see cref="RecurrenceKind.Weekly"/>: 1 every week, 2 every other week.</summary>
    public int IntervalWeeks { get; private init; } = 1;

    /// <summary>For weekly and monthly-on-weekday rules.</summary>
    public DayOfWeek Weekday { get; private init; }

    /// <summary>For <see cref="RecurrenceKind.MonthlyOnWeekday"/>: 1 to 5, or <see cref="LastWeek"/>.</summary>
    public int WeekOfMonth { get; private init; }

    /// <summary>For <see cref="RecurrenceKind.MonthlyOnDay"/>: 1 to 31.</summary>
    public int DayOfMonth { get; private init; }

    /// <summary>The wall-clock start time.</summary>
    public TimeOnly Time { get; private init; }

    /// <summary>How long each meeting lasts, when the rule said so ("at 15:00-16:30"); else the series decides.</summary>
    public TimeSpan? Duration { get; private init; }

    /// <summary>A zone written in the rule ("at 15:00 Europe/Vienna"); it overrides the series' zone.</summary>
    public string? TimeZoneId { get; private init; }

    /// <summary>No meetings before this day; also where "every 2 weeks" starts counting.</summary>
    public DateOnly? StartDate { get; private init; }

    public static RecurrenceRule Weekly(DayOfWeek weekday, TimeOnly time, int intervalWeeks = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(intervalWeeks, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(intervalWeeks, RecurrenceParser.MaxIntervalWeeks);
        return new RecurrenceRule { Kind = RecurrenceKind.Weekly, Weekday = weekday, Time = time, IntervalWeeks = intervalWeeks };
    }

    public static RecurrenceRule MonthlyOnWeekday(int weekOfMonth, DayOfWeek weekday, TimeOnly time)
    {
        if (weekOfMonth is not (LastWeek or >= 1 and <= 5))
        {
            throw new ArgumentOutOfRangeException(nameof(weekOfMonth), weekOfMonth, "Use 1 to 5 or LastWeek.");
        }

        return new RecurrenceRule { Kind = RecurrenceKind.MonthlyOnWeekday, WeekOfMonth = weekOfMonth, Weekday = weekday, Time = time };
    }

    public static RecurrenceRule MonthlyOnDay(int dayOfMonth, TimeOnly time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dayOfMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dayOfMonth, 31);
        return new RecurrenceRule { Kind = RecurrenceKind.MonthlyOnDay, DayOfMonth = dayOfMonth, Time = time };
    }

    /// <summary>A copy that also carries a zone id, a start date or a length.</summary>
    public RecurrenceRule With(string? timeZoneId = null, DateOnly? startDate = null, TimeSpan? duration = null) => this with
    {
        TimeZoneId = timeZoneId ?? TimeZoneId,
        StartDate = startDate ?? StartDate,
        Duration = duration ?? Duration,
    };

    /// <summary>The same pattern at another wall-clock time.</summary>
    public RecurrenceRule WithTime(TimeOnly time) => this with { Time = time };

    /// <summary>
    /// Reads "every second Thursday of the month at 15:00", "monthly on the 15th at 15:00", "every other Monday at
    /// 09:30 Europe/Vienna" and similar (case-insensitive), or says in one sentence what to write instead.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out RecurrenceRule? rule, out string problem) =>
        RecurrenceParser.TryParse(text, out rule, out problem);

    /// <summary>
    /// The canonical sentence, which <see cref="TryParse"/> reads back to an equal rule:
    /// "every second Thursday of the month at 15:00 Europe/Vienna", "every 2 weeks on Monday at 09:30 starting
    /// 2027-09-06", "monthly on the 15th at 15:00-16:30".
    /// </summary>
    public string ToText()
    {
        var pattern = Kind switch
        {
            RecurrenceKind.Weekly when IntervalWeeks == 1 => $"every {Weekday}",
            RecurrenceKind.Weekly => $"every {Number(IntervalWeeks)} weeks on {Weekday}",
            RecurrenceKind.MonthlyOnDay => $"monthly on the {Ordinal.Of(DayOfMonth)}",
            _ => $"every {RecurrenceParser.WeekOfMonthWord(WeekOfMonth)} {Weekday} of the month",
        };
        var time = Clock((Time.Hour * 60) + Time.Minute);
        if (Duration is { } length)
        {
            // The parser keeps a meeting within its day, so the end is at most 24:00.
            time += "-" + Clock((Time.Hour * 60) + Time.Minute + (int)length.TotalMinutes);
        }

        var zone = TimeZoneId is null ? "" : " " + TimeZoneId;
        var start = StartDate is { } date ? " starting " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
        return $"{pattern} at {time}{zone}{start}";
    }

    public override string ToString() => ToText();

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"09:30"; 1440 minutes is "24:00", the end of the day.</summary>
    private static string Clock(int minutes) =>
        string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}");
}
