/*
 * A stand-in for Windows' bcryptprimitives.dll, for running povestitor.exe under Wine 8 in CI
 * (scripts/windows-wine.sh). Test-only: it is built into a throwaway Wine prefix and never
 * shipped. Rust's standard library asks bcryptprimitives.dll for ProcessPrng (its source of
 * random numbers, e.g. for HashMap keys); Windows 10 and 11 have it, Wine 8 does not, and the
 * program would not start there. Here ProcessPrng fills the buffer from RtlGenRandom
 * (advapi32's SystemFunction036), which Wine has, a ULONG's worth at a time.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
