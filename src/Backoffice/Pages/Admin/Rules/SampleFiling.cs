using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Routing;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DanVan.Feedback.Backoffice.Pages.Admin.Rules;

/// <summary>
/// A filing the administrator describes to see where it would go ("thử phân loại"): routed by the same
/// <see cref="CaseRouter"/> as intake, on the rules as they are or as they would be after a change.
/// </summary>
public sealed class SampleFiling
{
    public CaseKind Kind { get; set; } = CaseKind.Feedback;

    public string? TopicCode { get; set; }

    public string? LocalityCode { get; set; }

    public FilerType FilerType { get; set; } = FilerType.Person;

    public bool InIndustrialZone { get; set; }

    /// <summary>Checked by hand, only when a sample is routed: the rule forms carry these fields without needing them.</summary>
    public bool Check(ReferenceDirectory directory, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(modelState);
        if (TopicCode is null || directory.FindTopic(TopicCode) is null)
        {
            modelState.AddModelError("Sample.TopicCode", "Vui lòng chọn lĩnh vực của hồ sơ thử.");
        }

        if (LocalityCode is not null && directory.FindLocality(LocalityCode) is null)
        {
            modelState.AddModelError("Sample.LocalityCode", "Xã, phường, đặc khu đã chọn không có trong danh mục; vui lòng chọn lại.");
        }

        return modelState.IsValid;
    }

    public Outcome Route(IEnumerable<RoutingRule> rules, ReferenceDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var ruleList = rules.ToList();
        var decision = CaseRouter.Route(
            new RoutingRequest { Kind = Kind, TopicCode = TopicCode, LocalityCode = LocalityCode, FilerType = FilerType, InIndustrialZone = InIndustrialZone },
            ruleList,
            directory);
        var rule = ruleList.FirstOrDefault(r => r.Code == decision.RuleCode);
        return new Outcome(
            decision.RuleCode,
            rule?.Priority,
            rule?.Description ?? "Không quy tắc nào áp dụng: Văn phòng UBND thành phố tiếp nhận, phân loại và chuyển đến nơi có thẩm quyền.",
            decision.LeadAgencyCode,
            directory.AgencyName(decision.LeadAgencyCode),
            AdminLabels.Agencies(decision.CoordinatingAgencyCodes, directory),
            decision.OverseerAgencyCode is { } overseer ? directory.AgencyName(overseer) : null,
            decision.Task);
    }

    /// <summary>Where a sample goes, in words.</summary>
    public sealed record Outcome(
        string RuleCode, int? Priority, string RuleDescription, string LeadAgencyCode, string LeadAgencyName, string Coordinators, string? Overseer, string Task);
}

/// <summary>The model of <c>_Preview</c>: the sample, and where it goes before and after the change (both null until asked).</summary>
public sealed record RulePreview(SampleFiling Sample, ReferenceDirectory Directory, SampleFiling.Outcome? Before, SampleFiling.Outcome? After);
