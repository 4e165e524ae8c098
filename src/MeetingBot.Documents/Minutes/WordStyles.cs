using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MeetingBot.Documents.Minutes;

/// <summary>
/// The styles and bullet numbering of the minutes file. Word's own style ids and names ("Heading1" / "heading 1"),
/// so the navigation pane, the table of contents and a secretary's template all recognise them.
/// </summary>
internal static class WordStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string ListParagraph = "ListParagraph";
    public const string Hyperlink = "Hyperlink";

    /// <summary>The numbering instance every bulleted paragraph refers to.</summary>
    public const int BulletNumberingId = 1;

    private const string Font = "Calibri";
    private const string HeadingColour = "1F3864";

    public static void AddTo(MainDocumentPart main)
    {
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = Bullets();
    }

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, EastAsia = Font, ComplexScript = Font },
                new FontSize { Val = "22" },
                new FontSizeComplexScript { Val = "22" },
                new Languages { Val = "en-GB" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "160", Line = "259", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(
            new StyleName { Val = "Normal" },
            new PrimaryStyle())
        {
            Type = StyleValues.Paragraph, StyleId = Normal, Default = true,
        },
        new Style(
            new StyleName { Val = "Default Paragraph Font" },
            new UIPriority { Val = 1 },
            new SemiHidden(),
            new UnhideWhenUsed())
        {
            Type = StyleValues.Character, StyleId = "DefaultParagraphFont", Default = true,
        },
        new Style(
            new StyleName { Val = "Title" },
            new BasedOn { Val = Normal },
            new NextParagraphStyle { Val = Normal },
            new UIPriority { Val = 10 },
            new PrimaryStyle(),
            new StyleParagraphProperties(
                new SpacingBetweenLines { After = "240", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new ContextualSpacing()),
            new StyleRunProperties(
                new Color { Val = HeadingColour },
                new Kern { Val = 28U },
                new FontSize { Val = "48" },
                new FontSizeComplexScript { Val = "48" }))
        {
            Type = StyleValues.Paragraph, StyleId = Title,
        },
        HeadingStyle(Heading1, "heading 1", outlineLevel: 0, halfPoints: "32", before: "360"),
        HeadingStyle(Heading2, "heading 2", outlineLevel: 1, halfPoints: "26", before: "240"),
        HeadingStyle(Heading3, "heading 3", outlineLevel: 2, halfPoints: "24", before: "200"),
        new Style(
            new StyleName { Val = "List Paragraph" },
            new BasedOn { Val = Normal },
            new UIPriority { Val = 34 },
            new PrimaryStyle(),
            new StyleParagraphProperties(
                new SpacingBetweenLines { After = "60" },
                new Indentation { Left = "720" },
                new ContextualSpacing()))
        {
            Type = StyleValues.Paragraph, StyleId = ListParagraph,
        },
        new Style(
            new StyleName { Val = "Hyperlink" },
            new BasedOn { Val = "DefaultParagraphFont" },
            new UIPriority { Val = 99 },
            new UnhideWhenUsed(),
            new StyleRunProperties(
                new Color { Val = "0563C1" },
                new Underline { Val = UnderlineValues.Single }))
        {
            Type = StyleValues.Character, StyleId = Hyperlink,
        });

    private static Style HeadingStyle(string id, string name, int outlineLevel, string halfPoints, string before) => new(
        new StyleName { Val = name },
        new BasedOn { Val = Normal },
        new NextParagraphStyle { Val = Normal },
        new UIPriority { Val = 9 },
        new PrimaryStyle(),
        new StyleParagraphProperties(
            new KeepNext(),
            new KeepLines(),
            new SpacingBetweenLines { Before = before, After = "120" },
            new OutlineLevel { Val = outlineLevel }),
        new StyleRunProperties(
            new Bold(),
            new BoldComplexScript(),
            new Color { Val = HeadingColour },
            new FontSize { Val = halfPoints },
            new FontSizeComplexScript { Val = halfPoints }))
    {
        Type = StyleValues.Paragraph, StyleId = id,
    };

    /// <summary>One bullet list definition: "•" at level 0, hanging indent.</summary>
    private static Numbering Bullets() => new(
        new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "\u2022" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
            {
                LevelIndex = 0,
            })
        {
            AbstractNumberId = 1,
        },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = BulletNumberingId });
}
