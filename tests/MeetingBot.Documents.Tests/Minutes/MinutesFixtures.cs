using System.Runtime.CompilerServices;

namespace MeetingBot.Documents.Tests.Minutes;

/// <summary>
/// Golden files under Fixtures/Minutes. They are compared exactly and never rewritten by a normal run: to accept a
/// deliberate change in the minutes, run the tests once with MEETINGBOT_UPDATE_GOLDEN=1, which writes the new output
/// into the source tree (and fails that run, so it can't pass unnoticed), then read the diff before committing.
/// </summary>
internal static class MinutesFixtures
{
    public const string UpdateVariable = "MEETINGBOT_UPDATE_GOLDEN";

    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Minutes", name)).ReplaceLineEndings("\n");

    public static bool UpdateRequested => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>Writes <paramref name="content"/> over the golden file in the source tree.</summary>
    public static void Update(string name, string content, [CallerFilePath] string callerPath = "")
    {
        var sourceFolder = Path.GetDirectoryName(callerPath) ?? throw new InvalidOperationException("No caller path.");
        var target = Path.GetFullPath(Path.Combine(sourceFolder, "..", "Fixtures", "Minutes", name));
        File.WriteAllText(target, content);
    }
}
