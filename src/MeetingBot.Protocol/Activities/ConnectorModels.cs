using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.Protocol.Activities;

/// <summary>Body of <c>POST /v3/conversations</c> (create a conversation, e.g. a 1:1 chat for a proactive message).</summary>
public sealed record ConversationParameters
{
    public bool? IsGroup { get; init; }
    public ChannelAccount? Bot { get; init; }
    public IReadOnlyList<ChannelAccount>? Members { get; init; }
    public string? TopicName { get; init; }
    public string? TenantId { get; init; }
    public Activity? Activity { get; init; }
    public JsonElement? ChannelData { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

/// <summary>Answer of <c>POST /v3/conversations</c>.</summary>
public sealed record ConversationResourceResponse
{
    public string? Id { get; init; }
    public string? ActivityId { get; init; }
    public string? ServiceUrl { get; init; }
}

/// <summary>A conversation member as Teams returns it from the members APIs (a <see cref="ChannelAccount"/> plus profile fields).</summary>
public sealed record TeamsChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }
    public string? GivenName { get; init; }
    public string? Surname { get; init; }
    public string? Email { get; init; }
    public string? UserPrincipalName { get; init; }
    public string? TenantId { get; init; }
    /// <summary><c>user</c>, <c>guest</c> or <c>anonymous</c>.</summary>
    public string? UserRole { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

/// <summary>One page of <c>GET /v3/conversations/{id}/pagedmembers</c>.</summary>
public sealed record PagedMembersResult
{
    public string? ContinuationToken { get; init; }
    public IReadOnlyList<TeamsChannelAccount>? Members { get; init; }
}

/// <summary>Error body of the connector: <c>{"error":{"code","message","innerHttpError":{"statusCode","body"}}}</c>.</summary>
public sealed record ErrorResponse
{
    public ConnectorError? Error { get; init; }
}

public sealed record ConnectorError
{
    public string? Code { get; init; }
    public string? Message { get; init; }
    public InnerHttpError? InnerHttpError { get; init; }
}

public sealed record InnerHttpError
{
    public int? StatusCode { get; init; }
    public JsonElement? Body { get; init; }
}
