using MeetingBot.Hosting;

namespace MeetingBot.LoadBench;

/// <summary>
/// The real bot from its composition root, on 127.0.0.1 with a fresh SQLite file in a temp folder.
/// No app id is configured, so channel authentication is off.
/// </summary>
public sealed class BotTarget : ITarget
{
    private readonly WebApplication _app;

    private BotTarget(WebApplication app, string dataFolder)
    {
        _app = app;
        DataFolder = dataFolder;
    }

    public string Name => "bot";
    public string BaseUrl => _app.Urls.First();
    public string DataFolder { get; }

    public static async Task<BotTarget> StartAsync()
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "meetingbot-loadbench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataFolder);
        var app = MeetingBotApp.Create([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            builder.Environment.ContentRootPath = dataFolder;
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:SqlitePath"] = Path.Combine(dataFolder, "meetingbot.db"),
            });
        });
        await app.StartAsync();
        return new BotTarget(app, dataFolder);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try { Directory.Delete(DataFolder, recursive: true); }
        catch (IOException) { } // SQLite may still hold the file for a moment; the OS temp cleaner will get it
        catch (UnauthorizedAccessException) { }
    }
}
