#ifndef VANBAN_CPCRE2_SHIM_H
#define VANBAN_CPCRE2_SHIM_H
// PCRE2 needs its code-unit width before the header; a systemLibrary target has no cSettings.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#endif
