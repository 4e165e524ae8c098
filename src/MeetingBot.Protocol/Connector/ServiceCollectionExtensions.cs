using MeetingBot.Protocol.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MeetingBot.Protocol.Connector;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Bot Framework protocol services: <see cref="BotAuthenticationOptions"/> (validated at start),
    /// <see cref="IChannelTokenValidator"/>, <see cref="IBotTokenProvider"/> and the <see cref="IConnectorClient"/>
    /// typed HTTP client with retries and the bot token.
    /// </summary>
    /// <param name="configuration">The configuration root: <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>,
    /// <c>MicrosoftAppTenantId</c>, <c>MicrosoftAppType</c> at the root; the rest under <c>BotFramework</c>.</param>
    public static IServiceCollection AddBotFrameworkConnector(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotAuthenticationOptions>()
            .Configure(options => Bind(configuration, options))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(ChannelTokenValidator.MetadataHttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(BotTokenProviders.MsalHttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));

        services.TryAddSingleton<IChannelTokenValidator, ChannelTokenValidator>();
        services.TryAddSingleton<IBotTokenProvider>(provider => BotTokenProviders.Create(
            provider.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value,
            new MsalHttpClientFactoryAdapter(provider.GetRequiredService<IHttpClientFactory>())));
        services.TryAddTransient<BotTokenHandler>();

        // Outermost first: total timeout → retry → attempt timeout → token (fresh per attempt) → network.
        // The factory's own request logging is off: ConnectorClient logs each call's outcome with the channel's
        // correlation id, so the two logging handlers only added four Information lines per reply.
        var connector = services.AddHttpClient<IConnectorClient, ConnectorClient>().RemoveAllLoggers();
        connector.AddResilienceHandler(ConnectorResilience.PipelineName, (builder, context) => ConnectorResilience.Configure(
            builder,
            context.ServiceProvider.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.ConnectorRetryBaseDelay));
        connector.AddHttpMessageHandler<BotTokenHandler>();

        return services;
    }

    private static void Bind(IConfiguration configuration, BotAuthenticationOptions options)
    {
        options.MicrosoftAppId = Read(configuration, nameof(options.MicrosoftAppId)) ?? options.MicrosoftAppId;
        options.MicrosoftAppPassword = Read(configuration, nameof(options.MicrosoftAppPassword)) ?? options.MicrosoftAppPassword;
        options.MicrosoftAppTenantId = Read(configuration, nameof(options.MicrosoftAppTenantId)) ?? options.MicrosoftAppTenantId;
        options.MicrosoftAppType = Read(configuration, nameof(options.MicrosoftAppType)) ?? options.MicrosoftAppType;
        configuration.GetSection(BotAuthenticationOptions.SectionName).Bind(options);
    }

    private static string? Read(IConfiguration configuration, string key) =>
        configuration[key] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
