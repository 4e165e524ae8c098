using System.Globalization;
using MeetingBot.Conversations.Features.Minutes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace MeetingBot.Infrastructure.Graph;

/// <summary>
/// <see cref="IMinutesGraph"/> on the Microsoft Graph SDK: (a) the meeting's calendar event for who was invited,
/// (b) the Word file into the team's document library, (c) the approved minutes e-mailed to the distribution list.
/// Each part works only when its "Graph" section is set. Every failure, after the SDK's retries, is thrown as a
/// <see cref="MinutesGraphException"/> whose message can be shown to the secretary.
/// </summary>
public sealed partial class GraphMinutesClient : IMinutesGraph
{
    /// <summary>Calendar events are looked for this long before the meeting's start and after its end.</summary>
    public static readonly TimeSpan InvitationWindowMargin = TimeSpan.FromHours(1);
    private const int MaxEventPages = 10;
    private const string PreferUtc = "outlook.timezone=\"UTC\"";
    private static readonly string[] EventFields = ["subject", "start", "end", "attendees", "onlineMeeting", "isCancelled"];

    private readonly GraphServiceClientProvider _clients;
    private readonly GraphOptions _options;
    private readonly ILogger<GraphMinutesClient> _logger;
    private string? _groupDriveId;

    internal GraphMinutesClient(GraphServiceClientProvider clients, IOptions<GraphOptions> options, ILogger<GraphMinutesClient> logger)
    {
        _clients = clients;
        _options = options.Value;
        _logger = logger;
        PartsOn(logger, ReadsInvitations, ArchivesDocuments, SendsMail, new Uri(_options.BaseUrl).Host);
    }

    public bool ReadsInvitations => _options.Invitations.IsOn;
    public bool ArchivesDocuments => _options.Archive.IsOn;
    public bool SendsMail => _options.Mail.IsOn;

    public async Task<IReadOnlyList<InvitedPerson>> GetInviteesAsync(InvitationQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        RequireOn(ReadsInvitations, "read who was invited", "Graph:Invitations:Mailbox");
        var mailbox = _options.Invitations.Mailbox!.Trim();
        var from = query.StartUtc - InvitationWindowMargin;
        var to = (query.EndUtc > query.StartUtc ? query.EndUtc : query.StartUtc) + InvitationWindowMargin;

        var events = await CallAsync(MinutesGraphPart.Invitations, $"read the calendar of {mailbox}", async graph =>
        {
            var found = new List<Event>();
            var page = await graph.Users[mailbox].CalendarView.GetAsync(request =>
            {
                request.QueryParameters.StartDateTime = GraphTime(from);
                request.QueryParameters.EndDateTime = GraphTime(to);
                request.QueryParameters.Select = EventFields;
                request.QueryParameters.Top = 50;
                request.Headers.Add("Prefer", PreferUtc);
            }, cancellationToken);
            for (var pages = 1; page is not null; pages++)
            {
                found.AddRange(page.Value ?? []);
                if (page.OdataNextLink is not { Length: > 0 } next || pages >= MaxEventPages) break;
                page = await graph.Users[mailbox].CalendarView.WithUrl(next)
                    .GetAsync(request => request.Headers.Add("Prefer", PreferUtc), cancellationToken);
            }
            return found;
        }, cancellationToken);

        var (match, matchedBy) = CalendarEventMatcher.Choose(events, query);
        if (match is null)
        {
            NoEventMatched(_logger, events.Count, query.StartUtc);
            return [];
        }
        var invitees = CalendarEventMatcher.Invitees(match, mailbox);
        InviteesRead(_logger, invitees.Count, matchedBy, events.Count);
        return invitees;
    }

    /// <summary>Graph's calendarView wants ISO 8601; UTC with a Z.</summary>
    internal static string GraphTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void RequireOn(bool on, string what, string setting)
    {
        if (!on)
            throw new InvalidOperationException($"Microsoft Graph is not configured to {what}: set {setting} to switch this part on.");
    }

    /// <summary>One Graph call on its own client; what the SDK throws (after its retries) becomes a sentence.</summary>
    private async Task<T> CallAsync<T>(MinutesGraphPart part, string what, Func<GraphServiceClient, Task<T>> call, CancellationToken cancellationToken)
    {
        using var graph = _clients.Create();
        try
        {
            return await call(graph);
        }
        catch (Exception exception) when (exception is not MinutesGraphException
                                          && !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            var failure = MinutesGraphException.From(part, what, exception, _options.MaxRetries);
            if (failure is null) throw;
            CallFailed(_logger, part, failure.StatusCode, failure.IsTransient, failure.Message, exception);
            throw failure;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Microsoft Graph for the minutes at {Host}: invitations {Invitations}, archive {Archive}, mail {Mail}")]
    private static partial void PartsOn(ILogger logger, bool invitations, bool archive, bool mail, string host);

    [LoggerMessage(Level = LogLevel.Information, Message = "Read {Count} invitee(s) from the calendar event matched by {MatchedBy} among {EventCount} event(s)")]
    private static partial void InviteesRead(ILogger logger, int count, EventMatch matchedBy, int eventCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "No calendar event matched the meeting starting {StartUtc:u} among {EventCount} event(s)")]
    private static partial void NoEventMatched(ILogger logger, int eventCount, DateTimeOffset startUtc);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Microsoft Graph {Part} call failed (status {Status}, transient {Transient}): {Reason}")]
    private static partial void CallFailed(ILogger logger, MinutesGraphPart part, int? status, bool transient, string reason, Exception exception);
}
