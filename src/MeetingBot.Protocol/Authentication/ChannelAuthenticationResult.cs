using System.Security.Claims;

namespace MeetingBot.Protocol.Authentication;

/// <summary>
/// Outcome of <see cref="IChannelTokenValidator.ValidateAsync"/>. <see cref="FailureReason"/> is for logs only:
/// never send it back over HTTP (answer a bare 401).
/// </summary>
public sealed record ChannelAuthenticationResult
{
    private ChannelAuthenticationResult(bool isAuthenticated, bool isAnonymous, ClaimsIdentity? claimsIdentity, string? failureReason)
    {
        IsAuthenticated = isAuthenticated;
        IsAnonymous = isAnonymous;
        ClaimsIdentity = claimsIdentity;
        FailureReason = failureReason;
    }

    public bool IsAuthenticated { get; }

    /// <summary>True when authentication is off (no app id) and no header came: the SDKs' local-development mode.</summary>
    public bool IsAnonymous { get; }

    public ClaimsIdentity? ClaimsIdentity { get; }

    public string? FailureReason { get; }

    public static ChannelAuthenticationResult Success(ClaimsIdentity identity) => new(true, false, identity, null);

    public static ChannelAuthenticationResult Anonymous() => new(true, true, new ClaimsIdentity(), null);

    public static ChannelAuthenticationResult Failure(string reason) => new(false, false, null, reason);
}
