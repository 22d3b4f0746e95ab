namespace DanVan.Feedback.Core.Agencies;

public enum AgencyKind
{
    /// <summary>Văn phòng UBND thành phố: also the triage desk for cases no rule claims.</summary>
    CityOffice,

    /// <summary>Thanh tra thành phố.</summary>
    Inspectorate,

    /// <summary>Sở: a department of the city.</summary>
    Department,

    /// <summary>Ban: a board, such as Ban Quản lý Khu kinh tế.</summary>
    Board,

    /// <summary>UBND xã/phường/đặc khu.</summary>
    CommuneCommittee,

    /// <summary>Other bodies named in the dân vận decision (Party, Front, public service units).</summary>
    Other,
}

/// <summary>A body that answers cases or takes part in the dân vận scoring.</summary>
public sealed class Agency
{
    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 200;

    /// <summary>The city office that takes every case no routing rule claims.</summary>
    public const string TriageDeskCode = "VPUBND";

    public const string InspectorateCode = "TTTP";

    /// <summary>Our own short code ("SNV", "UBND-11311"); not an official code.</summary>
    public required string Code { get; init; }

    public required string Name { get; set; }

    public required AgencyKind Kind { get; init; }

    /// <summary>For a commune committee: the locality it governs.</summary>
    public string? LocalityCode { get; init; }

    public static string CommuneCommitteeCode(string localityCode) => $"UBND-{localityCode}";
}
