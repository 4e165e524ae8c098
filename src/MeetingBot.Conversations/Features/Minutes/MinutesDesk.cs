using MeetingBot.Conversations.Downloads;
using MeetingBot.Conversations.Features.InMeeting;
using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Conversations.Messages;
using MeetingBot.Conversations.Turns;
using MeetingBot.Documents.Minutes;
using MeetingBot.Domain.InMeeting;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.Minutes;
using MeetingBot.Domain.Time;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Conversations.Features.Minutes;

/// <summary>
/// Drafting, correcting and approving a meeting's minutes, and the replies that carry them. The document itself is
/// composed by the domain (<see cref="MinutesComposer"/>) and written by Documents; this class loads what they need,
/// keeps the versions and makes the signed download links.
/// </summary>
public sealed partial class MinutesDesk(
    IMeetingStore meetings,
    IMeetingRecordStore records,
    IMemberDirectory members,
    IMinutesStore versions,
    IMinutesGraph graph,
    IMinutesDistribution distribution,
    MeetingRoom room,
    DownloadLinks links,
    Microsoft.Extensions.Options.IOptions<DownloadOptions> downloadOptions,
    TimeProvider time,
    ILogger<MinutesDesk> logger)
{
    /// <summary>Longer drafts are not posted as text in the chat (channels cut long messages); the downloads have them.</summary>
    public const int MaxChatTextLength = 12_000;

    private static readonly TimeSpan CalendarLookupTimeout = TimeSpan.FromSeconds(30);

    private const string CalendarUnreadable =
        "I could not read the meeting's calendar event from Microsoft 365 just now, so invited people are not in this draft. Say **minutes** again later to try again.";

    /// <summary>
    /// The meeting a minutes command in this conversation is about: the one whose record is here (running or latest),
    /// else the team's last meeting held. Null when there is none, after replying why.
    /// </summary>
    public async Task<Meeting?> FindMeetingAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var (meeting, problem) = await LookUpMeetingAsync(turn, cancellationToken);
        if (problem is not null) turn.Reply(problem);
        return meeting;
    }

    private async Task<(Meeting? Meeting, string? Problem)> LookUpMeetingAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Conversation.Kind == ConversationKind.Personal)
        {
            return (null, "Minutes belong to a meeting's conversation: ask for them in the meeting's channel or chat, where I post the draft.");
        }

        // A meeting that has started (running or over); a record waiting for the next one (a link shared just before
        // it starts) is not what minutes are asked for.
        var current = await room.FindCurrentAsync(turn.Conversation, cancellationToken);
        var record = current is { Phase: not MeetingPhase.Before } ? current : await records.FindLatestAsync(turn.Conversation.Key, cancellationToken);
        if (record is not null && await meetings.GetAsync(record.MeetingId, cancellationToken) is { } recorded)
        {
            return (recorded, null);
        }

        var held = await meetings.FindLastHeldAsync(turn.Conversation.ScopeId, time.GetUtcNow(), cancellationToken);
        return held is null
            ? (null, "No meeting has been held here yet, so there are no minutes to draft. Minutes come from a meeting that has started.")
            : (held, null);
    }

    /// <summary>
    /// Drafts the minutes: a new version 1, or the current draft composed again from the record with the secretary's
    /// edits applied on top. An approved latest version is left alone and shown.
    /// </summary>
    public async Task<IReadOnlyList<Reply>> DraftAsync(TurnContext turn, Meeting meeting, CancellationToken cancellationToken)
    {
        var latest = await versions.GetLatestAsync(meeting.Id, cancellationToken);
        if (latest is { IsApproved: true })
        {
            return
            [
                new Reply($"Version {latest.Number} of these minutes was approved by {latest.ApprovedByName} and is frozen. " +
                          $"Say **minutes edit** to start version {latest.Number + 1} from it, or **minutes redraft** to start it from the record."),
                await ShowAsync(latest, meeting, cancellationToken),
            ];
        }

        var (document, notes) = await ComposeAsync(meeting, cancellationToken);
        var now = time.GetUtcNow();
        MinutesVersion saved;
        if (latest is null)
        {
            saved = NewVersion(turn, meeting, 1, document, [], now);
            if (!await versions.TryAddAsync(saved, cancellationToken))
            {
                // Asked twice at once (two instances): the other draft stands; show it.
                saved = await versions.GetLatestAsync(meeting.Id, cancellationToken) ?? saved;
            }
        }
        else
        {
            // An edit whose section is gone (an agenda item withdrawn since) is dropped; the others apply again.
            var replay = document.ApplyAll(MinutesJson.DeserializeEdits(latest.EditsJson));
            var edited = replay.Document;
            if (replay.Skipped.Count > 0)
                notes.Add($"{replay.Skipped.Count} earlier correction(s) no longer had their section (an agenda item removed since), so I left them out.");
            saved = await versions.UpdateAsync(meeting.Id, latest.Number, v =>
            {
                // Approved meanwhile (another turn or instance): it stays as it was approved.
                if (v.IsApproved) return v;
                v.DocumentJson = MinutesJson.Serialize(edited);
                v.UpdatedAtUtc = now;
                return v;
            }, cancellationToken);
        }

        return WithNotes(notes, await ShowAsync(saved, meeting, cancellationToken));
    }

    /// <summary>Starts a new draft from the record after an approved version ("minutes redraft"), keeping no edits.</summary>
    public async Task<IReadOnlyList<Reply>> RedraftAsync(TurnContext turn, Meeting meeting, CancellationToken cancellationToken)
    {
        var latest = await versions.GetLatestAsync(meeting.Id, cancellationToken);
        if (latest is not { IsApproved: true })
        {
            return await DraftAsync(turn, meeting, cancellationToken);
        }

        var (document, notes) = await ComposeAsync(meeting, cancellationToken);
        var next = NewVersion(turn, meeting, latest.Number + 1, document, [], time.GetUtcNow());
        if (!await versions.TryAddAsync(next, cancellationToken))
        {
            next = await versions.GetLatestAsync(meeting.Id, cancellationToken) ?? next;
        }

        notes.Add($"Version {next.Number} started from the record; version {latest.Number} stays as approved.");
        return WithNotes(notes, await ShowAsync(next, meeting, cancellationToken));
    }

    /// <summary>Sentences first, as their own message: in Teams a card's text is not shown.</summary>
    private static IReadOnlyList<Reply> WithNotes(IReadOnlyList<string> notes, Reply card) =>
        notes.Count == 0 ? [card] : [new Reply(string.Join("\n", notes)), card];

    /// <summary>The draft the secretary edits now: the latest draft, or a new version copied from an approved one.</summary>
    public async Task<(MinutesVersion? Version, string? Problem)> EditableAsync(TurnContext turn, Meeting meeting, CancellationToken cancellationToken)
    {
        var latest = await versions.GetLatestAsync(meeting.Id, cancellationToken);
        if (latest is null)
        {
            return (null, $"There is no draft of the minutes of the {meeting.DisplayTitle} yet. Say **minutes** to draft them first.");
        }

        if (!latest.IsApproved) return (latest, null);
        var copy = NewVersion(turn, meeting, latest.Number + 1, MinutesJson.Deserialize(latest.DocumentJson), MinutesJson.DeserializeEdits(latest.EditsJson), time.GetUtcNow());
        if (!await versions.TryAddAsync(copy, cancellationToken))
        {
            copy = await versions.GetLatestAsync(meeting.Id, cancellationToken) ?? copy;
        }

        return (copy, null);
    }

    /// <summary>Applies one edit to the latest draft and keeps it, so a later regeneration applies it again.</summary>
    public async Task<(Reply? Reply, string? Problem)> EditAsync(Meeting meeting, int versionNumber, MinutesEdit edit, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (version, problem) = await versions.UpdateAsync<(MinutesVersion?, string?)>(meeting.Id, versionNumber, v =>
        {
            if (v.IsApproved) return (null, $"Version {v.Number} was approved meanwhile, so I did not change it. Say minutes edit again to start a new version.");
            var result = MinutesJson.Deserialize(v.DocumentJson).Apply(edit);
            if (!result.Succeeded) return (null, result.Message);
            v.DocumentJson = MinutesJson.Serialize(result.Document);
            v.EditsJson = MinutesJson.SerializeEdits([.. MinutesJson.DeserializeEdits(v.EditsJson), edit]);
            v.UpdatedAtUtc = now;
            return (v, null);
        }, cancellationToken);
        if (version is null) return (null, problem);
        var reply = await ShowAsync(version, meeting, cancellationToken);
        return (reply, null);
    }

    /// <summary>Freezes the latest draft and sends it on through Microsoft Graph when that is configured.</summary>
    public async Task<IReadOnlyList<Reply>> ApproveAsync(TurnContext turn, Meeting meeting, CancellationToken cancellationToken)
    {
        var latest = await versions.GetLatestAsync(meeting.Id, cancellationToken);
        if (latest is null)
        {
            return [new Reply($"There is no draft of the minutes of the {meeting.DisplayTitle} to approve. Say **minutes** to draft them.")];
        }

        if (latest.IsApproved)
        {
            return [new Reply($"Version {latest.Number} of the minutes of the {meeting.DisplayTitle} is already approved (by {latest.ApprovedByName}, {TimeZoneLabel.Format(latest.ApprovedAtUtc ?? latest.UpdatedAtUtc, meeting.TimeZoneId)}).")];
        }

        // Approve what the secretary saw: if notes, links or attendance changed since the draft was made (a late note, an
        // imported chat), show the new draft first and let them approve that.
        var (fresh, notes) = await ComposeAsync(meeting, cancellationToken);
        var calendarFailed = notes.Contains(CalendarUnreadable);
        var current = MinutesJson.Serialize(fresh.ApplyAll(MinutesJson.DeserializeEdits(latest.EditsJson)).Document);
        if (!calendarFailed && current != latest.DocumentJson)
        {
            var stamp = time.GetUtcNow();
            var redrafted = await versions.UpdateAsync(meeting.Id, latest.Number, v =>
            {
                if (!v.IsApproved)
                {
                    v.DocumentJson = current;
                    v.UpdatedAtUtc = stamp;
                }

                return v;
            }, cancellationToken);
            return WithNotes(
                [$"The meeting's record has changed since this draft was made (notes, links or attendance), so I did not approve it yet. Here is version {redrafted.Number} as it is now; say **minutes approve** again to approve it."],
                await ShowAsync(redrafted, meeting, cancellationToken));
        }

        var now = time.GetUtcNow();
        var approver = turn.Member.DisplayName;
        var approved = await versions.UpdateAsync(meeting.Id, latest.Number, v =>
        {
            if (v.IsApproved) return v;
            v.Status = MinutesStatus.Approved;
            v.ApprovedByName = approver;
            v.ApprovedAtUtc = now;
            v.UpdatedAtUtc = now;
            return v;
        }, cancellationToken);
        await distribution.EnqueueAsync(meeting.Id, approved.Number, cancellationToken);
        var steps = distribution.PlannedSteps.Count == 0 ? "" : $" Next I {string.Join(" and ", distribution.PlannedSteps)}; I'll say here when that is done or if it fails.";
        return WithNotes(
            [$"Version {approved.Number} of the minutes of the {meeting.DisplayTitle} is approved and frozen; a later edit starts version {approved.Number + 1}.{steps}"],
            await ShowAsync(approved, meeting, cancellationToken));
    }

    /// <summary>The latest version with fresh download links.</summary>
    public async Task<Reply> DownloadAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var latest = await versions.GetLatestAsync(meeting.Id, cancellationToken);
        return latest is null
            ? new Reply($"There are no minutes of the {meeting.DisplayTitle} yet. The secretary or the chair can say **minutes** to draft them.")
            : await ShowAsync(latest, meeting, cancellationToken, withText: false);
    }

    /// <summary>Section choices for the edit dialog, from the version being edited.</summary>
    public async Task<IReadOnlyList<MinutesSectionChoice>> SectionsAsync(Guid meetingId, int versionNumber, CancellationToken cancellationToken) =>
        await versions.GetAsync(meetingId, versionNumber, cancellationToken) is { } version
            ? MinutesJson.Deserialize(version.DocumentJson).SectionChoices
            : [];

    private async Task<(MinutesDocument Document, List<string> Notes)> ComposeAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var notes = new List<string>();
        var record = await records.GetAsync(meeting.Id, cancellationToken);
        var scopeMembers = await members.ListAsync(meeting.ScopeId, cancellationToken);
        var next = meeting.SeriesId is { } seriesId
            ? (await meetings.ListSeriesMeetingsAsync(seriesId, cancellationToken))
                .Where(m => m.Status == MeetingStatus.Scheduled && m.StartUtc > meeting.StartUtc)
                .MinBy(m => m.StartUtc)
            : null;
        var invited = await InvitedAsync(meeting, notes, cancellationToken);
        if (record is null)
        {
            notes.Add("I did not record this meeting (nobody started it with me), so the draft has the agenda but no attendance, notes, tour or links.");
        }

        var document = MinutesComposer.Compose(new MinutesInput(meeting, record, scopeMembers, next,
            invited.Select(i => i.Name).ToList(), meeting.Title, invited.Where(i => i.Declined).Select(i => i.Name).ToList()));
        return (document, notes);
    }

    private async Task<IReadOnlyList<InvitedPerson>> InvitedAsync(Meeting meeting, List<string> notes, CancellationToken cancellationToken)
    {
        if (!graph.ReadsInvitations) return [];
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CalendarLookupTimeout);
        try
        {
            var invitees = await graph.GetInviteesAsync(new InvitationQuery(meeting.DisplayTitle, meeting.StartUtc, meeting.EndUtc, meeting.JoinUrl), timeout.Token);
            return invitees.Where(i => i.Name.Length > 0).ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The draft never waits on Graph: it is made without the invitation list, and the next "minutes" tries again.
            LogCalendarFailed(logger, e, meeting.Id);
            notes.Add(CalendarUnreadable);
            return [];
        }
    }

    private async Task<Reply> ShowAsync(MinutesVersion version, Meeting meeting, CancellationToken cancellationToken, bool withText = true)
    {
        var document = MinutesJson.Deserialize(version.DocumentJson);
        var word = await links.CreateAsync(DownloadKind.MinutesWord, meeting.Id, version.Number, cancellationToken);
        var markdown = await links.CreateAsync(DownloadKind.MinutesMarkdown, meeting.Id, version.Number, cancellationToken);
        var state = version.IsApproved ? $"approved by {version.ApprovedByName}" : "draft";
        var text = MarkdownMinutesWriter.Write(document);
        var chatText = !withText ? "" : text.Length <= MaxChatTextLength
            ? text
            : text[..MaxChatTextLength] + "\n\n… (the rest is in the downloads)";
        var card = new Card($"Minutes of the {meeting.DisplayTitle}")
        {
            Subtitle = $"Version {version.Number}, {state}",
            Facts = Facts(document, meeting),
            Note = version.IsApproved
                ? "Approved versions do not change. Say minutes edit to start a new version."
                : "Say minutes edit to correct a section, minutes to regenerate it after more notes, minutes approve when it is final.",
            Links = [new CardLink("Download Word", word), new CardLink("Download Markdown", markdown)],
        };
        var fallback = $"{chatText}\n\nDownload Word: {word}\nDownload Markdown: {markdown}\n(links work for {LifetimeText()})".TrimStart();
        return new Reply(fallback) { Card = card };
    }

    private string LifetimeText()
    {
        var lifetime = downloadOptions.Value.LinkLifetime;
        var span = lifetime.TotalHours >= 48 ? $"{lifetime.TotalDays:0} days" : lifetime.TotalHours >= 1 ? $"{lifetime.TotalHours:0} hours" : $"{lifetime.TotalMinutes:0} minutes";
        return $"{span}; say minutes download for fresh ones";
    }

    private static IReadOnlyList<CardFact> Facts(MinutesDocument document, Meeting meeting) =>
    [
        new("When", TimeZoneLabel.FormatRange(meeting.ActualStartUtc ?? meeting.StartUtc, meeting.ActualEndUtc ?? meeting.EndUtc, meeting.TimeZoneId)),
        new("Agenda items", meeting.ActiveItems.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Links in the annex", (document.Section(MinutesSectionKeys.Annex)?.Blocks.OfType<MinutesLinks>().Sum(b => b.Links.Count) ?? 0)
            .ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    private static MinutesVersion NewVersion(TurnContext turn, Meeting meeting, int number, MinutesDocument document, IReadOnlyList<MinutesEdit> edits, DateTimeOffset now) => new()
    {
        MeetingId = meeting.Id,
        ScopeId = meeting.ScopeId,
        ConversationKey = turn.Conversation.Key,
        Number = number,
        Status = MinutesStatus.Draft,
        DocumentJson = MinutesJson.Serialize(document),
        EditsJson = MinutesJson.SerializeEdits(edits),
        CreatedByUserId = turn.Message.From.Id,
        CreatedByName = turn.Member.DisplayName,
        CreatedAtUtc = now,
        UpdatedAtUtc = now,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the calendar event of meeting {MeetingId} from Microsoft Graph failed; drafting without the invitation list")]
    private static partial void LogCalendarFailed(ILogger logger, Exception exception, Guid meetingId);
}
