namespace MeetingBot.Documents.ChatExports;

/// <summary>The meeting tool a saved chat came from, as far as its lines tell.</summary>
public enum ChatExportFormat
{
    Webex,
    Zoom,
}
