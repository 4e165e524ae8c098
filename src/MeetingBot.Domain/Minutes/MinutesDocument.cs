using System.Text.Json.Serialization;

namespace MeetingBot.Domain.Minutes;

/// <summary>
/// The minutes of one meeting as a format-neutral document: a title and sections, each made of blocks of plain text.
/// Writers (Markdown, Word, chat card) escape the text for their format, so nothing a member typed can change the
/// document's structure. Stored as JSON with each minutes version, so an approved version never changes.
/// </summary>
public sealed record MinutesDocument(string Title, IReadOnlyList<MinutesSection> Sections)
{
    public MinutesSection? Section(string key) => Sections.FirstOrDefault(s => s.Key == key);
}

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
