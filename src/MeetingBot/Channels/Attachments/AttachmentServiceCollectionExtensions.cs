using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace MeetingBot.Channels.Attachments;

public static class AttachmentServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="AttachmentOptions"/> (validated at start) and the <see cref="AttachmentDownloader"/> with its HTTP
    /// client: redirects not followed automatically (the downloader checks each), a couple of retries for throttling,
    /// and no request logging (file addresses carry credentials). Each channel that downloads files calls this; once is enough.
    /// </summary>
    public static IServiceCollection AddAttachmentDownloads(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(AttachmentDownloader))) return services;

        services.AddOptions<AttachmentOptions>().Bind(configuration.GetSection(AttachmentOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AttachmentOptions>, AttachmentOptionsValidator>());
        services.AddSingleton<AttachmentDownloader>();
        services.AddHttpClient(AttachmentDownloader.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = System.Net.DecompressionMethods.All,
                // A file left unread past the limit is not drained to keep the connection: it is closed.
                MaxResponseDrainSize = 0,
            })
            .RemoveAllLoggers()
            .AddResilienceHandler("attachment-download", builder => builder
                .AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 2,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(500),
                    MaxDelay = TimeSpan.FromSeconds(5),
                    ShouldRetryAfterHeader = true,
                })
                .AddTimeout(TimeSpan.FromSeconds(30)));
        return services;
    }
}
