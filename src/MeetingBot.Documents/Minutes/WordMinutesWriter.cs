using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MeetingBot.Domain.Minutes;

namespace MeetingBot.Documents.Minutes;

/// <summary>
/// Writes the minutes as a Word file (.docx): the title block in the Title style, sections as Heading 1 (deeper
/// levels as Heading 2 and 3), labels in bold, bulleted lists on real numbering, and the annex's web addresses as
/// hyperlinks. Every text is cleaned of what XML 1.0 forbids (see <see cref="MinutesText"/>) and written as text
/// nodes, so no input can stop the file from opening. Valid against the OpenXml validator's Office 2019 schemas.
/// </summary>
public static class WordMinutesWriter
{
    private const string ToAll = " to all:";

    public static byte[] Write(MinutesDocument document)
    {
        using var buffer = new MemoryStream();
        WritePackage(document, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the file to <paramref name="output"/>, which need not be seekable (an upload, a response body).</summary>
    public static void Write(MinutesDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);

        // The package is built in memory because writing a zip package needs a seekable, readable stream.
        using var buffer = new MemoryStream();
        WritePackage(document, buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void WritePackage(MinutesDocument document, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: true);
        word.PackageProperties.Title = MinutesText.Line(document.Title);
        word.PackageProperties.Creator = "MeetingBot";
        var main = word.AddMainDocumentPart();
        WordStyles.AddTo(main);

        var body = new Body();
        var links = new Dictionary<Uri, string>();
        if (document.Sections.Count == 0 || document.Sections[0].Level != 1)
        {
            body.Append(Heading(1, document.Title));
        }

        foreach (var section in document.Sections)
        {
            body.Append(Heading(section.Level, section.Heading));
            foreach (var block in section.Blocks)
            {
                AppendBlock(body, block, main, links);
            }
        }

        body.Append(A4Page());
        main.Document = new Document(body);
    }

    private static void AppendBlock(Body body, MinutesBlock block, MainDocumentPart main, Dictionary<Uri, string> links)
    {
        switch (block)
        {
            case MinutesParagraph paragraph:
                body.Append(Paragraph(null, TextRun(paragraph.Text, bold: paragraph.Emphasis)));
                break;
            case MinutesLabelled labelled:
                body.Append(MinutesText.Line(labelled.Label) is { Length: > 0 } label
                    ? Paragraph(null, CleanRun(label + ": ", bold: true), TextRun(labelled.Text))
                    : Paragraph(null, TextRun(labelled.Text)));
                break;
            case MinutesBullets bullets:
                foreach (var item in bullets.Items)
                {
                    body.Append(Bullet(TextRun(item)));
                }

                break;
            case MinutesLinks shared:
                body.Append(Paragraph(null, CleanRun(SharerName(shared.Sharer) + ToAll, bold: true)));
                foreach (var link in shared.Links)
                {
                    body.Append(Bullet(Link(link, main, links)));
                }

                break;
        }
    }

    /// <summary>Level 1 is the title block, 2 a section (Heading 1), 3 a part of one (Heading 2), deeper Heading 3.</summary>
    private static Paragraph Heading(int level, string text)
    {
        var style = level switch
        {
            <= 1 => WordStyles.Title,
            2 => WordStyles.Heading1,
            3 => WordStyles.Heading2,
            _ => WordStyles.Heading3,
        };
        return Paragraph(style, TextRun(text));
    }

    /// <summary>
    /// A web address becomes a hyperlink (one relationship per address) showing its title, or the address itself;
    /// any other address is plain text.
    /// </summary>
    private static OpenXmlElement Link(MinutesLink link, MainDocumentPart main, Dictionary<Uri, string> links)
    {
        var title = MinutesText.Line(link.Title);
        var url = MinutesText.Line(link.Url);
        if (WebAddress.Parse(url) is not { } uri)
        {
            return TextRun(title.Length == 0 ? url : url.Length == 0 ? title : $"{title}: {url}");
        }

        if (!links.TryGetValue(uri, out var relationshipId))
        {
            relationshipId = main.AddHyperlinkRelationship(uri, isExternal: true).Id;
            links[uri] = relationshipId;
        }

        var run = new Run(
            new RunProperties(new RunStyle { Val = WordStyles.Hyperlink }),
            Text(title.Length == 0 ? url : title));
        return new Hyperlink(run) { Id = relationshipId, History = OnOffValue.FromBoolean(true) };
    }

    private static Paragraph Bullet(OpenXmlElement content) => new(
        new ParagraphProperties(
            new ParagraphStyleId { Val = WordStyles.ListParagraph },
            new NumberingProperties(
                new NumberingLevelReference { Val = 0 },
                new NumberingId { Val = WordStyles.BulletNumberingId })),
        content);

    private static Paragraph Paragraph(string? style, params OpenXmlElement[] content)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(content);
        return paragraph;
    }

    private static Run TextRun(string text, bool bold = false) => CleanRun(MinutesText.Line(text), bold);

    /// <summary>A run of text already cleaned by <see cref="MinutesText.Line"/> (and perhaps given a trailing space).</summary>
    private static Run CleanRun(string clean, bool bold = false)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        run.Append(Text(clean));
        return run;
    }

    private static string SharerName(string sharer) => MinutesText.Line(sharer) is { Length: > 0 } name ? name : "Someone";

    /// <summary>Spaces at either end are kept (a label's "Decision: " runs into the text after it).</summary>
    private static Text Text(string clean) => new(clean) { Space = SpaceProcessingModeValues.Preserve };

    private static SectionProperties A4Page() => new(
        new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = 1440, Right = 1440U, Bottom = 1440, Left = 1440U, Header = 708U, Footer = 708U, Gutter = 0U });
}
