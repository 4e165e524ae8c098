using System.Text.Json;
using MeetingBot.IntegrationTests.Support;

namespace MeetingBot.IntegrationTests.Minutes;

/// <summary>The short meeting the minutes tests draft from.</summary>
internal static class ShortMeeting
{
    /// <summary>
    /// Anna (chair) makes Tobias secretary and runs a meeting: Phil and Maria share a link each (Maria's with a
    /// tracking parameter), Tobias notes, Anna decides, then ends it.
    /// </summary>
    public static async Task HoldAsync(ChatDriver chat)
    {
        await chat.SayAsync(ChatDriver.Anna, $"role @{ChatDriver.Tobias.Name} secretary", mentions: ChatDriver.Tobias);
        await chat.SayAsync(ChatDriver.Anna, "meeting start");
        await chat.SayAsync(ChatDriver.Phil, "hello, here is our report https://example.org/report-2027");
        await chat.SayAsync(ChatDriver.Maria, "and the campaign page https://example.net/campaign?utm_source=teams");
        await chat.SayAsync(ChatDriver.Tobias, "note The website now has a UN processes hub.");
        await chat.SayAsync(ChatDriver.Anna, "decision The next meeting is held at 15:00 Vienna time.");
        await chat.SayAsync(ChatDriver.Anna, "meeting end");
    }
}

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
