using MeetingBot.Protocol.Activities;

namespace MeetingBot.Channels.LocalChat;

/// <summary>
/// One conversation of the local channel: its transcript (user and bot activities, in the order watchers see
/// them) and the members who wrote in it. Thread-safe; keeps at most <c>capacity</c> activities.
/// </summary>
/// <remarks>
/// Each stored activity carries a sequence number; the Direct Line watermark is the last number a client has
/// seen. An updated activity keeps its id but gets a new number, so watchers receive it again and replace
/// their copy; a deleted one leaves a <c>messageDelete</c> activity with the same id.
/// </remarks>
internal sealed class LocalConversation
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _entries = [];
    private readonly List<ChannelAccount> _writers = [];
    private readonly int _capacity;
    private long _lastSequence;
    private long _lastNumber;
    private long _lastTouchedTicks;

    public LocalConversation(ConversationAccount account, ChannelAccount? owner, int capacity, DateTimeOffset now)
    {
        Id = account.Id ?? throw new ArgumentException("A conversation needs an id.", nameof(account));
        Account = account;
        Owner = owner;
        _capacity = capacity;
        _lastTouchedTicks = now.UtcTicks;
    }

    public string Id { get; }

    public ConversationAccount Account { get; }

    /// <summary>The member of a 1:1 conversation; null for the team channel.</summary>
    public ChannelAccount? Owner { get; }

    public bool IsChannel => Owner is null;

    public DateTimeOffset LastTouched => new(Interlocked.Read(ref _lastTouchedTicks), TimeSpan.Zero);

    /// <summary>Stores an activity with a new id and the given timestamp; returns it as stored.</summary>
    public Activity Append(Activity activity, DateTimeOffset now)
    {
        lock (_gate)
        {
            var stored = activity with
            {
                Id = LocalChatIds.ActivityId(Id, ++_lastNumber),
                Timestamp = now,
                Conversation = Account,
            };
            Add(stored, now);
            return stored;
        }
    }

    /// <summary>An id for an activity the bot receives but the transcript does not keep (conversationUpdate).</summary>
    public string NewActivityId()
    {
        lock (_gate)
        {
            return LocalChatIds.ActivityId(Id, ++_lastNumber);
        }
    }

    public Activity? Find(string activityId)
    {
        lock (_gate)
        {
            return IndexOf(activityId) is var i and >= 0 ? _entries[i].Activity : null;
        }
    }

    /// <summary>Replaces a stored activity, keeping its id, and shows it to watchers again.</summary>
    public Activity? Replace(string activityId, Func<Activity, Activity> update, DateTimeOffset now)
    {
        lock (_gate)
        {
            var i = IndexOf(activityId);
            if (i < 0)
            {
                return null;
            }

            var original = _entries[i].Activity;
            var updated = update(original) with { Id = original.Id, Conversation = Account };
            _entries.RemoveAt(i);
            Add(updated, now);
            return updated;
        }
    }

    /// <summary>Removes an activity and tells watchers with a <c>messageDelete</c> activity of the same id.</summary>
    public bool Remove(string activityId, DateTimeOffset now)
    {
        lock (_gate)
        {
            var i = IndexOf(activityId);
            if (i < 0)
            {
                return false;
            }

            var original = _entries[i].Activity;
            _entries.RemoveAt(i);
            Add(new Activity
            {
                Type = ActivityTypes.MessageDelete,
                Id = original.Id,
                Timestamp = now,
                ChannelId = original.ChannelId,
                From = original.From,
                Conversation = Account,
            }, now);
            return true;
        }
    }

    /// <summary>
    /// Activities after <paramref name="watermark"/> and the new watermark. A watermark from the future (the
    /// server restarted since the client last looked) is treated as none: the client gets the whole transcript.
    /// </summary>
    public (IReadOnlyList<Activity> Activities, long Watermark) ReadSince(long? watermark)
    {
        lock (_gate)
        {
            var after = watermark is { } w && w <= _lastSequence ? w : 0;
            var result = new List<Activity>();
            for (var i = _entries.Count - 1; i >= 0 && _entries[i].Sequence > after; i--)
            {
                result.Add(_entries[i].Activity);
            }

            result.Reverse();
            return (result, _lastSequence);
        }
    }

    /// <summary>
    /// Records that a member wrote here. True the first time they do; <paramref name="isFirst"/> when nobody
    /// had written before (the bot has just been "added" to the conversation).
    /// </summary>
    public bool AddWriter(ChannelAccount member, out bool isFirst)
    {
        lock (_gate)
        {
            isFirst = _writers.Count == 0;
            var existing = _writers.FindIndex(m => string.Equals(m.Id, member.Id, StringComparison.Ordinal));
            if (existing >= 0)
            {
                _writers[existing] = member; // keep the latest display name
                return false;
            }

            _writers.Add(member);
            return true;
        }
    }

    /// <summary>The roster: members who wrote here, and the member of a 1:1 conversation even before they do.</summary>
    public IReadOnlyList<ChannelAccount> Members()
    {
        lock (_gate)
        {
            if (Owner is null || _writers.Exists(m => string.Equals(m.Id, Owner.Id, StringComparison.Ordinal)))
            {
                return [.. _writers];
            }

            return [Owner, .. _writers];
        }
    }

    public ChannelAccount? FindMember(string memberId) =>
        Members().FirstOrDefault(m => string.Equals(m.Id, memberId, StringComparison.Ordinal));

    private void Add(Activity activity, DateTimeOffset now)
    {
        // A sender's newer activity makes their earlier "typing" stale: drop it so transcripts stay readable.
        var senderId = activity.From?.Id;
        _entries.RemoveAll(e => e.Activity.Type == ActivityTypes.Typing
            && string.Equals(e.Activity.From?.Id, senderId, StringComparison.Ordinal));

        _entries.Add(new Entry(++_lastSequence, activity));
        if (_entries.Count > _capacity)
        {
            _entries.RemoveRange(0, _entries.Count - _capacity);
        }

        Interlocked.Exchange(ref _lastTouchedTicks, now.UtcTicks);
    }

    private int IndexOf(string activityId) =>
        _entries.FindIndex(e => string.Equals(e.Activity.Id, activityId, StringComparison.Ordinal));

    private readonly record struct Entry(long Sequence, Activity Activity);
}
