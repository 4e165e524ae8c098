using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Conversations.Turns;
using MeetingBot.Infrastructure.Persistence.Stores;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.Infrastructure.Persistence;

public static partial class PersistenceServiceCollectionExtensions
{
    /// <summary>Registers the database (SQLite file or PostgreSQL, per <see cref="StorageOptions"/>) and the stores.</summary>
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var storage = StorageOptions.Read(configuration);
        var mode = StorageMode.For(storage.Provider);
        services.TryAddSingleton(TimeProvider.System);

        if (storage.Provider == StorageProvider.Postgres)
        {
            services.AddDbContextPool<PostgresMeetingBotDbContext>(o => o.UseNpgsql(storage.PostgresConnectionString));
            services.AddScoped<MeetingBotDbContext>(sp => sp.GetRequiredService<PostgresMeetingBotDbContext>());
            services.AddSingleton<IConversationLock, PostgresConversationLock>();
        }
        else
        {
            var connectionString = SqliteConnectionString(storage.SqlitePath, contentRoot);
            services.AddDbContextPool<SqliteMeetingBotDbContext>((sp, o) => o
                .UseSqlite(connectionString)
                .AddInterceptors(new SqlitePragmaInterceptor(), sp.GetRequiredService<MemberCacheInvalidation>()));
            services.AddScoped<MeetingBotDbContext>(sp => sp.GetRequiredService<SqliteMeetingBotDbContext>());
            services.AddSingleton<IConversationLock, InProcessConversationLock>();
        }

        services.AddScoped<IMeetingStore, EfMeetingStore>();
        services.AddScoped<MeetingBot.Conversations.Features.Linking.IConversationLinkStore, EfConversationLinkStore>();
        services.AddScoped<MeetingBot.Conversations.Features.InMeeting.IMeetingRecordStore, EfMeetingRecordStore>();
        services.AddScoped<MeetingBot.Conversations.Features.Minutes.IMinutesStore, EfMinutesStore>();
        services.AddSingleton<MeetingBot.Conversations.Downloads.ISigningKeySource, DatabaseSigningKeySource>();
        // Registered before every other hosted service, so the schema is current before anything uses it.
        services.AddHostedService<DatabaseMigrator>();
        services.AddStores(mode);
        return services;
    }

    /// <summary>The SQLite connection string for a data file, creating its folder.</summary>
    public static string SqliteConnectionString(string path, string contentRoot)
    {
        var full = Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path));
        return new SqliteConnectionStringBuilder { DataSource = full, Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    /// <summary>
    /// Applies pending migrations. A failure stops start-up with a message that says what to check,
    /// instead of a bot that runs without its tables.
    /// </summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MeetingBotDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("MeetingBot.Persistence");
        var storage = scope.ServiceProvider.GetRequiredService<IOptions<StorageOptions>>().Value;
        try
        {
            if (storage.Provider == StorageProvider.Sqlite)
            {
                var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                // WAL lets readers run while one turn writes; it is a property of the file, set once.
                await db.Database.OpenConnectionAsync(cancellationToken);
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                await db.Database.CloseConnectionAsync();
            }
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            LogMigrated(logger, storage.Provider.ToString(), pending.Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogMigrationFailed(logger, storage.Provider.ToString(), ex);
            throw new InvalidOperationException(
                $"The {storage.Provider} database could not be brought up to date: {ex.Message} " +
                "Check Storage:SqlitePath (the folder must be writable) or Storage:PostgresConnectionString (server reachable, user may create tables).",
                ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready ({Provider}); {Count} migration(s) applied")]
    private static partial void LogMigrated(ILogger logger, string provider, int count);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Database migration failed ({Provider}); the bot cannot start")]
    private static partial void LogMigrationFailed(ILogger logger, string provider, Exception exception);
}
