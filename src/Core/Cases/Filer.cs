namespace DanVan.Feedback.Core.Cases;

public enum FilerType
{
    /// <summary>Cá nhân: a person, Vietnamese or foreign.</summary>
    Person,

    /// <summary>Tổ chức, doanh nghiệp: an organisation or a business.</summary>
    Business,
}

/// <summary>Who filed the case and how to reach them. At least one of phone or e-mail is kept.</summary>
public sealed class Filer
{
    public const int NameMaxLength = 100;
    public const int OrganisationMaxLength = 200;
    public const int PhoneMaxLength = 20;
    public const int EmailMaxLength = 254;

    private Filer()
    {
    }

    public FilerType Type { get; private set; }

    public string FullName { get; private set; } = "";

    /// <summary>The business or organisation name; only for <see cref="FilerType.Business"/>.</summary>
    public string? OrganisationName { get; private set; }

    /// <summary>Phone in its normalised form (see <see cref="ContactNormalizer"/>), so a look-up matches however it is typed.</summary>
    public string? Phone { get; private set; }

    /// <summary>E-mail in its normalised (trimmed, lower-case) form.</summary>
    public string? Email { get; private set; }

    public static Filer Create(FilerType type, string fullName, string? organisationName, string? phone, string? email)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        var normalizedPhone = ContactNormalizer.NormalizePhone(phone);
        var normalizedEmail = ContactNormalizer.NormalizeEmail(email);
        if (normalizedPhone is null && normalizedEmail is null)
        {
            throw new ArgumentException("A filer needs a phone number or an e-mail address.");
        }

        return new Filer
        {
            Type = type,
            FullName = fullName.Trim(),
            OrganisationName = type == FilerType.Business ? organisationName?.Trim() : null,
            Phone = normalizedPhone,
            Email = normalizedEmail,
        };
    }

    /// <summary>Shown in place of a denouncer's name: their identity lives only in <see cref="FeedbackCase.SealedIdentity"/>.</summary>
    public const string WithheldName = "(Danh tính được bảo mật)";

    /// <summary>True for a denouncer, whose identity is sealed and not in these fields.</summary>
    public bool IsWithheld { get; private set; }

    public static Filer Withheld(FilerType type) => new() { Type = type, FullName = WithheldName, IsWithheld = true };

    /// <summary>Shown for the sender of an anonymous report (Luật Tố cáo 2018, Điều 25), who gave no name.</summary>
    public const string AnonymousName = "(Không rõ người gửi)";

    /// <summary>The sender of an anonymous report: no name, and a contact only if they chose to give one for tracking.</summary>
    public static Filer Anonymous(string? phone, string? email) => new()
    {
        Type = FilerType.Person,
        FullName = AnonymousName,
        Phone = ContactNormalizer.NormalizePhone(phone),
        Email = ContactNormalizer.NormalizeEmail(email),
    };

    /// <summary>True when the given phone or e-mail is the one the filer gave.</summary>
    public bool HasContact(string contact) => IsContactOf(contact, Phone, Email);

    /// <summary>True when the given phone or e-mail is the stored phone or e-mail (both kept normalised).</summary>
    public static bool IsContactOf(string contact, string? phone, string? email)
    {
        var asPhone = ContactNormalizer.NormalizePhone(contact);
        var asEmail = ContactNormalizer.NormalizeEmail(contact);
        return (asPhone is not null && asPhone == phone) || (asEmail is not null && asEmail == email);
    }
}
