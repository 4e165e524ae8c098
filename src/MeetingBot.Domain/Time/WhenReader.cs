using System.Diagnostics.CodeAnalysis;

namespace MeetingBot.Domain.Time;

/// <summary>
/// Reads a meeting time the way members write it in chat ("31 Aug 15:30-17:00 Europe/Vienna", "tomorrow 9am",
/// "next Tuesday 15:00 CET", "3-4:30pm ET") into instants. It refuses rather than guesses: a time that does not exist
/// or exists twice because of daylight saving, a date in the past, or an ambiguous "at 3" comes back as a
/// <see cref="WhenProblem"/> with a sentence saying what to write instead.
/// </summary>
/// <remarks>
/// Decisions, so dialogs and members can rely on them:
/// <list type="bullet">
/// <item>Numeric dates are day first: 31/08/2027 is 31 August. Only a leading four-digit year reads y-m-d.</item>
/// <item>No zone in the text: <c>defaultTimeZoneId</c> (the member's zone). IANA ids in the text win; see
/// <see cref="ZoneAbbreviations"/> for abbreviations (CET = UTC+1 and CEST = UTC+2 as written, ET follows
/// America/New_York).</item>
/// <item>No year: the next 31 Aug from today on (today counts, even if its time has passed: that is reported as in
/// the past rather than moved a year on).</item>
/// <item>A weekday ("tuesday", "this tuesday") is the coming one, today included while the time is still ahead;
/// "next tuesday" is the first Tuesday after today.</item>
/// <item>Only a time ("15:00"): success with <see cref="WhenReadResult.HasDate"/> false and the next time the clock
/// shows it; <see cref="WhenReadOptions.RequireDate"/> turns this into <see cref="WhenProblem.MissingDate"/>.</item>
/// <item>Only a date: success with <see cref="WhenReadResult.HasTime"/> false, starting at the start of that day.</item>
/// <item>"midnight" as a start is 00:00 of the day given; as an end ("22:00-midnight") it is the end of that day.</item>
/// </list>
/// </remarks>
public sealed class WhenReader(TimeProvider timeProvider)
{
    private const int MaxTextLength = 300;

    public WhenReadResult Read(string text, string defaultTimeZoneId, WhenReadOptions? options = null)
    {
        options ??= WhenReadOptions.Default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return WhenReadResult.Fail(WhenProblem.Unreadable, WhenMessages.Empty);
        }

        if (text.Length > MaxTextLength)
        {
            return WhenReadResult.Fail(WhenProblem.Unreadable, WhenMessages.TooLong);
        }

        var parsed = WhenParser.Parse(text);
        if (parsed.Parts is not { } parts)
        {
            return WhenReadResult.Fail(parsed.Problem, parsed.Message);
        }

        if (!TryChooseZone(parts, defaultTimeZoneId, out var zone, out var failure))
        {
            return failure;
        }

        // Minutes are the finest unit anyone schedules in; "now" at 09:00:40 must not make 09:00 "in the past".
        var utcNow = timeProvider.GetUtcNow();
        var now = new DateTimeOffset(utcNow.UtcDateTime.Ticks - (utcNow.UtcDateTime.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        var nowLocal = TimeZoneInfo.ConvertTime(now, zone.Zone).DateTime;
        if (parts.FromNow is { } fromNow)
        {
            return ReadFromNow(parts, now + fromNow, zone);
        }

        if (!parts.HasDate && options.RequireDate)
        {
            return WhenReadResult.Fail(WhenProblem.MissingDate, WhenMessages.MissingDate);
        }

        if (parts.Times is null && options.RequireTime)
        {
            return WhenReadResult.Fail(WhenProblem.MissingTime, WhenMessages.MissingTime);
        }

        if (!TryChooseDate(parts, nowLocal, out var date, out failure))
        {
            return failure;
        }

        var context = new ReadContext(parts, zone, date, now, nowLocal, options);
        return parts.Times is { } times ? ReadTimes(context, times) : ReadDateOnly(context);
    }

    /// <summary>The values one read works with, so the steps below take one argument instead of six.</summary>
    private sealed record ReadContext(
        WhenParts Parts,
        ResolvedZone Zone,
        DateOnly Date,
        DateTimeOffset Now,
        DateTime NowLocal,
        WhenReadOptions Options)
    {
        public DateOnly Today => DateOnly.FromDateTime(NowLocal);

        /// <summary>An offset written next to an IANA id ("Europe/Vienna CEST") that the zone must agree with.</summary>
        public TimeSpan? RequiredOffset => Parts.Zone is null ? null : Parts.Offset?.Offset;
    }

    private static bool TryChooseZone(WhenParts parts, string defaultTimeZoneId, [NotNullWhen(true)] out ResolvedZone? zone,
        [NotNullWhen(false)] out WhenReadResult? failure)
    {
        failure = null;
        if (parts.Zone is { } named)
        {
            zone = named.Zone;
            return true;
        }

        if (parts.Offset is { } fixedZone)
        {
            zone = ZoneResolver.FixedOffset(fixedZone.Offset);
            return true;
        }

        if (ZoneResolver.TryResolve(defaultTimeZoneId, out zone, out _))
        {
            return true;
        }

        failure = WhenReadResult.Fail(WhenProblem.UnknownTimeZone, WhenMessages.UnknownDefaultZone(defaultTimeZoneId));
        return false;
    }

    private static bool TryChooseDate(WhenParts parts, DateTime nowLocal, out DateOnly date,
        [NotNullWhen(false)] out WhenReadResult? failure)
    {
        failure = null;
        var today = DateOnly.FromDateTime(nowLocal);
        var timeStillAhead = parts.Times is null || parts.Times.StartMinute >= (nowLocal.Hour * 60) + nowLocal.Minute;
        if (parts.Date is { } written)
        {
            date = written.Year is { } year
                ? new DateOnly(year, written.Month, written.Day)
                : NextOccurrence(written.Month, written.Day, today);
            if (parts.StatedWeekday is { } stated && date.DayOfWeek != stated)
            {
                failure = WhenReadResult.Fail(WhenProblem.InvalidDate, WhenMessages.WrongWeekday(date, stated));
                return false;
            }

            return true;
        }

        if (parts.RelativeDay is { } relative)
        {
            var daysUntil = ((int)relative.Weekday - (int)today.DayOfWeek + 7) % 7;
            date = relative.Kind switch
            {
                RelativeDayKind.DaysAhead => today.AddDays(relative.Days),
                RelativeDayKind.ComingWeekday => today.AddDays(daysUntil == 0 && !timeStillAhead ? 7 : daysUntil),
                _ => today.AddDays(daysUntil == 0 ? 7 : daysUntil),
            };
            return true;
        }

        // Only a time: the next time the clock shows it.
        date = timeStillAhead ? today : today.AddDays(1);
        return true;
    }

    /// <summary>The first <paramref name="month"/>/<paramref name="day"/> from today on; 29 Feb may be years away.</summary>
    private static DateOnly NextOccurrence(int month, int day, DateOnly today)
    {
        for (var year = today.Year; ; year++)
        {
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) >= today)
            {
                return new DateOnly(year, month, day);
            }
        }
    }

    private static WhenReadResult ReadTimes(ReadContext context, WrittenTimes times)
    {
        var zone = context.Zone;
        var midnight = context.Date.ToDateTime(TimeOnly.MinValue);
        var startLocal = midnight.AddMinutes(times.StartMinute);
        var start = LocalTimeConverter.Read(startLocal, zone.Zone, context.RequiredOffset);
        if (Problem(start, startLocal, context) is { } startProblem)
        {
            return startProblem;
        }

        DateTime? endLocal = times.EndMinute is { } endMinute ? midnight.AddMinutes(endMinute) : null;
        LocalTimeReading? end = null;
        if (endLocal is { } endWall)
        {
            // The written offset must fit the start; at the end it only picks a reading if the end is ambiguous, so a
            // meeting may run across a clock change ("01:30-03:30 Europe/Vienna CEST").
            end = LocalTimeConverter.Read(endWall, zone.Zone, context.RequiredOffset);
            if (end.Status == LocalTimeStatus.OffsetMismatch && end.Change is null)
            {
                end = LocalTimeConverter.Read(endWall, zone.Zone, requiredOffset: null);
            }

            if (Problem(end, endWall, context) is { } endProblem)
            {
                return endProblem;
            }

            if (end.Instant <= start.Instant)
            {
                return WhenReadResult.Fail(WhenProblem.EndBeforeStart, WhenMessages.EndNotAfterStart(start.Instant, end.Instant));
            }
        }

        if (!context.Options.AllowPast && start.Instant < context.Now)
        {
            return WhenReadResult.Fail(WhenProblem.InPast, context.Date < context.Today
                ? WhenMessages.PastDate(context.Date)
                : WhenMessages.PastTimeToday(startLocal, context.NowLocal, zone.Id));
        }

        return new WhenReadResult
        {
            Start = start.Instant,
            End = end?.Instant,
            TimeZoneId = zone.Id,
            LocalStart = startLocal,
            LocalEnd = endLocal,
            HasDate = context.Parts.HasDate,
            HasTime = true,
            Rest = context.Parts.Rest,
            Warnings = OutOfSeasonWarnings(context.Parts, startLocal, start.Instant),
        };
    }

    private static WhenReadResult ReadDateOnly(ReadContext context)
    {
        if (!context.Options.AllowPast && context.Date < context.Today)
        {
            return WhenReadResult.Fail(WhenProblem.InPast, WhenMessages.PastDate(context.Date));
        }

        return new WhenReadResult
        {
            Start = LocalTimeConverter.StartOfDay(context.Date, context.Zone.Zone),
            TimeZoneId = context.Zone.Id,
            LocalStart = context.Date.ToDateTime(TimeOnly.MinValue),
            HasDate = true,
            HasTime = false,
            Rest = context.Parts.Rest,
        };
    }

    private static WhenReadResult ReadFromNow(WhenParts parts, DateTimeOffset instant, ResolvedZone zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone.Zone);
        return new WhenReadResult
        {
            Start = local,
            TimeZoneId = zone.Id,
            LocalStart = local.DateTime,
            HasDate = true,
            HasTime = true,
            Rest = parts.Rest,
        };
    }

    /// <summary>Turns a gap, overlap or disagreeing offset into the failure the member sees; null when the time exists.</summary>
    private static WhenReadResult? Problem(LocalTimeReading reading, DateTime local, ReadContext context)
    {
        var zoneId = context.Zone.Id;
        return reading switch
        {
            { Status: LocalTimeStatus.Exists } => null,
            { Status: LocalTimeStatus.Gap, Change: { } change } =>
                WhenReadResult.Fail(WhenProblem.NonexistentLocalTime, WhenMessages.Gap(local, zoneId, change)),
            { Status: LocalTimeStatus.Overlap, Change: { } change } =>
                WhenReadResult.Fail(WhenProblem.AmbiguousLocalTime, WhenMessages.Overlap(local, zoneId, change)),
            { Change: { } change } =>
                WhenReadResult.Fail(WhenProblem.ConflictingTimeZones, WhenMessages.Overlap(local, zoneId, change)),
            _ => WhenReadResult.Fail(WhenProblem.ConflictingTimeZones,
                WhenMessages.OffsetMismatch(local, zoneId, reading.ZoneOffset, context.Parts.Offset?.Text ?? "")),
        };
    }

    /// <summary>"15:00 CET" on a summer date is read as written (UTC+1) but the member is told CEST is in force.</summary>
    private static IReadOnlyList<string> OutOfSeasonWarnings(WhenParts parts, DateTime local, DateTimeOffset instant)
    {
        if (parts.Zone is not null || parts.Offset?.Abbreviation is not { HasSeasons: true } written
            || !ZoneResolver.TryResolve(written.UsedIn[0], out var region, out _))
        {
            return [];
        }

        var regionOffset = region.Zone.GetUtcOffset(instant);
        return regionOffset == written.Offset
            ? []
            : [WhenMessages.OutOfSeason(written, ZoneAbbreviations.SiblingAt(written, regionOffset), regionOffset, local, instant)];
    }
}
