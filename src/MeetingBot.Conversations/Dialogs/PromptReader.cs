using MeetingBot.Domain.Time;

namespace MeetingBot.Conversations.Dialogs;

/// <summary>Checks an answer against the prompt it answers, and says why when it does not fit.</summary>
public sealed class PromptReader(WhenReader whenReader)
{
    private static readonly HashSet<string> Yes = new(StringComparer.OrdinalIgnoreCase)
        { "yes", "y", "yeah", "yep", "ok", "okay", "sure", "confirm", "correct", "right" };
    private static readonly HashSet<string> No = new(StringComparer.OrdinalIgnoreCase)
        { "no", "n", "nope", "wrong", "not really" };

    /// <summary>Returns the answer, or null with <paramref name="problem"/> set to a sentence for the user.</summary>
    public PromptAnswer? Read(Prompt prompt, string text, string timeZoneId, out string? problem, bool withFiles = false)
    {
        problem = null;
        var answer = text.Trim().TrimEnd('.', '!');
        switch (prompt.Kind)
        {
            case PromptKind.Text:
                if (prompt.Optional && answer.Equals("skip", StringComparison.OrdinalIgnoreCase))
                    return new PromptAnswer(prompt.Name, string.Empty);
                if (answer.Length == 0 && prompt.AcceptsFiles && withFiles)
                    return new PromptAnswer(prompt.Name, string.Empty);
                if (answer.Length == 0)
                    problem = prompt.AcceptsFiles ? "Please send the file, or paste its text." : prompt.Optional ? "Please type an answer, or say skip." : "Please type an answer.";
                else if (answer.Length > prompt.MaxLength)
                    problem = $"That is {answer.Length} characters; please keep it under {prompt.MaxLength}.";
                return problem is null ? new PromptAnswer(prompt.Name, answer) : null;

            case PromptKind.Confirm:
                if (Yes.Contains(answer)) return new PromptAnswer(prompt.Name, answer) { Confirmed = true, Value = "Yes" };
                if (No.Contains(answer)) return new PromptAnswer(prompt.Name, answer) { Confirmed = false, Value = "No" };
                problem = "Please answer yes or no.";
                return null;

            case PromptKind.Choice:
                var index = FindChoice(prompt.Choices, answer);
                if (index is { } i) return new PromptAnswer(prompt.Name, answer) { ChoiceIndex = i, Value = prompt.Choices[i] };
                problem = $"Please pick one of the options by its number (1 to {prompt.Choices.Count}) or its name.";
                return null;

            case PromptKind.DateTime:
                var when = whenReader.Read(answer, timeZoneId);
                if (when.Succeeded) return new PromptAnswer(prompt.Name, answer) { When = when };
                problem = when.Message;
                return null;

            default:
                problem = "I could not read that answer.";
                return null;
        }
    }

    private static int? FindChoice(IReadOnlyList<string> choices, string answer)
    {
        if (int.TryParse(answer, out var number) && number >= 1 && number <= choices.Count) return number - 1;
        for (var i = 0; i < choices.Count; i++)
            if (choices[i].Equals(answer, StringComparison.OrdinalIgnoreCase)) return i;
        // A unique beginning is enough ("Vie" for "Europe/Vienna" is not, "Europe/Vi" is).
        int? found = null;
        for (var i = 0; i < choices.Count; i++)
        {
            if (answer.Length < 2 || !choices[i].StartsWith(answer, StringComparison.OrdinalIgnoreCase)) continue;
            if (found is not null) return null;
            found = i;
        }
        return found;
    }
}
