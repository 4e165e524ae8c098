using MeetingBot.Slack.Text;

namespace MeetingBot.Slack.Tests.Text;

/// <summary>Slack markup → the text a command parser reads, with mentions and links kept as structure.</summary>
public sealed class SlackMessageTextTests
{
    private const string Bot = "U0BOT0001";
    private static readonly Dictionary<string, string> Names = new() { ["U0PHIL001"] = "Phil Reichel", ["U0MARIA01"] = "Maria Costa" };

    private static SlackNormalizedText Normalize(string text) => SlackMessageText.Normalize(text, Bot, id => Names.GetValueOrDefault(id));

    [Theory]
    [InlineData("<@U0BOT0001> agenda", "agenda")]
    [InlineData("<@U0BOT0001>: help", "help")]
    [InlineData("<@U0BOT0001>, next meeting", "next meeting")]
    [InlineData("hey <@U0BOT0001>   agenda   add  Budget", "hey agenda add Budget")]
    [InlineData("agenda add Budget &amp; finance", "agenda add Budget & finance")]
    [InlineData("agenda add 3 &lt; 4 &gt; 2", "agenda add 3 < 4 > 2")]
    [InlineData("agenda add &amp;lt;b&amp;gt;", "agenda add &lt;b&gt;")]
    [InlineData("agenda add Nominations by <@U0PHIL001>", "agenda add Nominations by @Phil Reichel")]
    [InlineData("agenda add Nominations by <@U0UNKNOWN|phil.r>", "agenda add Nominations by @phil.r")]
    [InlineData("agenda add Nominations by <@U0UNKNOWN>", "agenda add Nominations by @U0UNKNOWN")]
    [InlineData("see <https://example.org/report>", "see https://example.org/report")]
    [InlineData("see <https://example.org/report|the report>", "see the report (https://example.org/report)")]
    [InlineData("see <https://example.org/a?x=1&amp;y=2|example.org/a?x=1&amp;y=2>", "see https://example.org/a?x=1&y=2")]
    [InlineData("write to <mailto:sec@alliance.org|sec@alliance.org>", "write to sec@alliance.org")]
    [InlineData("in <#C0GENERAL|general> now", "in #general now")]
    [InlineData("<!here> meeting starts", "@here meeting starts")]
    [InlineData("<!subteam^S0BOARD|@board> please", "@board please")]
    [InlineData("line one\nline two", "line one\nline two")]
    public void Slack_markup_reads_as_plain_text(string slack, string expected)
    {
        Assert.Equal(expected, Normalize(slack).Text);
    }

    [Fact]
    public void Other_peoples_mentions_are_kept_with_their_names_and_the_bots_is_dropped()
    {
        var normalized = Normalize("<@U0BOT0001> tour start <@U0PHIL001> <@U0MARIA01> <@U0PHIL001>");

        Assert.True(normalized.MentionsBot);
        Assert.Equal([new SlackMention("U0PHIL001", "Phil Reichel"), new SlackMention("U0MARIA01", "Maria Costa")], normalized.Mentions);
        Assert.Equal("tour start @Phil Reichel @Maria Costa @Phil Reichel", normalized.Text);
    }

    [Fact]
    public void Links_are_listed_with_their_targets_not_their_labels()
    {
        var normalized = Normalize("minutes at <https://docs.example.org/m?id=7&amp;v=2|the minutes> and <http://example.com>");

        Assert.Equal(["https://docs.example.org/m?id=7&v=2", "http://example.com"], normalized.Links);
        Assert.False(normalized.MentionsBot);
    }

    [Fact]
    public void Escaped_angle_brackets_typed_by_a_person_never_become_markup()
    {
        var normalized = Normalize("agenda add &lt;@U0PHIL001&gt; &lt;https://evil.example|click&gt;");

        Assert.Empty(normalized.Mentions);
        Assert.Empty(normalized.Links);
        Assert.Equal("agenda add <@U0PHIL001> <https://evil.example|click>", normalized.Text);
    }

    [Fact]
    public void Mentioned_user_ids_are_listed_once_each_for_lookup()
    {
        Assert.Equal(["U0BOT0001", "U0PHIL001", "W0ENTERPR1"], SlackMessageText.MentionedUserIds("<@U0BOT0001> <@U0PHIL001> <@W0ENTERPR1|x> <@U0PHIL001> <#C1|c>"));
    }

    [Theory]
    [InlineData("a & b < c > d", "a &amp; b &lt; c &gt; d")]
    [InlineData("plain", "plain")]
    [InlineData("&amp;", "&amp;amp;")]
    public void Mrkdwn_escapes_the_three_control_characters(string text, string expected)
    {
        Assert.Equal(expected, SlackMrkdwn.Escape(text));
    }

    [Theory]
    [InlineData("C0123", null, null, SlackConversationType.PublicChannel)]
    [InlineData("G0123", null, null, SlackConversationType.PrivateChannel)]
    [InlineData("D0123", null, null, SlackConversationType.DirectMessage)]
    [InlineData("C0123", "mpim", null, SlackConversationType.GroupDirectMessage)]
    [InlineData("G0123", null, "mpdm-anna--phil-1", SlackConversationType.GroupDirectMessage)]
    [InlineData("D0123", null, "directmessage", SlackConversationType.DirectMessage)]
    [InlineData("C0123", "group", null, SlackConversationType.PrivateChannel)]
    public void The_conversation_type_comes_from_the_payload_else_the_id(string id, string? channelType, string? channelName, SlackConversationType expected)
    {
        Assert.Equal(expected, SlackIds.TypeOf(id, channelType, channelName));
    }

    [Theory]
    [InlineData("U0PHIL001", true)]
    [InlineData("W0ENTERPR1", true)]
    [InlineData("29:1abc", false)]
    [InlineData("dl_anna", false)]
    [InlineData("u0phil001", false)]
    public void Slack_user_ids_are_told_apart_from_other_channels_ids(string id, bool expected)
    {
        Assert.Equal(expected, SlackIds.IsUserId(id));
    }
}
