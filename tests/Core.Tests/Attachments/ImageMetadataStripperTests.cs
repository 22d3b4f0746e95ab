using System.Buffers.Binary;
using DanVan.Feedback.Core.Attachments;
using DanVan.Feedback.TestCommon;

namespace DanVan.Feedback.Core.Tests.Attachments;

/// <summary>A photo's location must not reach the disk: Exif GPS and XMP are taken out, the picture is kept.</summary>
public sealed class ImageMetadataStripperTests
{
    [Fact]
    public void Inspect_JpegWithExifGpsAndXmp_StoresItWithoutThemAsAValidJpeg()
    {
        // Arrange
        var photo = TestFiles.Jpeg(withLocation: true);
        Assert.True(Contains(photo, TestFiles.GpsLatitude), "The test photo must carry a GPS latitude to begin with.");

        // Act
        var stored = AttachmentInspector.Inspect("o-ga.jpg", photo).Attachment!.Content.ToArray();

        // Assert
        Assert.False(Contains(stored, TestFiles.GpsLatitude), "The GPS latitude must not be stored.");
        Assert.False(Contains(stored, "Exif"u8.ToArray()), "No Exif block may be stored.");
        Assert.False(Contains(stored, TestFiles.XmpGpsText), "No XMP may be stored.");
        Assert.Equal(Markers(TestFiles.Jpeg()), Markers(stored));
        Assert.Equal(TestFiles.Jpeg(), stored);
    }

    [Fact]
    public void Inspect_JpegWithoutMetadata_IsStoredUnchanged()
    {
        var photo = TestFiles.Jpeg();

        Assert.Equal(photo, AttachmentInspector.Inspect("anh.jpg", photo).Attachment!.Content.ToArray());
    }

    [Fact]
    public void Inspect_JpegWithDataAfterTheEnd_DropsWhatFollows()
    {
        // Arrange: a second file hidden after EOI (a "polyglot").
        byte[] photo = [.. TestFiles.Jpeg(), .. TestFiles.Executable()];

        // Act
        var stored = AttachmentInspector.Inspect("anh.jpg", photo).Attachment!.Content.ToArray();

        // Assert
        Assert.Equal(TestFiles.Jpeg(), stored);
    }

    [Fact]
    public void Inspect_PngWithExifAndXmp_StoresItWithoutThem()
    {
        // Arrange
        var image = TestFiles.Png(withMetadata: true);
        Assert.True(Contains(image, TestFiles.GpsLatitude), "The test image must carry a GPS latitude to begin with.");

        // Act
        var stored = AttachmentInspector.Inspect("anh.png", image).Attachment!.Content.ToArray();

        // Assert
        Assert.False(Contains(stored, TestFiles.GpsLatitude), "The eXIf chunk's GPS latitude must not be stored.");
        Assert.False(Contains(stored, TestFiles.XmpGpsText), "The XMP text chunk must not be stored.");
        Assert.Equal(["IHDR", "IDAT", "IEND"], Chunks(stored));
        Assert.Equal(TestFiles.Png(), stored);
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    /// <summary>The JPEG's marker sequence up to the scan, walked by its lengths; fails on a broken structure.</summary>
    private static List<byte> Markers(byte[] jpeg)
    {
        Assert.True(jpeg is [0xFF, 0xD8, ..], "A JPEG starts with SOI.");
        Assert.True(jpeg[^2] == 0xFF && jpeg[^1] == 0xD9, "A JPEG ends with EOI.");
        var markers = new List<byte>();
        var position = 2;
        while (true)
        {
            Assert.Equal(0xFF, jpeg[position]);
            var marker = jpeg[position + 1];
            markers.Add(marker);
            position += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(position + 2));
            if (marker == 0xDA)
            {
                return markers;
            }
        }
    }

    private static List<string> Chunks(byte[] png)
    {
        var chunks = new List<string>();
        for (var position = 8; position < png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position));
            chunks.Add(System.Text.Encoding.ASCII.GetString(png, position + 4, 4));
            position += 12 + length;
        }

        return chunks;
    }
}
