using MeetingBot.Domain.Time;

namespace MeetingBot.Domain.Meetings;

/// <summary>English ordinals for meeting numbers: "9th Informal Meeting of the Alliance".</summary>
public static class Ordinal
{
    /// <summary>"1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "101st", "111th", "112th".</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative.</exception>
    public static string Of(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);

        // One rule for the whole domain: the date reader's messages ("February has no 30th day") use the same one.
        return CalendarWords.Ordinal(n);
    }
}
