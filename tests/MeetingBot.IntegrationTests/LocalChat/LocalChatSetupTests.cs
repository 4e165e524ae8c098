using System.Net;
using MeetingBot.Channels.LocalChat;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.IntegrationTests.LocalChat;

/// <summary>Turning the channel on and off, its settings, and the page.</summary>
public sealed class LocalChatSetupTests
{
    [Theory]
    [InlineData(null, null, true)]
    [InlineData(null, "00000000-0000-0000-0000-000000000001", false)]
    [InlineData("true", "00000000-0000-0000-0000-000000000001", true)]
    [InlineData("false", null, false)]
    public void The_channel_is_on_by_default_only_without_a_Microsoft_app_id(string? enabled, string? appId, bool expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["LocalChat:Enabled"] = enabled, ["MicrosoftAppId"] = appId })
            .Build();

        Assert.Equal(expected, configuration.IsLocalChatEnabled());
    }

    [Fact]
    public void Configured_members_replace_the_default_alliance_instead_of_adding_to_it()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["LocalChat:Members:0:Name"] = "Sam Okafor",
                ["LocalChat:Members:0:Role"] = "Chair",
            })
            .Build();
        using var services = new ServiceCollection().AddLogging().AddLocalChat(configuration).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<LocalChatOptions>>().Value;

        var member = Assert.Single(options.Members);
        Assert.Equal("Sam Okafor", member.Name);
    }

    [Fact]
    public void Two_members_with_the_same_id_stop_start_up_with_a_clear_message()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["LocalChat:Members:0:Name"] = "Anna Alvarez",
                ["LocalChat:Members:1:Name"] = "anna  alvarez",
            })
            .Build();
        using var services = new ServiceCollection().AddLogging().AddLocalChat(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<LocalChatOptions>>().Value);

        Assert.Contains("same id", error.Message);
    }

    [Fact]
    public async Task A_channel_turned_off_maps_no_endpoints_but_its_setting_still_reads_as_configured()
    {
        await using var server = await LocalChatServer.StartAsync(new Dictionary<string, string?> { ["LocalChat:Enabled"] = "false" });

        using var start = await server.Client.PostAsync("/v3/directline/conversations", content: null);
        using var connector = await server.Client.GetAsync("/local/v3/conversations/local-channel/pagedmembers");

        Assert.Equal(HttpStatusCode.NotFound, start.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, connector.StatusCode);
        Assert.False(server.Services.GetRequiredService<IOptions<LocalChatOptions>>().Value.Enabled);
    }

    [Fact]
    public async Task The_chat_page_is_served_at_its_path_with_its_script()
    {
        await using var server = await LocalChatServer.StartAsync();

        var page = await server.Client.GetStringAsync(LocalChatDefaults.PagePath);
        using var script = await server.Client.GetAsync("/chat/chat.js");

        Assert.Contains("This is a local test channel; messages stay on this machine.", page);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task The_page_configuration_lists_the_simulated_members_with_their_ids()
    {
        await using var server = await LocalChatServer.StartAsync();

        var json = await server.Client.GetStringAsync(LocalChatDefaults.PageConfigPath);

        Assert.Contains("\"id\":\"local-anna-alvarez\",\"name\":\"Anna Alvarez\",\"role\":\"Chair\"", json);
        Assert.Contains("\"id\":\"local-kwame-mensah\"", json);
    }
}
