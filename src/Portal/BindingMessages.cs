using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal;

/// <summary>
/// The messages model binding shows when a value cannot be read (a forged or garbled post), in the
/// filer's language instead of the framework's English. The localizer reads the request's culture
/// each time a message is made, so one set of accessors serves both languages.
/// </summary>
internal static class BindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages, IStringLocalizer text)
    {
        messages.SetValueIsInvalidAccessor(value => text["ModelBinding.ValueIsInvalid", value]);
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => text["ModelBinding.AttemptedValueIsInvalid", value, field]);
        messages.SetMissingBindRequiredValueAccessor(field => text["ModelBinding.MissingBindRequiredValue", field]);
        messages.SetMissingKeyOrValueAccessor(() => text["ModelBinding.MissingKeyOrValue"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => text["ModelBinding.MissingRequestBodyRequiredValue"]);
        messages.SetValueMustNotBeNullAccessor(value => text["ModelBinding.ValueMustNotBeNull", value]);
        messages.SetUnknownValueIsInvalidAccessor(field => text["ModelBinding.UnknownValueIsInvalid", field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["ModelBinding.NonPropertyAttemptedValueIsInvalid", value]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["ModelBinding.NonPropertyUnknownValueIsInvalid"]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text["ModelBinding.NonPropertyValueMustBeANumber"]);
        messages.SetValueMustBeANumberAccessor(field => text["ModelBinding.ValueMustBeANumber", field]);
    }
}
