namespace DanVan.Feedback.Core.Ratings;

/// <summary>
/// The Portal address a desk's QR code opens: the rating form with the agency (and the service and desk) filled in,
/// marked as a scan so the channel is recorded. Addresses stay Vietnamese (ADR 9).
/// </summary>
public static class ServiceRatingLinks
{
    public const string FormPath = "/danh-gia-dich-vu";
    public const string AgencyParameter = "co-quan";
    public const string ServiceParameter = "dich-vu";
    public const string DeskParameter = "quay";
    public const string SourceParameter = "nguon";
    public const string QrSource = "qr";

    /// <summary>The absolute address for <paramref name="portalUrl"/> (the Portal's public base address).</summary>
    public static string UrlFor(string portalUrl, string agencyCode, string? service = null, string? desk = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(portalUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyCode);
        return portalUrl.TrimEnd('/') + PathFor(agencyCode, service, desk);
    }

    /// <summary>The path and query alone, for a link inside the Portal.</summary>
    public static string PathFor(string agencyCode, string? service = null, string? desk = null)
    {
        var query = new List<string> { Pair(AgencyParameter, agencyCode) };
        if (!string.IsNullOrWhiteSpace(service))
        {
            query.Add(Pair(ServiceParameter, service.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(desk))
        {
            query.Add(Pair(DeskParameter, desk.Trim()));
        }

        query.Add(Pair(SourceParameter, QrSource));
        return FormPath + "?" + string.Join('&', query);
    }

    private static string Pair(string name, string value) => name + "=" + Uri.EscapeDataString(value);
}
