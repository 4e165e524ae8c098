using MeetingBot.Channels.LocalChat;
using MeetingBot.Protocol.Activities;

namespace MeetingBot.IntegrationTests.LocalChat;

/// <summary>On the local page, "@Name" mentions that member as Teams would, so role and tour commands can be tried.</summary>
public sealed class LocalMentionTests
{
    private static readonly ChannelAccount Anna = new() { Id = "local-anna-alvarez", Name = "Anna Alvarez" };
    private static readonly ChannelAccount Tobias = new() { Id = "local-tobias-keller", Name = "Tobias Keller" };
    private static readonly ChannelAccount Tobias2 = new() { Id = "local-tobias-meyer", Name = "Tobias Meyer" };

    private static Activity Stamp(string text, params ChannelAccount[] people)
    {
        var conversation = new LocalConversation(new ConversationAccount { Id = "local-channel", ConversationType = "channel" }, null, 100, DateTimeOffset.UtcNow);
        return LocalChannelActivities.StampFromClient(new Activity { Type = ActivityTypes.Message, Text = text }, Anna, conversation, "http://127.0.0.1:1/local", people);
    }

    [Fact]
    public void A_full_name_or_a_unique_first_name_becomes_a_mention()
    {
        var full = Stamp("role @Tobias Keller secretary", Anna, Tobias);
        var first = Stamp("skip @tobias please", Anna, Tobias);

        Assert.Equal("role <at>Tobias Keller</at> secretary", full.Text);
        var mention = Assert.Single(full.Entities!, e => e.Type == "mention");
        Assert.Equal("local-tobias-keller", mention.Mentioned?.Id);
        Assert.Equal("skip <at>Tobias Keller</at> please", first.Text);
    }

    [Fact]
    public void An_ambiguous_first_name_an_unknown_name_and_an_address_stay_text()
    {
        var ambiguous = Stamp("skip @Tobias", Anna, Tobias, Tobias2);
        var unknown = Stamp("skip @Nobody and mail anna@example.org", Anna, Tobias);

        Assert.Equal("skip @Tobias", ambiguous.Text);
        Assert.Equal("skip @Nobody and mail anna@example.org", unknown.Text);
        Assert.DoesNotContain(unknown.Entities ?? [], e => e.Type == "mention");
    }
}
