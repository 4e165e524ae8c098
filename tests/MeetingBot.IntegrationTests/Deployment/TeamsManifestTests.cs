using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MeetingBot.IntegrationTests.Deployment;

/// <summary>
/// The Teams app manifest template and its icons. Microsoft's schema check runs in manifest/validate.sh (it needs
/// npm); these are the project's own rules, and they run everywhere.
/// </summary>
public sealed partial class TeamsManifestTests
{
    /// <summary>
    /// What the bot understands, as typed after its name. A command title in the manifest must be one of these,
    /// so that picking it from the Teams command menu does something.
    /// </summary>
    private static readonly string[] BotCommands =
    [
        "help", "cancel", "profile", "profile edit", "role",
        "next meeting", "schedule", "agenda", "agenda add", "apologies", "minutes", "tour start", "links",
        "remind me", "reminders off", "calendar", "import chat",
    ];

    /// <summary>The placeholders manifest/build-package.sh substitutes.</summary>
    private static readonly string[] KnownPlaceholders = ["BOT_APP_ID", "BOT_DOMAIN", "APP_VERSION"];

    public static TheoryData<string> Scopes => ["personal", "team", "groupChat"];

    public static TheoryData<string> ResourceSpecificPermissions =>
    [
        "OnlineMeeting.ReadBasic.Chat",        // meeting start/end in meeting chats
        "ChannelMeeting.ReadBasic.Group",      // meeting start/end in channel meetings
        "OnlineMeetingParticipant.Read.Chat",  // participant join/leave
        "ChatMessage.Read.Chat",               // meeting chat messages without @mention: link capture
        "ChannelMessage.Read.Group",           // the same in channels
        "ChatMember.Read.Chat",                // roster of a chat
        "TeamMember.Read.Group",               // roster of a team
    ];

    private static readonly Lazy<string> ManifestText = new(() => RepositoryFiles.Read("manifest", "manifest.json"));

    private static JsonDocument Manifest() => JsonDocument.Parse(ManifestText.Value);

    private static JsonElement Bot(JsonDocument manifest) => manifest.RootElement.GetProperty("bots")[0];

    [Fact]
    public void The_manifest_template_is_JSON_on_a_current_schema()
    {
        using var manifest = Manifest();
        var root = manifest.RootElement;

        var version = Version.Parse(root.GetProperty("manifestVersion").GetString() ?? "0.0");
        Assert.True(version >= new Version(1, 19), $"manifestVersion {version} is older than 1.19.");
        Assert.Equal(
            $"https://developer.microsoft.com/json-schemas/teams/v{version.Major}.{version.Minor}/MicrosoftTeams.schema.json",
            root.GetProperty("$schema").GetString());
    }

    [Fact]
    public void The_template_uses_only_the_placeholders_the_build_script_fills_in()
    {
        var used = Placeholder().Matches(ManifestText.Value).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.Empty(used.Except(KnownPlaceholders));
        Assert.Contains("BOT_APP_ID", used);
        Assert.Contains("BOT_DOMAIN", used);
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void The_bot_is_offered_in_the_scope_with_its_own_command_list(string scope)
    {
        using var manifest = Manifest();
        var bot = Bot(manifest);

        Assert.Contains(scope, bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        var lists = bot.GetProperty("commandLists").EnumerateArray()
            .Where(l => l.GetProperty("scopes").EnumerateArray().Any(s => s.GetString() == scope))
            .ToList();
        Assert.Single(lists);
        Assert.Contains("help", lists[0].GetProperty("commands").EnumerateArray().Select(c => c.GetProperty("title").GetString()));
    }

    [Fact]
    public void A_command_list_has_at_most_ten_commands_as_Teams_shows_no_more()
    {
        using var manifest = Manifest();

        foreach (var list in Bot(manifest).GetProperty("commandLists").EnumerateArray())
        {
            var count = list.GetProperty("commands").GetArrayLength();
            Assert.True(count is > 0 and <= 10, $"A command list for {list.GetProperty("scopes")} has {count} commands.");
        }
    }

    [Fact]
    public void Every_command_in_the_menus_is_a_command_of_the_bot()
    {
        using var manifest = Manifest();
        var titles = Bot(manifest).GetProperty("commandLists").EnumerateArray()
            .SelectMany(l => l.GetProperty("commands").EnumerateArray())
            .Select(c => c.GetProperty("title").GetString() ?? "")
            .ToList();

        var unknown = titles.Where(t => !BotCommands.Contains(t, StringComparer.OrdinalIgnoreCase)).ToList();
        Assert.True(unknown.Count == 0, $"The manifest lists commands the bot does not have: {string.Join(", ", unknown)}.");
    }

    [Theory]
    [MemberData(nameof(ResourceSpecificPermissions))]
    public void The_app_asks_for_the_resource_specific_permission_as_an_application(string permission)
    {
        using var manifest = Manifest();
        var granted = manifest.RootElement.GetProperty("authorization").GetProperty("permissions")
            .GetProperty("resourceSpecific").EnumerateArray()
            .Where(p => p.GetProperty("name").GetString() == permission)
            .ToList();

        Assert.Single(granted);
        Assert.Equal("Application", granted[0].GetProperty("type").GetString());
    }

    [Fact]
    public void Resource_specific_consent_is_tied_to_the_bot_app_id()
    {
        using var manifest = Manifest();
        var root = manifest.RootElement;

        Assert.Equal(Bot(manifest).GetProperty("botId").GetString(), root.GetProperty("webApplicationInfo").GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("webApplicationInfo").GetProperty("resource").GetString()));
        Assert.Contains("${{BOT_DOMAIN}}", root.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
    }

    [Theory]
    [InlineData("color", 192)]
    [InlineData("outline", 32)]
    public void An_icon_has_the_size_Teams_requires(string icon, int size)
    {
        using var manifest = Manifest();
        var file = manifest.RootElement.GetProperty("icons").GetProperty(icon).GetString() ?? "";

        var png = Png.Read(RepositoryFiles.PathOf("manifest", file));

        Assert.Equal((size, size), (png.Width, png.Height));
    }

    [Fact]
    public void The_outline_icon_is_white_on_a_transparent_background()
    {
        var png = Png.Read(RepositoryFiles.PathOf("manifest", "outline.png"));

        var visible = png.Pixels().Where(p => p.A > 0).ToList();
        Assert.NotEmpty(visible);
        Assert.All(visible, p => Assert.True(p is { R: 255, G: 255, B: 255 }, $"pixel {p} is not white"));
        Assert.Equal(0, png.Pixel(0, 0).A);
        Assert.Equal(0, png.Pixel(png.Width - 1, png.Height - 1).A);
    }

    [GeneratedRegex(@"\$\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();
}

/// <summary>Just enough PNG reading for the icon checks: 8-bit RGBA or RGB, not interlaced.</summary>
internal sealed class Png
{
    private readonly byte[] _pixels;
    private readonly int _channels;

    private Png(int width, int height, int channels, byte[] pixels)
    {
        Width = width;
        Height = height;
        _channels = channels;
        _pixels = pixels;
    }

    public int Width { get; }
    public int Height { get; }

    public readonly record struct Rgba(byte R, byte G, byte B, byte A);

    public Rgba Pixel(int x, int y)
    {
        var i = (y * Width + x) * _channels;
        return _channels == 4
            ? new Rgba(_pixels[i], _pixels[i + 1], _pixels[i + 2], _pixels[i + 3])
            : new Rgba(_pixels[i], _pixels[i + 1], _pixels[i + 2], 255);
    }

    public IEnumerable<Rgba> Pixels()
    {
        for (var y = 0; y < Height; y++)
            for (var x = 0; x < Width; x++)
                yield return Pixel(x, y);
    }

    public static Png Read(string path)
    {
        Assert.True(File.Exists(path), $"{path} is missing.");
        var data = File.ReadAllBytes(path);
        Assert.True(data.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), $"{path} is not a PNG file.");

        int width = 0, height = 0, depth = 0, colourType = 0, interlace = 0;
        using var idat = new MemoryStream();
        for (var offset = 8; offset < data.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(data, offset + 4, 4);
            var body = data.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(body);
                height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                (depth, colourType, interlace) = (body[8], body[9], body[12]);
            }
            else if (type == "IDAT")
            {
                idat.Write(body);
            }
            offset += 12 + length;
        }

        Assert.True(depth == 8 && colourType is 2 or 6 && interlace == 0,
            $"{path}: use 8-bit RGB(A) non-interlaced PNG (depth {depth}, colour type {colourType}, interlace {interlace}).");
        var channels = colourType == 6 ? 4 : 3;

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionMode.Decompress)) z.CopyTo(inflated);
        var raw = inflated.ToArray();

        var stride = width * channels;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                int a = x >= channels ? pixels[y * stride + x - channels] : 0;
                int b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
                int c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
                var predictor = filter switch
                {
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => 0,
                };
                pixels[y * stride + x] = (byte)(raw[y * (stride + 1) + 1 + x] + predictor);
            }
        }
        return new Png(width, height, channels, pixels);
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
