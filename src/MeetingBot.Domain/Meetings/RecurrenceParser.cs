using System.Diagnostics.CodeAnalysis;
using MeetingBot.Domain.Time;

namespace MeetingBot.Domain.Meetings;

/// <summary>
/// Reads the pattern part of a repeating meeting ("every second Thursday of the month", "monthly on the 15th",
/// "every other Monday") token by token; the time, zone and start date after it are read by
/// <see cref="RecurrenceTail"/> with the date reader's own rules, so "at 3pm" and "at 3" mean the same as everywhere.
/// </summary>
internal sealed class RecurrenceParser
{
    public const int MaxIntervalWeeks = 12;
    private const int MaxTextLength = 200;

    private static readonly Dictionary<string, int> OrdinalWords = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["last"] = RecurrenceRule.LastWeek,
    };

    private readonly IReadOnlyList<Token> tokens;
    private int pos;
    private string? problem;

    private RecurrenceParser(string text) => tokens = WhenTokenizer.Tokenize(text);

    public static bool TryParse(string? text, [NotNullWhen(true)] out RecurrenceRule? rule, out string problem)
    {
        rule = null;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > MaxTextLength)
        {
            problem = RecurrenceMessages.Unreadable;
            return false;
        }

        var parser = new RecurrenceParser(trimmed);
        var pattern = parser.ReadPattern();
        if (pattern is null)
        {
            problem = parser.problem ?? RecurrenceMessages.Unreadable;
            return false;
        }

        var tailStart = parser.pos < parser.tokens.Count ? parser.tokens[parser.pos].Start : trimmed.Length;
        return RecurrenceTail.TryApply(pattern, trimmed[tailStart..], out rule, out problem);
    }

    /// <summary>"second", "last": the word <see cref="RecurrenceRule.ToText"/> writes for a week of the month.</summary>
    public static string WeekOfMonthWord(int week) => OrdinalWords.First(pair => pair.Value == week).Key;

    private RecurrenceRule? ReadPattern()
    {
        var every = Accept("every") || Accept("each");
        if (Accept("monthly"))
        {
            Accept("on");
            return ReadMonthly(needsMonthWords: false);
        }

        if (Accept("weekly"))
        {
            return ReadWeekly(1);
        }

        if (Accept("biweekly") || Accept("fortnightly"))
        {
            return ReadWeekly(2);
        }

        if (!every)
        {
            // "second Thursday of every month", "on the 15th of each month": the month words say it repeats.
            Accept("on");
            return ReadMonthly(needsMonthWords: true);
        }

        if (Accept("other") || Accept("fortnight"))
        {
            Accept("week");
            return ReadWeekly(2);
        }

        if (Accept("week"))
        {
            return ReadWeekly(1);
        }

        if (Accept("month"))
        {
            Accept("on");
            return ReadMonthly(needsMonthWords: false);
        }

        if (At(0).IsNumber && (At(1).IsWord("weeks") || At(1).IsWord("week")))
        {
            var interval = At(0).Value;
            pos += 2;
            return interval is >= 1 and <= MaxIntervalWeeks ? ReadWeekly(interval) : Fail(RecurrenceMessages.IntervalTooLong);
        }

        return TryWeekday(At(0), out _) ? ReadWeekly(1) : ReadMonthly(needsMonthWords: false);
    }

    private RecurrenceRule? ReadWeekly(int interval)
    {
        Accept("on");
        if (!TryWeekday(At(0), out var weekday))
        {
            return Fail(RecurrenceMessages.MissingWeekday);
        }

        pos++;
        return RecurrenceRule.Weekly(weekday, TimeOnly.MinValue, interval);
    }

    /// <summary>"the 15th", "day 15", "second Thursday", "last Friday", each optionally "of the month".</summary>
    private RecurrenceRule? ReadMonthly(bool needsMonthWords)
    {
        Accept("the");
        int number;
        if (Accept("day") && At(0).IsNumber)
        {
            number = At(0).Value;
            pos++;
        }
        else if (!TryOrdinal(out number))
        {
            return null;
        }

        // "every second week on Monday"
        if (!needsMonthWords && number is >= 1 and <= 5 && Accept("week"))
        {
            return ReadWeekly(number);
        }

        RecurrenceRule? rule;
        if (TryWeekday(At(0), out var weekday))
        {
            pos++;
            rule = number is >= 1 and <= 5 or RecurrenceRule.LastWeek
                ? RecurrenceRule.MonthlyOnWeekday(number, weekday, TimeOnly.MinValue)
                : Fail(RecurrenceMessages.NoSuchWeek(weekday));
        }
        else
        {
            rule = number is >= 1 and <= 31 ? RecurrenceRule.MonthlyOnDay(number, TimeOnly.MinValue)
                : number == RecurrenceRule.LastWeek ? Fail(RecurrenceMessages.LastDayUnsupported)
                : Fail(RecurrenceMessages.NoSuchDay);
        }

        var saidMonth = ReadOfTheMonth();
        return rule is not null && needsMonthWords && !saidMonth ? Fail(RecurrenceMessages.Unreadable) : rule;
    }

    /// <summary>"of the month", "of every month", "of each month", "each month", "every month".</summary>
    private bool ReadOfTheMonth()
    {
        var start = pos;
        Accept("of");
        _ = Accept("the") || Accept("every") || Accept("each");
        if (Accept("month"))
        {
            return true;
        }

        pos = start;
        return false;
    }

    /// <summary>"second", "last", "2nd", "15th", and a bare "15" after "on the".</summary>
    private bool TryOrdinal(out int number)
    {
        if (At(0).Kind == TokenKind.Word && OrdinalWords.TryGetValue(At(0).Text, out number))
        {
            pos++;
            return true;
        }

        number = At(0).Value;
        if (!At(0).IsNumber || number < 0)
        {
            return false;
        }

        pos++;
        if (At(0).IsWordIn(CalendarWords.OrdinalSuffixes) && At(-1).End == At(0).Start)
        {
            pos++;
        }

        return true;
    }

    /// <summary>"Thursday", "thu", and the plural "Thursdays".</summary>
    private static bool TryWeekday(Token token, out DayOfWeek weekday)
    {
        if (CalendarWords.TryWeekday(token, out weekday))
        {
            return true;
        }

        return token.Kind == TokenKind.Word && token.Text.Length > 4 && token.Text.EndsWith('s')
            && CalendarWords.TryWeekday(token with { Text = token.Text[..^1] }, out weekday);
    }

    private bool Accept(string word)
    {
        if (!At(0).IsWord(word))
        {
            return false;
        }

        pos++;
        return true;
    }

    /// <summary>The token <paramref name="offset"/> after the current one, or an empty symbol past either end.</summary>
    private Token At(int offset)
    {
        var index = pos + offset;
        return index >= 0 && index < tokens.Count ? tokens[index] : new Token(TokenKind.Symbol, "\0", int.MaxValue, 0);
    }

    private RecurrenceRule? Fail(string message)
    {
        problem ??= message;
        return null;
    }
}
