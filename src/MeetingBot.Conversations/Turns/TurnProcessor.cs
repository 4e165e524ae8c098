using MeetingBot.Conversations.Commands;
using MeetingBot.Conversations.Dialogs;
using MeetingBot.Conversations.Features.Linking;
using MeetingBot.Conversations.Messages;
using MeetingBot.Domain.People;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.Conversations.Turns;

/// <summary>
/// Handles one message: identifies the member, then routes the text to the running dialog or to a command,
/// and returns the replies. Channel-neutral: it never sees an Activity or a Slack payload.
/// </summary>
public sealed partial class TurnProcessor(
    IMemberDirectory members,
    CommandCatalog commands,
    DialogRunner dialogs,
    IOptions<BotBehaviourOptions> options,
    IServiceProvider services,
    ILogger<TurnProcessor> logger,
    IEnumerable<IMessageObserver> observers,
    IScopeResolver scopes)
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        // A conversation linked into another team's meetings (Teams ⇄ Slack) acts in that team's scope.
        message = message with { Conversation = await scopes.ResolveAsync(message.Conversation, cancellationToken) };
        var settings = options.Value;
        var isAdmin = settings.IsAdmin(message.From.Id, message.From.AadObjectId);
        var member = await members.GetOrAddAsync(
            message.Conversation.ScopeId, message.From, message.TimeZone,
            // In a 1:1 chat nobody chairs anything: roles come from the team a meeting belongs to.
            // Someone merely chatting (a message Teams delivers through RSC, not meant for the bot) never becomes chair.
            bootstrapChair: settings.Admins.Count == 0 && message.Conversation.Kind != ConversationKind.Personal && message.IsAddressedToBot, cancellationToken);
        // A card button press arrives with an empty text and the command in its value.
        var text = message.Text.Trim();
        if (text.Length == 0 && CardSubmission.ToCommandText(message.Value) is { } submitted)
        {
            text = submitted;
            message = message with { Text = submitted };
        }
        var turn = new TurnContext(message, member, isAdmin, services);

        // Dialogs answer only messages meant for the bot; overheard ones (RSC) never reach them.
        var state = message.IsAddressedToBot ? await dialogs.LoadAsync(turn, cancellationToken) : null;

        // Every message passes the observers first (a running meeting keeps links, attendance, tour updates). Messages
        // not addressed to the bot stop there: they are seen, never answered.
        var observation = await ObserveAsync(turn, text, state, cancellationToken);
        if (observation == Observation.Handled || !message.IsAddressedToBot)
            return turn.Replies;

        if (state is not null && dialogs.IsExpired(state))
        {
            await dialogs.ClearAsync(turn, cancellationToken);
            if (!DialogRunner.CancelWords.Contains(text))
                turn.Reply($"I waited too long for an answer about {dialogs.PurposeOf(state)}, so I dropped it; nothing was saved.");
            state = null;
        }

        if (DialogRunner.CancelWords.Contains(text))
        {
            if (state is null)
            {
                turn.Reply("There is nothing to cancel. Say help to see what I can do.");
            }
            else
            {
                await dialogs.ClearAsync(turn, cancellationToken);
                turn.Reply($"Cancelled {dialogs.PurposeOf(state)}; nothing was saved.");
            }
            return turn.Replies;
        }

        if (state is not null && !InterruptsDialog(state, text))
        {
            await dialogs.ContinueAsync(turn, state, cancellationToken);
            return turn.Replies;
        }

        if (text.Length == 0)
        {
            turn.Reply(message.Attachments.Count > 0
                ? "I got your file, but not what to do with it. To import a meeting chat saved from Webex or Zoom, send the file with the words import chat."
                : "Hello! Say help to see what I can do.");
            return turn.Replies;
        }

        if (!commands.TryMatch(text, out var command, out var name, out var arguments))
        {
            // Chat in a running meeting is part of its record, not a mistyped command: stay quiet.
            if (observation == Observation.Kept)
                return turn.Replies;
            var firstWord = text.Split(' ', 2)[0];
            turn.Reply(new Reply($"I don't know the command \"{Shorten(firstWord)}\". Say help to see what I can do.") { PrivateToSender = true });
            return turn.Replies;
        }

        var personal = message.Conversation.Kind == ConversationKind.Personal;
        if (!command.Permission.Allows(member, isAdmin) && !(personal && command is IChecksRoleInTeam))
        {
            LogRefused(logger, name, member.Role);
            // Roles belong to a team or a group chat; a 1:1 chat has none, so point to where the role counts.
            turn.Reply(new Reply(personal
                ? $"\"{command.Names[0]}\" is for {command.Permission.WhoMay()}, and roles count in a team's channel or a meeting's chat: ask there."
                : $"Only {command.Permission.WhoMay()} can use \"{command.Names[0]}\". You are {Article(member.Role)} here; {WhoToAsk(command.Permission)}") { PrivateToSender = true });
            return turn.Replies;
        }

        if (state is not null)
        {
            // A new command replaces the dialog that was waiting; say so rather than leave it silently.
            await dialogs.ClearAsync(turn, cancellationToken);
            turn.Reply($"(I have set aside {dialogs.PurposeOf(state)}.)");
        }

        await command.ExecuteAsync(new CommandContext(turn, name, arguments, dialogs), cancellationToken);
        return turn.Replies;
    }

    private async Task<Observation> ObserveAsync(TurnContext turn, string text, DialogState? state, CancellationToken cancellationToken)
    {
        var addressed = turn.Message.IsAddressedToBot;
        ICommand? matched = null;
        var waiting = addressed && state is not null && !dialogs.IsExpired(state);
        var routing = new MessageRouting(
            addressed,
            IsCommand: addressed && (DialogRunner.CancelWords.Contains(text) || commands.TryMatch(text, out matched, out _, out _)),
            DialogWaiting: waiting)
        {
            CarriesQuotedText = addressed && (matched is IQuotesText || (waiting && state is { Prompt.AcceptsFiles: true })),
        };
        var result = Observation.Continue;
        foreach (var observer in observers)
        {
            var seen = await observer.ObserveAsync(turn, routing, cancellationToken);
            if (seen == Observation.Handled) return seen;
            if (seen == Observation.Kept) result = seen;
        }
        return result;
    }

    /// <summary>
    /// While a dialog waits, a free-text answer goes to it. For choice, confirm and date prompts a recognised
    /// command is clearly not an answer, so it interrupts.
    /// </summary>
    private bool InterruptsDialog(DialogState state, string text) =>
        state.Prompt.Kind != PromptKind.Text && commands.TryMatch(text, out _, out _, out _);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string Article(Role role) => role switch
    {
        Role.Member => "a member",
        Role.Guest => "a guest",
        _ => "the " + role.Display().ToLowerInvariant(),
    };

    private static string WhoToAsk(Permission permission) => permission switch
    {
        Permission.Chair => "ask the chair.",
        Permission.ManageMeetings => "ask the chair or the secretary.",
        Permission.SecretaryOrChair => "ask the secretary or the chair.",
        _ => "ask the chair to give you a role with role @you member.",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused command {Command} for a {Role}")]
    private static partial void LogRefused(ILogger logger, string command, Role role);
}
