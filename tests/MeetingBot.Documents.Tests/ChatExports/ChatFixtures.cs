namespace MeetingBot.Documents.Tests.ChatExports;

internal static class ChatFixtures
{
    /// <summary>A fixture as the bot would get it: the file's text, BOM and line endings untouched.</summary>
    public static string Read(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ChatExports", name));
        return System.Text.Encoding.UTF8.GetString(bytes);
    }
}
