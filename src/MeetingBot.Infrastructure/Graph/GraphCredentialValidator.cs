using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.Infrastructure.Graph;

/// <summary>
/// When any Graph part is on, a credential must exist: a client secret or a managed identity in "Graph", or a
/// <see cref="TokenCredential"/> the host registered itself (tests register a fake one at that seam).
/// </summary>
internal sealed class GraphCredentialValidator(IServiceProviderIsService services) : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        if (!options.AnyPartOn || options.UsesClientSecret || options.UsesManagedIdentity || services.IsService(typeof(TokenCredential)))
            return ValidateOptionsResult.Success;

        return ValidateOptionsResult.Fail(
            $"Microsoft Graph is on ({string.Join(", ", options.PartsOnSettings())}) but has no credentials: set Graph:TenantId, Graph:ClientId " +
            "and Graph:ClientSecret of the app registration, or Graph:ManagedIdentityClientId (or Graph:UseManagedIdentity) for a managed identity.");
    }
}
