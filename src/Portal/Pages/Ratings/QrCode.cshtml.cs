using DanVan.Feedback.Core.Ratings;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace DanVan.Feedback.Portal.Pages.Ratings;

/// <summary>
/// A printable QR code for a desk: it opens the rating form with the agency, service and desk filled in
/// (<see cref="ServiceRatingLinks"/>). Public, as the form itself is; the Backoffice may generate these later.
/// The image is served by its own handler as SVG, so the page needs no inline markup the CSP would refuse.
/// </summary>
public sealed class QrCodeModel(ReferenceDataCache referenceData, IStringLocalizer<RatingText> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = ServiceRatingLinks.AgencyParameter)]
    public string? AgencyCode { get; set; }

    [BindProperty(SupportsGet = true, Name = ServiceRatingLinks.ServiceParameter)]
    public string? Service { get; set; }

    [BindProperty(SupportsGet = true, Name = ServiceRatingLinks.DeskParameter)]
    public string? Desk { get; set; }

    public string AgencyName { get; private set; } = "";

    /// <summary>The address the code holds.</summary>
    public string FormUrl { get; private set; } = "";

    /// <summary>The address of this code's image.</summary>
    public string ImageUrl { get; private set; } = "";

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(cancellationToken))
        {
            return this.PageWithStatus(StatusCodes.Status400BadRequest);
        }

        ImageUrl = Url.Page("/Ratings/QrCode", "Svg", new Dictionary<string, object?>
        {
            [ServiceRatingLinks.AgencyParameter] = AgencyCode,
            [ServiceRatingLinks.ServiceParameter] = Service,
            [ServiceRatingLinks.DeskParameter] = Desk,
        })!;
        return Page();
    }

    public async Task<IActionResult> OnGetSvgAsync(CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(cancellationToken))
        {
            return BadRequest();
        }

        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(FormUrl, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        return Content(svg.GetGraphic(8), "image/svg+xml");
    }

    // The base address is this request's: behind a reverse proxy the forwarded headers must be configured (ADR 10).
    private async Task<bool> ResolveAsync(CancellationToken cancellationToken)
    {
        var directory = await referenceData.GetAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(AgencyCode))
        {
            Problem = text["Qr.Agency.Required"];
            return false;
        }

        if (directory.FindAgency(AgencyCode.Trim()) is not { } agency)
        {
            Problem = text["Rating.Agency.NotListed"];
            return false;
        }

        Service = Limit(Service, ServiceRating.ServiceNameMaxLength);
        Desk = Limit(Desk, ServiceRating.DeskNameMaxLength);
        AgencyCode = agency.Code;
        AgencyName = agency.Name;
        FormUrl = ServiceRatingLinks.UrlFor($"{Request.Scheme}://{Request.Host}{Request.PathBase}", agency.Code, Service, Desk);
        return true;
    }

    private static string? Limit(string? value, int maxLength)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed[..Math.Min(trimmed.Length, maxLength)];
    }
}
