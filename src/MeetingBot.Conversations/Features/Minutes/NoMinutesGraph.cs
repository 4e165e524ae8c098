namespace MeetingBot.Conversations.Features.Minutes;

/// <summary>Microsoft Graph switched off (no "Graph" part configured): every part is off and every call refuses.</summary>
public sealed class NoMinutesGraph : IMinutesGraph
{
    public const string NotConfigured =
        "Microsoft Graph is not configured: set Graph:Invitations:Mailbox, Graph:Archive:GroupId or Graph:Mail:Sender and Graph:Mail:To to switch a part on.";

    public bool ReadsInvitations => false;
    public bool ArchivesDocuments => false;
    public bool SendsMail => false;

    public Task<IReadOnlyList<InvitedPerson>> GetInviteesAsync(InvitationQuery query, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(NotConfigured);

    public Task<string> ArchiveAsync(string fileName, byte[] content, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(NotConfigured);

    public Task SendMailAsync(MinutesMail mail, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(NotConfigured);
}
