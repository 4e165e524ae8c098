using System.Net;
using System.Net.Sockets;

namespace MeetingBot.Infrastructure.Links;

/// <summary>Which addresses (and ports) the link title fetcher may connect to.</summary>
public interface IAddressPolicy
{
    bool Allows(IPAddress address, int port);
}

/// <summary>
/// Only public unicast addresses: never loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), shared (100.64/10),
/// link-local (169.254/16, fe80::/10, which holds the cloud metadata service at 169.254.169.254), multicast, reserved,
/// documentation or translation ranges. A link shared in chat must not make the bot reach into its own network.
/// </summary>
public sealed class PublicAddressPolicy : IAddressPolicy
{
    public bool Allows(IPAddress address, int port) => IsPublic(address);

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] == 0                                         // "this network"
        || b[0] == 10                                     // private
        || (b[0] == 100 && (b[1] & 0xC0) == 64)           // shared address space (carrier NAT; some clouds' metadata)
        || b[0] == 127                                    // loopback
        || (b[0] == 169 && b[1] == 254)                   // link-local, cloud metadata 169.254.169.254
        || (b[0] == 172 && (b[1] & 0xF0) == 16)           // private
        || (b[0] == 192 && b[1] == 0 && b[2] == 0)        // IETF protocol assignments
        || (b[0] == 192 && b[1] == 0 && b[2] == 2)        // documentation
        || (b[0] == 192 && b[1] == 88 && b[2] == 99)      // 6to4 relay
        || (b[0] == 192 && b[1] == 168)                   // private
        || (b[0] == 198 && (b[1] & 0xFE) == 18)           // benchmarking
        || (b[0] == 198 && b[1] == 51 && b[2] == 100)     // documentation
        || (b[0] == 203 && b[1] == 0 && b[2] == 113)      // documentation
        || b[0] >= 224);                                  // multicast, reserved, broadcast

    private static bool IsPublicV6(IPAddress address)
    {
        var b = address.GetAddressBytes();
        // Only global unicast (2000::/3) is public; within it, refuse the ranges that lead elsewhere.
        if ((b[0] & 0xE0) != 0x20)
        {
            return false;
        }

        return !(
            address.IsIPv6Teredo                                      // 2001::/32
            || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) // 2001:db8::/32 documentation
            || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && (b[3] & 0xF0) == 0x10) // 2001:10::/28 ORCHID
            || (b[0] == 0x20 && b[1] == 0x02));                       // 2002::/16 6to4 (embeds any IPv4 address)
    }
}
