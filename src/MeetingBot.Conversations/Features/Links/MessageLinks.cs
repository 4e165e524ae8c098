using System.Text.Json;
using MeetingBot.Conversations.Messages;
using MeetingBot.Domain.Links;

namespace MeetingBot.Conversations.Features.Links;

/// <summary>The links of a message: in its text as the channel sent it, and in the values of a submitted card.</summary>
public static class MessageLinks
{
    private const int MaxCardDepth = 6;
    private const int MaxCardStrings = 100;

    public static FoundLinks Find(IncomingMessage message)
    {
        var texts = new List<string?> { message.RawText ?? message.Text };
        if (message.Value is { } value)
        {
            CollectStrings(value, texts, 0);
        }

        return LinkFinder.Find(texts);
    }

    private static void CollectStrings(JsonElement element, List<string?> into, int depth)
    {
        if (depth > MaxCardDepth || into.Count > MaxCardStrings)
        {
            return;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                into.Add(element.GetString());
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject()) CollectStrings(property.Value, into, depth + 1);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) CollectStrings(item, into, depth + 1);
                break;
        }
    }
}
