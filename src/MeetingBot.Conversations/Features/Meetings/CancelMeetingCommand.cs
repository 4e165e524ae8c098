using MeetingBot.Conversations.Commands;
using MeetingBot.Conversations.Dialogs;
using MeetingBot.Conversations.Features.Reminders;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.People;

namespace MeetingBot.Conversations.Features.Meetings;

/// <summary>"cancel meeting": asks for confirmation, then cancels the next meeting (a skipped occurrence stays skipped).</summary>
public sealed class CancelMeetingCommand(MeetingFinder finder) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["cancel meeting", "skip meeting"];
    public string Usage => "cancel meeting";
    public string Description => "Cancels the next meeting, after you confirm.";
    public Permission Permission => Permission.ManageMeetings;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var target = await finder.ResolveOneAsync(context, m => m.CanManage && m.Meeting.Status == MeetingStatus.Scheduled, askWhenSeveral: true,
            "Only the chair or the secretary can cancel a meeting, and only before it starts.", cancellationToken);
        if (target is null) return;
        await context.BeginDialogAsync(CancelMeetingDialog.DialogId,
            new Dictionary<string, string> { [CancelMeetingDialog.MeetingId] = target.Meeting.Id.ToString() }, cancellationToken);
    }
}

public sealed class CancelMeetingDialog(IMeetingStore store, TimeProvider time, MeetingReminders reminders) : Dialog
{
    public const string DialogId = "cancel-meeting";
    public const string MeetingId = "meetingId";

    public override string Id => DialogId;
    public override string Purpose => "cancelling a meeting";

    public override async Task<DialogStep> BeginAsync(DialogContext context, CancellationToken cancellationToken)
    {
        var meeting = await store.GetAsync(Guid.Parse(context.Values[MeetingId]), cancellationToken);
        if (meeting is null) return DialogStep.Finished;
        return DialogStep.AskFor(Prompt.Confirm("confirm",
            $"Cancel the **{meeting.DisplayTitle}** on {meeting.WhenText(null)}? Its {meeting.ActiveItems.Count} agenda item(s) stay with it."));
    }

    public override async Task<DialogStep> ContinueAsync(DialogContext context, PromptAnswer answer, CancellationToken cancellationToken)
    {
        if (answer.Confirmed != true)
        {
            context.Reply("The meeting stays as it is.");
            return DialogStep.Finished;
        }
        var id = Guid.Parse(context.Values[MeetingId]);
        var (result, seriesId) = await store.UpdateAsync(id, m => (m.Cancel(time.GetUtcNow()), m.SeriesId), cancellationToken);
        if (result.Succeeded && seriesId is { } sid && await store.GetSeriesAsync(sid, cancellationToken) is { } series
            && await store.GetAsync(id, cancellationToken) is { } cancelled && series.GiveBackNumber(cancelled))
        {
            await store.SaveSeriesAsync(series, cancellationToken);
            await store.UpdateAsync(id, m => m.Number = null, cancellationToken);
        }
        var reminderLine = result.Succeeded ? await reminders.CancelledAsync(context.Turn, id, cancellationToken) : "";
        context.Reply($"{result.Message} {reminderLine}".TrimEnd());
        return DialogStep.Finished;
    }
}
