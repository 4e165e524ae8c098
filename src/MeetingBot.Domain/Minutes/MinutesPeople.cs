using MeetingBot.Domain.InMeeting;
using MeetingBot.Domain.People;

namespace MeetingBot.Domain.Minutes;

/// <summary>
/// The people of a meeting, each once: attendees, apologies and members are joined into one person when they share a
/// user id, an Entra (AAD) object id, or a name compared without case, accents or extra spaces. Someone who joined from
/// a laptop and a phone, or as "Kasia Nowak" and "Katarzyna Nowak" with one account, is one participant. A member
/// record names the person (the scope's display name) and fills in a role, title or organisation the record lacks;
/// without one, the name they were first present under, else the name on their apologies.
/// </summary>
internal sealed class MinutesPeople
{
    // The record's stand-in for a nameless participant: never a reason to treat two people as one.
    private static readonly string PlaceholderKey = PersonName.Key("Someone");

    private readonly Dictionary<string, MinutesPerson> byKey;

    private MinutesPeople(IReadOnlyList<MinutesPerson> everyone, Dictionary<string, MinutesPerson> byKey)
    {
        Everyone = everyone;
        this.byKey = byKey;
    }

    /// <summary>Every person seen, in the order first seen.</summary>
    public IReadOnlyList<MinutesPerson> Everyone { get; }

    /// <summary>Who was there, in order of first arrival.</summary>
    public IReadOnlyList<MinutesPerson> Attended =>
        Everyone.Where(p => p.Attended).OrderBy(p => p.FirstArrival).ThenBy(p => p.FirstSeen).ToList();

    /// <summary>Who sent apologies and did not come, in the order first seen.</summary>
    public IReadOnlyList<MinutesPerson> Apologised => Everyone.Where(p => p.Apologised).ToList();

    /// <summary>The person with this user id or, failing that, this name; null for someone the meeting never saw.</summary>
    public MinutesPerson? Find(string? userId, string? name)
    {
        if (!string.IsNullOrEmpty(userId) && byKey.TryGetValue(UserKey(userId), out var byUser))
        {
            return byUser;
        }

        var nameKey = PersonName.Key(name);
        return nameKey.Length > 0 && byKey.TryGetValue(NameKey(nameKey), out var byName) ? byName : null;
    }

    public static MinutesPeople From(MinutesInput input)
    {
        var sightings = Sightings(input);
        var groups = new UnionFind(sightings.Count);
        var firstWithKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sightings.Count; i++)
        {
            foreach (var key in Keys(sightings[i]))
            {
                if (firstWithKey.TryGetValue(key, out var first))
                {
                    groups.Join(first, i);
                }
                else
                {
                    firstWithKey[key] = i;
                }
            }
        }

        var members = new Dictionary<int, List<Sighting>>();
        for (var i = 0; i < sightings.Count; i++)
        {
            var root = groups.Root(i);
            if (!members.TryGetValue(root, out var list))
            {
                members[root] = list = [];
            }

            list.Add(sightings[i]);
        }

        var everyone = new List<MinutesPerson>();
        var byKey = new Dictionary<string, MinutesPerson>(StringComparer.Ordinal);
        foreach (var group in members.Values.OrderBy(g => g[0].Order))
        {
            var person = Person(group);
            everyone.Add(person);
            foreach (var sighting in group)
            {
                foreach (var key in Keys(sighting))
                {
                    byKey.TryAdd(key, person);
                }
            }
        }

        return new MinutesPeople(everyone, byKey);
    }

    private static MinutesPerson Person(List<Sighting> group)
    {
        var member = group.Find(s => s.Kind == SightingKind.Member);
        var byArrival = group.Where(s => s.Kind == SightingKind.Attended).OrderBy(s => s.Arrival).ThenBy(s => s.Order)
            .Concat(group.Where(s => s.Kind is SightingKind.Apologies or SightingKind.Roster))
            .ToList();
        var attended = group.Exists(s => s.Kind == SightingKind.Attended);
        var name = !string.IsNullOrWhiteSpace(member?.Name) ? member.Name : byArrival.FirstOrDefault()?.Name ?? group[0].Name;
        return new MinutesPerson
        {
            Name = name,
            Role = byArrival.Select(s => s.Role).FirstOrDefault(r => r is not null) ?? member?.Role,
            Title = byArrival.Select(s => s.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? member?.Title,
            Organisation = byArrival.Select(s => s.Organisation).FirstOrDefault(o => !string.IsNullOrWhiteSpace(o))
                           ?? member?.Organisation,
            Attended = attended,
            Apologised = !attended && group.Exists(s => s.Kind == SightingKind.Apologies),
            FirstArrival = group.Where(s => s.Arrival is not null).Select(s => s.Arrival ?? 0).DefaultIfEmpty(int.MaxValue).Min(),
            FirstSeen = group.Min(s => s.Order),
        };
    }

    private static List<Sighting> Sightings(MinutesInput input)
    {
        // Apologies sent ahead come first: their name is the one the member gave, preferred over a roster entry.
        var sightings = new List<Sighting>();
        foreach (var apology in input.Meeting.Apologies)
        {
            sightings.Add(new Sighting(sightings.Count, SightingKind.Apologies, apology.UserId, null, apology.Name,
                null, null, null, null));
        }

        // Declining the calendar invitation is an apology too (names only: the calendar knows no channel ids).
        foreach (var name in input.DeclinedNames ?? [])
        {
            sightings.Add(new Sighting(sightings.Count, SightingKind.Apologies, null, null, name, null, null, null, null));
        }

        foreach (var attendee in input.Record?.Attendees ?? [])
        {
            var kind = attendee.ArrivalNumber is not null ? SightingKind.Attended
                : attendee.Status == AttendanceStatus.Apologies ? SightingKind.Apologies
                : SightingKind.Roster;
            sightings.Add(new Sighting(sightings.Count, kind, attendee.UserId, attendee.AadObjectId, attendee.Name,
                attendee.Role, attendee.Title, attendee.Organisation, attendee.ArrivalNumber));
        }

        foreach (var member in input.Members)
        {
            sightings.Add(new Sighting(sightings.Count, SightingKind.Member, member.UserId, member.AadObjectId,
                member.DisplayName, member.Role, member.Title, member.Organisation, null));
        }

        return sightings;
    }

    private static IEnumerable<string> Keys(Sighting sighting)
    {
        if (!string.IsNullOrEmpty(sighting.UserId))
        {
            yield return UserKey(sighting.UserId);
        }

        if (!string.IsNullOrEmpty(sighting.AadObjectId))
        {
            yield return "aad:" + sighting.AadObjectId.Trim().ToLowerInvariant();
        }

        var nameKey = PersonName.Key(sighting.Name);
        if (nameKey.Length > 0 && nameKey != PlaceholderKey)
        {
            yield return NameKey(nameKey);
        }
    }

    private static string UserKey(string userId) => "user:" + userId;

    private static string NameKey(string nameKey) => "name:" + nameKey;

    private enum SightingKind
    {
        Attended,
        Apologies,
        Roster,
        Member,
    }

    private sealed record Sighting(
        int Order,
        SightingKind Kind,
        string? UserId,
        string? AadObjectId,
        string Name,
        Role? Role,
        string? Title,
        string? Organisation,
        int? Arrival);

    private sealed class UnionFind(int count)
    {
        private readonly int[] parent = Enumerable.Range(0, count).ToArray();

        public int Root(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        public void Join(int a, int b)
        {
            var rootA = Root(a);
            var rootB = Root(b);
            if (rootA != rootB)
            {
                // The earlier sighting stays the root, so a group's first member is the one seen first.
                parent[Math.Max(rootA, rootB)] = Math.Min(rootA, rootB);
            }
        }
    }
}
