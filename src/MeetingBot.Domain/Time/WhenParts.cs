namespace MeetingBot.Domain.Time;

/// <summary>A calendar date as written, e.g. "31 Aug" (no year) or "2027-08-31". Already checked to exist.</summary>
internal sealed record WrittenDate(int Day, int Month, int? Year, string Text);

internal enum RelativeDayKind
{
    /// <summary>"today", "tonight", "tomorrow", "in 3 days": a fixed number of days from today.</summary>
    DaysAhead,

    /// <summary>"tuesday", "this tuesday": the coming one; today counts while its time is still ahead.</summary>
    ComingWeekday,

    /// <summary>"next tuesday": the first one after today, never today.</summary>
    NextWeekday,
}

internal sealed record RelativeDay(RelativeDayKind Kind, int Days, DayOfWeek Weekday, string Text);

/// <summary>
/// Wall-clock times as minutes after midnight. <see cref="EndMinute"/> may be 1440 ("24:00", "-midnight"): the end of
/// the day, so "22:00-midnight" ends at 00:00 the next day.
/// </summary>
internal sealed record WrittenTimes(int StartMinute, int? EndMinute, string Text);

/// <summary>A zone with rules, from an IANA id in the text or a season-neutral abbreviation such as ET.</summary>
internal sealed record NamedZone(ResolvedZone Zone, string Text);

/// <summary>A fixed offset from the text: "UTC+2", "GMT", "CEST". <see cref="Abbreviation"/> is set for "CEST".</summary>
internal sealed record FixedZone(TimeSpan Offset, ZoneAbbreviation? Abbreviation, string Text);

/// <summary>Everything the parser found in one message, before "now" and the zone turn it into instants.</summary>
internal sealed class WhenParts
{
    public WrittenDate? Date { get; set; }

    /// <summary>A weekday written next to a full date ("Tue 31 Aug"): checked against the date, never used to move it.</summary>
    public DayOfWeek? StatedWeekday { get; set; }

    public RelativeDay? RelativeDay { get; set; }

    /// <summary>"in 2 hours": an instant relative to now, which needs no date, time or zone.</summary>
    public TimeSpan? FromNow { get; set; }

    public string FromNowText { get; set; } = "";

    public WrittenTimes? Times { get; set; }

    public NamedZone? Zone { get; set; }

    public FixedZone? Offset { get; set; }

    /// <summary>The text no rule read, e.g. "on Webex".</summary>
    public string Rest { get; set; } = "";

    public bool HasDate => Date is not null || RelativeDay is not null;

    public bool HasDateOrTime => HasDate || Times is not null || FromNow is not null;
}

/// <summary>What the parser hands to the reader: the parts, or the first problem it met.</summary>
internal sealed record ParseOutcome(WhenParts? Parts, WhenProblem Problem, string Message)
{
    public static ParseOutcome Read(WhenParts parts) => new(parts, WhenProblem.None, "");

    public static ParseOutcome Fail(WhenProblem problem, string message) => new(null, problem, message);
}
