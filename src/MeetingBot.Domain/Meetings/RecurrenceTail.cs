using System.Diagnostics.CodeAnalysis;
using MeetingBot.Domain.Time;

namespace MeetingBot.Domain.Meetings;

/// <summary>
/// Reads what follows the pattern of a repeating meeting: "at 15:00", "at 3pm-4:30pm Europe/Vienna",
/// "at 09:30 starting 2027-09-06". The date reader's parser reads it, so times mean the same here as in "schedule".
/// </summary>
internal static class RecurrenceTail
{
    private static readonly HashSet<string> StartWords = new(StringComparer.Ordinal) { "starting", "from", "beginning" };

    public static bool TryApply(RecurrenceRule pattern, string tail, [NotNullWhen(true)] out RecurrenceRule? rule,
        out string problem)
    {
        rule = null;
        var (timeText, startText) = SplitAtStartWord(tail);
        if (!TryReadTime(timeText, out var time, out var duration, out var zoneId, out problem))
        {
            return false;
        }

        DateOnly? startDate = null;
        if (startText is not null)
        {
            if (!TryReadStartDate(startText, out var date))
            {
                problem = RecurrenceMessages.BadStartDate;
                return false;
            }

            startDate = date;
        }

        rule = pattern.WithTime(time).With(zoneId, startDate, duration);
        return true;
    }

    /// <summary>
    /// "at 09:30 starting 2027-09-06" splits at "starting". A "from" that opens the tail is the time's own
    /// ("every Tuesday from 10:00 to 11:30"), not a start date.
    /// </summary>
    private static (string Time, string? Start) SplitAtStartWord(string tail)
    {
        var tokens = WhenTokenizer.Tokenize(tail);
        var timeStart = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWordIn(StartWords))
            {
                continue;
            }

            if (i == 0 && tokens[i].IsWord("from"))
            {
                timeStart = tokens[i].End;
                continue;
            }

            return (tail[timeStart..tokens[i].Start], tail[tokens[i].End..]);
        }

        return (tail[timeStart..], null);
    }

    private static bool TryReadTime(string text, out TimeOnly time, out TimeSpan? duration, out string? zoneId,
        out string problem)
    {
        time = default;
        duration = null;
        zoneId = null;
        problem = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = RecurrenceMessages.MissingTime;
            return false;
        }

        var outcome = WhenParser.Parse(text);
        if (outcome.Parts is not { } parts)
        {
            problem = outcome.Problem == WhenProblem.Unreadable ? RecurrenceMessages.UnreadableTime(text) : outcome.Message;
            return false;
        }

        problem = parts switch
        {
            { HasDate: true } or { FromNow: not null } => RecurrenceMessages.DateInRule,
            { Times: null } => RecurrenceMessages.MissingTime,
            { Zone: null, Offset: { } offset } => RecurrenceMessages.FixedOffset(offset.Text),
            { Rest.Length: > 0 } => RecurrenceMessages.UnreadableTime(parts.Rest),
            _ => "",
        };
        if (problem.Length > 0 || parts.Times is not { } times)
        {
            return false;
        }

        if (times.EndMinute is { } end)
        {
            if (end <= times.StartMinute)
            {
                problem = RecurrenceMessages.EndNotAfterStart;
                return false;
            }

            duration = TimeSpan.FromMinutes(end - times.StartMinute);
        }

        time = TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(times.StartMinute));
        zoneId = parts.Zone?.Zone.Id;
        return true;
    }

    /// <summary>A full date with its year: a rule outlives "this year", so "starting 6 Sep" would be unclear.</summary>
    private static bool TryReadStartDate(string text, out DateOnly date)
    {
        date = default;
        var outcome = WhenParser.Parse(text);
        if (outcome.Parts is not { Date: { Year: { } year } written, Times: null, RelativeDay: null, Rest.Length: 0 })
        {
            return false;
        }

        date = new DateOnly(year, written.Month, written.Day);
        return true;
    }
}
