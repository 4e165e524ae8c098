using MeetingBot.Conversations.Commands;
using MeetingBot.Conversations.Dialogs;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Conversations.Features.Meetings;

/// <summary>"Which meeting?" — then runs the command that asked again, for the meeting picked.</summary>
public sealed class PickMeetingDialog(IServiceProvider services) : Dialog
{
    public const string DialogId = "pick-meeting";
    public const string CommandText = "command";
    public const string Candidates = "candidates";
    private const string Choice = "meeting";

    public override string Id => DialogId;
    public override string Purpose => "choosing a meeting";

    public override async Task<DialogStep> BeginAsync(DialogContext context, CancellationToken cancellationToken)
    {
        var labels = new List<string>();
        foreach (var id in Ids(context))
            if (await Finder.FindAsync(context.Turn, id, cancellationToken) is { } found)
                labels.Add(MeetingFinder.Label(found.Meeting));
        return DialogStep.AskFor(Prompt.Choice(Choice, "Which meeting do you mean?", labels));
    }

    public override async Task<DialogStep> ContinueAsync(DialogContext context, PromptAnswer answer, CancellationToken cancellationToken)
    {
        var ids = Ids(context);
        if (answer.ChoiceIndex is not { } index || index >= ids.Count) return DialogStep.Finished;
        var catalog = services.GetRequiredService<CommandCatalog>();
        if (!catalog.TryMatch(context.Values[CommandText], out var command, out var name, out var arguments)) return DialogStep.Finished;

        var runner = services.GetRequiredService<DialogRunner>();
        await runner.ClearAsync(context.Turn, cancellationToken);
        context.Turn.ChosenMeetingId = ids[index];
        await command.ExecuteAsync(new CommandContext(context.Turn, name, arguments, runner), cancellationToken);
        // The command may have started a dialog of its own (a duplicate warning, say); that one now waits.
        return DialogStep.Replaced;
    }

    private MeetingFinder Finder => services.GetRequiredService<MeetingFinder>();

    private static List<Guid> Ids(DialogContext context) =>
        context.Values.GetValueOrDefault(Candidates, "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
}
