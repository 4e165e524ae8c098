using System.Diagnostics.CodeAnalysis;

namespace MeetingBot.Domain.Time;

/// <summary>
/// Date rules. Numeric dates are read <b>day first</b> ("31/08/2027", "31.08.2027", "31-08-2027" are 31 August):
/// the alliance writes dates the European way and "08/31" is refused as month 31 rather than guessed. Only a
/// four-digit year first ("2027-08-31", "2027/08/31") is read year-month-day.
/// </summary>
internal sealed partial class WhenParser
{
    private const int MaxDaysAhead = 3660;

    private static readonly IReadOnlySet<string> NextWords = new HashSet<string>(StringComparer.Ordinal) { "next" };
    private static readonly IReadOnlySet<string> ThisWords = new HashSet<string>(StringComparer.Ordinal) { "this", "coming" };

    /// <summary>"in 2 hours", "in 30 minutes", "in 3 days", "in 2 weeks". "in Room 3" does not match: no unit.</summary>
    private bool TryFromNow(int i, bool afterAt, out int next)
    {
        next = i;
        var amount = At(i + 1);
        var unit = At(i + 2);
        if (!At(i).IsWord("in") || !amount.IsNumber || unit.Kind != TokenKind.Word)
        {
            return false;
        }

        var value = amount.Value;
        switch (unit.Text)
        {
            case "minute" or "minutes" or "min" or "mins":
            case "hour" or "hours" or "hr" or "hrs" or "h":
                var span = unit.Text.StartsWith('h') ? TimeSpan.FromHours(value) : TimeSpan.FromMinutes(value);
                if (value < 0 || span > TimeSpan.FromDays(MaxDaysAhead))
                {
                    return Fail(WhenProblem.InvalidDate, WhenMessages.TooFarAhead);
                }

                if (parts.FromNow is not null || parts.HasDate || parts.Times is not null)
                {
                    return Fail(WhenProblem.Unreadable, WhenMessages.FromNowWithOtherTimes(Source(i, i + 3)));
                }

                parts.FromNow = span;
                parts.FromNowText = Source(i, i + 3);
                break;
            case "day" or "days" or "week" or "weeks":
                var days = unit.Text.StartsWith('w') ? value * 7L : value;
                if (value < 0 || days > MaxDaysAhead)
                {
                    return Fail(WhenProblem.InvalidDate, WhenMessages.TooFarAhead);
                }

                if (!SetRelativeDay(new RelativeDay(RelativeDayKind.DaysAhead, (int)days, default, Source(i, i + 3))))
                {
                    return false;
                }

                break;
            default:
                return false;
        }

        next = i + 3;
        Mark(i, next, TokenUse.DateOrTime);
        return true;
    }

    /// <summary>"today", "tonight", "tomorrow", "the day after tomorrow", "next tuesday", "this friday".</summary>
    private bool TryRelativeDay(int i, bool afterAt, out int next)
    {
        next = i;
        var t = At(i);
        int days;
        if (t.IsWord("today") || t.IsWord("tonight"))
        {
            (days, next) = (0, i + 1);
        }
        else if (t.IsWord("tomorrow"))
        {
            (days, next) = (1, i + 1);
        }
        else if (t.IsWord("day") && At(i + 1).IsWord("after") && At(i + 2).IsWord("tomorrow"))
        {
            (days, next) = (2, i + 3);
        }
        else if ((t.IsWordIn(NextWords) || t.IsWordIn(ThisWords)) && CalendarWords.TryWeekday(At(i + 1), out var weekday))
        {
            next = At(i + 2).IsSymbol('.') && Touching(i + 1, i + 2) ? i + 3 : i + 2;
            var kind = t.IsWordIn(NextWords) ? RelativeDayKind.NextWeekday : RelativeDayKind.ComingWeekday;
            return SetRelativeDay(new RelativeDay(kind, 0, weekday, Source(i, next))) && MarkRead(i, next);
        }
        else
        {
            return false;
        }

        return SetRelativeDay(new RelativeDay(RelativeDayKind.DaysAhead, days, default, Source(i, next))) && MarkRead(i, next);
    }

    /// <summary>
    /// A weekday alone ("tuesday 15:00") is the coming one; before a full date ("Tue 31 Aug 2027") it is checked
    /// against that date by the reader, so a typo in either is caught instead of one silently winning.
    /// </summary>
    private bool TryWeekday(int i, bool afterAt, out int next)
    {
        next = i;
        if (!CalendarWords.TryWeekday(At(i), out var weekday))
        {
            return false;
        }

        var j = At(i + 1).IsSymbol('.') && Touching(i, i + 1) ? i + 2 : i + 1;
        var afterComma = At(j).IsSymbol(',') ? j + 1 : j;
        if (TryAbsoluteDate(afterComma, out var date, out var dateEnd))
        {
            next = dateEnd;
            parts.StatedWeekday = weekday;
            return SetDate(date with { Text = Source(i, next) }) && MarkRead(i, next);
        }

        if (failure is not null)
        {
            return false;
        }

        next = j;
        return SetRelativeDay(new RelativeDay(RelativeDayKind.ComingWeekday, 0, weekday, Source(i, next))) && MarkRead(i, next);
    }

    private bool TryDate(int i, bool afterAt, out int next) =>
        TryAbsoluteDate(i, out var date, out next) && SetDate(date) && MarkRead(i, next);

    private bool TryAbsoluteDate(int i, [NotNullWhen(true)] out WrittenDate? date, out int next) =>
        TryYearFirstDate(i, out date, out next)
        || TryDayFirstNumericDate(i, out date, out next)
        || TryDayMonthDate(i, out date, out next)
        || TryMonthDayDate(i, out date, out next);

    /// <summary>"2027-08-31", "2027/08/31", and "2027-08-31T15:30" (the T is read here, the time by the time rule).</summary>
    private bool TryYearFirstDate(int i, [NotNullWhen(true)] out WrittenDate? date, out int next)
    {
        date = null;
        next = i;
        var separator = At(i + 1);
        if (At(i).Digits != 4 || !(separator.IsSymbol('-') || separator.IsSymbol('/'))
            || At(i + 2).Digits is < 1 or > 2 || !SameSymbol(At(i + 3), separator) || At(i + 4).Digits is < 1 or > 2)
        {
            return false;
        }

        next = At(i + 5).IsWord("t") && Touching(i + 4, i + 5) && At(i + 6).IsNumber ? i + 6 : i + 5;
        return TryMakeDate(At(i + 4).Value, At(i + 2).Value, At(i).Value, Source(i, i + 5), out date);
    }

    /// <summary>"31/08/2027", "31/08/27", "31/08", "31.08.2027", "31-08-2027". Dots and dashes need the year.</summary>
    private bool TryDayFirstNumericDate(int i, [NotNullWhen(true)] out WrittenDate? date, out int next)
    {
        date = null;
        next = i;
        var separator = At(i + 1);
        var isSeparator = separator.IsSymbol('/') || separator.IsSymbol('.') || separator.IsSymbol('-');
        if (At(i).Digits is < 1 or > 2 || !isSeparator || At(i + 2).Digits is < 1 or > 2)
        {
            return false;
        }

        var hasYear = SameSymbol(At(i + 3), separator) && At(i + 4).Digits is 2 or 4;
        if (!hasYear && !separator.IsSymbol('/'))
        {
            return false;
        }

        int? year = hasYear ? At(i + 4).Value : null;
        if (year < 100)
        {
            year += 2000;
        }

        next = hasYear ? i + 5 : i + 3;
        return TryMakeDate(At(i).Value, At(i + 2).Value, year, Source(i, next), out date);
    }

    /// <summary>"31 Aug", "31st August 2027", "31 of August", "31 Aug. 2027", "31 Aug, 2027".</summary>
    private bool TryDayMonthDate(int i, [NotNullWhen(true)] out WrittenDate? date, out int next)
    {
        date = null;
        next = i;
        if (At(i).Digits is < 1 or > 2)
        {
            return false;
        }

        var j = i + 1;
        if (At(j).IsWordIn(CalendarWords.OrdinalSuffixes) && Touching(i, j))
        {
            j++;
        }

        if (At(j).IsWord("of"))
        {
            j++;
        }

        if (!CalendarWords.TryMonth(At(j), out var month))
        {
            return false;
        }

        next = ReadOptionalYear(SkipDot(j + 1), out var year);
        return TryMakeDate(At(i).Value, month, year, Source(i, next), out date);
    }

    /// <summary>"Aug 31", "August 31st, 2027", "Aug. 31 2027". "Aug 3 pm" and "Aug 3:30" are not days.</summary>
    private bool TryMonthDayDate(int i, [NotNullWhen(true)] out WrittenDate? date, out int next)
    {
        date = null;
        next = i;
        if (!CalendarWords.TryMonth(At(i), out var month))
        {
            return false;
        }

        var j = SkipDot(i + 1);
        if (At(j).Digits is < 1 or > 2 || LooksLikeTimeAfterNumber(j + 1))
        {
            return false;
        }

        var day = At(j).Value;
        j++;
        if (At(j).IsWordIn(CalendarWords.OrdinalSuffixes) && Touching(j - 1, j))
        {
            j++;
        }

        next = ReadOptionalYear(j, out var year);
        return TryMakeDate(day, month, year, Source(i, next), out date);
    }

    private static bool SameSymbol(Token token, Token separator) =>
        token.Kind == TokenKind.Symbol && token.Text == separator.Text;

    private int SkipDot(int j) => At(j).IsSymbol('.') && Touching(j - 1, j) ? j + 1 : j;

    /// <summary>A four-digit year, possibly after a comma. "31 Aug 15:30" has no year: 15 has two digits.</summary>
    private int ReadOptionalYear(int j, out int? year)
    {
        var yearAt = At(j).IsSymbol(',') ? j + 1 : j;
        if (At(yearAt).Digits == 4)
        {
            year = At(yearAt).Value;
            return yearAt + 1;
        }

        year = null;
        return j;
    }

    private bool LooksLikeTimeAfterNumber(int j) =>
        At(j).IsSymbol(':') || At(j).IsWord("am") || At(j).IsWord("pm") || At(j).IsWord("h") || At(j).IsWord("noon")
        || (At(j).IsSymbol('.') && At(j + 1).Digits == 2);

    /// <summary>Checks the date exists; without a year, that it exists in some year (29 Feb does, 30 Feb does not).</summary>
    private bool TryMakeDate(int day, int month, int? year, string source, [NotNullWhen(true)] out WrittenDate? date)
    {
        date = null;
        if (month is < 1 or > 12)
        {
            return Fail(WhenProblem.InvalidDate, WhenMessages.NoSuchMonth(source, month));
        }

        if (year is < 1 or > 9998)
        {
            return Fail(WhenProblem.InvalidDate, WhenMessages.NoSuchYear(source));
        }

        var daysInMonth = DateTime.DaysInMonth(year ?? 2028, month); // 2028 is a leap year: any-year maximum
        if (day < 1 || day > daysInMonth)
        {
            return Fail(WhenProblem.InvalidDate, WhenMessages.NoSuchDay(day, month, year));
        }

        date = new WrittenDate(day, month, year, source);
        return true;
    }

    private bool SetDate(WrittenDate date)
    {
        if (parts.HasDate)
        {
            return Fail(WhenProblem.Unreadable, WhenMessages.TwoDates(DateText(), date.Text));
        }

        if (parts.FromNow is not null)
        {
            return Fail(WhenProblem.Unreadable, WhenMessages.FromNowWithOtherTimes(parts.FromNowText));
        }

        parts.Date = date;
        return true;
    }

    private bool SetRelativeDay(RelativeDay day)
    {
        if (parts.HasDate)
        {
            return Fail(WhenProblem.Unreadable, WhenMessages.TwoDates(DateText(), day.Text));
        }

        if (parts.FromNow is not null)
        {
            return Fail(WhenProblem.Unreadable, WhenMessages.FromNowWithOtherTimes(parts.FromNowText));
        }

        parts.RelativeDay = day;
        return true;
    }

    private string DateText() => parts.Date?.Text ?? parts.RelativeDay?.Text ?? "";

    private bool MarkRead(int first, int next)
    {
        Mark(first, next, TokenUse.DateOrTime);
        return true;
    }
}
