namespace MeetingBot.Domain.Meetings;

/// <summary>The rules for an agenda item's title: plain text on one line, 1 to 200 characters.</summary>
public static class AgendaTitle
{
    public const int MaxLength = 200;

    public const string Missing = "An agenda item needs a title, e.g. agenda add Nominations for Board positions.";

    public static readonly string TooLong =
        $"An agenda item title can have at most {MaxLength} characters. Give a short headline, "
        + "e.g. agenda add Nominations for Board positions, and share the details in the chat.";

    /// <summary>
    /// Cleans a title (see <see cref="PlainText"/>): whitespace collapsed, control and zero-width characters, HTML and
    /// Teams tags and Markdown marks removed. <paramref name="problem"/> is a sentence for the member when the result
    /// is empty or too long, else null; the cleaned text is returned either way.
    /// </summary>
    public static string Normalize(string? raw, out string? problem)
    {
        var title = PlainText.Clean(raw);
        problem = title.Length == 0 ? Missing
            : title.Length > MaxLength ? TooLong
            : null;
        return title;
    }
}
