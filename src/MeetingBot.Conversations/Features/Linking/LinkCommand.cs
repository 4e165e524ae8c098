using MeetingBot.Conversations.Commands;
using MeetingBot.Conversations.Messages;
using MeetingBot.Conversations.Turns;
using MeetingBot.Domain.People;

namespace MeetingBot.Conversations.Features.Linking;

/// <summary>
/// One meeting across Teams and Slack. In the channel where the series lives the chair says <c>link slack</c> (or
/// <c>link teams</c>, or just <c>link</c>) and gets a one-time code valid 15 minutes; the chair of the other channel says
/// <c>link &lt;code&gt;</c> there, and that channel joins this team's meetings: agenda, apologies, links, reminders.
/// </summary>
public sealed class LinkCommand(IConversationLinkStore links, IScopeResolver scopes, IMemberDirectory members, TimeProvider time) : ICommand
{
    private static readonly HashSet<string> IssueWords = new(StringComparer.OrdinalIgnoreCase) { "", "slack", "teams", "code", "new" };

    public IReadOnlyList<string> Names { get; } = ["link"];
    public string Usage => "link slack | link teams | link <code>";
    public string Description => "Runs one meeting across Teams and Slack: link slack gives a one-time code; link <code> in the other channel joins it to this team's meetings.";
    public Permission Permission => Permission.Chair;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        if (turn.Conversation.Kind == ConversationKind.Personal)
        {
            context.Reply("Link a team channel or a group chat where the meeting's people talk, not a 1:1 chat. Say link slack there.");
            return;
        }

        var argument = context.Arguments.Trim();
        if (IssueWords.Contains(argument))
        {
            await IssueAsync(turn, cancellationToken);
            return;
        }

        if (LinkCodes.Normalize(argument) is not { } code)
        {
            context.Reply($"\"{Shorten(argument)}\" is not a link code. Say link slack (or link teams) in the channel where the meetings are held to get one, then link <code> here.");
            return;
        }
        await RedeemAsync(turn, code, cancellationToken);
    }

    private async Task IssueAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var home = await scopes.FindLinkAsync(turn.Conversation.Key, cancellationToken);
        var code = LinkCodes.Create();
        await links.AddCodeAsync(new LinkCode(
            LinkCodes.Hash(LinkCodes.Normalize(code)!),
            turn.Conversation.ScopeId,
            home?.HomeConversationKey ?? turn.Conversation.Key,
            home is null ? turn.Conversation.Name : home.Name,
            turn.Message.From.Id,
            time.GetUtcNow() + LinkCodes.Lifetime), cancellationToken);

        turn.Reply(new Reply(
            $"Link code **{code}** (valid {LinkCodes.Lifetime.TotalMinutes:0} minutes, once). In the other channel, its chair says link {code} to me " +
            $"(in Slack: /meeting link {code}). That channel then shares this team's meetings: agenda items, apologies and links from there go into the same meetings, and reminders go there too.")
        {
            PrivateToSender = true,
        });
    }

    private async Task RedeemAsync(TurnContext turn, string normalizedCode, CancellationToken cancellationToken)
    {
        var here = turn.Conversation;
        if (here.LinkedScopeId is not null)
        {
            turn.Reply("This channel is already linked to another team's meetings. Say unlink first, then use the code again.");
            return;
        }

        var code = await links.RedeemCodeAsync(LinkCodes.Hash(normalizedCode), time.GetUtcNow(), cancellationToken);
        if (code is null)
        {
            turn.Reply("That code does not work: it may have expired (codes last 15 minutes) or been used already. Ask the chair of the other channel for a new one with link slack.");
            return;
        }
        if (code.ScopeId == here.OwnScopeId || code.HomeConversationKey == here.Key)
        {
            turn.Reply("This channel already belongs to that team, so there is nothing to link.");
            return;
        }

        var now = time.GetUtcNow();
        await links.SaveAsync(new LinkedConversation(here.Key, here.ChannelId, code.ScopeId, code.HomeConversationKey, here.Name, turn.Message.From.Id, now), cancellationToken);
        scopes.Forget(here.Key);

        // Whoever was trusted with the code runs this side: vice-chair in the joined team, unless they are more already.
        var from = turn.Message.From;
        var member = await members.GetOrAddAsync(code.ScopeId, from, turn.Message.TimeZone ?? turn.Member.TimeZoneId, bootstrapChair: false, cancellationToken);
        if (member.Role < Role.ViceChair)
        {
            member.Role = Role.ViceChair;
            member.Organisation ??= turn.Member.Organisation;
            await members.SaveAsync(member, cancellationToken);
        }

        var where = code.HomeName is { Length: > 0 } name ? name : "the other channel";
        turn.Reply($"Linked: this channel now shares the meetings of {where}. Agenda items, apologies and links from here go into the same meetings, and reminders come here too. " +
                   "You are vice-chair there, so you can manage the agenda from here. Say unlink to stop.");
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

/// <summary>"unlink": the channel leaves the team it was linked into and keeps its own scope again.</summary>
public sealed class UnlinkCommand(IConversationLinkStore links, IScopeResolver scopes) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["unlink"];
    public string Usage => "unlink";
    public string Description => "Stops sharing another team's meetings here (undoes link <code>).";
    public Permission Permission => Permission.ManageMeetings;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var key = context.Turn.Conversation.Key;
        var removed = await links.RemoveAsync(key, cancellationToken);
        scopes.Forget(key);
        context.Reply(removed
            ? "Unlinked: this channel no longer shares the other team's meetings. What was added from here stays in those meetings."
            : "This channel is not linked to another team's meetings.");
    }
}
