using DanVan.Feedback.Core.Attachments;

namespace DanVan.Feedback.Core.Cases;

/// <summary>What the filer gave besides words: the place of the matter and the files attached.</summary>
public sealed partial class FeedbackCase
{
    private readonly List<CaseAttachment> _attachments = [];

    /// <summary>The address of the matter in the filer's words (<see cref="CasePlace.AddressMaxLength"/>).</summary>
    public string? PlaceAddress { get; private set; }

    /// <summary>The point the filer marked, in or near Hải Phòng (<see cref="CasePlace"/>); both or neither.</summary>
    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    public IReadOnlyList<CaseAttachment> Attachments => _attachments;

    /// <summary>Ties a file already written to the attachment store to the case; stored with it or not at all.</summary>
    public void Attach(CaseAttachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        if (_attachments.Count >= AttachmentRules.MaxFiles)
        {
            throw new CaseRuleException(CaseRule.TooManyAttachments, AttachmentRules.MaxFiles);
        }

        _attachments.Add(attachment);
    }

    private void SetPlace(CasePlace? place)
    {
        var address = place?.Address?.Trim();
        if (address is { Length: > CasePlace.AddressMaxLength })
        {
            throw new ArgumentException($"An address is at most {CasePlace.AddressMaxLength} characters.", nameof(place));
        }

        if (place is not null && (place.Latitude is null) != (place.Longitude is null))
        {
            throw new ArgumentException("A point needs both its latitude and its longitude.", nameof(place));
        }

        if (place is { HasCoordinates: true } && !CasePlace.IsNearHaiPhong(place.Latitude!.Value, place.Longitude!.Value))
        {
            throw new ArgumentException("The point is not in or near Hải Phòng.", nameof(place));
        }

        PlaceAddress = string.IsNullOrEmpty(address) ? null : address;
        Latitude = place?.Latitude;
        Longitude = place?.Longitude;
    }
}
