using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Infrastructure.Persistence.Stores;

/// <summary>
/// Which conversations have any meeting record, so that a message in a conversation that never held a recorded
/// meeting (most, most of the time) asks no query to learn that no meeting is current. Only used when this instance
/// is the database's single writer (<see cref="StorageMode"/>); otherwise <see cref="Disabled"/> says "maybe" every
/// time. Read from the table on first use; records are only ever added, and added here before they are saved.
/// </summary>
internal sealed class MeetingRecordIndex
{
    public static readonly MeetingRecordIndex Disabled = new(enabled: false);

    private readonly HashSet<string> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile bool _loaded;

    public MeetingRecordIndex() : this(enabled: true)
    {
    }

    private MeetingRecordIndex(bool enabled) => Enabled = enabled;

    public bool Enabled { get; }

    /// <summary>False only when the conversation certainly has no meeting record.</summary>
    public async ValueTask<bool> MayHaveRecordsAsync(MeetingBotDbContext db, string conversationKey, CancellationToken cancellationToken)
    {
        if (!Enabled) return true;
        if (!_loaded) await LoadAsync(db, cancellationToken);
        lock (_lock) return _conversations.Contains(conversationKey);
    }

    public void Add(string conversationKey)
    {
        if (!Enabled) return;
        lock (_lock) _conversations.Add(conversationKey);
    }

    private async Task LoadAsync(MeetingBotDbContext db, CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_loaded) return;
            var stored = await db.MeetingRecords.AsNoTracking().Select(r => r.ConversationKey).Distinct().ToListAsync(cancellationToken);
            // A union: records added while this query ran are already here.
            lock (_lock) _conversations.UnionWith(stored);
            _loaded = true;
        }
        finally
        {
            _loading.Release();
        }
    }
}
