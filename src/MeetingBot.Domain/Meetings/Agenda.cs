namespace MeetingBot.Domain.Meetings;

/// <summary>
/// The agenda rules, as pure functions over a meeting's <see cref="Meeting.Items"/>. Members add items and edit or
/// withdraw their own; the chair or the secretary (<c>canManage</c>, from <see cref="People.Member.CanManageMeetings"/>)
/// edit, reorder, merge, approve and remove any. Every change keeps the active items numbered 1..n without gaps.
/// Refusals come back as an <see cref="AgendaResult"/> with a sentence, never as exceptions.
/// Split by concern: Agenda.Changes.cs (edit, withdraw, approve), Agenda.Ordering.cs (move, merge),
/// Agenda.CarryOver.cs (carry-over, standing items), Agenda.Duplicates.cs.
/// </summary>
public static partial class Agenda
{
    /// <summary>Generous for a monthly meeting, and a ceiling for a runaway script.</summary>
    public const int MaxItems = 200;

    public const int MaxMinutes = 480;

    /// <summary>
    /// Adds an item at the end. After the deadline it is marked late and, unless the proposer can manage the
    /// agenda, waits for approval. Check <see cref="FindLikelyDuplicate"/> first to warn the member.
    /// </summary>
    public static AgendaResult Add(Meeting meeting, string title, Person proposer, Presenter? presenter, int? minutes,
        DateTimeOffset nowUtc, bool proposerCanManage)
    {
        if (!meeting.IsOpenForItems(nowUtc))
        {
            return AgendaResult.Fail(AgendaMessages.NotOpen(meeting, nowUtc, proposerCanManage));
        }

        var cleanTitle = AgendaTitle.Normalize(title, out var problem);
        if (problem is not null)
        {
            return AgendaResult.Fail(problem);
        }

        if (minutes is < 1 or > MaxMinutes)
        {
            return AgendaResult.Fail(AgendaMessages.BadMinutes);
        }

        if (!TryCleanPresenter(presenter, out var presenterName, out problem))
        {
            return AgendaResult.Fail(problem);
        }

        var active = meeting.ActiveItems;
        if (active.Count >= MaxItems)
        {
            return AgendaResult.Fail(AgendaMessages.TooManyItems(MaxItems));
        }

        var late = nowUtc > meeting.AgendaDeadlineUtc;
        var awaitsApproval = late && !proposerCanManage;
        var item = new AgendaItem
        {
            MeetingId = meeting.Id,
            Position = active.Count + 1,
            Title = cleanTitle,
            PresenterName = presenterName,
            PresenterUserId = presenterName is null ? null : presenter?.UserId,
            Minutes = minutes,
            ProposedByUserId = proposer.UserId,
            ProposedByName = PlainText.Clean(proposer.Name),
            CreatedAtUtc = nowUtc,
            IsLate = late,
            Status = awaitsApproval ? AgendaItemStatus.AwaitingApproval : AgendaItemStatus.Accepted,
        };
        Append(meeting, item);

        return AgendaResult.Ok(
            late ? AgendaMessages.AddedLate(meeting, item, awaitsApproval) : AgendaMessages.Added(meeting, item), item);
    }

    /// <summary>The active item members call <paramref name="position"/>, or null.</summary>
    public static AgendaItem? Find(Meeting meeting, int position) =>
        meeting.ActiveItems.FirstOrDefault(item => item.Position == position);

    /// <summary>Applies <paramref name="change"/> to the active item numbered <paramref name="position"/>, or says there is none.</summary>
    public static AgendaResult WithItem(Meeting meeting, int position, Func<AgendaItem, AgendaResult> change) =>
        Find(meeting, position) is { } item
            ? change(item)
            : AgendaResult.Fail(AgendaMessages.NoSuchPosition(position, meeting.ActiveItems.Count));

    /// <summary>Minutes asked for by the active items (late ones included: they are on the list the chair sees).</summary>
    public static int TotalMinutes(Meeting meeting) => meeting.ActiveItems.Sum(item => item.Minutes ?? 0);

    /// <summary>"70 of 90 minutes planned", or "100 of 90 minutes planned (10 over)".</summary>
    public static string PlannedText(Meeting meeting)
    {
        var planned = TotalMinutes(meeting);
        var length = (int)meeting.Duration.TotalMinutes;
        var over = planned > length ? $" ({planned - length} over)" : "";
        return $"{planned} of {length} minutes planned{over}";
    }

    public static AgendaResult Close(Meeting meeting, bool canManage) => SetClosed(meeting, canManage, closed: true);

    public static AgendaResult Reopen(Meeting meeting, bool canManage) => SetClosed(meeting, canManage, closed: false);

    private static AgendaResult SetClosed(Meeting meeting, bool canManage, bool closed)
    {
        if (!canManage)
        {
            return AgendaResult.Fail(AgendaMessages.OnlyManagersClose);
        }

        if (meeting.Status is MeetingStatus.Ended or MeetingStatus.Cancelled)
        {
            return AgendaResult.Fail(AgendaMessages.NotChangeable(meeting));
        }

        meeting.AgendaClosed = closed;
        return AgendaResult.Ok(closed
            ? $"The agenda of the {meeting.DisplayTitle} is closed."
            : $"The agenda of the {meeting.DisplayTitle} is open for items again.");
    }

    /// <summary>Numbers the active items 1..n in their current order; withdrawn items get 0.</summary>
    /// <summary>Adds an item at the end of the agenda, but before a closing standing "AOB": any other business comes last.</summary>
    private static void Append(Meeting meeting, AgendaItem item)
    {
        var active = meeting.ActiveItems;
        meeting.Items.Add(item);
        item.Position = active.Count + 1;
        if (active.Count > 0 && active[^1] is { IsStanding: true } last && IsAnyOtherBusiness(last.Title))
        {
            Renumber(meeting, [.. active.Take(active.Count - 1), item, last]);
        }
    }

    private static bool IsAnyOtherBusiness(string title) =>
        title.Replace(".", "").Trim().Equals("AOB", StringComparison.OrdinalIgnoreCase)
        || title.Contains("other business", StringComparison.OrdinalIgnoreCase);

    private static void Renumber(Meeting meeting, IReadOnlyList<AgendaItem>? order = null)
    {
        order ??= meeting.ActiveItems;
        for (var i = 0; i < order.Count; i++)
        {
            order[i].Position = i + 1;
        }

        foreach (var item in meeting.Items.Where(item => !item.IsActive))
        {
            item.Position = 0;
        }
    }

    private static bool TryCleanPresenter(Presenter? presenter, out string? name, out string problem)
    {
        name = presenter is null ? null : PlainText.Clean(presenter.Name);
        problem = "";
        if (name is { Length: 0 })
        {
            name = null;
        }

        if (name is { Length: > People.Member.MaxNameLength })
        {
            problem = $"A presenter's name can have at most {People.Member.MaxNameLength} characters.";
            return false;
        }

        return true;
    }
}
