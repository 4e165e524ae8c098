using MeetingBot.Protocol.Activities;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.LocalChat;

/// <summary>
/// The local channel's conversations, in memory: the shared team channel (always there) and one 1:1
/// conversation per member. Holds at most <see cref="LocalChatOptions.MaxConversations"/>; beyond that the
/// least recently used 1:1 conversation is forgotten. A configured member's 1:1 conversation comes back
/// (empty) whenever it is asked for, so the bot can still message them proactively after a restart.
/// </summary>
internal sealed class LocalChatStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LocalConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LocalChatMemberInfo> _configuredByConversation = new(StringComparer.Ordinal);
    private readonly LocalChatOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<LocalChatStore> _logger;

    public LocalChatStore(IOptions<LocalChatOptions> options, TimeProvider time, ILogger<LocalChatStore> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
        ConfiguredMembers = [.. _options.Members.Select(m => new LocalChatMemberInfo(LocalChatIds.MemberId(m.Name), m.Name.Trim(), m.Role))];
        foreach (var member in ConfiguredMembers)
        {
            _configuredByConversation[LocalChatIds.PersonalConversationId(member.Id)] = member;
        }

        Channel = new LocalConversation(
            new ConversationAccount
            {
                Id = LocalChatDefaults.ChannelConversationId,
                Name = LocalChatDefaults.ChannelConversationName,
                ConversationType = "channel",
                IsGroup = true,
                TenantId = LocalChatDefaults.TenantId,
            },
            owner: null,
            _options.MaxActivitiesPerConversation,
            time.GetUtcNow());
        _conversations[Channel.Id] = Channel;
    }

    /// <summary>The simulated members from configuration, with their ids.</summary>
    public IReadOnlyList<LocalChatMemberInfo> ConfiguredMembers { get; }

    /// <summary>The team channel every member sees.</summary>
    public LocalConversation Channel { get; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _conversations.Count;
            }
        }
    }

    /// <summary>The 1:1 conversation between the bot and <paramref name="member"/>, created if needed.</summary>
    public LocalConversation GetOrCreatePersonal(ChannelAccount member)
    {
        var id = LocalChatIds.PersonalConversationId(member.Id ?? throw new ArgumentException("A member needs an id.", nameof(member)));
        lock (_gate)
        {
            return _conversations.TryGetValue(id, out var existing) ? existing : AddPersonal(id, member);
        }
    }

    /// <summary>A conversation by id, or null if the channel does not know it.</summary>
    public LocalConversation? Find(string conversationId)
    {
        lock (_gate)
        {
            if (_conversations.TryGetValue(conversationId, out var conversation))
            {
                return conversation;
            }

            return _configuredByConversation.TryGetValue(conversationId, out var member)
                ? AddPersonal(conversationId, new ChannelAccount { Id = member.Id, Name = member.Name, Role = "user" })
                : null;
        }
    }

    private LocalConversation AddPersonal(string id, ChannelAccount member)
    {
        if (_conversations.Count >= _options.MaxConversations)
        {
            var oldest = _conversations.Values
                .Where(c => !c.IsChannel)
                .MinBy(c => c.LastTouched);
            if (oldest is not null)
            {
                _conversations.Remove(oldest.Id);
                LocalChatLog.ConversationEvicted(_logger, oldest.Id, _options.MaxConversations);
            }
        }

        var conversation = new LocalConversation(
            new ConversationAccount
            {
                Id = id,
                ConversationType = "personal",
                IsGroup = false,
                TenantId = LocalChatDefaults.TenantId,
            },
            new ChannelAccount { Id = member.Id, Name = member.Name, Role = "user" },
            _options.MaxActivitiesPerConversation,
            _time.GetUtcNow());
        _conversations[id] = conversation;
        LocalChatLog.ConversationCreated(_logger, id);
        return conversation;
    }
}

/// <summary>A configured member as the page lists them.</summary>
public sealed record LocalChatMemberInfo(string Id, string Name, string? Role);
