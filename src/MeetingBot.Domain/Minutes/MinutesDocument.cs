using System.Text.Json.Serialization;

namespace MeetingBot.Domain.Minutes;

/// <summary>
/// The minutes of one meeting as a format-neutral document: a title and sections, each made of blocks of plain text.
/// Writers (Markdown, Word, chat card) escape the text for their format, so nothing a member typed can change the
/// document's structure. Stored as JSON with each minutes version (see <see cref="MinutesJson"/>), so an approved
/// version never changes. Made by <see cref="MinutesComposer"/>; the secretary's edits are in MinutesDocument.Edits.cs.
/// </summary>
public sealed partial record MinutesDocument(string Title, IReadOnlyList<MinutesSection> Sections)
{
    public MinutesSection? Section(string key) => Sections.FirstOrDefault(s => s.Key == key);

    /// <summary>The sections the secretary can edit, in document order, for the <c>minutes edit</c> dialog.</summary>
    [JsonIgnore]
    public IReadOnlyList<MinutesSectionChoice> SectionChoices =>
        Sections.Select(s => new MinutesSectionChoice(s.Key, s.Heading)).ToList();
}

/// <summary>A section the secretary can pick: its stable key and the heading people see.</summary>
public sealed record MinutesSectionChoice(string Key, string Heading);

/// <summary>
/// One part of the minutes ("Participants", "2. Updates from partners", "Tour de table", "Annex: links shared in the
/// chat"). <see cref="Key"/> is stable across regenerations, so an edit made by the secretary can be applied again.
/// </summary>
public sealed record MinutesSection(string Key, string Heading, IReadOnlyList<MinutesBlock> Blocks)
{
    /// <summary>Heading level: 1 for the title block, 2 for sections, 3 for a speaker within the tour.</summary>
    public int Level { get; init; } = 2;
}

/// <summary>A piece of a section. Every string is plain text.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(MinutesParagraph), "paragraph")]
[JsonDerivedType(typeof(MinutesBullets), "bullets")]
[JsonDerivedType(typeof(MinutesLabelled), "labelled")]
[JsonDerivedType(typeof(MinutesLinks), "links")]
public abstract record MinutesBlock;

/// <summary>A paragraph of plain text; <see cref="Emphasis"/> makes it bold (a label or a speaker's name line).</summary>
public sealed record MinutesParagraph(string Text) : MinutesBlock
{
    public bool Emphasis { get; init; }
}

/// <summary>A bulleted list.</summary>
public sealed record MinutesBullets(IReadOnlyList<string> Items) : MinutesBlock;

/// <summary>"Label: text" with the label in bold ("Decision: …", "Participants: …").</summary>
public sealed record MinutesLabelled(string Label, string Text) : MinutesBlock;

/// <summary>The links one person shared, in the order shared ("Name to all: link").</summary>
public sealed record MinutesLinks(string Sharer, IReadOnlyList<MinutesLink> Links) : MinutesBlock;

/// <summary>A link with an optional title. <see cref="Url"/> is an absolute http(s) address (normalised when captured).</summary>
public sealed record MinutesLink(string Url, string? Title = null);
