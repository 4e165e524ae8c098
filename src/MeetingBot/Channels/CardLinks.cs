using System.Text;
using MeetingBot.Conversations.Messages;

namespace MeetingBot.Channels;

/// <summary>
/// The link buttons of a <see cref="Card"/> (<see cref="Card.Links"/>) as every channel treats them: only absolute
/// http(s) addresses open (a <c>javascript:</c> or relative one is dropped everywhere), and where a channel shows text
/// instead of the card, each link is a "Title: url" line.
/// </summary>
public static class CardLinks
{
    /// <summary>The card's links that may be rendered as buttons.</summary>
    public static IReadOnlyList<CardLink> Openable(Card card) =>
        card.Links.Count == 0 ? [] : card.Links.Where(link => IsOpenable(link.Url)).ToList();

    public static bool IsOpenable(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && string.IsNullOrEmpty(uri.UserInfo);

    /// <summary>
    /// <paramref name="text"/> followed by a "Title: url" line per openable link of <paramref name="card"/> whose address
    /// the text does not already show: the plain-text fallback of a card with links.
    /// </summary>
    public static string AppendTo(string text, Card? card)
    {
        if (card is null) return text;
        var missing = Openable(card).Where(link => !text.Contains(link.Url, StringComparison.Ordinal)).ToList();
        if (missing.Count == 0) return text;
        var lines = new StringBuilder(text.TrimEnd());
        foreach (var link in missing)
        {
            if (lines.Length > 0) lines.Append('\n');
            lines.Append(link.Title.Trim()).Append(": ").Append(link.Url);
        }
        return lines.ToString();
    }
}
