using MeetingBot.Conversations.Dialogs;
using MeetingBot.Conversations.Messages;
using MeetingBot.Domain.People;

namespace MeetingBot.Conversations.Turns;

/// <summary>Persists the active dialog of one person in one conversation, so a restart resumes it.</summary>
public interface IDialogStateStore
{
    Task<DialogState?> LoadAsync(string conversationKey, string userId, CancellationToken cancellationToken);

    /// <summary>Saves the state, or deletes it when <paramref name="state"/> is null.</summary>
    Task SaveAsync(string conversationKey, string userId, DialogState? state, CancellationToken cancellationToken);
}

/// <summary>Members and their roles, per scope (team or chat).</summary>
public interface IMemberDirectory
{
    Task<Member?> FindAsync(string scopeId, string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Returns the member, creating them on first contact and refreshing their display name. The first
    /// person seen in a scope that has no chair yet becomes its chair (bootstrap), unless admins are configured.
    /// </summary>
    Task<Member> GetOrAddAsync(string scopeId, Person person, string? timeZoneId, bool bootstrapChair, CancellationToken cancellationToken);

    Task<IReadOnlyList<Member>> ListAsync(string scopeId, CancellationToken cancellationToken);

    /// <summary>Every scope (team or chat) where this person is known: what a 1:1 chat may reach, and nothing more.</summary>
    Task<IReadOnlyList<Member>> ListMembershipsAsync(string userId, CancellationToken cancellationToken);

    Task SaveAsync(Member member, CancellationToken cancellationToken);
}

/// <summary>
/// Conversations the bot can message later (proactively). The channel reference is opaque here:
/// each channel adapter stores and reads its own form.
/// </summary>
public interface IConversationDirectory
{
    Task UpsertAsync(ConversationAddress address, string channelReference, CancellationToken cancellationToken);

    Task<string?> FindReferenceAsync(string conversationKey, CancellationToken cancellationToken);

    /// <summary>Marks a conversation the bot can no longer post to (removed, blocked) with the reason.</summary>
    Task MarkInactiveAsync(string conversationKey, string reason, CancellationToken cancellationToken);
}

/// <summary>Recognises a delivery seen before (channels retry), across restarts and instances.</summary>
public interface IInboundDeduplicator
{
    /// <summary>True the first time a key is claimed; false for every repeat.</summary>
    ValueTask<bool> TryClaimAsync(string channelId, string deliveryKey, CancellationToken cancellationToken);
}
