namespace DanVan.Feedback.Core.Agencies;

public enum LocalityType
{
    /// <summary>Phường (urban ward).</summary>
    Ward,

    /// <summary>Xã (rural commune).</summary>
    Commune,

    /// <summary>Đặc khu (special zone: Cát Hải, Bạch Long Vĩ).</summary>
    SpecialZone,
}

/// <summary>Đơn vị hành chính cấp xã: one of Hải Phòng's 114 wards, communes and special zones since 1/7/2025.</summary>
public sealed class Locality
{
    public const int CodeLength = 5;

    /// <summary>The national five-digit code (Công văn 1027/CTK-CSCL), kept as text: it has leading meaning, not arithmetic.</summary>
    public required string Code { get; init; }

    /// <summary>The official name with its type, e.g. "Phường Hồng Bàng".</summary>
    public required string Name { get; init; }

    public required LocalityType Type { get; init; }

    /// <summary>Position in the official list, so lists read in the order people know.</summary>
    public int SortOrder { get; init; }
}
