#ifndef XXGK_XXGK_HPP
#define XXGK_XXGK_HPP

/// xxgk: typed models and checks of China's government information disclosure annual reports
/// (政府信息公开工作年度报告), editions 2019 and 2021 of the national format.
///
/// The umbrella: the typed model and its constexpr checks (<xxgk/model.hpp>), reports of either
/// edition (`any_report`), the reader (`parse`), checks across years and against the prose,
/// `describe` and the text writer. Not included, because they need another library: <xxgk/json.hpp>
/// (nlohmann/json), <xxgk/check.hpp> (nlohmann/json when header-only; nothing with
/// xxgk::compiled) and <xxgk/doctest.hpp> (doctest). Header-only, including it costs about 2 s of
/// compilation; <xxgk/model.hpp> alone about 0.5 s; with separate compilation (config.hpp) the
/// reader and writers are declarations only.

#include <xxgk/across_years.hpp>
#include <xxgk/any_report.hpp>
#include <xxgk/config.hpp>
#include <xxgk/diagnostic.hpp>
#include <xxgk/model.hpp>
#include <xxgk/parse.hpp>
#include <xxgk/prose.hpp>
#include <xxgk/text_writer.hpp>

#endif
