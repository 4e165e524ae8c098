using System.Text;
using System.Text.RegularExpressions;
using MeetingBot.Conversations.Commands;
using MeetingBot.Conversations.Dialogs;
using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.People;
using AgendaRules = MeetingBot.Domain.Meetings.Agenda;

namespace MeetingBot.Conversations.Features.Agenda;

/// <summary>"agenda carry over": offers the last meeting's items for the next one; the chair picks which.</summary>
public sealed class AgendaCarryOverCommand(MeetingFinder finder, IMeetingStore store, TimeProvider time) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["agenda carry over", "agenda carryover", "carry over"];
    public string Usage => "agenda carry over";
    public string Description => "Offers the last meeting's items for the next meeting's agenda; you pick which.";
    public Permission Permission => Permission.ManageMeetings;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var next = await finder.ResolveOneAsync(context, m => m.CanManage && m.Meeting.Status == MeetingStatus.Scheduled, askWhenSeveral: true,
            "There is no scheduled meeting to carry items over to.", cancellationToken);
        if (next is null) return;
        var last = await store.FindLastHeldAsync(next.Meeting.ScopeId, time.GetUtcNow(), cancellationToken);
        var candidates = last is null ? [] : AgendaRules.CarryOverCandidates(last);
        if (last is null || candidates.Count == 0)
        {
            context.Reply("The last meeting left no items to carry over.");
            return;
        }
        await context.BeginDialogAsync(AgendaCarryOverDialog.DialogId, new Dictionary<string, string>
        {
            [AgendaCarryOverDialog.From] = last.Id.ToString(),
            [AgendaCarryOverDialog.To] = next.Meeting.Id.ToString(),
        }, cancellationToken);
    }
}

public sealed partial class AgendaCarryOverDialog(IMeetingStore store, TimeProvider time) : Dialog
{
    public const string DialogId = "agenda-carry-over";
    public const string From = "from";
    public const string To = "to";
    private const string Pick = "pick";

    public override string Id => DialogId;
    public override string Purpose => "carrying items over";

    public override async Task<DialogStep> BeginAsync(DialogContext context, CancellationToken cancellationToken)
    {
        var from = await store.GetAsync(Guid.Parse(context.Values[From]), cancellationToken);
        var to = await store.GetAsync(Guid.Parse(context.Values[To]), cancellationToken);
        if (from is null || to is null) return DialogStep.Finished;
        var text = new StringBuilder($"Items of the {from.DisplayTitle} that could go on the agenda of the {to.DisplayTitle}:\n");
        foreach (var item in from.ActiveItems)
            if (!item.IsStanding) text.Append(item.Position).Append(". ").Append(item.Title).Append('\n');
        text.Append("Which ones were not reached and should carry over? Say their numbers (e.g. 2 4), all, or none.");
        return DialogStep.AskFor(Prompt.Text(Pick, text.ToString(), maxLength: 200));
    }

    public override async Task<DialogStep> ContinueAsync(DialogContext context, PromptAnswer answer, CancellationToken cancellationToken)
    {
        var from = await store.GetAsync(Guid.Parse(context.Values[From]), cancellationToken);
        if (from is null) return DialogStep.Finished;
        var reply = answer.Value.Trim().ToLowerInvariant();
        if (reply is "none" or "no" or "0")
        {
            context.Reply("Nothing carried over; those items are dropped.");
            return DialogStep.Finished;
        }
        var positions = reply is "all" or "yes"
            ? AgendaRules.CarryOverCandidates(from).Select(i => i.Position).ToList()
            : Numbers().Matches(reply).Select(m => int.Parse(m.Value)).ToList();
        if (positions.Count == 0)
        {
            context.Reply("Say the numbers of the items to carry over, all, or none.");
            return DialogStep.AskFor(Prompt.Text(Pick, "Which items should carry over?", maxLength: 200));
        }
        var result = await store.UpdateAsync(Guid.Parse(context.Values[To]),
            to => AgendaRules.CarryOver(from, to, positions, time.GetUtcNow(), canManage: true), cancellationToken);
        context.Reply(result.Message);
        return DialogStep.Finished;
    }

    [GeneratedRegex(@"\d{1,3}")]
    private static partial Regex Numbers();
}
