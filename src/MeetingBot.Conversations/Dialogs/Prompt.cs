using MeetingBot.Domain.Time;

namespace MeetingBot.Conversations.Dialogs;

public enum PromptKind
{
    Text,
    Choice,
    Confirm,
    DateTime,
}

/// <summary>A question a dialog waits on. <see cref="Name"/> tells the dialog which answer it receives.</summary>
public sealed record Prompt(string Name, PromptKind Kind, string Question)
{
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>For text prompts: longest accepted answer.</summary>
    public int MaxLength { get; init; } = 500;

    /// <summary>For text prompts: whether "skip" leaves the answer empty.</summary>
    public bool Optional { get; init; }

    /// <summary>For text prompts: a message with a file and no text is an answer too (the dialog reads the file).</summary>
    public bool AcceptsFiles { get; init; }

    /// <summary>A text prompt that a file answers as well: "send the file or paste its text".</summary>
    public static Prompt FileOrText(string name, string question, int maxLength) =>
        new(name, PromptKind.Text, question) { AcceptsFiles = true, MaxLength = maxLength };

    public static Prompt Text(string name, string question, bool optional = false, int maxLength = 500) =>
        new(name, PromptKind.Text, question) { Optional = optional, MaxLength = maxLength };

    public static Prompt Choice(string name, string question, params IReadOnlyList<string> choices) =>
        new(name, PromptKind.Choice, question) { Choices = choices };

    public static Prompt Confirm(string name, string question) =>
        new(name, PromptKind.Confirm, question) { Choices = ["Yes", "No"] };

    public static Prompt DateTime(string name, string question) => new(name, PromptKind.DateTime, question);
}

/// <summary>A validated answer to a <see cref="Prompt"/>.</summary>
public sealed record PromptAnswer(string PromptName, string Text)
{
    public int? ChoiceIndex { get; init; }
    public bool? Confirmed { get; init; }
    public WhenReadResult? When { get; init; }

    /// <summary>The chosen option's text (choice prompts), else the raw text.</summary>
    public string Value { get; init; } = Text;
}
