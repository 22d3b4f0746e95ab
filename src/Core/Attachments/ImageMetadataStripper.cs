using System.Buffers.Binary;

namespace DanVan.Feedback.Core.Attachments;

/// <summary>
/// Takes the metadata out of a photo before it is stored: a phone's camera writes where the picture was taken
/// (Exif GPS), and a filer who sends a picture of a pothole should not send their home's position with it.
/// A small segment walker rather than an image library: the pixels are copied as they are, never decoded.
/// </summary>
public static class ImageMetadataStripper
{
    private const byte Marker = 0xFF;
    private const byte StartOfImage = 0xD8;
    private const byte EndOfImage = 0xD9;
    private const byte StartOfScan = 0xDA;

    /// <summary>APP1 holds Exif (with its GPS block and thumbnail) and XMP.</summary>
    private const byte App1 = 0xE1;

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>
    /// The content to store: a JPEG or PNG without its metadata, anything else unchanged. Null when an image's
    /// structure is broken, so a file that only starts like an image is refused.
    /// </summary>
    public static ReadOnlyMemory<byte>? Strip(AttachmentKind kind, ReadOnlyMemory<byte> content) => kind switch
    {
        AttachmentKind.Jpeg => OrNull(StripJpeg(content.Span)),
        AttachmentKind.Png => OrNull(StripPng(content.Span)),
        _ => content,
    };

    // A null array converts to an empty memory, not to null: keep "broken" apart from "empty".
    private static ReadOnlyMemory<byte>? OrNull(byte[]? bytes) => bytes is null ? default(ReadOnlyMemory<byte>?) : new ReadOnlyMemory<byte>(bytes);

    /// <summary>
    /// JPEG (ITU T.81): SOI, then segments <c>FF xx</c> with a two-byte length, each scan followed by entropy-coded
    /// data in which <c>FF 00</c> and the restart markers are data. Every APP1 segment is dropped, and anything after
    /// EOI (where a second file can hide) too. Orientation lives in Exif, so a turned photo may show turned.
    /// </summary>
    private static byte[]? StripJpeg(ReadOnlySpan<byte> source)
    {
        if (source.Length < 4 || source[0] != Marker || source[1] != StartOfImage)
        {
            return null;
        }

        using var output = new MemoryStream(source.Length);
        output.Write(source[..2]);
        var position = 2;
        var scanned = false;
        while (true)
        {
            if (position >= source.Length || source[position] != Marker)
            {
                return null;
            }

            // Any number of FF may pad before a marker.
            while (position < source.Length && source[position] == Marker)
            {
                position++;
            }

            if (position >= source.Length)
            {
                return null;
            }

            var marker = source[position++];
            if (marker == EndOfImage)
            {
                // A picture has at least one scan; SOI then EOI is no image.
                output.Write([Marker, EndOfImage]);
                return scanned ? output.ToArray() : null;
            }

            if (marker is StartOfImage or 0x00)
            {
                return null;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                output.Write([Marker, marker]);
                continue;
            }

            if (position + 2 > source.Length)
            {
                return null;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(source[position..]);
            if (length < 2 || position + length > source.Length)
            {
                return null;
            }

            if (marker != App1)
            {
                output.Write([Marker, marker]);
                output.Write(source.Slice(position, length));
            }

            position += length;
            if (marker == StartOfScan)
            {
                scanned = true;
                var end = EndOfEntropyData(source, position);
                if (end < 0)
                {
                    return null;
                }

                output.Write(source[position..end]);
                position = end;
            }
        }
    }

    /// <summary>Where the scan's data ends: the first FF that is neither a stuffed zero nor a restart marker.</summary>
    private static int EndOfEntropyData(ReadOnlySpan<byte> source, int start)
    {
        for (var i = start; i + 1 < source.Length; i++)
        {
            if (source[i] == Marker && source[i + 1] is not (0x00 or (>= 0xD0 and <= 0xD7)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// PNG: the signature, then chunks (length, type, data, CRC) up to IEND. Dropped: eXIf (Exif, with GPS) and the
    /// text chunks tEXt, zTXt and iTXt, which carry XMP ("XML:com.adobe.xmp") and, from some tools, a copy of the Exif
    /// ("Raw profile type exif"); none of them is needed to show the picture. Other chunks are copied with their CRCs.
    /// </summary>
    private static byte[]? StripPng(ReadOnlySpan<byte> source)
    {
        if (!source.StartsWith(PngSignature))
        {
            return null;
        }

        using var output = new MemoryStream(source.Length);
        output.Write(PngSignature);
        var position = PngSignature.Length;
        var first = true;
        var hasPixels = false;
        while (position + 12 <= source.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(source[position..]);
            if (length > int.MaxValue || position + 12 + (long)length > source.Length)
            {
                return null;
            }

            var type = source.Slice(position + 4, 4);
            if (first && !type.SequenceEqual("IHDR"u8))
            {
                return null;
            }

            first = false;
            var chunk = source.Slice(position, 12 + (int)length);
            if (!(type.SequenceEqual("eXIf"u8) || type.SequenceEqual("tEXt"u8) || type.SequenceEqual("zTXt"u8) || type.SequenceEqual("iTXt"u8)))
            {
                output.Write(chunk);
            }

            position += chunk.Length;
            hasPixels |= type.SequenceEqual("IDAT"u8);
            if (type.SequenceEqual("IEND"u8))
            {
                return hasPixels ? output.ToArray() : null;
            }
        }

        return null;
    }
}
