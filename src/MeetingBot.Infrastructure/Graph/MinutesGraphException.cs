using Azure.Identity;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace MeetingBot.Infrastructure.Graph;

public enum MinutesGraphPart
{
    Invitations,
    Archive,
    Mail,
}

/// <summary>
/// A Graph call that failed after the client's own retries. <see cref="Exception.Message"/> is a sentence for the
/// secretary (what failed, Graph's answer, what to check); <see cref="IsTransient"/> says whether trying again later
/// can help (429, 5xx, network, timeout) or a setting or permission must change first.
/// </summary>
public sealed class MinutesGraphException(MinutesGraphPart part, string message, int? statusCode, bool isTransient, Exception? inner)
    : Exception(message, inner)
{
    public MinutesGraphPart Part { get; } = part;

    /// <summary>Graph's last HTTP status, when it answered.</summary>
    public int? StatusCode { get; } = statusCode;

    public bool IsTransient { get; } = isTransient;

    /// <summary>Turns what the SDK threw into a sentence; null for exceptions that are not a failed Graph call.</summary>
    internal static MinutesGraphException? From(MinutesGraphPart part, string what, Exception exception, int maxRetries)
    {
        var (status, detail, transient) = exception switch
        {
            ODataError odata => (odata.ResponseStatusCode, Answer(odata.ResponseStatusCode, odata.Error?.Code, odata.Error?.Message), IsTransientStatus(odata.ResponseStatusCode)),
            ApiException api => (api.ResponseStatusCode, Answer(api.ResponseStatusCode, null, null), IsTransientStatus(api.ResponseStatusCode)),
            // The SDK's retry handler gave up: its inner exceptions are the answers, the last one last.
            AggregateException { InnerExceptions: [.., ApiException last] } =>
                (last.ResponseStatusCode, $"{Answer(last.ResponseStatusCode, null, null)} after {maxRetries} retries", true),
            AuthenticationFailedException or CredentialUnavailableException =>
                (0, "no access token could be had (" + FirstLine(exception.Message) + "); check Graph:TenantId, Graph:ClientId and the client secret or managed identity", false),
            HttpRequestException network => (0, "the network failed (" + FirstLine(network.Message) + ")", true),
            TaskCanceledException or TimeoutException => (0, $"no answer within {GraphHttpPipeline.CallTimeout.TotalMinutes:0} minutes", true),
            _ => (-1, "", false),
        };
        if (status < 0) return null;

        var hint = status is 401 or 403 ? " " + PermissionHint(part) : "";
        var next = transient ? " The bot tries again later." : "";
        return new MinutesGraphException(part, $"Microsoft Graph could not {what}: {detail}.{hint}{next}", status == 0 ? null : status, transient, exception);
    }

    private static bool IsTransientStatus(int status) => status is 408 or 429 or >= 500;

    private static string Answer(int status, string? code, string? message)
    {
        var answer = $"it answered {status}";
        if (!string.IsNullOrWhiteSpace(code)) answer += $" {code}";
        if (!string.IsNullOrWhiteSpace(message)) answer += $" ({FirstLine(message).TrimEnd('.')})";
        return answer;
    }

    private static string PermissionHint(MinutesGraphPart part) => part switch
    {
        MinutesGraphPart.Invitations => "Check that the app has the Calendars.Read application permission, with admin consent, and access to that mailbox.",
        MinutesGraphPart.Archive => "Check that the app has the Sites.ReadWrite.All (or Files.ReadWrite.All) application permission, with admin consent.",
        _ => "Check that the app has the Mail.Send application permission, with admin consent, and may send as that mailbox.",
    };

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length <= 300 ? line : line[..300] + "…";
    }
}
