namespace MeetingBot.Domain.Time;

/// <summary>
/// Reads dates, times and zones out of chat text with a handful of small rules over tokens. At each position the rules
/// are tried in order (relative phrases, weekdays, dates, times, zone ids); the first that matches reads its tokens.
/// Tokens no rule reads become <see cref="WhenParts.Rest"/>. The parser knows nothing about "now" or zone rules
/// beyond looking ids up: <see cref="WhenReader"/> turns the parts into instants.
/// Split by concern: dates in WhenParser.Dates.cs, times in WhenParser.Times.cs, zones in WhenParser.Zones.cs.
/// </summary>
internal sealed partial class WhenParser
{
    private enum TokenUse
    {
        Unread,
        Filler,
        DateOrTime,
        Zone,
    }

    private delegate bool Rule(int index, bool afterAt, out int next);

    private static readonly IReadOnlySet<string> Fillers = CalendarWords.Fillers;

    // Punctuation around the remainder ("Europe/Vienna, on Webex.") is separation, not content.
    private static readonly char[] RestTrim = [' ', ',', ';', ':', '.', '-', '(', ')', '[', ']', '@', '\t', '\u2013', '\u2014'];

    private readonly string text;
    private readonly IReadOnlyList<Token> tokens;
    private readonly TokenUse[] uses;
    private readonly WhenParts parts = new();
    private readonly Rule[] rules;
    private ParseOutcome? failure;

    private WhenParser(string text)
    {
        this.text = text;
        tokens = WhenTokenizer.Tokenize(text);
        uses = new TokenUse[tokens.Count];
        rules = [TryFromNow, TryRelativeDay, TryWeekday, TryDate, TryTimes, TryZoneId];
    }

    public static ParseOutcome Parse(string text)
    {
        var parser = new WhenParser(text);
        parser.ReadAll();
        return parser.failure ?? parser.Finish();
    }

    private void ReadAll()
    {
        var pos = 0;
        while (pos < tokens.Count && failure is null)
        {
            // "on", "at", "the" belong to the date or time after them, but only if one follows: "on Webex" stays.
            var start = pos;
            var afterAt = false;
            while (start < tokens.Count && IsFiller(tokens[start]))
            {
                afterAt |= tokens[start].IsWord("at") || tokens[start].IsSymbol('@');
                start++;
            }

            if (start < tokens.Count && TryRules(start, afterAt, out var next))
            {
                Mark(pos, start, TokenUse.Filler);
                pos = next;
            }
            else
            {
                pos++;
            }
        }
    }

    private bool TryRules(int index, bool afterAt, out int next)
    {
        foreach (var rule in rules)
        {
            if (rule(index, afterAt, out next))
            {
                return true;
            }

            if (failure is not null)
            {
                break;
            }
        }

        next = index;
        return false;
    }

    private ParseOutcome Finish()
    {
        if (!parts.HasDateOrTime)
        {
            return ParseOutcome.Fail(WhenProblem.Unreadable, WhenMessages.NothingFound(text));
        }

        if (FindSuspiciousLeftover() is { } leftover)
        {
            return ParseOutcome.Fail(WhenProblem.Unreadable, WhenMessages.CouldNotRead(leftover));
        }

        parts.Rest = string.Join(" ", UnreadRuns().Select(run => run.Trim(RestTrim)).Where(run => run.Length > 0));
        return ParseOutcome.Read(parts);
    }

    /// <summary>
    /// A number or month left unread right next to a date or time ("Augst 31 15:00", "tuesday 3", "Aug 3pm") or a
    /// number with an ordinal ("the 31st") is almost certainly a date or time we failed to read: refuse rather than
    /// drop it silently. Numbers further away ("in Room 3") and "may" ("we may meet at 4pm") are ordinary text.
    /// </summary>
    private string? FindSuspiciousLeftover()
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var datePiece = token.IsNumber || (CalendarWords.TryMonth(token, out _) && !token.IsWord("may"));
            if (uses[i] != TokenUse.Unread || !datePiece)
            {
                continue;
            }

            var touchesDateOrTime = (i > 0 && uses[i - 1] == TokenUse.DateOrTime)
                                    || (i + 1 < tokens.Count && uses[i + 1] == TokenUse.DateOrTime);
            var hasOrdinal = token.IsNumber && At(i + 1).IsWordIn(CalendarWords.OrdinalSuffixes) && Touching(i, i + 1);
            if (touchesDateOrTime || hasOrdinal)
            {
                return UnreadRunAround(i);
            }
        }

        return null;
    }

    private IEnumerable<string> UnreadRuns()
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (uses[i] != TokenUse.Unread)
            {
                i++;
                continue;
            }

            var first = i;
            while (i + 1 < tokens.Count && uses[i + 1] == TokenUse.Unread)
            {
                i++;
            }

            yield return text[tokens[first].Start..tokens[i].End];
            i++;
        }
    }

    private string UnreadRunAround(int index)
    {
        var first = index;
        var last = index;
        while (first > 0 && uses[first - 1] == TokenUse.Unread)
        {
            first--;
        }

        while (last + 1 < tokens.Count && uses[last + 1] == TokenUse.Unread)
        {
            last++;
        }

        return text[tokens[first].Start..tokens[last].End].Trim(RestTrim);
    }

    private static bool IsFiller(Token token) => token.IsWordIn(Fillers) || token.IsSymbol('@');

    /// <summary>The token at <paramref name="index"/>, or an empty symbol past the end so rules can look ahead freely.</summary>
    private Token At(int index) =>
        index >= 0 && index < tokens.Count ? tokens[index] : new Token(TokenKind.Symbol, "\0", text.Length, 0);

    /// <summary>True when two tokens touch with no space between them ("31st", "2027-08-31T15:30").</summary>
    private bool Touching(int left, int right) => At(left).End == At(right).Start;

    private string Source(int first, int next) => text[tokens[first].Start..tokens[next - 1].End];

    private void Mark(int first, int next, TokenUse use)
    {
        for (var i = first; i < next; i++)
        {
            uses[i] = use;
        }
    }

    private bool Fail(WhenProblem problem, string message)
    {
        failure ??= ParseOutcome.Fail(problem, message);
        return false;
    }

    /// <summary>
    /// The previous token that is not punctuation was read as a date or time: used so that words right after a time
    /// ("15:00 CET", "15:00 Mars/Olympus") are read as zones while the same words elsewhere stay ordinary text.
    /// </summary>
    private bool FollowsDateOrTime(int index)
    {
        var i = index - 1;
        while (i >= 0 && tokens[i].Kind == TokenKind.Symbol)
        {
            i--;
        }

        return i >= 0 && uses[i] == TokenUse.DateOrTime;
    }
}
