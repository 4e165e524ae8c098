namespace MeetingBot.Documents.ChatExports;

/// <summary>The line that starts a message: who sent it, when, whether everyone saw it, and the text after the colon.</summary>
internal sealed record ChatHeader(string Sender, TimeOnly? Time, bool IsPublic, string Text, ChatExportFormat Flavour);
