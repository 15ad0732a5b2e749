#ifndef XXGK_DETAIL_HIERARCHY_HPP
#define XXGK_DETAIL_HIERARCHY_HPP
// IWYU pragma: private, include <xxgk/xxgk.hpp>

#include <xxgk/category.hpp>
#include <xxgk/detail/hana.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace xxgk::detail {

namespace hana = boost::hana;

template <auto V>
using tag_t = std::remove_cvref_t<decltype(V)>;

template <class T>
inline constexpr bool is_optional_total_v = false;
template <auto Tag>
inline constexpr bool is_optional_total_v<optional_total_t<Tag>> = true;

template <class T>
inline constexpr bool is_branch_v =
    std::is_base_of_v<group_base, T> || std::is_base_of_v<dimension_base, T>;

/// A list of tags as Hana types; built by plain specialisations (Hana's generic `flatten` and
/// `index_if` cost over a second per translation unit on tables of this size).
template <class... Ts>
using tag_list = hana::basic_tuple<hana::basic_type<Ts>...>;

template <class... Lists>
struct concat_lists;
template <>
struct concat_lists<> {
  using type = tag_list<>;
};
template <class... Ts>
struct concat_lists<hana::basic_tuple<Ts...>> {
  using type = hana::basic_tuple<Ts...>;
};
template <class... Ts, class... Us, class... Rest>
struct concat_lists<hana::basic_tuple<Ts...>, hana::basic_tuple<Us...>, Rest...>
    : concat_lists<hana::basic_tuple<Ts..., Us...>, Rest...> {};

template <class Node, class Members = void>
struct slots_of;

template <class T>
struct optional_tag {
  using type = T;
};
template <auto Tag>
struct optional_tag<optional_total_t<Tag>> {
  using type = tag_t<Tag>;
};

template <class Node, auto... Members>
struct branch_slots_of {
  using total = tag_t<Node::total>;
  using inner = typename concat_lists<typename slots_of<tag_t<Members>>::type...>::type;
  using type = std::conditional_t<
      is_optional_total_v<total>,
      typename concat_lists<tag_list<typename optional_tag<total>::type>, inner>::type,
      std::conditional_t<std::is_same_v<total, no_total_t>, inner,
                         typename concat_lists<inner, tag_list<total>>::type>>;
};
template <class Node, class List>
struct expand_branch;
template <class Node, auto... Members>
struct expand_branch<Node, value_list<Members...>> : branch_slots_of<Node, Members...> {};

/// The numeric lines (rows or columns) under a node, in published order: an optional total
/// (a heading that may carry numbers) before its members, a required total after them.
template <class Node, class>
struct slots_of {
  using type = tag_list<Node>;
};
template <class Node>
  requires is_branch_v<Node>
struct slots_of<Node, void> : expand_branch<Node, typename Node::members> {};

template <class Tag, class... Ts>
consteval std::size_t position_of() {
  constexpr bool found[] = {std::is_same_v<Tag, Ts>..., false};
  std::size_t i = 0;
  while (i != sizeof...(Ts) && !found[i]) ++i;
  return i;
}
template <class Tag, class List>
struct position_in;
template <class Tag, class... Ts>
struct position_in<Tag, hana::basic_tuple<hana::basic_type<Ts>...>> {
  static constexpr std::size_t value = position_of<Tag, Ts...>();
};

template <class List>
struct export_strings;
template <class... Ts>
struct export_strings<hana::basic_tuple<hana::basic_type<Ts>...>> {
  static constexpr std::array<std::string_view, sizeof...(Ts)> keys{Ts::key...};
  static constexpr std::array<std::string_view, sizeof...(Ts)> labels{Ts::label...};
  static constexpr std::array<std::string_view, sizeof...(Ts)> english{Ts::english...};
  template <class T>
  static constexpr value_kind kind_of() {
    if constexpr (requires { T::kind; }) return T::kind;
    else return value_kind::count;
  }
  static constexpr std::array<value_kind, sizeof...(Ts)> kinds{kind_of<Ts>()...};
};

template <class Node>
consteval std::size_t node_count_of();
template <auto... Members>
consteval std::size_t member_node_count(value_list<Members...>) {
  return (std::size_t{0} + ... + node_count_of<tag_t<Members>>());
}
template <class Node>
consteval std::size_t node_count_of() {
  if constexpr (is_branch_v<Node>)
    return 1 + member_node_count(typename Node::members{});
  else
    return 1;
}

/// One node of a dimension's hierarchy, flattened for plain constexpr loops.
struct node {
  std::int16_t slot = -1;        ///< the numeric line of a leaf, else -1
  std::int16_t total = -1;       ///< the line holding a branch's total, else -1
  bool is_branch = false;
  bool optional_total = false;   ///< the total may be absent (a heading that may carry numbers)
  std::uint16_t first_child = 0; ///< index into `children`
  std::uint16_t child_count = 0;
  std::string_view key{};        ///< a group's key and label; empty for leaves and the root
  std::string_view label{};
};

template <std::size_t N>
struct node_tree {
  std::array<node, N> nodes{};
  std::array<std::uint16_t, N> children{};
  std::size_t node_count = 0;
  std::size_t child_count = 0;
};

/// Everything the library needs to know about one dimension (the rows or the columns of a
/// table), computed once from the hierarchy declared in the schema.
template <class Root>
struct dimension_layout {
  using slot_list = typename slots_of<Root>::type;
  static constexpr std::size_t size = decltype(hana::size(slot_list{}))::value;

  template <class Tag>
  static constexpr bool contains = position_in<std::remove_cvref_t<Tag>, slot_list>::value < size;

  template <class Tag>
    requires contains<Tag>
  static constexpr std::size_t index = position_in<std::remove_cvref_t<Tag>, slot_list>::value;

  static constexpr const std::array<std::string_view, size>& keys = export_strings<slot_list>::keys;
  static constexpr const std::array<std::string_view, size>& labels = export_strings<slot_list>::labels;
  static constexpr const std::array<std::string_view, size>& english = export_strings<slot_list>::english;
  static constexpr const std::array<value_kind, size>& kinds = export_strings<slot_list>::kinds;

  static constexpr std::size_t node_count = node_count_of<Root>();

 private:
  template <class Node>
  static constexpr std::uint16_t build(node_tree<node_count>& t) {
    const std::size_t at = t.node_count++;
    if constexpr (is_branch_v<Node>) {
      using total = tag_t<Node::total>;
      node& n = t.nodes[at];
      n.is_branch = true;
      if constexpr (std::is_base_of_v<group_base, Node>) {
        n.key = Node::key;
        n.label = Node::label;
      }
      if constexpr (is_optional_total_v<total>) {
        n.total = static_cast<std::int16_t>(index<tag_t<total::tag>>);
        n.optional_total = true;
      } else if constexpr (!std::is_same_v<total, no_total_t>) {
        n.total = static_cast<std::int16_t>(index<total>);
      }
      build_children(t, at, typename Node::members{});
    } else {
      t.nodes[at].slot = static_cast<std::int16_t>(index<Node>);
    }
    return static_cast<std::uint16_t>(at);
  }
  template <auto... Members>
  static constexpr void build_children(node_tree<node_count>& t, std::size_t at,
                                       value_list<Members...>) {
    const std::size_t first = t.child_count;
    t.child_count += sizeof...(Members);
    t.nodes[at].first_child = static_cast<std::uint16_t>(first);
    t.nodes[at].child_count = static_cast<std::uint16_t>(sizeof...(Members));
    std::size_t i = first;
    ((t.children[i++] = build<tag_t<Members>>(t)), ...);
  }
  static constexpr node_tree<node_count> make_tree() {
    node_tree<node_count> t{};
    build<Root>(t);
    return t;
  }

 public:
  /// The hierarchy as flat arrays; node 0 is the root.
  static constexpr node_tree<node_count> tree = make_tree();
};

template <std::size_t N>
consteval bool all_distinct(const std::array<std::string_view, N>& a) {
  for (std::size_t i = 0; i != N; ++i) {
    if (a[i].empty()) return false;
    for (std::size_t j = i + 1; j != N; ++j)
      if (a[i] == a[j]) return false;
  }
  return true;
}

}  // namespace xxgk::detail

#endif
