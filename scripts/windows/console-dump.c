/* What a Windows console shows, for scripts/windows/test.sh: run in the
 * console after jixiao-cli.exe (cmd /c "jixiao-cli … & console-dump OUT"),
 * it reads the console's screen buffer back (ReadConsoleOutputCharacterW)
 * and writes its lines, UTF-8, to OUT. Exit 3 when not run in a console. */
#include <stdio.h>
#include <stdlib.h>
#include <windows.h>

int wmain(int argc, wchar_t **argv)
{
    CONSOLE_SCREEN_BUFFER_INFO info;
    HANDLE out = CreateFileW(L"CONOUT$", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
        OPEN_EXISTING, 0, NULL);
    if (argc < 2 || out == INVALID_HANDLE_VALUE || !GetConsoleScreenBufferInfo(out, &info))
        return 3;
    FILE *f = _wfopen(argv[1], L"wb");
    if (!f)
        return 2;
    const SHORT width = info.dwSize.X;
    wchar_t *line = malloc(sizeof(wchar_t) * width);
    char *utf8 = malloc(4 * (size_t)width + 1);
    for (SHORT y = 0; y <= info.dwCursorPosition.Y; ++y) {
        DWORD read = 0;
        const COORD at = {0, y};
        ReadConsoleOutputCharacterW(out, line, width, at, &read);
        while (read > 0 && line[read - 1] == L' ')
            --read;
        const int n = WideCharToMultiByte(CP_UTF8, 0, line, (int)read, utf8, 4 * width, NULL, NULL);
        fwrite(utf8, 1, (size_t)n, f);
        fputc('\n', f);
    }
    fclose(f);
    return 0;
}
