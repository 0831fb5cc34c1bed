// Fuzz target: any bytes through scan, transform and finding formatting
// with the default policy. The engine runs inside other people's processes
// on whatever they write, binary included; it must never crash, read out of
// bounds, or produce output that disagrees with its own size prediction.
// And the first pass (prefilters and windows) must find exactly what every
// rule's full scan over the whole input finds.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "privguard/engine.h"
#include "privguard/finding.h"

using namespace privguard::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto build = [](bool first_pass) {
    auto p = load_policy_text(
        "extends = \"default\"\n[[overrides]]\nid = \"email\"\naction = \"pseudonym\"\n"
        "[[overrides]]\nid = \"phone\"\naction = \"redact\"\n",
        "fuzz.toml");
    EngineOptions o;
    o.first_pass = first_pass;
    return Engine::build(std::move(p), o);
  };
  static auto engine = build(true);
  static auto reference = build(false);
  static auto scratch = engine->make_scratch(256);
  static auto reference_scratch = reference->make_scratch(256);
  std::string_view in(reinterpret_cast<const char*>(data), size);
  auto r = engine->scan(in, Sink{}, *scratch);
  auto ref = reference->scan(in, Sink{}, *reference_scratch);
  if (!r.incomplete && !ref.incomplete) {
    bool same = r.matches.size() == ref.matches.size();
    for (std::size_t i = 0; same && i < r.matches.size(); ++i)
      same = r.matches[i].start == ref.matches[i].start && r.matches[i].end == ref.matches[i].end &&
             r.matches[i].rule == ref.matches[i].rule;
    if (!same) {
      // Which matches differ, for whoever replays the input.
      auto print = [&](const char* what, const ScanResult& x, const Engine& e) {
        for (const auto& m : x.matches)
          std::fprintf(stderr, "%s: %s [%llu, %llu)\n", what, e.policy().rules[m.rule].id.c_str(),
                       static_cast<unsigned long long>(m.start), static_cast<unsigned long long>(m.end));
      };
      print("windowed", r, *engine);
      print("full", ref, *reference);
      std::abort();
    }
  }
  std::vector<char> out(r.output_size + 1);
  std::size_t n = engine->transform(in, r.matches, out.data(), out.size());
  if (n != r.output_size) std::abort();
  for (std::size_t i = 1; i < r.matches.size(); ++i)
    if (r.matches[i].start < r.matches[i - 1].end) std::abort();  // sorted, disjoint
  char line[kFindingLineMax];
  for (std::size_t i = 0; i < r.matches.size(); ++i)
    format_finding(*engine, 0, FileOrigin{"fuzz"}, in, r.matches, i, line, sizeof line);
  return 0;
}
