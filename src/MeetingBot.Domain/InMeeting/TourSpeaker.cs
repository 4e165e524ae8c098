namespace MeetingBot.Domain.InMeeting;

/// <summary>Whether the tour de table is under way.</summary>
public enum TourStatus
{
    NotStarted = 0,
    Running = 1,

    /// <summary>Stopped by the chair for a while ("tour stop"); "tour resume" calls the same speaker again.</summary>
    Paused = 2,
    Ended = 3,
}

/// <summary>How the chair asked for the speakers to be ordered. Late arrivals come last in every order.</summary>
public enum TourOrder
{
    ByArrival = 0,
    Alphabetical = 1,

    /// <summary>The people the chair named, in that order; everyone else present follows by arrival.</summary>
    Given = 2,
}

public enum TourSpeakerStatus
{
    Waiting = 0,
    Speaking = 1,
    Spoke = 2,

    /// <summary>Nothing to report.</summary>
    Passed = 3,

    /// <summary>Skipped by the chair.</summary>
    Skipped = 4,

    /// <summary>Had left the meeting when their turn came.</summary>
    Absent = 5,

    /// <summary>Still waiting when the chair ended the tour.</summary>
    NotReached = 6,
}

/// <summary>One participant's turn in the tour de table, with what they wrote as their update.</summary>
public sealed class TourSpeaker
{
    public const int MaxUpdateLength = 8000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid MeetingId { get; set; }
    public string UserId { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>Order of calling: the lowest waiting position is called next; "later" moves a speaker past the last.</summary>
    public int Position { get; set; }

    public TourSpeakerStatus Status { get; set; }

    /// <summary>Joined the meeting late or while the tour ran, and so was put at the end.</summary>
    public bool JoinedLate { get; set; }

    /// <summary>What they wrote while it was their turn, message by message (one per line).</summary>
    public string? Update { get; set; }

    public DateTimeOffset? CalledAtUtc { get; set; }
    public DateTimeOffset? FinishedAtUtc { get; set; }

    /// <summary>The tour step at which their turn ended: "back" reopens the most recent.</summary>
    public int? FinishedStep { get; set; }

    public bool IsFinished => Status is TourSpeakerStatus.Spoke or TourSpeakerStatus.Passed or TourSpeakerStatus.Skipped or TourSpeakerStatus.Absent;
}

/// <summary>What a tour step did: a sentence for the chat, and who is called now (to mention them), if anyone.</summary>
public sealed record TourOutcome(bool Succeeded, string Message)
{
    /// <summary>The speaker called by this step; null when nobody new is called.</summary>
    public TourSpeaker? Called { get; init; }

    /// <summary>The step ended the tour (everyone had their turn, or the chair ended it).</summary>
    public bool Ended { get; init; }

    public static TourOutcome Fail(string message) => new(false, message);
}
