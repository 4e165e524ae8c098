namespace MeetingBot.Domain.Time;

/// <summary>How strict <see cref="WhenReader.Read"/> is. The defaults suit scheduling a new meeting.</summary>
public sealed record WhenReadOptions
{
    public static WhenReadOptions Default { get; } = new();

    /// <summary>Fail with <see cref="WhenProblem.MissingDate"/> when only a time is written ("15:00").</summary>
    public bool RequireDate { get; init; }

    /// <summary>Fail with <see cref="WhenProblem.MissingTime"/> when only a date is written ("31 Aug").</summary>
    public bool RequireTime { get; init; }

    /// <summary>Accept times before now, e.g. when recording attendance of a meeting that already took place.</summary>
    public bool AllowPast { get; init; }
}
