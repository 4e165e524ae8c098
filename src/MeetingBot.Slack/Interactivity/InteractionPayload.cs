using System.Text.Json;
using System.Text.Json.Serialization;
using System.Web;
using MeetingBot.Slack.Json;

namespace MeetingBot.Slack.Interactivity;

/// <summary>
/// What <c>POST /api/slack/interactivity</c> carries in its <c>payload</c> form field: a button press
/// (<c>block_actions</c>), a modal submission (<c>view_submission</c>) and others, kept as JSON where not modelled.
/// </summary>
public sealed record InteractionPayload
{
    public const string BlockActions = "block_actions";
    public const string ViewSubmission = "view_submission";

    public string? Type { get; init; }
    public InteractionUser? User { get; init; }
    public InteractionTeam? Team { get; init; }
    public InteractionChannel? Channel { get; init; }
    public InteractionContainer? Container { get; init; }
    public InteractionMessage? Message { get; init; }
    public IReadOnlyList<BlockAction>? Actions { get; init; }
    public InteractionState? State { get; init; }
    public JsonElement? View { get; init; }
    public string? ResponseUrl { get; init; }
    public string? TriggerId { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>Reads the form body; null when it has no JSON <c>payload</c> field.</summary>
    public static InteractionPayload? Parse(string formBody)
    {
        if (HttpUtility.ParseQueryString(formBody)["payload"] is not { Length: > 0 } json) return null;
        try
        {
            return JsonSerializer.Deserialize(json, SlackJsonContext.Default.InteractionPayload);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Values typed into the message's input blocks: action id → text (last one wins).</summary>
    public IReadOnlyDictionary<string, string> InputValues()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (State?.Values is not { ValueKind: JsonValueKind.Object } blocks) return values;
        foreach (var block in blocks.EnumerateObject())
        {
            if (block.Value.ValueKind != JsonValueKind.Object) continue;
            foreach (var action in block.Value.EnumerateObject())
                if (action.Value.ValueKind == JsonValueKind.Object && action.Value.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String)
                    values[action.Name] = value.GetString()!;
        }
        return values;
    }
}

public sealed record InteractionUser
{
    public string? Id { get; init; }
    public string? Username { get; init; }
    public string? Name { get; init; }
    public string? TeamId { get; init; }
}

public sealed record InteractionTeam
{
    public string? Id { get; init; }
    public string? Domain { get; init; }
}

public sealed record InteractionChannel
{
    public string? Id { get; init; }
    public string? Name { get; init; }
}

public sealed record InteractionContainer
{
    public string? Type { get; init; }
    public string? MessageTs { get; init; }
    public string? ChannelId { get; init; }
    public string? ThreadTs { get; init; }
    public bool? IsEphemeral { get; init; }
}

public sealed record InteractionMessage
{
    public string? Ts { get; init; }
    public string? ThreadTs { get; init; }
    public string? Text { get; init; }
    public System.Text.Json.Nodes.JsonArray? Blocks { get; init; }
}

/// <summary>One pressed element: a button's <see cref="Value"/>, a select's selected option, …</summary>
public sealed record BlockAction
{
    public string? Type { get; init; }
    public string? ActionId { get; init; }
    public string? BlockId { get; init; }
    public string? Value { get; init; }
    public string? ActionTs { get; init; }
}

public sealed record InteractionState
{
    /// <summary>block id → action id → { type, value }.</summary>
    public JsonElement? Values { get; init; }
}
