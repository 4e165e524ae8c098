using System.Text;
using MeetingBot.Conversations.Commands;
using MeetingBot.Domain.People;

namespace MeetingBot.Conversations.Features.Help;

/// <summary>Lists the commands the asker may use here; "help &lt;command&gt;" explains one.</summary>
public sealed class HelpCommand(IServiceProvider services) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["help", "?", "commands"];
    public string Usage => "help [command]";
    public string Description => "Lists what you can ask me here.";
    public Permission Permission => Permission.Anyone;

    public Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        // Resolved lazily: the catalog contains this command itself.
        var catalog = (CommandCatalog)services.GetService(typeof(CommandCatalog))!;
        var turn = context.Turn;
        var allowed = catalog.Commands.Where(c => c.Permission.Allows(turn.Member, turn.IsAdmin)).ToList();

        if (context.Arguments.Length > 0)
        {
            var asked = allowed.FirstOrDefault(c => c.Names.Any(n => n.Equals(context.Arguments, StringComparison.OrdinalIgnoreCase)));
            turn.Reply(new Messages.Reply(asked is null
                ? $"There is no command \"{context.Arguments}\" that you can use here. Say help for the list."
                : $"**{asked.Usage}**\n{asked.Description}") { PrivateToSender = true });
            return Task.CompletedTask;
        }

        var text = new StringBuilder();
        text.Append("Here is what you can ask me (you are ").Append(turn.IsAdmin ? "an admin" : turn.Member.Role.Display().ToLowerInvariant()).Append(" here):\n");
        // Grouped by what they are for, groups in the order their first command was registered.
        foreach (var area in allowed.GroupBy(c => Area(c.Type)))
        {
            text.Append("**").Append(area.Key).Append("**\n");
            foreach (var command in area)
                text.Append("- **").Append(command.Usage).Append("**: ").Append(command.Description).Append('\n');
        }

        text.Append("Say help <command> for one command, and cancel at any time to stop a question I am asking.");
        turn.Reply(new Messages.Reply(text.ToString()) { PrivateToSender = true });
        return Task.CompletedTask;
    }

    /// <summary>The heading a command is listed under, from its feature folder (Features/Minutes → "Minutes and calendar").</summary>
    private static string Area(Type command) => command.Namespace?.Split('.').LastOrDefault() switch
    {
        "Meetings" or "Agenda" => "Meetings and agenda",
        "Reminders" => "Reminders",
        "InMeeting" or "Tour" or "Notes" or "Links" => "In the meeting",
        "Minutes" or "ChatImport" or "Calendar" => "Minutes and calendar",
        "Linking" => "Teams and Slack together",
        _ => "You and your team",
    };
}
