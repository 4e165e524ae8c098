using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MeetingBot.Infrastructure.Persistence;

/// <summary>
/// Per-connection SQLite settings: NORMAL sync is safe with WAL and much faster than FULL;
/// the busy timeout makes concurrent writers wait instead of failing with "database is locked".
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
