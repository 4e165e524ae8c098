using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Infrastructure.Persistence.Stores;

/// <summary>
/// Which people have a dialog waiting in which conversation, so that the common turn, with no dialog, costs no
/// query. Only used when this instance is the database's single writer (<see cref="StorageMode"/>); otherwise
/// <see cref="Disabled"/> says "maybe" every time. Read from the table on first use, then kept by the dialog store.
/// </summary>
/// <remarks>
/// It may say "maybe" wrongly (that costs one query, which then corrects it) but never "no" wrongly: a state is
/// added here before it is saved and removed only after its deletion is saved.
/// </remarks>
internal sealed class DialogStateIndex
{
    public static readonly DialogStateIndex Disabled = new(enabled: false);

    private readonly HashSet<(string ConversationKey, string UserId)> _keys = [];
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile bool _loaded;
    private long _generation;

    public DialogStateIndex() : this(enabled: true)
    {
    }

    private DialogStateIndex(bool enabled) => Enabled = enabled;

    public bool Enabled { get; }

    /// <summary>Changes whenever a state is added; read it before a query and hand it to <see cref="RemoveIfUnchanged"/>.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>False only when there is certainly no state for this person in this conversation.</summary>
    public async ValueTask<bool> MayHaveStateAsync(MeetingBotDbContext db, string conversationKey, string userId, CancellationToken cancellationToken)
    {
        if (!Enabled) return true;
        if (!_loaded) await LoadAsync(db, cancellationToken);
        lock (_lock) return _keys.Contains((conversationKey, userId));
    }

    public void Add(string conversationKey, string userId)
    {
        if (!Enabled) return;
        lock (_lock)
        {
            _generation++;
            _keys.Add((conversationKey, userId));
        }
    }

    public void Remove(string conversationKey, string userId)
    {
        if (!Enabled) return;
        lock (_lock) _keys.Remove((conversationKey, userId));
    }

    /// <summary>Corrects a "maybe" that a query found empty, unless a state was added since <paramref name="readAt"/>.</summary>
    public void RemoveIfUnchanged(string conversationKey, string userId, long readAt)
    {
        if (!Enabled) return;
        lock (_lock)
        {
            if (_generation == readAt) _keys.Remove((conversationKey, userId));
        }
    }

    private async Task LoadAsync(MeetingBotDbContext db, CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_loaded) return;
            var stored = await db.DialogStates.AsNoTracking()
                .Select(d => new { d.ConversationKey, d.UserId })
                .ToListAsync(cancellationToken);
            // A union, not a replacement: states saved while this query ran are already here.
            lock (_lock)
                foreach (var key in stored) _keys.Add((key.ConversationKey, key.UserId));
            _loaded = true;
        }
        finally
        {
            _loading.Release();
        }
    }
}
