namespace MeetingBot.Domain.Time;

/// <summary>
/// Time rules: "15:30", "15.30", "15h30", "3pm", "3:30 p.m.", "noon", "midnight", and ranges "15:30-17:00",
/// "from 15:30 to 17:00", "between 3 and 4pm", "3-4:30pm". Times with a colon and no am/pm are 24-hour.
/// A bare hour ("3") is read only where nothing else is possible: inside a range whose other end says am or pm,
/// or after "at" when it is 13-23 ("at 15"). "at 3" could be either, so it is refused with a way forward.
/// </summary>
internal sealed partial class WhenParser
{
    private const int MinutesPerDay = 24 * 60;

    private static readonly IReadOnlySet<string> RangeWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "to", "until", "till", "til",
    };

    private enum Meridiem
    {
        None,
        Am,
        Pm,
    }

    private enum ClockShape
    {
        /// <summary>"3", "3pm": an hour with no minutes written.</summary>
        Hour,

        /// <summary>"15:30", "3:30pm", "15h", "15h30".</summary>
        HourMinute,
        Noon,
        Midnight,
    }

    private sealed record Clock(int Hour, int Minute, Meridiem Meridiem, ClockShape Shape, string Text)
    {
        /// <summary>An hour alone with no am/pm: "3". Means nothing on its own.</summary>
        public bool IsBare => Shape == ClockShape.Hour && Meridiem == Meridiem.None;

        /// <summary>Could take am/pm from the other end of a range: "3" or "3:00" in "3:00-4:30pm".</summary>
        public bool CanBorrowMeridiem => Meridiem == Meridiem.None && Hour is >= 1 and <= 12
                                         && Shape is ClockShape.Hour or ClockShape.HourMinute;
    }

    private bool TryTimes(int i, bool afterAt, out int next)
    {
        next = i;
        var j = i;
        var between = At(j).IsWord("between");
        if (between || At(j).IsWord("from"))
        {
            j++;
        }

        if (!TryClock(j, out var start, out j))
        {
            return false;
        }

        var hasSeparator = At(j).IsSymbol('-') || At(j).IsWordIn(RangeWords) || (between && At(j).IsWord("and"));
        Clock? end = null;
        if (hasSeparator && TryClock(j + 1, out var endClock, out var endNext))
        {
            end = endClock;
            j = endNext;
        }

        if (!TryMinutes(start, end, afterAt, out var startMinute, out var endMinute))
        {
            return false;
        }

        if (endMinute <= startMinute)
        {
            return Fail(WhenProblem.EndBeforeStart, WhenMessages.EndNotAfterStart(start.Text, end?.Text ?? ""));
        }

        if (parts.Times is not null)
        {
            return Fail(WhenProblem.Unreadable, WhenMessages.TwoTimes(parts.Times.Text, Source(i, j)));
        }

        if (parts.FromNow is not null)
        {
            return Fail(WhenProblem.Unreadable, WhenMessages.FromNowWithOtherTimes(parts.FromNowText));
        }

        parts.Times = new WrittenTimes(startMinute, endMinute, Source(i, j));
        Mark(i, j, TokenUse.DateOrTime);
        next = TryZoneSuffixes(j);
        return failure is null;
    }

    /// <summary>Turns the written clock(s) into minutes after midnight, lending am/pm across a range.</summary>
    private bool TryMinutes(Clock start, Clock? end, bool afterAt, out int startMinute, out int? endMinute)
    {
        startMinute = 0;
        endMinute = null;
        if (end is null)
        {
            if (start.IsBare)
            {
                // "at 15" can only be 15:00; "at 3" could be 03:00 or 15:00; "Room 3" is no time at all.
                if (!afterAt)
                {
                    return false;
                }

                if (start.Hour is >= 0 and <= 12)
                {
                    return Fail(WhenProblem.InvalidTime, WhenMessages.AmOrPm(start.Text));
                }
            }

            return TryToMinutes(start, start.Meridiem, isEnd: false, out startMinute);
        }

        if (start.IsBare && end.IsBare)
        {
            return false; // "3-4" is no time: maybe a score, maybe a room range.
        }

        var startMeridiem = start.Meridiem;
        var endMeridiem = end.Meridiem;
        if (start.CanBorrowMeridiem && end.Meridiem != Meridiem.None)
        {
            // "3-4:30pm" is 15:00-16:30; "11-1pm" is 11:00-13:00: take the end's half of the day unless that puts the
            // start after the end.
            startMeridiem = PickMeridiem(end.Meridiem, m => Minutes(start, m) < Minutes(end, end.Meridiem));
        }
        else if (end.CanBorrowMeridiem && start.Meridiem != Meridiem.None)
        {
            endMeridiem = PickMeridiem(start.Meridiem, m => Minutes(end, m) > Minutes(start, start.Meridiem));
        }
        else if (start.IsBare && end.Meridiem == Meridiem.None && end.Hour is >= 1 and <= 12)
        {
            // "3-4:30": nothing says morning or afternoon.
            return Fail(WhenProblem.InvalidTime, WhenMessages.AmOrPm($"{start.Text}-{end.Text}"));
        }

        if (!TryToMinutes(start, startMeridiem, isEnd: false, out startMinute)
            || !TryToMinutes(end, endMeridiem, isEnd: true, out var endValue))
        {
            return false;
        }

        endMinute = endValue;
        return true;
    }

    private static Meridiem PickMeridiem(Meridiem preferred, Func<Meridiem, bool> fits)
    {
        var other = preferred == Meridiem.Am ? Meridiem.Pm : Meridiem.Am;
        return fits(preferred) || !fits(other) ? preferred : other;
    }

    /// <summary>Minutes after midnight without validation, for comparing candidate readings.</summary>
    private static int Minutes(Clock clock, Meridiem meridiem) => clock.Shape switch
    {
        ClockShape.Noon => 12 * 60,
        ClockShape.Midnight => 0,
        _ => (To24Hour(clock.Hour, meridiem) * 60) + clock.Minute,
    };

    private static int To24Hour(int hour, Meridiem meridiem) => meridiem switch
    {
        Meridiem.Am => hour == 12 ? 0 : hour,
        Meridiem.Pm => hour == 12 ? 12 : hour + 12,
        _ => hour,
    };

    /// <summary>
    /// Validates and converts. "12am" is 00:00 and "12pm" is 12:00; "0am" and "13pm" are refused. "24:00" and
    /// "midnight" at the end of a range mean the end of the day; "midnight" as a start is 00:00 of the given day.
    /// </summary>
    private bool TryToMinutes(Clock clock, Meridiem meridiem, bool isEnd, out int minutes)
    {
        minutes = 0;
        switch (clock.Shape)
        {
            case ClockShape.Noon:
                minutes = 12 * 60;
                return true;
            case ClockShape.Midnight:
                minutes = isEnd ? MinutesPerDay : 0;
                return true;
        }

        var validHour = meridiem == Meridiem.None
            ? clock.Hour is >= 0 and <= 23 || (isEnd && clock.Hour == 24 && clock.Minute == 0)
            : clock.Hour is >= 1 and <= 12;
        if (!validHour || clock.Minute is < 0 or > 59)
        {
            return Fail(WhenProblem.InvalidTime, meridiem == Meridiem.None
                ? WhenMessages.NoSuchTime(clock.Text)
                : WhenMessages.NoSuchTwelveHourTime(clock.Text));
        }

        minutes = (To24Hour(clock.Hour, meridiem) * 60) + clock.Minute;
        return true;
    }

    /// <summary>Reads one clock reading starting at <paramref name="i"/> without judging whether it is valid.</summary>
    private bool TryClock(int i, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Clock? clock, out int next)
    {
        clock = null;
        next = i;
        var t = At(i);
        if (t.IsWord("noon") || t.IsWord("midday") || t.IsWord("midnight"))
        {
            next = i + 1;
            clock = new Clock(t.IsWord("midnight") ? 0 : 12, 0, Meridiem.None,
                t.IsWord("midnight") ? ClockShape.Midnight : ClockShape.Noon, t.Text);
            return true;
        }

        if (t.Digits is < 1 or > 2)
        {
            return false;
        }

        var j = i + 1;
        var minute = 0;
        var shape = ClockShape.Hour;
        if ((At(j).IsSymbol(':') || At(j).IsSymbol('.')) && At(j + 1).Digits == 2
            && !(At(j + 2).IsSymbol('.') && At(j + 3).IsNumber))
        {
            // "15:30" and "15.30"; "31.08.2027" is a date and was read before this rule runs.
            minute = At(j + 1).Value;
            shape = ClockShape.HourMinute;
            j += 2;
        }
        else if (At(j).IsWord("h") && Touching(i, j))
        {
            // French style "15h" and "15h30".
            shape = ClockShape.HourMinute;
            j++;
            if (At(j).Digits == 2 && Touching(j - 1, j))
            {
                minute = At(j).Value;
                j++;
            }
        }

        var meridiem = Meridiem.None;
        if (At(j).IsWord("am") || At(j).IsWord("pm"))
        {
            meridiem = At(j).IsWord("am") ? Meridiem.Am : Meridiem.Pm;
            j++;
        }
        else if (shape == ClockShape.Hour && t.Value == 12 && At(j).IsWord("noon"))
        {
            next = j + 1;
            clock = new Clock(12, 0, Meridiem.None, ClockShape.Noon, Source(i, next));
            return true;
        }

        next = j;
        clock = new Clock(t.Value, minute, meridiem, shape, Source(i, next));
        return true;
    }
}
