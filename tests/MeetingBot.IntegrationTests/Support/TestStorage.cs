using Npgsql;

namespace MeetingBot.IntegrationTests.Support;

/// <summary>
/// Which storage the integration tests run on. By default SQLite files in temp folders. With
/// <c>MEETINGBOT_TEST_STORAGE=Postgres</c> and <c>MEETINGBOT_TEST_POSTGRES</c> (a connection string, set by .ci/run
/// after it starts a local server) every bot host gets its own PostgreSQL database for data and Hangfire, named
/// after its data folder, so a restart on the same folder finds the same data.
/// </summary>
public static class TestStorage
{
    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable("MEETINGBOT_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    public static bool UsePostgres =>
        PostgresConnectionString is not null
        && string.Equals(Environment.GetEnvironmentVariable("MEETINGBOT_TEST_STORAGE"), "Postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>Settings that put a host on a database of its own; creates the database on first use.</summary>
    public static async Task<Dictionary<string, string?>> PostgresSettingsAsync(string dataFolder)
    {
        var name = "mb_" + Path.GetFileName(dataFolder.TrimEnd(Path.DirectorySeparatorChar)).ToLowerInvariant();
        return new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:PostgresConnectionString"] = await EnsureDatabaseAsync(name),
        };
    }

    /// <summary>Creates a database (if missing) on the test server and returns a connection string to it.</summary>
    public static async Task<string> EnsureDatabaseAsync(string name)
    {
        var server = new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Pooling = false };
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", name);
            if (await exists.ExecuteScalarAsync() is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                await create.ExecuteNonQueryAsync();
            }
        }
        return new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Database = name }.ConnectionString;
    }
}
