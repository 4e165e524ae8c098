using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MeetingBot.Documents.Tests.Minutes;

/// <summary>A written Word file opened again for checking: its paragraphs, styles, numbering, links and validity.</summary>
internal sealed class WordFile : IDisposable
{
    private readonly MemoryStream stream;

    public WordFile(byte[] bytes)
    {
        stream = new MemoryStream(bytes, writable: false);
        Package = WordprocessingDocument.Open(stream, isEditable: false);
    }

    public WordprocessingDocument Package { get; }

    public MainDocumentPart Main => Package.MainDocumentPart ?? throw new InvalidOperationException("No main part.");

    public IReadOnlyList<Paragraph> Paragraphs =>
        Main.Document?.Body?.Elements<Paragraph>().ToList() ?? throw new InvalidOperationException("No body.");

    public string Text => string.Join("\n", Paragraphs.Select(p => p.InnerText));

    public static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    public static int? NumberingOf(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value;

    /// <summary>"Heading1", "ListParagraph#1+link", "Normal": one entry per paragraph, to compare two files' structure.</summary>
    public IReadOnlyList<string> Shape => Paragraphs.Select(p =>
        (StyleOf(p) ?? "Normal")
        + (NumberingOf(p) is { } numbering ? $"#{numbering}" : "")
        + string.Concat(p.Elements<Hyperlink>().Select(_ => "+link"))
        + $"/{p.Elements<Run>().Count()}runs").ToList();

    public IReadOnlyList<string> Errors(FileFormatVersions version) =>
        new OpenXmlValidator(version).Validate(Package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

    public void Dispose()
    {
        Package.Dispose();
        stream.Dispose();
    }
}
