using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace MeetingBot.Infrastructure.Graph;

/// <summary>
/// The handlers of the "graph" HTTP client: the Graph SDK's defaults (<see cref="GraphClientFactory.CreateDefaultHandlers"/>)
/// with their retry handler set from <see cref="GraphOptions"/>, then one that logs each answer Graph refused, so
/// every attempt of a retried request shows in the log.
/// </summary>
/// <remarks>
/// Retried: 429 and 503 always; 504 only for GET and PUT (a timed-out POST /sendMail may have been sent). A
/// Retry-After from Graph sets the wait (at most 180 s); without one the waits are RetryDelaySeconds × 1, 2, 4…
/// </remarks>
internal static class GraphHttpPipeline
{
    public const string HttpClientName = "graph";

    /// <summary>One call with all its retries; Retry-After may ask for up to 180 s a wait.</summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromMinutes(5);

    public static IList<DelegatingHandler> CreateHandlers(GraphOptions options, ILogger logger)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var retry = new RetryHandler(RetryOption(options));
        var index = handlers.ToList().FindIndex(h => h is RetryHandler);
        if (index >= 0)
        {
            handlers[index].Dispose();
            handlers[index] = retry;
        }
        else
        {
            handlers.Insert(0, retry);
        }
        handlers.Add(new GraphAnswerLogger(logger));
        return handlers;
    }

    public static RetryHandlerOption RetryOption(GraphOptions options) => new()
    {
        MaxRetry = options.MaxRetries,
        Delay = options.RetryDelaySeconds,
        ShouldRetry = (_, _, response) => ShouldRetry(response),
    };

    public static bool ShouldRetry(HttpResponseMessage response) => (int)response.StatusCode switch
    {
        429 or (int)HttpStatusCode.ServiceUnavailable => true,
        (int)HttpStatusCode.GatewayTimeout => response.RequestMessage?.Method != HttpMethod.Post,
        _ => false,
    };

    public static SocketsHttpHandler CreatePrimaryHandler() => new()
    {
        // The SDK's redirect handler follows redirects (and drops the token when the host changes).
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectTimeout = TimeSpan.FromSeconds(15),
    };
}

/// <summary>Logs every answer of 400 or more (method, path, status, Retry-After); never headers or bodies.</summary>
internal sealed partial class GraphAnswerLogger(ILogger logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if ((int)response.StatusCode >= 400)
        {
            var retryAfter = response.Headers.RetryAfter?.Delta?.TotalSeconds;
            RefusedAnswer(logger, request.Method.Method, Uri.UnescapeDataString(request.RequestUri?.AbsolutePath ?? ""), (int)response.StatusCode, retryAfter);
        }
        return response;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Microsoft Graph answered {Method} {Path} with {Status} (Retry-After {RetryAfterSeconds} s)")]
    private static partial void RefusedAnswer(ILogger logger, string method, string path, int status, double? retryAfterSeconds);
}
