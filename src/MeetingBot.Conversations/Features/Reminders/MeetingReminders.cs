using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Conversations.Messages;
using MeetingBot.Conversations.Turns;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Conversations.Features.Reminders;

/// <summary>
/// What the meeting commands call when a meeting is scheduled, moved or cancelled: keeps its reminders in step and
/// tells the meeting's channel once. When the change was made in the channel itself, the command's reply is that
/// one notice (this returns the line to add to it); when it was made elsewhere (a 1:1 chat), the channel gets a
/// notice of its own. Reminder trouble never undoes the meeting change: it is logged and said.
/// </summary>
public sealed partial class MeetingReminders(
    IReminderScheduler scheduler,
    IProactiveMessenger messenger,
    IMeetingStore store,
    ILogger<MeetingReminders> logger)
{
    private const string CouldNotPlan = "(I could not update its reminders just now; I check them again every half hour.)";

    /// <summary>After a meeting was created: schedules its reminders; returns the reminder line for the reply ("" for none).</summary>
    public async Task<string> ScheduledAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        try
        {
            var pending = await scheduler.MeetingChangedAsync(meetingId, cancellationToken);
            return await store.GetAsync(meetingId, cancellationToken) is { } meeting ? ReminderPlanView.Pending(meeting, pending) : "";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSchedulingFailed(logger, meetingId, ex);
            return CouldNotPlan;
        }
    }

    /// <summary>After a meeting was moved: moves its pending reminders; returns the line for the reply.</summary>
    public async Task<string> MovedAsync(TurnContext turn, Guid meetingId, CancellationToken cancellationToken)
    {
        string line;
        try
        {
            var pending = await scheduler.MeetingChangedAsync(meetingId, cancellationToken);
            line = pending.Count > 0 && await store.GetAsync(meetingId, cancellationToken) is { } moved
                ? "Its reminders moved with it. " + ReminderPlanView.Pending(moved, pending)
                : "";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSchedulingFailed(logger, meetingId, ex);
            line = CouldNotPlan;
        }

        if (await store.GetAsync(meetingId, cancellationToken) is { } meeting && turn.Conversation.Key != meeting.ConversationKey)
            await TellChannelAsync(meeting.ConversationKey, $"The **{meeting.DisplayTitle}** has moved to {meeting.WhenText(null)}. {line}".TrimEnd(), cancellationToken);
        return line;
    }

    /// <summary>After a meeting was cancelled: removes its pending reminders; returns the line for the reply.</summary>
    public async Task<string> CancelledAsync(TurnContext turn, Guid meetingId, CancellationToken cancellationToken)
    {
        string line;
        try
        {
            line = await scheduler.MeetingCancelledAsync(meetingId, cancellationToken) > 0 ? "Its reminders are removed." : "";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSchedulingFailed(logger, meetingId, ex);
            line = CouldNotPlan;
        }

        if (await store.GetAsync(meetingId, cancellationToken) is { } meeting && turn.Conversation.Key != meeting.ConversationKey)
            await TellChannelAsync(meeting.ConversationKey, $"The **{meeting.DisplayTitle}** on {meeting.WhenText(null)} is cancelled. {line}".TrimEnd(), cancellationToken);
        return line;
    }

    private async Task TellChannelAsync(string conversationKey, string text, CancellationToken cancellationToken)
    {
        var result = await messenger.SendToConversationAsync(conversationKey, new Reply(text), cancellationToken);
        if (!result.Succeeded) LogNoticeFailed(logger, result.Outcome, result.Reason);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not update the reminders of meeting {MeetingId}; the periodic rebuild will retry")]
    private static partial void LogSchedulingFailed(ILogger logger, Guid meetingId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the meeting's channel about a change: {Outcome} {Reason}")]
    private static partial void LogNoticeFailed(ILogger logger, ProactiveOutcome outcome, string? reason);
}
