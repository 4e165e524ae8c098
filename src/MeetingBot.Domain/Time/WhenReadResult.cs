namespace MeetingBot.Domain.Time;

/// <summary>Why a message could not be read as a meeting time. Each comes with a sentence saying what to do next.</summary>
public enum WhenProblem
{
    None,

    /// <summary>No date or time found, or parts that do not fit together ("blah", "31 Augst 15:00").</summary>
    Unreadable,

    /// <summary>The date does not exist ("31 Feb", "32 Jan") or contradicts its weekday ("Mon 31 Aug 2027").</summary>
    InvalidDate,

    /// <summary>The time does not exist on any clock ("25:00", "13pm") or is ambiguous ("at 3").</summary>
    InvalidTime,

    /// <summary>Only a time was given but <see cref="WhenReadOptions.RequireDate"/> asks for a date.</summary>
    MissingDate,

    /// <summary>Only a date was given but <see cref="WhenReadOptions.RequireTime"/> asks for a time.</summary>
    MissingTime,

    /// <summary>The meeting would start before now.</summary>
    InPast,

    /// <summary>The wall-clock time falls in a daylight-saving gap ("2027-03-28 02:30" in Europe/Vienna).</summary>
    NonexistentLocalTime,

    /// <summary>The wall-clock time happens twice when clocks go back; an offset or abbreviation picks one.</summary>
    AmbiguousLocalTime,

    /// <summary>The end time is not after the start time.</summary>
    EndBeforeStart,

    /// <summary>A zone in the text, or the default zone, is not known.</summary>
    UnknownTimeZone,

    /// <summary>Two zones or offsets in the text disagree ("15:00 Europe/Vienna UTC+5").</summary>
    ConflictingTimeZones,
}

/// <summary>
/// The outcome of <see cref="WhenReader.Read"/>. On success <see cref="Start"/> is the instant (its
/// <see cref="DateTimeOffset.Offset"/> is the offset in force in <see cref="TimeZoneId"/>, so
/// <c>Start.UtcDateTime</c> is what to store). On failure only <see cref="Problem"/> and <see cref="Message"/> are set.
/// </summary>
public sealed record WhenReadResult
{
    public bool Succeeded => Problem == WhenProblem.None;

    public WhenProblem Problem { get; init; }

    /// <summary>A sentence for the member saying what is wrong and what to write instead; empty on success.</summary>
    public string Message { get; init; } = "";

    public DateTimeOffset Start { get; init; }

    public DateTimeOffset? End { get; init; }

    /// <summary>The IANA id ("Europe/Vienna") or fixed-offset label ("UTC+02:00", "UTC") the times were read in.</summary>
    public string TimeZoneId { get; init; } = "";

    /// <summary>The wall-clock start in <see cref="TimeZoneId"/> (<see cref="DateTimeKind.Unspecified"/>).</summary>
    public DateTime LocalStart { get; init; }

    public DateTime? LocalEnd { get; init; }

    /// <summary>
    /// False when only a time was written ("15:00"): <see cref="Start"/> is then the next time the clock shows it
    /// (today if still ahead, else tomorrow) and the dialog decides whether to ask for a date.
    /// </summary>
    public bool HasDate { get; init; }

    /// <summary>False when only a date was written: <see cref="Start"/> is then the start of that day.</summary>
    public bool HasTime { get; init; }

    /// <summary>The text that is not part of the date, time or zone, e.g. "on Webex"; empty when none.</summary>
    public string Rest { get; init; } = "";

    /// <summary>Things the member may want to double-check, e.g. "CET" written for a summer date.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    internal static WhenReadResult Fail(WhenProblem problem, string message) =>
        new() { Problem = problem, Message = message };
}
