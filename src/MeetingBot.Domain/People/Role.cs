namespace MeetingBot.Domain.People;

/// <summary>The roles of an alliance's team or chat, from most to least rights.</summary>
public enum Role
{
    Guest = 0,
    Member = 1,
    Treasurer = 2,
    Secretary = 3,
    ViceChair = 4,
    Chair = 5,
}

public static class RoleNames
{
    private static readonly Dictionary<string, Role> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["guest"] = Role.Guest,
        ["member"] = Role.Member,
        ["treasurer"] = Role.Treasurer,
        ["secretary"] = Role.Secretary,
        ["vice-chair"] = Role.ViceChair,
        ["vicechair"] = Role.ViceChair,
        ["vice chair"] = Role.ViceChair,
        ["chair"] = Role.Chair,
    };

    public static bool TryParse(string text, out Role role) => ByName.TryGetValue(text.Trim(), out role);

    /// <summary>The role as people write it in minutes: "Chair", "Vice-chair".</summary>
    public static string Display(this Role role) => role switch
    {
        Role.ViceChair => "Vice-chair",
        _ => role.ToString(),
    };

    public static IEnumerable<string> All => ["chair", "vice-chair", "secretary", "treasurer", "member", "guest"];
}
