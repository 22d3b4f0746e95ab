using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace DanVan.Feedback.Portal;

/// <summary>
/// The messages model binding shows when a value cannot be read (a forged or garbled post), in the
/// filer's language instead of the framework's English.
/// </summary>
internal static class VietnameseBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetValueIsInvalidAccessor(value => $"Giá trị “{value}” không hợp lệ.");
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"Giá trị “{value}” không hợp lệ cho mục {field}.");
        messages.SetMissingBindRequiredValueAccessor(field => $"Vui lòng cung cấp {field}.");
        messages.SetMissingKeyOrValueAccessor(() => "Vui lòng cung cấp giá trị.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Biểu mẫu gửi lên không có nội dung.");
        messages.SetValueMustNotBeNullAccessor(value => $"Vui lòng cung cấp giá trị cho mục {value}.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"Giá trị đã chọn cho mục {field} không hợp lệ.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Giá trị “{value}” không hợp lệ.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị đã chọn không hợp lệ.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Vui lòng nhập một số.");
        messages.SetValueMustBeANumberAccessor(field => $"Mục {field} cần là một số.");
    }
}
