namespace MeetingBot.Domain.Time;

/// <summary>
/// Zone rules. IANA ids ("Europe/Vienna") are read anywhere in the text. Abbreviations and offsets ("CEST", "ET",
/// "UTC+2", "GMT+05:30") are read only right after a time or an IANA id, so "et" or "cat" elsewhere stay words.
/// A fixed offset next to an IANA id ("Europe/Vienna CEST", "(Europe/Vienna, GMT+2)") picks between the two readings
/// of a time when clocks go back; the reader checks it agrees with the zone.
/// </summary>
internal sealed partial class WhenParser
{
    private static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);

    // First parts of IANA ids. "Mars/Olympus" after a time is refused as a zone; "Teams/Zoom" elsewhere is just text.
    private static readonly IReadOnlySet<string> IanaAreas = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific",
        "Etc", "US", "Canada", "Brazil", "Chile", "Mexico",
    };

    private bool TryZoneId(int i, bool afterAt, out int next)
    {
        next = i;
        if (At(i).Kind != TokenKind.ZoneId || !TryReadZoneId(i))
        {
            return false;
        }

        next = TryZoneSuffixes(i + 1);
        return failure is null;
    }

    /// <summary>Reads "(CEST)", "UTC+2", "ET time", "Europe/Vienna, GMT+2" after a time; returns where reading stopped.</summary>
    private int TryZoneSuffixes(int i)
    {
        var next = i;
        while (failure is null)
        {
            var j = At(next).IsSymbol('(') || At(next).IsSymbol(',') ? next + 1 : next;
            if (!TryZoneWord(j, out var end))
            {
                break;
            }

            next = At(end).IsSymbol(')') ? end + 1 : end;
        }

        return next;
    }

    private bool TryZoneWord(int i, out int next)
    {
        next = i;
        var t = At(i);
        if (t.Kind == TokenKind.ZoneId)
        {
            if (!TryReadZoneId(i))
            {
                return false;
            }

            next = i + 1;
        }
        else if (t.IsWord("utc") || t.IsWord("gmt"))
        {
            if (!TryReadOffset(i, out next, out var offset))
            {
                return false;
            }

            Mark(i, next, TokenUse.Zone);
            if (!SetFixedZone(new FixedZone(offset, null, Source(i, next))))
            {
                return false;
            }
        }
        else if (t.Kind == TokenKind.Word && ZoneAbbreviations.TryFind(t.Text, out var abbreviation))
        {
            next = i + 1;
            Mark(i, next, TokenUse.Zone);
            var source = Source(i, next);
            var set = abbreviation.IanaId is { } ianaId
                ? SetNamedZone(new NamedZone(ZoneResolver.Resolve(ianaId), source))
                : SetFixedZone(new FixedZone(abbreviation.Offset ?? TimeSpan.Zero, abbreviation, source));
            if (!set)
            {
                return false;
            }
        }
        else if (t.Kind == TokenKind.Word && ZoneAbbreviations.TryFindAmbiguous(t.Text, out var advice))
        {
            // "Asia/Kolkata (IST)": the id already says which IST; only a lone IST is a guess.
            if (parts.Zone is null)
            {
                return Fail(WhenProblem.UnknownTimeZone, advice);
            }

            next = i + 1;
            Mark(i, next, TokenUse.Zone);
        }
        else
        {
            return false;
        }

        // "3 pm Eastern time" style: "ET time", "CEST time".
        if (At(next).IsWord("time"))
        {
            Mark(next, next + 1, TokenUse.Zone);
            next++;
        }

        return true;
    }

    /// <summary>"UTC", "GMT", "UTC+2", "UTC + 2", "GMT-5", "UTC+05:30", "UTC+0530".</summary>
    private bool TryReadOffset(int i, out int next, out TimeSpan offset)
    {
        next = i + 1;
        offset = TimeSpan.Zero;
        var sign = At(i + 1);
        if (!(sign.IsSymbol('+') || sign.IsSymbol('-')) || !At(i + 2).IsNumber)
        {
            return true;
        }

        var digits = At(i + 2);
        int hours;
        var minutes = 0;
        next = i + 3;
        if (digits.Digits <= 2)
        {
            hours = digits.Value;
            if (At(i + 3).IsSymbol(':') && At(i + 4).Digits == 2)
            {
                minutes = At(i + 4).Value;
                next = i + 5;
            }
        }
        else if (digits.Digits == 4)
        {
            hours = digits.Value / 100;
            minutes = digits.Value % 100;
        }
        else
        {
            return Fail(WhenProblem.UnknownTimeZone, WhenMessages.NoSuchOffset(Source(i, next)));
        }

        var magnitude = new TimeSpan(hours, minutes, 0);
        if (minutes > 59 || magnitude > MaxOffset)
        {
            return Fail(WhenProblem.UnknownTimeZone, WhenMessages.NoSuchOffset(Source(i, next)));
        }

        offset = sign.IsSymbol('-') ? -magnitude : magnitude;
        return true;
    }

    /// <summary>
    /// Looks up an IANA id token. Unknown ids are refused when they look like zones (known area, or right after a
    /// time or date); otherwise they are left as text ("on Teams/Zoom").
    /// </summary>
    private bool TryReadZoneId(int i)
    {
        var t = At(i);
        if (ZoneResolver.TryResolve(t.Text, out var zone, out var problem))
        {
            Mark(i, i + 1, TokenUse.Zone);
            return SetNamedZone(new NamedZone(zone, t.Text));
        }

        var area = t.Text[..t.Text.IndexOf('/', StringComparison.Ordinal)];
        return IanaAreas.Contains(area) || FollowsDateOrTime(i)
            ? Fail(WhenProblem.UnknownTimeZone, problem)
            : false;
    }

    private bool SetNamedZone(NamedZone zone)
    {
        if (parts.Zone is { } earlier && earlier.Zone.Id != zone.Zone.Id)
        {
            return Fail(WhenProblem.ConflictingTimeZones, WhenMessages.TwoZones(earlier.Text, zone.Text));
        }

        parts.Zone = zone;
        return true;
    }

    private bool SetFixedZone(FixedZone zone)
    {
        if (parts.Offset is { } earlier && earlier.Offset != zone.Offset)
        {
            return Fail(WhenProblem.ConflictingTimeZones, WhenMessages.TwoZones(earlier.Text, zone.Text));
        }

        // Keep the abbreviation if one of the two had it: "02:30 CEST (UTC+2)" words warnings as CEST.
        parts.Offset = zone.Abbreviation is null && parts.Offset is { Abbreviation: not null } ? parts.Offset : zone;
        return true;
    }
}
