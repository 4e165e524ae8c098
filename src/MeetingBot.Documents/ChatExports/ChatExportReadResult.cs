namespace MeetingBot.Documents.ChatExports;

/// <summary>What <see cref="ChatExportReader"/> found: the public messages of a saved chat, or why the text is not one.</summary>
public sealed record ChatExportReadResult
{
    private ChatExportReadResult(
        bool isChatExport, string problem, ChatExportFormat format, IReadOnlyList<ChatExportMessage> messages,
        int skippedPrivate, int skippedReactions)
    {
        IsChatExport = isChatExport;
        Problem = problem;
        Format = format;
        Messages = messages;
        SkippedPrivate = skippedPrivate;
        SkippedReactions = skippedReactions;
    }

    /// <summary>False when the text is not a Webex or Zoom chat; <see cref="Problem"/> then says why.</summary>
    public bool IsChatExport { get; }

    /// <summary>A sentence for the secretary when the text was refused; empty otherwise.</summary>
    public string Problem { get; }

    /// <summary>The tool the chat came from; meaningless (and <see cref="ChatExportFormat.Webex"/>) when refused.</summary>
    public ChatExportFormat Format { get; }

    /// <summary>The messages sent to everyone, in file order; empty when refused.</summary>
    public IReadOnlyList<ChatExportMessage> Messages { get; }

    /// <summary>Private (direct) messages, left out because only the two people saw them.</summary>
    public int SkippedPrivate { get; }

    /// <summary>Zoom's "Reacted to …" and "Removed a … reaction" entries, left out because they are not messages.</summary>
    public int SkippedReactions { get; }

    internal static ChatExportReadResult Read(
        ChatExportFormat format, IReadOnlyList<ChatExportMessage> messages, int skippedPrivate, int skippedReactions) =>
        new(true, "", format, messages, skippedPrivate, skippedReactions);

    internal static ChatExportReadResult Refused(string problem) => new(false, problem, default, [], 0, 0);
}
