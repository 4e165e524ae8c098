namespace MeetingBot.Domain.Time;

internal enum LocalTimeStatus
{
    Exists,

    /// <summary>The wall-clock time is skipped when clocks go forward.</summary>
    Gap,

    /// <summary>The wall-clock time happens twice when clocks go back.</summary>
    Overlap,

    /// <summary>A required offset does not match the zone at that time.</summary>
    OffsetMismatch,
}

/// <summary>
/// A daylight-saving change: at <see cref="Instant"/> the offset goes from <see cref="Before"/> to
/// <see cref="After"/>, so wall clocks jump from <see cref="ClockBefore"/> to <see cref="ClockAfter"/>.
/// </summary>
internal sealed record ClockChange(DateTimeOffset Instant, TimeSpan Before, TimeSpan After)
{
    public DateTime ClockBefore => Instant.UtcDateTime + Before;

    public DateTime ClockAfter => Instant.UtcDateTime + After;
}

/// <param name="Instant">Set when <see cref="Status"/> is <see cref="LocalTimeStatus.Exists"/>.</param>
/// <param name="Change">The clock change behind a gap or overlap.</param>
/// <param name="ZoneOffset">The zone's own offset, for <see cref="LocalTimeStatus.OffsetMismatch"/>.</param>
internal sealed record LocalTimeReading(
    LocalTimeStatus Status,
    DateTimeOffset Instant,
    ClockChange? Change,
    TimeSpan ZoneOffset);

/// <summary>
/// Turns a wall-clock time in a zone into an instant, and says so when it cannot be done without a guess: in a
/// spring-forward gap the time does not exist, in a fall-back overlap it exists twice. <see cref="TimeZoneInfo"/>
/// would quietly pick one reading; meeting times must never move quietly.
/// </summary>
internal static class LocalTimeConverter
{
    /// <param name="local">Wall-clock time; its Kind is ignored.</param>
    /// <param name="zone">The zone whose clocks show <paramref name="local"/>.</param>
    /// <param name="requiredOffset">An offset the member wrote (e.g. "CEST"): picks one reading of an overlap and
    /// must otherwise agree with the zone.</param>
    public static LocalTimeReading Read(DateTime local, TimeZoneInfo zone, TimeSpan? requiredOffset)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            return new LocalTimeReading(LocalTimeStatus.Gap, default, FindChange(local, zone), default);
        }

        if (zone.IsAmbiguousTime(local))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local);
            if (requiredOffset is { } wanted && offsets.Contains(wanted))
            {
                return Exists(local, wanted);
            }

            var status = requiredOffset is null ? LocalTimeStatus.Overlap : LocalTimeStatus.OffsetMismatch;
            return new LocalTimeReading(status, default, FindChange(local, zone), offsets.Max());
        }

        var offset = zone.GetUtcOffset(local);
        if (requiredOffset is { } required && required != offset)
        {
            return new LocalTimeReading(LocalTimeStatus.OffsetMismatch, default, null, offset);
        }

        return Exists(local, offset);
    }

    /// <summary>
    /// The first instant of a day. Where clocks jump forward at midnight (e.g. America/Havana) 00:00 does not exist
    /// and the day starts when the clocks land; no time was written, so nothing the member said moves.
    /// </summary>
    public static DateTimeOffset StartOfDay(DateOnly date, TimeZoneInfo zone)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        if (zone.IsInvalidTime(midnight))
        {
            var change = FindChange(midnight, zone);
            return change.Instant.ToOffset(change.After);
        }

        var offset = zone.IsAmbiguousTime(midnight) ? zone.GetAmbiguousTimeOffsets(midnight).Max() : zone.GetUtcOffset(midnight);
        return new DateTimeOffset(midnight, offset);
    }

    /// <summary>
    /// Finds the offset change around <paramref name="local"/> by halving a two-day window: TimeZoneInfo exposes
    /// adjustment rules, not transition instants, and the rules differ between Windows and IANA data.
    /// </summary>
    private static ClockChange FindChange(DateTime local, TimeZoneInfo zone)
    {
        var low = new DateTimeOffset(local.AddDays(-1), TimeSpan.Zero).ToUnixTimeSeconds();
        var high = new DateTimeOffset(local.AddDays(1), TimeSpan.Zero).ToUnixTimeSeconds();
        var before = OffsetAt(low, zone);
        var after = OffsetAt(high, zone);
        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (OffsetAt(middle, zone) == before)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return new ClockChange(DateTimeOffset.FromUnixTimeSeconds(high), before, after);
    }

    private static TimeSpan OffsetAt(long unixSeconds, TimeZoneInfo zone) =>
        zone.GetUtcOffset(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

    private static LocalTimeReading Exists(DateTime local, TimeSpan offset) =>
        new(LocalTimeStatus.Exists, new DateTimeOffset(local, offset), null, offset);
}
