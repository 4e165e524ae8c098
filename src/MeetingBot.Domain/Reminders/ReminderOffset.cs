using System.Globalization;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.Time;

namespace MeetingBot.Domain.Reminders;

public enum ReminderUnit
{
    Minutes = 0,
    Hours = 1,
    Days = 2,
}

/// <summary>
/// How long before its anchor (the meeting's start, or its agenda deadline) a reminder goes out. Days keep the
/// wall-clock time of the meeting's zone ("7 days before" a 15:00 meeting is 15:00 a week earlier, even across a
/// daylight-saving change); hours and minutes are exact durations.
/// </summary>
public readonly record struct ReminderOffset(int Amount, ReminderUnit Unit)
{
    public static readonly TimeSpan Shortest = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan Longest = TimeSpan.FromDays(60);

    public static ReminderOffset Days(int days) => new(days, ReminderUnit.Days);

    public static ReminderOffset Hours(int hours) => new(hours, ReminderUnit.Hours);

    public static ReminderOffset Minutes(int minutes) => new(minutes, ReminderUnit.Minutes);

    /// <summary>The length, taking a day as 24 hours: only for limits and ordering, never for computing instants.</summary>
    public TimeSpan Nominal => Unit switch
    {
        ReminderUnit.Days => TimeSpan.FromDays(Amount),
        ReminderUnit.Hours => TimeSpan.FromHours(Amount),
        _ => TimeSpan.FromMinutes(Amount),
    };

    /// <summary>
    /// The instant this offset before <paramref name="anchorUtc"/>: in days on the wall clock of
    /// <paramref name="zoneId"/> (a time the clocks skip moves forward by the gap, a doubled time takes the earlier
    /// reading), in hours and minutes as exact durations.
    /// </summary>
    public DateTimeOffset Before(DateTimeOffset anchorUtc, string zoneId)
    {
        if (Unit != ReminderUnit.Days)
        {
            return (anchorUtc - Nominal).ToUniversalTime();
        }

        var zone = ZoneResolver.Resolve(zoneId).Zone;
        var local = TimeZoneInfo.ConvertTime(anchorUtc, zone).DateTime;
        return WallClock.ToUtc(local.AddDays(-Amount), zone);
    }

    /// <summary>"7 days", "1 day", "2 hours", "15 minutes".</summary>
    public override string ToString()
    {
        var unit = Unit switch
        {
            ReminderUnit.Days => "day",
            ReminderUnit.Hours => "hour",
            _ => "minute",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{Amount} {unit}{(Amount == 1 ? "" : "s")}");
    }

    /// <summary>
    /// Reads "10 days", "1 week", "2 hours", "2h", "30 minutes", "30 min", "90m". Between a minute and 60 days;
    /// otherwise false with a sentence saying what to write.
    /// </summary>
    public static bool TryParse(string? text, out ReminderOffset offset, out string problem)
    {
        offset = default;
        problem = "";
        var s = (text ?? "").Trim().ToLowerInvariant().Replace("before", "", StringComparison.Ordinal).Trim();
        var digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits > 4)
        {
            problem = $"Give a time before the meeting like 10 days, 2 hours or 30 minutes (or off / on).";
            return false;
        }

        var amount = int.Parse(s[..digits], CultureInfo.InvariantCulture);
        var unitWord = s[digits..].Trim();
        ReminderOffset? read = unitWord switch
        {
            "d" or "day" or "days" => Days(amount),
            "w" or "week" or "weeks" => Days(amount * 7),
            "h" or "hr" or "hrs" or "hour" or "hours" => Hours(amount),
            "m" or "min" or "mins" or "minute" or "minutes" => Minutes(amount),
            _ => null,
        };
        if (read is not { } value)
        {
            problem = $"I don't know the unit \"{unitWord}\". Use days, hours or minutes, e.g. 10 days or 30 minutes.";
            return false;
        }

        if (value.Nominal < Shortest || value.Nominal > Longest)
        {
            problem = "A reminder can go out between 1 minute and 60 days before.";
            return false;
        }

        offset = value;
        return true;
    }
}
