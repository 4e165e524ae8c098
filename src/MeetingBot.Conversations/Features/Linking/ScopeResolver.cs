using System.Collections.Concurrent;
using MeetingBot.Conversations.Messages;

namespace MeetingBot.Conversations.Features.Linking;

/// <summary>
/// Resolves a conversation's scope through the link table where a turn starts, so a linked Slack channel acts inside
/// the Teams team it joined (or the reverse) for members, meetings and agenda.
/// </summary>
public interface IScopeResolver
{
    /// <summary>The address with <see cref="ConversationAddress.LinkedScopeId"/> set when the conversation is linked.</summary>
    ValueTask<ConversationAddress> ResolveAsync(ConversationAddress address, CancellationToken cancellationToken);

    /// <summary>The conversation's link, or null (cached like <see cref="ResolveAsync"/>).</summary>
    ValueTask<LinkedConversation?> FindLinkAsync(string conversationKey, CancellationToken cancellationToken);

    /// <summary>Drops what this instance remembers about a conversation (after linking or unlinking it).</summary>
    void Forget(string conversationKey);
}

/// <summary>
/// Links change rarely and are read on every turn: each instance keeps them for <see cref="Lifetime"/>. The instance
/// that links or unlinks forgets at once; other instances follow within that minute.
/// </summary>
public sealed class LinkedScopeCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private const int Capacity = 50_000;
    private readonly ConcurrentDictionary<string, (LinkedConversation? Link, DateTimeOffset Expires)> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string conversationKey, out LinkedConversation? link)
    {
        if (_entries.TryGetValue(conversationKey, out var entry) && entry.Expires > time.GetUtcNow())
        {
            link = entry.Link;
            return true;
        }
        link = null;
        return false;
    }

    public void Set(string conversationKey, LinkedConversation? link)
    {
        if (_entries.Count >= Capacity) _entries.Clear();
        _entries[conversationKey] = (link, time.GetUtcNow() + Lifetime);
    }

    public void Forget(string conversationKey) => _entries.TryRemove(conversationKey, out _);
}

public sealed class ScopeResolver(IConversationLinkStore links, LinkedScopeCache cache) : IScopeResolver
{
    public async ValueTask<ConversationAddress> ResolveAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        // A 1:1 chat is never linked: it reaches every team its person belongs to anyway.
        if (address.Kind == ConversationKind.Personal) return address;
        var link = await FindLinkAsync(address.Key, cancellationToken);
        return link is null || link.ScopeId == address.OwnScopeId ? address : address with { LinkedScopeId = link.ScopeId };
    }

    public async ValueTask<LinkedConversation?> FindLinkAsync(string conversationKey, CancellationToken cancellationToken)
    {
        if (cache.TryGet(conversationKey, out var cached)) return cached;
        var link = await links.FindAsync(conversationKey, cancellationToken);
        cache.Set(conversationKey, link);
        return link;
    }

    public void Forget(string conversationKey) => cache.Forget(conversationKey);
}
