using System.Net;

namespace MeetingBot.Protocol.Connector;

/// <summary>The connector answered with an error status (after any retries).</summary>
public sealed class ConnectorException : Exception
{
    private static readonly HashSet<string> RemovedCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "BotNotInConversationRoster", "ConversationBlockedByUser", "BotDisabledByAdmin", "ForbiddenOperationException",
    };

    public ConnectorException(string operation, HttpStatusCode statusCode, string? errorCode, string? errorMessage, string? correlationId)
        : base($"The Bot Framework connector answered {(int)statusCode} ({errorCode ?? statusCode.ToString()}) to {operation}."
            + (string.IsNullOrWhiteSpace(errorMessage) ? string.Empty : $" {errorMessage}"))
    {
        Operation = operation;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
        CorrelationId = correlationId;
    }

    /// <summary>Which call failed, e.g. <c>ReplyToActivity</c>.</summary>
    public string Operation { get; }

    public HttpStatusCode StatusCode { get; }

    /// <summary>The connector's <c>error.code</c>, e.g. <c>BotNotInConversationRoster</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary>The connector's <c>error.message</c>.</summary>
    public string? ErrorMessage { get; }

    /// <summary>The <c>X-Correlating-OperationId</c> response header: quote it to Microsoft support.</summary>
    public string? CorrelationId { get; }

    /// <summary>
    /// The bot was uninstalled, blocked or disabled, or the conversation is gone: stop messaging this conversation
    /// until a new install event arrives.
    /// </summary>
    public bool IsBotRemovedFromConversation =>
        (StatusCode == HttpStatusCode.Forbidden && ErrorCode is not null && RemovedCodes.Contains(ErrorCode))
        || (StatusCode == HttpStatusCode.NotFound
            && (string.Equals(ErrorCode, "ConversationNotFound", StringComparison.OrdinalIgnoreCase)
                || (ErrorMessage?.Contains("conversation not found", StringComparison.OrdinalIgnoreCase) ?? false)));

    /// <summary>The channel kept throttling (429) even after the retries.</summary>
    public bool IsThrottled => StatusCode == HttpStatusCode.TooManyRequests;
}
