namespace MeetingBot.Domain.Reminders;

/// <summary>The reminders a meeting gets, in the order they are sent. Stored by number: never renumber.</summary>
public enum ReminderKind
{
    /// <summary>Call for agenda items, with the agenda deadline (default 7 days before the meeting).</summary>
    CallForItems = 0,

    /// <summary>The agenda deadline is near (default the day before the deadline).</summary>
    AgendaDeadline = 1,

    /// <summary>The day before, with the current agenda and the join link.</summary>
    DayBefore = 2,

    /// <summary>Starting soon, with the join link (default 15 minutes before).</summary>
    StartingSoon = 3,
}

/// <summary>How people name the kinds in chat and how the bot names them back.</summary>
public static class ReminderKinds
{
    public static IReadOnlyList<ReminderKind> All { get; } =
        [ReminderKind.CallForItems, ReminderKind.AgendaDeadline, ReminderKind.DayBefore, ReminderKind.StartingSoon];

    private static readonly Dictionary<string, ReminderKind> ByWord = new(StringComparer.OrdinalIgnoreCase)
    {
        ["call"] = ReminderKind.CallForItems,
        ["call-for-items"] = ReminderKind.CallForItems,
        ["call for items"] = ReminderKind.CallForItems,
        ["items"] = ReminderKind.CallForItems,
        ["deadline"] = ReminderKind.AgendaDeadline,
        ["agenda-deadline"] = ReminderKind.AgendaDeadline,
        ["agenda deadline"] = ReminderKind.AgendaDeadline,
        ["day-before"] = ReminderKind.DayBefore,
        ["day before"] = ReminderKind.DayBefore,
        ["daybefore"] = ReminderKind.DayBefore,
        ["tomorrow"] = ReminderKind.DayBefore,
        ["soon"] = ReminderKind.StartingSoon,
        ["starting-soon"] = ReminderKind.StartingSoon,
        ["starting soon"] = ReminderKind.StartingSoon,
        ["start"] = ReminderKind.StartingSoon,
    };

    /// <summary>The word to type: call, deadline, day-before, soon.</summary>
    public static string Word(this ReminderKind kind) => kind switch
    {
        ReminderKind.CallForItems => "call",
        ReminderKind.AgendaDeadline => "deadline",
        ReminderKind.DayBefore => "day-before",
        _ => "soon",
    };

    /// <summary>How the bot names it in a sentence: "the call for agenda items".</summary>
    public static string Label(this ReminderKind kind) => kind switch
    {
        ReminderKind.CallForItems => "call for agenda items",
        ReminderKind.AgendaDeadline => "agenda deadline reminder",
        ReminderKind.DayBefore => "day-before reminder",
        _ => "starting-soon reminder",
    };

    /// <summary>"call, deadline, day-before or soon": for sentences that say what to type.</summary>
    public static string Words => "call, deadline, day-before or soon";

    public static bool TryParse(string? text, out ReminderKind kind) => ByWord.TryGetValue((text ?? "").Trim(), out kind);

    /// <summary>
    /// Reads a kind at the start of <paramref name="text"/> ("day before 2 days" → DayBefore, "2 days"); the longest
    /// name wins.
    /// </summary>
    public static bool TryParsePrefix(string text, out ReminderKind kind, out string rest)
    {
        var trimmed = text.Trim();
        foreach (var word in ByWord.Keys.OrderByDescending(w => w.Length))
        {
            if (!trimmed.StartsWith(word, StringComparison.OrdinalIgnoreCase)) continue;
            if (trimmed.Length > word.Length && !char.IsWhiteSpace(trimmed[word.Length])) continue;
            kind = ByWord[word];
            rest = trimmed[word.Length..].Trim();
            return true;
        }

        kind = default;
        rest = trimmed;
        return false;
    }
}
