using System.Text.Json;
using MeetingBot.Conversations.Turns;
using MeetingBot.Protocol.Activities;

namespace MeetingBot.Channels.BotFramework;

/// <summary>
/// Accepts activities from any Bot Framework channel: drops repeats, queues the turn on its conversation's
/// lane, and answers at once so the channel's HTTP request never waits for the bot's work.
/// </summary>
public sealed partial class ActivityIngress(
    IInboundDeduplicator deduplicator,
    ConversationTurnQueue queue,
    BotFrameworkTurnRunner runner,
    ILogger<ActivityIngress> logger) : IActivityIngress
{
    public async ValueTask<IngressResult> AcceptAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (BotFrameworkAdapter.ToAddress(activity) is not { } address)
        {
            LogIgnored(logger, activity.Type ?? "(none)", "no channel or conversation id");
            return IngressResult.Ignored;
        }

        if (activity.Id is { Length: > 0 } id && !await deduplicator.TryClaimAsync(address.ChannelId, $"{activity.Conversation!.Id}|{id}", cancellationToken))
        {
            LogDuplicate(logger, activity.Type ?? "(none)");
            return IngressResult.Ignored;
        }

        switch (activity.Type)
        {
            case ActivityTypes.Message:
            case ActivityTypes.ConversationUpdate:
            case ActivityTypes.InstallationUpdate:
            case ActivityTypes.Event: // Teams meeting start/end, participants joining and leaving
                queue.Enqueue(address.Key, ct => runner.RunAsync(activity, address, ct));
                return IngressResult.Accepted;
            case ActivityTypes.Invoke:
                // Card actions and other invokes are answered in the HTTP response; none is wired to a feature yet,
                // so say plainly that nothing happened instead of letting Teams show "Something went wrong".
                return new IngressResult(200, InvokeNotSupported);
            default:
                LogIgnored(logger, activity.Type ?? "(none)", "not handled by this bot");
                return IngressResult.Ignored;
        }
    }

    private static readonly string InvokeNotSupported = JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["statusCode"] = 200,
        ["type"] = "application/vnd.microsoft.activity.message",
        ["value"] = "This action is not available yet.",
    });

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored a {Type} activity: {Reason}")]
    private static partial void LogIgnored(ILogger logger, string type, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped a repeated delivery of a {Type} activity")]
    private static partial void LogDuplicate(ILogger logger, string type);
}
