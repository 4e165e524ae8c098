using MeetingBot.Domain.Links;

namespace MeetingBot.Domain.InMeeting;

/// <summary>A link shared in the meeting conversation, once per normalised address, with everyone who shared it.</summary>
public sealed class SharedLink
{
    public const int MaxTitleLength = 300;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid MeetingId { get; set; }

    /// <summary>1 for the first link shared in the meeting, 2 for the next…</summary>
    public int Number { get; set; }

    /// <summary>The normalised address (see <see cref="LinkNormalizer"/>), unique per meeting.</summary>
    public string Url { get; set; } = "";

    /// <summary>The page's title, when title fetching is on and the page had one.</summary>
    public string? Title { get; set; }

    public DateTimeOffset? TitleCheckedAtUtc { get; set; }
    public DateTimeOffset FirstSharedAtUtc { get; set; }
    public List<LinkShare> Shares { get; set; } = [];
}

/// <summary>One person sharing a link: who, when, and the message around it.</summary>
public sealed class LinkShare
{
    public const int MaxContextLength = 500;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid LinkId { get; set; }
    public string UserId { get; set; } = "";
    public string Name { get; set; } = "";
    public DateTimeOffset SharedAtUtc { get; set; }

    /// <summary>The message the link came in, as plain text, cut at <see cref="MaxContextLength"/> characters.</summary>
    public string Context { get; set; } = "";
}
