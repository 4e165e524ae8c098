using MeetingBot.Conversations.Turns;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MeetingBot.Infrastructure.Persistence;

/// <summary>
/// A session-level PostgreSQL advisory lock per conversation, held on its own connection for the turn, so two
/// instances never apply turns of one conversation at the same time (and so keep their order as far as the
/// channel delivers in order). The key is a 64-bit hash of the conversation key.
/// </summary>
internal sealed class PostgresConversationLock(IOptions<StorageOptions> storage) : IConversationLock
{
    // A pool of its own: a turn holds its lock connection while it takes others for its work, so sharing one pool
    // could let lock holders use up every connection and wait on each other.
    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(storage.Value.PostgresConnectionString)
    {
        ApplicationName = "MeetingBot conversation locks",
        MaxPoolSize = 200,
    }.ConnectionString;

    public async ValueTask<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", Key(conversationKey));
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new Held(connection, Key(conversationKey));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>FNV-1a over the UTF-16 code units: stable across processes, unlike string.GetHashCode.</summary>
    internal static long Key(string conversationKey)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in conversationKey)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return unchecked((long)hash);
    }

    private sealed class Held(NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                command.Parameters.AddWithValue("key", key);
                await command.ExecuteNonQueryAsync();
            }
            finally
            {
                // Closing the session releases the lock in any case.
                await connection.DisposeAsync();
            }
        }
    }
}
