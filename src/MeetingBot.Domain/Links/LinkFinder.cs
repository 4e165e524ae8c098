namespace MeetingBot.Domain.Links;

/// <summary>A candidate link that was not kept, and why (for logs and tests; members are not told).</summary>
public sealed record RefusedLink(string Candidate, LinkRefusal Reason);

/// <summary>The links of one message: normalised, each once, in order; and what was refused.</summary>
public sealed record FoundLinks(IReadOnlyList<string> Links, IReadOnlyList<RefusedLink> Refused)
{
    public static readonly FoundLinks None = new([], []);
}

/// <summary><see cref="LinkExtractor"/> then <see cref="LinkNormalizer"/>, over one or more texts of a message.</summary>
public static class LinkFinder
{
    public static FoundLinks Find(params IEnumerable<string?> texts)
    {
        var links = new List<string>();
        var refused = new List<RefusedLink>();
        foreach (var text in texts)
        {
            foreach (var candidate in LinkExtractor.Extract(text))
            {
                if (LinkNormalizer.Normalize(candidate, out var reason) is { } link)
                {
                    if (!links.Contains(link, StringComparer.Ordinal)) links.Add(link);
                }
                else
                {
                    refused.Add(new RefusedLink(candidate.Length > 100 ? candidate[..100] + "…" : candidate, reason));
                }
            }
        }

        return links.Count == 0 && refused.Count == 0 ? FoundLinks.None : new FoundLinks(links, refused);
    }
}
