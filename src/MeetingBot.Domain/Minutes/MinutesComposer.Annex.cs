using MeetingBot.Domain.InMeeting;

namespace MeetingBot.Domain.Minutes;

/// <summary>The annex: the links shared in the chat, grouped by who shared them ("Name to all:"), in the order shared.</summary>
public static partial class MinutesComposer
{
    /// <summary>
    /// Sharers in the order of their first share; each sharer's links once, in the order they shared them. A link
    /// shared by two people appears under both, as in the chat. Null when no link was shared.
    /// </summary>
    private static MinutesSection? Annex(MeetingRecord? record, MinutesPeople people)
    {
        if (record is not { Links.Count: > 0 })
        {
            return null;
        }

        var shares = record.Links
            .SelectMany(link => link.Shares.Select(share => (Link: link, Share: share)))
            .OrderBy(pair => pair.Share.SharedAtUtc)
            .ThenBy(pair => pair.Link.Number);
        var sharers = new List<(string Name, List<MinutesLink> Links, HashSet<string> Urls)>();
        var bySharer = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (link, share) in shares)
        {
            var person = people.Find(share.UserId, share.Name);
            var key = person is not null ? "person:" + person.FirstSeen : "name:" + PersonName.Key(share.Name);
            if (!bySharer.TryGetValue(key, out var index))
            {
                index = sharers.Count;
                bySharer[key] = index;
                sharers.Add((person?.Name ?? share.Name, [], new HashSet<string>(StringComparer.Ordinal)));
            }

            var sharer = sharers[index];
            if (sharer.Urls.Add(link.Url))
            {
                sharer.Links.Add(new MinutesLink(link.Url, string.IsNullOrWhiteSpace(link.Title) ? null : link.Title.Trim()));
            }
        }

        var blocks = sharers.Select(MinutesBlock (s) => new MinutesLinks(s.Name, s.Links)).ToList();
        return new MinutesSection(MinutesSectionKeys.Annex, AnnexHeading, blocks);
    }
}
