using DocumentFormat.OpenXml;
using MeetingBot.Documents.Minutes;
using MeetingBot.Domain.Minutes;

namespace MeetingBot.Documents.Tests.Minutes;

/// <summary>
/// Whatever members type (names, notes, updates, link titles, profile fields), the minutes keep the shape of the clean
/// ones: the same headings, list items and paragraphs in Markdown, nothing that acts as Markdown or HTML, and a Word
/// file with the same paragraphs that still validates.
/// </summary>
public sealed class HostileInputTests
{
    public static TheoryData<string, string> Hostile => new()
    {
        { "bold", "**x**" },
        { "heading", "# h" },
        { "script link", "[a](javascript:alert(1))" },
        { "image", "![pic](https://evil.example/x.png)" },
        { "backtick", "`code` and ``` fence" },
        { "table", "a | b |\n|---|---|" },
        { "quote", "> quote" },
        { "ordered list", "1. x" },
        { "ordered list with parenthesis", "12) x" },
        { "thematic break", "---" },
        { "stars break", "***" },
        { "setext", "===" },
        { "plus list", "+ item" },
        { "emphasis underscores", "_em_ __strong__ ~~gone~~" },
        { "indented code", "    code" },
        { "script tag", "<script>alert(1)</script>" },
        { "bold tag", "<b>bold</b>" },
        { "comment", "<!-- hidden -->" },
        { "autolink", "<https://evil.example>" },
        { "entities", "&amp; &#60; &#x3C; &lt;" },
        { "reference definition", "[ref]: https://evil.example" },
        { "card action", "{\"type\":\"Action.OpenUrl\",\"url\":\"https://evil.example\"}" },
        { "card closer", "\"}]}" },
        { "backslashes", "\\ \\\\ \\*" },
        { "nul bell escape", "a\u0000b\u0007c\u001b[31md" },
        { "line breaks", "one\u2028two\u2029three\rfour\nfive\r\n# six" },
        { "xml forbidden", "x\uFFFEy\uFFFFz\uD800w" },
        { "unusual spaces", "\u00A0**x**\u2003 \u3000_y_\u00A0" },
        { "very long", string.Concat(Enumerable.Repeat("# [a](b) <i>*x*</i> ", 3000)) },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_text_anywhere_in_the_document_keeps_the_Markdown_shape(string name, string hostile)
    {
        var clean = MinutesComposer.Compose(GoldenMeeting.Input());
        var spiced = Spice(clean, text => $"{hostile} {text} {hostile}");

        var cleanShape = MarkdownShape.Read(MarkdownMinutesWriter.Write(clean));
        var spicedShape = MarkdownShape.Read(MarkdownMinutesWriter.Write(spiced));

        Assert.True(spicedShape.Problems.Count == 0, $"{name}: {string.Join("; ", spicedShape.Problems.Take(5))}");
        Assert.Equal(cleanShape.Kinds, spicedShape.Kinds);
        Assert.Equal(cleanShape.Links, spicedShape.Links);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_text_anywhere_in_the_document_keeps_the_Word_file_valid_and_its_shape(string name, string hostile)
    {
        var clean = MinutesComposer.Compose(GoldenMeeting.Input());
        var spiced = Spice(clean, text => $"{hostile} {text} {hostile}");

        using var cleanWord = new WordFile(WordMinutesWriter.Write(clean));
        using var spicedWord = new WordFile(WordMinutesWriter.Write(spiced));

        Assert.True(spicedWord.Errors(FileFormatVersions.Office2019) is [], name);
        Assert.Equal(cleanWord.Shape, spicedWord.Shape);
        Assert.Equal(cleanWord.Main.HyperlinkRelationships.Count(), spicedWord.Main.HyperlinkRelationships.Count());
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_meeting_recorded_with_hostile_text_keeps_the_shape_of_the_clean_one(string name, string hostile)
    {
        // Through the record: notes are cleaned when taken, but updates, link titles and member profiles are not.
        // Long text is left to the test above: the record refuses a note over its limit.
        var shortHostile = hostile.Length > 200 ? hostile[..200] : hostile;
        var clean = MinutesComposer.Compose(GoldenMeeting.Input());
        var spiced = MinutesComposer.Compose(GoldenMeeting.Input(text => $"{shortHostile} {text} {shortHostile}"));

        var cleanShape = MarkdownShape.Read(MarkdownMinutesWriter.Write(clean));
        var spicedShape = MarkdownShape.Read(MarkdownMinutesWriter.Write(spiced));
        using var word = new WordFile(WordMinutesWriter.Write(spiced));

        Assert.True(spicedShape.Problems.Count == 0, $"{name}: {string.Join("; ", spicedShape.Problems.Take(5))}");
        Assert.Equal(cleanShape.Kinds, spicedShape.Kinds);
        Assert.Equal(cleanShape.Links, spicedShape.Links);
        Assert.Empty(word.Errors(FileFormatVersions.Office2019));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a link at all")]
    [InlineData("//evil.example/no-scheme")]
    public void Only_web_addresses_become_links(string url)
    {
        var document = LinksDocument(new MinutesLink(url), new MinutesLink(url, "Click [here](javascript:x)"));

        var shape = MarkdownShape.Read(MarkdownMinutesWriter.Write(document));
        using var word = new WordFile(WordMinutesWriter.Write(document));

        Assert.Empty(shape.Problems);
        Assert.Equal(0, shape.Links);
        Assert.Empty(word.Main.HyperlinkRelationships);
        Assert.Empty(word.Errors(FileFormatVersions.Office2019));
    }

    [Theory]
    [InlineData("https://example.org/a b(c)<d>", "[https://example.org/a b(c)\\<d>](https://example.org/a%20b%28c%29%3Cd%3E)")]
    [InlineData("https://example.org/?q=1&amp;x=2", "[https://example.org/?q=1\\&amp;x=2](https://example.org/?q=1\\&amp;x=2)")]
    [InlineData("https://example.org/?update=members&lang=en", "<https://example.org/?update=members&lang=en>")]
    [InlineData("https://example.org/a_b*c", "<https://example.org/a_b*c>")]
    public void Web_addresses_that_would_end_a_link_early_are_encoded(string url, string expectedItem)
    {
        var markdown = MarkdownMinutesWriter.Write(LinksDocument(new MinutesLink(url)));

        Assert.Contains("- " + expectedItem + "\n", markdown, StringComparison.Ordinal);
        Assert.Equal(1, MarkdownShape.Read(markdown).Links);
    }

    [Fact]
    public void A_line_break_in_a_name_does_not_start_a_new_block()
    {
        var document = new MinutesDocument("Minutes",
        [
            new MinutesSection("header", "Minutes", [new MinutesLabelled("Participants", "Ann\n# Heading\n- item\r\n\r\n1. one")]) { Level = 1 },
        ]);

        var markdown = MarkdownMinutesWriter.Write(document);

        Assert.Equal("# Minutes\n\n**Participants:** Ann # Heading - item 1. one\n", markdown);
    }

    [Theory]
    [InlineData("# Heading", "\\# Heading")]
    [InlineData("1. First", "1\\. First")]
    [InlineData("2027) year", "2027\\) year")]
    [InlineData("1234567890. long number", "1234567890. long number")]
    [InlineData("- dash", "\\- dash")]
    [InlineData("> quote", "\\> quote")]
    [InlineData("snake_case stays, _this_ not", "snake_case stays, \\_this\\_ not")]
    [InlineData("Smith & Co &amp;", "Smith & Co \\&amp;")]
    [InlineData("a < b > c", "a \\< b > c")]
    [InlineData("C# and #tags", "C# and #tags")]
    public void Paragraph_text_is_escaped_only_where_it_would_act(string text, string expected)
    {
        var document = new MinutesDocument("M", [new MinutesSection("s", "S", [new MinutesParagraph(text)])]);

        var markdown = MarkdownMinutesWriter.Write(document);

        Assert.Equal($"# M\n\n## S\n\n{expected}\n", markdown);
    }

    [Fact]
    public void A_heading_ending_in_hashes_keeps_them()
    {
        var document = new MinutesDocument("M", [new MinutesSection("s", "Item ##", [])]);

        Assert.Equal("# M\n\n## Item \\#\\#\n", MarkdownMinutesWriter.Write(document));
    }

    private static MinutesDocument LinksDocument(params MinutesLink[] links) => new("Minutes",
    [
        new MinutesSection("annex", "Annex", [new MinutesLinks("Eve", links)]),
    ]);

    /// <summary>The same document with <paramref name="spice"/> applied to every text in it (web addresses excepted).</summary>
    private static MinutesDocument Spice(MinutesDocument document, Func<string, string> spice) =>
        new(spice(document.Title), document.Sections.Select(section => section with
        {
            Heading = spice(section.Heading),
            Blocks = section.Blocks.Select(block => block switch
            {
                MinutesParagraph p => p with { Text = spice(p.Text) },
                MinutesLabelled l => new MinutesLabelled(spice(l.Label), spice(l.Text)),
                MinutesBullets b => new MinutesBullets(b.Items.Select(spice).ToList()),
                MinutesLinks k => new MinutesLinks(spice(k.Sharer),
                    k.Links.Select(link => link with { Title = link.Title is null ? null : spice(link.Title) }).ToList()),
                _ => block,
            }).ToList(),
        }).ToList());
}
