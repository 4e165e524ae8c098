using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace MeetingBot.Protocol.Connector;

/// <summary>
/// Retry policy of connector calls: only answers that mean "the channel did not take it, try later" (412, 429, 502,
/// 503, 504) and network failures are retried — never 500 or 408, so a message the channel may have taken is not sent
/// twice. Retry-After is honoured; otherwise exponential backoff with jitter.
/// </summary>
internal static class ConnectorResilience
{
    public const string PipelineName = "bot-connector";
    public const int MaxAttempts = 5;
    public static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(15);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, TimeSpan baseDelay) =>
        builder
            .AddTimeout(TotalTimeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = baseDelay,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
            })
            .AddTimeout(AttemptTimeout);

    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => IsRetryable(response.StatusCode),
        _ => false,
    };

    public static bool IsRetryable(HttpStatusCode statusCode) => (int)statusCode is 412 or 429 or 502 or 503 or 504;
}
