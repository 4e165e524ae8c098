namespace MeetingBot.Domain.Meetings;

/// <summary>The ways the alliance's meetings repeat.</summary>
public enum RecurrenceKind
{
    /// <summary>"every Tuesday", "every 2 weeks on Monday".</summary>
    Weekly = 0,

    /// <summary>"monthly on the 15th".</summary>
    MonthlyOnDay = 1,

    /// <summary>"every second Thursday of the month", "last Friday of the month".</summary>
    MonthlyOnWeekday = 2,
}
