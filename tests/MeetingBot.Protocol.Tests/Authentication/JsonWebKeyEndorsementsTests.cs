using MeetingBot.Protocol.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.Protocol.Tests.Authentication;

public sealed class JsonWebKeyEndorsementsTests
{
    [Fact]
    public void Wilson_keeps_endorsements_in_AdditionalData()
    {
        var keySet = new JsonWebKeySet("""
            {"keys":[
              {"kty":"RSA","use":"sig","kid":"a","n":"sXch","e":"AQAB","endorsements":["msteams","skype"]},
              {"kty":"RSA","use":"sig","kid":"b","n":"sXch","e":"AQAB"}
            ]}
            """);

        var endorsed = keySet.Keys.Single(k => k.Kid == "a");
        var plain = keySet.Keys.Single(k => k.Kid == "b");

        Assert.True(endorsed.AdditionalData.ContainsKey("endorsements"));
        Assert.Equal(["msteams", "skype"], JsonWebKeyEndorsements.Read(endorsed));
        Assert.Null(JsonWebKeyEndorsements.Read(plain));
    }

    [Fact]
    public void Unreadable_endorsements_fail_closed()
    {
        var key = new JsonWebKey("""{"kty":"RSA","kid":"a","n":"sXch","e":"AQAB","endorsements":{"odd":true}}""");

        Assert.Empty(JsonWebKeyEndorsements.Read(key) ?? ["not empty"]);
    }
}
