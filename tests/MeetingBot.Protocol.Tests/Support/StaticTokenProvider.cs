using MeetingBot.Protocol.Connector;

namespace MeetingBot.Protocol.Tests.Support;

/// <summary>Stands in for MSAL: hands out <paramref name="token"/>, and <paramref name="refreshedToken"/> when forced.</summary>
internal sealed class StaticTokenProvider(string token, string? refreshedToken = null) : IBotTokenProvider
{
    public int ForcedRefreshes { get; private set; }

    public Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        if (forceRefresh)
        {
            ForcedRefreshes++;
            return Task.FromResult<string?>(refreshedToken ?? token);
        }

        return Task.FromResult<string?>(ForcedRefreshes > 0 && refreshedToken is not null ? refreshedToken : token);
    }
}
