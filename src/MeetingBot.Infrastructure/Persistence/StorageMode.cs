namespace MeetingBot.Infrastructure.Persistence;

/// <summary>
/// Whether this instance is the only one writing its database. The stores decide from this, once, at composition:
/// a single instance may answer repeat questions from memory because nothing else changes the data behind its back;
/// several instances must ask the database every time, because the others write it too.
/// </summary>
public sealed record StorageMode(bool SingleInstance)
{
    /// <summary>
    /// SQLite is the embedded mode: a SQLite file cannot be shared by instances behind a load balancer, so its bot is
    /// alone. PostgreSQL is the shared mode, meant for several instances.
    /// </summary>
    public static StorageMode For(StorageProvider provider) => new(SingleInstance: provider == StorageProvider.Sqlite);
}
