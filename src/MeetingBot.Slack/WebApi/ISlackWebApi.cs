namespace MeetingBot.Slack.WebApi;

/// <summary>
/// The Slack Web API methods the bot uses. Every method throws <see cref="SlackApiException"/> when Slack answers
/// <c>"ok": false</c> (with its error code) or an HTTP error after retries.
/// </summary>
public interface ISlackWebApi
{
    Task<PostMessageResult> PostMessageAsync(PostMessageRequest message, CancellationToken cancellationToken);

    Task<PostEphemeralResult> PostEphemeralAsync(PostEphemeralRequest message, CancellationToken cancellationToken);

    Task<UpdateMessageResult> UpdateMessageAsync(UpdateMessageRequest message, CancellationToken cancellationToken);

    /// <summary><c>users.info</c>, uncached; see <see cref="SlackUserDirectory"/> for the cached lookup.</summary>
    Task<SlackUserObject> GetUserAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Every member id of a conversation (<c>conversations.members</c>, all pages).</summary>
    Task<IReadOnlyList<string>> ListMembersAsync(string channel, CancellationToken cancellationToken);

    /// <summary>The bot's direct message channel with one person (<c>conversations.open</c>), e.g. for 1:1 reminders.</summary>
    Task<string> OpenDirectMessageAsync(string userId, CancellationToken cancellationToken);

    /// <summary><c>auth.test</c>: the bot's own user id and workspace.</summary>
    Task<AuthTestResult> AuthTestAsync(CancellationToken cancellationToken);
}
