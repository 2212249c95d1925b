using System.Runtime.InteropServices;

namespace NewsFacts.Reading;

/// <summary>
/// Tells a regular file from a pipe, a socket or a device before anything opens it: opening a FIFO for reading blocks until
/// some other process writes to it, and reading a device such as <c>/dev/zero</c> never ends. .NET has no public API for the
/// Unix file type, so this asks the runtime's own native shim (<c>SystemNative_Stat</c>, the call that <c>FileInfo</c> is
/// built on); where that cannot be called the answer is "unknown", and the reader then refuses a file whose size reads 0 rather
/// than open it (a pipe and a device show size 0; an empty regular file is refused anyway).
/// </summary>
internal static class FileKind
{
    private const int TypeMask = 0xF000; // the runtime's FileTypes.S_IFMT: the same values on every Unix it supports
    private const int RegularFile = 0x8000;
    private const int Directory = 0x4000;
    private static bool _unavailable = OperatingSystem.IsWindows();

    /// <summary>What a path names, following symbolic links.</summary>
    internal enum Kind
    {
        /// <summary>The type could not be read (no native shim, or Windows, where no such files exist in a folder).</summary>
        Unknown,
        /// <summary>A regular file: safe to read.</summary>
        Regular,
        /// <summary>A folder.</summary>
        Folder,
        /// <summary>A pipe (FIFO), a socket, or a character or block device.</summary>
        Special,
    }

    /// <summary>The kind of file at <paramref name="path"/>, or <see cref="Kind.Unknown"/>.</summary>
    internal static Kind Of(string path)
    {
        if (_unavailable)
        {
            return Kind.Unknown;
        }

        try
        {
            if (NativeMethods.Stat(path, out var status) != 0)
            {
                return Kind.Unknown;
            }

            return (status.Mode & TypeMask) switch
            {
                RegularFile => Kind.Regular,
                Directory => Kind.Folder,
                _ => Kind.Special,
            };
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            return Kind.Unknown;
        }
    }

    /// <summary>The leading fields of the runtime's <c>FileStatus</c>, padded well past its full size.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }

    private static class NativeMethods
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatus status);
    }
}
