namespace MeetingBot.Conversations.Features.Linking;

/// <summary>
/// A conversation linked into another team's meetings: a Slack channel joining the series of a Teams channel, or the
/// reverse. Its <see cref="ScopeId"/> replaces the conversation's own scope for every turn (members, meetings, agenda).
/// </summary>
/// <param name="ConversationKey">The linked conversation, e.g. <c>slack|C0123</c>.</param>
/// <param name="ScopeId">The scope it joined, e.g. <c>msteams|team|19:…</c>.</param>
/// <param name="HomeConversationKey">Where the code was issued: the conversation whose meetings this one shares.</param>
/// <param name="LinkedBy">Channel user id of whoever used the code.</param>
public sealed record LinkedConversation(
    string ConversationKey,
    string ChannelId,
    string ScopeId,
    string HomeConversationKey,
    string? Name,
    string LinkedBy,
    DateTimeOffset LinkedAtUtc);

/// <summary>A one-time link code, stored only as a hash, valid until <see cref="ExpiresAtUtc"/>.</summary>
public sealed record LinkCode(
    string CodeHash,
    string ScopeId,
    string HomeConversationKey,
    string? HomeName,
    string CreatedBy,
    DateTimeOffset ExpiresAtUtc);

/// <summary>Linked conversations and the one-time codes that create them.</summary>
public interface IConversationLinkStore
{
    /// <summary>The link of a conversation, or null when it keeps its own scope.</summary>
    Task<LinkedConversation?> FindAsync(string conversationKey, CancellationToken cancellationToken);

    /// <summary>
    /// Every conversation linked into <paramref name="scopeId"/>: the extra places a team's notices go to (reminders
    /// sent to the series' home conversation should go to these too).
    /// </summary>
    Task<IReadOnlyList<LinkedConversation>> ListLinkedConversationsAsync(string scopeId, CancellationToken cancellationToken);

    /// <summary>Adds or replaces the link of <see cref="LinkedConversation.ConversationKey"/>.</summary>
    Task SaveAsync(LinkedConversation link, CancellationToken cancellationToken);

    /// <summary>Removes a conversation's link; false when it had none.</summary>
    Task<bool> RemoveAsync(string conversationKey, CancellationToken cancellationToken);

    Task AddCodeAsync(LinkCode code, CancellationToken cancellationToken);

    /// <summary>
    /// Uses a code: returns it and deletes it in one step, so it works once, on one instance; null when it is unknown,
    /// used or expired.
    /// </summary>
    Task<LinkCode?> RedeemCodeAsync(string codeHash, DateTimeOffset nowUtc, CancellationToken cancellationToken);
}

/// <summary>
/// Links kept in memory: the default when persistence is not registered (tests of the conversation layer). The host
/// registers the database store, so links survive restarts and are shared by instances.
/// </summary>
internal sealed class InMemoryConversationLinkStore : IConversationLinkStore
{
    private readonly Dictionary<string, LinkedConversation> _links = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LinkCode> _codes = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public Task<LinkedConversation?> FindAsync(string conversationKey, CancellationToken cancellationToken)
    {
        lock (_lock) return Task.FromResult(_links.GetValueOrDefault(conversationKey));
    }

    public Task<IReadOnlyList<LinkedConversation>> ListLinkedConversationsAsync(string scopeId, CancellationToken cancellationToken)
    {
        lock (_lock) return Task.FromResult<IReadOnlyList<LinkedConversation>>(_links.Values.Where(l => l.ScopeId == scopeId).ToList());
    }

    public Task SaveAsync(LinkedConversation link, CancellationToken cancellationToken)
    {
        lock (_lock) _links[link.ConversationKey] = link;
        return Task.CompletedTask;
    }

    public Task<bool> RemoveAsync(string conversationKey, CancellationToken cancellationToken)
    {
        lock (_lock) return Task.FromResult(_links.Remove(conversationKey));
    }

    public Task AddCodeAsync(LinkCode code, CancellationToken cancellationToken)
    {
        lock (_lock) _codes[code.CodeHash] = code;
        return Task.CompletedTask;
    }

    public Task<LinkCode?> RedeemCodeAsync(string codeHash, DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_codes.Remove(codeHash, out var code) || code.ExpiresAtUtc <= nowUtc) return Task.FromResult<LinkCode?>(null);
            return Task.FromResult<LinkCode?>(code);
        }
    }
}
