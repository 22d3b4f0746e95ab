using System.ComponentModel.DataAnnotations;
using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Routing;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DanVan.Feedback.Backoffice.Pages.Admin.Rules;

/// <summary>
/// What an administrator sets on a routing rule, on the new-rule page and the edit page alike. The checks
/// refuse a rule that names what does not exist or that could never route anything, with the reason.
/// </summary>
public class RuleInput
{
    /// <summary>Stored as a comma-separated column of 200 characters.</summary>
    public const int CoordinatingMaxLength = 200;

    [Required(ErrorMessage = "Vui lòng nhập thứ tự ưu tiên.")]
    [Range(1, 999, ErrorMessage = "Thứ tự ưu tiên từ {1} đến {2}; số nhỏ được xét trước.")]
    public int? Priority { get; set; }

    [Required(ErrorMessage = "Vui lòng mô tả quy tắc.")]
    [StringLength(500, ErrorMessage = "Mô tả không quá {1} ký tự.")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Vui lòng ghi nhiệm vụ của quyết định dân vận mà quy tắc thực hiện, ví dụ 4.4.")]
    [RegularExpression(@"^\d{1,3}(\.\d{1,3}){0,3}$", ErrorMessage = "Nhiệm vụ ghi bằng số, ví dụ 4.4 hoặc 4.10.")]
    public string? Task { get; set; }

    [Required(ErrorMessage = "Vui lòng chọn quy tắc áp dụng cho hồ sơ hay cho đánh giá dịch vụ.")]
    public RoutingSubject? Subject { get; set; } = RoutingSubject.Case;

    public CaseKind? Kind { get; set; }

    public string? TopicCode { get; set; }

    public TopicScope? TopicScope { get; set; }

    public FilerType? FilerType { get; set; }

    public bool? InIndustrialZone { get; set; }

    [Required(ErrorMessage = "Vui lòng chọn cách xác định cơ quan chủ trì.")]
    public LeadSelector? LeadSelector { get; set; }

    public string? LeadAgencyCode { get; set; }

    public List<string> CoordinatingAgencyCodes { get; set; } = [];

    public string? OverseerAgencyCode { get; set; }

    public bool IsActive { get; set; } = true;

    public static RuleInput From(RoutingRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new RuleInput
        {
            Priority = rule.Priority,
            Description = rule.Description,
            Task = rule.Task,
            Subject = rule.Subject,
            Kind = rule.Kind,
            TopicCode = rule.TopicCode,
            TopicScope = rule.TopicScope,
            FilerType = rule.FilerType,
            InIndustrialZone = rule.InIndustrialZone,
            LeadSelector = rule.LeadSelector,
            LeadAgencyCode = rule.LeadAgencyCode,
            CoordinatingAgencyCodes = [.. rule.CoordinatingAgencies],
            OverseerAgencyCode = rule.OverseerAgencyCode,
            IsActive = rule.IsActive,
        };
    }

    /// <summary>One message per field, naming what is wrong and how to put it right.</summary>
    public void Check(ReferenceDirectory directory, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(modelState);
        var topic = TopicCode is null ? null : directory.FindTopic(TopicCode);
        if (TopicCode is not null && topic is null)
        {
            modelState.AddModelError(FormField.OfInput(nameof(TopicCode)), "Lĩnh vực đã chọn không có trong danh mục; vui lòng chọn lại.");
        }

        if (topic is not null && TopicScope is { } scope && topic.Scope != scope)
        {
            modelState.AddModelError(FormField.OfInput(nameof(TopicScope)),
                $"Lĩnh vực “{topic.Name}” thuộc phạm vi “{AdminLabels.Scope(topic.Scope)}”, nên quy tắc chỉ xét phạm vi “{AdminLabels.Scope(scope)}” sẽ không bao giờ được áp dụng. Vui lòng bỏ chọn phạm vi.");
        }

        var fixedLead = LeadSelector == Core.Routing.LeadSelector.Fixed ? LeadAgencyCode : null;
        if (LeadSelector == Core.Routing.LeadSelector.Fixed && LeadAgencyCode is null)
        {
            modelState.AddModelError(FormField.OfInput(nameof(LeadAgencyCode)), "Quy tắc giao cho cơ quan cố định cần chọn cơ quan chủ trì.");
        }
        else if (LeadSelector is { } selector && selector != Core.Routing.LeadSelector.Fixed && LeadAgencyCode is not null)
        {
            modelState.AddModelError(FormField.OfInput(nameof(LeadAgencyCode)),
                $"Với cách xác định “{AdminLabels.Selector(selector)}”, hệ thống tự tìm cơ quan chủ trì; vui lòng để trống ô cơ quan chủ trì hoặc chọn “{AdminLabels.Selector(Core.Routing.LeadSelector.Fixed)}”.");
        }
        else if (LeadAgencyCode is not null && directory.FindAgency(LeadAgencyCode) is null)
        {
            modelState.AddModelError(FormField.OfInput(nameof(LeadAgencyCode)), "Cơ quan chủ trì đã chọn không có trong danh mục; vui lòng chọn lại.");
        }

        if (LeadSelector == Core.Routing.LeadSelector.RatedAgency && Subject != RoutingSubject.ServiceRating)
        {
            modelState.AddModelError(FormField.OfInput(nameof(LeadSelector)),
                $"“{AdminLabels.Selector(Core.Routing.LeadSelector.RatedAgency)}” chỉ dùng cho quy tắc đánh giá sự hài lòng về dịch vụ công.");
        }

        if (CoordinatingAgencyCodes.FirstOrDefault(c => directory.FindAgency(c) is null) is { } unknown)
        {
            modelState.AddModelError(FormField.OfInput(nameof(CoordinatingAgencyCodes)), $"Cơ quan phối hợp “{unknown}” không có trong danh mục; vui lòng chọn lại.");
        }
        else if (fixedLead is not null && CoordinatingAgencyCodes.Contains(fixedLead))
        {
            modelState.AddModelError(FormField.OfInput(nameof(CoordinatingAgencyCodes)),
                $"{directory.AgencyName(fixedLead)} đã là cơ quan chủ trì; vui lòng bỏ khỏi danh sách cơ quan phối hợp.");
        }
        else if (string.Join(',', CoordinatingAgencyCodes).Length > CoordinatingMaxLength)
        {
            modelState.AddModelError(FormField.OfInput(nameof(CoordinatingAgencyCodes)), "Quy tắc nêu quá nhiều cơ quan phối hợp; vui lòng chọn ít hơn.");
        }

        if (OverseerAgencyCode is not null && directory.FindAgency(OverseerAgencyCode) is null)
        {
            modelState.AddModelError(FormField.OfInput(nameof(OverseerAgencyCode)), "Cơ quan theo dõi đã chọn không có trong danh mục; vui lòng chọn lại.");
        }
        else if (OverseerAgencyCode is not null && OverseerAgencyCode == fixedLead)
        {
            modelState.AddModelError(FormField.OfInput(nameof(OverseerAgencyCode)),
                $"{directory.AgencyName(OverseerAgencyCode)} đã là cơ quan chủ trì; cơ quan theo dõi phải là một cơ quan khác.");
        }
    }

    public void ApplyTo(RoutingRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        rule.Priority = Priority!.Value;
        rule.Description = Description!.Trim();
        rule.Task = Task!.Trim();
        rule.Subject = Subject!.Value;
        rule.Kind = Kind;
        rule.TopicCode = TopicCode;
        rule.TopicScope = TopicScope;
        rule.FilerType = FilerType;
        rule.InIndustrialZone = InIndustrialZone;
        rule.LeadSelector = LeadSelector!.Value;
        rule.LeadAgencyCode = LeadAgencyCode;
        rule.CoordinatingAgencyCodes = CoordinatingAgencyCodes.Count == 0 ? null : string.Join(',', CoordinatingAgencyCodes.Distinct(StringComparer.Ordinal));
        rule.OverseerAgencyCode = OverseerAgencyCode;
        rule.IsActive = IsActive;
    }

    /// <summary>The rule as the audit log describes it, in the words of the rules page.</summary>
    public static IEnumerable<(string Label, string Value)> Describe(RoutingRule rule, ReferenceDirectory directory, CaseVocabulary words)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(directory);
        yield return ("Ưu tiên", AdminAudit.Number(rule.Priority));
        yield return ("Mô tả", rule.Description);
        yield return ("Nhiệm vụ", rule.Task);
        yield return ("Điều kiện", AdminLabels.Conditions(rule, directory, words));
        yield return ("Chủ trì", AdminLabels.Lead(rule, directory));
        yield return ("Phối hợp", AdminLabels.Agencies(rule.CoordinatingAgencies, directory));
        yield return ("Theo dõi", rule.OverseerAgencyCode is { } overseer ? directory.AgencyName(overseer) : "");
        yield return ("Trạng thái", rule.IsActive ? "đang áp dụng" : "tạm ngưng");
    }
}
