using System.Text.Json;
using MeetingBot.IntegrationTests.Support;

namespace MeetingBot.IntegrationTests.Minutes;

/// <summary>Reads what the bot's replies offer to open: the Action.OpenUrl buttons of their cards.</summary>
internal static class ReplyLinks
{
    /// <summary>The URLs of the card buttons titled <paramref name="title"/> in the replies received since <paramref name="skip"/>.</summary>
    public static IReadOnlyList<string> Find(FakeChannelServer channel, string title, int skip = 0) =>
        channel.Messages.Skip(skip)
            .SelectMany(m => m.Activity.Attachments ?? [])
            .Select(a => a.Content)
            .OfType<JsonElement>()
            .Where(c => c.ValueKind == JsonValueKind.Object && c.TryGetProperty("actions", out _))
            .SelectMany(c => c.GetProperty("actions").EnumerateArray())
            .Where(a => a.GetProperty("type").GetString() == "Action.OpenUrl" && a.GetProperty("title").GetString() == title)
            .Select(a => a.GetProperty("url").GetString() ?? "")
            .ToList();

    public static string Last(FakeChannelServer channel, string title) =>
        Find(channel, title).LastOrDefault() ?? throw new InvalidOperationException($"No \"{title}\" button in the replies so far.");
}
