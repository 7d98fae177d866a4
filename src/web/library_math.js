// The browser's own Math functions, for the libm calls js_math.cpp answers (it says why).
// Each takes and returns a double: a float argument arrives widened, and the C side narrows the
// result.

var LibraryMath = {
  ce_math_sin: function(x) { return Math.sin(x); },
  ce_math_cos: function(x) { return Math.cos(x); },
  ce_math_acos: function(x) { return Math.acos(x); },
  ce_math_exp: function(x) { return Math.exp(x); },
  // JavaScript's % is C's fmod: the remainder after truncating division, computed exactly.
  ce_math_fmod: function(x, y) { return x % y; },
};

mergeInto(LibraryManager.library, LibraryMath);
