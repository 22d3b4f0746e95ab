using DanVan.Feedback.Core.Captcha;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal.Safety;

/// <summary>
/// An intake form's POST must carry a passed CAPTCHA (the page includes <c>_Captcha</c>). A refusal is
/// a model error under <see cref="FieldKey"/>, so the page re-shows the form as for any invalid field:
/// 400, the message in the error summary, everything typed kept. When the verify service is down the
/// 400 becomes 503: the filer did nothing wrong, and monitoring should see an outage (ADR 10).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RequireCaptchaAttribute() : TypeFilterAttribute(typeof(CaptchaPageFilter))
{
    /// <summary>The model-state key of the CAPTCHA's error, and the id of the widget's wrapper it links to.</summary>
    public const string FieldKey = "Captcha";
}

internal sealed partial class CaptchaPageFilter(CaptchaVerifier verifier, IStringLocalizer<SafetyText> text, ILogger<CaptchaPageFilter> logger)
    : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        // A form with a check step stores nothing before "Gửi": the CAPTCHA sits on the check step and is verified there.
        if (!HttpMethods.IsPost(request.Method) || verifier.Provider == CaptchaProvider.None
            || context.HandlerInstance is ICheckAnswersPage { Step: not FormStep.Send })
        {
            await next();
            return;
        }

        var response = request.HasFormContentType ? request.Form[verifier.ResponseField].ToString() : null;
        var result = await verifier.VerifyAsync(response, context.HttpContext.Connection.RemoteIpAddress, context.HttpContext.RequestAborted);
        if (!result.IsPassed)
        {
            LogRefused(logger, verifier.Provider, result.Outcome, result.Score, string.Join(",", result.ErrorCodes ?? []));
            context.ModelState.AddModelError(RequireCaptchaAttribute.FieldKey, text[$"Captcha.{result.Outcome}"]);
        }

        var executed = await next();
        if (result.Outcome == CaptchaOutcome.Unavailable && executed.Result is PageResult { StatusCode: StatusCodes.Status400BadRequest } page)
        {
            page.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.HttpContext.Response.Headers.RetryAfter = "60";
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "CAPTCHA ({Provider}) refused a post: {Outcome}, score {Score}, codes {ErrorCodes}")]
    private static partial void LogRefused(ILogger logger, CaptchaProvider provider, CaptchaOutcome outcome, double? score, string errorCodes);
}
