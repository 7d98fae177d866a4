// The wasm build's sinf, cosf, acosf, fmodf and exp: the browser computes them (library_math.js).
// Defined here, they are found before the linker looks in libc, so musl's versions are not linked,
// nor what they need: the argument reduction for sin and cos (__rem_pio2_large and its table of
// 2/pi's digits) and exp's table. Those tables are numbers that hardly compress: -9 KB of wasm,
// -6.5 KB brotli (measured), for five imports.
//
// Only drawing and touch use them: Dear ImGui's circles, arcs and rounded corners (sinf, cosf,
// acosf, fmodf) and the decay of a flick's momentum (touch_gesture.cpp, exp). No figure a reader
// sees is computed with them. Each is computed in double and rounded once to float, so it is at
// least as close as musl's float versions; fmodf is exact either way. Only in the browser build: the
// native build and its tests keep the system's libm.
//
// Not round() or roundf(): a JavaScript version (floor(x + 0.5)) is wrong just below one half and
// for large odd numbers, and those do compute figures.
extern "C" {

double ce_math_sin(double x);
double ce_math_cos(double x);
double ce_math_acos(double x);
double ce_math_exp(double x);
double ce_math_fmod(double x, double y);

float sinf(float x) { return static_cast<float>(ce_math_sin(x)); }
float cosf(float x) { return static_cast<float>(ce_math_cos(x)); }
float acosf(float x) { return static_cast<float>(ce_math_acos(x)); }
float fmodf(float x, float y) { return static_cast<float>(ce_math_fmod(x, y)); }
double exp(double x) { return ce_math_exp(x); }

}  // extern "C"
