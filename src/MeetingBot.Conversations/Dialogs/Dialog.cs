using MeetingBot.Conversations.Turns;

namespace MeetingBot.Conversations.Dialogs;

/// <summary>
/// A multi-turn conversation. This is the extension point: a dialog asks <see cref="Prompt"/>s and receives
/// validated <see cref="PromptAnswer"/>s; the turn processor persists its <see cref="DialogState"/> between
/// turns, validates answers, handles "cancel" and expiry. Dialogs are stateless singletons: everything they
/// remember lives in <see cref="DialogContext.Values"/>.
/// </summary>
public abstract class Dialog
{
    /// <summary>Stable id stored with the state; renaming it drops dialogs in progress.</summary>
    public abstract string Id { get; }

    /// <summary>A short phrase for "you were in the middle of …".</summary>
    public abstract string Purpose { get; }

    /// <summary>Starts the dialog; <paramref name="context"/> values may be pre-filled by the command.</summary>
    public abstract Task<DialogStep> BeginAsync(DialogContext context, CancellationToken cancellationToken);

    /// <summary>Receives the valid answer to the prompt the dialog last asked.</summary>
    public abstract Task<DialogStep> ContinueAsync(DialogContext context, PromptAnswer answer, CancellationToken cancellationToken);
}

/// <summary>What a dialog does next: ask another question, or finish.</summary>
public abstract record DialogStep
{
    public sealed record Ask(Prompt Prompt) : DialogStep;

    public sealed record Done : DialogStep;

    /// <summary>The dialog cleared its own state and handed the turn on (to a command that may start another dialog).</summary>
    public sealed record HandedOver : DialogStep;

    public static DialogStep AskFor(Prompt prompt) => new Ask(prompt);

    public static readonly DialogStep Finished = new Done();

    public static readonly DialogStep Replaced = new HandedOver();
}

/// <summary>The turn plus the dialog's collected values.</summary>
public sealed class DialogContext(TurnContext turn, Dictionary<string, string> values)
{
    public TurnContext Turn { get; } = turn;
    public Dictionary<string, string> Values { get; } = values;

    public void Reply(string text) => Turn.Reply(text);
}
