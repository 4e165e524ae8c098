using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;
using Microsoft.Kiota.Abstractions.Authentication;

namespace MeetingBot.Infrastructure.Graph;

/// <summary>
/// Makes a <see cref="GraphServiceClient"/> for one call, on a fresh HttpClient from <see cref="IHttpClientFactory"/>
/// (so the factory can rotate connections), sharing one credential and its token cache. The credential is the
/// <see cref="TokenCredential"/> registered in DI when there is one, else a <see cref="ClientSecretCredential"/> or
/// <see cref="ManagedIdentityCredential"/> from <see cref="GraphOptions"/>.
/// </summary>
internal sealed class GraphServiceClientProvider
{
    private readonly IHttpClientFactory _httpClients;
    private readonly string _baseUrl;
    private readonly Lazy<IAuthenticationProvider> _authentication;

    public GraphServiceClientProvider(IHttpClientFactory httpClients, IOptions<GraphOptions> options, IServiceProvider services)
    {
        _httpClients = httpClients;
        var graph = options.Value;
        _baseUrl = graph.BaseUrl.TrimEnd('/');
        _authentication = new Lazy<IAuthenticationProvider>(() =>
        {
            var credential = services.GetService<TokenCredential>() ?? CreateCredential(graph);
            var baseUri = new Uri(_baseUrl);
            // Graph's own provider only sends the token to Graph's public hosts; name the configured one instead,
            // so a national cloud (or the loopback stub of the tests) gets it and nothing else does.
            return new AzureIdentityAuthenticationProvider(credential, [baseUri.Host], observabilityOptions: null, isCaeEnabled: true, Scope(baseUri));
        });
    }

    public GraphServiceClient Create() => new(_httpClients.CreateClient(GraphHttpPipeline.HttpClientName), _authentication.Value, _baseUrl);

    /// <summary>App-only scope of the Graph host: https://graph.microsoft.com/.default.</summary>
    public static string Scope(Uri baseUri) => $"https://{baseUri.Host}/.default";

    public static TokenCredential CreateCredential(GraphOptions options)
    {
        if (options.UsesClientSecret)
        {
            var credentialOptions = new ClientSecretCredentialOptions();
            if (GraphOptions.Has(options.AuthorityHost)) credentialOptions.AuthorityHost = new Uri(options.AuthorityHost!);
            return new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret, credentialOptions);
        }
        if (options.UsesManagedIdentity)
        {
            return new ManagedIdentityCredential(GraphOptions.Has(options.ManagedIdentityClientId)
                ? ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId!)
                : ManagedIdentityId.SystemAssigned);
        }
        throw new InvalidOperationException(
            "Microsoft Graph has no credentials: set Graph:TenantId, Graph:ClientId and Graph:ClientSecret, or a managed identity.");
    }
}
