using System.Security.Cryptography;
using MeetingBot.Conversations.Downloads;
using MeetingBot.Conversations.Messages;
using MeetingBot.Documents.Calendar;
using MeetingBot.Domain.Meetings;
using Microsoft.Extensions.Options;

namespace MeetingBot.Conversations.Features.Calendar;

/// <summary>
/// Calendar files for meetings: the "Add to calendar" link offered with the agenda and the day-before reminder, and
/// the series' subscribable feed address. The files themselves are written by Documents' calendar writer.
/// </summary>
public sealed class CalendarLinks(DownloadLinks links, IPublicBaseAddress publicAddress, IOptions<DownloadOptions> options)
{
    public const string FeedRoutePrefix = "/calendar/";
    public const string AddToCalendar = "Add to calendar";

    /// <summary>A signed link to the meeting's .ics invitation, valid for <see cref="DownloadOptions.CalendarLinkLifetime"/>.</summary>
    public Task<string> InvitationAsync(Meeting meeting, CancellationToken cancellationToken) =>
        links.CreateAsync(DownloadKind.MeetingCalendar, meeting.Id, meeting.CalendarSequence, cancellationToken, options.Value.CalendarLinkLifetime);

    /// <summary>The reply with an "Add to calendar" button (and the address in its text for channels without cards).</summary>
    public async Task<Reply> WithInvitationAsync(Reply reply, Meeting meeting, CancellationToken cancellationToken)
    {
        var url = await InvitationAsync(meeting, cancellationToken);
        var text = $"{reply.Text}\n\n{AddToCalendar}: {url}";
        return reply.Card is { } card
            ? reply with { Text = text, Card = card with { Links = [.. card.Links, new CardLink(AddToCalendar, url)] } }
            : reply with { Text = text };
    }

    /// <summary>The feed's address for a series holding <paramref name="token"/>.</summary>
    public string FeedUrl(MeetingSeries series, string token) =>
        $"{publicAddress.BaseUrl.TrimEnd('/')}{FeedRoutePrefix}{series.Id:N}.ics?token={token}";

    /// <summary>A new unguessable feed token (256 bits).</summary>
    public static string NewFeedToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Whether <paramref name="given"/> is the series' current feed token, compared in constant time.</summary>
    public static bool IsFeedToken(MeetingSeries series, string? given) =>
        series.CalendarFeedToken is { Length: > 0 } token && given is { Length: > 0 }
        && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(token), System.Text.Encoding.UTF8.GetBytes(given));

    /// <summary>What the calendar writer needs of a meeting.</summary>
    public static CalendarEntry Entry(Meeting meeting, DateTimeOffset stampUtc) => new(
        meeting.Id,
        meeting.DisplayTitle,
        meeting.StartUtc,
        meeting.EndUtc,
        meeting.TimeZoneId,
        meeting.Location,
        meeting.JoinUrl,
        Description(meeting),
        meeting.CalendarSequence,
        meeting.Status == MeetingStatus.Cancelled,
        stampUtc);

    private static string Description(Meeting meeting)
    {
        var items = meeting.ActiveItems;
        return items.Count == 0
            ? "The agenda is not set yet."
            : "Agenda:\n" + string.Join("\n", items.Select(i => $"{i.Position}. {i.Title}{(i.PresenterName is { } p ? $" ({p})" : "")}"));
    }
}
