namespace MeetingBot.IntegrationTests.Support;

/// <summary>
/// A clock that reads a chosen instant and then runs at real speed, with real timers. Hangfire schedules in real time,
/// so a reminder due 4 seconds ahead on this clock fires 4 real seconds later, and the bot sees the time it expects.
/// (A FakeTimeProvider would stand still, and so would every delay and timeout that reads it.)
/// </summary>
public sealed class ShiftedClock(DateTimeOffset now) : TimeProvider
{
    private long _offsetTicks = (now - DateTimeOffset.UtcNow).Ticks;

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow.AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Jumps to another instant (e.g. the bot was down for a while); the clock runs on from there.</summary>
    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _offsetTicks, (now - DateTimeOffset.UtcNow).Ticks);

    /// <summary>A real instant (e.g. when the fake channel received something) on this clock.</summary>
    public DateTimeOffset Shifted(DateTimeOffset realUtc) => realUtc.AddTicks(Interlocked.Read(ref _offsetTicks));
}
