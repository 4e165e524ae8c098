using System.Text;
using MeetingBot.Conversations.Commands;
using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Conversations.Messages;
using MeetingBot.Conversations.Turns;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.People;
using MeetingBot.Domain.Reminders;

namespace MeetingBot.Conversations.Features.Reminders;

/// <summary>"reminders": your reminder settings and the reminder plan of the meetings here, with the next times.</summary>
public sealed class RemindersCommand(
    IReminderSettingsStore settings,
    IMeetingStore meetings,
    IMemberDirectory members,
    MeetingFinder finder,
    TimeProvider time) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["reminders"];
    public string Usage => "reminders";
    public string Description => "Shows your reminder settings and when the next meeting's reminders go out.";
    public Permission Permission => Permission.Anyone;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Arguments.Length > 0)
        {
            context.Reply($"I did not understand \"reminders {context.Arguments}\". Say reminders to see your settings, remind me or reminders off. {ReminderPlanView.ChangeHint}");
            return;
        }

        var turn = context.Turn;
        if (turn.Conversation.Kind == ConversationKind.Personal)
        {
            context.Reply(await DescribeForPersonalChatAsync(turn, cancellationToken));
            return;
        }

        var text = new StringBuilder();
        var preference = await settings.FindPreferenceAsync(turn.Conversation.ScopeId, turn.Message.From.Id, cancellationToken);
        text.Append("**Your reminders**: ").Append(PreferenceText(preference?.Personal ?? PersonalReminders.Off, turn.Member.TimeZoneId)).Append('\n');

        var series = await meetings.FindSeriesAsync(turn.Conversation.Key, cancellationToken);
        if (series is null)
        {
            text.Append("No meetings are scheduled here yet, so there is nothing to remind anyone of.");
            context.Reply(text.ToString());
            return;
        }

        var plan = await settings.GetPlanAsync(series.Id, cancellationToken);
        text.Append(ReminderPlanView.Describe(series.Title, plan)).Append('\n');
        var now = time.GetUtcNow();
        var next = (await meetings.ListComingAsync(turn.Conversation.ScopeId, now, cancellationToken))
            .FirstOrDefault(m => m.ConversationKey == turn.Conversation.Key && m.Status == MeetingStatus.Scheduled);
        if (next is not null)
        {
            var coming = plan.DueTimes(next).Where(r => r.DueUtc > now).ToList();
            text.Append($"Next meeting, the {next.DisplayTitle}: ")
                .Append(coming.Count == 0 ? "no more reminders before it." : ReminderPlanView.Pending(next, coming)).Append('\n');
        }
        text.Append(ReminderPlanView.ChangeHint);
        context.Reply(text.ToString());
    }

    private async Task<string> DescribeForPersonalChatAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var scopes = await PersonalReminderScopes.FindAsync(turn, members, cancellationToken);
        if (scopes.Count == 0) return PersonalReminderScopes.NoTeamYet;

        var on = 0;
        foreach (var scope in scopes)
            if ((await settings.FindPreferenceAsync(scope.ScopeId, turn.Message.From.Id, cancellationToken))?.WantsPersonalReminders == true) on++;
        var text = new StringBuilder("**Your reminders**: ");
        text.Append(on == 0
            ? "you get the meeting reminders in your teams' channels only. Say remind me to get them here as well, in your own time zone."
            : $"1:1 reminders are on for {on} of your {scopes.Count} team(s). Say reminders off to stop them.");

        var now = time.GetUtcNow();
        var zone = turn.Member.TimeZoneId ?? turn.Message.TimeZone;
        foreach (var reach in (await finder.ComingAsync(turn, cancellationToken)).Where(m => m.Meeting.Status == MeetingStatus.Scheduled).Take(5))
        {
            var meeting = reach.Meeting;
            var plan = await settings.GetPlanAsync(meeting.SeriesId, cancellationToken);
            var next = plan.DueTimes(meeting).FirstOrDefault(r => r.DueUtc > now);
            text.Append("\n- ").Append(meeting.DisplayTitle).Append(", ").Append(ReminderMessages.PersonalTime(meeting.StartUtc, meeting.TimeZoneId, zone));
            text.Append(next is null
                ? ": no more reminders before it."
                : $": next the {next.Kind.Label()}, {ReminderMessages.PersonalTime(next.DueUtc, meeting.TimeZoneId, zone)}.");
        }
        return text.ToString();
    }

    private static string PreferenceText(PersonalReminders personal, string? zone) => personal switch
    {
        PersonalReminders.On => "you get them here and 1:1, with the times in " + (zone is null ? "the meeting's zone (tell me yours with profile edit)." : $"your zone too ({zone}).") + " Say reminders off to stop the 1:1 ones.",
        PersonalReminders.Muted => "you muted my 1:1 reminders; you see them in this channel only. Say remind me to have them 1:1 again.",
        _ => "you see them in this channel. Say remind me to get them 1:1 as well, in your own time zone.",
    };
}
