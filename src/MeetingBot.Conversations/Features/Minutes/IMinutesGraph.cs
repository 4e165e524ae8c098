namespace MeetingBot.Conversations.Features.Minutes;

/// <summary>
/// The Microsoft Graph parts of the minutes, each on only when configured; the bot works fully without any of them.
/// Every call throws on failure (after the client's own retries); callers report it and retry later.
/// </summary>
public interface IMinutesGraph
{
    /// <summary>(a) Reads the meeting's calendar event for who was invited.</summary>
    bool ReadsInvitations { get; }

    /// <summary>(b) Uploads the Word file to the team's document library, folder "Minutes".</summary>
    bool ArchivesDocuments { get; }

    /// <summary>(c) E-mails the approved minutes to the distribution list.</summary>
    bool SendsMail { get; }

    /// <summary>The people invited to the meeting's calendar event; empty when no event matches.</summary>
    Task<IReadOnlyList<InvitedPerson>> GetInviteesAsync(InvitationQuery query, CancellationToken cancellationToken);

    /// <summary>Uploads (or replaces) the file and returns its web address.</summary>
    Task<string> ArchiveAsync(string fileName, byte[] content, CancellationToken cancellationToken);

    Task SendMailAsync(MinutesMail mail, CancellationToken cancellationToken);
}

/// <summary>How to find a meeting's calendar event: its time window, its title and, when known, its join link.</summary>
public sealed record InvitationQuery(string Title, DateTimeOffset StartUtc, DateTimeOffset EndUtc, string? JoinUrl);

public sealed record InvitedPerson(string Name, string? Email)
{
    /// <summary>Declined the invitation: counts as apologies when they did not come after all.</summary>
    public bool Declined { get; init; }
}

/// <summary>An e-mail with the minutes: a subject, an HTML body, and the Word file attached.</summary>
public sealed record MinutesMail(string Subject, string HtmlBody, string AttachmentName, byte[] Attachment);
