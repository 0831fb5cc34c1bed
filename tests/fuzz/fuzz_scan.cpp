// Fuzz target: any bytes through scan, transform and finding formatting
// with the default policy. The engine runs inside other people's processes
// on whatever they write, binary included; it must never crash, read out of
// bounds, or produce output that disagrees with its own size prediction.
// And the first pass (prefilters and windows) must find exactly what every
// rule's full scan over the whole input finds: as processes build it, and
// in segments of 64 bytes with 24 windows at a time (flushed and coarsened
// along the way, as a large buffer is).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "privguard/engine.h"
#include "privguard/finding.h"

using namespace privguard::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto build = [](bool first_pass, std::size_t segment = EngineOptions{}.segment) {
    auto p = load_policy_text(
        "extends = \"default\"\n[[overrides]]\nid = \"email\"\naction = \"pseudonym\"\n"
        "[[overrides]]\nid = \"phone\"\naction = \"redact\"\n",
        "fuzz.toml");
    EngineOptions o;
    o.first_pass = first_pass;
    o.segment = segment;
    return Engine::build(std::move(p), o);
  };
  static auto engine = build(true);
  static auto segmented = build(true, 64);
  static auto reference = build(false);
  static auto scratch = engine->make_scratch(256);
  static auto segmented_scratch = segmented->make_scratch(256, 24);
  static auto reference_scratch = reference->make_scratch(256);
  std::string_view in(reinterpret_cast<const char*>(data), size);
  auto r = engine->scan(in, Sink{}, *scratch);
  auto ref = reference->scan(in, Sink{}, *reference_scratch);
  auto same_as_reference = [&](const char* what, const ScanResult& x) {
    if (x.incomplete || ref.incomplete) return;
    bool same = x.matches.size() == ref.matches.size();
    for (std::size_t i = 0; same && i < x.matches.size(); ++i)
      same = x.matches[i].start == ref.matches[i].start && x.matches[i].end == ref.matches[i].end &&
             x.matches[i].rule == ref.matches[i].rule;
    if (same) return;
    // Which matches differ, for whoever replays the input.
    auto print = [&](const char* side, const ScanResult& y) {
      for (const auto& m : y.matches)
        std::fprintf(stderr, "%s: %s [%llu, %llu)\n", side, engine->policy().rules[m.rule].id.c_str(),
                     static_cast<unsigned long long>(m.start), static_cast<unsigned long long>(m.end));
    };
    print(what, x);
    print("full", ref);
    std::abort();
  };
  same_as_reference("windowed", r);
  same_as_reference("segmented", segmented->scan(in, Sink{}, *segmented_scratch));
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
