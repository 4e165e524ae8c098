using System.Globalization;
using System.Text;

namespace MeetingBot.Domain.Minutes;

/// <summary>The secretary's edits: replace or append to a section's text, by its stable key.</summary>
public sealed partial record MinutesDocument
{
    /// <summary>
    /// Applies one edit. The text is cleaned of control characters (line breaks stay) and split into paragraphs at
    /// blank lines; the lines of one paragraph are joined with spaces. Replacing with empty text empties the section;
    /// appending nothing, an unknown section and a text over <see cref="MinutesEdit.MaxTextLength"/> characters are
    /// refused with a sentence that says what to do instead.
    /// </summary>
    public MinutesEditResult Apply(MinutesEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var key = (edit.SectionKey ?? "").Trim();
        var index = FindSection(key);
        if (index < 0)
        {
            var keys = string.Join(", ", Sections.Select(s => s.Key));
            var shown = key.Length == 0 ? "" : $" called \"{Shorten(CleanLine(key), 40)}\"";
            return new MinutesEditResult(false, this,
                $"These minutes have no section{shown}. Choose one of: {keys}.");
        }

        var text = edit.Text ?? "";
        if (text.Length > MinutesEdit.MaxTextLength)
        {
            return new MinutesEditResult(false, this,
                $"That text is {text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters; one edit can hold " +
                $"{MinutesEdit.MaxTextLength.ToString("N0", CultureInfo.InvariantCulture)}. Split it into several appends.");
        }

        var section = Sections[index];
        var paragraphs = Paragraphs(text);
        if (edit.Mode == MinutesEditMode.Append && paragraphs.Count == 0)
        {
            return new MinutesEditResult(false, this, $"There is no text to add to \"{section.Heading}\". Write it after the section name.");
        }

        var blocks = edit.Mode == MinutesEditMode.Append ? [.. section.Blocks, .. paragraphs] : paragraphs;
        var sections = Sections.ToList();
        sections[index] = section with { Blocks = blocks };
        var message = edit.Mode == MinutesEditMode.Append
            ? $"Added to \"{section.Heading}\"."
            : paragraphs.Count == 0 ? $"\"{section.Heading}\" is now empty." : $"\"{section.Heading}\" is replaced.";
        return new MinutesEditResult(true, this with { Sections = sections }, message);
    }

    /// <summary>
    /// Applies stored edits in order to a regenerated draft. An edit whose section no longer exists (an agenda item
    /// withdrawn since) is skipped and returned, so the secretary can be told; the others still apply.
    /// </summary>
    public MinutesReplay ApplyAll(IEnumerable<MinutesEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(edits);
        var document = this;
        var skipped = new List<MinutesEdit>();
        foreach (var edit in edits)
        {
            var result = document.Apply(edit);
            if (result.Succeeded)
            {
                document = result.Document;
            }
            else
            {
                skipped.Add(edit);
            }
        }

        return new MinutesReplay(document, skipped);
    }

    private int FindSection(string key)
    {
        for (var i = 0; i < Sections.Count; i++)
        {
            if (string.Equals(Sections[i].Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Paragraphs at blank lines; within one, lines joined by a space.</summary>
    private static List<MinutesBlock> Paragraphs(string text)
    {
        var paragraphs = new List<MinutesBlock>();
        var current = new StringBuilder();
        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = CleanLine(rawLine);
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(line);
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Length > 0)
            {
                paragraphs.Add(new MinutesParagraph(current.ToString()));
                current.Clear();
            }
        }
    }

    /// <summary>One line without control characters or broken surrogate pairs; tabs become spaces, runs of spaces one.</summary>
    private static string CleanLine(string line)
    {
        var clean = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
            {
                clean.Append(c).Append(line[++i]);
                continue;
            }

            if (char.IsSurrogate(c) || (char.IsControl(c) && !char.IsWhiteSpace(c)))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (clean.Length > 0 && clean[^1] != ' ')
                {
                    clean.Append(' ');
                }

                continue;
            }

            clean.Append(c);
        }

        return clean.ToString().TrimEnd();
    }

    /// <summary>Cut on a whole character, never between the halves of a surrogate pair.</summary>
    private static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[max - 2]) ? max - 2 : max - 1;
        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
