using MeetingBot.Domain.Meetings;

namespace MeetingBot.Domain.InMeeting;

/// <summary>What changed when someone was marked present.</summary>
public sealed record PresenceChange(Attendee Attendee, bool Arrived, TourSpeaker? AddedToTour);

/// <summary>Attendance: join and leave events, people who write, the roster, and the chair's corrections.</summary>
public sealed partial class MeetingRecord
{
    public List<Attendee> Attendees { get; set; } = [];

    public Attendee? FindAttendee(string userId) => Attendees.Find(a => a.UserId == userId);

    /// <summary>Present attendees in order of arrival.</summary>
    public IReadOnlyList<Attendee> Present => Attendees.Where(a => a.IsPresent).OrderBy(a => a.ArrivalNumber).ToList();

    /// <summary>
    /// Marks someone present (joined, wrote, or said so by the chair). The first arrival gets the next arrival number and
    /// is late when it comes more than <paramref name="lateAfter"/> after the start; someone who arrives while the tour de
    /// table runs joins its end. Profile fields are refreshed from <paramref name="who"/> when given.
    /// </summary>
    public PresenceChange MarkPresent(ParticipantInfo who, AttendanceSources source, DateTimeOffset nowUtc, TimeSpan lateAfter)
    {
        var attendee = Remember(who);
        attendee.Sources |= source;
        if (attendee.IsPresent)
        {
            return new PresenceChange(attendee, false, null);
        }

        if (attendee.ArrivalNumber is null)
        {
            attendee.ArrivalNumber = Attendees.Max(a => a.ArrivalNumber ?? 0) + 1;
            attendee.FirstJoinedAtUtc = nowUtc;
            attendee.IsLate = StartedAtUtc is { } started && nowUtc - started > lateAfter;
        }

        attendee.Status = AttendanceStatus.Present;
        attendee.LeftAtUtc = null;
        attendee.ApologyReason = null;
        return new PresenceChange(attendee, true, JoinTour(attendee));
    }

    /// <summary>Someone left the meeting (Teams' participant-leave event). Unknown people are ignored.</summary>
    public Attendee? MarkLeft(string userId, DateTimeOffset nowUtc)
    {
        var attendee = FindAttendee(userId);
        if (attendee is not { IsPresent: true })
        {
            return null;
        }

        attendee.Status = AttendanceStatus.Left;
        attendee.LeftAtUtc = nowUtc;
        return attendee;
    }

    /// <summary>Records apologies for someone who is not here. Refused for someone who has been present.</summary>
    public DomainResult MarkApologies(ParticipantInfo who, string? reason)
    {
        if (FindAttendee(who.UserId) is { ArrivalNumber: not null } seen)
        {
            return DomainResult.Fail(seen.IsPresent
                ? $"{seen.Name} is here, so no apologies are needed."
                : $"{seen.Name} was here earlier, so they count as present.");
        }

        var attendee = Remember(who);
        attendee.Sources |= AttendanceSources.Apologies;
        attendee.Status = AttendanceStatus.Apologies;
        attendee.ApologyReason = string.IsNullOrWhiteSpace(reason) ? attendee.ApologyReason : PlainText.Clean(reason);
        return DomainResult.Ok($"Apologies from {attendee.Name} are noted.");
    }

    /// <summary>Someone on the conversation's roster: expected, not yet seen. Known people keep their status.</summary>
    public void AddInvited(ParticipantInfo who) => Remember(who).Sources |= AttendanceSources.Roster;

    private Attendee Remember(ParticipantInfo who)
    {
        var attendee = FindAttendee(who.UserId);
        if (attendee is null)
        {
            attendee = new Attendee { MeetingId = MeetingId, UserId = who.UserId, Status = AttendanceStatus.Invited };
            Attendees.Add(attendee);
        }

        var name = PlainText.Clean(who.Name);
        if (name.Length > 0) attendee.Name = name.Length > Attendee.MaxNameLength ? name[..Attendee.MaxNameLength] : name;
        if (attendee.Name.Length == 0) attendee.Name = "Someone";
        attendee.AadObjectId = who.AadObjectId ?? attendee.AadObjectId;
        attendee.Organisation = who.Organisation ?? attendee.Organisation;
        attendee.Role = who.Role ?? attendee.Role;
        attendee.Title = who.Title ?? attendee.Title;
        attendee.MeetingRole = who.MeetingRole ?? attendee.MeetingRole;
        return attendee;
    }
}
