namespace MeetingBot.Conversations.Commands;

/// <summary>Finds the command a text starts with; the longest matching name wins ("agenda add" over "agenda").</summary>
public sealed class CommandCatalog
{
    private readonly List<(string Name, ICommand Command)> _byName;

    public CommandCatalog(IEnumerable<ICommand> commands)
    {
        Commands = commands.ToList();
        _byName = Commands
            .SelectMany(c => c.Names.Select(n => (Name: n, Command: c)))
            .OrderByDescending(p => p.Name.Length)
            .ToList();
    }

    public IReadOnlyList<ICommand> Commands { get; }

    public bool TryMatch(string text, out ICommand command, out string name, out string arguments)
    {
        var trimmed = text.TrimStart('/', ' ');
        foreach (var (candidate, found) in _byName)
        {
            if (!trimmed.StartsWith(candidate, StringComparison.OrdinalIgnoreCase)) continue;
            if (trimmed.Length > candidate.Length && !char.IsWhiteSpace(trimmed[candidate.Length])) continue;
            command = found;
            name = candidate;
            arguments = trimmed[candidate.Length..].Trim();
            return true;
        }
        command = null!;
        name = string.Empty;
        arguments = string.Empty;
        return false;
    }
}
