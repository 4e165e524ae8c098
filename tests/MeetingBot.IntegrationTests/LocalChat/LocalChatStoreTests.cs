using MeetingBot.Channels.LocalChat;
using MeetingBot.Protocol.Activities;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.IntegrationTests.LocalChat;

/// <summary>The in-memory transcripts: bounded, ordered by watermark, safe to share.</summary>
public sealed class LocalChatStoreTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 5, 13, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_conversation_keeps_only_its_most_recent_activities_and_the_watermark_keeps_counting()
    {
        var conversation = NewStore(maxActivities: 10).Channel;

        for (var i = 1; i <= 25; i++)
        {
            conversation.Append(Message("local-anna-alvarez", $"message {i}"), _time.GetUtcNow());
        }

        var (activities, watermark) = conversation.ReadSince(null);
        Assert.Equal(10, activities.Count);
        Assert.Equal("message 16", activities[0].Text);
        Assert.Equal("message 25", activities[^1].Text);
        Assert.Equal(25, watermark);
        Assert.Equal(["message 24", "message 25"], conversation.ReadSince(23).Activities.Select(a => a.Text));
    }

    [Fact]
    public void A_watermark_from_before_a_restart_gets_the_whole_transcript()
    {
        var conversation = NewStore().Channel;
        conversation.Append(Message("local-anna-alvarez", "first"), _time.GetUtcNow());

        var (activities, watermark) = conversation.ReadSince(57);

        Assert.Equal(["first"], activities.Select(a => a.Text));
        Assert.Equal(1, watermark);
    }

    [Fact]
    public void The_least_recently_used_1_1_conversation_is_forgotten_beyond_the_limit_but_the_channel_stays()
    {
        var store = NewStore(maxConversations: 3);
        var first = store.GetOrCreatePersonal(new ChannelAccount { Id = "local-sam", Name = "Sam" });
        _time.Advance(TimeSpan.FromMinutes(1));
        store.GetOrCreatePersonal(new ChannelAccount { Id = "local-lee", Name = "Lee" });
        _time.Advance(TimeSpan.FromMinutes(1));
        first.Append(Message("local-sam", "still here"), _time.GetUtcNow());

        store.GetOrCreatePersonal(new ChannelAccount { Id = "local-kim", Name = "Kim" });

        Assert.Equal(3, store.Count);
        Assert.NotNull(store.Find("local-channel"));
        Assert.NotNull(store.Find("local-dm-sam"));
        Assert.Null(store.Find("local-dm-lee"));
        Assert.NotNull(store.Find("local-dm-kim"));
    }

    [Fact]
    public void A_configured_members_1_1_conversation_is_always_there_for_proactive_messages()
    {
        var store = NewStore();

        var conversation = store.Find("local-dm-anna-alvarez");

        Assert.NotNull(conversation);
        Assert.Equal("Anna Alvarez", conversation.Owner?.Name);
        Assert.Null(store.Find("local-dm-somebody-unknown"));
    }

    [Fact]
    public void A_newer_activity_from_the_bot_replaces_its_stale_typing_indicator()
    {
        var conversation = NewStore().Channel;
        conversation.Append(new Activity { Type = ActivityTypes.Typing, From = LocalChatDefaults.Bot }, _time.GetUtcNow());

        conversation.Append(new Activity { Type = ActivityTypes.Message, From = LocalChatDefaults.Bot, Text = "done" }, _time.GetUtcNow());

        Assert.Equal([ActivityTypes.Message], conversation.ReadSince(null).Activities.Select(a => a.Type));
    }

    [Fact]
    public async Task Concurrent_writers_get_distinct_ids_and_lose_nothing()
    {
        var conversation = NewStore(maxActivities: 10_000).Channel;

        await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                conversation.Append(Message($"local-writer-{writer}", $"{writer}/{i}"), _time.GetUtcNow());
            }
        })));

        var (activities, watermark) = conversation.ReadSince(null);
        Assert.Equal(1_600, activities.Count);
        Assert.Equal(1_600, watermark);
        Assert.Equal(1_600, activities.Select(a => a.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("Anna Alvarez", "anna-alvarez")]
    [InlineData("  Jo   Dedeyne ", "jo-dedeyne")]
    [InlineData("José Álvarez-Núñez", "jose-alvarez-nunez")]
    [InlineData("Kwame O'Mensah (guest)", "kwame-o-mensah-guest")]
    public void A_name_becomes_a_readable_slug(string name, string slug) =>
        Assert.Equal(slug, LocalChatIds.Slug(name));

    [Fact]
    public void A_name_without_latin_letters_gets_a_stable_slug()
    {
        var slug = LocalChatIds.Slug("王芳");

        Assert.Matches("^u[0-9a-f]{10}$", slug);
        Assert.Equal(slug, LocalChatIds.Slug("王芳"));
        Assert.NotEqual(slug, LocalChatIds.Slug("李娜"));
    }

    private LocalChatStore NewStore(int maxActivities = 1_000, int maxConversations = 200)
    {
        var options = new LocalChatOptions
        {
            MaxActivitiesPerConversation = maxActivities,
            MaxConversations = maxConversations,
            Members = [.. LocalChatDefaults.Members],
        };
        return new LocalChatStore(Options.Create(options), _time, NullLogger<LocalChatStore>.Instance);
    }

    private static Activity Message(string fromId, string text) => new()
    {
        Type = ActivityTypes.Message,
        From = new ChannelAccount { Id = fromId, Role = "user" },
        Text = text,
    };
}
