namespace MeetingBot.Domain.Meetings;

/// <summary>What a chair is told when a repeating-meeting rule can't be read: what is wrong, then what to write.</summary>
internal static class RecurrenceMessages
{
    private const string Examples =
        "every second Thursday of the month at 15:00, monthly on the 15th at 15:00, or every Tuesday at 10:00";

    public static string Unreadable => $"I could not read that as a repeating meeting. Write it like {Examples}.";

    public static string MissingWeekday => $"Say which weekday the meetings are on, like {Examples}.";

    public static string MissingTime =>
        "Say what time the meetings start, like every second Thursday of the month at 15:00.";

    public static string IntervalTooLong =>
        "Meetings can repeat every 1 to 12 weeks. For longer gaps use a monthly rule, like monthly on the 15th at 15:00.";

    public static string NoSuchDay => "A month has days 1 to 31. Write it like monthly on the 15th at 15:00.";

    public static string LastDayUnsupported =>
        "Meetings on the last day of the month are not supported. Use a weekday, like the last Friday of the month at 10:00.";

    public static string DateInRule =>
        "A repeating meeting takes a weekday or a day of the month, not a date. To begin on a date, add it at the end: "
        + "every Tuesday at 10:00 starting 2027-09-07.";

    public static string EndNotAfterStart =>
        "The meetings would end before they start. Write the start first, like at 15:00-16:30.";

    public static string BadStartDate => "Write the first day as a full date with its year, like starting 2027-09-07.";

    public static string NoSuchWeek(DayOfWeek weekday) =>
        $"A month has at most five {weekday}s. Use first to fifth or last, like the last {weekday} of the month.";

    public static string UnreadableTime(string text) =>
        $"I could not read \"{Shorten(text)}\" as the time. Write it like at 15:00 or at 3pm, optionally with a zone: "
        + "at 15:00 Europe/Vienna.";

    public static string FixedOffset(string written) =>
        $"Repeating meetings follow a place's clock through daylight saving, so {written} would drift. "
        + "Write a zone name instead, like at 15:00 Europe/Vienna.";

    private static string Shorten(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 60 ? trimmed : string.Concat(trimmed.AsSpan(0, 57), "...");
    }
}
