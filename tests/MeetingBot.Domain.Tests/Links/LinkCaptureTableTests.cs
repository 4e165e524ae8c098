using MeetingBot.Domain.Links;

namespace MeetingBot.Domain.Tests.Links;

/// <summary>
/// Link capture on messages as the channels deliver them: plain text, Teams HTML, Slack markup; each row gives the
/// message and the normalised links kept from it ("" for none), in order.
/// </summary>
public sealed class LinkCaptureTableTests
{
    public static TheoryData<string, string> Messages => new()
    {
        // Plain URLs and the punctuation around them.
        { "CND thematic session in September: https://www.unodc.org/unodc/en/commissions/CND/session/64_Session_2021/thematic-sessions.html",
            "https://www.unodc.org/unodc/en/commissions/CND/session/64_Session_2021/thematic-sessions.html" },
        { "The existing Crime Day Calendar is at http://crimeday.net/.", "http://crimeday.net/" },
        { "Links: https://example.org/a, https://example.org/b; and https://example.org/c!", "https://example.org/a | https://example.org/b | https://example.org/c" },
        { "Did you see https://example.org/report?", "https://example.org/report" },
        { "Search https://example.org/search?q=crime&lang=en please", "https://example.org/search?q=crime&lang=en" },
        { "\"https://example.org/quoted\" was the link", "https://example.org/quoted" },
        { "Read more: https://example.org/more…", "https://example.org/more" },
        { "**https://example.org/bold**", "https://example.org/bold" },
        { "ページはこちら https://例え.jp/ページ。", "https://例え.jp/ページ" },
        // Parentheses: Wikipedia keeps its own, a sentence's are dropped.
        { "https://en.wikipedia.org/wiki/Bracket_(disambiguation)", "https://en.wikipedia.org/wiki/Bracket_(disambiguation)" },
        { "(see https://en.wikipedia.org/wiki/Bracket_(disambiguation))", "https://en.wikipedia.org/wiki/Bracket_(disambiguation)" },
        { "More on the HLPF (https://www.crimealliance.org/what-we-do/hlpf2021).", "https://www.crimealliance.org/what-we-do/hlpf2021" },
        { "[https://example.org/in-brackets]", "https://example.org/in-brackets" },
        // Teams HTML: the anchor's target counts, entities are decoded, the bot's <at> mention is not a link.
        { "<p>Our review: <a href=\"https://4w.pub/book-review/?fbclid=IwAR36-M6sGuch0rcY90Il7\">the book review</a></p>", "https://4w.pub/book-review/" },
        { "<a href=\"https://example.org/a?x=1&amp;utm_source=teams&amp;y=2\">https://example.org/a?x=1&amp;utm_source=teams&amp;y=2</a>", "https://example.org/a?x=1&y=2" },
        { "<at>MeetingBot</at> note see <a href=\"https://globalinitiative.net/analysis/un-cybercrime-resolution/\" rel=\"noreferrer noopener\" target=\"_blank\" title=\"https://globalinitiative.net/analysis/un-cybercrime-resolution/\">https://globalinitiative.net/analysis/un-cybercrime-resolution/</a>",
            "https://globalinitiative.net/analysis/un-cybercrime-resolution/" },
        { "<div>Two: <a href='https://example.org/one'>one</a> and https://example.org/two</div>", "https://example.org/one | https://example.org/two" },
        { "&lt;https://example.org/escaped&gt;", "https://example.org/escaped" },
        // Slack markup.
        { "<https://media.un.org/en/asset/k1f/k1fwoy2546|Morning session>", "https://media.un.org/en/asset/k1f/k1fwoy2546" },
        { "Afternoon: <https://media.un.org/en/asset/k16/k16tesjcq4>", "https://media.un.org/en/asset/k16/k16tesjcq4" },
        { "<@U0123> shared <https://example.org/x?utm_medium=slack|x> in <#C123|general> <!here>", "https://example.org/x" },
        { "<https://example.org/?a=1&amp;b=2>", "https://example.org/?a=1&b=2" },
        // Tracking parameters go; the rest of the query and the fragment stay, in order.
        { "https://youtu.be/kbVTMGnHVQU?utm_source=share&utm_medium=ios", "https://youtu.be/kbVTMGnHVQU" },
        { "https://example.org/p?id=7&gclid=abc&mc_cid=1&mc_eid=2&page=2#top", "https://example.org/p?id=7&page=2#top" },
        { "https://example.org/?msclkid=1&igshid=2&UTM_Content=3", "https://example.org/" },
        // Case, default ports, www, credentials, empty query and fragment.
        { "HTTPS://WWW.UNODC.ORG/Documents/Report.PDF", "https://www.unodc.org/Documents/Report.PDF" },
        { "http://example.org:80/a and https://example.org:443/b and https://example.org:8443/c", "http://example.org/a | https://example.org/b | https://example.org:8443/c" },
        { "www.crimeday.net", "http://www.crimeday.net/" },
        { "https://user:secret@example.org/private", "https://example.org/private" },
        { "https://example.org/? and https://example.org/page#", "https://example.org/ | https://example.org/page" },
        // Internationalised hosts: one readable form, whichever way they were written; look-alikes stay in ASCII.
        { "https://Bücher.example/katalog", "https://bücher.example/katalog" },
        { "https://xn--bcher-kva.example/katalog", "https://bücher.example/katalog" },
        { "https://аpple.com/login", "https://xn--pple-43d.com/login" },
        // The same link twice in one message is kept once.
        { "https://example.org/x and again https://EXAMPLE.org/x?utm_campaign=y", "https://example.org/x" },
        // Refused: other schemes, overlong links, and text that only looks like a link.
        { "<a href=\"javascript:alert(1)\">click me</a>", "" },
        { "<data:text/html;base64,PHNjcmlwdD4=|harmless>", "" },
        { "<a href=\"file:///C:/secret.txt\">the file</a>", "" },
        { "<a href=\"mailto:tobias@example.org\">Tobias</a>", "" },
        { "https://example.org/" + new string('a', 2100), "" },
        { "xhttps://nope.example and ftp://files.example/x", "" },
        { "Thanks everyone, see you next month.", "" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void A_message_yields_its_normalised_links(string message, string expected)
    {
        var found = LinkFinder.Find(message);

        Assert.Equal(expected, string.Join(" | ", found.Links));
    }

    [Fact]
    public void The_table_covers_at_least_thirty_messages() => Assert.True(Messages.Count() >= 30);

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", LinkRefusal.SchemeNotAllowed)]
    [InlineData("<data:text/html;base64,PHNjcmlwdD4=|x>", LinkRefusal.SchemeNotAllowed)]
    [InlineData("<a href=\"file:///etc/passwd\">x</a>", LinkRefusal.SchemeNotAllowed)]
    public void A_forbidden_scheme_is_refused_with_its_reason(string message, LinkRefusal reason)
    {
        var found = LinkFinder.Find(message);

        Assert.Empty(found.Links);
        Assert.Equal(reason, Assert.Single(found.Refused).Reason);
    }

    [Fact]
    public void A_link_over_2048_characters_is_refused_and_one_of_2048_is_kept()
    {
        var longest = "https://example.org/" + new string('a', LinkNormalizer.MaxLength - "https://example.org/".Length);

        Assert.Equal(longest, LinkNormalizer.Normalize(longest, out _));
        Assert.Null(LinkNormalizer.Normalize(longest + "a", out var refusal));
        Assert.Equal(LinkRefusal.TooLong, refusal);
    }
}
