using System.Net;
using System.Net.Sockets;

namespace DanVan.Feedback.Portal.Safety;

/// <summary>The key a client's requests are counted under: its IPv4 address, or its IPv6 /64 network.</summary>
internal static class ClientPartition
{
    public static string KeyOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        // One household or phone gets a whole /64: counting single IPv6 addresses would let it rotate freely.
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
