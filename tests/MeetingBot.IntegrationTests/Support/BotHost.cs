using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MeetingBot.Conversations.Turns;
using MeetingBot.Hosting;
using MeetingBot.Protocol.Activities;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MeetingBot.IntegrationTests.Support;

/// <summary>
/// The real bot (same composition root as Program) on real Kestrel at 127.0.0.1, with a SQLite file in a
/// temp folder. Dispose and start another on the same folder to simulate a restart.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotHost(WebApplication app, string dataFolder)
    {
        _app = app;
        DataFolder = dataFolder;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public HttpClient Client { get; }
    public string DataFolder { get; }
    public string BaseUrl => _app.Urls.First();
    public IServiceProvider Services => _app.Services;

    public static async Task<BotHost> StartAsync(string? dataFolder = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        dataFolder ??= TempFolder.Create();
        // A test that names its storage keeps it; every other host follows the suite's storage (see TestStorage).
        var storage = TestStorage.UsePostgres && settings?.Keys.Any(k => k.StartsWith("Storage:", StringComparison.Ordinal)) != true
            ? await TestStorage.PostgresSettingsAsync(dataFolder)
            : null;
        var app = MeetingBotApp.Create([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Environment.ContentRootPath = dataFolder;
            builder.Logging.ClearProviders();
            builder.Logging.AddFilter(_ => false);
            var defaults = new Dictionary<string, string?>
            {
                ["Storage:SqlitePath"] = Path.Combine(dataFolder, "meetingbot.db"),
                ["BotFramework:ConnectorRetryBaseDelay"] = "00:00:00.200",
            };
            foreach (var (key, value) in storage ?? []) defaults[key] = value;
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) defaults[key] = value;
            builder.Configuration.AddInMemoryCollection(defaults);
            services?.Invoke(builder.Services);
        });
        await app.StartAsync();
        // Hangfire's log provider is process-wide and points at the last host's logger factory; with several hosts
        // in one test process a disposed host's factory would break the others' logging. Tests read no logs.
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(new Hangfire.Logging.LogProviders.ColouredConsoleLogProvider(Hangfire.Logging.LogLevel.Fatal));
        return new BotHost(app, dataFolder);
    }

    public Task<HttpResponseMessage> PostActivityAsync(Activity activity, string? bearerToken = null) =>
        PostRawAsync(JsonSerializer.Serialize(activity, BotFrameworkJsonContext.Default.Activity), bearerToken);

    public Task<HttpResponseMessage> PostRawAsync(string json, string? bearerToken = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (bearerToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        return Client.SendAsync(request);
    }

    /// <summary>Waits until every queued turn has finished.</summary>
    public Task WhenIdleAsync() => _app.Services.GetRequiredService<ConversationTurnQueue>().WhenIdleAsync(TimeSpan.FromSeconds(15));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        // Each host has a database of its own on the shared test server: give its connections back now.
        if (TestStorage.UsePostgres) Npgsql.NpgsqlConnection.ClearAllPools();
    }
}

public static class TempFolder
{
    public static string Create()
    {
        var path = Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
