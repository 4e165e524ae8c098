using System.Text;
using MeetingBot.Slack.Signing;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Slack.Tests.Signing;

/// <summary>Slack's v0 request signatures: HMAC-SHA256 over "v0:{timestamp}:{raw body}", five minutes of tolerance.</summary>
public sealed class SlackSignatureVerifierTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_531_420_618);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");

    private readonly SlackSignatureVerifier _verifier = new(new FakeTimeProvider(Now));

    private static string Timestamp(TimeSpan offset = default) => (Now + offset).ToUnixTimeSeconds().ToString();

    [Fact]
    public void Slacks_documented_example_is_valid()
    {
        // The example of Slack's "Verifying requests from Slack" page: this secret, timestamp and body give this signature.
        var check = _verifier.Verify(Secret, "1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", Body);

        Assert.Equal(SignatureCheck.Valid, check);
    }

    [Fact]
    public void A_request_signed_with_the_secret_is_valid()
    {
        var timestamp = Timestamp(TimeSpan.FromSeconds(-30));

        Assert.Equal(SignatureCheck.Valid, _verifier.Verify(Secret, timestamp, SlackSignatureVerifier.Sign(Secret, timestamp, Body), Body));
    }

    [Fact]
    public void A_request_signed_with_another_secret_is_refused()
    {
        var timestamp = Timestamp();

        Assert.Equal(SignatureCheck.BadSignature, _verifier.Verify(Secret, timestamp, SlackSignatureVerifier.Sign("another-secret", timestamp, Body), Body));
    }

    [Fact]
    public void A_changed_body_is_refused()
    {
        var timestamp = Timestamp();
        var signature = SlackSignatureVerifier.Sign(Secret, timestamp, Body);
        var changed = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Body).Replace("user_id=U2CERLKJA", "user_id=U0ADMIN00"));

        Assert.Equal(SignatureCheck.BadSignature, _verifier.Verify(Secret, timestamp, signature, changed));
    }

    [Fact]
    public void A_changed_timestamp_is_refused()
    {
        var signature = SlackSignatureVerifier.Sign(Secret, Timestamp(), Body);

        Assert.Equal(SignatureCheck.BadSignature, _verifier.Verify(Secret, Timestamp(TimeSpan.FromSeconds(1)), signature, Body));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(-86_400)]
    public void A_timestamp_more_than_five_minutes_away_is_refused_even_when_signed(int seconds)
    {
        var timestamp = Timestamp(TimeSpan.FromSeconds(seconds));

        Assert.Equal(SignatureCheck.StaleTimestamp, _verifier.Verify(Secret, timestamp, SlackSignatureVerifier.Sign(Secret, timestamp, Body), Body));
    }

    [Theory]
    [InlineData(-299)]
    [InlineData(299)]
    public void A_timestamp_within_five_minutes_is_accepted(int seconds)
    {
        var timestamp = Timestamp(TimeSpan.FromSeconds(seconds));

        Assert.Equal(SignatureCheck.Valid, _verifier.Verify(Secret, timestamp, SlackSignatureVerifier.Sign(Secret, timestamp, Body), Body));
    }

    [Theory]
    [InlineData(null, "v0=abc")]
    [InlineData("1531420618", null)]
    [InlineData("", "")]
    [InlineData(null, null)]
    public void Missing_headers_are_refused(string? timestamp, string? signature)
    {
        Assert.Equal(SignatureCheck.MissingHeaders, _verifier.Verify(Secret, timestamp, signature, Body));
    }

    [Theory]
    [InlineData("soon", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("1531420618", "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("1531420618", "v0=a2114d57")]
    [InlineData("1531420618", "v0=zz114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    public void Malformed_headers_are_refused(string timestamp, string signature)
    {
        Assert.Equal(SignatureCheck.Malformed, _verifier.Verify(Secret, timestamp, signature, Body));
    }

    [Fact]
    public void An_uppercase_signature_is_still_compared_by_value()
    {
        var timestamp = Timestamp();
        var signature = SlackSignatureVerifier.Sign(Secret, timestamp, Body);

        Assert.Equal(SignatureCheck.Valid, _verifier.Verify(Secret, timestamp, "v0=" + signature[3..].ToUpperInvariant(), Body));
    }
}
