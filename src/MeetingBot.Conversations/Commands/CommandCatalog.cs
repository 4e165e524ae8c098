using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Conversations.Commands;

/// <summary>
/// Finds the command a text starts with; the longest matching name wins ("agenda add" over "agenda"). Only the matched
/// command is created for a turn: the names are read once per app into <see cref="CommandIndex"/>, because building
/// every command (and their services) for every message was the largest cost of a turn.
/// </summary>
public sealed class CommandCatalog(IServiceProvider services, CommandIndex index)
{
    /// <summary>What help shows of every command, in registration order; read once per app, nothing is created.</summary>
    public IReadOnlyList<CommandInfo> Commands => index.Infos(services);

    public bool TryMatch(string text, out ICommand command, out string name, out string arguments)
    {
        var trimmed = text.TrimStart('/', ' ');
        foreach (var (candidate, type) in index.Names(services))
        {
            if (!trimmed.StartsWith(candidate, StringComparison.OrdinalIgnoreCase)) continue;
            if (trimmed.Length > candidate.Length && !char.IsWhiteSpace(trimmed[candidate.Length])) continue;
            command = (ICommand)services.GetRequiredService(type);
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

/// <summary>
/// The registered command types (in registration order) and their names, longest first. Names are constant per type,
/// so they are read once, from the first scope that asks.
/// </summary>
public sealed class CommandIndex
{
    private readonly List<Type> _types = [];
    private readonly Lock _gate = new();
    private IReadOnlyList<CommandInfo>? _infos;
    private IReadOnlyList<(string Name, Type Type)>? _names;

    internal void Add(Type type)
    {
        if (!_types.Contains(type)) _types.Add(type);
    }

    public IReadOnlyList<(string Name, Type Type)> Names(IServiceProvider scope)
    {
        if (_names is { } known) return known;
        var infos = Infos(scope);
        lock (_gate)
        {
            return _names ??= infos
                .SelectMany(i => i.Names.Select(n => (Name: n, i.Type)))
                .OrderByDescending(p => p.Name.Length)
                .ToList();
        }
    }

    public IReadOnlyList<CommandInfo> Infos(IServiceProvider scope)
    {
        if (_infos is { } known) return known;
        lock (_gate)
        {
            return _infos ??= _types.Select(t =>
            {
                var command = (ICommand)scope.GetRequiredService(t);
                return new CommandInfo(t, command.Names, command.Usage, command.Description, command.Permission);
            }).ToList();
        }
    }
}

/// <summary>What is constant about a command: how it is called and who may call it.</summary>
public sealed record CommandInfo(Type Type, IReadOnlyList<string> Names, string Usage, string Description, Domain.People.Permission Permission);

public static class CommandRegistration
{
    /// <summary>Registers a chat command (scoped, created only when a message matches it); help lists commands in this order.</summary>
    public static IServiceCollection AddCommand<TCommand>(this IServiceCollection services) where TCommand : class, ICommand
    {
        var index = services.LastOrDefault(d => d.ServiceType == typeof(CommandIndex))?.ImplementationInstance as CommandIndex;
        if (index is null)
        {
            index = new CommandIndex();
            services.AddSingleton(index);
        }

        index.Add(typeof(TCommand));
        services.AddScoped<TCommand>();
        return services;
    }
}
