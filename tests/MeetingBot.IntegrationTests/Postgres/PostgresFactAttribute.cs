using MeetingBot.IntegrationTests.Support;

namespace MeetingBot.IntegrationTests.Postgres;

/// <summary>
/// A test that needs the PostgreSQL server of <see cref="TestStorage"/> (<c>MEETINGBOT_TEST_POSTGRES</c>, which
/// .ci/run sets): it runs whenever that server is there, in either pass of the suite, and is reported as skipped otherwise.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestStorage.PostgresConnectionString is null)
            Skip = "Needs PostgreSQL: set MEETINGBOT_TEST_POSTGRES to a connection string (.ci/run does).";
    }
}
