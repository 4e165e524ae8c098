using System.Text.Json;
using System.Text.RegularExpressions;

namespace MeetingBot.IntegrationTests.Deployment;

/// <summary>
/// The web app settings deploymentTemplates/main.bicep sets, against the keys of appsettings.sample.json and the
/// code that reads them: a setting the app never reads is a typo, and a setting production needs but the
/// template forgets stops the app at start.
/// </summary>
public sealed partial class DeploymentSettingsTests
{
    /// <summary>Settings for App Service and Application Insights themselves, not for the app's configuration.</summary>
    private static readonly string[] PlatformSettings =
    [
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "ApplicationInsightsAgent_EXTENSION_VERSION",
        "WEBSITES_PORT",
    ];

    /// <summary>Read by ASP.NET Core itself rather than by our code (but still listed in the sample).</summary>
    private static readonly string[] ReadByTheFramework = ["Urls"];

    /// <summary>Without these the app cannot run in production (authentication, shared PostgreSQL storage).</summary>
    public static TheoryData<string> RequiredInProduction =>
    [
        "MicrosoftAppType",
        "MicrosoftAppId",
        "MicrosoftAppTenantId",
        "Storage:Provider",
        "Storage:PostgresConnectionString",
    ];

    /// <summary>Secrets must come from Key Vault, never as plain values in the template.</summary>
    public static TheoryData<string> Secrets =>
    [
        "MicrosoftAppPassword",
        "Storage:PostgresConnectionString",
        "Hangfire:DashboardPassword",
        "Slack:SigningSecret",
        "Slack:BotToken",
    ];

    private static readonly Lazy<IReadOnlyDictionary<string, string>> TemplateSettings = new(() => BicepAppSettings.Read(RepositoryFiles.Read("deploymentTemplates", "main.bicep")));
    private static readonly Lazy<SampleSettings> Sample = new(() => SampleSettings.Parse(RepositoryFiles.Read("appsettings.sample.json")));

    [Fact]
    public void The_template_sets_app_settings()
    {
        Assert.True(TemplateSettings.Value.Count >= 10,
            $"Found only {TemplateSettings.Value.Count} settings in main.bicep's appSettings* arrays: has the layout changed?");
    }

    [Fact]
    public void Every_setting_the_template_sets_exists_in_appsettings_sample_json()
    {
        var missing = TemplateSettings.Value.Keys
            .Where(k => !PlatformSettings.Contains(k, StringComparer.OrdinalIgnoreCase))
            .Where(k => !Sample.Value.Has(k))
            .ToList();

        Assert.True(missing.Count == 0,
            $"main.bicep sets {string.Join(", ", missing)}, which appsettings.sample.json does not have. " +
            "Add them to the sample (with a safe default) or fix the names in the template.");
    }

    [Fact]
    public void Every_setting_the_template_sets_is_read_by_the_app()
    {
        var source = SourceWords();
        var unread = TemplateSettings.Value.Keys
            .Where(k => !PlatformSettings.Contains(k, StringComparer.OrdinalIgnoreCase))
            .Where(k => !ReadByTheFramework.Contains(k, StringComparer.OrdinalIgnoreCase))
            .Where(k => k.Split(':').Where(s => !int.TryParse(s, out _)).Any(segment => !source.Contains(segment)))
            .ToList();

        Assert.True(unread.Count == 0,
            $"No code under src/ names {string.Join(", ", unread)}: the app would ignore these settings.");
    }

    [Theory]
    [MemberData(nameof(RequiredInProduction))]
    public void A_setting_production_needs_is_set_by_the_template(string key)
    {
        Assert.True(TemplateSettings.Value.ContainsKey(key), $"main.bicep does not set {key} (as {key.Replace(":", "__")}).");
        Assert.True(Sample.Value.Has(key), $"appsettings.sample.json does not list {key}.");
    }

    [Fact]
    public void The_template_runs_the_app_on_PostgreSQL_without_the_local_chat_page()
    {
        Assert.Equal("'Postgres'", TemplateSettings.Value["Storage:Provider"]);
        Assert.Equal("'false'", TemplateSettings.Value["LocalChat:Enabled"]);
    }

    [Theory]
    [MemberData(nameof(Secrets))]
    public void A_secret_is_a_Key_Vault_reference(string key)
    {
        if (!TemplateSettings.Value.TryGetValue(key, out var value)) return; // not every secret is set in every mode
        Assert.StartsWith("'@Microsoft.KeyVault(SecretUri=", value);
    }

    [Fact]
    public void Every_appSettings_array_is_applied_to_the_web_app()
    {
        var bicep = RepositoryFiles.Read("deploymentTemplates", "main.bicep");
        var applied = AppliedSettingsLine().Match(bicep);
        Assert.True(applied.Success, "main.bicep has no 'appSettings: concat(...)' line on the web app.");
        foreach (var name in BicepAppSettings.ArrayNames(bicep))
        {
            Assert.Contains(name, applied.Groups["args"].Value);
        }
    }

    [Fact]
    public void The_sample_is_flattened_like_the_configuration_system_does()
    {
        var sample = SampleSettings.Parse("""
            { "A": { "B": "x", "List": [ "p", { "C": 1 } ], "Empty": [], "Null": null } }
            """);

        Assert.True(sample.Has("A:B"));
        Assert.True(sample.Has("a:list:0"));
        Assert.True(sample.Has("A:List:1:C"));
        Assert.True(sample.Has("A:Empty:0"), "an index into a listed array is a valid key even when the sample's array is empty");
        Assert.True(sample.Has("A:Null"));
        Assert.False(sample.Has("A:C"));
        Assert.False(sample.Has("A:B:0"));
    }

    private static HashSet<string> SourceWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(RepositoryFiles.PathOf("src"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") ||
                file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")) continue;
            foreach (Match m in Word().Matches(File.ReadAllText(file))) words.Add(m.Value);
        }
        return words;
    }

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"appSettings:\s*concat\((?<args>[^)]*)\)")]
    private static partial Regex AppliedSettingsLine();
}

/// <summary>
/// The app settings of main.bicep: every <c>{ name: '…', value: … }</c> inside the arrays assigned to variables
/// whose names start with <c>appSettings</c>, with <c>__</c> turned back into <c>:</c>.
/// </summary>
internal static partial class BicepAppSettings
{
    public static IReadOnlyDictionary<string, string> Read(string bicep)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in Blocks(bicep))
        {
            foreach (Match m in Setting().Matches(block))
            {
                var key = m.Groups["name"].Value.Replace("__", ":", StringComparison.Ordinal);
                Assert.True(settings.TryAdd(key, m.Groups["value"].Value.Trim()), $"main.bicep sets {key} twice.");
            }
        }
        return settings;
    }

    public static IEnumerable<string> ArrayNames(string bicep) =>
        Declaration().Matches(bicep).Select(m => m.Groups["var"].Value);

    /// <summary>The text of each <c>var appSettings… = …</c> declaration, up to the line end after its last bracket.</summary>
    private static IEnumerable<string> Blocks(string bicep)
    {
        foreach (Match m in Declaration().Matches(bicep))
        {
            var depth = 0;
            var i = m.Index + m.Length;
            for (; i < bicep.Length; i++)
            {
                var c = bicep[i];
                if (c == '[') depth++;
                else if (c == ']') depth--;
                else if (c == '\n' && depth == 0) break;
            }
            yield return bicep[m.Index..i];
        }
    }

    [GeneratedRegex(@"^var (?<var>appSettings\w*)\s*=", RegexOptions.Multiline)]
    private static partial Regex Declaration();

    [GeneratedRegex(@"\{\s*name:\s*'(?<name>[^']+)'\s*,?\s*value:\s*(?<value>.+?)\s*\}\s*$", RegexOptions.Multiline)]
    private static partial Regex Setting();
}

/// <summary>Keys of appsettings.sample.json as configuration paths ("Section:Key", arrays by index), case-insensitive.</summary>
internal sealed class SampleSettings
{
    private readonly HashSet<string> _keys = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _arrays = new(StringComparer.OrdinalIgnoreCase);

    public static SampleSettings Parse(string json)
    {
        var sample = new SampleSettings();
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        sample.Add(doc.RootElement, prefix: null);
        return sample;
    }

    /// <summary>True for a listed key, or an index into a listed array (the sample may show an empty list).</summary>
    public bool Has(string key)
    {
        if (_keys.Contains(key)) return true;
        var cut = key.LastIndexOf(':');
        return cut > 0 && int.TryParse(key[(cut + 1)..], out _) && _arrays.Contains(key[..cut]);
    }

    private void Add(JsonElement element, string? prefix)
    {
        if (prefix is not null) _keys.Add(prefix);
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    Add(property.Value, prefix is null ? property.Name : $"{prefix}:{property.Name}");
                break;
            case JsonValueKind.Array:
                if (prefix is not null) _arrays.Add(prefix);
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    Add(item, $"{prefix}:{index++}");
                break;
        }
    }
}
