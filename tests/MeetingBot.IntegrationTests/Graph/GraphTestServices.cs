using System.Collections.Concurrent;
using Azure.Core;
using MeetingBot.Conversations.Features.Minutes;
using MeetingBot.Infrastructure.Graph;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MeetingBot.IntegrationTests.Graph;

/// <summary>
/// Builds the Graph client the way the host does (<see cref="GraphServiceCollectionExtensions.AddMinutesGraph"/> on
/// an in-memory configuration), pointed at a <see cref="FakeGraphServer"/>, with a <see cref="FakeTokenCredential"/>
/// registered so no token endpoint is ever called, and every log line kept.
/// </summary>
internal static class GraphTestServices
{
    public const string CalendarMailbox = "meetings@alliance.org";
    public const string GroupId = "5b0c4a0e-2f3d-4a8e-9f44-0d3c6f0a7b21";
    public const string Sender = "secretariat@alliance.org";

    /// <summary>Every part on, retries immediate: the fake answers at once, so tests stay fast.</summary>
    public static Dictionary<string, string?> AllParts(FakeGraphServer server) => new()
    {
        ["Graph:BaseUrl"] = server.BaseUrl,
        ["Graph:RetryDelaySeconds"] = "0",
        ["Graph:Invitations:Mailbox"] = CalendarMailbox,
        ["Graph:Archive:GroupId"] = GroupId,
        ["Graph:Mail:Sender"] = Sender,
        ["Graph:Mail:To"] = "members@alliance.org; board@alliance.org",
    };

    public static ServiceProvider Build(Dictionary<string, string?> settings, bool registerCredential = true, LogSink? logs = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null) logging.AddProvider(logs);
        });
        if (registerCredential) services.AddSingleton<TokenCredential>(new FakeTokenCredential());
        services.AddMinutesGraph(configuration);
        return services.BuildServiceProvider();
    }

    public static IMinutesGraph Graph(this ServiceProvider provider) => provider.GetRequiredService<IMinutesGraph>();
}

/// <summary>The outer seam nobody can run here (Entra's token endpoint): a fixed token, and the scopes asked for.</summary>
internal sealed class FakeTokenCredential : TokenCredential
{
    public const string Token = "fake-graph-token-3f1c";

    public ConcurrentQueue<string[]> RequestedScopes { get; } = new();

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        RequestedScopes.Enqueue(requestContext.Scopes);
        return new AccessToken(Token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}

/// <summary>Keeps every formatted log line (with its exception's message), to check what the client writes.</summary>
internal sealed class LogSink : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => _lines.ToArray();

    public ILogger CreateLogger(string categoryName) => new SinkLogger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class SinkLogger(LogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink._lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
