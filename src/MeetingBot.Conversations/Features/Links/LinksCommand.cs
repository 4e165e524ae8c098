using System.Text;
using MeetingBot.Conversations.Commands;
using MeetingBot.Conversations.Features.InMeeting;
using MeetingBot.Conversations.Messages;
using MeetingBot.Domain.InMeeting;
using MeetingBot.Domain.People;

namespace MeetingBot.Conversations.Features.Links;

/// <summary>"links": what was shared in this conversation's meeting, each link once, with everyone who shared it.</summary>
public sealed class LinksCommand(MeetingRoom room) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["links"];
    public string Usage => "links";
    public string Description => "Lists the links shared in this meeting's chat, with who shared them and when.";
    public Permission Permission => Permission.Anyone;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Turn.Conversation.Kind == ConversationKind.Personal)
        {
            context.Reply("Links are kept per meeting: ask in the meeting's chat or channel.");
            return;
        }

        var record = await room.FindCurrentOrLatestAsync(context.Turn.Conversation, cancellationToken);
        if (record is null || record.Links.Count == 0)
        {
            context.Reply(record is null ? "I have not kept any links here yet: I keep those shared while a meeting runs." : $"No links were shared in the {record.MeetingTitle} so far.");
            return;
        }

        context.Reply(Render(record));
    }

    public static string Render(MeetingRecord record)
    {
        var text = new StringBuilder($"**Links shared in the {record.MeetingTitle}** ({record.Links.Count})\n");
        foreach (var link in record.Links.OrderBy(l => l.Number))
        {
            text.Append(link.Number).Append(". ").Append(link.Url);
            if (link.Title is { Length: > 0 } title) text.Append(" — ").Append(title);
            var sharers = link.Shares.OrderBy(s => s.SharedAtUtc).Select(s => $"{s.Name} {MeetingRoom.Clock(s.SharedAtUtc, record.TimeZoneId)}");
            text.Append(" (shared by ").AppendJoin(", ", sharers).Append(")\n");
        }

        return text.ToString().TrimEnd();
    }
}
