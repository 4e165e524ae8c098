using System.Globalization;
using MeetingBot.Conversations.Dialogs;
using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Domain.Minutes;

namespace MeetingBot.Conversations.Features.Minutes;

/// <summary>Which section, replace or add, the text: then the edit is kept with the draft and the draft shown again.</summary>
public sealed class MinutesEditDialog(MinutesDesk desk, IMeetingStore meetings) : Dialog
{
    public const string DialogId = "minutes-edit";
    public const string MeetingKey = "meeting";
    public const string VersionKey = "version";
    private const string SectionPrompt = "section";
    private const string ModePrompt = "mode";
    private const string TextPrompt = "text";
    private const string Replace = "Replace its text";
    private const string Append = "Append to it";

    public override string Id => DialogId;
    public override string Purpose => "correcting the minutes";

    public override async Task<DialogStep> BeginAsync(DialogContext context, CancellationToken cancellationToken)
    {
        var sections = await SectionsAsync(context, cancellationToken);
        if (sections.Count == 0)
        {
            context.Reply("That draft is gone; say minutes to draft the minutes again.");
            return DialogStep.Finished;
        }

        return DialogStep.AskFor(Prompt.Choice(SectionPrompt, $"Which section of version {context.Values[VersionKey]} do you want to correct?",
            sections.Select(s => s.Heading).ToList()));
    }

    public override async Task<DialogStep> ContinueAsync(DialogContext context, PromptAnswer answer, CancellationToken cancellationToken)
    {
        switch (answer.PromptName)
        {
            case SectionPrompt:
                var sections = await SectionsAsync(context, cancellationToken);
                if (answer.ChoiceIndex is not { } index || index >= sections.Count) return DialogStep.Finished;
                context.Values[SectionPrompt] = sections[index].Key;
                context.Values["heading"] = sections[index].Heading;
                return DialogStep.AskFor(Prompt.Choice(ModePrompt, $"Replace the text of \"{sections[index].Heading}\", or append to it?", Replace, Append));
            case ModePrompt:
                context.Values[ModePrompt] = answer.Value == Replace ? nameof(MinutesEditMode.Replace) : nameof(MinutesEditMode.Append);
                return DialogStep.AskFor(Prompt.Text(TextPrompt,
                    answer.Value == Replace
                        ? $"Send the new text of \"{context.Values["heading"]}\" (a blank line starts a new paragraph)."
                        : $"Send the text to add to \"{context.Values["heading"]}\" (a blank line starts a new paragraph).",
                    maxLength: MinutesEdit.MaxTextLength));
            case TextPrompt:
                return await SaveAsync(context, answer.Text, cancellationToken);
            default:
                return DialogStep.Finished;
        }
    }

    private async Task<DialogStep> SaveAsync(DialogContext context, string text, CancellationToken cancellationToken)
    {
        if (await meetings.GetAsync(Guid.Parse(context.Values[MeetingKey]), cancellationToken) is not { } meeting)
        {
            context.Reply("That meeting no longer exists, so I changed nothing.");
            return DialogStep.Finished;
        }

        var mode = Enum.Parse<MinutesEditMode>(context.Values[ModePrompt]);
        var edit = new MinutesEdit(context.Values[SectionPrompt], mode, text);
        var (reply, problem) = await desk.EditAsync(meeting, int.Parse(context.Values[VersionKey], CultureInfo.InvariantCulture), edit, cancellationToken);
        if (reply is null)
        {
            context.Reply(problem ?? "I changed nothing.");
            return DialogStep.Finished;
        }

        context.Reply($"Done: \"{context.Values["heading"]}\" {(mode == MinutesEditMode.Replace ? "replaced" : "extended")}.");
        context.Turn.Reply(reply);
        return DialogStep.Finished;
    }

    private Task<IReadOnlyList<MinutesSectionChoice>> SectionsAsync(DialogContext context, CancellationToken cancellationToken) =>
        desk.SectionsAsync(Guid.Parse(context.Values[MeetingKey]), int.Parse(context.Values[VersionKey], CultureInfo.InvariantCulture), cancellationToken);
}
