// Force-included (-include) into the WebAssembly build only, never into the library's own
// builds. Debian's emscripten 3.1.6 ships libc++ 13, which lacks two C++20 functions the
// headers use:
//   std::bit_cast                   include/xxgk/finding.hpp, finding::add_cell
//   std::make_unique_for_overwrite  include/xxgk/detail/input.hpp, the HTML page's text buffer
// They are supplied here as the standard specifies them ([bit.cast], [unique.ptr.create]),
// each only where the library lacks it (its feature-test macro is not defined).
#ifndef XXGK_WEB_COMPAT_LIBCXX13_HPP
#define XXGK_WEB_COMPAT_LIBCXX13_HPP

#include <bit>
#include <cstddef>
#include <memory>
#include <type_traits>

#if defined(_LIBCPP_VERSION)
namespace std {

#if !defined(__cpp_lib_bit_cast)
template <class To, class From>
  requires(sizeof(To) == sizeof(From) && is_trivially_copyable_v<To> && is_trivially_copyable_v<From>)
[[nodiscard]] constexpr To bit_cast(const From& from) noexcept {
  return __builtin_bit_cast(To, from);  // what clang's own libc++ implements it with
}
#endif

#if !defined(__cpp_lib_smart_ptr_for_overwrite)
template <class T>
  requires(!is_array_v<T>)
[[nodiscard]] unique_ptr<T> make_unique_for_overwrite() {
  return unique_ptr<T>(new T);
}
template <class T>
  requires(is_unbounded_array_v<T>)
[[nodiscard]] unique_ptr<T> make_unique_for_overwrite(size_t n) {
  return unique_ptr<T>(new remove_extent_t<T>[n]);
}
#endif

}  // namespace std
#endif

#endif
