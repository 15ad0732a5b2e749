// Writes the libFuzzer dictionary of the fuzz targets, tests/fuzz/xxgk.dict in the build tree,
// from the library itself, so that the schema stays the one place the format's words are typed:
//
//   - every table, row, column and heading (group) label of both editions, and every key of the
//     canonical JSON (table, section, row and column keys, bare and quoted);
//   - the parser's own vocabulary: label variants, chapter-三 headings, landmark words;
//   - the editions' names and documents;
//
// followed by the hand-written part given on the command line (separators, markers, HTML and
// JSON syntax: tests/fuzz/separators.dict), whose UTF-8 is escaped here.
//
//   xxgk_fuzz_dict -o OUT.dict [HAND.dict...]
//
// libFuzzer takes only printable ASCII between the quotes and drops entries over 64 bytes:
// other bytes are written \xNN, with the text as a comment above; a longer label is written as
// its first and its last 63 bytes, cut at character boundaries.

#include <xxgk/parse.hpp>
#include <xxgk/xxgk.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::size_t max_entry = 64;  // libFuzzer's Word::GetMaxSize(): longer entries are dropped

struct dictionary {
  std::set<std::string> entries;

  void add(std::string_view text) {
    if (text.empty()) return;
    if (text.size() <= max_entry) {
      entries.emplace(text);
      return;
    }
    std::size_t head = max_entry - 1;
    while (head > 0 && (static_cast<unsigned char>(text[head]) & 0xC0U) == 0x80U) --head;
    std::size_t tail = text.size() - (max_entry - 1);
    while (tail < text.size() && (static_cast<unsigned char>(text[tail]) & 0xC0U) == 0x80U) ++tail;
    entries.emplace(text.substr(0, head));
    entries.emplace(text.substr(tail));
  }
  void add_key(std::string_view key) {
    add(key);
    std::string quoted;  // not "\"" + std::string(key): g++ 12 -O3 warns falsely (-Wrestrict)
    quoted += '"';
    quoted += key;
    quoted += '"';
    add(quoted);
  }
};

template <class Layout>
void add_dimension(dictionary& d) {
  for (std::string_view s : Layout::labels) d.add(s);
  for (std::string_view s : Layout::keys) d.add_key(s);
  for (std::size_t n = 0; n != Layout::tree.node_count; ++n) {  // headings over rows or columns
    d.add(Layout::tree.nodes[n].label);
    if (!Layout::tree.nodes[n].key.empty()) d.add_key(Layout::tree.nodes[n].key);
  }
}

template <class... Ts>
void add_tables(dictionary& d, xxgk::detail::table_list<Ts...>) {
  auto one = [&]<class T>(T*) {
    d.add(T::label);
    d.add_key(T::key);
    d.add_key(T::key.substr(0, T::key.find('.')));  // the section: "section2.1" is in "section2"
    add_dimension<typename T::rows>(d);
    add_dimension<typename T::columns>(d);
  };
  (one(static_cast<Ts*>(nullptr)), ...);
}

template <class E>
void add_edition(dictionary& d) {
  d.add_key(E::name);
  d.add(E::document);
  add_tables(d, typename E::tables{});
}

void add_parser_words(dictionary& d) {
  namespace xd = xxgk::detail;
  for (const xd::label_variant& v : xd::label_variants) d.add(v.text);
  for (std::string_view h : xd::s3_headings) d.add(h);
  // landmarks are match keys: the words as the parser searches them, punctuation removed
  const xd::landmarks& l = xd::landmarks_once();
  for (const xd::key_searcher* k : {&l.chapter2, &l.chapter3, &l.caption, &l.reconsideration, &l.not_yet, &l.problems})
    d.add(k->key());
  for (const auto* list : {&l.chapter3_ends, &l.s3_headings, &l.marks_2019, &l.marks_2021})
    for (const xd::key_searcher& k : *list) d.add(k.key());
}

int hex_value(char c) {
  return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/// One entry of a hand-written dictionary: the text between the first and the last '"' of a
/// line, libFuzzer escapes (\\ \" \xNN) decoded; other escapes (\t \n \r \f) too, for hands.
bool read_hand_entry(std::string_view line, std::string& out) {
  const std::size_t first = line.find('"'), last = line.rfind('"');
  if (first == std::string_view::npos || last <= first) return false;
  const std::string_view body = line.substr(first + 1, last - first - 1);
  out.clear();
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (body[i] != '\\' || i + 1 == body.size()) {
      out += body[i];
      continue;
    }
    const char e = body[++i];
    if (e == 'x' && i + 2 < body.size() && hex_value(body[i + 1]) >= 0 && hex_value(body[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(body[i + 1]) * 16 + hex_value(body[i + 2]));
      i += 2;
    } else if (e == 't') out += '\t';
    else if (e == 'n') out += '\n';
    else if (e == 'r') out += '\r';
    else if (e == 'f') out += '\f';
    else out += e;
  }
  return true;
}

std::string escaped(std::string_view text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c >= 0x20 && c < 0x7F) {
      out += ch;
    } else {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 0xF];
    }
  }
  return out;
}

/// The text of an entry for the comment line: control characters shown as escapes.
std::string readable(std::string_view text) {
  std::string out;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 || c == 0x7F) out += escaped(std::string_view(&ch, 1));
    else out += ch;
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string output;
  std::vector<std::string> hand_files;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "-o" && i + 1 < argc) output = argv[++i];
    else hand_files.emplace_back(arg);
  }
  if (output.empty()) {
    std::cerr << "usage: xxgk_fuzz_dict -o OUT.dict [HAND.dict...]\n";
    return 2;
  }

  dictionary schema;
  add_edition<xxgk::edition_2019_t>(schema);
  add_edition<xxgk::edition_2021_t>(schema);
  add_parser_words(schema);

  dictionary hand;
  for (const std::string& file : hand_files) {
    std::ifstream in(file);
    if (!in) {
      std::cerr << "xxgk_fuzz_dict: cannot read " << file << "\n";
      return 2;
    }
    std::string line, entry;
    for (std::size_t n = 1; std::getline(in, line); ++n) {
      const std::size_t start = line.find_first_not_of(" \t");
      if (start == std::string::npos || line[start] == '#') continue;
      if (!read_hand_entry(line, entry)) {
        std::cerr << file << ":" << n << ": not a dictionary entry: " << line << "\n";
        return 2;
      }
      hand.add(entry);
    }
  }

  std::ofstream out(output);
  out << "# libFuzzer dictionary of xxgk, generated by xxgk_fuzz_dict (tests/fuzz/make_dict.cpp)\n"
         "# from the schema and the parser's vocabulary, then the hand-written separators.dict.\n"
         "# Do not edit: change the schema or separators.dict.\n";
  auto write = [&](const dictionary& d, std::string_view heading) {
    out << "\n# ---- " << heading << " (" << d.entries.size() << ")\n";
    for (const std::string& e : d.entries) {
      const std::string esc = escaped(e);
      if (std::any_of(e.begin(), e.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
        out << "# " << readable(e) << "\n";
      out << "\"" << esc << "\"\n";
    }
  };
  write(schema, "from the library: labels, headings, keys, parser words");
  write(hand, "by hand: tests/fuzz/separators.dict");
  out.close();
  if (!out) {
    std::cerr << "xxgk_fuzz_dict: cannot write " << output << "\n";
    return 2;
  }
  std::cout << "xxgk_fuzz_dict: " << schema.entries.size() << " entries from the library, " << hand.entries.size()
            << " by hand -> " << output << "\n";
  return 0;
}
