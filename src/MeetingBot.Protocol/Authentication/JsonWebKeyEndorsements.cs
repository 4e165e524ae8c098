using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.Protocol.Authentication;

/// <summary>
/// Reads the Bot Framework <c>endorsements</c> (channel ids a signing key may sign for) from a JWKS entry.
/// Wilson keeps unknown JWK members in <see cref="JsonWebKey.AdditionalData"/>; a test pins that down.
/// </summary>
internal static class JsonWebKeyEndorsements
{
    public const string PropertyName = "endorsements";

    /// <summary>Null when the key has no endorsements; an empty list when it has some we cannot read (fails closed).</summary>
    public static IReadOnlyList<string>? Read(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue(PropertyName, out var value) || value is null)
        {
            return null;
        }

        return value switch
        {
            string single => [single],
            JsonElement { ValueKind: JsonValueKind.Array } array =>
                array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null).OfType<string>().ToList(),
            JsonElement { ValueKind: JsonValueKind.String } text => text.GetString() is { } channel ? [channel] : [],
            System.Collections.IEnumerable items => items.Cast<object?>().Select(i => i?.ToString()).OfType<string>().ToList(),
            _ => [],
        };
    }
}
