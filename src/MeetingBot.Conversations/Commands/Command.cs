using MeetingBot.Domain.People;
using MeetingBot.Conversations.Dialogs;
using MeetingBot.Conversations.Turns;

namespace MeetingBot.Conversations.Commands;

/// <summary>
/// A chat command such as <c>help</c> or <c>agenda add</c>. Commands are matched on their leading words;
/// what follows is passed as arguments. A command that lacks something starts a dialog.
/// </summary>
public interface ICommand
{
    /// <summary>The words that invoke it, e.g. "agenda add". The first entry is shown in help.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>How to call it, e.g. "agenda add <title>".</summary>
    string Usage { get; }

    /// <summary>One line for help.</summary>
    string Description { get; }

    Permission Permission { get; }

    Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken);
}

/// <summary>
/// A command whose arguments are text written elsewhere (a pasted meeting chat): listeners of the conversation (link
/// capture, attendance) leave the message alone.
/// </summary>
public interface IQuotesText : ICommand;

/// <summary>
/// A role-restricted command that also works in a 1:1 chat, where nobody has a role: it finds the person's team itself
/// and checks their role there, so the turn does not refuse it up front.
/// </summary>
public interface IChecksRoleInTeam : ICommand;

/// <summary>A command invocation: the turn, the matched name, and the rest of the text.</summary>
public sealed class CommandContext(TurnContext turn, string name, string arguments, DialogRunner dialogs)
{
    public TurnContext Turn { get; } = turn;
    public string Name { get; } = name;
    public string Arguments { get; } = arguments;

    public void Reply(string text) => Turn.Reply(text);

    /// <summary>Starts a dialog for this person in this conversation, replacing any that was running.</summary>
    public Task BeginDialogAsync(string dialogId, IReadOnlyDictionary<string, string>? values, CancellationToken cancellationToken) =>
        dialogs.BeginAsync(Turn, dialogId, values, cancellationToken);
}
