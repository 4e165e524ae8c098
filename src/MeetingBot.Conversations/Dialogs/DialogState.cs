using System.Text.Json.Serialization;

namespace MeetingBot.Conversations.Dialogs;

/// <summary>
/// The persisted state of one running dialog: which dialog, which question it waits on, and what it has
/// collected so far. Plain data so it serialises to the database and survives a restart.
/// </summary>
public sealed record DialogState
{
    public required string DialogId { get; init; }
    public required Prompt Prompt { get; init; }
    public Dictionary<string, string> Values { get; init; } = new(StringComparer.Ordinal);
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset LastTurnAt { get; init; }
    /// <summary>Invalid answers in a row to the current prompt.</summary>
    public int FailedAttempts { get; init; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(DialogState))]
public sealed partial class DialogStateJsonContext : JsonSerializerContext;
