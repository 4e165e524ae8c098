using System.Text;
using MeetingBot.Conversations.Commands;
using MeetingBot.Conversations.Features.InMeeting;
using MeetingBot.Domain.People;

namespace MeetingBot.Conversations.Features.Meetings;

/// <summary>"apologies [reason]" for the next meeting; "apologies list" shows the chair who sent them; "apologies withdraw".</summary>
public sealed class ApologiesCommand(MeetingFinder finder, IMeetingStore store, TimeProvider time, ApologiesOnBehalf onBehalf) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["apologies", "apology", "regrets"];
    public string Usage => "apologies [reason] | apologies list | apologies withdraw | apologies @name [reason]";
    public string Description => "Sends your apologies for the next meeting (the chair sees them; the minutes list them).";
    public Permission Permission => Permission.Anyone;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        // "apologies @name": the chair or secretary sends someone else's (Features/InMeeting).
        if (context.Turn.Message.Mentions.Count > 0)
        {
            await onBehalf.ExecuteAsync(context, cancellationToken);
            return;
        }

        var argument = context.Arguments.Trim();
        if (argument.Equals("list", StringComparison.OrdinalIgnoreCase))
        {
            await ListAsync(context, cancellationToken);
            return;
        }
        var target = await finder.ResolveOneAsync(context, _ => true, askWhenSeveral: false, "", cancellationToken);
        if (target is null) return;

        var from = context.Turn.Message.From;
        var withdraw = argument.Equals("withdraw", StringComparison.OrdinalIgnoreCase);
        var result = await store.UpdateAsync(target.Meeting.Id, m => withdraw
            ? m.WithdrawApologies(from.Id)
            : m.SendApologies(from.Id, from.Name, argument.Length == 0 ? null : argument, time.GetUtcNow()), cancellationToken);
        context.Reply(result.Message);
    }

    private async Task ListAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var target = await finder.ResolveOneAsync(context, m => m.CanManage, askWhenSeveral: false,
            "Only the chair or the secretary sees the list of apologies.", cancellationToken);
        if (target is null) return;
        var meeting = target.Meeting;
        if (meeting.Apologies.Count == 0)
        {
            context.Reply($"No apologies yet for the {meeting.DisplayTitle}.");
            return;
        }
        var text = new StringBuilder($"Apologies for the **{meeting.DisplayTitle}**:\n");
        foreach (var apology in meeting.Apologies.OrderBy(a => a.AtUtc))
            text.Append("- ").Append(apology.Name).Append(apology.Reason is null ? "" : $" ({apology.Reason})").Append('\n');
        context.Reply(text.ToString().TrimEnd());
    }
}
