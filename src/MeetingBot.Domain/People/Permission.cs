namespace MeetingBot.Domain.People;

/// <summary>What a command needs from the person who gives it.</summary>
public enum Permission
{
    /// <summary>Anyone in the conversation, guests included.</summary>
    Anyone,
    /// <summary>Members and above; guests are refused.</summary>
    Member,
    /// <summary>Chair, vice-chair or secretary.</summary>
    ManageMeetings,
    /// <summary>The secretary or the chair (or a configured admin): the minutes.</summary>
    SecretaryOrChair,
    /// <summary>The chair (or a configured admin).</summary>
    Chair,
}

public static class PermissionRules
{
    public static bool Allows(this Permission permission, Member member, bool isAdmin) =>
        isAdmin || permission switch
        {
            Permission.Anyone => true,
            Permission.Member => member.Role >= Role.Member,
            Permission.ManageMeetings => member.CanManageMeetings,
            Permission.SecretaryOrChair => member.Role is Role.Secretary or Role.Chair,
            Permission.Chair => member.Role == Role.Chair,
            _ => false,
        };

    /// <summary>A sentence naming who may do it, for refusals.</summary>
    public static string WhoMay(this Permission permission) => permission switch
    {
        Permission.Member => "members of this team",
        Permission.ManageMeetings => "the chair, vice-chair or secretary",
        Permission.SecretaryOrChair => "the secretary or the chair",
        Permission.Chair => "the chair",
        _ => "anyone",
    };
}
