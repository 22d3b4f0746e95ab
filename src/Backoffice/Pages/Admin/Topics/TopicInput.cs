using System.ComponentModel.DataAnnotations;
using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Routing;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DanVan.Feedback.Backoffice.Pages.Admin.Topics;

/// <summary>What an administrator sets on a topic (lĩnh vực), on the new-topic page and the edit page alike.</summary>
public class TopicInput
{
    [Required(ErrorMessage = "Vui lòng nhập tên lĩnh vực.")]
    [StringLength(200, ErrorMessage = "Tên lĩnh vực không quá {1} ký tự.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập tên lĩnh vực bằng tiếng Anh (hiển thị trên trang tiếng Anh).")]
    [StringLength(200, ErrorMessage = "Tên tiếng Anh không quá {1} ký tự.")]
    public string? NameEn { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập ví dụ giúp người dân nhận ra lĩnh vực.")]
    [StringLength(500, ErrorMessage = "Phần ví dụ không quá {1} ký tự.")]
    public string? Hint { get; set; }

    [Required(ErrorMessage = "Vui lòng chọn phạm vi của lĩnh vực.")]
    public TopicScope? Scope { get; set; }

    [Required(ErrorMessage = "Vui lòng chọn cơ quan quản lý lĩnh vực.")]
    public string? OwnerAgencyCode { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập thứ tự hiển thị.")]
    [Range(0, 999, ErrorMessage = "Thứ tự hiển thị từ {1} đến {2}.")]
    public int? SortOrder { get; set; }

    public void Check(ReferenceDirectory directory, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(modelState);
        if (OwnerAgencyCode is not null && directory.FindAgency(OwnerAgencyCode) is null)
        {
            modelState.AddModelError(FormField.OfInput(nameof(OwnerAgencyCode)), "Cơ quan quản lý đã chọn không có trong danh mục; vui lòng chọn lại.");
        }
    }

    public void ApplyTo(Topic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        topic.Name = Name!.Trim();
        topic.NameEn = NameEn!.Trim();
        topic.Hint = Hint!.Trim();
        topic.Scope = Scope!.Value;
        topic.OwnerAgencyCode = OwnerAgencyCode!;
        topic.SortOrder = SortOrder!.Value;
    }

    /// <summary>The topic as the audit log describes it.</summary>
    public static IEnumerable<(string Label, string Value)> Describe(Topic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        yield return ("Tên", topic.Name);
        yield return ("Tên tiếng Anh", topic.NameEn);
        yield return ("Ví dụ", topic.Hint);
        yield return ("Phạm vi", AdminLabels.Scope(topic.Scope));
        yield return ("Cơ quan quản lý", topic.OwnerAgencyCode);
        yield return ("Thứ tự", AdminAudit.Number(topic.SortOrder));
    }
}
