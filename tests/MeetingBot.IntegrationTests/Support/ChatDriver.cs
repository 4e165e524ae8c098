using System.Text.Json;
using MeetingBot.Conversations.Turns;
using Microsoft.Extensions.DependencyInjection;
using MeetingBot.Protocol.Activities;

namespace MeetingBot.IntegrationTests.Support;

/// <summary>
/// Reads like a meeting transcript: <c>await chat.SayAsync(Anna, "agenda")</c> posts a Teams-shaped activity to the
/// bot and returns the bot's replies to it, in order.
/// </summary>
public sealed class ChatDriver(BotHost bot, FakeChannelServer channel)
{
    public sealed record Member(string Id, string Name);

    public static readonly Member Anna = new("29:anna", "Anna Alvarez");
    public static readonly Member Tobias = new("29:tobias", "Tobias Keller");
    public static readonly Member Phil = new("29:phil", "Phil Reichel");
    public static readonly Member Maria = new("29:maria", "Maria Costa");

    public const string TeamA = "19:team-a@thread.tacv2";
    public const string ChannelA = "19:general-a@thread.tacv2";
    public const string TeamB = "19:team-b@thread.tacv2";
    public const string ChannelB = "19:general-b@thread.tacv2";

    /// <summary>Says something in a team channel (mentioning the bot) and returns the replies.</summary>
    public Task<IReadOnlyList<string>> SayAsync(Member who, string text, string channelId = ChannelA, string teamId = TeamA, params Member[] mentions) =>
        SendAsync(ChannelActivity(who, text, channelId, teamId, mentions));

    /// <summary>Says something in the person's 1:1 chat with the bot.</summary>
    public Task<IReadOnlyList<string>> SayPrivatelyAsync(Member who, string text) =>
        SendAsync(Activities.PersonalMessage(channel.ServiceUrl, text, who.Id, who.Name));

    public Activity ChannelActivity(Member who, string text, string channelId = ChannelA, string teamId = TeamA, params Member[] mentions)
    {
        var activity = Activities.ChannelMessage(channel.ServiceUrl, text, who.Id, who.Name, channelId, teamId);
        var entities = activity.Entities!.ToList();
        var body = activity.Text!;
        foreach (var mentioned in mentions)
        {
            body = body.Replace("@" + mentioned.Name, $"<at>{mentioned.Name}</at>");
            entities.Add(new Entity { Type = "mention", Text = $"<at>{mentioned.Name}</at>", Mentioned = new ChannelAccount { Id = mentioned.Id, Name = mentioned.Name } });
        }
        return activity with { Text = body, Entities = entities, LocalTimezone = "Europe/Vienna" };
    }

    /// <summary>Anna schedules the 9th meeting in team A's channel and removes its standing items: an empty agenda.</summary>
    public async Task ScheduleWithEmptyAgendaAsync()
    {
        await SayAsync(Anna, "schedule 31 Aug 2027 15:30-17:00 Europe/Vienna");
        await SayAsync(Anna, "Informal Meeting of the Alliance");
        await SayAsync(Anna, "9");
        for (var position = 4; position >= 1; position--)
            await SayAsync(Anna, $"agenda remove {position}");
    }

    /// <summary>Makes <paramref name="count"/> people members of team A, as if each had spoken in its channel.</summary>
    public async Task<IReadOnlyList<Member>> AddTeamMembersAsync(int count)
    {
        var members = Enumerable.Range(1, count).Select(i => new Member($"29:member-{i}", $"Member {i}")).ToList();
        await using var scope = bot.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IMemberDirectory>();
        foreach (var m in members)
            await directory.GetOrAddAsync("msteams|team|" + TeamA, new Conversations.Messages.Person(m.Id, m.Name), null, false, CancellationToken.None);
        return members;
    }

    public async Task<IReadOnlyList<string>> SendAsync(Activity activity)
    {
        var before = channel.Messages.Count;
        var response = await bot.PostActivityAsync(activity);
        response.EnsureSuccessStatusCode();
        await bot.WhenIdleAsync();
        return channel.Messages.Skip(before).Where(m => m.Activity.ReplyToId == activity.Id).Select(Text).ToList();
    }

    /// <summary>The reply's text, or for a card its items joined by new lines.</summary>
    public static string Text(ReceivedActivity received)
    {
        if (received.Activity.Text is { } text) return text;
        var card = received.Activity.Attachments?.FirstOrDefault()?.Content;
        if (card is not { } content) return "";
        var texts = new List<string>();
        foreach (var block in content.GetProperty("body").EnumerateArray())
        {
            if (block.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
                texts.Add(t.GetString()!.Replace("\\", ""));
            if (block.TryGetProperty("facts", out var facts))
                foreach (var fact in facts.EnumerateArray())
                    texts.Add($"{fact.GetProperty("title").GetString()} {fact.GetProperty("value").GetString()}".Replace("\\", ""));
        }
        return string.Join("\n", texts);
    }
}
