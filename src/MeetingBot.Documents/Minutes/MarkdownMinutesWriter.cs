using System.Text;
using MeetingBot.Domain.Minutes;

namespace MeetingBot.Documents.Minutes;

/// <summary>
/// Writes the minutes as CommonMark: "#" for the title block, "##" for sections, "**Label:** text", "- " lists, and the
/// annex's links as "&lt;https://…&gt;" or "[title](https://…)". Every text is escaped (see <see cref="MarkdownText"/>)
/// and kept on one line, so what members typed can't add a heading, a list, a link or HTML, or end a block early.
/// Blocks are separated by one blank line; the file ends with a single newline.
/// </summary>
public static class MarkdownMinutesWriter
{
    private const string ToAll = " to all";

    public static string Write(MinutesDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var markdown = new StringBuilder(EstimateLength(document));
        if (document.Sections.Count == 0 || document.Sections[0].Level != 1)
        {
            // A document without a title block still gets its title at the top.
            Heading(markdown, 1, document.Title);
        }

        foreach (var section in document.Sections)
        {
            Heading(markdown, section.Level, section.Heading);
            foreach (var block in section.Blocks)
            {
                Block(markdown, block);
            }
        }

        // One newline at the end, not the blank line the last block left.
        while (markdown.Length > 0 && markdown[^1] == '\n')
        {
            markdown.Length--;
        }

        return markdown.Append('\n').ToString();
    }

    private static void Heading(StringBuilder markdown, int level, string heading)
    {
        markdown.Append('#', Math.Clamp(level, 1, 6));
        var text = MinutesText.Line(heading);
        if (text.Length > 0)
        {
            markdown.Append(' ');
            MarkdownText.Append(markdown, text, atLineStart: false, inHeading: true);
        }

        markdown.Append("\n\n");
    }

    private static void Block(StringBuilder markdown, MinutesBlock block)
    {
        switch (block)
        {
            case MinutesParagraph paragraph:
                Paragraph(markdown, paragraph);
                break;
            case MinutesLabelled labelled:
                Labelled(markdown, labelled.Label, labelled.Text);
                break;
            case MinutesBullets bullets:
                Bullets(markdown, bullets.Items);
                break;
            case MinutesLinks links:
                Links(markdown, links);
                break;
        }
    }

    private static void Paragraph(StringBuilder markdown, MinutesParagraph paragraph)
    {
        var text = MinutesText.Line(paragraph.Text);
        if (text.Length == 0)
        {
            return;
        }

        if (paragraph.Emphasis)
        {
            markdown.Append("**");
            MarkdownText.Append(markdown, text, atLineStart: false);
            markdown.Append("**\n\n");
        }
        else
        {
            MarkdownText.Append(markdown, text, atLineStart: true);
            markdown.Append("\n\n");
        }
    }

    /// <summary>"**Decision:** text"; a label that cleans to nothing leaves a plain paragraph (never "****").</summary>
    private static void Labelled(StringBuilder markdown, string label, string text)
    {
        var cleanLabel = MinutesText.Line(label);
        var cleanText = MinutesText.Line(text);
        if (cleanLabel.Length == 0)
        {
            Paragraph(markdown, new MinutesParagraph(cleanText));
            return;
        }

        markdown.Append("**");
        MarkdownText.Append(markdown, cleanLabel, atLineStart: false);
        markdown.Append(":**");
        if (cleanText.Length > 0)
        {
            markdown.Append(' ');
            MarkdownText.Append(markdown, cleanText, atLineStart: false);
        }

        markdown.Append("\n\n");
    }

    private static void Bullets(StringBuilder markdown, IReadOnlyList<string> items)
    {
        var any = false;
        foreach (var item in items)
        {
            var text = MinutesText.Line(item);
            if (text.Length == 0)
            {
                continue;
            }

            markdown.Append("- ");
            MarkdownText.Append(markdown, text, atLineStart: true);
            markdown.Append('\n');
            any = true;
        }

        if (any)
        {
            markdown.Append('\n');
        }
    }

    /// <summary>"**Name to all:**" and the links as a list, as the alliance pastes them from the chat.</summary>
    private static void Links(StringBuilder markdown, MinutesLinks links)
    {
        var sharer = MinutesText.Line(links.Sharer);
        Labelled(markdown, (sharer.Length == 0 ? "Someone" : sharer) + ToAll, "");
        var any = false;
        foreach (var link in links.Links)
        {
            var url = MinutesText.Line(link.Url);
            var title = MinutesText.Line(link.Title);
            if (url.Length == 0 && title.Length == 0)
            {
                continue;
            }

            markdown.Append("- ");
            Link(markdown, url, title);
            markdown.Append('\n');
            any = true;
        }

        if (any)
        {
            markdown.Append('\n');
        }
    }

    /// <summary>
    /// "&lt;https://…&gt;" for a bare web address, "[title](https://…)" for a titled one; any other address is text,
    /// never a link ("javascript:" must not become clickable).
    /// </summary>
    private static void Link(StringBuilder markdown, string url, string title)
    {
        if (WebAddress.Parse(url) is null)
        {
            var text = title.Length == 0 ? url : url.Length == 0 ? title : $"{title}: {url}";
            MarkdownText.Append(markdown, text, atLineStart: true);
            return;
        }

        if (title.Length == 0 && IsSafeAutolink(url))
        {
            markdown.Append('<').Append(url).Append('>');
            return;
        }

        markdown.Append('[');
        MarkdownText.Append(markdown, title.Length == 0 ? url : title, atLineStart: false);
        markdown.Append("](");
        MarkdownText.AppendDestination(markdown, url);
        markdown.Append(')');
    }

    /// <summary>An autolink ends at a space or "&gt;" and decodes entities, so such addresses take the long form.</summary>
    private static bool IsSafeAutolink(string url)
    {
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c <= ' ' || c is '<' or '>' or '\\' || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }

            if (c == '&' && MarkdownText.IsEntity(url, i))
            {
                return false;
            }
        }

        return true;
    }

    private static int EstimateLength(MinutesDocument document)
    {
        var length = 256;
        foreach (var section in document.Sections)
        {
            length += section.Heading.Length + 8;
            foreach (var block in section.Blocks)
            {
                length += block switch
                {
                    MinutesParagraph p => p.Text.Length + 8,
                    MinutesLabelled l => l.Label.Length + l.Text.Length + 12,
                    MinutesBullets b => b.Items.Sum(i => i.Length + 4),
                    MinutesLinks k => k.Sharer.Length + 16 + k.Links.Sum(l => l.Url.Length + (l.Title?.Length ?? 0) + 8),
                    _ => 0,
                };
            }
        }

        return length;
    }
}
