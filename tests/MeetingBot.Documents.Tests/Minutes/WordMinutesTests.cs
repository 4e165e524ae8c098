using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using MeetingBot.Documents.Minutes;
using MeetingBot.Domain.Minutes;

namespace MeetingBot.Documents.Tests.Minutes;

/// <summary>The golden meeting as a Word file: valid, complete, with real styles, bullets and hyperlinks.</summary>
public sealed class WordMinutesTests
{
    private static readonly MinutesDocument Document = MinutesComposer.Compose(GoldenMeeting.Input());

    [Theory]
    [InlineData(FileFormatVersions.Office2019)]
    [InlineData(FileFormatVersions.Microsoft365)]
    public void The_golden_minutes_validate_without_errors(FileFormatVersions version)
    {
        using var word = new WordFile(WordMinutesWriter.Write(Document));

        Assert.Empty(word.Errors(version));
    }

    [Fact]
    public void The_file_holds_every_participant_heading_update_and_link()
    {
        using var word = new WordFile(WordMinutesWriter.Write(Document));
        var text = word.Text;

        string[] expected =
        [
            "9th Informal Meeting of the Alliance", "Location: Webex", "31 Aug 2027, 15:30 - 17:00 (GMT+2)",
            "Amara Okafor (Chair, Justice Futures Network)", "Henrik Lindqvist (Vice-chair", "Ingrid Hofer (Treasurer",
            "Katarzyna Nowak", "Daniel Osei", "Elena Petrova (Intern)", "Priya Raman", "Lukas Brandner (Secretary)",
            "UNODC Civil Society Unit: Farid Haddad (Civil Society Officer), Mei Tanaka",
            "Apologies: Sofía Márquez (Red Latinoamericana de Prevención), Peter Novák (Balkan Justice Initiative)",
            "Participants", "Agenda", "1. Updates from the Alliance", "2. Side event at the Crime Congress",
            "3. Updates from partners", "4. Tour de table", "5. AOB", "Next meeting", "Annex: links shared in the chat",
            "We are looking for partners for a project on school violence.",
            "The newsletter deadline is 20 September.", "Registration opens next week.",
            "Action (Katarzyna Nowak, by 1 Oct 2027): Send the speakers list to the secretariat",
            "Passed: Katarzyna Nowak, Ingrid Hofer.",
            "Henrik Lindqvist to all:", "Farid Haddad to all:", "Elena Petrova to all:", "Lukas Brandner to all:",
            "Civil Society Unit | UNODC", "https://youtu.be/yfjT4x9Lq2A",
            "The next Informal Meeting of the Alliance will be on 28 Sep 2027, 15:30 - 17:00 (GMT+2).",
        ];
        foreach (var part in expected)
        {
            Assert.Contains(part, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Kasia", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Olivia", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_title_block_uses_the_Title_style_and_each_section_Heading1()
    {
        using var word = new WordFile(WordMinutesWriter.Write(Document));
        var byStyle = word.Paragraphs.ToLookup(WordFile.StyleOf);

        Assert.Equal(["9th Informal Meeting of the Alliance"], byStyle["Title"].Select(p => p.InnerText));
        Assert.Equal(Document.Sections.Skip(1).Select(s => s.Heading), byStyle["Heading1"].Select(p => p.InnerText));
        var styles = word.Main.StyleDefinitionsPart?.Styles?.Elements<Style>().ToDictionary(s => s.StyleId?.Value ?? "") ?? [];
        Assert.Equal(0, styles["Heading1"].StyleParagraphProperties?.OutlineLevel?.Val?.Value);
        Assert.Equal(1, styles["Heading2"].StyleParagraphProperties?.OutlineLevel?.Val?.Value);
        Assert.Equal(StyleValues.Character, styles["Hyperlink"].Type?.Value);
    }

    [Fact]
    public void A_deeper_section_is_a_Heading2()
    {
        var document = new MinutesDocument("Minutes",
        [
            new MinutesSection("tour", "Tour de table", []),
            new MinutesSection("tour-1", "Henrik Lindqvist", [new MinutesParagraph("Update")]) { Level = 3 },
        ]);

        using var word = new WordFile(WordMinutesWriter.Write(document));

        Assert.Equal(["Title", "Heading1", "Heading2", null], word.Paragraphs.Select(WordFile.StyleOf));
        Assert.Empty(word.Errors(FileFormatVersions.Office2019));
    }

    [Fact]
    public void Annex_links_are_hyperlinks_to_the_shared_addresses()
    {
        using var word = new WordFile(WordMinutesWriter.Write(Document));
        var targets = word.Main.HyperlinkRelationships.ToDictionary(r => r.Id, r => r.Uri.AbsoluteUri);
        var hyperlinks = word.Paragraphs.SelectMany(p => p.Elements<Hyperlink>()).ToList();

        var expected = Document.Section(MinutesSectionKeys.Annex)?.Blocks.OfType<MinutesLinks>()
            .SelectMany(b => b.Links.Select(l => l.Url)).ToList() ?? [];
        Assert.Equal(9, expected.Count);
        Assert.Equal(expected, hyperlinks.Select(h => targets[h.Id?.Value ?? ""]));
        Assert.All(word.Main.HyperlinkRelationships, r => Assert.True(r.IsExternal));
        Assert.Equal("Civil Society Unit | UNODC",
            hyperlinks.Single(h => targets[h.Id?.Value ?? ""] == "https://www.unodc.org/unodc/en/ngos/index.html").InnerText);
        Assert.All(hyperlinks, h => Assert.Equal("Hyperlink",
            h.GetFirstChild<Run>()?.RunProperties?.RunStyle?.Val?.Value));
    }

    [Fact]
    public void Agenda_items_and_links_are_bullets_on_a_bullet_numbering()
    {
        using var word = new WordFile(WordMinutesWriter.Write(Document));
        var bullets = word.Paragraphs.Where(p => WordFile.NumberingOf(p) is not null).ToList();

        // Five agenda items and nine links (the Congress page under Henrik and under Elena).
        Assert.Equal(14, bullets.Count);
        Assert.All(bullets, p => Assert.Equal("ListParagraph", WordFile.StyleOf(p)));
        var numbering = word.Main.NumberingDefinitionsPart?.Numbering;
        var instance = numbering?.Elements<NumberingInstance>().Single(n => n.NumberID?.Value == WordFile.NumberingOf(bullets[0]));
        var abstractNum = numbering?.Elements<AbstractNum>()
            .Single(a => a.AbstractNumberId?.Value == instance?.AbstractNumId?.Val?.Value);
        Assert.Equal(NumberFormatValues.Bullet, abstractNum?.Elements<Level>().First().NumberingFormat?.Val?.Value);
    }

    [Fact]
    public void The_document_title_is_in_the_file_properties()
    {
        using var word = new WordFile(WordMinutesWriter.Write(Document));

        Assert.Equal("9th Informal Meeting of the Alliance", word.Package.PackageProperties.Title);
    }

    [Fact]
    public void Writing_to_a_stream_that_cannot_seek_gives_the_same_file()
    {
        using var target = new ForwardOnlyStream();

        WordMinutesWriter.Write(Document, target);

        using var word = new WordFile(target.Written.ToArray());
        Assert.Empty(word.Errors(FileFormatVersions.Office2019));
        Assert.Contains("Passed: Katarzyna Nowak, Ingrid Hofer.", word.Text, StringComparison.Ordinal);
    }

    private sealed class ForwardOnlyStream : Stream
    {
        public MemoryStream Written { get; } = new();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Written.Write(buffer, offset, count);
    }
}
