using MeetingBot.Conversations.Features.Minutes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.Infrastructure.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IMinutesGraph"/>: the Microsoft Graph client when any part of the "Graph" section is set,
    /// else <see cref="NoMinutesGraph"/>. <see cref="GraphOptions"/> are validated at start: a half-configured part
    /// or missing credentials stop the app with a sentence naming the setting. The credential is a
    /// <c>TokenCredential</c> already registered in DI when there is one (tests register a fake), else one made from
    /// the settings; requests go through the "graph" HttpClient with the Graph SDK's handlers (retries on 429/503).
    /// Nothing contacts Graph until a call is made.
    /// </summary>
    public static IServiceCollection AddMinutesGraph(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<GraphOptions>()
            .Bind(configuration.GetSection(GraphOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphOptions>, GraphCredentialValidator>());

        // The SDK's handlers do the retries and log nothing; the factory's own request logging is off, and
        // GraphAnswerLogger (innermost) logs each refused attempt instead.
        services.AddHttpClient(GraphHttpPipeline.HttpClientName, (provider, client) =>
            {
                client.BaseAddress = new Uri(provider.GetRequiredService<IOptions<GraphOptions>>().Value.BaseUrl.TrimEnd('/') + "/");
                client.Timeout = GraphHttpPipeline.CallTimeout;
            })
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(GraphHttpPipeline.CreatePrimaryHandler)
            .ConfigureAdditionalHttpMessageHandlers((handlers, provider) =>
            {
                var options = provider.GetRequiredService<IOptions<GraphOptions>>().Value;
                var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("MeetingBot.Infrastructure.Graph");
                foreach (var handler in GraphHttpPipeline.CreateHandlers(options, logger)) handlers.Add(handler);
            });

        services.TryAddSingleton<GraphServiceClientProvider>();
        services.AddSingleton<IMinutesGraph>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<GraphOptions>>();
            return options.Value.AnyPartOn
                ? new GraphMinutesClient(provider.GetRequiredService<GraphServiceClientProvider>(), options,
                    provider.GetRequiredService<ILogger<GraphMinutesClient>>())
                : new NoMinutesGraph();
        });
        return services;
    }
}
