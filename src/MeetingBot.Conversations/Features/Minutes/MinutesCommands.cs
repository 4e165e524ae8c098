using MeetingBot.Conversations.Commands;
using MeetingBot.Domain.People;

namespace MeetingBot.Conversations.Features.Minutes;

/// <summary>
/// "minutes", "minutes redraft", "minutes approve": drafting and approving, for the secretary and the chair (and
/// configured admins). The draft is posted in the meeting's conversation with signed download links.
/// </summary>
public sealed class MinutesCommand(MinutesDesk desk) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["minutes", "minutes redraft", "minutes approve"];
    public string Usage => "minutes | minutes approve | minutes redraft";
    public string Description => "Drafts the minutes of this conversation's last meeting (again after more notes), or approves the draft.";
    public Permission Permission => Permission.SecretaryOrChair;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (await desk.FindMeetingAsync(context.Turn, cancellationToken) is not { } meeting) return;

        var replies = context.Name switch
        {
            "minutes approve" => await desk.ApproveAsync(context.Turn, meeting, cancellationToken),
            "minutes redraft" => await desk.RedraftAsync(context.Turn, meeting, cancellationToken),
            _ => await desk.DraftAsync(context.Turn, meeting, cancellationToken),
        };
        foreach (var reply in replies) context.Turn.Reply(reply);
    }
}

/// <summary>"minutes download": fresh links to the latest version. Drafts only for the secretary and chair.</summary>
public sealed class MinutesDownloadCommand(MinutesDesk desk, IMinutesStore versions) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["minutes download"];
    public string Usage => "minutes download";
    public string Description => "Gives fresh links to download the minutes as Word and Markdown (approved minutes: every member).";
    public Permission Permission => Permission.Member;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (await desk.FindMeetingAsync(context.Turn, cancellationToken) is not { } meeting) return;

        var latest = await versions.GetLatestAsync(meeting.Id, cancellationToken);
        if (latest is { IsApproved: false } && !Permission.SecretaryOrChair.Allows(context.Turn.Member, context.Turn.IsAdmin))
        {
            context.Reply($"The minutes of the {meeting.DisplayTitle} are still a draft; they can be downloaded once the secretary or the chair approves them.");
            return;
        }

        context.Turn.Reply(await desk.DownloadAsync(meeting, cancellationToken));
    }
}

/// <summary>"minutes edit": a dialog that picks a section and replaces or appends text.</summary>
public sealed class MinutesEditCommand(MinutesDesk desk) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["minutes edit"];
    public string Usage => "minutes edit";
    public string Description => "Corrects the draft minutes: pick a section, then replace its text or add to it.";
    public Permission Permission => Permission.SecretaryOrChair;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (await desk.FindMeetingAsync(context.Turn, cancellationToken) is not { } meeting) return;

        var (version, refusal) = await desk.EditableAsync(context.Turn, meeting, cancellationToken);
        if (version is null)
        {
            context.Reply(refusal ?? "There is nothing to edit.");
            return;
        }

        await context.BeginDialogAsync(MinutesEditDialog.DialogId, new Dictionary<string, string>
        {
            [MinutesEditDialog.MeetingKey] = meeting.Id.ToString(),
            [MinutesEditDialog.VersionKey] = version.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, cancellationToken);
    }
}
