namespace MeetingBot.Protocol.Connector;

/// <summary>Gets the bearer token the bot presents to the connector (protocol.md §4b); null when authentication is off.</summary>
public interface IBotTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken) => GetTokenAsync(forceRefresh: false, cancellationToken);

    /// <param name="forceRefresh">Skip the token cache (after the connector answered 401).</param>
    Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}

/// <summary>Authentication off (no app id): outbound calls carry no token.</summary>
public sealed class NoTokenProvider : IBotTokenProvider
{
    public Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
