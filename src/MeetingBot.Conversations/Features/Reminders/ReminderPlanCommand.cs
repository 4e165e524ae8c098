using MeetingBot.Conversations.Commands;
using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Conversations.Messages;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.People;
using MeetingBot.Domain.Reminders;

namespace MeetingBot.Conversations.Features.Reminders;

/// <summary>
/// "reminders call 10 days", "reminders soon 30 minutes", "reminders deadline off", "reminders plan": the chair or the
/// secretary changes when the meetings of this conversation's series send each reminder. Coming meetings are
/// rescheduled at once.
/// </summary>
public sealed class ReminderPlanCommand(IReminderSettingsStore settings, IMeetingStore meetings, IReminderScheduler scheduler, TimeProvider time) : ICommand
{
    private const string Prefix = "reminders ";

    public IReadOnlyList<string> Names { get; } =
    [
        "reminders plan", "series reminders", "reminders call", "reminders deadline", "reminders day-before", "reminders day before",
        "reminders daybefore", "reminders tomorrow", "reminders soon",
    ];

    public string Usage => "reminders <call|deadline|day-before|soon> <off|on|10 days|2 hours|30 minutes>";
    public string Description => "Moves a reminder of the meetings here or switches it off; reminders plan shows them all.";
    public Permission Permission => Permission.ManageMeetings;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Turn.Conversation.Kind == ConversationKind.Personal)
        {
            context.Reply("Change the reminders in the team channel or group chat where the meetings are held (mention me there), so everyone sees it.");
            return;
        }
        var series = await meetings.FindSeriesAsync(context.Turn.Conversation.Key, cancellationToken);
        if (series is null)
        {
            context.Reply("There is no series here yet: schedule the first meeting (schedule 31 Aug 15:30-17:00 on Webex), then change its reminders.");
            return;
        }
        var plan = await settings.GetPlanAsync(series.Id, cancellationToken);

        ReminderKind kind;
        string setting;
        if (ReminderKinds.TryParse(context.Name[Prefix.Length..], out var named))
        {
            (kind, setting) = (named, context.Arguments);
        }
        else if (context.Arguments.Length == 0)
        {
            context.Reply(ReminderPlanView.Describe(series.Title, plan) + "\n" + ReminderPlanView.ChangeHint);
            return;
        }
        else if (!ReminderKinds.TryParsePrefix(context.Arguments, out kind, out setting))
        {
            context.Reply($"Say which reminder: {ReminderKinds.Words}, e.g. reminders soon 30 minutes.");
            return;
        }

        DomainResult result;
        if (setting.Length == 0)
        {
            context.Reply($"The {kind.Label()} goes out {ReminderPlan.Describe(plan.Rule(kind))}. Change it with reminders {kind.Word()} <off|on|10 days|2 hours|30 minutes>.");
            return;
        }
        if (setting.Equals("off", StringComparison.OrdinalIgnoreCase)) result = plan.SwitchOff(kind);
        else if (setting.Equals("on", StringComparison.OrdinalIgnoreCase)) result = plan.SwitchOn(kind);
        else if (ReminderOffset.TryParse(setting, out var offset, out var problem)) result = plan.Move(kind, offset);
        else result = DomainResult.Fail(problem);
        if (!result.Succeeded)
        {
            context.Reply(result.Message);
            return;
        }

        plan.UpdatedAtUtc = time.GetUtcNow();
        await settings.SavePlanAsync(plan, cancellationToken);
        context.Reply(result.Message + await RescheduleComingAsync(series.Id, kind, cancellationToken));
    }

    /// <summary>Applies the plan to every coming meeting of the series; returns what it means for the next one.</summary>
    private async Task<string> RescheduleComingAsync(Guid seriesId, ReminderKind kind, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var coming = (await meetings.ListSeriesMeetingsAsync(seriesId, cancellationToken))
            .Where(m => m.Status == MeetingStatus.Scheduled && m.StartUtc > now)
            .OrderBy(m => m.StartUtc)
            .ToList();
        string line = "";
        foreach (var meeting in coming)
        {
            var pending = await scheduler.MeetingChangedAsync(meeting.Id, cancellationToken);
            if (meeting != coming[0]) continue;
            var due = pending.FirstOrDefault(r => r.Kind == kind);
            line = due is not null
                ? $"\nFor the {meeting.DisplayTitle}: {ReminderPlanView.Pending(meeting, [due])}"
                : $"\nFor the {meeting.DisplayTitle} there is no {kind.Label()} to send (switched off, already sent, or its time has passed).";
        }
        return line;
    }
}

/// <summary>"reminders mute soon": the channel no longer gets one kind; members who said remind me still get it 1:1.</summary>
public sealed class ReminderMuteCommand(IReminderSettingsStore settings, IMeetingStore meetings, TimeProvider time) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["reminders mute", "reminders unmute"];
    public string Usage => "reminders mute|unmute <call|deadline|day-before|soon>";
    public string Description => "Keeps one kind of reminder out of this channel (members who said remind me still get it 1:1), or brings it back.";
    public Permission Permission => Permission.ManageMeetings;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Turn.Conversation.Kind == ConversationKind.Personal)
        {
            context.Reply("Mute a reminder in the team channel or group chat it is posted in. For your own 1:1 reminders say reminders off.");
            return;
        }
        if (!ReminderKinds.TryParse(context.Arguments, out var kind))
        {
            context.Reply($"Say which reminder: {ReminderKinds.Words}, e.g. {context.Name} soon.");
            return;
        }
        var series = await meetings.FindSeriesAsync(context.Turn.Conversation.Key, cancellationToken);
        if (series is null)
        {
            context.Reply("There is no series here yet, so there are no reminders to mute.");
            return;
        }
        var plan = await settings.GetPlanAsync(series.Id, cancellationToken);
        var result = context.Name.EndsWith("unmute", StringComparison.OrdinalIgnoreCase) ? plan.UnmuteInChannel(kind) : plan.MuteInChannel(kind);
        plan.UpdatedAtUtc = time.GetUtcNow();
        await settings.SavePlanAsync(plan, cancellationToken);
        context.Reply(result.Message);
    }
}
