namespace MeetingBot.Domain.Minutes;

public enum MinutesEditMode
{
    /// <summary>The section's text is replaced by the new text (its heading stays).</summary>
    Replace = 0,

    /// <summary>The new text is added at the end of the section.</summary>
    Append = 1,
}

/// <summary>
/// One change the secretary made in the <c>minutes edit</c> dialog. Stored in order with each minutes version and
/// applied again when the draft is regenerated, so it names the section by its stable key.
/// </summary>
public sealed record MinutesEdit(string SectionKey, MinutesEditMode Mode, string Text)
{
    /// <summary>The longest text one edit may carry; longer text is refused with a sentence, not cut.</summary>
    public const int MaxTextLength = 20_000;
}

/// <summary>The document after an edit (unchanged when it failed) and a sentence for the secretary.</summary>
public sealed record MinutesEditResult(bool Succeeded, MinutesDocument Document, string Message);

/// <summary>A regenerated draft with the stored edits applied, and the edits that no longer fit (their section is gone).</summary>
public sealed record MinutesReplay(MinutesDocument Document, IReadOnlyList<MinutesEdit> Skipped);
