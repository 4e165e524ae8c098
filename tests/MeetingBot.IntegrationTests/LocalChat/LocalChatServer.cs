using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MeetingBot.Channels.BotFramework;
using MeetingBot.Channels.LocalChat;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MeetingBot.IntegrationTests.LocalChat;

/// <summary>
/// A real Kestrel on 127.0.0.1 with the local chat channel and <see cref="EchoBot"/> as the bot, plus the
/// chat page's static files from src/MeetingBot/wwwroot. One per test: the transcripts start empty.
/// </summary>
internal sealed class LocalChatServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalChatServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress };
        Bot = app.Services.GetRequiredService<EchoBot>();
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public EchoBot Bot { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<LocalChatServer> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = FindWebRoot(),
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["LocalChat:Enabled"] = "true" });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddLocalChat(builder.Configuration);
        builder.Services.AddSingleton<EchoBot>();
        builder.Services.AddSingleton<IActivityIngress>(sp => sp.GetRequiredService<EchoBot>());

        var app = builder.Build();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapLocalChat();
        await app.StartAsync();
        return new LocalChatServer(app, new Uri(app.Urls.First()));
    }

    /// <summary>Starts a conversation as the page does; returns its id and token.</summary>
    public async Task<(string ConversationId, string Token)> StartConversationAsync(object? body = null)
    {
        using var response = await Client.PostAsync("/v3/directline/conversations", body is null ? null : JsonContent.Create(body));
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("conversationId").GetString()!, json.RootElement.GetProperty("token").GetString()!);
    }

    public Task<HttpResponseMessage> PostActivityAsync(string conversationId, string? token, object activity) =>
        SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/activities", token, JsonContent.Create(activity));

    public async Task<string> PostMessageAsync(string conversationId, string token, string name, string text)
    {
        using var response = await PostActivityAsync(conversationId, token, Message(name, text));
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>GET activities; returns the parsed ActivitySet (dispose it).</summary>
    public async Task<JsonDocument> GetActivitiesAsync(string conversationId, string token, string? watermark = null)
    {
        var query = watermark is null ? "" : $"?watermark={Uri.EscapeDataString(watermark)}";
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/activities{query}", token);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>A message as the chat page posts it.</summary>
    public static object Message(string name, string text) => new
    {
        type = "message",
        text,
        textFormat = "plain",
        from = new { id = LocalChatIds.MemberId(name), name, role = "user" },
        locale = "en-GB",
        localTimezone = "Europe/Brussels",
        localTimestamp = "2026-03-05T14:00:00.000+01:00",
    };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string FindWebRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "MeetingBot", "wwwroot");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/MeetingBot/wwwroot not found above the test output folder.");
    }
}
