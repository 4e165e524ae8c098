namespace MeetingBot.Documents.ChatExports;

/// <summary>One message sent to everyone in the meeting, as the saved chat shows it.</summary>
/// <param name="Sender">The display name as the tool wrote it ("Dürmayer, Evelyn (she/her)"); matching it to a member is the caller's job.</param>
/// <param name="TimeOfDay">When it was sent, if the file says; Zoom cloud recordings count from the start of the recording.</param>
/// <param name="Text">The message; lines of a multi-line message joined with "\n".</param>
/// <param name="LineNumber">The 1-based line of the file where the message starts.</param>
public sealed record ChatExportMessage(string Sender, TimeOnly? TimeOfDay, string Text, int LineNumber);
