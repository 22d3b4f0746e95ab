using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace DanVan.Feedback.Core.Attachments;

/// <summary>A file written to the attachment folder, not yet (or no longer) tied to a case.</summary>
public sealed record StoredAttachment(string StoredName, string DisplayName, AttachmentKind Kind, long Length, string Sha256);

/// <summary>
/// Keeps attachment files in <c>&lt;data directory&gt;/attachments/</c>, outside the web root, each under a random
/// name in a folder of its first two digits. Files are written and flushed to disk before the case that names them
/// is committed, and deleted again if that commit fails (ADR 13): a row never names a missing file.
/// </summary>
public sealed partial class AttachmentStore(string directory, ILogger<AttachmentStore> logger)
{
    public string Directory { get; } = directory;

    public async Task<IReadOnlyList<StoredAttachment>> WriteAsync(IReadOnlyList<PreparedAttachment> attachments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        var written = new List<StoredAttachment>(attachments.Count);
        try
        {
            foreach (var attachment in attachments)
            {
                var name = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(CaseAttachment.StoredNameLength / 2));
                var path = PathOf(name);
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
                {
                    await file.WriteAsync(attachment.Content, cancellationToken);

                    // On the disk, not in a cache, before the commit that makes the case point at it.
                    file.Flush(flushToDisk: true);
                }

                written.Add(new StoredAttachment(
                    name, attachment.DisplayName, attachment.Kind, attachment.Length, Convert.ToHexStringLower(SHA256.HashData(attachment.Content.Span))));
            }

            return written;
        }
        catch
        {
            Delete(written);
            throw;
        }
    }

    /// <summary>Removes files whose case was not stored. Best effort: a file left behind is named by no row and harms nobody.</summary>
    public void Delete(IEnumerable<StoredAttachment> attachments)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        Delete(attachments.Select(a => a.StoredName));
    }

    /// <summary>Removes files by their stored names; best effort, as above.</summary>
    public void Delete(IEnumerable<string> storedNames)
    {
        ArgumentNullException.ThrowIfNull(storedNames);
        foreach (var storedName in storedNames)
        {
            try
            {
                File.Delete(PathOf(storedName));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                LogNotDeleted(logger, ex, storedName);
            }
        }
    }

    /// <summary>Opens a stored file to send it; null when it is missing.</summary>
    public Stream? OpenRead(string storedName)
    {
        var path = PathOf(storedName);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous) : null;
    }

    /// <summary>Every file this store made, with when it was written; files of any other name are not its own and are left out.</summary>
    public IEnumerable<(string StoredName, DateTime WrittenAtUtc)> Files()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            yield break;
        }

        foreach (var file in new DirectoryInfo(Directory).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            if (IsStoredName(file.Name) && file.Directory?.Name == file.Name[..2])
            {
                yield return (file.Name, file.LastWriteTimeUtc);
            }
        }
    }

    /// <summary>Only names this store made are turned into paths, so no name from the database or a request can leave the folder.</summary>
    public string PathOf(string storedName)
    {
        if (!IsStoredName(storedName))
        {
            throw new ArgumentException("Not a stored attachment name.", nameof(storedName));
        }

        return Path.Combine(Directory, storedName[..2], storedName);
    }

    private static bool IsStoredName(string? name) => name is { Length: CaseAttachment.StoredNameLength } && name.All(char.IsAsciiHexDigitLower);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete the attachment file {StoredName} of a case that was not stored")]
    private static partial void LogNotDeleted(ILogger logger, Exception exception, string storedName);
}
