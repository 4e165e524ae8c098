using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace MeetingBot.Documents.Calendar;

/// <summary>
/// Builds the VTIMEZONE for a zone from .NET's own rules, the same rules the local times in the file were computed
/// with. Ical.Net can generate one too, but it writes a single yearly rule per observance, which is wrong for zones
/// whose changes are not yearly (Morocco leaves its summer offset for Ramadan) and cannot end a rule in the middle.
/// Here every change in the years around the meetings is found; changes that repeat yearly on the same weekday rule
/// up to the end of those years become one RRULE (one STANDARD and one DAYLIGHT for Vienna or New York, as Outlook
/// expects), a yearly run that stopped is listed with RDATE, and irregular changes stand alone.
/// </summary>
internal static class TimeZoneComponent
{
    // A year either side gives a full summer/winter cycle around the meetings, which Outlook uses to match the zone.
    private static readonly TimeSpan Margin = TimeSpan.FromDays(366);

    private const int LastWeekOfMonth = -1;
    private const int YearsToLookAheadForNextChange = 8;

    public static VTimeZone Build(CalendarZone zone, DateTime firstUtc, DateTime lastUtc)
    {
        var scanFrom = firstUtc - Margin;
        var scanTo = lastUtc + Margin;
        var transitions = ZoneTransition.Between(zone.Rules, scanFrom, scanTo);
        var component = new VTimeZone { TzId = zone.TzId };

        // Without a change before the first meeting, nothing says which offset applies to it.
        if (transitions.Count == 0 || transitions[0].Utc > firstUtc)
        {
            component.TimeZoneInfos.Add(Unchanging(zone.Rules, scanFrom, transitions));
        }

        foreach (var run in YearlyRuns(transitions))
        {
            component.TimeZoneInfos.Add(Observance(run, scanTo));
        }

        return component;
    }

    private static VTimeZoneInfo Unchanging(TimeZoneInfo rules, DateTime scanFrom, IReadOnlyList<ZoneTransition> transitions)
    {
        var offset = transitions.Count > 0 ? transitions[0].OffsetFrom : rules.GetUtcOffset(scanFrom);
        var onset = DateTime.SpecifyKind(scanFrom + offset, DateTimeKind.Unspecified).Date;
        return new VTimeZoneInfo(rules.IsDaylightSavingTime(scanFrom) ? Components.Daylight : Components.Standard)
        {
            DtStart = new CalDateTime(onset, tzId: null, hasTime: true),
            OffsetFrom = new UtcOffset(offset),
            OffsetTo = new UtcOffset(offset),
        };
    }

    private static VTimeZoneInfo Observance(YearlyRun run, DateTime scanTo)
    {
        var first = run.Changes[0];
        var observance = new VTimeZoneInfo(first.IsDaylight ? Components.Daylight : Components.Standard)
        {
            DtStart = new CalDateTime(first.OnsetLocal, tzId: null, hasTime: true),
            OffsetFrom = new UtcOffset(first.OffsetFrom),
            OffsetTo = new UtcOffset(first.OffsetTo),
        };
        if (run.Changes.Count == 1)
        {
            return observance;
        }

        var week = run.WeekOfMonth;
        var last = run.Changes[^1];
        if (NextByRule(last, week) is { } next && next - last.OffsetFrom > scanTo)
        {
            // Left open, a rule goes on after its last change; that is harmless only past the scanned years.
            observance.RecurrenceRule = new RecurrenceRule(FrequencyType.Yearly)
            {
                ByMonth = [first.OnsetLocal.Month],
                ByDay = [new WeekDay(first.OnsetLocal.DayOfWeek, week)],
            };
        }
        else
        {
            // A rule that stopped is listed change by change. An RRULE would need an UNTIL in UTC, and readers
            // disagree on which offset turns the local onset into UTC (Ical.Net drops the last change).
            observance.RecurrenceDates.AddRange(run.Changes.Skip(1).Select(change => new CalDateTime(change.OnsetLocal, tzId: null, hasTime: true)));
        }

        return observance;
    }

    /// <summary>Where the rule would put its next change after <paramref name="last"/>, as local wall time.</summary>
    private static DateTime? NextByRule(ZoneTransition last, int week)
    {
        for (var year = last.OnsetLocal.Year + 1; year <= last.OnsetLocal.Year + YearsToLookAheadForNextChange; year++)
        {
            if (DayInMonth(year, last.OnsetLocal.Month, last.OnsetLocal.DayOfWeek, week) is { } day)
            {
                return day.ToDateTime(TimeOnly.FromTimeSpan(last.OnsetLocal.TimeOfDay));
            }
        }

        return null;
    }

    private static DateOnly? DayInMonth(int year, int month, DayOfWeek dayOfWeek, int week)
    {
        var daysInMonth = DateTime.DaysInMonth(year, month);
        var firstDay = new DateOnly(year, month, 1);
        var firstMatch = 1 + (((int)dayOfWeek - (int)firstDay.DayOfWeek + 7) % 7);
        var day = week == LastWeekOfMonth
            ? firstMatch + (7 * ((daysInMonth - firstMatch) / 7))
            : firstMatch + (7 * (week - 1));
        return day <= daysInMonth ? new DateOnly(year, month, day) : null;
    }

    /// <summary>
    /// Groups changes that happen in consecutive years with the same offsets, month, weekday, week of the month and
    /// wall-clock time; each group is one observance.
    /// </summary>
    private static List<YearlyRun> YearlyRuns(IReadOnlyList<ZoneTransition> transitions)
    {
        var runs = new List<YearlyRun>();
        var latestByKind = new Dictionary<RunKind, YearlyRun>();
        foreach (var change in transitions)
        {
            var kind = new RunKind(change.OffsetFrom, change.OffsetTo, change.IsDaylight, change.OnsetLocal.Month,
                change.OnsetLocal.DayOfWeek, change.OnsetLocal.TimeOfDay);
            if (latestByKind.TryGetValue(kind, out var run) && run.TryAdd(change))
            {
                continue;
            }

            run = new YearlyRun(change);
            runs.Add(run);
            latestByKind[kind] = run;
        }

        return runs;
    }

    private readonly record struct RunKind(
        TimeSpan From, TimeSpan To, bool IsDaylight, int Month, DayOfWeek DayOfWeek, TimeSpan TimeOfDay);

    private sealed class YearlyRun
    {
        private readonly HashSet<int> _weeks;

        public YearlyRun(ZoneTransition first)
        {
            Changes = [first];
            _weeks = WeeksOf(first.OnsetLocal);
        }

        public List<ZoneTransition> Changes { get; }

        /// <summary>"Last" where it fits every year (the tz database's "lastSun"), else the nth week.</summary>
        public int WeekOfMonth => _weeks.Contains(LastWeekOfMonth) ? LastWeekOfMonth : _weeks.Single();

        public bool TryAdd(ZoneTransition change)
        {
            var weeks = WeeksOf(change.OnsetLocal);
            if (change.OnsetLocal.Year != Changes[^1].OnsetLocal.Year + 1 || !_weeks.Overlaps(weeks))
            {
                return false;
            }

            _weeks.IntersectWith(weeks);
            Changes.Add(change);
            return true;
        }

        /// <summary>The day's week of the month counted from the start, and "last" when it is the last such weekday.</summary>
        private static HashSet<int> WeeksOf(DateTime day)
        {
            var weeks = new HashSet<int> { ((day.Day - 1) / 7) + 1 };
            if (day.Day + 7 > DateTime.DaysInMonth(day.Year, day.Month))
            {
                weeks.Add(LastWeekOfMonth);
            }

            return weeks;
        }
    }
}
