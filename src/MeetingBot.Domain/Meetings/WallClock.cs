using MeetingBot.Domain.Time;

namespace MeetingBot.Domain.Meetings;

/// <summary>
/// Turns a wall-clock time the bot computed itself (a recurring meeting, an agenda deadline) into an instant without
/// asking anyone. Times a member typed go through <see cref="WhenReader"/>, which refuses gaps and overlaps instead;
/// here nobody is there to answer, so the rule is fixed and documented:
/// a time skipped by the clocks moves forward by the length of the gap (02:30 on a spring-forward night becomes
/// 03:30), and a time that happens twice takes its first (earlier) occurrence.
/// </summary>
internal static class WallClock
{
    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone, out bool shifted)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var reading = LocalTimeConverter.Read(local, zone, requiredOffset: null);
        shifted = reading.Status == LocalTimeStatus.Gap;
        var instant = reading switch
        {
            { Status: LocalTimeStatus.Exists } => reading.Instant,

            // The offset in force before the change: in a gap that lands the gap's length later on the new clock,
            // in an overlap it is the first of the two readings.
            { Change: { } change } => new DateTimeOffset(local, change.Before),
            _ => new DateTimeOffset(local, zone.GetUtcOffset(local)),
        };
        return instant.ToUniversalTime();
    }

    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone) => ToUtc(local, zone, out _);
}
