// The wasm build's small sscanf (src/web/small_scanf.h) against the system's, on the formats
// Dear ImGui scans with (a slider's typed value, its .ini lines, colour hex) and on input that
// is empty, short, malformed or decorated: the same count and the same values.
#include <doctest/doctest.h>

#include <cstdarg>
#include <cstdio>
#include <string>

#include "small_scanf.h"

namespace {

int smallScan(const char* input, const char* format, ...) {
  va_list args;
  va_start(args, format);
  const int stored = web::scanFormatted(input, format, args);
  va_end(args);
  return stored;
}

}  // namespace

TEST_CASE("small sscanf: integer formats read what the system's sscanf reads") {
  const char* const formats[] = {"%d", "%i", "%u", "%X", "%x", "%3d", "$%d", "%d h a week",
                                 "Pos=%i,%i", "Size=%i,%i", "Collapsed=%d", "%02X%02X%02X%02X",
                                 "%02X%02X%02X", "%%%d", " %d , %d "};
  const char* const inputs[] = {"", "   ", "42", "  -17", "+5", "-", "abc", "12abc", "0x1F",
                                "010", "-0x10", "0", "ff", "0xFF", "12345", "$12", "12",
                                "25 h a week", "25 h", "Pos=10,20", "Pos=10", "Pos=-3,x",
                                "Size=1,2", "Collapsed=1", "A1B2C3D4", "A1B2C3", "A1B", "%5",
                                "7 , 8", "0x", "0xz", "0X7", "2147483647", "-2147483648", "\t9\n"};
  for (const char* format : formats) {
    for (const char* input : inputs) {
      CAPTURE(std::string(format));
      CAPTURE(std::string(input));
      int expected[4] = {-1, -1, -1, -1};
      int got[4] = {-1, -1, -1, -1};
      const int expectedCount = std::sscanf(input, format, &expected[0], &expected[1], &expected[2], &expected[3]);
      const int gotCount = smallScan(input, format, &got[0], &got[1], &got[2], &got[3]);
      CHECK(gotCount == expectedCount);
      for (int i = 0; i < 4; ++i) CHECK(got[i] == expected[i]);
    }
  }
}

TEST_CASE("small sscanf: float and double formats read what the system's sscanf reads") {
  const char* const inputs[] = {"", " ", "3.5", " -2e3", "abc", "1.5x", "0.1", "+.25", "7",
                                "1e-3 tail", "-0"};
  for (const char* input : inputs) {
    CAPTURE(std::string(input));
    float expectedF = -9, gotF = -9;
    CHECK(smallScan(input, "%f", &gotF) == std::sscanf(input, "%f", &expectedF));
    CHECK(gotF == expectedF);
    double expectedD = -9, gotD = -9;
    CHECK(smallScan(input, "%lf", &gotD) == std::sscanf(input, "%lf", &expectedD));
    CHECK(gotD == expectedD);
    float expectedW = -9, gotW = -9;  // a width cuts the number
    CHECK(smallScan(input, "%3f", &gotW) == std::sscanf(input, "%3f", &expectedW));
    CHECK(gotW == expectedW);
  }
}

TEST_CASE("small sscanf: long decimals are rounded as strtod rounds them, and inf, nan and hex floats are not read") {
  const char* const exact[] = {"0.30000000000000004", "123456789012345678901234567890", "1e308", "1e309",
                               "4.9406564584124654e-324", "2.4703282292062327e-324", "9007199254740993",
                               "1.7976931348623157e308", "-1E-2", "5.", ".5e1"};
  for (const char* input : exact) {
    CAPTURE(std::string(input));
    double expected = -9, got = -9;
    CHECK(smallScan(input, "%lf", &got) == std::sscanf(input, "%lf", &expected));
    CHECK(got == expected);
  }
  for (const char* input : {"inf", "nan", "0x1p3"}) {
    CAPTURE(std::string(input));
    double got = -9;
    // "0x1p3": the 0 before the x is a number, as a reader of decimals sees it.
    const int count = smallScan(input, "%lf", &got);
    if (input[0] == '0') {
      CHECK(count == 1);
      CHECK(got == 0.0);
    } else {
      CHECK(count == 0);
      CHECK(got == -9);
    }
  }
}

TEST_CASE("small sscanf: a conversion it does not know stops the scan without storing") {
  char text[8] = "unset";
  int number = -1;
  CHECK(smallScan("12 word", "%d %s", &number, text) == 1);
  CHECK(number == 12);
  CHECK(std::string(text) == "unset");
  short narrow = -1;
  CHECK(smallScan("5", "%hd", &narrow) == 0);
  CHECK(narrow == -1);
}
