using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace DanVan.Feedback.TestCommon;

/// <summary>
/// Small real files of each kind a filer may attach, built byte by byte, and files that only pretend to be one.
/// The JPEG decodes (one 8×8 grey block); the PNG is one grey pixel; the DOCX and XLSX are ZIP packages with the
/// parts ECMA-376 requires to tell them apart.
/// </summary>
public static class TestFiles
{
    /// <summary>GPSLatitude 20° 50′ 41.40″ as Exif writes it (three big-endian rationals): what must not reach the disk.</summary>
    public static readonly byte[] GpsLatitude = [0, 0, 0, 20, 0, 0, 0, 1, 0, 0, 0, 50, 0, 0, 0, 1, 0, 0, 0x10, 0x2C, 0, 0, 0, 100];

    public static readonly byte[] XmpGpsText = Encoding.ASCII.GetBytes("exif:GPSLatitude=\"20,50.69N\"");

    public static byte[] Jpeg(bool withLocation = false)
    {
        using var jpeg = new MemoryStream();
        jpeg.Write([0xFF, 0xD8]);
        Segment(jpeg, 0xE0, [.. "JFIF"u8, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        if (withLocation)
        {
            Segment(jpeg, 0xE1, ExifWithGps());
            Segment(jpeg, 0xE1, [.. "http://ns.adobe.com/xap/1.0/"u8, 0, .. "<x:xmpmeta><rdf:Description "u8, .. XmpGpsText, .. "/></x:xmpmeta>"u8]);
        }

        Segment(jpeg, 0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]);
        Segment(jpeg, 0xC0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]);
        Segment(jpeg, 0xC4, [0x00, 1, .. new byte[15], 0]); // DC table: one code, category 0
        Segment(jpeg, 0xC4, [0x10, 1, .. new byte[15], 0]); // AC table: one code, end of block
        Segment(jpeg, 0xDA, [1, 1, 0, 0, 63, 0]);
        jpeg.Write([0x3F, 0xFF, 0xD9]); // DC "0", EOB "0", padded with ones; then EOI
        return jpeg.ToArray();
    }

    public static byte[] Png(bool withMetadata = false)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
        if (withMetadata)
        {
            Chunk(png, "eXIf", ExifWithGps()[6..]);
            Chunk(png, "iTXt", [.. "XML:com.adobe.xmp"u8, 0, 0, 0, 0, 0, .. XmpGpsText]);
        }

        using (var pixels = new MemoryStream())
        {
            using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write([0, 0x80]); // filter none, one grey pixel
            }

            Chunk(png, "IDAT", pixels.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    public static byte[] Pdf() => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Docx() => Package(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "/word/document.xml",
        ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>"));

    public static byte[] Xlsx() => Package(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "/xl/workbook.xml",
        ("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>"));

    /// <summary>A Word document with macros (.docm): a ZIP with word/ parts, refused all the same.</summary>
    public static byte[] MacroDocument() => Package(
        "application/vnd.ms-word.document.macroEnabled.main+xml", "/word/document.xml",
        ("word/document.xml", "<w:document/>"), ("word/vbaProject.bin", "macro"));

    /// <summary>A ZIP that is no Office document.</summary>
    public static byte[] PlainZip() => Package(null, null, ("readme.txt", "xin chào"));

    /// <summary>The start of a Windows program: what a disguised "photo.jpg" often is.</summary>
    public static byte[] Executable() => [.. "MZ"u8, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, .. "This program cannot be run in DOS mode."u8];

    public static byte[] Html() => "<!DOCTYPE html><script>alert(1)</script>"u8.ToArray();

    /// <summary>Exif as APP1 carries it: "Exif\0\0", a big-endian TIFF header, IFD0 pointing at a GPS IFD with a latitude.</summary>
    private static byte[] ExifWithGps()
    {
        using var exif = new MemoryStream();
        exif.Write([.. "Exif"u8, 0, 0]);
        exif.Write([.. "MM"u8, 0, 42, 0, 0, 0, 8]);          // TIFF header, IFD0 at 8
        exif.Write([0, 1, 0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 26, 0, 0, 0, 0]); // GPSInfo → 26; no next IFD
        exif.Write([0, 2]);                                   // GPS IFD at 26: two entries
        exif.Write([0, 1, 0, 2, 0, 0, 0, 2, (byte)'N', 0, 0, 0]); // GPSLatitudeRef "N"
        exif.Write([0, 2, 0, 5, 0, 0, 0, 3, 0, 0, 0, 56]);        // GPSLatitude, 3 rationals at 56
        exif.Write([0, 0, 0, 0]);
        exif.Write(GpsLatitude);
        return exif.ToArray();
    }

    private static void Segment(Stream jpeg, byte marker, byte[] payload)
    {
        jpeg.Write([0xFF, marker]);
        Span<byte> length = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)(payload.Length + 2));
        jpeg.Write(length);
        jpeg.Write(payload);
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(number, (uint)data.Length);
        png.Write(number);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    private static byte[] Package(string? mainType, string? mainPart, params (string Name, string Content)[] parts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            if (mainType is not null)
            {
                Write(zip, "[Content_Types].xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + $"<Override PartName=\"{mainPart}\" ContentType=\"{mainType}\"/></Types>");
            }

            foreach (var (name, content) in parts)
            {
                Write(zip, name, content);
            }
        }

        return buffer.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
