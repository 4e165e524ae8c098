namespace MeetingBot.Domain.Meetings;

/// <summary>Warning before an item is added twice under slightly different words.</summary>
public static partial class Agenda
{
    /// <summary>
    /// An active item whose title is very likely the same topic as <paramref name="title"/>, or null. "Nominations
    /// for Board positions" and "Board position nominations" match; "Budget 2027" and "Website update" do not. See
    /// <see cref="TitleSimilarity"/> for the measure. The member is asked, never refused: it is only a warning.
    /// </summary>
    public static AgendaItem? FindLikelyDuplicate(Meeting meeting, string title)
    {
        var candidate = AgendaTitle.Normalize(title, out _);
        if (candidate.Length == 0)
        {
            return null;
        }

        return meeting.ActiveItems
            .Select(item => (Item: item, Score: TitleSimilarity.Score(candidate, item.Title)))
            .Where(pair => pair.Score is not null)
            .OrderByDescending(pair => pair.Score)
            .Select(pair => pair.Item)
            .FirstOrDefault();
    }
}
