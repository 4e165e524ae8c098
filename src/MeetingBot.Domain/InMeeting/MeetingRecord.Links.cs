using MeetingBot.Domain.Meetings;

namespace MeetingBot.Domain.InMeeting;

/// <summary>Links shared in the meeting conversation.</summary>
public sealed partial class MeetingRecord
{
    public List<SharedLink> Links { get; set; } = [];

    /// <summary>
    /// Keeps a normalised link shared by someone. The same address shared again adds the new sharer (each person once);
    /// returns the link when it is new to this meeting, null otherwise.
    /// </summary>
    public SharedLink? AddLink(string normalizedUrl, string userId, string name, string message, DateTimeOffset nowUtc)
    {
        var link = Links.Find(l => l.Url == normalizedUrl);
        var isNew = link is null;
        if (link is null)
        {
            link = new SharedLink
            {
                MeetingId = MeetingId,
                Number = Links.Count == 0 ? 1 : Links.Max(l => l.Number) + 1,
                Url = normalizedUrl,
                FirstSharedAtUtc = nowUtc,
            };
            Links.Add(link);
        }

        if (!link.Shares.Exists(s => s.UserId == userId))
        {
            var context = PlainText.Clean(message);
            link.Shares.Add(new LinkShare
            {
                LinkId = link.Id,
                UserId = userId,
                Name = PlainText.Clean(name) is { Length: > 0 } clean ? clean : "Someone",
                SharedAtUtc = nowUtc,
                Context = context.Length <= LinkShare.MaxContextLength ? context : context[..(LinkShare.MaxContextLength - 1)] + "…",
            });
        }

        return isNew ? link : null;
    }
}
