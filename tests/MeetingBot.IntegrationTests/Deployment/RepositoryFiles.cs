namespace MeetingBot.IntegrationTests.Deployment;

/// <summary>Files of the repository the tests run from: the folder holding MeetingBot.sln, found by walking up.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts)
    {
        var path = PathOf(parts);
        Assert.True(File.Exists(path), $"{Path.GetRelativePath(Root, path)} is missing from the repository.");
        return File.ReadAllText(path);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MeetingBot.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds MeetingBot.sln.");
    }
}
