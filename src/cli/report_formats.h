// Rendering findings for people and for CI systems: a terminal table,
// normalized JSON Lines, SARIF 2.1.0 (code scanning), JUnit XML (test
// reports) and Markdown (a CI job summary). Shared by `privguard report`
// and `privguard scan --format`. Renderers print only what the records hold
// (masked previews, fingerprints) plus fixed text: never a value.
#pragma once

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "finding_record.h"
#include "privguard/policy.h"

namespace privguard::cli {

enum class ReportFormat : std::uint8_t { Table, Json, Sarif, Junit, Markdown };

// "table", "json", "sarif", "junit", "markdown"; nullopt for anything else.
std::optional<ReportFormat> parse_report_format(std::string_view) noexcept;

struct ReportOptions {
  bool color = false;                    // table: ANSI colours; set only when stdout is a terminal
  const core::Policy* policy = nullptr;  // sarif: rule descriptions; nullptr = rule ids only
  std::filesystem::path base_dir;        // sarif: paths under it become relative URIs; empty = cwd
};

std::string render_report(ReportFormat, std::span<const FindingRecord>, const ReportOptions& = {});

std::string render_table(std::span<const FindingRecord>, bool color);
std::string render_json(std::span<const FindingRecord>);
std::string render_sarif(std::span<const FindingRecord>, const core::Policy*, const std::filesystem::path& base_dir);
std::string render_junit(std::span<const FindingRecord>);
std::string render_markdown(std::span<const FindingRecord>);

}  // namespace privguard::cli
