namespace DanVan.Feedback.Core.Cases;

/// <summary>Why a case is in Thanh tra thành phố's review queue (task 4.5). A case may have several reasons.</summary>
[Flags]
public enum ReviewReasons
{
    None = 0,

    /// <summary>Marked complex by its agency.</summary>
    Complex = 1,

    /// <summary>Đông người: signed by many, or several filers on the same matter.</summary>
    Mass = 2,

    /// <summary>Kéo dài: the same filer filed the same matter again.</summary>
    Prolonged = 4,

    /// <summary>Past its due date by more than the configured margin.</summary>
    Overdue = 8,

    /// <summary>A denunciation of corruption, harassment or illegal fees.</summary>
    Corruption = 16,

    /// <summary>Flagged by hand by an officer or an inspector.</summary>
    Manual = 32,
}
