using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace MeetingBot.Slack.WebApi;

/// <summary>
/// Retry policy of Web API calls: only answers that mean "Slack did not take it, try later" (429, 502, 503, 504) and
/// network failures are retried — never 500 or an <c>ok:false</c> answer, so a message Slack may have posted is not
/// posted twice. <c>Retry-After</c> is honoured (Slack sends it with every 429); otherwise exponential backoff.
/// </summary>
internal static class SlackResilience
{
    public const string PipelineName = "slack-web-api";
    public const int MaxAttempts = 5;
    public static readonly TimeSpan TotalTimeout = TimeSpan.FromMinutes(3);
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(20);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, TimeSpan baseDelay) =>
        builder
            .AddTimeout(TotalTimeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = baseDelay,
                MaxDelay = TimeSpan.FromMinutes(1),
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

    public static bool IsRetryable(HttpStatusCode statusCode) => (int)statusCode is 429 or 502 or 503 or 504;
}
