using MeetingBot.Domain.People;

namespace MeetingBot.Domain.Minutes;

/// <summary>One person as the minutes name them, however many times and under however many names they joined.</summary>
internal sealed class MinutesPerson
{
    public required string Name { get; init; }
    public Role? Role { get; init; }
    public string? Title { get; init; }
    public string? Organisation { get; init; }
    public bool Attended { get; init; }

    /// <summary>Sent apologies and did not come after all.</summary>
    public bool Apologised { get; init; }

    /// <summary>Order of first arrival; <see cref="int.MaxValue"/> for someone never present.</summary>
    public int FirstArrival { get; init; }

    /// <summary>Order in which the person was first seen anywhere: breaks ties deterministically.</summary>
    public int FirstSeen { get; init; }

    public bool Holds(Role role) => Role == role;

    /// <summary>
    /// "Chair, Justice Futures Network": the office (chair, vice-chair, secretary, treasurer), the title and, unless
    /// the organisation is shown elsewhere, the organisation. Empty for a member with none of them.
    /// </summary>
    public string Qualifier(bool withOrganisation)
    {
        var parts = new List<string>(3);
        if (Role is { } role and not People.Role.Member and not People.Role.Guest)
        {
            parts.Add(role.Display());
        }

        if (!string.IsNullOrWhiteSpace(Title) && !parts.Exists(p => PersonName.Key(p) == PersonName.Key(Title)))
        {
            parts.Add(Title.Trim());
        }

        if (withOrganisation && !string.IsNullOrWhiteSpace(Organisation))
        {
            parts.Add(Organisation.Trim());
        }

        return string.Join(", ", parts);
    }

    /// <summary>"Amara Okafor (Chair)", or just the name.</summary>
    public string WithQualifierInParentheses(bool withOrganisation) =>
        Qualifier(withOrganisation) is { Length: > 0 } qualifier ? $"{Name} ({qualifier})" : Name;

    /// <summary>"Amara Okafor, Chair": the speaker line of the alliance's minutes.</summary>
    public string WithQualifierAfterComma() =>
        Qualifier(withOrganisation: true) is { Length: > 0 } qualifier ? $"{Name}, {qualifier}" : Name;
}
