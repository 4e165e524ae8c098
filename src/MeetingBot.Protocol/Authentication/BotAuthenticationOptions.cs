using System.Diagnostics.CodeAnalysis;

namespace MeetingBot.Protocol.Authentication;

/// <summary>
/// Credentials and trust settings of the bot. The four <c>MicrosoftApp*</c> keys are read from the configuration root,
/// as Azure Bot Service names them; everything else from the <c>BotFramework</c> section (see <see cref="SectionName"/>).
/// </summary>
public sealed class BotAuthenticationOptions
{
    /// <summary>Configuration section of the settings that are not Azure's root keys.</summary>
    public const string SectionName = "BotFramework";

    public const string DefaultBotFrameworkOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultEntraOpenIdMetadataUrl = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";
    public const string DefaultTokenAuthorityHost = "https://login.microsoftonline.com";

    /// <summary>The bot's Entra app id (or the client id of its user-assigned managed identity). Empty = authentication off.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>Client secret for <see cref="BotAppTypes.SingleTenant"/> and <see cref="BotAppTypes.MultiTenant"/>.</summary>
    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary><c>SingleTenant</c> (default), <c>UserAssignedMSI</c> or legacy <c>MultiTenant</c>.</summary>
    public string MicrosoftAppType { get; set; } = BotAppTypes.SingleTenant;

    /// <summary>OpenID metadata for tokens issued by <c>https://api.botframework.com</c>.</summary>
    public string BotFrameworkOpenIdMetadataUrl { get; set; } = DefaultBotFrameworkOpenIdMetadataUrl;

    /// <summary>OpenID metadata for Entra-issued tokens; <c>{tenant}</c> is replaced by the tenant id (or <c>common</c>).</summary>
    public string EntraOpenIdMetadataUrl { get; set; } = DefaultEntraOpenIdMetadataUrl;

    /// <summary>Issuers accepted in addition to the built-in allow-list.</summary>
    public List<string> ValidIssuers { get; set; } = [];

    /// <summary>
    /// Hosts the bot trusts as <c>serviceUrl</c> (and sends its token to). <c>*.example.com</c> matches subdomains.
    /// Configured entries are added to the defaults. Loopback hosts may use plain http.
    /// </summary>
    public List<string> AllowedServiceUrlHosts { get; set; } =
        ["smba.trafficmanager.net", "*.botframework.com", "smba.infra.gcc.teams.microsoft.com"];

    /// <summary>Tolerance for <c>nbf</c>/<c>exp</c>.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Entra authority host for outbound tokens (sovereign clouds use another host).</summary>
    public string TokenAuthorityHost { get; set; } = DefaultTokenAuthorityHost;

    /// <summary>First delay of the connector's exponential retry (Retry-After wins when the channel sends it).</summary>
    public TimeSpan ConnectorRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    [MemberNotNullWhen(true, nameof(MicrosoftAppId))]
    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The Entra metadata URL for the configured tenant (<c>common</c> when none is set).</summary>
    public string ResolveEntraOpenIdMetadataUrl() =>
        EntraOpenIdMetadataUrl.Replace(
            "{tenant}",
            string.IsNullOrWhiteSpace(MicrosoftAppTenantId) ? "common" : MicrosoftAppTenantId.Trim(),
            StringComparison.OrdinalIgnoreCase);
}
