using MeetingBot.Domain.People;

namespace MeetingBot.Domain.Minutes;

/// <summary>
/// The participants section: who came (each once, with office, title and organisation in parentheses), partners'
/// people grouped by organisation, apologies, and who chaired and facilitated.
/// </summary>
public static partial class MinutesComposer
{
    private static MinutesSection Participants(MinutesInput input, MinutesPeople people)
    {
        var blocks = input.Record is null ? Invited(input, people) : Attended(people);
        if (people.Apologised is { Count: > 0 } apologised)
        {
            blocks.Add(new MinutesLabelled("Apologies", string.Join(", ",
                apologised.Select(p => p.WithQualifierInParentheses(withOrganisation: true)))));
        }

        if (input.Record is not null && ChairSentence(people) is { } sentence)
        {
            blocks.Add(new MinutesParagraph(sentence));
        }

        return new MinutesSection(MinutesSectionKeys.Participants, "Participants", blocks);
    }

    /// <summary>
    /// "Participants: Amara Okafor (Chair), …, Lukas Brandner (Secretary)" in the sample's order: the chair, the
    /// vice-chairs, everyone else by arrival, the secretary last. Guests with an organisation follow on one line per
    /// organisation ("UNODC Civil Society Unit: Farid Haddad (Civil Society Officer), Mei Tanaka").
    /// </summary>
    private static List<MinutesBlock> Attended(MinutesPeople people)
    {
        var attended = people.Attended;
        var blocks = new List<MinutesBlock>();
        var listed = attended.Where(p => !IsPartner(p))
            .OrderBy(p => p.Role switch { Role.Chair => 0, Role.ViceChair => 1, Role.Secretary => 3, _ => 2 })
            .ThenBy(p => p.FirstArrival)
            .ThenBy(p => p.FirstSeen)
            .ToList();
        if (attended.Count == 0)
        {
            blocks.Add(new MinutesParagraph("No participants were recorded."));
        }
        else if (listed.Count > 0)
        {
            blocks.Add(new MinutesLabelled("Participants",
                string.Join(", ", listed.Select(p => p.WithQualifierInParentheses(withOrganisation: true)))));
        }

        var partners = attended.Where(IsPartner).GroupBy(p => PersonName.Key(p.Organisation));
        foreach (var organisation in partners)
        {
            blocks.Add(new MinutesLabelled(organisation.First().Organisation?.Trim() ?? "",
                string.Join(", ", organisation.Select(p => p.WithQualifierInParentheses(withOrganisation: false)))));
        }

        return blocks;
    }

    /// <summary>Without a record nobody knows who came: the invitation list is the draft to correct.</summary>
    private static List<MinutesBlock> Invited(MinutesInput input, MinutesPeople people)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var invited = new List<string>();
        foreach (var name in input.InvitedNames ?? [])
        {
            var known = people.Find(null, name);
            if (known is { Apologised: true } || !seen.Add(PersonName.Key(known?.Name ?? name)) || string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            invited.Add(known?.WithQualifierInParentheses(withOrganisation: true) ?? name.Trim());
        }

        return invited.Count == 0
            ? [new MinutesParagraph("Attendance was not recorded.")]
            : [new MinutesLabelled("Invited (attendance not recorded)", string.Join(", ", invited))];
    }

    /// <summary>
    /// "The meeting was chaired by Amara Okafor, Chair, and facilitated by Lukas Brandner, Secretary." When the chair
    /// is away and a vice-chair is there: "chaired by Henrik Lindqvist, Vice-chair, on behalf of Amara Okafor,
    /// Chair". The facilitator is the secretary present (the one who runs the bot and takes the minutes); with no
    /// secretary present the sentence names the chair alone, and with neither chair nor vice-chair present nobody.
    /// </summary>
    private static string? ChairSentence(MinutesPeople people)
    {
        var attended = people.Attended;
        var chair = attended.FirstOrDefault(p => p.Holds(Role.Chair));
        var vice = attended.FirstOrDefault(p => p.Holds(Role.ViceChair));
        var absentChair = people.Everyone.FirstOrDefault(p => p.Holds(Role.Chair) && !p.Attended);
        var secretary = attended.FirstOrDefault(p => p.Holds(Role.Secretary));

        var chaired = chair is not null ? $"chaired by {chair.Name}, {Role.Chair.Display()}"
            : vice is null ? null
            : absentChair is not null
                ? $"chaired by {vice.Name}, {Role.ViceChair.Display()}, on behalf of {absentChair.Name}, {Role.Chair.Display()}"
                : $"chaired by {vice.Name}, {Role.ViceChair.Display()}";
        var facilitated = secretary is not null ? $"facilitated by {secretary.Name}, {Role.Secretary.Display()}" : null;
        return (chaired, facilitated) switch
        {
            (not null, not null) => $"The meeting was {chaired}, and {facilitated}.",
            (not null, null) => $"The meeting was {chaired}.",
            (null, not null) => $"The meeting was {facilitated}.",
            _ => null,
        };
    }

    /// <summary>Guests from a partner organisation (the UN office's civil society team): listed by organisation.</summary>
    private static bool IsPartner(MinutesPerson person) =>
        person.Role == Role.Guest && !string.IsNullOrWhiteSpace(person.Organisation);
}
