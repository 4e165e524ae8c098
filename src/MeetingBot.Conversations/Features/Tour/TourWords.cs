using MeetingBot.Conversations.Messages;

namespace MeetingBot.Conversations.Features.Tour;

/// <summary>The one-word steps of the tour de table.</summary>
public enum TourWord
{
    /// <summary>"done": the speaker has finished.</summary>
    Done,

    /// <summary>"next": the chair moves on (the speaker may say it too).</summary>
    Next,
    Pass,
    Later,

    /// <summary>"back": the chair reopens the previous turn.</summary>
    Back,

    /// <summary>"skip @name": the chair skips someone.</summary>
    Skip,
}

/// <summary>
/// Recognises the tour's steps. Only a whole message counts ("done", "pass.", "skip @Phil"), never a word inside a
/// sentence ("later today I'll send it" is an update), so they work without mentioning the bot in a meeting chat.
/// </summary>
public static class TourWords
{
    private static readonly Dictionary<string, TourWord> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["done"] = TourWord.Done,
        ["i'm done"] = TourWord.Done,
        ["im done"] = TourWord.Done,
        ["i am done"] = TourWord.Done,
        ["finished"] = TourWord.Done,
        ["that's all"] = TourWord.Done,
        ["thats all"] = TourWord.Done,
        ["next"] = TourWord.Next,
        ["next please"] = TourWord.Next,
        ["pass"] = TourWord.Pass,
        ["i pass"] = TourWord.Pass,
        ["nothing to report"] = TourWord.Pass,
        ["later"] = TourWord.Later,
        ["me later"] = TourWord.Later,
        ["later please"] = TourWord.Later,
        ["back"] = TourWord.Back,
        ["go back"] = TourWord.Back,
    };

    public static bool TryRead(string text, IReadOnlyList<Mention> mentions, out TourWord word, out Mention? target)
    {
        target = null;
        var clean = string.Join(' ', text.Replace('\u2019', '\'').Trim().TrimEnd('.', '!').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (Words.TryGetValue(clean, out word))
        {
            return true;
        }

        if (mentions.Count == 1 && (clean.Equals("skip @" + mentions[0].Name, StringComparison.OrdinalIgnoreCase)
                                    || clean.Equals("skip " + mentions[0].Name, StringComparison.OrdinalIgnoreCase)))
        {
            word = TourWord.Skip;
            target = mentions[0];
            return true;
        }

        return false;
    }

    public static TourWord? FromCommandName(string name) => name.ToLowerInvariant() switch
    {
        "done" => TourWord.Done,
        "pass" => TourWord.Pass,
        "later" => TourWord.Later,
        "back" => TourWord.Back,
        "skip" => TourWord.Skip,
        _ => null,
    };
}
