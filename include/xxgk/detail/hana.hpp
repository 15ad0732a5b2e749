#ifndef XXGK_DETAIL_HANA_HPP
#define XXGK_DETAIL_HANA_HPP
// IWYU pragma: private, include <xxgk/xxgk.hpp>

// The only place xxgk includes Boost.Hana: exactly the components used. Tag lists are
// `hana::basic_tuple`s of `hana::basic_type`s; questions about them (position, membership,
// export of labels) are answered by plain pack expansions, which compile several times faster
// than Hana's generic algorithms on lists of this size (measured: 1.2 s per translation unit).
#include <boost/hana/basic_tuple.hpp>
#include <boost/hana/size.hpp>
#include <boost/hana/type.hpp>

#endif
