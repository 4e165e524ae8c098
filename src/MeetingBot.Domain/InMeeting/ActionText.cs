using System.Text.RegularExpressions;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.Time;

namespace MeetingBot.Domain.InMeeting;

/// <summary>An action as written in chat: what, who (the first person mentioned) and by when.</summary>
public sealed record ActionRequest(string Text, Presenter? Owner, DateOnly? DueDate);

/// <summary>
/// Reads "@Phil Reichel circulate the HLPF briefing by 15 Sep": the owner is the first person mentioned (their
/// "@Name" leaves the text), the due date a closing "by …" or "due …" that <see cref="WhenReader"/> reads as a date
/// and nothing else ("by email" stays part of the text).
/// </summary>
public static partial class ActionText
{
    public static ActionRequest Read(string text, IReadOnlyList<Person> mentioned, WhenReader reader, string timeZoneId)
    {
        var rest = text.Trim();
        Presenter? owner = null;
        foreach (var person in mentioned)
        {
            var written = "@" + person.Name;
            var at = rest.IndexOf(written, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            owner = new Presenter(person.Name, person.UserId);
            rest = (rest[..at] + rest[(at + written.Length)..]).Trim();
            break;
        }

        DateOnly? due = null;
        var matches = DueMarker().Matches(rest);
        for (var i = matches.Count - 1; i >= 0; i--)
        {
            var marker = matches[i];
            var when = rest[(marker.Index + marker.Length)..].Trim().TrimEnd('.', '!');
            if (when.Length == 0)
            {
                continue;
            }

            var read = reader.Read(when, timeZoneId);
            if (read is { Succeeded: true, HasDate: true, Rest.Length: 0 })
            {
                due = DateOnly.FromDateTime(read.LocalStart);
                rest = rest[..marker.Index].TrimEnd(' ', ',', ';', '-', '–');
                break;
            }
        }

        return new ActionRequest(rest.TrimStart(':', ',', '-', ' ').Trim(), owner, due);
    }

    [GeneratedRegex(@"(?:^|[\s,;(])(?:by|due|until|before)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DueMarker();
}
