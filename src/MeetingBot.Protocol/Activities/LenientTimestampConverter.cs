using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.Protocol.Activities;

/// <summary>
/// Reads <c>timestamp</c> leniently (an odd value becomes null instead of rejecting the activity, protocol.md §1) and
/// writes UTC values with a <c>Z</c>, as the channels do, so stored activities round-trip unchanged.
/// </summary>
public sealed class LenientTimestampConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return null;
        }

        if (reader.TryGetDateTimeOffset(out var value))
        {
            return value;
        }

        return DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)
            ? value
            : null;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is not { } timestamp)
        {
            writer.WriteNullValue();
        }
        else if (timestamp.Offset == TimeSpan.Zero)
        {
            writer.WriteStringValue(timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteStringValue(timestamp);
        }
    }
}
