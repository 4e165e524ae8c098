using MeetingBot.Conversations.Messages;
using MeetingBot.Conversations.Turns;
using Microsoft.Extensions.Options;

namespace MeetingBot.Conversations.Dialogs;

/// <summary>
/// Runs dialogs: starts them, feeds them validated answers, persists their state after every step,
/// and ends them on cancel, on expiry, or after repeated answers that do not fit.
/// </summary>
public sealed class DialogRunner(
    IEnumerable<Dialog> dialogs,
    IDialogStateStore store,
    PromptReader promptReader,
    IOptions<BotBehaviourOptions> options,
    TimeProvider time)
{
    private const int MaxFailedAttempts = 3;
    private readonly Dictionary<string, Dialog> _dialogs = dialogs.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> CancelWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "cancel", "stop", "quit", "abort", "never mind", "nevermind" };

    public Task<DialogState?> LoadAsync(TurnContext turn, CancellationToken cancellationToken) =>
        store.LoadAsync(turn.Conversation.Key, turn.Message.From.Id, cancellationToken);

    public bool IsExpired(DialogState state) =>
        time.GetUtcNow() - state.LastTurnAt > options.Value.DialogTimeout;

    public string PurposeOf(DialogState state) =>
        _dialogs.TryGetValue(state.DialogId, out var dialog) ? dialog.Purpose : "an earlier question";

    public Task ClearAsync(TurnContext turn, CancellationToken cancellationToken) =>
        store.SaveAsync(turn.Conversation.Key, turn.Message.From.Id, null, cancellationToken);

    public async Task BeginAsync(TurnContext turn, string dialogId, IReadOnlyDictionary<string, string>? values, CancellationToken cancellationToken)
    {
        var dialog = _dialogs.TryGetValue(dialogId, out var found)
            ? found
            : throw new InvalidOperationException($"No dialog with id '{dialogId}' is registered.");
        var collected = values is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(values, StringComparer.Ordinal);
        var context = new DialogContext(turn, collected);
        var step = await dialog.BeginAsync(context, cancellationToken);
        var now = time.GetUtcNow();
        await ApplyAsync(turn, dialog, context, step, new DialogState { DialogId = dialogId, Prompt = Prompt.Text("_", "_"), StartedAt = now, LastTurnAt = now }, cancellationToken);
    }

    /// <summary>Handles the turn's text as the answer to the running dialog's prompt.</summary>
    public async Task ContinueAsync(TurnContext turn, DialogState state, CancellationToken cancellationToken)
    {
        if (!_dialogs.TryGetValue(state.DialogId, out var dialog))
        {
            // A dialog removed in an upgrade: drop its state rather than trap the person in it.
            await ClearAsync(turn, cancellationToken);
            turn.Reply("I lost track of our earlier conversation after an update, sorry. Please start again.");
            return;
        }

        var timeZone = turn.Member.TimeZoneId ?? turn.Message.TimeZone ?? options.Value.DefaultTimeZone;
        var answer = promptReader.Read(state.Prompt, turn.Message.Text, timeZone, out var problem, turn.Message.Attachments.Count > 0);
        if (answer is null)
        {
            var failed = state.FailedAttempts + 1;
            if (failed >= MaxFailedAttempts)
            {
                await ClearAsync(turn, cancellationToken);
                turn.Reply($"{problem} I have stopped {dialog.Purpose} for now; nothing was saved. Start again whenever you like.");
                return;
            }
            await store.SaveAsync(turn.Conversation.Key, turn.Message.From.Id, state with { FailedAttempts = failed, LastTurnAt = time.GetUtcNow() }, cancellationToken);
            turn.Reply(Ask(state.Prompt, problem));
            return;
        }

        var context = new DialogContext(turn, new Dictionary<string, string>(state.Values, StringComparer.Ordinal));
        context.Values[answer.PromptName] = answer.Value;
        var step = await dialog.ContinueAsync(context, answer, cancellationToken);
        await ApplyAsync(turn, dialog, context, step, state, cancellationToken);
    }

    private async Task ApplyAsync(TurnContext turn, Dialog dialog, DialogContext context, DialogStep step, DialogState state, CancellationToken cancellationToken)
    {
        switch (step)
        {
            case DialogStep.Ask ask:
                var next = state with { Prompt = ask.Prompt, Values = context.Values, FailedAttempts = 0, LastTurnAt = time.GetUtcNow() };
                await store.SaveAsync(turn.Conversation.Key, turn.Message.From.Id, next, cancellationToken);
                turn.Reply(Ask(ask.Prompt, null));
                break;
            case DialogStep.Done:
                await ClearAsync(turn, cancellationToken);
                break;
            case DialogStep.HandedOver:
                break;
            default:
                throw new InvalidOperationException($"Dialog {dialog.Id} returned an unknown step.");
        }
    }

    /// <summary>The prompt as a reply: an optional note on the last answer, the question, numbered choices.</summary>
    public static Reply Ask(Prompt prompt, string? problem)
    {
        var lines = new List<string>();
        if (problem is not null) lines.Add(problem);
        lines.Add(prompt.Question);
        if (prompt.Kind == PromptKind.Choice)
            lines.AddRange(prompt.Choices.Select((c, i) => $"{i + 1}. {c}"));
        var hint = prompt.Kind switch
        {
            PromptKind.Text when prompt.Optional => "(say skip to leave it out, or cancel to stop)",
            PromptKind.DateTime => "(for example: 31 Aug 15:30, next Tuesday 15:00 CET; or cancel to stop)",
            _ => "(or say cancel to stop)",
        };
        lines.Add(hint);
        return new Reply(string.Join("\n", lines)) { Choices = prompt.Choices };
    }
}
