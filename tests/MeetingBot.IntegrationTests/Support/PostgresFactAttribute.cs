namespace MeetingBot.IntegrationTests.Support;

/// <summary>
/// A test that needs a PostgreSQL server: it runs when <c>MEETINGBOT_TEST_POSTGRES</c> holds a connection string
/// (a user that may create databases; CI sets it) and is skipped, saying why, otherwise.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "MEETINGBOT_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
            Skip = $"PostgreSQL is not configured: set {Variable} to a connection string (e.g. Host=127.0.0.1;Username=postgres;Password=…) to run this test.";
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable);
}
