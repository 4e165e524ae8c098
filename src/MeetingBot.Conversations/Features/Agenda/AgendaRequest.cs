using System.Text.RegularExpressions;
using MeetingBot.Conversations.Messages;
using MeetingBot.Domain.Meetings;
using Person = MeetingBot.Domain.Meetings.Person;

namespace MeetingBot.Conversations.Features.Agenda;

/// <summary>
/// What "agenda add" says, read from the text: the title, then optionally who presents and for how long,
/// e.g. "Nominations for Board positions by @Phil 10 min" or "Budget 2027, presenter Inge, 15 minutes".
/// </summary>
public sealed partial record AgendaRequest(string Title, Presenter? Presenter, int? Minutes)
{
    public static AgendaRequest Read(string text, Person asker, IReadOnlyList<Mention> mentions)
    {
        var rest = text.Trim();
        int? minutes = null;
        var duration = MinutesPattern().Match(rest);
        if (duration.Success)
        {
            minutes = int.TryParse(duration.Groups["n"].Value, out var n) ? n : null;
            rest = rest.Remove(duration.Index, duration.Length).Trim();
        }

        Presenter? presenter = null;
        var by = PresenterPattern().Match(rest);
        if (by.Success)
        {
            var who = by.Groups["who"].Value.Trim().TrimEnd(',', '.');
            var name = who.TrimStart('@');
            var mention = mentions.FirstOrDefault(m => m.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            presenter = who.Equals("me", StringComparison.OrdinalIgnoreCase)
                ? new Presenter(asker.Name, asker.UserId)
                : new Presenter(mention?.Name ?? name, mention?.UserId);
            rest = rest[..by.Index].Trim();
        }
        return new AgendaRequest(rest.TrimEnd(',', ';', '-', '–').Trim(), presenter, minutes);
    }

    // "10 min", "10 minutes", "(10')" at the end.
    [GeneratedRegex(@"[,;(\s]*\b(?<n>\d{1,3})\s*(?:min(?:ute)?s?|')\)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesPattern();

    // "by @Phil", "presented by Inge Geyer", "presenter: me" at the end.
    [GeneratedRegex(@"[,;\s]+(?:presented\s+by|presenter:?|by)\s+(?<who>@?[^,;]{1,120})$", RegexOptions.IgnoreCase)]
    private static partial Regex PresenterPattern();
}
