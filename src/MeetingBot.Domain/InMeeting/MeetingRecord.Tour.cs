using System.Globalization;

namespace MeetingBot.Domain.InMeeting;

/// <summary>
/// The tour de table: each present participant is called in turn and what they write is their update. Every step
/// increments <see cref="TourStep"/>, so a delayed nudge can tell whether the speaker it was meant for is still on.
/// </summary>
public sealed partial class MeetingRecord
{
    private static readonly StringComparer NameOrder = StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: true);

    public TourStatus TourStatus { get; set; }
    public TourOrder TourOrder { get; set; }
    public DateTimeOffset? TourStartedAtUtc { get; set; }
    public DateTimeOffset? TourEndedAtUtc { get; set; }
    public int TourStep { get; set; }
    public List<TourSpeaker> Speakers { get; set; } = [];

    public TourSpeaker? CurrentSpeaker => Speakers.Find(s => s.Status == TourSpeakerStatus.Speaking);

    /// <summary>Running or paused: people joining now are added to its end.</summary>
    public bool TourIsActive => TourStatus is TourStatus.Running or TourStatus.Paused;

    /// <summary>The speakers in calling order.</summary>
    public IReadOnlyList<TourSpeaker> TourSpeakers => Speakers.OrderBy(s => s.Position).ToList();

    /// <summary>"3" in "(3 of 18)": how many have finished, plus one.</summary>
    public int CalledNumber => Math.Min(Speakers.Count(s => s.IsFinished) + 1, Speakers.Count);

    /// <summary>
    /// Starts the tour with everyone present. <paramref name="given"/> (user ids) is the chair's order for
    /// <see cref="TourOrder.Given"/>; people present but not named follow by arrival. Late arrivals come last, by arrival.
    /// </summary>
    public TourOutcome StartTour(TourOrder order, IReadOnlyList<string> given, DateTimeOffset nowUtc)
    {
        if (!IsRunning)
        {
            return TourOutcome.Fail(Phase == MeetingPhase.Ended
                ? $"The {MeetingTitle} has ended."
                : $"The {MeetingTitle} has not started yet: the chair says meeting start first.");
        }

        if (TourIsActive)
        {
            return TourOutcome.Fail("The tour de table is already under way. Say tour status to see where it is.");
        }

        if (TourStatus == TourStatus.Ended)
        {
            return TourOutcome.Fail("The tour de table of this meeting has ended. Say tour resume to call those who were not reached.");
        }

        var present = Present;
        if (present.Count == 0)
        {
            return TourOutcome.Fail("Nobody is marked present yet. People count as present when they join, write here, or the chair says present @name.");
        }

        var onTime = present.Where(a => !a.IsLate).ToList();
        var ordered = order switch
        {
            TourOrder.Alphabetical => onTime.OrderBy(a => a.Name, NameOrder).ToList(),
            TourOrder.Given => given.Select(id => onTime.Find(a => a.UserId == id)).OfType<Attendee>().Distinct()
                .Concat(onTime.Where(a => !given.Contains(a.UserId))).ToList(),
            _ => onTime,
        };
        ordered.AddRange(present.Where(a => a.IsLate));

        Speakers = ordered.Select((a, i) => new TourSpeaker
        {
            MeetingId = MeetingId,
            UserId = a.UserId,
            Name = a.Name,
            Position = i + 1,
            JoinedLate = a.IsLate,
        }).ToList();
        TourStatus = TourStatus.Running;
        TourOrder = order;
        TourStartedAtUtc = nowUtc;
        TourEndedAtUtc = null;

        var orderText = order switch
        {
            TourOrder.Alphabetical => "in alphabetical order",
            TourOrder.Given => "in the order given",
            _ => "in order of arrival",
        };
        var first = CallNext(nowUtc);
        return first with { Message = Join($"Tour de table: {Speakers.Count} participant(s), {orderText}.", first.Message) };
    }

    /// <summary>"done" from the speaker, or "next" from the chair: the update is complete; the next one is called.</summary>
    public TourOutcome FinishTurn(string userId, bool byChair, DateTimeOffset nowUtc)
    {
        if (RefuseUnlessRunning() is { } refusal) return refusal;
        if (CurrentSpeaker is not { } current) return TourOutcome.Fail("Nobody is speaking now.");
        if (current.UserId != userId && !byChair)
        {
            return TourOutcome.Fail($"It is {current.Name}'s turn; only they or the chair can move on.");
        }

        Finish(current, TourSpeakerStatus.Spoke, nowUtc);
        var next = CallNext(nowUtc);
        return next with { Message = Join($"Thank you, {current.Name}.", next.Message) };
    }

    /// <summary>Nothing to report: the speaker passes, or someone still waiting passes in advance.</summary>
    public TourOutcome Pass(string userId, DateTimeOffset nowUtc)
    {
        if (RefuseUnlessRunning() is { } refusal) return refusal;
        var speaker = Speakers.Find(s => s.UserId == userId);
        switch (speaker?.Status)
        {
            case null:
                return TourOutcome.Fail("You are not on the list of the tour de table.");
            case TourSpeakerStatus.Speaking:
                Finish(speaker, TourSpeakerStatus.Passed, nowUtc);
                var next = CallNext(nowUtc);
                return next with { Message = Join($"{speaker.Name} passes.", next.Message) };
            case TourSpeakerStatus.Waiting:
                Finish(speaker, TourSpeakerStatus.Passed, nowUtc);
                return new TourOutcome(true, $"Noted: {speaker.Name} passes.");
            default:
                return TourOutcome.Fail("You have had your turn already.");
        }
    }

    /// <summary>"later": the speaker goes to the end of the tour and the next one is called.</summary>
    public TourOutcome Later(string userId, DateTimeOffset nowUtc)
    {
        if (RefuseUnlessRunning() is { } refusal) return refusal;
        var speaker = Speakers.Find(s => s.UserId == userId);
        if (speaker is not { Status: TourSpeakerStatus.Speaking })
        {
            return TourOutcome.Fail(speaker?.Status == TourSpeakerStatus.Waiting
                ? "It is not your turn yet; I will call you."
                : "Only the person whose turn it is can say later.");
        }

        if (!Speakers.Exists(s => s.Status == TourSpeakerStatus.Waiting))
        {
            return TourOutcome.Fail($"{speaker.Name}, you are the last one, so there is no later: give your update, or say pass.");
        }

        speaker.Position = Speakers.Max(s => s.Position) + 1;
        speaker.Status = TourSpeakerStatus.Waiting;
        speaker.CalledAtUtc = null;
        TourStep++;
        var next = CallNext(nowUtc);
        return next with { Message = Join($"All right, {speaker.Name}: I will come back to you at the end.", next.Message) };
    }

    /// <summary>The chair skips someone: the current speaker (the next is called) or someone still waiting.</summary>
    public TourOutcome Skip(string userId, DateTimeOffset nowUtc)
    {
        if (RefuseUnlessRunning() is { } refusal) return refusal;
        var speaker = Speakers.Find(s => s.UserId == userId);
        switch (speaker?.Status)
        {
            case null:
                return TourOutcome.Fail("That person is not on the list of the tour de table.");
            case TourSpeakerStatus.Speaking:
                Finish(speaker, TourSpeakerStatus.Skipped, nowUtc);
                var next = CallNext(nowUtc);
                return next with { Message = Join($"Skipped {speaker.Name}.", next.Message) };
            case TourSpeakerStatus.Waiting:
                Finish(speaker, TourSpeakerStatus.Skipped, nowUtc);
                return new TourOutcome(true, $"{speaker.Name} will be skipped.");
            default:
                return TourOutcome.Fail($"{speaker.Name} has had their turn already.");
        }
    }

    /// <summary>"back": reopens the turn that ended last; the current speaker waits and comes right after.</summary>
    public TourOutcome Back(DateTimeOffset nowUtc)
    {
        if (RefuseUnlessRunning() is { } refusal) return refusal;
        var previous = Speakers.Where(s => s.IsFinished && s.FinishedStep is not null).MaxBy(s => s.FinishedStep);
        if (previous is null)
        {
            return TourOutcome.Fail("Nobody has had their turn yet, so there is no one to go back to.");
        }

        if (CurrentSpeaker is { } current)
        {
            current.Status = TourSpeakerStatus.Waiting;
            current.CalledAtUtc = null;
        }

        previous.Status = TourSpeakerStatus.Speaking;
        previous.CalledAtUtc = nowUtc;
        previous.FinishedAtUtc = null;
        previous.FinishedStep = null;
        TourStep++;
        return new TourOutcome(true, $"Back to {previous.Name}.") { Called = previous };
    }

    public TourOutcome PauseTour()
    {
        if (RefuseUnlessRunning() is { } refusal) return refusal;
        TourStatus = TourStatus.Paused;
        TourStep++;
        return new TourOutcome(true, "The tour de table is paused; updates are not recorded meanwhile. Say tour resume to go on.");
    }

    /// <summary>Goes on after a pause (the same speaker is called again), or reopens an ended tour for those not reached.</summary>
    public TourOutcome ResumeTour(DateTimeOffset nowUtc)
    {
        switch (TourStatus)
        {
            case TourStatus.Paused:
                TourStatus = TourStatus.Running;
                TourStep++;
                if (CurrentSpeaker is { } current)
                {
                    current.CalledAtUtc = nowUtc;
                    return new TourOutcome(true, "The tour de table goes on.") { Called = current };
                }

                var next = CallNext(nowUtc);
                return next with { Message = Join("The tour de table goes on.", next.Message) };
            case TourStatus.Ended when IsRunning:
                var waiting = Speakers.Where(s => s.Status == TourSpeakerStatus.NotReached).ToList();
                if (waiting.Count == 0)
                {
                    return TourOutcome.Fail("Everyone has had their turn; there is nobody left to call.");
                }

                waiting.ForEach(s => s.Status = TourSpeakerStatus.Waiting);
                TourStatus = TourStatus.Running;
                TourEndedAtUtc = null;
                var first = CallNext(nowUtc);
                return first with { Message = Join("The tour de table goes on with those not reached.", first.Message) };
            case TourStatus.Running:
                return TourOutcome.Fail("The tour de table is running already.");
            default:
                return TourOutcome.Fail("There is no tour de table to resume. The chair starts one with tour start.");
        }
    }

    /// <summary>Ends the tour: the current speaker's turn counts as spoken; whoever still waits was not reached.</summary>
    public TourOutcome EndTour(DateTimeOffset nowUtc)
    {
        if (!TourIsActive)
        {
            return TourOutcome.Fail(TourStatus == TourStatus.Ended ? "The tour de table has already ended." : "There is no tour de table running.");
        }

        if (CurrentSpeaker is { } current)
        {
            Finish(current, TourSpeakerStatus.Spoke, nowUtc);
        }

        foreach (var waiting in Speakers.Where(s => s.Status == TourSpeakerStatus.Waiting))
        {
            waiting.Status = TourSpeakerStatus.NotReached;
        }

        TourStatus = TourStatus.Ended;
        TourEndedAtUtc = nowUtc;
        TourStep++;
        return new TourOutcome(true, "The tour de table has ended.") { Ended = true };
    }

    /// <summary>Adds what the current speaker wrote to their update. False when it is not theirs to record.</summary>
    public bool RecordUpdate(string userId, string text)
    {
        if (TourStatus != TourStatus.Running || !IsCapturing || CurrentSpeaker is not { } current || current.UserId != userId)
        {
            return false;
        }

        var line = text.Trim();
        if (line.Length == 0)
        {
            return true;
        }

        var update = current.Update is null ? line : current.Update + "\n" + line;
        current.Update = update.Length <= TourSpeaker.MaxUpdateLength ? update : update[..(TourSpeaker.MaxUpdateLength - 1)] + "…";
        return true;
    }

    /// <summary>Someone arriving during the tour joins its end (again, when they had left before their turn).</summary>
    private TourSpeaker? JoinTour(Attendee attendee)
    {
        if (!TourIsActive)
        {
            return null;
        }

        var speaker = Speakers.Find(s => s.UserId == attendee.UserId);
        if (speaker is not null && speaker.Status != TourSpeakerStatus.Absent)
        {
            return null;
        }

        if (speaker is null)
        {
            speaker = new TourSpeaker { MeetingId = MeetingId, UserId = attendee.UserId, Name = attendee.Name };
            Speakers.Add(speaker);
        }

        speaker.Position = Speakers.Max(s => s.Position) + 1;
        speaker.Status = TourSpeakerStatus.Waiting;
        speaker.JoinedLate = true;
        speaker.FinishedAtUtc = null;
        speaker.FinishedStep = null;
        TourStep++;
        return speaker;
    }

    /// <summary>Calls the first waiting speaker; those who have left are marked absent on the way. Ends the tour when nobody waits.</summary>
    private TourOutcome CallNext(DateTimeOffset nowUtc)
    {
        var gone = new List<string>();
        while (Speakers.Where(s => s.Status == TourSpeakerStatus.Waiting).MinBy(s => s.Position) is { } next)
        {
            if (FindAttendee(next.UserId) is not { IsPresent: true })
            {
                Finish(next, TourSpeakerStatus.Absent, nowUtc);
                gone.Add(next.Name);
                continue;
            }

            next.Status = TourSpeakerStatus.Speaking;
            next.CalledAtUtc = nowUtc;
            TourStep++;
            return new TourOutcome(true, Gone(gone)) { Called = next };
        }

        var ended = EndTour(nowUtc);
        return ended with { Message = Join(Gone(gone), "Everyone has had their turn: the tour de table has ended.") };
    }

    private void Finish(TourSpeaker speaker, TourSpeakerStatus status, DateTimeOffset nowUtc)
    {
        speaker.Status = status;
        speaker.FinishedAtUtc = nowUtc;
        speaker.FinishedStep = ++TourStep;
    }

    private TourOutcome? RefuseUnlessRunning() => TourStatus switch
    {
        TourStatus.Running when IsRunning => null,
        TourStatus.Paused => TourOutcome.Fail("The tour de table is paused. The chair says tour resume to go on."),
        TourStatus.Ended => TourOutcome.Fail("The tour de table has ended."),
        _ => TourOutcome.Fail("There is no tour de table running. The chair starts one with tour start."),
    };

    private static string Gone(List<string> names) => names.Count switch
    {
        0 => "",
        1 => $"{names[0]} has left the meeting, so I moved on.",
        _ => $"{string.Join(", ", names)} have left the meeting, so I moved on.",
    };

    private static string Join(string first, string second) =>
        first.Length == 0 ? second : second.Length == 0 ? first : first + " " + second;
}
