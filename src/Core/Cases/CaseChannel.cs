namespace DanVan.Feedback.Core.Cases;

/// <summary>How a case reached the city (task 4.4 asks for every lawful channel).</summary>
public enum CaseChannel
{
    Web,
    Hotline,
    Phone,
    Sms,
    Email,
    InPerson,
    Post,
}
