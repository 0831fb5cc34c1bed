// Fuzz target: any bytes as a findings file, read line by line with the
// strict reader and rendered in every report format. A line is either
// refused with a message or read into a record that writes back to a line
// reading to the same record; every renderer takes every record, and the
// JSON and SARIF outputs are JSON.
#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "finding_record.h"
#include "report_formats.h"

using privguard::cli::FindingRecord;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<FindingRecord> records;
  while (!text.empty()) {
    std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    std::string why;
    auto r = privguard::cli::parse_finding_line(line, why);
    if (!r) {
      if (why.empty()) std::abort();  // a refusal always says why
      continue;
    }
    std::string again = privguard::cli::to_json_line(*r);
    auto back = privguard::cli::parse_finding_line(again, why);
    if (!back || !(*back == *r)) std::abort();  // the written line reads back to the same record
    records.push_back(std::move(*r));
  }
  using privguard::cli::ReportFormat;
  for (auto format : {ReportFormat::Table, ReportFormat::Json, ReportFormat::Sarif, ReportFormat::Junit,
                      ReportFormat::Markdown}) {
    std::string out = privguard::cli::render_report(format, records);
    if (format == ReportFormat::Sarif && !nlohmann::json::accept(out)) std::abort();
    if (format == ReportFormat::Json) {
      std::string_view rest = out;
      while (!rest.empty()) {
        std::size_t nl = rest.find('\n');
        if (nl == std::string_view::npos || !nlohmann::json::accept(rest.substr(0, nl))) std::abort();
        rest.remove_prefix(nl + 1);
      }
    }
  }
  return 0;
}
