using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MeetingBot.Domain.Time;

/// <summary>A time zone found by <see cref="ZoneResolver"/>: the id to store and the rules to convert with.</summary>
/// <param name="Id">An IANA id ("Europe/Vienna") or a fixed-offset label ("UTC", "UTC+02:00", "UTC-05:30").</param>
/// <param name="Zone">The conversion rules.</param>
/// <param name="IsFixedOffset">True for "UTC+02:00"-style zones, which never change their offset.</param>
public sealed record ResolvedZone(string Id, TimeZoneInfo Zone, bool IsFixedOffset);

/// <summary>
/// Turns the zone ids members and settings use into <see cref="TimeZoneInfo"/>: IANA ids in any casing
/// ("europe/vienna"), Windows ids ("W. Europe Standard Time", converted to IANA so stored ids stay IANA), and
/// fixed offsets ("UTC", "GMT+2", "UTC+05:30", "UTC-03:00").
/// </summary>
public static class ZoneResolver
{
    private const int MaxIdLength = 64;
    private static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);

    // Linux zone files are case-sensitive; chat is not. Built once from the zones the system lists.
    private static readonly Lazy<FrozenDictionary<string, string>> KnownIds = new(() =>
        TimeZoneInfo.GetSystemTimeZones()
            .Select(zone => zone.Id)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(id => id, id => id, StringComparer.OrdinalIgnoreCase));

    /// <summary>Finds a zone, or explains in one sentence why it cannot.</summary>
    public static bool TryResolve(string? zoneId, [NotNullWhen(true)] out ResolvedZone? zone, out string problem)
    {
        zone = null;
        problem = "";
        var id = zoneId?.Trim() ?? "";
        if (id.Length == 0)
        {
            problem = "No time zone was given. Use a name like Europe/Vienna or an offset like UTC+2.";
            return false;
        }

        if (TryParseFixedOffset(id, out var offset))
        {
            zone = FixedOffset(offset);
            return true;
        }

        if (id.Length <= MaxIdLength && !id.Contains("..", StringComparison.Ordinal) && !id.StartsWith('/')
            && TryFindSystemZone(id, out var found))
        {
            zone = found;
            return true;
        }

        problem = $"I don't know the time zone \"{id}\". Use a name like Europe/Vienna or America/New_York, "
            + "or an offset like UTC+2.";
        return false;
    }

    /// <summary>Finds a zone or throws <see cref="TimeZoneNotFoundException"/> with a sentence a member can act on.</summary>
    public static ResolvedZone Resolve(string zoneId) =>
        TryResolve(zoneId, out var zone, out var problem) ? zone : throw new TimeZoneNotFoundException(problem);

    /// <summary>A zone that is always <paramref name="offset"/> from UTC, named "UTC" or "UTC+02:00".</summary>
    public static ResolvedZone FixedOffset(TimeSpan offset)
    {
        var id = FixedOffsetId(offset);
        return new ResolvedZone(id, TimeZoneInfo.CreateCustomTimeZone(id, offset, id, id), IsFixedOffset: true);
    }

    /// <summary>"UTC" for zero, otherwise "UTC+02:00" / "UTC-05:30": sorts and compares well when stored.</summary>
    public static string FixedOffsetId(TimeSpan offset)
    {
        if (offset == TimeSpan.Zero)
        {
            return "UTC";
        }

        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var magnitude = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{magnitude.Hours:00}:{magnitude.Minutes:00}");
    }

    /// <summary>
    /// Reads "UTC", "GMT", "UTC+2", "GMT-5", "UTC+05:30", "UTC+0530". Offsets beyond ±14:00 do not exist anywhere.
    /// </summary>
    public static bool TryParseFixedOffset(string text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        var s = text.Trim();
        if (s.Length < 3 || !(s.StartsWith("UTC", StringComparison.OrdinalIgnoreCase)
                              || s.StartsWith("GMT", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var rest = s[3..].Replace(" ", "", StringComparison.Ordinal);
        if (rest.Length == 0)
        {
            return true;
        }

        if (rest[0] is not ('+' or '-') || rest.Length < 2)
        {
            return false;
        }

        var digits = rest[1..].Replace(":", "", StringComparison.Ordinal);
        if (digits.Length is 0 or > 4 || !digits.All(char.IsAsciiDigit) || rest[1..].Count(c => c == ':') > 1)
        {
            return false;
        }

        var (hours, minutes) = digits.Length <= 2
            ? (int.Parse(digits, CultureInfo.InvariantCulture), 0)
            : (int.Parse(digits[..^2], CultureInfo.InvariantCulture), int.Parse(digits[^2..], CultureInfo.InvariantCulture));
        if (minutes > 59)
        {
            return false;
        }

        var magnitude = new TimeSpan(hours, minutes, 0);
        if (magnitude > MaxOffset)
        {
            return false;
        }

        offset = rest[0] == '-' ? -magnitude : magnitude;
        return true;
    }

    private static bool TryFindSystemZone(string id, [NotNullWhen(true)] out ResolvedZone? zone)
    {
        zone = null;

        // A Windows id is stored as its IANA equivalent, so a zone written by an Outlook add-in and one typed by a
        // member compare equal.
        var candidate = TimeZoneInfo.TryConvertWindowsIdToIanaId(id, out var ianaFromWindows) ? ianaFromWindows : id;
        foreach (var attempt in CasingAttempts(candidate))
        {
            if (TryFindExact(attempt, out var info))
            {
                // The runtime caches zones case-insensitively, so take the id from the zone, not from the attempt.
                zone = new ResolvedZone(info.Id, info, IsFixedOffset: false);
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> CasingAttempts(string id)
    {
        yield return id;
        if (KnownIds.Value.TryGetValue(id, out var listed) && listed != id)
        {
            yield return listed;
        }

        // Links such as "US/Eastern" or "Europe/Kiev" are not listed but their files exist: guess the usual casing.
        var guessed = GuessIanaCasing(id);
        if (guessed != id)
        {
            yield return guessed;
        }
    }

    private static bool TryFindExact(string id, [NotNullWhen(true)] out TimeZoneInfo? info)
    {
        try
        {
            info = TimeZoneInfo.FindSystemTimeZoneById(id);

            // On Linux a Windows id is found too; only accept what names an IANA zone itself.
            return info.HasIanaId || id.Contains('/', StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException
                                       or System.Security.SecurityException or IOException or UnauthorizedAccessException)
        {
            info = null;
            return false;
        }
    }

    private static string GuessIanaCasing(string id)
    {
        var chars = id.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is '/' or '_' or '-')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        var guessed = new string(chars);
        foreach (var upper in new[] { "Gmt", "Utc", "Uct", "Est", "Mst", "Hst", "Us/", "Cet", "Eet", "Wet" })
        {
            guessed = guessed.Replace(upper, upper.ToUpperInvariant(), StringComparison.Ordinal);
        }

        return guessed;
    }
}
