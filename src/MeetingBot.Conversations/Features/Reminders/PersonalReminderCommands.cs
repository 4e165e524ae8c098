using MeetingBot.Conversations.Commands;
using MeetingBot.Conversations.Messages;
using MeetingBot.Conversations.Turns;
using MeetingBot.Domain.People;
using MeetingBot.Domain.Reminders;

namespace MeetingBot.Conversations.Features.Reminders;

/// <summary>"remind me": the meeting reminders come 1:1 as well, in the member's own time zone.</summary>
public sealed class RemindMeCommand(IReminderSettingsStore settings, IMemberDirectory members, TimeProvider time) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["remind me"];
    public string Usage => "remind me";
    public string Description => "Sends you each meeting reminder 1:1 as well, with the time in your own time zone.";
    public Permission Permission => Permission.Anyone;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        var scopes = await PersonalReminderScopes.FindAsync(turn, members, cancellationToken);
        if (scopes.Count == 0)
        {
            context.Reply(PersonalReminderScopes.NoTeamYet);
            return;
        }

        var personal = turn.Conversation.Kind == ConversationKind.Personal;
        var zone = turn.Member.TimeZoneId ?? turn.Message.TimeZone;
        foreach (var scope in scopes)
        {
            var preference = await settings.FindPreferenceAsync(scope.ScopeId, turn.Message.From.Id, cancellationToken)
                             ?? new ReminderPreference { ScopeId = scope.ScopeId, UserId = turn.Message.From.Id };
            preference.Personal = PersonalReminders.On;
            if (personal) preference.PersonalConversationKey = turn.Conversation.Key;
            preference.UpdatedAtUtc = time.GetUtcNow();
            await settings.SavePreferenceAsync(preference, cancellationToken);

            // A zone told in the 1:1 chat is the one their reminders should use in every team that lacks one.
            if (scope.TimeZoneId is null && zone is not null && personal)
            {
                scope.TimeZoneId = zone;
                await members.SaveAsync(scope, cancellationToken);
            }
        }

        var where = personal
            ? $"the reminders of your {(scopes.Count == 1 ? "team's" : $"{scopes.Count} teams'")} meetings here, in our 1:1 chat"
            : "this team's meeting reminders in a 1:1 chat as well";
        var zoneText = zone is null
            ? "I don't know your time zone yet, so I will show the meeting's time only: tell me yours with profile edit."
            : $"I will show the times in your time zone too ({zone}).";
        context.Reply($"From now on I send you {where}. {zoneText} Say reminders off to stop.");
    }
}

/// <summary>"reminders off": no more 1:1 reminders (the channel still gets them).</summary>
public sealed class RemindersOffCommand(IReminderSettingsStore settings, IMemberDirectory members, TimeProvider time) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["reminders off", "stop reminders"];
    public string Usage => "reminders off";
    public string Description => "Stops the 1:1 reminders I send you (the channel still gets its reminders).";
    public Permission Permission => Permission.Anyone;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        var scopes = await PersonalReminderScopes.FindAsync(turn, members, cancellationToken);
        var muted = 0;
        foreach (var scope in scopes)
        {
            var preference = await settings.FindPreferenceAsync(scope.ScopeId, turn.Message.From.Id, cancellationToken);
            if (preference is not { Personal: PersonalReminders.On }) continue;
            preference.Personal = PersonalReminders.Muted;
            preference.UpdatedAtUtc = time.GetUtcNow();
            await settings.SavePreferenceAsync(preference, cancellationToken);
            muted++;
        }

        context.Reply(muted == 0
            ? "You don't get 1:1 reminders from me, only the ones everybody sees in the channel. Say remind me to get them 1:1 as well."
            : "All right: no more 1:1 reminders from me. The channel still gets the meeting reminders. Say remind me to have them again.");
    }
}

/// <summary>Where "remind me" and "reminders off" apply: this team or chat, or from a 1:1 chat every team of the person.</summary>
internal static class PersonalReminderScopes
{
    public const string NoTeamYet =
        "I don't know any team of yours yet. Mention me once in your team's channel (for example with help), then say remind me again.";

    public static async Task<IReadOnlyList<Member>> FindAsync(TurnContext turn, IMemberDirectory members, CancellationToken cancellationToken)
    {
        if (turn.Conversation.Kind != ConversationKind.Personal) return [turn.Member];
        return (await members.ListMembershipsAsync(turn.Message.From.Id, cancellationToken))
            .Where(m => m.ScopeId != turn.Conversation.ScopeId)
            .ToList();
    }
}
