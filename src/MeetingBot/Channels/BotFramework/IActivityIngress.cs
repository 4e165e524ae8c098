using MeetingBot.Protocol.Activities;

namespace MeetingBot.Channels.BotFramework;

/// <summary>
/// The seam where an authenticated, parsed activity enters the bot. <c>/api/messages</c> and the local
/// chat channel both hand activities in here; it returns fast and the turn runs in the background
/// (only <c>invoke</c> activities wait for their answer).
/// </summary>
public interface IActivityIngress
{
    ValueTask<IngressResult> AcceptAsync(Activity activity, CancellationToken cancellationToken);
}

/// <summary>What to answer the channel's HTTP request with.</summary>
/// <param name="StatusCode">HTTP status for the channel (200, 202, …).</param>
/// <param name="InvokeResponseBody">Body of an invoke response, serialised JSON; null for other activities.</param>
public sealed record IngressResult(int StatusCode, string? InvokeResponseBody = null)
{
    public static readonly IngressResult Accepted = new(202);
    public static readonly IngressResult Ignored = new(200);
}
