using MeetingBot.Conversations.Commands;
using MeetingBot.Conversations.Dialogs;
using MeetingBot.Domain.People;

namespace MeetingBot.Conversations.Features.ChatImport;

/// <summary>
/// "import chat": the chat saved from a Webex or Zoom meeting, sent as a file with the command or pasted after it.
/// Without either, a dialog asks for it. In a 1:1 chat (where Teams delivers files to bots) it imports into the last
/// meeting of a team where the sender is secretary or chair.
/// </summary>
public sealed class ChatImportCommand(ChatImporter importer) : IQuotesText, IChecksRoleInTeam
{
    public IReadOnlyList<string> Names { get; } = ["import chat"];
    public string Usage => "import chat [pasted chat] (or attach the saved chat file)";
    public string Description => "Adds the links and writers of a meeting chat saved from Webex or Zoom to the meeting's minutes, as if shared live.";
    public Permission Permission => Permission.SecretaryOrChair;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (await importer.FindMeetingAsync(context.Turn, cancellationToken) is not { } meeting) return;

        if (context.Turn.Message.Attachments.Count == 0 && context.Arguments.Length == 0)
        {
            await context.BeginDialogAsync(ChatImportDialog.DialogId, new Dictionary<string, string> { [ChatImportDialog.MeetingKey] = meeting.Id.ToString() }, cancellationToken);
            return;
        }

        context.Turn.Reply(await importer.ImportAsync(context.Turn, meeting, context.Arguments, cancellationToken));
    }
}

/// <summary>Waits for the file (or the pasted text) after a bare "import chat".</summary>
public sealed class ChatImportDialog(ChatImporter importer, Meetings.IMeetingStore meetings) : Dialog
{
    public const string DialogId = "chat-import";
    public const string MeetingKey = "meeting";
    private const string ChatPrompt = "chat";

    public override string Id => DialogId;
    public override string Purpose => "importing a meeting chat";

    public override Task<DialogStep> BeginAsync(DialogContext context, CancellationToken cancellationToken)
    {
        // Teams gives bots the files sent in a 1:1 chat only; in a channel the text has to be pasted.
        var teamsShared = context.Turn.Conversation.ChannelId == "msteams" && context.Turn.Conversation.Kind != Messages.ConversationKind.Personal;
        return Task.FromResult(DialogStep.AskFor(Prompt.FileOrText(ChatPrompt,
            "Send the chat saved from the Webex or Zoom meeting as a text file (in Webex and Zoom: Save chat, a .txt file), or paste its text." +
            (teamsShared ? " Teams passes files to me only in a 1:1 chat: here, paste the text, or send me the file in a 1:1 chat with import chat." : ""),
            ChatImporter.MaxBytes)));
    }

    public override async Task<DialogStep> ContinueAsync(DialogContext context, PromptAnswer answer, CancellationToken cancellationToken)
    {
        if (await meetings.GetAsync(Guid.Parse(context.Values[MeetingKey]), cancellationToken) is not { } meeting)
        {
            context.Reply("That meeting no longer exists, so I imported nothing.");
            return DialogStep.Finished;
        }

        context.Turn.Reply(await importer.ImportAsync(context.Turn, meeting, answer.Text, cancellationToken));
        return DialogStep.Finished;
    }
}
