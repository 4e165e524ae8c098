using System.Collections.Concurrent;
using MeetingBot.Protocol.Activities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.Protocol.Authentication;

/// <summary>
/// Validates the JWT a channel sends with each activity, following protocol.md §4a: metadata chosen by the unvalidated
/// issuer, RS256 signature, issuer allow-list, audience = app id, lifetime with skew, Entra <c>tid</c>, <c>serviceurl</c>
/// claim, allowed service hosts and Bot Framework key endorsements. Every failure is a 401 for the caller.
/// </summary>
public sealed partial class ChannelTokenValidator : IChannelTokenValidator
{
    public const string MetadataHttpClientName = "MeetingBot.Protocol.OpenIdMetadata";

    private const string BearerPrefix = "Bearer ";
    private const string ServiceUrlClaim = "serviceurl";
    private const string TenantIdClaim = "tid";

    private static readonly JsonWebTokenHandler Handler = new();

    private readonly BotAuthenticationOptions _options;
    private readonly IssuerPolicy _issuers;
    private readonly ServiceUrlPolicy _serviceUrls;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ChannelTokenValidator> _logger;
    private readonly ConcurrentDictionary<string, Lazy<OpenIdMetadataSource>> _metadata = new(StringComparer.Ordinal);

    public ChannelTokenValidator(
        IOptions<BotAuthenticationOptions> options,
        IHttpClientFactory httpClientFactory,
        TimeProvider timeProvider,
        ILogger<ChannelTokenValidator> logger)
    {
        _options = options.Value;
        _issuers = new IssuerPolicy(_options);
        _serviceUrls = new ServiceUrlPolicy(_options.AllowedServiceUrlHosts);
        _httpClientFactory = httpClientFactory;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public async Task<ChannelAuthenticationResult> ValidateAsync(
        string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);

        var result = await ValidateCoreAsync(authorizationHeader, activity, cancellationToken).ConfigureAwait(false);
        if (!result.IsAuthenticated)
        {
            LogRejected(result.FailureReason ?? "unknown", activity.ChannelId);
        }

        return result;
    }

    private async Task<ChannelAuthenticationResult> ValidateCoreAsync(
        string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            // The SDKs skip validation only with no app id AND no header (local development).
            return _options.AuthenticationEnabled
                ? ChannelAuthenticationResult.Failure("The Authorization header is missing.")
                : ChannelAuthenticationResult.Anonymous();
        }

        if (!_options.AuthenticationEnabled)
        {
            // A header that is present is still validated, and with no app id its audience can never match.
            return ChannelAuthenticationResult.Failure("An Authorization header came but no MicrosoftAppId is configured, so its audience cannot match.");
        }

        var header = authorizationHeader.Trim();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return ChannelAuthenticationResult.Failure("The Authorization header is not a Bearer token.");
        }

        var token = header[BearerPrefix.Length..].Trim();
        if (TryRead(token) is not { } jwt)
        {
            return ChannelAuthenticationResult.Failure("The bearer token is not a well-formed JWT.");
        }

        if (string.IsNullOrEmpty(jwt.Kid))
        {
            return ChannelAuthenticationResult.Failure("The token has no key id (kid).");
        }

        if (!string.Equals(jwt.Alg, SecurityAlgorithms.RsaSha256, StringComparison.Ordinal))
        {
            return ChannelAuthenticationResult.Failure($"The token is signed with '{Clip(jwt.Alg)}', not RS256.");
        }

        if (!_issuers.IsAllowed(jwt.Issuer))
        {
            return ChannelAuthenticationResult.Failure($"The token issuer '{Clip(jwt.Issuer)}' is not allowed.");
        }

        if (jwt.Audiences.Contains(IssuerPolicy.BotFrameworkIssuer, StringComparer.OrdinalIgnoreCase))
        {
            return ChannelAuthenticationResult.Failure("The token's audience is the Bot Framework connector, not this bot.");
        }

        var isBotFrameworkToken = IssuerPolicy.IsBotFramework(jwt.Issuer);
        var source = GetMetadataSource(isBotFrameworkToken ? _options.BotFrameworkOpenIdMetadataUrl : _options.ResolveEntraOpenIdMetadataUrl());

        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await source.GetAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogMetadataUnavailable(source.MetadataUrl, ex);
            return ChannelAuthenticationResult.Failure("The OpenID metadata could not be retrieved.");
        }

        var signingKey = FindKey(configuration, jwt.Kid);
        if (signingKey is null)
        {
            try
            {
                configuration = await source.RefreshAsync(configuration, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogMetadataUnavailable(source.MetadataUrl, ex);
            }

            signingKey = FindKey(configuration, jwt.Kid);
            if (signingKey is null)
            {
                return ChannelAuthenticationResult.Failure($"The signing key '{Clip(jwt.Kid)}' is not in the metadata's key set.");
            }
        }

        var validation = await Handler.ValidateTokenAsync(token, CreateParameters(signingKey.Value.Keys)).ConfigureAwait(false);
        if (!validation.IsValid)
        {
            return ChannelAuthenticationResult.Failure(Describe(validation.Exception));
        }

        return CheckTenant(jwt)
            ?? CheckServiceUrl(jwt, activity, isBotFrameworkToken)
            ?? CheckEndorsements(signingKey.Value.JsonWebKey, activity)
            ?? ChannelAuthenticationResult.Success(validation.ClaimsIdentity);
    }

    private static JsonWebToken? TryRead(string token)
    {
        if (token.Length == 0 || !Handler.CanReadToken(token))
        {
            return null;
        }

        try
        {
            return new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private TokenValidationParameters CreateParameters(IReadOnlyList<SecurityKey> keys) => new()
    {
        ValidateIssuer = true,
        ValidIssuers = _issuers.ValidIssuers,
        ValidateAudience = true,
        ValidAudience = _options.MicrosoftAppId,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = _options.ClockSkew,
        RequireSignedTokens = true,
        IssuerSigningKeys = keys,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
    };

    private static ChannelAuthenticationResult? CheckTenant(JsonWebToken jwt)
    {
        var issuerTenant = IssuerPolicy.TenantOf(jwt.Issuer);
        if (issuerTenant is null)
        {
            return null;
        }

        return jwt.TryGetPayloadValue<string>(TenantIdClaim, out var tid) && string.Equals(tid, issuerTenant, StringComparison.OrdinalIgnoreCase)
            ? null
            : ChannelAuthenticationResult.Failure("The token's tid claim does not match its issuer's tenant.");
    }

    private ChannelAuthenticationResult? CheckServiceUrl(JsonWebToken jwt, Activity activity, bool isBotFrameworkToken)
    {
        var hasClaim = jwt.TryGetPayloadValue<string>(ServiceUrlClaim, out var claimedServiceUrl) && !string.IsNullOrEmpty(claimedServiceUrl);
        if (isBotFrameworkToken && !hasClaim)
        {
            return ChannelAuthenticationResult.Failure("The Bot Framework token has no serviceurl claim.");
        }

        if (hasClaim && !ServiceUrlPolicy.AreSame(claimedServiceUrl, activity.ServiceUrl))
        {
            return ChannelAuthenticationResult.Failure("The token's serviceurl claim does not match the activity's serviceUrl.");
        }

        return _serviceUrls.IsAllowed(activity.ServiceUrl)
            ? null
            : ChannelAuthenticationResult.Failure($"The activity's serviceUrl host is not allowed: '{Clip(activity.ServiceUrl)}'.");
    }

    private static ChannelAuthenticationResult? CheckEndorsements(JsonWebKey? key, Activity activity)
    {
        var endorsements = key is null ? null : JsonWebKeyEndorsements.Read(key);
        if (endorsements is null)
        {
            return null;
        }

        return !string.IsNullOrEmpty(activity.ChannelId) && endorsements.Contains(activity.ChannelId, StringComparer.Ordinal)
            ? null
            : ChannelAuthenticationResult.Failure($"The signing key is not endorsed for channel '{Clip(activity.ChannelId)}'.");
    }

    private static (IReadOnlyList<SecurityKey> Keys, JsonWebKey? JsonWebKey)? FindKey(OpenIdConnectConfiguration configuration, string kid)
    {
        var keys = configuration.SigningKeys.Where(k => string.Equals(k.KeyId, kid, StringComparison.Ordinal)).ToList();
        if (keys.Count == 0)
        {
            return null;
        }

        var jsonWebKey = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));
        return (keys, jsonWebKey);
    }

    private OpenIdMetadataSource GetMetadataSource(string metadataUrl) =>
        _metadata.GetOrAdd(metadataUrl, url => new Lazy<OpenIdMetadataSource>(() => new OpenIdMetadataSource(
            url,
            OpenIdMetadataSource.CreateDocumentRetriever(url, _httpClientFactory.CreateClient(MetadataHttpClientName)),
            _timeProvider))).Value;

    /// <summary>Values from an unvalidated token or body go into log lines: keep them short.</summary>
    private static string Clip(string? value) => value is null ? "(none)" : value.Length <= 100 ? value : value[..100] + "…";

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not valid yet.",
        SecurityTokenNoExpirationException => "The token has no expiry.",
        SecurityTokenInvalidAudienceException => "The token's audience is not this bot's app id.",
        SecurityTokenInvalidIssuerException => "The token's issuer is not allowed.",
        SecurityTokenInvalidAlgorithmException => "The token is not signed with RS256.",
        SecurityTokenSignatureKeyNotFoundException => "The token's signing key was not found.",
        SecurityTokenInvalidSignatureException => "The token's signature is invalid.",
        SecurityTokenMalformedException => "The token is malformed.",
        null => "The token is invalid.",
        _ => $"The token is invalid ({exception.GetType().Name}).",
    };

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Channel token rejected for channel {ChannelId}: {Reason}")]
    private partial void LogRejected(string reason, string? channelId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "OpenID metadata from {MetadataUrl} could not be retrieved")]
    private partial void LogMetadataUnavailable(string metadataUrl, Exception exception);
}
