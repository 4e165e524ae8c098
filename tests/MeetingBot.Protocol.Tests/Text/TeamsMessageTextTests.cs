using Stopwatch = System.Diagnostics.Stopwatch;
using MeetingBot.Protocol.Activities;
using MeetingBot.Protocol.Text;

namespace MeetingBot.Protocol.Tests.Text;

public sealed class TeamsMessageTextTests
{
    private const string BotId = "28:8f0f3b5e-52b3-4d5f-9d43-7a0e7d1e2a11";

    public static TheoryData<string, string, string?, string[], string> Cases() => new()
    {
        // description, text, textFormat, mentions as "id|name|entityText" ("bot" = the bot), expected text
        { "plain text is only trimmed", "  new meeting  ", null, [], "new meeting" },
        { "bot mention at the start", "<at>MeetingBot</at> new meeting", "plain", ["bot|MeetingBot|<at>MeetingBot</at>"], "new meeting" },
        { "bot mention with CRLF and NBSP around it", "<at>MeetingBot</at>\r\n\u00A0new\u00A0\u00A0meeting\r\n", "plain", ["bot|MeetingBot|<at>MeetingBot</at>"], "new meeting" },
        { "bot mention in the middle", "please <at>MeetingBot</at> draft minutes", "plain", ["bot|MeetingBot|<at>MeetingBot</at>"], "please draft minutes" },
        { "entity text has @ but the text has not (Learn sample)", "<at>MeetingBot</at> agenda", "plain", ["bot|MeetingBot|<at>@MeetingBot</at>"], "agenda" },
        { "text has @ but the entity text has not", "<at>@MeetingBot</at> agenda", "plain", ["bot|MeetingBot|<at>MeetingBot</at>"], "agenda" },
        { "no entity text: falls back to the name", "<at>MeetingBot</at> agenda", "plain", ["bot|MeetingBot|"], "agenda" },
        { "HTML-escaped bot name", "<at>Tom &amp; Jerry&#39;s Bot</at> agenda", "plain", ["bot|Tom & Jerry's Bot|<at>Tom &amp; Jerry&#39;s Bot</at>"], "agenda" },
        { "other mention kept as @Name", "<at>MeetingBot</at> chair <at>Pranav Smith</at>", "plain", ["bot|MeetingBot|<at>MeetingBot</at>", "29:p|Pranav Smith|<at>Pranav Smith</at>"], "chair @Pranav Smith" },
        { "escaped other mention decoded", "<at>MeetingBot</at> secretary <at>Anne O&#39;Brien</at>", "plain", ["bot|MeetingBot|<at>MeetingBot</at>", "29:a|Anne O'Brien|<at>Anne O&#39;Brien</at>"], "secretary @Anne O'Brien" },
        { "Teams HTML paragraphs and breaks", "<p><at>MeetingBot</at> notes</p><p>first&nbsp;point<br>second &amp; last</p>", "xml", ["bot|MeetingBot|<at>MeetingBot</at>"], "notes\nfirst point\nsecond & last" },
        { "div wrapper and inline formatting", "<div><div><at>MeetingBot</at> <strong>new</strong> <em>meeting</em></div></div>", "xml", ["bot|MeetingBot|<at>MeetingBot</at>"], "new meeting" },
        { "link keeps its url after its label", "see <a href=\"https://contoso.sharepoint.com/doc?a=1&amp;b=2\" title=\"x\">the agenda</a> please", "xml", [], "see the agenda (https://contoso.sharepoint.com/doc?a=1&b=2) please" },
        { "link whose label is its url appears once", "<a href=\"https://example.com/x\" rel=\"noreferrer noopener\">https://example.com/x</a>", "xml", [], "https://example.com/x" },
        { "javascript link keeps only its label", "<a href=\"javascript:alert(1)\">click</a>", "xml", [], "click" },
        { "tags detected without textFormat", "hello<br/>world", null, [], "hello\nworld" },
        { "less-than in plain text is not a tag", "a < b and c > d", null, [], "a < b and c > d" },
        { "entities decoded for Teams", "5 &lt; 6 &amp;&amp; 7 &gt; 3", "plain", [], "5 < 6 && 7 > 3" },
        { "emoji image keeps its alt text", "done <img alt=\"👍\" src=\"https://statics.teams.cdn.office.net/x.png\" itemtype=\"http://schema.skype.com/Emoji\">", "xml", [], "done 👍" },
        { "mention of someone without an entity keeps the name", "<at>MeetingBot</at> ask <at>Nobody</at>", "plain", ["bot|MeetingBot|<at>MeetingBot</at>"], "ask Nobody" },
        { "only the bot mention", "<at>MeetingBot</at>", "plain", ["bot|MeetingBot|<at>MeetingBot</at>"], "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Text_is_normalised(string description, string text, string? textFormat, string[] mentions, string expected)
    {
        var normalized = TeamsMessageText.Normalize(TeamsMessage(text, textFormat, mentions));

        Assert.True(expected == normalized.Text, $"{description}: expected «{expected}», got «{normalized.Text}»");
    }

    [Fact]
    public void Other_people_mentioned_are_returned_by_id_without_the_bot()
    {
        var activity = TeamsMessage(
            "<at>MeetingBot</at> roles <at>Pranav Smith</at> <at>Anne</at> <at>Pranav Smith</at>",
            "plain",
            ["bot|MeetingBot|<at>MeetingBot</at>", "29:p|Pranav Smith|<at>Pranav Smith</at>", "29:a|Anne|<at>Anne</at>", "29:p|Pranav Smith|<at>Pranav Smith</at>"]);

        var normalized = TeamsMessageText.Normalize(activity);

        Assert.Equal([new MentionedAccount("29:p", "Pranav Smith"), new MentionedAccount("29:a", "Anne")], normalized.Mentions);
        Assert.Equal("roles @Pranav Smith @Anne @Pranav Smith", normalized.Text);
    }

    [Fact]
    public void Web_chat_text_without_markup_is_left_as_typed()
    {
        var activity = new Activity { Type = ActivityTypes.Message, ChannelId = "webchat", Text = "Tom &amp; Jerry", Recipient = new ChannelAccount { Id = "bot" } };

        Assert.Equal("Tom &amp; Jerry", TeamsMessageText.Normalize(activity).Text);
    }

    [Fact]
    public void Hostile_markup_is_processed_in_linear_time()
    {
        var hostile = string.Concat(Enumerable.Repeat("<a href=\"x <at>", 20_000)) + string.Concat(Enumerable.Repeat("<p", 20_000));
        var stopwatch = Stopwatch.StartNew();

        TeamsMessageText.Normalize(TeamsMessage(hostile, "xml", ["bot|MeetingBot|<at>MeetingBot</at>"]));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"took {stopwatch.Elapsed}");
    }

    private static Activity TeamsMessage(string text, string? textFormat, string[] mentions) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        Text = text,
        TextFormat = textFormat,
        Recipient = new ChannelAccount { Id = BotId, Name = "MeetingBot" },
        Entities = mentions.Select(m => m.Split('|')).Select(parts => new Entity
        {
            Type = "mention",
            Mentioned = new ChannelAccount { Id = parts[0] == "bot" ? BotId : parts[0], Name = parts[1] },
            Text = parts[2].Length == 0 ? null : parts[2],
        }).ToList(),
    };
}
