using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace DanVan.Feedback.Core.Cases;

/// <summary>A denouncer's identity and contact, as they gave it: only ever held in memory, never stored in clear.</summary>
public sealed record DenouncerIdentity(string FullName, string? Address, string? Phone, string? Email)
{
    /// <summary>True when the given phone or e-mail is the one the denouncer gave (the tracking look-up).</summary>
    public bool HasContact(string contact)
    {
        var asPhone = ContactNormalizer.NormalizePhone(contact);
        var asEmail = ContactNormalizer.NormalizeEmail(contact);
        return (asPhone is not null && asPhone == Phone) || (asEmail is not null && asEmail == Email);
    }
}

/// <summary>
/// Seals and opens denouncers' identities with ASP.NET Core Data Protection (Luật Tố cáo 2018, Điều 47–48).
/// Keys live in the database, shared by both apps; the purpose string keeps these payloads apart from
/// cookies and tokens. Opening one is for the code paths the law allows: the reveal (audited), the
/// tracking look-up and mail to the denouncer.
/// </summary>
public sealed class IdentitySealer(IDataProtectionProvider provider)
{
    public const string Purpose = "DanVan.Feedback.DenouncerIdentity.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Seal(CaseIntake intake)
    {
        ArgumentNullException.ThrowIfNull(intake);
        var identity = new DenouncerIdentity(
            intake.FilerName.Trim(),
            string.IsNullOrWhiteSpace(intake.Address) ? null : intake.Address.Trim(),
            ContactNormalizer.NormalizePhone(intake.Phone),
            ContactNormalizer.NormalizeEmail(intake.Email));
        if (identity.Phone is null && identity.Email is null)
        {
            throw new ArgumentException("A filer needs a phone number or an e-mail address.");
        }

        return _protector.Protect(JsonSerializer.Serialize(identity));
    }

    public DenouncerIdentity Open(string sealedIdentity) =>
        JsonSerializer.Deserialize<DenouncerIdentity>(_protector.Unprotect(sealedIdentity))
        ?? throw new InvalidOperationException("The sealed identity is empty.");
}
