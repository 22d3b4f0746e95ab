namespace DanVan.Feedback.Core.Cases;

/// <summary>Where the matter is, as the filer gives it: an address in words and, optionally, a point on the map.</summary>
public sealed record CasePlace(string? Address, double? Latitude, double? Longitude)
{
    public const int AddressMaxLength = 300;

    // A generous box around Hải Phòng as merged with Hải Dương in 2025: from Chí Linh and Kinh Môn in the north-west
    // to the Cát Hải and Bạch Long Vĩ special zones (Bạch Long Vĩ is near 20.13° N, 107.72° E) in the south-east,
    // with room to spare at every edge, so a point at the city's border or on the water is never refused.
    // Hà Nội (105.85° E) stays outside.
    public const double SouthLatitude = 19.9;
    public const double NorthLatitude = 21.5;
    public const double WestLongitude = 105.95;
    public const double EastLongitude = 108.0;

    public bool HasCoordinates => Latitude is not null && Longitude is not null;

    public static bool IsOnEarth(double latitude, double longitude) =>
        latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180;

    public static bool IsNearHaiPhong(double latitude, double longitude) =>
        latitude is >= SouthLatitude and <= NorthLatitude && longitude is >= WestLongitude and <= EastLongitude;
}
