using System.Text;
using MeetingBot.Conversations.Downloads;
using MeetingBot.Conversations.Features.Calendar;
using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Conversations.Features.Minutes;
using MeetingBot.Documents.Calendar;
using MeetingBot.Documents.Minutes;
using MeetingBot.Domain.Minutes;

namespace MeetingBot.Downloads;

/// <summary>
/// The files the bot hands out by link: minutes (Word, Markdown) and meeting invitations behind short-lived signed
/// links (<c>/files/{token}</c>), and each series' calendar feed behind its revocable token
/// (<c>/calendar/{series}.ics?token=…</c>). Refusals say nothing about whether the meeting exists.
/// </summary>
public static class DownloadEndpoints
{
    private const string CalendarContentType = "text/calendar; charset=utf-8";

    public static void MapDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(DownloadLinks.RoutePrefix + "{token}", GetFileAsync).ExcludeFromDescription();
        endpoints.MapGet(CalendarLinks.FeedRoutePrefix + "{file}", GetFeedAsync).ExcludeFromDescription();
    }

    private static async Task<IResult> GetFileAsync(string token, DownloadLinks links, IMinutesStore versions, IMeetingStore meetings,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var check = await links.CheckAsync(token, cancellationToken);
        if (check is { Status: DownloadLinkStatus.Expired })
        {
            return Refusal(StatusCodes.Status410Gone, "This download link has expired. Ask the bot again (minutes download, or calendar) for a fresh one.");
        }

        if (check is not { Status: DownloadLinkStatus.Valid, Ticket: { } ticket })
        {
            return Refusal(StatusCodes.Status404NotFound, "This download link is not valid. Ask the bot for a new one.");
        }

        if (ticket.Kind == DownloadKind.MeetingCalendar)
        {
            if (await meetings.GetAsync(ticket.MeetingId, cancellationToken) is not { } meeting)
                return Refusal(StatusCodes.Status404NotFound, "This meeting no longer exists.");
            var entry = CalendarLinks.Entry(meeting, time.GetUtcNow());
            return Results.File(Encoding.UTF8.GetBytes(MeetingCalendarWriter.Invitation(entry)), CalendarContentType, MeetingCalendarWriter.FileName(entry));
        }

        if (await versions.GetAsync(ticket.MeetingId, ticket.Version, cancellationToken) is not { } version)
        {
            return Refusal(StatusCodes.Status404NotFound, "These minutes no longer exist.");
        }

        var document = MinutesJson.Deserialize(version.DocumentJson);
        var name = MinutesFiles.BaseName(document.Title, version);
        return ticket.Kind == DownloadKind.MinutesWord
            ? Results.File(WordMinutesWriter.Write(document), MinutesFiles.WordContentType, name + ".docx")
            : Results.File(Encoding.UTF8.GetBytes(MarkdownMinutesWriter.Write(document)), MinutesFiles.MarkdownContentType, name + ".md");
    }

    private static async Task<IResult> GetFeedAsync(string file, string? token, IMeetingStore meetings, TimeProvider time, CancellationToken cancellationToken)
    {
        var notFound = Refusal(StatusCodes.Status404NotFound, "No calendar feed at this address. Ask the bot for the current one (calendar feed).");
        if (!file.EndsWith(".ics", StringComparison.OrdinalIgnoreCase) || !Guid.TryParse(file[..^4], out var seriesId))
        {
            return notFound;
        }

        var series = await meetings.GetSeriesAsync(seriesId, cancellationToken);
        if (series is null || !CalendarLinks.IsFeedToken(series, token))
        {
            return notFound;
        }

        var now = time.GetUtcNow();
        // Upcoming meetings and those of the last six months, cancelled ones included so calendars remove them.
        var entries = (await meetings.ListSeriesMeetingsAsync(series.Id, cancellationToken))
            .Where(m => m.EndUtc >= now.AddMonths(-6))
            .OrderBy(m => m.StartUtc)
            .Select(m => CalendarLinks.Entry(m, now));
        var text = MeetingCalendarWriter.Feed(series.Title, entries);
        return Results.Text(text, CalendarContentType);
    }

    private static IResult Refusal(int status, string sentence) =>
        Results.Text(sentence + "\n", "text/plain; charset=utf-8", statusCode: status);
}
