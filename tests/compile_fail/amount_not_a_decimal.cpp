// expect-error: amount_text_is_not_a_decimal
// xxgk::amount checks its text at compile time: "12x" is no decimal.
// (-DXXGK_WITHOUT_MISUSE compiles, with "12".)
#include <xxgk/model.hpp>

#ifndef XXGK_WITHOUT_MISUSE
inline constexpr xxgk::cell fee = xxgk::amount("12x");
#else
inline constexpr xxgk::cell fee = xxgk::amount("12");
#endif
