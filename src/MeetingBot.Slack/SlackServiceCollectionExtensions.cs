using MeetingBot.Slack.Signing;
using MeetingBot.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MeetingBot.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Slack protocol services: <see cref="SlackOptions"/> (validated at start), the signature verifier,
    /// the Web API client with retries and per-method rate limits, the cached user directory and the bot identity.
    /// Nothing contacts Slack until a call is made.
    /// </summary>
    public static IServiceCollection AddSlackProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SlackOptions>()
            .Bind(configuration.GetSection(SlackOptions.Section))
            .Validate(o => !o.Enabled || !string.IsNullOrWhiteSpace(o.BotToken),
                "Slack:BotToken is required when Slack:SigningSecret is set: it is the Bot User OAuth Token (xoxb-…) under OAuth & Permissions.")
            .Validate(o => Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http",
                "Slack:ApiBaseUrl must be an absolute http(s) URL such as https://slack.com/api/.")
            .Validate(o => o.RateLimits.Values.All(v => v >= 0), "Slack:RateLimits values are calls per minute and cannot be negative.")
            .Validate(o => o.RetryBaseDelay >= TimeSpan.Zero && o.RetryBaseDelay <= TimeSpan.FromMinutes(1),
                "Slack:RetryBaseDelay must be between 00:00:00 and 00:01:00.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SlackSignatureVerifier>();
        services.TryAddSingleton(provider => new SlackRateLimits(provider.GetRequiredService<IOptions<SlackOptions>>().Value.RateLimits));
        services.TryAddTransient<SlackRateLimitHandler>();
        services.TryAddSingleton<SlackUserDirectory>();
        services.TryAddSingleton<SlackBotIdentity>();
        services.TryAddSingleton<SlackResponseUrlClient>();
        services.AddHttpClient(SlackResponseUrlClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));

        // Outermost first: total timeout → retry (honours Retry-After) → attempt timeout → rate limit → network.
        var client = services.AddHttpClient<ISlackWebApi, SlackWebApiClient>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        client.AddResilienceHandler(SlackResilience.PipelineName, (builder, context) => SlackResilience.Configure(
            builder, context.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value.RetryBaseDelay));
        client.AddHttpMessageHandler<SlackRateLimitHandler>();
        return services;
    }
}
