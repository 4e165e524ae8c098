using System.Globalization;

namespace MeetingBot.Domain.Time;

/// <summary>
/// Every sentence the reader shows a member, in one place so the tone stays the same: say what is wrong, then what to
/// write instead. Examples use the alliance's own style ("31 Aug 15:30").
/// </summary>
internal static class WhenMessages
{
    private const string Examples = "for example 31 Aug 15:30, tomorrow 9am or next Tuesday 15:00-16:30";

    public static string Empty => $"Give a date and time, {Examples}.";

    public static string TooLong => $"That is too long to read as a date and time. Give just the date and time, {Examples}.";

    public static string NothingFound(string text) =>
        $"I could not find a date or time in \"{Shorten(text)}\". Write it like this: {Examples}.";

    public static string CouldNotRead(string leftover) =>
        $"I could not read \"{leftover}\". Write dates like 31 Aug 2027 or 31/08/2027 (day first) and times like "
        + "15:30 or 3:30pm.";

    public static string TooFarAhead => "That is too far ahead. Give a date within the next ten years.";

    public static string FromNowWithOtherTimes(string fromNow) =>
        $"\"{fromNow}\" already says when, so I can't combine it with another date or time. Give one of them.";

    public static string NoSuchMonth(string source, int month) =>
        $"\"{source}\" has no month {month}. Numeric dates are read day first, so 31/08/2027 is 31 August 2027.";

    public static string NoSuchYear(string source) => $"\"{source}\" has a year I can't use. Give a year like 2027.";

    /// <summary>"February 2027 has no 30th day." / "January has no 32nd day."</summary>
    public static string NoSuchDay(int day, int month, int? year)
    {
        var monthText = year is { } y
            ? $"{CalendarWords.MonthName(month)} {y.ToString(CultureInfo.InvariantCulture)}"
            : CalendarWords.MonthName(month);
        var last = DateTime.DaysInMonth(year ?? 2028, month);
        var dayText = day < 1 ? "day 0" : $"{CalendarWords.Ordinal(day)} day";
        return $"{monthText} has no {dayText}. Its last day is the {CalendarWords.Ordinal(last)}.";
    }

    public static string TwoDates(string first, string second) =>
        $"I found two dates, \"{first}\" and \"{second}\". Give just one.";

    public static string TwoTimes(string first, string second) =>
        $"I found two times, \"{first}\" and \"{second}\". Give one time, or a range like 15:30-17:00.";

    public static string TwoZones(string first, string second) =>
        $"\"{first}\" and \"{second}\" are different time zones. Give just one.";

    public static string EndNotAfterStart(string start, string end) =>
        $"The meeting would end at {end}, which is not after its start at {start}. Give the start first, like 15:30-17:00.";

    public static string EndNotAfterStart(DateTimeOffset start, DateTimeOffset end) =>
        $"The meeting would end at {TimeZoneLabel.Clock(end)}, which is not after its start at {TimeZoneLabel.Clock(start)} "
        + "once the clock change is counted. Give a later end time.";

    public static string AmOrPm(string text) =>
        $"I can't tell whether \"{text}\" is in the morning or the afternoon. Add am or pm (3pm) or use 24-hour time (15:00).";

    public static string NoSuchTime(string text) =>
        $"{text} is not a time of day. Use a time from 00:00 to 23:59.";

    public static string NoSuchTwelveHourTime(string text) =>
        $"{text} is not a time of day: with am or pm the hour runs from 1 to 12. Write 3pm, 12am (midnight) or 15:00.";

    public static string NoSuchOffset(string text) =>
        $"{text} is not an offset used anywhere: offsets run from UTC-12 to UTC+14. Write one like UTC+2 or UTC-05:30.";

    public static string UnknownDefaultZone(string zoneId) =>
        $"Your time zone setting \"{zoneId}\" is not a zone I know. Write the zone after the time (15:00 Europe/Vienna) "
        + "or ask the secretariat to fix the setting.";

    public static string MissingDate =>
        "I need a date as well as the time, for example 31 Aug 15:30 or tomorrow 15:30.";

    public static string MissingTime =>
        "I need a time as well as the date, for example 31 Aug 15:30 or 31 Aug 3:30pm.";

    public static string WrongWeekday(DateOnly date, DayOfWeek stated) =>
        $"{Day(date)} is a {date.DayOfWeek}, not a {stated}. Check the date or the weekday.";

    public static string PastDate(DateOnly date) => $"{Day(date)} is in the past. Give a date from today on.";

    public static string PastTimeToday(DateTime local, DateTime nowLocal, string zoneId) =>
        $"Today at {local.ToString("HH:mm", CultureInfo.InvariantCulture)} is already over (it is now "
        + $"{nowLocal.ToString("HH:mm", CultureInfo.InvariantCulture)} in {zoneId}). Give a later time or another day.";

    /// <summary>"2027-03-28 02:30 does not exist in Europe/Vienna: clocks jump from 02:00 to 03:00. Did you mean 03:30?"</summary>
    public static string Gap(DateTime local, string zoneId, ClockChange change) =>
        $"{Stamp(local)} does not exist in {zoneId}: clocks jump from {Hm(change.ClockBefore)} to "
        + $"{Hm(change.ClockAfter)}. Did you mean {Hm(local + (change.After - change.Before))}?";

    /// <summary>
    /// "2027-10-31 02:30 happens twice in Europe/Vienna: clocks go back from 03:00 to 02:00. Say 02:30 CEST (UTC+2)
    /// or 02:30 CET (UTC+1)." Each suggestion is text the reader itself reads back to the intended instant.
    /// </summary>
    public static string Overlap(DateTime local, string zoneId, ClockChange change) =>
        $"{Stamp(local)} happens twice in {zoneId}: clocks go back from {Hm(change.ClockBefore)} to "
        + $"{Hm(change.ClockAfter)}. Say {Choice(local, zoneId, change.Before)} or {Choice(local, zoneId, change.After)}.";

    public static string OffsetMismatch(DateTime local, string zoneId, TimeSpan zoneOffset, string written) =>
        $"{Stamp(local)} in {zoneId} is {Utc(zoneOffset)}, which does not match {written}. Give just one of them.";

    /// <summary>Warning for "15:00 CET" on a summer date: the literal reading is kept, the member is told.</summary>
    public static string OutOfSeason(ZoneAbbreviation written, ZoneAbbreviation? inSeason, TimeSpan regionOffset,
        DateTime local, DateTimeOffset instant)
    {
        var seasonName = inSeason is null ? Utc(regionOffset) : $"{inSeason.Name} ({Utc(regionOffset)})";
        var suggestion = inSeason?.Name ?? written.UsedIn[0];
        return $"You wrote {written.Name} ({Utc(written.Offset ?? TimeSpan.Zero)}), but on {Day(DateOnly.FromDateTime(local))} "
               + $"{written.Region} clocks are on {seasonName}. I read {Hm(local)} {written.Name} as "
               + $"{instant.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC; write {suggestion} "
               + $"if you meant {Hm(local)} on {written.Region} clocks.";
    }

    private static string Choice(DateTime local, string zoneId, TimeSpan offset) =>
        ZoneAbbreviations.ForZoneAt(zoneId, offset) is { } abbreviation
            ? $"{Hm(local)} {abbreviation.Name} ({Utc(offset)})"
            : $"{Hm(local)} {Utc(offset)}";

    private static string Utc(TimeSpan offset) => TimeZoneLabel.OffsetText("UTC", offset);

    private static string Day(DateOnly date) => TimeZoneLabel.Date(date.ToDateTime(TimeOnly.MinValue));

    private static string Stamp(DateTime local) => local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Hm(DateTime local) => local.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 60 ? text.Trim() : string.Concat(text.AsSpan(0, 57), "...");
}
