using MeetingBot.Conversations.Messages;
using MeetingBot.Domain.People;

namespace MeetingBot.Conversations.Turns;

/// <summary>One turn: the message being handled, who sent it, and the replies produced so far.</summary>
public sealed class TurnContext(IncomingMessage message, Member member, bool isAdmin, IServiceProvider services)
{
    private readonly List<Reply> _replies = [];

    public IncomingMessage Message { get; } = message;
    public Member Member { get; } = member;
    /// <summary>Listed in configuration as an admin: has every right in every scope.</summary>
    public bool IsAdmin { get; } = isAdmin;
    public IServiceProvider Services { get; } = services;
    public IReadOnlyList<Reply> Replies => _replies;

    public ConversationAddress Conversation => Message.Conversation;

    /// <summary>The meeting picked in a "which meeting?" question, when the command is run again after it.</summary>
    public Guid? ChosenMeetingId { get; set; }

    public void Reply(string text) => _replies.Add(new Reply(text));

    public void Reply(Reply reply) => _replies.Add(reply);
}
