// Every end of a match of one Hyperscan expression over a text, as
// Hyperscan reports them: what a reader's plain-code search (the trigger
// pass's twin, for scans without one) must report too.
#pragma once

#include <gtest/gtest.h>
#include <hs/hs.h>

#include <cstdint>
#include <set>
#include <string>

inline std::set<std::uint64_t> expression_ends(const char* expression, const std::string& text) {
  hs_database_t* db = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_compile(expression, 0, HS_MODE_BLOCK, nullptr, &db, &error) != HS_SUCCESS) {
    ADD_FAILURE() << error->message;
    hs_free_compile_error(error);
    return {};
  }
  hs_scratch_t* scratch = nullptr;
  hs_alloc_scratch(db, &scratch);
  std::set<std::uint64_t> ends;
  hs_scan(db, text.data(), static_cast<unsigned>(text.size()), 0, scratch,
          [](unsigned, unsigned long long, unsigned long long to, unsigned, void* ctx) {
            static_cast<std::set<std::uint64_t>*>(ctx)->insert(to);
            return 0;
          },
          &ends);
  hs_free_scratch(scratch);
  hs_free_database(db);
  return ends;
}
