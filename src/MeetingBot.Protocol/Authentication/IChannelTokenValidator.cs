using MeetingBot.Protocol.Activities;

namespace MeetingBot.Protocol.Authentication;

/// <summary>Checks the bearer token a channel (Teams, Azure Bot Service) sends with an activity (protocol.md §4a).</summary>
public interface IChannelTokenValidator
{
    /// <param name="authorizationHeader">The raw <c>Authorization</c> header, or null when absent.</param>
    /// <param name="activity">The activity the token came with: its <c>serviceUrl</c> and <c>channelId</c> are checked against the token.</param>
    Task<ChannelAuthenticationResult> ValidateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}
