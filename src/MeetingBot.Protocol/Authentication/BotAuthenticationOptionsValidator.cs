using Microsoft.Extensions.Options;

namespace MeetingBot.Protocol.Authentication;

/// <summary>Stops start-up with a sentence that says which setting to fix.</summary>
internal sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        var failures = new List<string>();
        var hasAppId = options.AuthenticationEnabled;
        var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);

        if (!BotAppTypes.IsKnown(options.MicrosoftAppType))
        {
            failures.Add($"MicrosoftAppType '{options.MicrosoftAppType}' is not supported: use SingleTenant, UserAssignedMSI or MultiTenant.");
        }
        else if (BotAppTypes.Is(options.MicrosoftAppType, BotAppTypes.UserAssignedMsi))
        {
            if (!hasAppId)
            {
                failures.Add("MicrosoftAppType is UserAssignedMSI but MicrosoftAppId is empty: set MicrosoftAppId to the client id of the bot's managed identity.");
            }
        }
        else if (hasAppId && BotAppTypes.Is(options.MicrosoftAppType, BotAppTypes.SingleTenant))
        {
            if (!hasTenant)
            {
                failures.Add("MicrosoftAppType is SingleTenant but MicrosoftAppTenantId is empty: set it to the Entra tenant id of the bot's app registration.");
            }

            if (!hasPassword)
            {
                failures.Add("MicrosoftAppType is SingleTenant but MicrosoftAppPassword is empty: set the app registration's client secret, or use UserAssignedMSI.");
            }
        }
        else if (hasAppId && !hasPassword)
        {
            failures.Add("MicrosoftAppType is MultiTenant but MicrosoftAppPassword is empty: set the app registration's client secret.");
        }

        if (!hasAppId && hasPassword)
        {
            failures.Add("MicrosoftAppPassword is set but MicrosoftAppId is empty, which would switch authentication off: set MicrosoftAppId.");
        }

        CheckUrl(options.BotFrameworkOpenIdMetadataUrl, nameof(options.BotFrameworkOpenIdMetadataUrl), failures);
        CheckUrl(options.ResolveEntraOpenIdMetadataUrl(), nameof(options.EntraOpenIdMetadataUrl), failures);
        CheckUrl(options.TokenAuthorityHost, nameof(options.TokenAuthorityHost), failures);

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(15))
        {
            failures.Add("BotFramework:ClockSkew must be between 0 and 15 minutes.");
        }

        if (options.ConnectorRetryBaseDelay <= TimeSpan.Zero || options.ConnectorRetryBaseDelay > TimeSpan.FromMinutes(1))
        {
            failures.Add("BotFramework:ConnectorRetryBaseDelay must be more than 0 and at most 1 minute.");
        }

        if (options.AllowedServiceUrlHosts.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add("BotFramework:AllowedServiceUrlHosts contains an empty entry.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckUrl(string? value, string key, List<string> failures)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"BotFramework:{key} must be an absolute http(s) URL.");
        }
    }
}
