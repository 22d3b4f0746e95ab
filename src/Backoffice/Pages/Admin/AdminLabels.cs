using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Core.Staff;

namespace DanVan.Feedback.Backoffice.Pages.Admin;

/// <summary>How the reference data and staff vocabulary read to an administrator.</summary>
public static class AdminLabels
{
    public static string Role(string role) => role switch
    {
        StaffRoles.Officer => "Cán bộ xử lý",
        StaffRoles.AgencyLead => "Lãnh đạo cơ quan",
        StaffRoles.Inspector => "Thanh tra viên",
        StaffRoles.Assessor => "Chuyên viên đánh giá",
        StaffRoles.Administrator => "Quản trị hệ thống",
        _ => role,
    };

    public static string RoleHint(string role) => role switch
    {
        StaffRoles.Officer => "Tiếp nhận, xử lý hồ sơ của cơ quan mình.",
        StaffRoles.AgencyLead => "Duyệt trả lời, chỉ đạo xử lý hồ sơ của cơ quan mình.",
        StaffRoles.Inspector => "Rà soát hồ sơ phức tạp, quá hạn; xem nhật ký (Thanh tra thành phố).",
        StaffRoles.Assessor => "Xem số liệu đánh giá công tác dân vận (Sở Nội vụ).",
        StaffRoles.Administrator => "Quản lý tài khoản, cơ quan, lĩnh vực, quy tắc phân loại, lịch và thời hạn.",
        _ => "",
    };

    public static string Roles(IEnumerable<string> roles) => string.Join(", ", StaffRoles.All.Where(roles.Contains).Select(Role));

    public static string AgencyKind(AgencyKind kind) => kind switch
    {
        Core.Agencies.AgencyKind.CityOffice => "Văn phòng UBND thành phố",
        Core.Agencies.AgencyKind.Inspectorate => "Thanh tra",
        Core.Agencies.AgencyKind.Department => "Sở",
        Core.Agencies.AgencyKind.Board => "Ban",
        Core.Agencies.AgencyKind.CommuneCommittee => "UBND xã, phường, đặc khu",
        _ => "Cơ quan, tổ chức khác",
    };

    public static string Scope(TopicScope scope) => scope switch
    {
        TopicScope.Local => "Việc của địa phương (cấp xã)",
        TopicScope.City => "Lĩnh vực cấp thành phố",
        _ => "Theo quy tắc riêng",
    };

    public static string Subject(RoutingSubject subject) => subject == RoutingSubject.ServiceRating ? "Đánh giá sự hài lòng về dịch vụ công" : "Phản ánh, kiến nghị, khiếu nại, tố cáo";

    public static string Selector(LeadSelector selector) => selector switch
    {
        LeadSelector.Fixed => "Cơ quan cố định do quy tắc chỉ định",
        LeadSelector.CommuneCommittee => "UBND xã, phường, đặc khu nơi xảy ra vụ việc",
        LeadSelector.TopicOwner => "Cơ quan quản lý lĩnh vực",
        LeadSelector.ConcernedAgency => "Cơ quan quản lý cán bộ bị phản ánh",
        LeadSelector.RatedAgency => "Cơ quan cung cấp dịch vụ được đánh giá",
        _ => selector.ToString(),
    };

    /// <summary>A rule's conditions as a sentence: "Lĩnh vực: Đất đai; trong khu công nghiệp, khu kinh tế".</summary>
    public static string Conditions(RoutingRule rule, ReferenceDirectory directory, CaseVocabulary words)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(words);
        var parts = new List<string>();
        if (rule.Subject == RoutingSubject.ServiceRating)
        {
            parts.Add(Subject(rule.Subject));
        }

        if (rule.Kind is { } kind)
        {
            parts.Add($"Loại: {words.Kind(kind).ToLowerInvariant()}");
        }

        if (rule.TopicCode is { } topic)
        {
            parts.Add($"Lĩnh vực: {directory.FindTopic(topic)?.Name ?? topic}");
        }

        if (rule.TopicScope is { } scope)
        {
            parts.Add($"Phạm vi lĩnh vực: {Scope(scope).ToLowerInvariant()}");
        }

        if (rule.FilerType is { } filer)
        {
            parts.Add($"Người gửi: {words.FilerType(filer).ToLowerInvariant()}");
        }

        if (rule.InIndustrialZone is { } zone)
        {
            parts.Add(zone ? "trong khu công nghiệp, khu kinh tế" : "ngoài khu công nghiệp, khu kinh tế");
        }

        if (parts.Count == 0)
        {
            return "Mọi hồ sơ";
        }

        var sentence = string.Join("; ", parts);
        return string.Concat(sentence[..1].ToUpper(ReferenceDirectory.VietnameseCulture), sentence[1..]);
    }

    /// <summary>Who leads under a rule: the named agency, or how it is found.</summary>
    public static string Lead(RoutingRule rule, ReferenceDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(directory);
        return rule.LeadSelector == LeadSelector.Fixed && rule.LeadAgencyCode is { } code
            ? directory.AgencyName(code)
            : Selector(rule.LeadSelector);
    }

    public static string Agencies(IEnumerable<string> codes, ReferenceDirectory directory) =>
        string.Join(", ", codes.Select(directory.AgencyName));
}

/// <summary>The model of <c>_AgencyOptions</c>: the agencies to offer and those already chosen.</summary>
public sealed record AgencyOptions(ReferenceDirectory Directory, IReadOnlyCollection<string> Selected, string? Placeholder = "– Chọn cơ quan –")
{
    public static AgencyOptions For(ReferenceDirectory directory, string? selected, string? placeholder = "– Chọn cơ quan –") =>
        new(directory, selected is null ? [] : [selected], placeholder);
}
