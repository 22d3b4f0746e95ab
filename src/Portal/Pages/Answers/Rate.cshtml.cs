using System.ComponentModel.DataAnnotations;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Ratings;
using DanVan.Feedback.Core.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Feedback.Portal.Pages.Answers;

/// <summary>
/// Đánh giá câu trả lời: the filer says whether the answer satisfied them, and, if not, may ask for the case
/// to be looked at again within the window. Reached from the invitation mail or the tracking page through a
/// protected link, so no code or contact is asked again.
/// </summary>
public sealed class RateModel(AnswerRatingService ratings, ReferenceDataCache referenceData) : PageModel
{
    public const string ResultKey = "AnswerRating.Result";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public AnswerToRate? Answer { get; private set; }

    public string AgencyName { get; private set; } = "";

    /// <summary>What the filer was told after rating (TempData, once): "thanks", or the case reopened until a date.</summary>
    public string? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        Result = TempData[ResultKey] as string;
        return await ShowAsync(token, StatusCodes.Status200OK, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        if (Input.Satisfied is null)
        {
            ModelState.AddModelError("Input.Satisfied", "Quý vị vui lòng chọn hài lòng hoặc chưa hài lòng với câu trả lời.");
        }
        else if (Input.Satisfied == false && string.IsNullOrWhiteSpace(Input.Reason))
        {
            ModelState.AddModelError("Input.Reason", "Quý vị vui lòng cho biết lý do chưa hài lòng để cơ quan xem xét.");
        }

        if (Input is { Satisfied: true, Reopen: true })
        {
            ModelState.AddModelError("Input.Reopen", "Chỉ đề nghị xem xét lại khi quý vị chưa hài lòng với câu trả lời.");
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(token, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var result = await ratings.RateAsync(token, Input.Satisfied!.Value, Input.Reason, Input.Reopen, cancellationToken);
        switch (result.Outcome)
        {
            case AnswerRatingOutcome.Recorded:
                TempData[ResultKey] = result switch
                {
                    { Reopened: true, NewDueOn: { } due } => $"Hồ sơ đã được mở lại để cơ quan xem xét, giải quyết lại. Hạn giải quyết mới là ngày {due:dd/MM/yyyy}.",
                    { Reopened: true } => "Hồ sơ đã được mở lại để cơ quan xem xét, giải quyết lại.",
                    _ => "Cảm ơn quý vị đã đánh giá. Ý kiến của quý vị được dùng để đánh giá, nâng cao chất lượng giải quyết của các cơ quan.",
                };
                return new SeeOtherResult(Request.Path.ToString());
            case AnswerRatingOutcome.Refused:
                ModelState.AddModelError(string.Empty, result.Message ?? "Không thể ghi nhận đánh giá.");
                return await ShowAsync(token, StatusCodes.Status409Conflict, cancellationToken);
            case AnswerRatingOutcome.Conflict:
                ModelState.AddModelError(string.Empty, "Hồ sơ vừa được cơ quan cập nhật. Quý vị vui lòng xem lại và gửi đánh giá một lần nữa.");
                return await ShowAsync(token, StatusCodes.Status409Conflict, cancellationToken);
            default:
                return await ShowAsync(token, StatusCodes.Status404NotFound, cancellationToken);
        }
    }

    private async Task<IActionResult> ShowAsync(string token, int status, CancellationToken cancellationToken)
    {
        Answer = await ratings.FindAsync(token, cancellationToken);
        if (Answer is not null)
        {
            AgencyName = (await referenceData.GetAsync(cancellationToken)).AgencyName(Answer.LeadAgencyCode);
        }

        // A link that is forged, damaged, expired or made for an answer since replaced: the page says so, with a 404.
        var page = Page();
        page.StatusCode = Answer is null ? StatusCodes.Status404NotFound : status;
        return page;
    }

    public sealed class InputModel
    {
        public bool? Satisfied { get; set; }

        [StringLength(FeedbackCase.RatingReasonMaxLength, ErrorMessage = "Lý do không được dài quá {1} ký tự.")]
        public string? Reason { get; set; }

        public bool Reopen { get; set; }
    }
}
