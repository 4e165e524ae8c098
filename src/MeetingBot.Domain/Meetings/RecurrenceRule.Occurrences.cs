using MeetingBot.Domain.Time;

namespace MeetingBot.Domain.Meetings;

public sealed partial record RecurrenceRule
{
    /// <summary>
    /// The next <paramref name="count"/> start instants (UTC) strictly after <paramref name="afterUtc"/>, each at
    /// <see cref="Time"/> on the wall clock of <see cref="TimeZoneId"/>, or of <paramref name="zoneId"/> when the rule
    /// names none.
    /// </summary>
    /// <remarks>
    /// Recurring instances do not ask about daylight saving (nobody is there to answer): a time the clocks skip moves
    /// forward by the length of the gap (02:30 becomes 03:30) and <see cref="IsShiftedByClockChange"/> lets the caller
    /// flag it; a time that happens twice takes the first (earlier) occurrence. Days a month lacks are skipped.
    /// </remarks>
    /// <exception cref="TimeZoneNotFoundException">The zone id is not known.</exception>
    public IReadOnlyList<DateTimeOffset> NextOccurrences(DateTimeOffset afterUtc, string zoneId, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxCount);
        var zone = ZoneResolver.Resolve(TimeZoneId ?? zoneId).Zone;
        var results = new List<DateTimeOffset>(count);
        if (count == 0)
        {
            return results;
        }

        // Start a day early: the local date of afterUtc may be behind or ahead of the UTC date, and a shifted time
        // never moves by more than a day.
        var firstDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(afterUtc, zone).DateTime).AddDays(-1);
        if (StartDate is { } start && start > firstDay)
        {
            firstDay = start;
        }

        foreach (var day in Days(firstDay, afterUtc, zone))
        {
            var instant = WallClock.ToUtc(day.ToDateTime(Time), zone);
            if (instant > afterUtc)
            {
                results.Add(instant);
                if (results.Count == count)
                {
                    break;
                }
            }
        }

        return results;
    }

    /// <summary>
    /// True when <paramref name="startUtc"/> does not show <see cref="Time"/> on the zone's clock, i.e. the clocks
    /// skipped that time and the meeting was moved to the end of the gap. The caller can tell the chair.
    /// </summary>
    public bool IsShiftedByClockChange(DateTimeOffset startUtc, string zoneId)
    {
        var local = TimeZoneInfo.ConvertTime(startUtc, ZoneResolver.Resolve(TimeZoneId ?? zoneId).Zone);
        return TimeOnly.FromDateTime(local.DateTime) != Time;
    }

    /// <summary>The matching days from <paramref name="from"/> on, in order, until the calendar ends.</summary>
    private IEnumerable<DateOnly> Days(DateOnly from, DateTimeOffset afterUtc, TimeZoneInfo zone) => Kind switch
    {
        RecurrenceKind.Weekly => WeeklyDays(from, afterUtc, zone),
        _ => MonthlyDays(from),
    };

    private IEnumerable<DateOnly> WeeklyDays(DateOnly from, DateTimeOffset afterUtc, TimeZoneInfo zone)
    {
        var step = 7 * IntervalWeeks;

        // Without a start date "every 2 weeks" counts from the first matching day after afterUtc.
        var anchor = StartDate is { } start
            ? OnOrAfter(start, Weekday)
            : FirstWeekdayAfter(from, afterUtc, zone);
        var first = anchor;
        if (from > anchor)
        {
            var periods = (from.DayNumber - anchor.DayNumber + step - 1) / step;
            first = anchor.AddDays(periods * step);
        }

        for (var day = first; day.Year < 9999; day = day.AddDays(step))
        {
            yield return day;
        }
    }

    private IEnumerable<DateOnly> MonthlyDays(DateOnly from)
    {
        for (var month = new DateOnly(from.Year, from.Month, 1); month.Year < 9999; month = month.AddMonths(1))
        {
            if (DayIn(month.Year, month.Month) is { } day && day >= from)
            {
                yield return day;
            }
        }
    }

    /// <summary>This rule's day in a month, or null when the month has none (a 31st, a fifth Friday).</summary>
    private DateOnly? DayIn(int year, int month)
    {
        var daysInMonth = DateTime.DaysInMonth(year, month);
        if (Kind == RecurrenceKind.MonthlyOnDay)
        {
            return DayOfMonth <= daysInMonth ? new DateOnly(year, month, DayOfMonth) : null;
        }

        if (WeekOfMonth == LastWeek)
        {
            var last = new DateOnly(year, month, daysInMonth);
            return last.AddDays(-(((int)last.DayOfWeek - (int)Weekday + 7) % 7));
        }

        var nth = OnOrAfter(new DateOnly(year, month, 1), Weekday).AddDays(7 * (WeekOfMonth - 1));
        return nth.Month == month ? nth : null;
    }

    private DateOnly FirstWeekdayAfter(DateOnly from, DateTimeOffset afterUtc, TimeZoneInfo zone)
    {
        var day = OnOrAfter(from, Weekday);
        while (WallClock.ToUtc(day.ToDateTime(Time), zone) <= afterUtc)
        {
            day = day.AddDays(7);
        }

        return day;
    }

    private static DateOnly OnOrAfter(DateOnly day, DayOfWeek weekday) =>
        day.AddDays(((int)weekday - (int)day.DayOfWeek + 7) % 7);
}
