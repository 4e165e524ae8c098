using MeetingBot.Conversations.Commands;
using MeetingBot.Conversations.Turns;
using MeetingBot.Domain.People;

namespace MeetingBot.Conversations.Features.Roles;

/// <summary>"role @name secretary" gives a role; "role @name title Intern" sets a title; "roles" lists them.</summary>
public sealed class RoleCommand(IMemberDirectory members) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["role"];
    public string Usage => "role @name <chair|vice-chair|secretary|treasurer|member|guest> | role @name title <text>";
    public string Description => "Gives someone a role or a title shown in the minutes.";
    public Permission Permission => Permission.ManageMeetings;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        if (turn.Message.Mentions.Count != 1)
        {
            context.Reply($"Mention exactly one person, for example: role @Tobias secretary. Roles: {string.Join(", ", RoleNames.All)}.");
            return;
        }
        var mention = turn.Message.Mentions[0];
        var rest = context.Arguments.Replace("@" + mention.Name, "", StringComparison.OrdinalIgnoreCase).Trim();
        var target = await members.GetOrAddAsync(turn.Conversation.ScopeId, new Messages.Person(mention.UserId, mention.Name), null, bootstrapChair: false, cancellationToken);

        if (rest.StartsWith("title", StringComparison.OrdinalIgnoreCase))
        {
            var title = rest[5..].Trim();
            if (title.Length > Member.MaxTitleLength)
            {
                context.Reply($"Please keep the title under {Member.MaxTitleLength} characters.");
                return;
            }
            target.Title = title.Length == 0 ? null : title;
            await members.SaveAsync(target, cancellationToken);
            context.Reply(title.Length == 0 ? $"{target.DisplayName} has no title now." : $"{target.DisplayName}'s title is now \"{title}\".");
            return;
        }

        if (!RoleNames.TryParse(rest, out var role))
        {
            context.Reply($"\"{rest}\" is not a role I know. Roles: {string.Join(", ", RoleNames.All)}.");
            return;
        }
        if ((role == Role.Chair || target.Role == Role.Chair) && turn.Member.Role != Role.Chair && !turn.IsAdmin)
        {
            context.Reply("Only the chair can hand over or take away the chair.");
            return;
        }
        if (target.Role == Role.Chair && role != Role.Chair && await IsLastChairAsync(turn, target, cancellationToken))
        {
            context.Reply($"{target.DisplayName} is the only chair. Make someone else chair first.");
            return;
        }
        target.Role = role;
        await members.SaveAsync(target, cancellationToken);
        context.Reply($"{target.DisplayName} is now {role.Display().ToLowerInvariant()}.");
    }

    private async Task<bool> IsLastChairAsync(TurnContext turn, Member target, CancellationToken cancellationToken)
    {
        var all = await members.ListAsync(turn.Conversation.ScopeId, cancellationToken);
        return all.Count(m => m.Role == Role.Chair && m.UserId != target.UserId) == 0;
    }
}
