using System.Text.RegularExpressions;
using MeetingBot.Conversations.Commands;
using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.People;
using AgendaRules = MeetingBot.Domain.Meetings.Agenda;
using DomainPerson = MeetingBot.Domain.Meetings.Person;

namespace MeetingBot.Conversations.Features.Agenda;

/// <summary>Shared by the commands that change one meeting's agenda: find the meeting, apply a rule, say the result.</summary>
public abstract partial class AgendaChangeCommand(MeetingFinder finder, IMeetingStore store) : ICommand
{
    public abstract IReadOnlyList<string> Names { get; }
    public abstract string Usage { get; }
    public abstract string Description { get; }
    public abstract Permission Permission { get; }

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var numbers = Numbers().Matches(context.Arguments).Select(m => int.Parse(m.Value)).ToList();
        if (Validate(context.Name, context.Arguments, numbers) is { } problem)
        {
            context.Reply($"{problem} Usage: {Usage}");
            return;
        }
        var target = await finder.ResolveOneAsync(context, m => m.Meeting.Status is MeetingStatus.Scheduled or MeetingStatus.Started,
            askWhenSeveral: true, "There is no coming meeting whose agenda can be changed.", cancellationToken);
        if (target is null) return;

        var from = context.Turn.Message.From;
        var editor = new DomainPerson(from.Id, from.Name);
        var result = await store.UpdateAsync(target.Meeting.Id, meeting => Apply(meeting, context.Name, context.Arguments, numbers, editor, target.CanManage), cancellationToken);
        context.Reply(result.Message);
    }

    /// <summary>A sentence when the arguments do not fit, else null.</summary>
    protected abstract string? Validate(string name, string arguments, IReadOnlyList<int> numbers);

    protected abstract AgendaResult Apply(Meeting meeting, string name, string arguments, IReadOnlyList<int> numbers, DomainPerson editor, bool canManage);

    [GeneratedRegex(@"\b\d{1,3}\b")]
    private static partial Regex Numbers();
}

/// <summary>Members edit or withdraw their own items; the chair or secretary any.</summary>
public sealed partial class AgendaEditCommand(MeetingFinder finder, IMeetingStore store) : AgendaChangeCommand(finder, store)
{
    public override IReadOnlyList<string> Names { get; } = ["agenda edit", "agenda withdraw"];
    public override string Usage => "agenda edit <number> <new title> | agenda withdraw <number>";
    public override string Description => "Changes or withdraws an item you proposed.";
    public override Permission Permission => Permission.Member;

    protected override string? Validate(string name, string arguments, IReadOnlyList<int> numbers) =>
        numbers.Count == 0 ? "Say which item, by its number." :
        name == "agenda edit" && LeadingNumber().Replace(arguments, "").Trim().Length == 0 ? "Give the new title after the number." : null;

    protected override AgendaResult Apply(Meeting meeting, string name, string arguments, IReadOnlyList<int> numbers, DomainPerson editor, bool canManage) =>
        AgendaRules.WithItem(meeting, numbers[0], item => name == "agenda edit"
            ? AgendaRules.Edit(meeting, item, LeadingNumber().Replace(arguments, "").Trim(), editor, canManage)
            : AgendaRules.Withdraw(meeting, item, editor, canManage));

    [GeneratedRegex(@"^\s*\d{1,3}[.:]?\s*")]
    private static partial Regex LeadingNumber();
}

/// <summary>The chair or secretary reorder, merge, remove, approve, close and reopen.</summary>
public sealed class AgendaManageCommand(MeetingFinder finder, IMeetingStore store) : AgendaChangeCommand(finder, store)
{
    public override IReadOnlyList<string> Names { get; } =
        ["agenda move", "agenda merge", "agenda remove", "agenda approve", "agenda close", "agenda reopen", "agenda open"];
    public override string Usage => "agenda move <n> to <m> | agenda merge <n> <m> | agenda remove <n> | agenda approve <n> | agenda close | agenda reopen";
    public override string Description => "Reorders, merges, removes or approves items; closes or reopens the agenda.";
    public override Permission Permission => Permission.ManageMeetings;

    protected override string? Validate(string name, string arguments, IReadOnlyList<int> numbers) => name switch
    {
        "agenda move" or "agenda merge" when numbers.Count != 2 => "Give two item numbers.",
        "agenda remove" or "agenda approve" when numbers.Count != 1 => "Give the item's number.",
        _ => null,
    };

    protected override AgendaResult Apply(Meeting meeting, string name, string arguments, IReadOnlyList<int> numbers, DomainPerson editor, bool canManage) => name switch
    {
        "agenda move" => AgendaRules.Move(meeting, numbers[0], numbers[1], canManage),
        "agenda merge" => AgendaRules.Merge(meeting, numbers[0], numbers[1], canManage),
        "agenda remove" => AgendaRules.WithItem(meeting, numbers[0], item => AgendaRules.Withdraw(meeting, item, editor, canManage)),
        "agenda approve" => AgendaRules.WithItem(meeting, numbers[0], item => AgendaRules.Approve(meeting, item, canManage)),
        "agenda close" => AgendaRules.Close(meeting, canManage),
        _ => AgendaRules.Reopen(meeting, canManage),
    };
}
