using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.Domain.Minutes;

/// <summary>
/// The stored form of a minutes version: the document and the secretary's edits as JSON (see
/// <see cref="MinutesVersion.DocumentJson"/> and <see cref="MinutesVersion.EditsJson"/>). Camel-case names, blocks
/// told apart by a "kind" property, edit modes as words, so a stored version reads plainly in the database.
/// </summary>
public static class MinutesJson
{
    public static string Serialize(MinutesDocument document) =>
        JsonSerializer.Serialize(document, MinutesJsonContext.Default.MinutesDocument);

    /// <exception cref="JsonException">The text is not a minutes document.</exception>
    public static MinutesDocument Deserialize(string json) =>
        JsonSerializer.Deserialize(json, MinutesJsonContext.Default.MinutesDocument)
        ?? throw new JsonException("The stored minutes are empty (JSON null).");

    public static string SerializeEdits(IReadOnlyList<MinutesEdit> edits) =>
        JsonSerializer.Serialize(edits.ToList(), MinutesJsonContext.Default.ListMinutesEdit);

    /// <summary>The stored edits; an empty or blank text is no edits.</summary>
    /// <exception cref="JsonException">The text is not a list of edits.</exception>
    public static IReadOnlyList<MinutesEdit> DeserializeEdits(string? json) =>
        string.IsNullOrWhiteSpace(json)
            ? []
            : JsonSerializer.Deserialize(json, MinutesJsonContext.Default.ListMinutesEdit) ?? [];
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(MinutesDocument))]
[JsonSerializable(typeof(List<MinutesEdit>))]
internal sealed partial class MinutesJsonContext : JsonSerializerContext;
