using Hangfire;
using MeetingBot.Channels.BotFramework;
using MeetingBot.Channels.LocalChat;
using MeetingBot.Conversations;
using MeetingBot.Conversations.Downloads;
using MeetingBot.Downloads;
using MeetingBot.Infrastructure.Graph;
using MeetingBot.Conversations.Turns;
using MeetingBot.Infrastructure.Persistence;
using MeetingBot.Infrastructure.Scheduling;

namespace MeetingBot.Hosting;

/// <summary>
/// The composition root. Each part registers itself; dependencies point inward to the domain.
/// Tests build the same app with their own settings and a loopback port.
/// </summary>
public static class MeetingBotApp
{
    public const string DefaultUrl = "http://localhost:3978";

    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        var configuration = builder.Configuration;
        // The Bot Framework's customary local port, unless the host says otherwise (Urls, ASPNETCORE_URLS,
        // ASPNETCORE_HTTP_PORTS as on App Service or in containers).
        if (string.IsNullOrEmpty(configuration["urls"]) && string.IsNullOrEmpty(configuration["http_ports"]) && string.IsNullOrEmpty(configuration["https_ports"]))
            builder.WebHost.UseUrls(DefaultUrl);

        builder.Services
            .AddPersistence(configuration, builder.Environment.ContentRootPath) // first: migrates before anything reads
            .AddConversations(configuration)
            .AddScheduling(configuration)
            .AddBotFrameworkChannel(configuration)
            .AddLocalChat(configuration)
            .AddSlackChannel(configuration) // after the other channels: routes their proactive capabilities by channel
            .AddMinutesGraph(configuration)
            .AddSingleton<IPublicBaseAddress, ServerPublicBaseAddress>()
            .AddSingleton<ConversationTurnQueue>()
            .AddProblemDetails();
        builder.Services.AddOptions<HangfireDashboardOptions>().Bind(configuration.GetSection(HangfireDashboardOptions.Section));
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<MeetingBotDbContext>("database")
            .AddCheck<SchedulerHealthCheck>("scheduler");

        var app = builder.Build();

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();

        app.MapBotFrameworkMessages();
        app.MapLocalChat();
        app.MapSlackChannel();
        app.MapDownloads();
        app.MapHealthChecks("/healthz");
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            AsyncAuthorization = [new HangfireDashboardGuard(configuration[$"{HangfireDashboardOptions.Section}:DashboardPassword"])],
            DisplayStorageConnectionString = false,
        });
        app.MapGet("/", () => Results.Redirect(LocalChatDefaults.PagePath)).ExcludeFromDescription();

        app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Log(app));
        return app;
    }
}
