namespace MeetingBot.Documents.Calendar;

/// <summary>
/// A moment a zone's offset changes, described as a VTIMEZONE observance describes it: the wall-clock time just
/// before the change (<see cref="OnsetLocal"/>, read in <see cref="OffsetFrom"/>) and the offset after it.
/// </summary>
internal readonly record struct ZoneTransition(DateTime OnsetLocal, TimeSpan OffsetFrom, TimeSpan OffsetTo, bool IsDaylight)
{
    public DateTime Utc => DateTime.SpecifyKind(OnsetLocal - OffsetFrom, DateTimeKind.Utc);

    /// <summary>
    /// Every offset change between two instants, read from the zone itself rather than from its adjustment rules,
    /// whose shape differs between Windows and Linux. Steps a day at a time (no zone changes twice in a day) and
    /// narrows each change down to the second.
    /// </summary>
    public static IReadOnlyList<ZoneTransition> Between(TimeZoneInfo zone, DateTime fromUtc, DateTime toUtc)
    {
        var found = new List<ZoneTransition>();
        var step = TimeSpan.FromDays(1);
        // Whole days from midnight keep every probe on a whole second.
        var before = DateTime.SpecifyKind(fromUtc.Date, DateTimeKind.Utc);
        var offsetBefore = zone.GetUtcOffset(before);
        while (before < toUtc)
        {
            var after = before + step;
            var offsetAfter = zone.GetUtcOffset(after);
            if (offsetAfter != offsetBefore)
            {
                var changeUtc = FirstInstantWithNewOffset(zone, before, after, offsetBefore);
                found.Add(new ZoneTransition(
                    DateTime.SpecifyKind(changeUtc + offsetBefore, DateTimeKind.Unspecified),
                    offsetBefore,
                    offsetAfter,
                    zone.IsDaylightSavingTime(changeUtc)));
            }

            before = after;
            offsetBefore = offsetAfter;
        }

        return found;
    }

    private static DateTime FirstInstantWithNewOffset(TimeZoneInfo zone, DateTime low, DateTime high, TimeSpan oldOffset)
    {
        var precision = TimeSpan.FromSeconds(1);
        while (high - low > precision)
        {
            var middle = low + ((high - low) / 2);
            middle = new DateTime(middle.Ticks - (middle.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
            if (zone.GetUtcOffset(middle) == oldOffset)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return high;
    }
}
