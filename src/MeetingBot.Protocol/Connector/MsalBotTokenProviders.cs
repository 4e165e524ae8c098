using MeetingBot.Protocol.Authentication;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace MeetingBot.Protocol.Connector;

/// <summary>Client-credentials token for SingleTenant and legacy MultiTenant bots; MSAL's in-memory cache keeps it for its hour.</summary>
internal sealed class ClientSecretTokenProvider(IConfidentialClientApplication application) : IBotTokenProvider
{
    public async Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        var result = await application
            .AcquireTokenForClient([BotTokenProviders.ConnectorScope])
            .WithForceRefresh(forceRefresh)
            .ExecuteAsync(cancellationToken)
            .ConfigureAwait(false);
        return result.AccessToken;
    }
}

/// <summary>Token of the bot's user-assigned managed identity.</summary>
internal sealed class ManagedIdentityTokenProvider(IManagedIdentityApplication application) : IBotTokenProvider
{
    public async Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        var result = await application
            .AcquireTokenForManagedIdentity(BotTokenProviders.ConnectorResource)
            .WithForceRefresh(forceRefresh)
            .ExecuteAsync(cancellationToken)
            .ConfigureAwait(false);
        return result.AccessToken;
    }
}

/// <summary>Picks the token provider for the configured app type. MSAL apps are built once: their cache lives in them.</summary>
public static class BotTokenProviders
{
    public const string ConnectorResource = "https://api.botframework.com";
    public const string ConnectorScope = ConnectorResource + "/.default";
    public const string MsalHttpClientName = "MeetingBot.Protocol.Msal";

    /// <summary>Legacy multi-tenant bots get their tokens from this tenant.</summary>
    public const string MultiTenantAuthorityTenant = "botframework.com";

    public static IBotTokenProvider Create(BotAuthenticationOptions options, IMsalHttpClientFactory httpClientFactory)
    {
        if (!options.AuthenticationEnabled)
        {
            return new NoTokenProvider();
        }

        var appId = options.MicrosoftAppId.Trim();
        if (BotAppTypes.Is(options.MicrosoftAppType, BotAppTypes.UserAssignedMsi))
        {
            var managedIdentity = ManagedIdentityApplicationBuilder
                .Create(ManagedIdentityId.WithUserAssignedClientId(appId))
                .WithHttpClientFactory(httpClientFactory)
                .Build();
            return new ManagedIdentityTokenProvider(managedIdentity);
        }

        var tenant = BotAppTypes.Is(options.MicrosoftAppType, BotAppTypes.MultiTenant)
            ? MultiTenantAuthorityTenant
            : options.MicrosoftAppTenantId?.Trim();
        if (string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            throw new InvalidOperationException($"MicrosoftAppPassword is required for MicrosoftAppType {options.MicrosoftAppType}.");
        }

        var confidential = ConfidentialClientApplicationBuilder
            .Create(appId)
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithAuthority($"{options.TokenAuthorityHost.TrimEnd('/')}/{tenant}")
            .WithHttpClientFactory(httpClientFactory)
            .Build();
        return new ClientSecretTokenProvider(confidential);
    }
}

/// <summary>Hands MSAL an <see cref="HttpClient"/> from <see cref="IHttpClientFactory"/>.</summary>
internal sealed class MsalHttpClientFactoryAdapter(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(BotTokenProviders.MsalHttpClientName);
}
