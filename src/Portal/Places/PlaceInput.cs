using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DanVan.Feedback.Core.Cases;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal.Places;

/// <summary>
/// Where the matter is, as a form binds it (<c>Input.Place</c>) and <c>_Place</c> shows it. Coordinates are bound as
/// text and read with either "." or "," as the decimal mark: a Vietnamese page would otherwise read "20.8449" as
/// two hundred thousand, and the browser's location always writes a point.
/// </summary>
[TextResource(typeof(PlaceText))]
public sealed class PlaceInput
{
    private const int CoordinateMaxLength = 32;

    [StringLength(CasePlace.AddressMaxLength, ErrorMessage = "Place.Address.TooLong")]
    [Display(Name = "Place.Address.Name")]
    public string? Address { get; set; }

    [StringLength(CoordinateMaxLength, ErrorMessage = "Place.Coordinates.Invalid")]
    [Display(Name = "Place.Latitude.Name")]
    public string? Latitude { get; set; }

    [StringLength(CoordinateMaxLength, ErrorMessage = "Place.Coordinates.Invalid")]
    [Display(Name = "Place.Longitude.Name")]
    public string? Longitude { get; set; }

    /// <summary>The place to store, or null when none was given or it is wrong (with the error under <paramref name="prefix"/>).</summary>
    public CasePlace? Check(ModelStateDictionary modelState, string prefix, IStringLocalizer<PlaceText> text)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(text);
        var address = string.IsNullOrWhiteSpace(Address) ? null : Address.Trim();
        var hasLatitude = !string.IsNullOrWhiteSpace(Latitude);
        var hasLongitude = !string.IsNullOrWhiteSpace(Longitude);
        if (!hasLatitude && !hasLongitude)
        {
            return address is null ? null : new CasePlace(address, null, null);
        }

        var latitudeKey = prefix + "." + nameof(Latitude);
        if (hasLatitude != hasLongitude)
        {
            modelState.AddModelError(hasLatitude ? prefix + "." + nameof(Longitude) : latitudeKey, text["Place.Coordinates.Both"]);
            return null;
        }

        if (!TryParse(Latitude, out var latitude) || !TryParse(Longitude, out var longitude) || !CasePlace.IsOnEarth(latitude, longitude))
        {
            modelState.AddModelError(latitudeKey, text["Place.Coordinates.Invalid"]);
            return null;
        }

        if (!CasePlace.IsNearHaiPhong(latitude, longitude))
        {
            modelState.AddModelError(latitudeKey, text["Place.Coordinates.OutsideCity"]);
            return null;
        }

        return new CasePlace(address, latitude, longitude);
    }

    private static bool TryParse(string? value, out double result) =>
        double.TryParse(value?.Trim().Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out result)
        && double.IsFinite(result);
}
