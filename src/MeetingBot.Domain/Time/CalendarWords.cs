namespace MeetingBot.Domain.Time;

/// <summary>The English words for months, weekdays and the little words around them that members write in chat.</summary>
internal static class CalendarWords
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1,
        ["february"] = 2, ["feb"] = 2,
        ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4,
        ["may"] = 5,
        ["june"] = 6, ["jun"] = 6,
        ["july"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9,
        ["october"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    };

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday,
        ["thurs"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday,
    };

    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    public static readonly IReadOnlySet<string> OrdinalSuffixes = new HashSet<string>(StringComparer.Ordinal)
    {
        "st", "nd", "rd", "th",
    };

    /// <summary>
    /// Words that may stand before a date or time ("on 31 Aug", "at 3pm", "on the 31st of Aug"). They are read only
    /// when something readable follows; otherwise they stay in the remainder ("on Webex").
    /// </summary>
    public static readonly IReadOnlySet<string> Fillers = new HashSet<string>(StringComparer.Ordinal)
    {
        "on", "at", "the",
    };

    public static bool TryMonth(Token token, out int month)
    {
        month = 0;
        return token.Kind == TokenKind.Word && Months.TryGetValue(token.Text, out month);
    }

    public static bool TryWeekday(Token token, out DayOfWeek weekday)
    {
        weekday = DayOfWeek.Sunday;
        return token.Kind == TokenKind.Word && Weekdays.TryGetValue(token.Text, out weekday);
    }

    public static string MonthName(int month) => MonthNames[month - 1];

    /// <summary>"1st", "2nd", "3rd", "11th", "22nd": used in messages such as "February has no 30th day."</summary>
    public static string Ordinal(int number)
    {
        var suffix = (number % 100) is 11 or 12 or 13
            ? "th"
            : (number % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return number.ToString(System.Globalization.CultureInfo.InvariantCulture) + suffix;
    }
}
